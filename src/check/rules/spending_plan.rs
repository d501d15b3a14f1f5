//! `spending-plan`: the cumulative spending plan (资金支出计划) of a Hebei table.
//!
//! The points are cumulative: they never decrease, never exceed the budget, and reach the budget
//! at 12月底. The form's heading says `（%）` while offices write amounts; a plan whose 12月底 is
//! 100 while the budget is not 100 is read as percentages of the budget.

use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{MoneyCell, Place};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "spending-plan",
    severity: Severity::Error,
    title: "资金支出计划",
    description: "资金支出计划是累计数：3月底、6月底、10月底、12月底依次不减少，都不超过预算数，12月底等于预算数；缺少 12月底为警告。12月底为 100 而预算数不是 100 时，按百分比理解。",
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(plan) = &cx.record.spending_plan else {
        return;
    };
    let Some(budget) = cx.record.header.amount.value() else {
        return;
    };
    let points = plan.points();
    let december = plan.december.value();
    let percent = december == Some(Decimal::ONE_HUNDRED) && budget != Decimal::ONE_HUNDRED;
    let ceiling = if percent {
        Decimal::ONE_HUNDRED
    } else {
        budget
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
        format!("{} {}", cx.amount_label(), show(budget))
    };
    let mut previous: Option<(&str, Decimal)> = None;
    for (i, (label, amount)) in (0u8..).zip(points) {
        let Some(value) = amount.value() else {
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
