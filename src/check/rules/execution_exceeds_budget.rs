//! `execution-exceeds-budget`: a self-evaluation that executed more than its full-year budget.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::model::{MoneyCell, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "execution-exceeds-budget",
    severity: Severity::Error,
    title: "执行数超过预算数",
    description: "自评表中年度资金总额、财政拨款或其他资金的全年执行数大于全年预算数。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(e) = &cx.record.evaluation else {
        return;
    };
    const ROWS: [&str; 3] = ["年度资金总额", "财政拨款", "其他资金"];
    for (r, (row, money)) in (0u8..).zip(ROWS.iter().zip([&e.total, &e.fiscal, &e.other])) {
        if let (Some(executed), Some(budget)) =
            (cx.yuan(&money.executed), cx.yuan(&money.full_year_budget))
            && executed > budget
        {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                Place::Money(MoneyCell::Evaluation(r, 2)),
                format!(
                    "{row}全年执行数 {}超过全年预算数 {}",
                    cx.show(executed),
                    cx.show(budget)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, messages, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, MoneyCell, Place};

    #[test]
    fn execution_within_the_budget_passes() {
        assert!(messages(&sound(Layout::SelfEvaluation), "execution-exceeds-budget").is_empty());
    }

    #[test]
    fn execution_above_the_full_year_budget_is_an_error() {
        let mut record = sound(Layout::SelfEvaluation);
        let e = record.evaluation.as_mut().unwrap();
        e.total.executed = Amount::new("22.5");
        e.fiscal.executed = Amount::new("22.5");
        let found = findings(&record, "execution-exceeds-budget");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].place, Place::Money(MoneyCell::Evaluation(0, 2)));
        assert_eq!(
            found[0].message,
            "年度资金总额全年执行数 22.5 万元超过全年预算数 20 万元"
        );
    }
}
