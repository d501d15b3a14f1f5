//! Cells that changed places: a target value in the name column with the name in the value
//! column, or (Hebei) a target value in the basis column with the document it comes from in
//! the value column. A person fills the columns the other way round by mistake, and a reviewer
//! would see at once which cell is which; so does the value grammar.
//!
//! Only a clear pair is swapped back: one cell a target value the grammar reads whole, the
//! other text it cannot read as any value. Two values or two pieces of prose stay as written.

use super::text::value_word;
use crate::model::Indicator;
use crate::value::{ValueKind, parse};

/// Swaps back the cells of `indicator` that changed places; for each swap, what was seen and
/// done, for a note.
pub(super) fn swap_back(indicator: &mut Indicator) -> Vec<String> {
    let mut done = Vec::new();
    if pure_target(&indicator.name) && prose(&indicator.value) {
        done.push(format!(
            "三级指标列是指标值「{}」，指标值列是指标名称「{}」，两格写反，已对调",
            indicator.name, indicator.value
        ));
        std::mem::swap(&mut indicator.name, &mut indicator.value);
    }
    if pure_target(&indicator.basis) && prose(&indicator.value) {
        done.push(format!(
            "指标值确定依据列是指标值「{}」，指标值列是依据「{}」，两格写反，已对调",
            indicator.basis, indicator.value
        ));
        std::mem::swap(&mut indicator.basis, &mut indicator.value);
    }
    done
}

/// A target value and nothing else: a number with its unit, money, a date, a duration or a
/// range, with no words before it naming what is measured.
pub(super) fn pure_target(text: &str) -> bool {
    parse(text).is_bare_target()
}

/// Text that is no target value: the grammar cannot read it, or it is words that are not the
/// wording of a target (`工伤案件结案率`, not `稳步提升`).
fn prose(text: &str) -> bool {
    if text.trim().is_empty() {
        return false;
    }
    match parse(text).kind {
        ValueKind::Unparsed => true,
        ValueKind::Qualitative => !value_word(text),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(name: &str, value: &str, basis: &str) -> Indicator {
        Indicator {
            name: name.into(),
            value: value.into(),
            basis: basis.into(),
            ..Indicator::default()
        }
    }

    #[test]
    fn a_target_in_the_name_column_changes_places_with_the_name() {
        let mut i = indicator("100%", "指标 2: 工伤案件结案率", "");
        assert_eq!(swap_back(&mut i).len(), 1);
        assert_eq!(
            (i.name.as_str(), i.value.as_str()),
            ("指标 2: 工伤案件结案率", "100%")
        );
    }

    #[test]
    fn a_target_in_the_basis_column_changes_places_with_the_document() {
        let mut i = indicator("就业见习补贴到位率", "秦财社 [2019]133 号", "≥95%");
        assert_eq!(swap_back(&mut i).len(), 1);
        assert_eq!(
            (i.value.as_str(), i.basis.as_str()),
            ("≥95%", "秦财社 [2019]133 号")
        );
    }

    #[test]
    fn two_values_or_two_pieces_of_prose_stay_as_written() {
        for (name, value, basis) in [
            ("100%", "≥95%", ""),
            ("工伤案件结案率", "按时完成", ""),
            ("100%", "稳步提升", ""),
            ("", "≥95%", "冀政发[2015]43 号"),
            ("就业见习补贴到位率", "≥95%", "≥90%"),
            ("就业见习补贴到位率", "秦财社 [2019]133 号", "财政部门文件"),
        ] {
            let mut i = indicator(name, value, basis);
            let before = i.clone();
            assert!(swap_back(&mut i).is_empty(), "{name} | {value} | {basis}");
            assert_eq!(i, before);
        }
    }
}
