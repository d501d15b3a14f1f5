//! A one-cell target (`≥95%`) split into the 计算符号, 指标值 and 计量单位 cells of the 一体化
//! list (`≥ | 95 | %`).
//!
//! The split is checked against the value grammar: it is taken only when the cells, read back
//! together as every form's split cells are read ([`Indicator::target_text`]), mean exactly what
//! the one cell meant. Anything else (a subject before the number, an approximation, prose) is
//! not split, so nothing a person wrote is changed in meaning.

use crate::model::Indicator;
use crate::value::{self, Comparison, ValueKind};

/// The split cells of a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Split {
    /// The comparison, if the value has one.
    pub(super) comparison: Option<Comparison>,
    /// The number (or a date or range) as written, spaces dropped.
    pub(super) target: String,
    /// The unit after it as written (`%`, `人次`, `万元`, `次/年`), may be empty.
    pub(super) unit: String,
}

/// Comparisons written before the number, longest first so `>=` is not read as `>`.
const BEFORE: &[(&str, Comparison)] = &[
    ("大于等于", Comparison::AtLeast),
    ("小于等于", Comparison::AtMost),
    (">=", Comparison::AtLeast),
    ("<=", Comparison::AtMost),
    ("＞＝", Comparison::AtLeast),
    ("＜＝", Comparison::AtMost),
    ("不低于", Comparison::AtLeast),
    ("不少于", Comparison::AtLeast),
    ("不高于", Comparison::AtMost),
    ("不超过", Comparison::AtMost),
    ("≥", Comparison::AtLeast),
    ("≧", Comparison::AtLeast),
    ("≤", Comparison::AtMost),
    ("≦", Comparison::AtMost),
    (">", Comparison::Above),
    ("＞", Comparison::Above),
    ("<", Comparison::Below),
    ("＜", Comparison::Below),
    ("=", Comparison::Equal),
    ("＝", Comparison::Equal),
];

/// Comparisons written after the value (`20 次以上`), longest first.
const AFTER: &[(&str, Comparison)] = &[
    ("及以上", Comparison::AtLeast),
    ("及以下", Comparison::AtMost),
    ("以上", Comparison::AtLeast),
    ("以下", Comparison::AtMost),
    ("以内", Comparison::AtMost),
];

/// `text` split, or `None` when it is not a number, date, length of time or range on its own,
/// or no split reads back as the same value.
pub(super) fn split(text: &str) -> Option<Split> {
    let read = value::parse(text);
    let date = match read.kind {
        ValueKind::Measure(_)
        | ValueKind::Money(_)
        | ValueKind::Duration(_)
        | ValueKind::Range(_) => false,
        ValueKind::Date(_) => true,
        _ => return None,
    };
    if !read.subject.is_empty() || read.approximate {
        return None;
    }
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut rest = squeezed.as_str();
    let mut comparison = None;
    if let Some((word, c)) = BEFORE.iter().find(|(word, _)| rest.starts_with(word)) {
        rest = &rest[word.len()..];
        comparison = Some(*c);
    }
    if comparison.is_none()
        && let Some((word, c)) = AFTER.iter().find(|(word, _)| rest.ends_with(word))
    {
        rest = rest.strip_suffix(word).unwrap_or(rest);
        comparison = Some(*c);
    }
    // A date is one value (`2026年12月底`); anything else is a number and the unit after it.
    let number_end = if date { rest.len() } else { number_len(rest) };
    let (target, unit) = rest.split_at(number_end);
    let split = Split {
        comparison,
        target: target.to_string(),
        unit: unit.to_string(),
    };
    (!split.target.is_empty() && reads_as(&split, &read)).then_some(split)
}

/// How long the number at the start of `text` is: digits and points, and a range's second number
/// after `-` or `~` (`3-5`).
fn number_len(text: &str) -> usize {
    let mut end = 0;
    let mut after_separator = false;
    for (at, c) in text.char_indices() {
        let digit = c.is_ascii_digit() || (c == '.' && end > 0);
        let separator = matches!(c, '-' | '~' | '～' | '—') && end > 0 && !after_separator;
        if digit {
            end = at.saturating_add(c.len_utf8());
        } else if separator {
            after_separator = true;
        } else {
            break;
        }
    }
    end
}

/// Whether the split cells, read together as a form's split cells are, are the value `read`.
fn reads_as(split: &Split, read: &value::Value) -> bool {
    let cells = Indicator {
        operator: split
            .comparison
            .map(Comparison::sign)
            .unwrap_or_default()
            .into(),
        target: split.target.clone(),
        unit: split.unit.clone(),
        ..Indicator::default()
    };
    value::parse(&cells.target_text()) == *read
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Option<(&'static str, String, String)> {
        split(text).map(|s| {
            (
                s.comparison.map(Comparison::sign).unwrap_or_default(),
                s.target,
                s.unit,
            )
        })
    }

    fn some(
        sign: &'static str,
        target: &str,
        unit: &str,
    ) -> Option<(&'static str, String, String)> {
        Some((sign, target.into(), unit.into()))
    }

    #[test]
    fn a_sign_a_number_and_a_unit_go_to_their_cells() {
        assert_eq!(cells("≥95%"), some("≥", "95", "%"));
        assert_eq!(cells("≥ 95%"), some("≥", "95", "%"));
        assert_eq!(cells("＞90%"), some(">", "90", "%"));
        assert_eq!(cells("≤24小时"), some("≤", "24", "小时"));
        assert_eq!(cells("0.7932 万元"), some("", "0.7932", "万元"));
        assert_eq!(cells("144 个"), some("", "144", "个"));
        assert_eq!(cells("≥1次/年"), some("≥", "1", "次/年"));
        assert_eq!(cells("20 次以上"), some("≥", "20", "次"));
        assert_eq!(cells("3-5天"), some("", "3-5", "天"));
        assert_eq!(cells("100%"), some("", "100", "%"));
    }

    #[test]
    fn a_date_is_one_target() {
        assert_eq!(cells("2026年12月底"), some("", "2026年12月底", ""));
        assert_eq!(cells("2026 年 9 月"), some("", "2026年9月", ""));
    }

    #[test]
    fn words_subjects_approximations_and_prose_are_not_split() {
        for text in [
            "稳步提升",
            "",
            "补助金额 ≥ 400 万元",
            "约0.15万人",
            "1900人左右",
            "城镇一类区4万元/人，二类区3.8万元/人",
        ] {
            assert_eq!(split(text), None, "{text}");
        }
    }
}
