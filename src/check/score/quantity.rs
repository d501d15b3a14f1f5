//! Scoring a quantitative row (a number, money or a length of time against its target) and a
//! deadline (时效) row.

use super::{Band, Setting, Suggested, Unscorable, band_of, full, number, round};
use crate::model::{Direction, Indicator, Level2, MoneyUnit};
use crate::value::{self, Comparison, DateValue, Value, ValueKind};
use rust_decimal::Decimal;

/// A number with the unit it is counted in.
struct Quantity {
    number: Decimal,
    /// The unit with its per-units (`%`, `人次`, `元/人`); empty when none is written.
    unit: String,
}

impl Quantity {
    fn of(kind: &ValueKind) -> Option<Quantity> {
        let per = |per: &[String]| per.iter().map(|p| format!("/{p}")).collect::<String>();
        Some(match kind {
            ValueKind::Measure(m) => Quantity {
                number: m.number,
                unit: format!("{}{}", m.unit, per(&m.per)),
            },
            ValueKind::Money(m) => Quantity {
                number: m.yuan,
                unit: format!("元{}", per(&m.per)),
            },
            ValueKind::Duration(d) => Quantity {
                number: d.amount,
                unit: d.unit.word().to_owned(),
            },
            _ => return None,
        })
    }

    /// `95%`, `12 万元`, `735人次`.
    fn show(&self) -> String {
        let ten_thousand = Decimal::from(10_000);
        if let Some(per) = self.unit.strip_prefix('元')
            && self.number >= ten_thousand
        {
            return format!(
                "{}万元{per}",
                number(MoneyUnit::TenThousandYuan.from_yuan(self.number))
            );
        }
        format!("{}{}", number(self.number), self.unit)
    }
}

/// Which way a row's target is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sense {
    /// `≥`, `＞`, 正向.
    More,
    /// `≤`, `＜`, 反向.
    Less,
    /// `＝`.
    Equal,
}

impl Sense {
    fn of(indicator: &Indicator, written: Option<Comparison>, level2: Level2) -> Sense {
        let cell = if indicator.is_marked_qualitative() {
            None
        } else {
            indicator.comparison_cell()
        };
        if cell.or(written) == Some(Comparison::Equal) {
            return Sense::Equal;
        }
        match indicator.direction_of() {
            Some(Direction::Positive) => Sense::More,
            Some(Direction::Negative) => Sense::Less,
            // A bare target: reached by getting there, or under 成本 by spending no more.
            None if is_cost(level2) => Sense::Less,
            None => Sense::More,
        }
    }
}

/// Whether a group holds costs, where less spent is better.
fn is_cost(level2: Level2) -> bool {
    matches!(
        level2,
        Level2::Cost | Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost
    )
}

/// A number, money or a length of time against its target.
pub(super) fn compared(
    indicator: &Indicator,
    target: &Value,
    actual: &str,
    weight: Decimal,
    setting: &Setting,
) -> Result<Suggested, Unscorable> {
    let goal = Quantity::of(&target.kind)
        .ok_or_else(|| Unscorable::TargetUnreadable(indicator.target_text().into_owned()))?;
    let got = Quantity::of(&value::parse(actual).kind)
        .ok_or_else(|| Unscorable::ActualUnreadable(actual.to_owned()))?;
    // An actual written without its unit (`735` under `≥735人次`) counts in the target's.
    if got.unit != goal.unit && !got.unit.is_empty() {
        return Err(Unscorable::UnitsDiffer {
            target: goal.unit,
            actual: got.unit,
        });
    }
    let got = Quantity {
        unit: goal.unit.clone(),
        ..got
    };
    let (a, t) = (got.number, goal.number);
    let (shown_a, shown_t) = (got.show(), goal.show());
    let sense = Sense::of(indicator, target.comparison, setting.level2);
    let met = match sense {
        Sense::More => a >= t,
        Sense::Less => a <= t,
        Sense::Equal => a == t,
    };
    let sign = |met| match (sense, met) {
        (Sense::More, true) => "≥",
        (Sense::More, false) => "<",
        (Sense::Less, true) => "≤",
        (Sense::Less, false) => ">",
        (Sense::Equal, true) => "＝",
        (Sense::Equal, false) => "≠",
    };
    let said = format!("实际 {shown_a} {} 目标 {shown_t}", sign(met));
    if met {
        return Ok(full(weight, said));
    }
    if t.is_zero() {
        return Err(Unscorable::ZeroTarget);
    }
    let w = number(weight);
    let (share, how) = match sense {
        Sense::More => (
            checked_ratio(a, t)?,
            format!("{} ÷ {} × {w}", number(a), number(t)),
        ),
        Sense::Equal if !setting.method.proportional_equal => {
            return Ok(exact(
                Decimal::ZERO,
                format!("{said}，未达到指标值，得 0 分"),
            ));
        }
        // In proportion, whichever side of the target: the smaller over the larger.
        Sense::Equal => {
            let (small, large) = if a < t { (a, t) } else { (t, a) };
            let how = format!("{} ÷ {} × {w}", number(small), number(large));
            (checked_ratio(small, large)?, how)
        }
        Sense::Less => {
            let over = a.checked_sub(t).ok_or(Unscorable::Overflow)?;
            let share = Decimal::ONE
                .checked_sub(checked_ratio(over, t)?)
                .ok_or(Unscorable::Overflow)?;
            if share <= Decimal::ZERO {
                return Ok(exact(
                    Decimal::ZERO,
                    format!("{said}，达到目标的两倍及以上，得 0 分"),
                ));
            }
            let how = format!(
                "(1 − ({} − {}) ÷ {}) × {w}",
                number(a),
                number(t),
                number(t)
            );
            (share, how)
        }
    };
    // A negative target (`-0%` is zero) would give a negative share: never below 0.
    let score = weight
        .checked_mul(share.max(Decimal::ZERO))
        .ok_or(Unscorable::Overflow)?;
    let score = round(score, 2);
    Ok(exact(score, format!("{said}，{how} = {}", number(score))))
}

fn checked_ratio(a: Decimal, b: Decimal) -> Result<Decimal, Unscorable> {
    a.checked_div(b).ok_or(Unscorable::Overflow)
}

fn exact(score: Decimal, formula: String) -> Suggested {
    Suggested {
        score: super::Score::Exact(score),
        formula,
    }
}

/// A deadline: full marks when the actual date is not later, else 0.
pub(super) fn deadline(
    due: &DateValue,
    target: &str,
    actual: &str,
    weight: Decimal,
    setting: &Setting,
) -> Result<Suggested, Unscorable> {
    let due_year = due
        .written_year()
        .or(setting.year)
        .ok_or(Unscorable::NoYear)?;
    let met = match value::parse(actual).kind {
        ValueKind::Date(done) if done.valid => {
            let year = done.written_year().unwrap_or(due_year);
            last_day(year, &done) <= last_day(due_year, due)
        }
        // A result in words (`按时完成`, `未按时完成`).
        _ => match band_of(target, actual) {
            Some(Band::Achieved) => true,
            Some(Band::Missed) => false,
            _ => return Err(Unscorable::ActualUnreadable(actual.to_owned())),
        },
    };
    if met {
        return Ok(full(weight, format!("实际 {actual} 不晚于 {target}")));
    }
    Ok(exact(
        Decimal::ZERO,
        format!("实际 {actual} 晚于 {target}，未按时完成，得 0 分"),
    ))
}

/// The last day a date written to month or year covers, as (year, month, day) in order.
fn last_day(year: i32, date: &DateValue) -> (i32, u32, u32) {
    (year, date.month.unwrap_or(12), date.day.unwrap_or(31))
}
