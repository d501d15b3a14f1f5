//! Rows of cells written as text the way Excel and WPS put a copied range on the clipboard.
//!
//! Cells are separated by tabs and rows end with a line break; a cell that holds a tab, a line
//! break or `"` is wrapped in quotes with inner quotes doubled. This is the text the importer
//! already reads ([`super::super::rows`]), so an office file read into it meets every repair of
//! pasted text unchanged. Empty cells at the end of a row are left out, as they carry nothing.

/// Appends one row, its empty trailing cells left out, and the line break.
pub(super) fn push_row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    let used = cells
        .iter()
        .rposition(|c| !c.as_ref().trim().is_empty())
        .map_or(0, |i| i + 1);
    for (i, cell) in cells.iter().take(used).enumerate() {
        if i > 0 {
            out.push('\t');
        }
        push_cell(out, cell.as_ref());
    }
    out.push('\n');
}

/// How many text lines a row written by [`push_row`] takes: one, plus a line per line break
/// inside its quoted cells.
pub(super) fn lines_of<S: AsRef<str>>(cells: &[S]) -> usize {
    1 + cells
        .iter()
        .map(|c| breaks(c.as_ref()).matches('\n').count())
        .sum::<usize>()
}

/// One cell, quoted exactly as the canonical export quotes it, so a sheet jixiao exported reads
/// back as the text it was written from.
fn push_cell(out: &mut String, text: &str) {
    crate::export::push_clipboard_cell(out, text);
}

/// The text with every line break (`\r\n`, a lone `\r`) as `\n`: how the quoted cell counts lines.
fn breaks(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_with_tabs_breaks_or_quotes_are_quoted_excel_style() {
        let mut out = String::new();
        push_row(
            &mut out,
            &[
                "目标",
                "目标 1：甲\n目标 2：乙",
                "\"三支一扶\"",
                "a\tb",
                "",
                "",
            ],
        );
        assert_eq!(
            out,
            "目标\t\"目标 1：甲\n目标 2：乙\"\t\"\"\"三支一扶\"\"\"\t\"a\tb\"\n"
        );
        assert_eq!(lines_of(&["目标", "目标 1：甲\n目标 2：乙"]), 2);
    }

    #[test]
    fn an_empty_row_is_an_empty_line() {
        let mut out = String::new();
        push_row::<&str>(&mut out, &[]);
        push_row(&mut out, &["", " "]);
        assert_eq!(out, "\n\n");
    }
}
