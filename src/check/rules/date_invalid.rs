//! `date-invalid`: a date value that does not exist (`2026年13月`, `2月30日`).

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::value::ValueKind;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "date-invalid",
    severity: Severity::Error,
    title: "日期无效",
    description: "指标值中的日期不存在（如「2026年13月」「2026年2月30日」）。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        if let ValueKind::Date(date) = &line.value.kind
            && !date.valid
        {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                line.target_place(),
                format!("{}的指标值「{}」不是有效日期", line.title(), line.text),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{messages, push, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn existing_dates_are_valid() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Timeliness, "完成时间", "2026年2月28日");
        assert!(messages(&record, "date-invalid").is_empty());
    }

    #[test]
    fn a_thirteenth_month_and_february_thirtieth_are_invalid() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Timeliness, "完成时间", "2026年13月");
        push(&mut record, Level2::Timeliness, "发放时间", "2026年2月30日");
        assert_eq!(
            messages(&record, "date-invalid"),
            [
                "「完成时间」的指标值「2026年13月」不是有效日期",
                "「发放时间」的指标值「2026年2月30日」不是有效日期"
            ]
        );
    }
}
