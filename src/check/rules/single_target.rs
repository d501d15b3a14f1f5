//! `single-target`: several numbers or a range (`3-5天`, `≥90%，≥95%`) in the one number cell
//! (目标值) of a form that splits the target into sign, number and unit.
//!
//! The 一体化 systems read that cell as one number to score against; a range or a list cannot
//! be scored. Dates (`2024年12月31日`), one number with thousands separators (`1,030,700`) and
//! words are one target.

use crate::check::context::{Context, is_not_applicable};
use crate::check::{Finding, Rule, Severity};
use crate::model::IndicatorCell;
use crate::value::{self, ValueKind};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "single-target",
    severity: Severity::Warning,
    title: "目标值不是一个数",
    description: "把指标值拆成计算符号、目标值、计量单位的表中，目标值一格写了区间（如「3-5天」）或多个数（如「≥90%，≥95%」），无法按一个数评分。日期、带千分位的一个数和文字描述不报告。",
    reads: &[IndicatorCell::Target],
    run: check,
};

/// How many numbers a text holds: runs of digits, a `.` or a thousands `,` between digits
/// joining them into one.
fn numbers_in(text: &str) -> usize {
    let mut count = 0_usize;
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = c.is_ascii_digit();
        let joins = matches!(c, '.' | ',')
            && previous.is_some_and(|p| p.is_ascii_digit())
            && chars.peek().is_some_and(char::is_ascii_digit);
        let in_number = previous.is_some_and(|p| p.is_ascii_digit() || matches!(p, '.' | ','));
        if digit && !in_number {
            count = count.saturating_add(1);
        }
        previous = Some(if digit || joins { c } else { ' ' });
    }
    count
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    if !cx.has_column(IndicatorCell::Target) {
        return;
    }
    for line in &cx.lines {
        let target = line.indicator.target.trim();
        if target.is_empty() || is_not_applicable(target) {
            continue;
        }
        let value = value::parse(target);
        let several = match value.kind {
            ValueKind::Range(_) => true,
            ValueKind::Date(_) | ValueKind::Duration(_) | ValueKind::Qualitative => false,
            _ => numbers_in(target) > 1,
        };
        if several {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                line.place(IndicatorCell::Target),
                format!(
                    "{}的目标值「{target}」不是一个数，表中目标值一格只能写一个数",
                    line.title()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::numbers_in;
    use crate::check::testing::{findings, messages, push, sound, split};
    use crate::layout::Layout;
    use crate::model::{IndicatorCell, Level2, Place, Record};

    fn with_row(layout: Layout, row: crate::model::Indicator) -> Record {
        let mut record = sound(layout);
        let path = push(&mut record, Level2::Timeliness, "x", "");
        *record.indicator_mut(path).unwrap() = row;
        record
    }

    #[test]
    fn numbers_are_counted_with_their_points_and_separators() {
        assert_eq!(numbers_in("1,030,700.00"), 1);
        assert_eq!(numbers_in("≥90%，≥95%"), 2);
        assert_eq!(numbers_in("3-5"), 2);
        assert_eq!(numbers_in("有效提升"), 0);
    }

    #[test]
    fn a_range_or_two_numbers_in_the_target_cell_is_a_warning() {
        for target in ["3-5", "≥90%，≥95%"] {
            let record = with_row(
                Layout::IndicatorList,
                split("办结时限", "定量", "", target, "天"),
            );
            let found = findings(&record, "single-target");
            assert_eq!(found.len(), 1, "{target}");
            assert!(matches!(
                found[0].place,
                Place::Indicator(_, IndicatorCell::Target)
            ));
        }
    }

    #[test]
    fn one_number_a_date_or_words_pass_and_one_cell_forms_are_not_checked() {
        for target in ["1,030,700.00", "2024年12月31日", "有效提升", "44,561"] {
            let record = with_row(
                Layout::IndicatorList,
                split("完成时间", "定量", "", target, ""),
            );
            assert!(messages(&record, "single-target").is_empty(), "{target}");
        }
        let mut county = sound(Layout::CountyForm);
        push(&mut county, Level2::Timeliness, "办结时限", "3-5天");
        assert!(messages(&county, "single-target").is_empty());
    }
}
