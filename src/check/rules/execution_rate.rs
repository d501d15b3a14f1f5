//! `execution-rate`: the 执行率 written in a row of the self-evaluation money table against
//! 全年执行数 ÷ 全年预算数 (the 全年预算数 cell holds 调整后预算数 where the form has that).
//!
//! A rate is written to some precision (`50%`, `49.88%`); it is right when the computed rate
//! rounds to it at that precision. Rounding down instead (`49.88%` written `49%`) is a warning;
//! anything further off is an error. A row without both numbers is not checked.

use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Amount, EvaluationMoney, MoneyCell, Place};
use rust_decimal::{Decimal, RoundingStrategy};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "execution-rate",
    severity: Severity::Error,
    title: "执行率",
    description: "自评表资金表中写的执行率应等于全年执行数 ÷ 全年预算数（有调整后预算数的表按调整后预算数，只有年初预算数的表按年初预算数；按年初预算数算的也认可；执行数超过预算数时写 100% 也认可），按写出的精度四舍五入后一致即可（如 154.74 ÷ 310.2 = 49.88%，写 50% 可以）；只差舍去尾数为警告，相差更多为错误。执行数或预算数未填写时不检查。",
    reads: &[],
    run: check,
};

/// A rate as written, in percent: `100%`, `49.88 %`, or a bare number read as percent.
pub(crate) fn written_rate(amount: &Amount) -> Option<Decimal> {
    super::spending_plan::point(amount).map(|(value, _)| value)
}

/// 执行数 ÷ 全年预算数 in percent, when both are numbers and the budget is not zero; on a form
/// with only 年初预算数 (执行率 B/A), against that.
pub(crate) fn computed_rate(row: &EvaluationMoney) -> Option<Decimal> {
    rate_against(row, budget_of(row).1)
}

/// The budget a row's rate divides by, with its name: 全年预算数, else 年初预算数 where the form
/// has no other.
fn budget_of(row: &EvaluationMoney) -> (&'static str, &Amount) {
    if row.full_year_budget.is_blank() {
        ("年初预算数", &row.initial_budget)
    } else {
        ("全年预算数", &row.full_year_budget)
    }
}

/// 执行数 ÷ `budget` in percent.
pub(crate) fn rate_against(row: &EvaluationMoney, budget: &Amount) -> Option<Decimal> {
    row.executed
        .value()?
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(budget.value()?)
}

/// Whether a rate written to `dp` decimals is `computed` rounded, or, written as a fraction
/// (`0.5`), its hundredth.
fn rounds_to(written: Decimal, computed: Decimal, dp: u32) -> bool {
    let round = |dp| computed.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    round(dp) == written
        || (written <= Decimal::ONE
            && written.checked_mul(Decimal::ONE_HUNDRED) == Some(round(dp.saturating_sub(2))))
}

/// The number of decimals a written rate shows (`49.88%` → 2, `50%` → 0).
fn precision(written: Decimal) -> u32 {
    written.normalize().scale()
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(evaluation) = &cx.record.evaluation else {
        return;
    };
    for (r, row, label) in evaluation.labelled_rows() {
        let (Some(written), Some(computed)) = (written_rate(&row.rate), computed_rate(row)) else {
            continue;
        };
        let dp = precision(written);
        // Some forms divide by 年初预算数 (执行率 B/A with A the initial budget), and some cap
        // the rate at 100% (execution-exceeds-budget reports the overrun).
        let on_initial = rate_against(row, &row.initial_budget);
        let capped = computed > Decimal::ONE_HUNDRED && written == Decimal::ONE_HUNDRED;
        if rounds_to(written, computed, dp)
            || on_initial.is_some_and(|c| rounds_to(written, c, dp))
            || capped
        {
            continue;
        }
        let truncated = computed.round_dp_with_strategy(dp, RoundingStrategy::ToZero);
        let severity = if truncated == written {
            Severity::Warning
        } else {
            Severity::Error
        };
        let shown =
            computed.round_dp_with_strategy(dp.max(2), RoundingStrategy::MidpointAwayFromZero);
        let (budget_name, budget) = budget_of(row);
        out.push(cx.finding(
            RULE.code,
            severity,
            Place::Money(MoneyCell::Evaluation(r, 4)),
            format!(
                "{label}执行率写作「{}」，全年执行数 {} ÷ {budget_name} {} = {}%",
                row.rate.text().trim(),
                show_money_cell(cx, &row.executed),
                show_money_cell(cx, budget),
                show_number(shown)
            ),
        ));
    }
}

