//! `execution-score`: the 得分 of a money-table row that is scored (national self-evaluation:
//! 分值 10 on 年度资金总额) against 分值 × 执行率, full marks at 100% and above, rounded to 2
//! decimals.
//!
//! The score is computed by [`crate::check::score::execution`]: the rate written, so a published
//! rounding (`50%` for 49.88%) is followed as the reviewer does, else 执行数 ÷ 预算数. A score
//! written to fewer decimals (`5` for 4.99) that rounds to the expected one passes. Provinces that score
//! execution in bands deduct differently, so a different score is a warning, not an error.

use crate::check::context::{Context, show_number};
use crate::check::score::execution;
use crate::check::{Finding, Rule, Severity};
use crate::model::{MoneyCell, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "execution-score",
    severity: Severity::Warning,
    title: "执行率得分",
    description: "自评表资金表中执行率一行的得分应为 分值 × 执行率（执行率达到或超过 100% 得满分），保留 2 位小数；按写出的执行率计算，未写执行率时按全年执行数 ÷ 全年预算数计算。得分按其写出的位数四舍五入后一致即可。不一致为警告（有的地方按档次扣分）。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(evaluation) = &cx.record.evaluation else {
        return;
    };
    for (r, row, label) in evaluation.labelled_rows() {
        let Some(score) = row.score.value() else {
            continue;
        };
        let Ok(suggested) = execution(row) else {
            continue;
        };
        if suggested.score.admits(score) {
            continue;
        }
        out.push(cx.finding(
            RULE.code,
            Severity::Warning,
            Place::Money(MoneyCell::Evaluation(r, 5)),
            format!(
                "{label}得分 {} 分，应为 {} 分（{}）",
                show_number(score),
                suggested.score.show(),
                suggested.formula
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{messages, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, Record};

    fn scored(record: &mut Record, rate: &str, score: &str) {
        let e = record.evaluation.as_mut().unwrap();
        e.total.full_year_budget = Amount::new("310.2");
        e.total.executed = Amount::new("154.74");
        e.total.rate = Amount::new(rate);
        e.total.score = Amount::new(score);
    }

    #[test]
    fn a_score_of_weight_times_rate_passes_even_rounded_as_published() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        assert!(messages(&record, "execution-score").is_empty());
        scored(&mut record, "50%", "5");
        assert!(messages(&record, "execution-score").is_empty());
        scored(&mut record, "", "4.99");
        assert!(messages(&record, "execution-score").is_empty());
        scored(&mut record, "", "5");
        assert!(messages(&record, "execution-score").is_empty());
    }

    #[test]
    fn a_score_that_is_not_weight_times_rate_is_a_warning() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        scored(&mut record, "50%", "8");
        assert_eq!(
            messages(&record, "execution-score"),
            ["年度资金总额得分 8 分，应为 5 分（分值 10 × 执行率 50% = 5）"]
        );
    }

    #[test]
    fn over_full_execution_earns_full_marks_only() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        scored(&mut record, "120%", "10");
        assert!(messages(&record, "execution-score").is_empty());
    }

    #[test]
    fn a_local_evaluation_without_a_scored_money_row_is_not_checked() {
        assert!(messages(&sound(Layout::SelfEvaluation), "execution-score").is_empty());
    }
}
