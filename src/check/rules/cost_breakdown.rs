//! `cost-breakdown`: the amounts of a cost breakdown (项目预算成本构成: 成本构成 / 金额 / 测算依据)
//! add up to the table's amount.
//!
//! The breakdown says where the year's money goes, so its lines total the amount; the 合计 row
//! is derived from them and not kept. Lines above the amount cannot be right (error); lines
//! below it may list only the main items, or stop at the cut of a table cut short (warning,
//! nothing when cut). A breakdown with a line that is not a number, or without the amount, is
//! not added up.

use super::amount_too_large;
use crate::check::context::{Context, show_money};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Place, checked_sum};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "cost-breakdown",
    severity: Severity::Error,
    title: "成本构成合计",
    description: "项目预算成本构成各项金额的合计应等于表中金额（年度资金总额等）：超过为错误，不足为警告（可能只列了主要项目；被截断的表不报告）。有金额不是数字或表中金额未填写时不检查。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let lines = &cx.record.cost_lines;
    let Some(amount) = cx.yuan(&cx.record.header.amount) else {
        return;
    };
    let written: Vec<_> = lines.iter().filter(|l| !l.amount.is_blank()).collect();
    if written.is_empty() {
        return;
    }
    // A line that is not a number, or too large to convert (`amount-too-large`), leaves it
    // unchecked.
    let Some(amounts) = written
        .iter()
        .map(|line| cx.yuan(&line.amount))
        .collect::<Option<Vec<Decimal>>>()
    else {
        return;
    };
    let Some(sum) = checked_sum(amounts) else {
        out.push(amount_too_large::finding(
            cx,
            Place::Record,
            "成本构成各项金额合计",
        ));
        return;
    };
    let severity = if sum > amount {
        Severity::Error
    } else if sum < amount && !cx.cut {
        Severity::Warning
    } else {
        return;
    };
    let unit = cx.unit();
    let terms: Vec<String> = written
        .iter()
        .map(|l| format!("{} {}", l.item.trim(), l.amount.text().trim()))
        .collect();
    out.push(cx.finding(
        RULE.code,
        severity,
        Place::Record,
        format!(
            "成本构成各项金额合计 {}（{}），与{} {}不一致",
            show_money(sum, unit),
            terms.join("、"),
            cx.amount_label(),
            show_money(amount, unit)
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::check::Severity;
    use crate::check::testing::{findings, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, CostLine, Record};

    fn with_lines(lines: &[(&str, &str)]) -> Record {
        let mut record = sound(Layout::NationalTarget);
        record.cost_lines = lines
            .iter()
            .map(|(item, amount)| CostLine {
                item: (*item).into(),
                amount: Amount::new(*amount),
                basis: "按市场价测算".into(),
            })
            .collect();
        record
    }

    #[test]
    fn lines_adding_up_to_the_amount_pass() {
        assert!(
            findings(
                &with_lines(&[("设备购置", "12"), ("安装调试", "8")]),
                "cost-breakdown"
            )
            .is_empty()
        );
        assert!(findings(&sound(Layout::NationalTarget), "cost-breakdown").is_empty());
        assert!(
            findings(
                &with_lines(&[("设备购置", "约12万"), ("安装调试", "30")]),
                "cost-breakdown"
            )
            .is_empty()
        );
    }

    #[test]
    fn lines_above_the_amount_are_an_error_and_below_it_a_warning() {
        let over = findings(
            &with_lines(&[("设备购置", "12"), ("安装调试", "9")]),
            "cost-breakdown",
        );
        assert_eq!(over.len(), 1);
        assert_eq!(over[0].severity, Severity::Error);
        assert_eq!(
            over[0].message,
            "成本构成各项金额合计 21 万元（设备购置 12、安装调试 9），与年度资金总额 20 万元不一致"
        );
        let under = findings(&with_lines(&[("设备购置", "12")]), "cost-breakdown");
        assert_eq!(under[0].severity, Severity::Warning);
    }
}
