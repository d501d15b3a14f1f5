//! Text to rows of cells, one row at a time and without an allocation per line.
//!
//! Text from PDFs is plain: a row per line, cells split at tabs, `"` is an ordinary character.
//! Text copied out of Excel or WPS (and the canonical export) quotes cells that hold a line
//! break, a tab or `"`. A document is read the quoted way only when every cell that starts with
//! `"` is properly closed — one stray quote in extracted text must not swallow the rest of the
//! document — and that is decided by one linear scan before reading.

use std::borrow::Cow;

/// One non-empty cell of a row, trimmed, with its column (0-based).
#[derive(Debug, Clone)]
pub(super) struct Cell<'a> {
    /// Column of the cell in its row.
    pub col: usize,
    /// The text, trimmed of white space at both ends.
    pub text: Cow<'a, str>,
}

/// A row of the document: where it is, how wide it is and its non-empty cells.
#[derive(Debug, Clone, Copy)]
pub(super) struct RowSpan {
    /// 1-based line of the source where the row starts.
    pub line: usize,
    /// How many cells the row has, empty ones included.
    pub width: usize,
    /// The row as written in the source, without its line end.
    pub raw_start: usize,
    /// End of the raw row in the source.
    pub raw_end: usize,
}

/// Reads rows from a text, reusing one cell buffer.
pub(super) struct RowReader<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    quoted: bool,
}

impl<'a> RowReader<'a> {
    /// A reader over `text`, deciding once whether cells may be quoted.
    pub fn new(text: &'a str) -> RowReader<'a> {
        RowReader {
            text,
            pos: 0,
            line: 1,
            quoted: quoting_is_clean(text),
        }
    }

    /// Reads the next row into `cells` (cleared first); `None` at the end of the text.
    pub fn next_row(&mut self, cells: &mut Vec<Cell<'a>>) -> Option<RowSpan> {
        cells.clear();
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let line = self.line;
        let width = if self.quoted {
            self.read_quoted(cells)
        } else {
            self.read_plain(cells)
        };
        let mut raw_end = self.pos;
        let bytes = self.text.as_bytes();
        if raw_end > start && bytes.get(raw_end - 1) == Some(&b'\n') {
            raw_end -= 1;
        }
        if raw_end > start && bytes.get(raw_end - 1) == Some(&b'\r') {
            raw_end -= 1;
        }
        Some(RowSpan {
            line,
            width,
            raw_start: start,
            raw_end,
        })
    }

    fn read_plain(&mut self, cells: &mut Vec<Cell<'a>>) -> usize {
        let rest = self.text.get(self.pos..).unwrap_or_default();
        let (line, consumed) = match rest.find('\n') {
            Some(i) => (rest.get(..i).unwrap_or_default(), i + 1),
            None => (rest, rest.len()),
        };
        self.pos += consumed;
        self.line += 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.len() > LONG_LINE {
            reserve_for(cells, line.as_bytes());
        }
        // Cells are short: a plain loop to the next tab costs less than a searcher set up for
        // each cell.
        let bytes = line.as_bytes();
        let mut col = 0;
        let mut start = 0;
        loop {
            let end = bytes
                .get(start..)
                .and_then(|rest| rest.iter().position(|&b| b == b'\t'))
                .map_or(bytes.len(), |i| start + i);
            push_trimmed(
                cells,
                col,
                Cow::Borrowed(line.get(start..end).unwrap_or_default()),
            );
            col += 1;
            if end >= bytes.len() {
                return col;
            }
            start = end + 1;
        }
    }

    fn read_quoted(&mut self, cells: &mut Vec<Cell<'a>>) -> usize {
        let bytes = self.text.as_bytes();
        let mut col = 0;
        loop {
            let (cell, end) = if bytes.get(self.pos) == Some(&b'"') {
                self.quoted_cell()
            } else {
                let start = self.pos;
                let mut end = start;
                while let Some(&b) = bytes.get(end) {
                    if b == b'\t' || b == b'\n' {
                        break;
                    }
                    end += 1;
                }
                let mut text_end = end;
                if text_end > start && bytes.get(text_end - 1) == Some(&b'\r') {
                    text_end -= 1;
                }
                (
                    Cow::Borrowed(self.text.get(start..text_end).unwrap_or_default()),
                    end,
                )
            };
            if cells.len() == cells.capacity() && cells.capacity() >= LONG_LINE / 16 {
                let rest = bytes.get(end..).unwrap_or_default();
                reserve_for(
                    cells,
                    rest.split(|&b| b == b'\n').next().unwrap_or_default(),
                );
            }
            push_trimmed(cells, col, cell);
            col += 1;
            self.pos = end;
            // Skip a stray `\r` left between a closing quote and the line end.
            if bytes.get(self.pos) == Some(&b'\r') {
                self.pos += 1;
            }
            match bytes.get(self.pos) {
                Some(b'\t') => self.pos += 1,
                Some(b'\n') => {
                    self.pos += 1;
                    self.line += 1;
                    return col;
                }
                _ => return col,
            }
        }
    }

    /// A quoted cell starting at `self.pos`; the scan before reading guarantees it is closed.
    fn quoted_cell(&mut self) -> (Cow<'a, str>, usize) {
        let bytes = self.text.as_bytes();
        let start = self.pos + 1;
        let mut i = start;
        let mut owned: Option<String> = None;
        let mut copied = start;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => {
                    let buf = owned.get_or_insert_with(String::new);
                    buf.push_str(self.text.get(copied..=i).unwrap_or_default());
                    i += 2;
                    copied = i;
                }
                b'"' => break,
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    let buf = owned.get_or_insert_with(String::new);
                    buf.push_str(self.text.get(copied..i).unwrap_or_default());
                    i += 1;
                    copied = i;
                }
                b'\n' => {
                    self.line += 1;
                    i += 1;
                }
                _ => i += 1,
            }
        }
        let text = match owned {
            Some(mut buf) => {
                buf.push_str(self.text.get(copied..i).unwrap_or_default());
                Cow::Owned(buf)
            }
            None => Cow::Borrowed(self.text.get(start..i).unwrap_or_default()),
        };
        (text, (i + 1).min(bytes.len()))
    }
}

