//! Text from a document made safe to print on a terminal. A cell can hold any character, and
//! raw control characters (an escape sequence, a carriage return, a bell) or bidirectional
//! overrides would move the cursor, recolour or reorder what the reviewer reads. They are shown
//! as visible `\u{1b}`-style text instead; exported files keep every byte.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` changes how a terminal shows the text rather than being shown: C0 controls
/// (tab and newline too — a report line is one line), DEL, C1 controls and the bidirectional
/// embeddings, overrides and isolates.
fn is_hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every hidden character written as `\u{..}`; borrowed when there is none, as for
/// almost every text.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hidden(c) {
            let _ = write!(shown, "\\u{{{:x}}}", u32::from(c));
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// A report of several lines with each line made [`visible`]: its own line breaks are kept.
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_hidden(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.split('\n').map(visible).collect::<Vec<_>>().join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_overrides_are_shown_as_text() {
        assert_eq!(visible("甲\u{1b}[31m乙"), "甲\\u{1b}[31m乙");
        assert_eq!(
            visible("a\u{202E}b\u{7f}c\u{85}"),
            "a\\u{202e}b\\u{7f}c\\u{85}"
        );
        assert_eq!(visible("一\t二\n"), "一\\u{9}二\\u{a}");
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        assert!(matches!(
            visible("项目年度金额 200000 元"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_report_keeps_its_own_line_breaks() {
        assert_eq!(visible_lines("一\n二\r\n"), "一\n二\\u{d}\n");
    }
}
