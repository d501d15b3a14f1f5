//! `date-year`: a deadline outside the table's budget year.
//!
//! A deadline before the year starts cannot be a target of that year's budget (error). One after
//! it may belong to a project running over several years, so it is a warning. `2027年前` and
//! `2027年1月1日前` end inside a 2026 budget year and pass.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::value::ValueKind;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "date-year",
    severity: Severity::Error,
    title: "时限不在预算年度内",
    description: "指标值中的日期或时限不在表的预算年度内：早于预算年度为错误（如 2025 年预算写「2024 年 12 月 27 日前」）；晚于预算年度为警告（跨年项目可能如此）。「次年1月1日前」「次年前」视为本年内。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(year) = cx.record.year else {
        return;
    };
    for line in &cx.lines {
        let ValueKind::Date(date) = &line.value.kind else {
            continue;
        };
        // A date without a year (`12月底`) is read as the budget year's.
        let written = date.year;
        if !date.valid || written == 0 || written == year || date.closes_year(year) {
            continue;
        }
        let value = line.text;
        let (severity, relation) = if written < year {
            (Severity::Error, "早于")
        } else {
            (Severity::Warning, "晚于")
        };
        out.push(cx.finding(
            RULE.code,
            severity,
            line.target_place(),
            format!(
                "{}的时限「{value}」（{} 年）{relation}预算年度 {year} 年",
                line.title(),
                written
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::Severity;
    use crate::check::testing::{findings, messages, push, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn deadlines_in_the_budget_year_pass() {
        let mut record = sound(Layout::CountyForm);
        push(
            &mut record,
            Level2::Timeliness,
            "完成时间",
            "2026 年 12 月底",
        );
        push(
            &mut record,
            Level2::Timeliness,
            "下达时间",
            "2027年1月1日前",
        );
        assert!(messages(&record, "date-year").is_empty());
    }

    #[test]
    fn a_deadline_before_the_budget_year_is_an_error() {
        let mut record = sound(Layout::HebeiDisclosure);
        record.year = Some(2025);
        record.groups[0].groups[2].indicators[0].value = "2025年9月".into();
        push(
            &mut record,
            Level2::Timeliness,
            "完成时限",
            "2024 年 12 月 27 日前",
        );
        let found = findings(&record, "date-year");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            found[0].message,
            "「完成时限」的时限「2024 年 12 月 27 日前」（2024 年）早于预算年度 2025 年"
        );
    }

    #[test]
    fn a_deadline_after_the_budget_year_is_a_warning() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Timeliness, "完成时间", "2027年6月");
        let found = findings(&record, "date-year");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_table_without_a_budget_year_has_no_date_year_finding() {
        let mut record = sound(Layout::CountyForm);
        record.year = None;
        push(&mut record, Level2::Timeliness, "完成时间", "2020年6月");
        assert!(messages(&record, "date-year").is_empty());
    }
}