/// Text saved with old Mac line ends (a lone `\r`, Excel's 「文本（Macintosh）」) with those
/// read as `\n`, so every line end the importer meets is `\n` or `\r\n`; borrowed when there
/// is no lone `\r`, which is the usual case.
pub(super) fn lone_cr_as_line_end(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes.get(i + 1) != Some(&b'\n');
    if !text.match_indices('\r').any(|(i, _)| lone(i)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        out.push(if c == '\r' && lone(i) { '\n' } else { c });
    }
    Cow::Owned(out)
}

/// Lines longer than this get their cells' room at once (see [`reserve_for`]).
const LONG_LINE: usize = 1 << 16;

/// Makes room in `cells` for every cell of the rest of a line: grown by doubling, a line of
/// millions of cells would for a moment hold its cells twice, in the old and the new buffer (an
/// allocator that copies on `realloc` does not give the old one back first).
fn reserve_for(cells: &mut Vec<Cell<'_>>, line: &[u8]) {
    let tabs = line.iter().filter(|&&b| b == b'\t').count();
    cells.reserve_exact(tabs.saturating_add(1));
}

fn push_trimmed<'a>(cells: &mut Vec<Cell<'a>>, col: usize, text: Cow<'a, str>) {
    // Trimmed once: this runs for every cell of the document, on the segmenter's thread.
    let text = match text {
        Cow::Borrowed(s) => Cow::Borrowed(trim(s)),
        Cow::Owned(s) => match trim(&s) {
            trimmed if trimmed.len() == s.len() => Cow::Owned(s),
            trimmed => Cow::Owned(trimmed.to_string()),
        },
    };
    if !text.is_empty() {
        cells.push(Cell { col, text });
    }
}

/// `text.trim()`, with the common case first: a cell that starts and ends with an ideograph or
/// a printable ASCII character has nothing to trim, and is not decoded to find that out.
fn trim(text: &str) -> &str {
    let printable = |b: &u8| (0x21..0x7f).contains(b);
    // The lead byte of U+4000..U+9FFF, where the common ideographs are; no white space is there.
    let ideograph_lead = |b: &u8| (0xe4..=0xe9).contains(b);
    let bytes = text.as_bytes();
    let plain_start = bytes
        .first()
        .is_some_and(|b| printable(b) || ideograph_lead(b));
    let plain_end = match bytes {
        [.., last] if printable(last) => true,
        // Valid UTF-8: the two bytes after such a lead byte are its own.
        [.., lead, _, _] => ideograph_lead(lead),
        _ => false,
    };
    if plain_start && plain_end {
        text
    } else {
        text.trim()
    }
}

