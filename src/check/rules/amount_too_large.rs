//! `amount-too-large`: a number too large to compute with. Exact decimals hold 28 digits; a
//! money cell of 25 digits in 万元 has more once in 元, and two weights near that limit add up
//! beyond it. Such a cell or sum is reported here instead of being checked (or crashing the
//! check), by this rule for the cells and by the summing rules through [`finding`].

use crate::check::context::Context;
use crate::check::rules::amount_format::{Kind, money_cells};
use crate::check::{Finding, Rule, Severity};
use crate::model::{CostCell, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "amount-too-large",
    severity: Severity::Error,
    title: "金额过大",
    description: "金额、分值或得分大到无法精确计算（换算成元或相加后超过 28 位有效数字）时报告「金额过大，无法核算」，相关的合计检查不再进行。",
    reads: &[],
    run: check,
};

/// The finding for `what` (a cell or a sum, described in Chinese) at `place` being too large.
pub(crate) fn finding(cx: &Context<'_>, place: Place, what: &str) -> Finding {
    cx.finding(
        RULE.code,
        Severity::Error,
        place,
        format!("{what}金额过大，无法核算"),
    )
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let money = money_cells(cx.record)
        .filter(|(place, _)| matches!(Kind::of(*place), Kind::Money | Kind::PlanPoint));
    let costs = (cx.record.cost_lines.iter().enumerate())
        .map(|(line, cost)| (Place::Cost(line, CostCell::Amount), &cost.amount));
    for (place, amount) in money.chain(costs) {
        if amount.value().is_some() && cx.yuan(amount).is_none() {
            let what = format!("{}「{}」", place.describe(cx.record), amount.text().trim());
            out.push(finding(cx, place, &what));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{bare, messages};
    use crate::layout::Layout;

    #[test]
    fn a_25_digit_amount_in_ten_thousand_yuan_is_too_large_to_check() {
        let record = bare(Layout::RegionForm, "9999999999999999999999999");
        assert_eq!(
            messages(&record, "amount-too-large"),
            ["项目总额「9999999999999999999999999」金额过大，无法核算"]
        );
    }

    #[test]
    fn an_amount_that_converts_is_not_too_large() {
        let record = bare(Layout::RegionForm, "79228162514264337593543");
        assert!(messages(&record, "amount-too-large").is_empty());
    }
}
