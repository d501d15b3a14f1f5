//! The score a self-evaluation row earns (建议得分), computed the way reviewers and the 一体化
//! systems score it, from its 分值, its target and its 实际完成值:
//!
//! - 执行率 = 执行数 ÷ 预算数; the row earns 分值 × 执行率, full marks at 100% ([`execution`]);
//! - `≥`/`＞` (正向): full when actual ≥ target, else actual ÷ target × 分值;
//! - `≤`/`＜` (反向): full when actual ≤ target, else (1 − (actual − target) ÷ target) × 分值,
//!   0 at twice the target;
//! - `＝`: full when met, else 0, or in proportion where the form's method says so;
//! - a deadline: full when met, else 0;
//! - qualitative rows: a band of the weight (达成 100–80%, 部分达成 80–60%, 未达成 below), the
//!   limits the form's method names where it names them ([`Method`]).
//!
//! A target without a sign is reached like `≥`, except under 成本 where spending less is better.
//! All arithmetic is `Decimal` and checked; scores are rounded to 2 decimals. What cannot be
//! computed says why ([`Unscorable`]).

mod band;
mod execution;
mod method;
mod quantity;

pub use band::{Band, band_of};
pub use execution::execution;
pub use method::Method;

use crate::model::{Indicator, Level2, Record};
use crate::value::{self, ValueKind};
use rust_decimal::{Decimal, RoundingStrategy};
use thiserror::Error;

/// A computed score: exact, or the range of a qualitative band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    /// The score, rounded to 2 decimals.
    Exact(Decimal),
    /// Any score from `low` to `high` (both included) is right.
    Range {
        /// The band's lowest score.
        low: Decimal,
        /// The band's highest score.
        high: Decimal,
    },
}

impl Score {
    /// Whether an entered score agrees: within the band, or the exact score — also when written
    /// to fewer decimals (`5` for 4.99, as published tables round).
    pub fn admits(&self, entered: Decimal) -> bool {
        match *self {
            Score::Exact(score) => {
                entered == score || entered == round(score, entered.normalize().scale())
            }
            Score::Range { low, high } => (low..=high).contains(&entered),
        }
    }

    /// The lowest and highest score.
    pub fn bounds(&self) -> (Decimal, Decimal) {
        match *self {
            Score::Exact(score) => (score, score),
            Score::Range { low, high } => (low, high),
        }
    }

    /// `9.47`, or `8–10` for a band.
    pub fn show(&self) -> String {
        match self {
            Score::Exact(score) => number(*score),
            Score::Range { low, high } => format!("{}–{}", number(*low), number(*high)),
        }
    }
}

/// A suggested score and how it was computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggested {
    /// The score, or the band's range.
    pub score: Score,
    /// The computation in Chinese (`实际 98% ≥ 目标 95%，得满分 10`).
    pub formula: String,
}

/// Why a row's score cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Unscorable {
    /// No weight, or one that is not a number.
    #[error("分值未填写或不是数字")]
    NoWeight,
    /// No 实际完成值.
    #[error("未填写实际完成值")]
    NoActual,
    /// No target, or one that only says "not applicable".
    #[error("未填写指标值")]
    NoTarget,
    /// A target the grammar cannot read as a number, a date or words.
    #[error("指标值「{0}」无法读作数量或日期，无法计算得分")]
    TargetUnreadable(String),
    /// A 实际完成值 that cannot be set against the target.
    #[error("实际完成值「{0}」无法与指标值比较")]
    ActualUnreadable(String),
    /// Target and actual in different units.
    #[error("指标值单位「{target}」与实际完成值单位「{actual}」不同，无法比较")]
    UnitsDiffer {
        /// The target's unit.
        target: String,
        /// The actual's unit.
        actual: String,
    },
    /// A target of 0 that was missed: there is no ratio to score by.
    #[error("目标值为 0，无法按比例计算得分")]
    ZeroTarget,
    /// A qualitative result whose words do not tell its band.
    #[error("实际完成值「{0}」无法判断档次，请按评分标准人工评分")]
    BandUnclear(String),
    /// A deadline without a year, in a table without a budget year.
    #[error("日期未写年份，表格也没有预算年度")]
    NoYear,
    /// A money row without its budget or its execution.
    #[error("未填写执行数或预算数（预算数为 0 时没有执行率）")]
    NoExecution,
    /// Numbers too large to compute with.
    #[error("数字过大，无法计算")]
    Overflow,
}

/// What scoring a row reads beside the row itself.
#[derive(Debug, Clone, Copy)]
pub struct Setting {
    /// The row's second-level group (a bare target under 成本 is reached by spending less).
    pub level2: Level2,
    /// The budget year, for deadlines written without one.
    pub year: Option<i32>,
    /// The form's scoring method.
    pub method: Method,
}

impl Setting {
    /// The setting of a row of `record` under `level2`: the row's own 评(扣)分标准 where it has
    /// one, else the table's 得分计算方法.
    pub fn of(record: &Record, level2: Level2, indicator: &Indicator) -> Setting {
        let table = record
            .evaluation
            .as_ref()
            .map_or("", |e| e.scoring_method.as_str());
        let own = indicator.scoring_rule.trim();
        Setting {
            level2,
            year: record.year,
            method: Method::read(if own.is_empty() { table } else { own }),
        }
    }
}

