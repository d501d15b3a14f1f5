//! `lost-glyph`: characters the PDF copy lost, left as runs of `？` or as `�`.
//!
//! Every text cell of a row is read, the split target and the result columns of the national
//! forms included. The importer keeps such text as written (nothing it could repair), so this rule is what tells
//! the reviewer that a name or value is missing words that only the source document has.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::model::{HeaderField, IndicatorCell, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "lost-glyph",
    severity: Severity::Warning,
    title: "文字丢失",
    description: "单元格中有连续的「？」或替换字符「�」，通常是从 PDF 复制时丢失的文字，需要对照原件补全。",
    reads: &[],
    run: check,
};

/// The text cells of a row, the national forms' split and result cells included.
const ROW_CELLS: [IndicatorCell; 14] = [
    IndicatorCell::Name,
    IndicatorCell::Value,
    IndicatorCell::Description,
    IndicatorCell::Basis,
    IndicatorCell::Nature,
    IndicatorCell::Operator,
    IndicatorCell::Direction,
    IndicatorCell::Target,
    IndicatorCell::Unit,
    IndicatorCell::Actual,
    IndicatorCell::Deviation,
    IndicatorCell::Standard,
    IndicatorCell::ScoringRule,
    IndicatorCell::Remark,
];

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let record = cx.record;
    // A row's cells are read from its indicator directly: looking each up by its place again
    // cost more than the scan.
    let header = HeaderField::TEXT
        .into_iter()
        .filter_map(|field| Some((Place::Header(field), record.text_at(Place::Header(field))?)));
    let rows = cx.lines.iter().flat_map(|line| {
        ROW_CELLS
            .into_iter()
            .map(|cell| (line.place(cell), line.indicator.text(cell)))
    });
    // Most of a row's cells are columns its form does not have, and empty.
    for (place, text) in header.chain(rows).filter(|(_, text)| !text.is_empty()) {
        if has_lost_glyphs(text) {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                place,
                format!(
                    "{}「{}」中有丢失的文字（「？」或「�」），请对照原件补全",
                    place.describe(record),
                    text.trim()
                ),
            ));
        }
    }
}

/// A replacement character, or two question marks with only white space between them.
fn has_lost_glyphs(text: &str) -> bool {
    if !holds_a_mark(text.as_bytes()) {
        return false;
    }
    let mut marks_in_a_row = 0_usize;
    for c in text.chars() {
        match c {
            '\u{FFFD}' => return true,
            '？' | '?' => {
                marks_in_a_row = marks_in_a_row.saturating_add(1);
                if marks_in_a_row >= 2 {
                    return true;
                }
            }
            c if c.is_whitespace() => {}
            _ => marks_in_a_row = 0,
        }
    }
    false
}

/// Whether `bytes` hold `?`, `？` or `�` anywhere. Most cells hold none, and a scan of the bytes
/// is far cheaper than decoding every character of every cell; the lead byte 0xEF alone is not
/// enough, since it also begins the full-width punctuation (`（`, `：`, `，`) of most Chinese text.
fn holds_a_mark(bytes: &[u8]) -> bool {
    const FULL_WIDTH_QUESTION: [u8; 3] = [0xEF, 0xBC, 0x9F];
    const REPLACEMENT: [u8; 3] = [0xEF, 0xBF, 0xBD];
    let mut rest = bytes;
    while let Some(at) = memchr::memchr2(b'?', 0xEF, rest) {
        let (_, from) = rest.split_at(at);
        if from.starts_with(b"?")
            || from.starts_with(&FULL_WIDTH_QUESTION)
            || from.starts_with(&REPLACEMENT)
        {
            return true;
        }
        rest = from.get(1..).unwrap_or_default();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::has_lost_glyphs;
    use crate::check::testing::{messages, push_under, sound};
    use crate::layout::Layout;
    use crate::model::{Level1, Level2};

    #[test]
    fn a_run_of_question_marks_is_lost_text() {
        assert!(has_lost_glyphs("冬季取暖费？ ？ ？（2024年新退）"));
        assert!(has_lost_glyphs("取暖费\u{FFFD}"));
        assert!(!has_lost_glyphs("是否按时完成？"));
        assert!(!has_lost_glyphs("稳步提升"));
        assert!(!has_lost_glyphs("（全年）：完成率，达标"));
        assert!(has_lost_glyphs("（全年）？？完成"));
    }

    #[test]
    fn an_indicator_name_with_lost_text_is_a_warning() {
        let mut record = sound(Layout::CodedCountyForm);
        assert!(messages(&record, "lost-glyph").is_empty());
        push_under(
            &mut record,
            Level1::Output,
            Level2::Cost,
            "全县企业职工退休人员冬季取暖费？ ？ ？ ？ ？（2024年新退）",
            "≤1万元",
        );
        assert_eq!(messages(&record, "lost-glyph").len(), 1);
    }
}
