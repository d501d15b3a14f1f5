//! The score of the 执行率 row of a self-evaluation's money table: 分值 × 执行率, full marks at
//! 100% and above.
//!
//! The rate is the one written, so a published rounding (`50%` for 49.88%) is followed as the
//! reviewer does; without one it is 执行数 ÷ 全年预算数 (or 年初预算数 where the form has only
//! that).

use super::{Score, Suggested, Unscorable, number, round};
use crate::check::rules::execution_rate::{computed_rate, rate_against, written_rate};
use crate::model::EvaluationMoney;
use rust_decimal::Decimal;

/// The score the money-table `row` earns, or why it cannot be computed.
pub fn execution(row: &EvaluationMoney) -> Result<Suggested, Unscorable> {
    let weight = row.weight.value().ok_or(Unscorable::NoWeight)?;
    let rate = written_rate(&row.rate)
        .or_else(|| computed_rate(row))
        .or_else(|| rate_against(row, &row.initial_budget))
        .ok_or(Unscorable::NoExecution)?;
    let shown = number(round(rate, 2));
    if rate >= Decimal::ONE_HUNDRED {
        return Ok(Suggested {
            score: Score::Exact(round(weight, 2)),
            formula: format!("执行率 {shown}%，得满分 {}", number(weight)),
        });
    }
    let score = weight
        .checked_mul(rate)
        .and_then(|p| p.checked_div(Decimal::ONE_HUNDRED))
        .ok_or(Unscorable::Overflow)?;
    let score = round(score.max(Decimal::ZERO), 2);
    Ok(Suggested {
        score: Score::Exact(score),
        formula: format!(
            "分值 {} × 执行率 {shown}% = {}",
            number(weight),
            number(score)
        ),
    })
}