/// A money cell of the table shown in the record's unit.
fn show_money_cell(cx: &Context<'_>, amount: &Amount) -> String {
    cx.yuan(amount)
        .map_or_else(|| amount.text().trim().to_string(), |yuan| cx.show(yuan))
}

#[cfg(test)]
mod tests {
    use crate::check::Severity;
    use crate::check::testing::{findings, messages, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, MoneyCell, Place, Record};

    fn executed(record: &mut Record, budget: &str, executed: &str, rate: &str) {
        let e = record.evaluation.as_mut().unwrap();
        e.total.full_year_budget = Amount::new(budget);
        e.total.executed = Amount::new(executed);
        e.total.rate = Amount::new(rate);
    }

    #[test]
    fn a_rate_that_rounds_to_what_is_written_passes() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        assert!(messages(&record, "execution-rate").is_empty());
        executed(&mut record, "310.2", "154.74", "50%");
        assert!(messages(&record, "execution-rate").is_empty());
        executed(&mut record, "310.2", "154.74", "49.88%");
        assert!(messages(&record, "execution-rate").is_empty());
        executed(&mut record, "310.2", "154.74", "0.5");
        assert!(messages(&record, "execution-rate").is_empty());
        // Capped at 100% when more than the budget was spent; or divided by 年初预算数.
        executed(&mut record, "20", "21", "100%");
        assert!(messages(&record, "execution-rate").is_empty());
        executed(&mut record, "25", "20", "100%");
        assert!(messages(&record, "execution-rate").is_empty());
    }

    #[test]
    fn a_rate_off_the_computed_one_is_an_error_and_a_truncated_one_a_warning() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        executed(&mut record, "310.2", "154.74", "60%");
        let found = findings(&record, "execution-rate");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(found[0].place, Place::Money(MoneyCell::Evaluation(0, 4)));
        assert_eq!(
            found[0].message,
            "年度资金总额执行率写作「60%」，全年执行数 154.74 万元 ÷ 全年预算数 310.2 万元 = 49.88%"
        );
        executed(&mut record, "310.2", "154.74", "49.8%");
        let found = findings(&record, "execution-rate");
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_form_with_only_the_initial_budget_divides_by_it() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        let e = record.evaluation.as_mut().unwrap();
        e.total.full_year_budget = Amount::default();
        e.total.initial_budget = Amount::new("310.2");
        e.total.executed = Amount::new("154.74");
        e.total.rate = Amount::new("50%");
        assert!(messages(&record, "execution-rate").is_empty());
        record.evaluation.as_mut().unwrap().total.rate = Amount::new("60%");
        assert_eq!(
            messages(&record, "execution-rate"),
            [
                "年度资金总额执行率写作「60%」，全年执行数 154.74 万元 ÷ 年初预算数 310.2 万元 = 49.88%"
            ]
        );
    }

    #[test]
    fn a_row_without_its_budget_or_its_execution_is_not_checked() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        record.evaluation.as_mut().unwrap().total.initial_budget = Amount::default();
        executed(&mut record, "", "154.74", "60%");
        assert!(messages(&record, "execution-rate").is_empty());
        executed(&mut record, "310.2", "", "60%");
        assert!(messages(&record, "execution-rate").is_empty());
        executed(&mut record, "0", "0", "100%");
        assert!(messages(&record, "execution-rate").is_empty());
    }
}