/// Whether some cell starts with `"` and every such cell is closed by a `"` right before a tab,
/// a line end or the end of the text (inner quotes doubled). Linear in the text, and only the
/// quotes are looked at: the search for the next one skips all else at memory speed.
fn quoting_is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    let next_quote = |from: usize| text.get(from..).and_then(|rest| rest.find('"'));
    let mut saw_quoted = false;
    let mut i = 0;
    while let Some(found) = next_quote(i) {
        let open = i + found;
        i = open + 1;
        // A quote inside a cell is an ordinary character; the byte before a quote that closed
        // a cell is that quote, so a quote right after a quoted cell starts none either.
        if open > 0 && !matches!(bytes.get(open - 1), Some(b'\t' | b'\n')) {
            continue;
        }
        saw_quoted = true;
        loop {
            let Some(found) = next_quote(i) else {
                return false;
            };
            i += found;
            match bytes.get(i + 1) {
                Some(b'"') => i += 2,
                None | Some(b'\t') | Some(b'\n') => {
                    i += 1;
                    break;
                }
                Some(b'\r') if matches!(bytes.get(i + 2), None | Some(b'\n')) => {
                    i += 1;
                    break;
                }
                Some(_) => return false,
            }
        }
    }
    saw_quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_trimmed_as_str_trim_trims_them() {
        for text in [
            "",
            " ",
            "甲",
            "甲 ",
            " 甲",
            "\u{3000}项目\u{3000}",
            "a",
            "ab ",
            "100%",
            "（一）",
            "指标\u{a0}",
            "\t值\t",
            "≥95%",
            "\u{2003}x",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    /// Each row as (line, width, non-empty cells with their columns).
    type Rows = Vec<(usize, usize, Vec<(usize, String)>)>;

    fn rows(text: &str) -> Rows {
        let mut reader = RowReader::new(text);
        let mut cells = Vec::new();
        let mut out = Vec::new();
        while let Some(span) = reader.next_row(&mut cells) {
            out.push((
                span.line,
                span.width,
                cells.iter().map(|c| (c.col, c.text.to_string())).collect(),
            ));
        }
        out
    }

    #[test]
    fn plain_rows_keep_empty_cells_in_their_width() {
        let got = rows("\t数量指标\t名称\t1 次\r\n\n项目名称");
        assert_eq!(got[0].1, 4);
        assert_eq!(
            got[0].2,
            vec![
                (1, "数量指标".into()),
                (2, "名称".into()),
                (3, "1 次".into())
            ]
        );
        assert_eq!(got[1].2, vec![]);
        assert_eq!(got[2].0, 3);
    }

    #[test]
    fn quoted_cells_keep_their_line_breaks_and_doubled_quotes() {
        let got = rows("目标\t\"目标 1：甲\r\n目标 2：乙\"\t\n\"a\"\"b\"\t终\n下一行");
        assert_eq!(
            got[0].2,
            vec![(0, "目标".into()), (1, "目标 1：甲\n目标 2：乙".into())]
        );
        assert_eq!(got[1].0, 3);
        assert_eq!(got[1].2, vec![(0, "a\"b".into()), (1, "终".into())]);
        assert_eq!(got[2].0, 4);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line_like_crlf() {
        let mac = rows("项目名称\t甲\r\t数量指标\t名称\t1 次\r末行");
        let windows = rows("项目名称\t甲\r\n\t数量指标\t名称\t1 次\r\n末行");
        let read = |text: &str| rows(&lone_cr_as_line_end(text));
        assert_eq!(mac.len(), 1, "without the repair the file is one line");
        assert_eq!(read("项目名称\t甲\r\t数量指标\t名称\t1 次\r末行"), windows);
        assert!(matches!(lone_cr_as_line_end("甲\r\n乙"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_stray_quote_leaves_the_document_plain() {
        let got = rows("\"三支一扶\"人员\t1\n第二行\t2");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].2[0].1, "\"三支一扶\"人员");
    }
}
