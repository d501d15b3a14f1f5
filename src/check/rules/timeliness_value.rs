//! `timeliness-value`: a 时效 indicator whose value is neither a date, a duration nor a rate or
//! percentage (`规定时限内`, `1次`, `10万元`).

use crate::check::context::{Context, is_date_serial, is_not_applicable, is_period};
use crate::check::{Finding, Rule, Severity};
use crate::model::Level2;
use crate::value::ValueKind;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "timeliness-value",
    severity: Severity::Warning,
    title: "时效指标值",
    description: "时效指标的指标值应是日期或时限（「2026年12月底」「≤24小时」）、或及时率等百分比、或「1次/年」之类的频次（「全年」、是/否也可以）；定性描述（如「规定时限内」）、金额或普通数量为警告。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        if line.level2.category != Level2::Timeliness || is_not_applicable(line.text) {
            continue;
        }
        // A period (`2023.07-2024.01`) and a leaked spreadsheet date (`44,561`) are dates; the
        // whole year (`全年`) is a period, and 是/否 answers a 是否按时 question.
        let timely = is_period(line.value)
            || is_date_serial(line.value)
            || matches!(line.text, "全年" | "全年度" | "常年" | "是" | "否")
            || match &line.value.kind {
                ValueKind::Date(_) | ValueKind::Duration(_) => true,
                ValueKind::Measure(m) => m.is_percent() || !m.per.is_empty(),
                ValueKind::Range(r) => r.unit == "%" || r.unit == "％",
                // Nothing to judge: empty-indicator and value-unparsed speak for these.
                ValueKind::Empty | ValueKind::Unparsed => true,
                ValueKind::Money(_) | ValueKind::Qualitative => false,
            };
        if !timely {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                line.target_place(),
                format!(
                    "时效指标{}的指标值「{}」不是日期、时限或及时率",
                    line.title(),
                    line.text
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_period_a_spreadsheet_date_serial_the_whole_year_and_a_yes_are_timely() {
        let mut record = crate::check::testing::sound(crate::layout::Layout::NationalTarget);
        for value in ["2023.07-2024.01", "202001-202012", "44,561", "全年", "是"] {
            crate::check::testing::push(
                &mut record,
                crate::model::Level2::Timeliness,
                "服务期",
                value,
            );
        }
        assert!(crate::check::testing::messages(&record, "timeliness-value").is_empty());
    }

    use crate::check::testing::{messages, push, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn dates_durations_and_rates_are_timely_values() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Timeliness, "修复时间", "≤24小时");
        push(&mut record, Level2::Timeliness, "支付及时率", "≥95%");
        push(&mut record, Level2::Timeliness, "巡查", "≥1次/年");
        push(&mut record, Level2::Timeliness, "完成时间", "2026年全年");
        assert!(messages(&record, "timeliness-value").is_empty());
    }

    #[test]
    fn words_in_a_timeliness_line_are_a_warning() {
        let mut record = sound(Layout::SelfEvaluation);
        push(
            &mut record,
            Level2::Timeliness,
            "业务办理时限",
            "规定时限内",
        );
        assert_eq!(
            messages(&record, "timeliness-value"),
            ["时效指标「业务办理时限」的指标值「规定时限内」不是日期、时限或及时率"]
        );
    }
}
