//! `spending-plan`: the cumulative spending plan (资金支出计划) of a Hebei table.
//!
//! The points are cumulative: they never decrease, never exceed the budget, and reach the budget
//! at 12月底. The form's heading says `（%）` while offices write amounts, so both are read: a
//! plan with a point written as a percentage (`25%`), or whose 12月底 is 100 while the budget is
//! not 100, is a plan in percentages of the budget and must end at 100%.

use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Amount, MoneyCell, Place, parse_plain_decimal};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "spending-plan",
    severity: Severity::Error,
    title: "资金支出计划",
    description: "资金支出计划是累计数：3月底、6月底、10月底、12月底依次不减少，都不超过预算数，12月底等于预算数；缺少 12月底为警告。写成百分比（25%），或 12月底为 100 而预算数不是 100 时，按百分比理解：不超过且最终等于 100%。",
    reads: &[],
    run: check,
};

/// A spending-plan point read as a number: a plain amount (`2.25`) or a percentage (`25%`),
/// with whether it was written as a percentage.
pub(crate) fn point(amount: &Amount) -> Option<(Decimal, bool)> {
    if let Some(value) = amount.value() {
        return Some((value, false));
    }
    let number = amount.text().trim().strip_suffix(['%', '％'])?;
    parse_plain_decimal(number).map(|value| (value, true))
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(plan) = &cx.record.spending_plan else {
        return;
    };
    let points = plan.points().map(|(label, amount)| (label, point(amount)));
    let written_in_percent = points.iter().any(|(_, p)| matches!(p, Some((_, true))));
    let budget = cx.record.header.amount.value();
    let december = point(&plan.december).map(|(v, _)| v);
    let percent = written_in_percent
        || (december == Some(Decimal::ONE_HUNDRED) && budget != Some(Decimal::ONE_HUNDRED));
    let ceiling = match budget {
        _ if percent => Decimal::ONE_HUNDRED,
        Some(budget) => budget,
        None => return,
    };
    let unit = cx.unit().label();
    let show = |n: Decimal| {
        if percent {
            format!("{}%", show_number(n))
        } else {
            format!("{} {unit}", show_number(n))
        }
    };
    let limit = if percent {
        "100%".to_string()
    } else {
        format!("{} {}", cx.amount_label(), show(ceiling))
    };
    let mut previous: Option<(&str, Decimal)> = None;
    for (i, (label, point)) in (0u8..).zip(points) {
        let Some((value, _)) = point else {
            continue;
        };
        let place = Place::Money(MoneyCell::Plan(i));
        if let Some((before, last)) = previous
            && value < last
        {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                place,
                format!(
                    "资金支出计划 {label} {}少于 {before} {}，累计数不应减少",
                    show(value),
                    show(last)
                ),
            ));
        }
        if value > ceiling {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                place,
                format!("资金支出计划 {label} {}超过{limit}", show(value)),
            ));
        } else if i == 3 && value != ceiling {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                place,
                format!("资金支出计划 12月底 {}应等于{limit}", show(value)),
            ));
        }
        previous = Some((label, value));
    }
    if plan.december.is_blank() {
        out.push(cx.finding(
            RULE.code,
            Severity::Warning,
            Place::Money(MoneyCell::Plan(3)),
            format!("资金支出计划缺少 12月底（应为{limit}）"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::Severity;
    use crate::check::testing::{bare, findings, messages};
    use crate::layout::Layout;
    use crate::model::{Amount, MoneyCell, Place, Record};

    fn planned(budget: &str, points: [&str; 4]) -> Record {
        let mut record = bare(Layout::HebeiDisclosure, budget);
        let plan = record.spending_plan.as_mut().unwrap();
        plan.march = Amount::new(points[0]);
        plan.june = Amount::new(points[1]);
        plan.october = Amount::new(points[2]);
        plan.december = Amount::new(points[3]);
        record
    }

    #[test]
    fn a_cumulative_plan_ending_at_the_budget_passes() {
        assert!(
            messages(
                &planned("3.50", ["0.88", "1.75", "2.63", "3.50"]),
                "spending-plan"
            )
            .is_empty()
        );
        assert!(messages(&planned("190.00", ["", "", "", "190.00"]), "spending-plan").is_empty());
        assert!(messages(&planned("9.00", ["25", "50", "75", "100"]), "spending-plan").is_empty());
    }

    #[test]
    fn a_plan_written_in_percent_ending_at_100_passes_with_no_amount_format_error() {
        let record = planned("190.00", ["25%", "50%", "75%", "100%"]);
        assert!(messages(&record, "spending-plan").is_empty());
        assert!(messages(&record, "amount-format").is_empty());
        let mixed = planned("190.00", ["25 %", "", "75％", "100"]);
        assert!(messages(&mixed, "spending-plan").is_empty());
        assert!(messages(&mixed, "amount-format").is_empty());
    }

    #[test]
    fn a_percent_plan_that_decreases_or_misses_100_is_an_error() {
        assert_eq!(
            messages(
                &planned("190.00", ["50%", "25%", "75%", "90%"]),
                "spending-plan"
            ),
            [
                "资金支出计划 6月底 25%少于 3月底 50%，累计数不应减少",
                "资金支出计划 12月底 90%应等于100%",
            ]
        );
        assert_eq!(
            messages(
                &planned("190.00", ["25%", "50%", "75%", "120%"]),
                "spending-plan"
            ),
            ["资金支出计划 12月底 120%超过100%"]
        );
    }

    #[test]
    fn garbage_in_a_percent_plan_is_still_an_amount_format_error() {
        let record = planned("190.00", ["约25%", "50%", "75%", "100%"]);
        assert_eq!(
            messages(&record, "amount-format"),
            ["资金支出计划 3月底「约25%」不是金额或百分比数字"]
        );
        let mut header = planned("190.00", ["25%", "50%", "75%", "100%"]);
        header.header.amount = Amount::new("25%");
        assert_eq!(
            messages(&header, "amount-format"),
            ["预算数「25%」不是金额数字"]
        );
    }

    #[test]
    fn a_plan_that_decreases_or_exceeds_the_budget_is_an_error() {
        let found = messages(
            &planned("9.00", ["4.00", "3.00", "10.00", "9.00"]),
            "spending-plan",
        );
        assert_eq!(
            found,
            [
                "资金支出计划 6月底 3 万元少于 3月底 4 万元，累计数不应减少",
                "资金支出计划 10月底 10 万元超过预算数 9 万元",
                "资金支出计划 12月底 9 万元少于 10月底 10 万元，累计数不应减少",
            ]
        );
    }

    #[test]
    fn a_plan_ending_below_the_budget_is_an_error() {
        let found = findings(
            &planned("9.00", ["2.25", "4.50", "6.75", "8.00"]),
            "spending-plan",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place, Place::Money(MoneyCell::Plan(3)));
        assert_eq!(
            found[0].message,
            "资金支出计划 12月底 8 万元应等于预算数 9 万元"
        );
    }

    #[test]
    fn a_missing_december_point_is_a_warning() {
        let found = findings(
            &planned("9.00", ["2.25", "4.50", "6.75", ""]),
            "spending-plan",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "资金支出计划缺少 12月底（应为预算数 9 万元）"
        );
    }
}