/// The score `indicator` earns, or why it cannot be computed.
pub fn suggest(indicator: &Indicator, setting: &Setting) -> Result<Suggested, Unscorable> {
    let weight = indicator.weight.value().ok_or(Unscorable::NoWeight)?;
    let actual = indicator.actual.trim();
    if actual.is_empty() || crate::check::context::is_not_applicable(actual) {
        return Err(Unscorable::NoActual);
    }
    let target_text = indicator.target_text();
    let target = target_text.trim();
    if target.is_empty() || crate::check::context::is_not_applicable(target) {
        return Err(Unscorable::NoTarget);
    }
    let parsed = value::parse(target);
    if indicator.is_marked_qualitative() || parsed.kind == ValueKind::Qualitative {
        return banded(target, actual, weight, &setting.method);
    }
    if same_words(target, actual) {
        return Ok(full(weight, format!("实际「{actual}」与指标值一致")));
    }
    match &parsed.kind {
        ValueKind::Date(deadline) => quantity::deadline(deadline, target, actual, weight, setting),
        ValueKind::Measure(_) | ValueKind::Money(_) | ValueKind::Duration(_)
            if !damaged(&parsed.subject) =>
        {
            quantity::compared(indicator, &parsed, actual, weight, setting)
        }
        _ => Err(Unscorable::TargetUnreadable(target.to_owned())),
    }
}

/// Scores `indicator` as a row of `record` under `level2`.
pub fn suggest_in(
    record: &Record,
    level2: Level2,
    indicator: &Indicator,
) -> Result<Suggested, Unscorable> {
    suggest(indicator, &Setting::of(record, level2, indicator))
}

/// The suggested total of a self-evaluation: the 执行率 row where the form scores it and every
/// indicator with a weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    /// The sum of the rows that could be scored (a range when a band is among them).
    pub score: Score,
    /// How many weighted rows could not be scored and are left out of the sum.
    pub unscored: usize,
}

/// The suggested total of `record`, `None` when no row could be scored.
pub fn total(record: &Record) -> Option<Total> {
    let money = record
        .evaluation
        .as_ref()
        .filter(|e| !e.total.weight.is_blank())
        .map(|e| execution(&e.total));
    let rows = record
        .indicators()
        .filter(|(.., ind)| !ind.weight.is_blank())
        .map(|(_, _, group, ind)| suggest_in(record, group.category, ind));
    let (mut low, mut high, mut unscored, mut scored) =
        (Decimal::ZERO, Decimal::ZERO, 0_usize, 0_usize);
    for result in money.into_iter().chain(rows) {
        match result {
            Ok(s) => {
                let (l, h) = s.score.bounds();
                low = low.checked_add(l)?;
                high = high.checked_add(h)?;
                scored = scored.saturating_add(1);
            }
            Err(_) => unscored = unscored.saturating_add(1),
        }
    }
    (scored > 0).then(|| Total {
        score: if low == high {
            Score::Exact(low)
        } else {
            Score::Range { low, high }
        },
        unscored,
    })
}

/// The band a qualitative result falls in, as a range of the weight.
fn banded(
    target: &str,
    actual: &str,
    weight: Decimal,
    method: &Method,
) -> Result<Suggested, Unscorable> {
    let band = band_of(target, actual).ok_or_else(|| Unscorable::BandUnclear(actual.to_owned()))?;
    let (low, high) = match band {
        Band::Achieved => (method.achieved_low, Decimal::ONE_HUNDRED),
        Band::Partial => (method.partial_low, method.achieved_low),
        Band::Missed => (Decimal::ZERO, method.partial_low),
    };
    let share = |pct: Decimal| {
        weight
            .checked_mul(pct)
            .and_then(|p| p.checked_div(Decimal::ONE_HUNDRED))
            .map(|s| round(s, 2))
            .ok_or(Unscorable::Overflow)
    };
    let score = Score::Range {
        low: share(low)?,
        high: share(high)?,
    };
    Ok(Suggested {
        formula: format!(
            "定性指标：实际「{actual}」属{}（{}%–{}%），得 {} 分",
            band.label(),
            number(high),
            number(low),
            score.show()
        ),
        score,
    })
}

/// Full marks, said after `why`.
fn full(weight: Decimal, why: String) -> Suggested {
    Suggested {
        score: Score::Exact(round(weight, 2)),
        formula: format!("{why}，得满分 {}", number(weight)),
    }
}

/// Whether target and actual are the same words (spaces and end punctuation aside).
fn same_words(target: &str, actual: &str) -> bool {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '。'))
            .collect()
    };
    squeeze(target) == squeeze(actual)
}

/// Whether the words before a number are extraction damage rather than a subject: a subject
/// names what is measured in Chinese, a stray Latin letter (`M.8万元` for `14.8万元`) does not.
fn damaged(subject: &str) -> bool {
    !subject.is_empty()
        && !subject
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// `n` rounded half away from zero to `dp` decimals.
fn round(n: Decimal, dp: u32) -> Decimal {
    n.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// A number without trailing zeros.
fn number(n: Decimal) -> String {
    n.normalize().to_string()
}

#[cfg(test)]
mod tests;
