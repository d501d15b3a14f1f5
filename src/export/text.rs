//! Writing cells as tab-separated text the way spreadsheet programs read a paste.
//!
//! Excel and WPS read pasted text as tab-separated cells and honour Excel's own clipboard quoting:
//! a cell in double quotes may hold tabs and line breaks, and `""` inside it stands for one `"`.
//! Quoting every cell that holds a tab, a line break or a quote keeps each cell in its place.

/// Appends `cell` to `out`, quoted when it holds a tab, a line break or a double quote.
///
/// Inside quotes every `"` is doubled and every line break (`\r\n`, `\r`, `\n`) is written as
/// `\n`, so `\n` is the only line-break character the canonical text ever contains.
pub fn push_cell(out: &mut String, cell: &str) {
    if !cell.contains(['\t', '\n', '\r', '"']) {
        out.push_str(cell);
        return;
    }
    out.push('"');
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\"\""),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

/// The rows as lines of tab-separated cells, each line ended by `\n`.
pub(super) fn rows_text(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            push_cell(&mut out, cell);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str) -> String {
        let mut out = String::new();
        push_cell(&mut out, text);
        out
    }

    #[test]
    fn plain_cells_are_written_as_they_are() {
        assert_eq!(cell("≥95%"), "≥95%");
        assert_eq!(cell(" 项目 名称 "), " 项目 名称 ");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn cells_with_tabs_breaks_or_quotes_are_quoted_as_excel_does() {
        assert_eq!(cell("a\tb"), "\"a\tb\"");
        assert_eq!(cell("目标1\n目标2"), "\"目标1\n目标2\"");
        assert_eq!(cell("“智慧”平台\"x\""), "\"“智慧”平台\"\"x\"\"\"");
    }

    #[test]
    fn every_line_break_inside_a_cell_becomes_a_line_feed() {
        assert_eq!(cell("a\r\nb\rc"), "\"a\nb\nc\"");
    }

    #[test]
    fn rows_are_lines_of_tab_separated_cells() {
        let rows = vec![
            vec!["a".to_string(), String::new()],
            vec!["b".to_string(), "c".to_string()],
        ];
        assert_eq!(rows_text(&rows), "a\t\nb\tc\n");
    }
}
