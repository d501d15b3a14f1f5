//! Numbers with their unit: measures (`1.5万立方米/日`), money (`10.93万元/台`), lengths of
//! time (`≤24小时`) and ranges (`3-5天`).

use super::cursor::Cursor;
use super::lexicon::{
    APPROX_AFTER, APPROX_INNER, COMPARISON_AFTER, YUAN, is_bracketed_unit, time_unit,
};
use super::{Duration, Measure, Money, Range, ValueKind};
use rust_decimal::Decimal;

/// The smallest scale that, written without a unit, means money (`200 万`).
const MONEY_SCALE: i64 = 10_000;

/// A number as written: the figure, its scale, unit and per-units.
struct Amount {
    number: Decimal,
    scale: Option<Decimal>,
    unit: String,
    per: Vec<String>,
}

impl Amount {
    fn scaled(&self, scale: Option<Decimal>) -> Option<Decimal> {
        match scale {
            Some(scale) => self.number.checked_mul(scale).map(|n| n.normalize()),
            None => Some(self.number),
        }
    }
}

/// The words that may end a unit and belong to the value instead (`次以上`, `人左右`).
fn unit_suffixes() -> Vec<&'static str> {
    COMPARISON_AFTER
        .iter()
        .map(|(word, _)| *word)
        .chain(APPROX_AFTER.iter().copied())
        .collect()
}

/// Reads a number with scale, unit and per-units.
fn amount(cur: &mut Cursor, approximate: &mut bool, suffixes: &[&str]) -> Option<Amount> {
    let number = cur.number()?;
    *approximate |= inner_approx(cur);
    let bracketed = bracketed_unit_ahead(cur);
    if bracketed {
        cur.pos += 1;
    }
    let scale = cur.scale();
    *approximate |= inner_approx(cur);
    let unit = cur.unit(suffixes);
    if bracketed && !cur.eat(")") {
        return None;
    }
    let per = cur.per_units(suffixes)?;
    Some(Amount {
        number,
        scale,
        unit,
        per,
    })
}

/// Whether a bracketed unit (`(%)`, `(万元)`) follows.
fn bracketed_unit_ahead(cur: &Cursor) -> bool {
    const MAX_LOOK: usize = 5;
    if cur.peek() != Some('(') {
        return false;
    }
    let rest = &cur.chars[cur.pos + 1..];
    let Some(close) = rest.iter().take(MAX_LOOK).position(|&c| c == ')') else {
        return false;
    };
    is_bracketed_unit(&rest[..close].iter().collect::<String>())
}

fn inner_approx(cur: &mut Cursor) -> bool {
    match cur.peek() {
        Some(c) if APPROX_INNER.contains(&c) => {
            cur.pos += 1;
            true
        }
        _ => false,
    }
}

/// A number with its unit (measure, money, duration) or a range of two. `per` holds the
/// per-units written in front (`每年1次`); `approximate` is set by `余`, `多`.
pub(super) fn quantity(
    cur: &mut Cursor,
    approximate: &mut bool,
    per: &[String],
) -> Option<ValueKind> {
    let suffixes = unit_suffixes();
    let mut first = amount(cur, approximate, &suffixes)?;
    if first.per.is_empty() && cur.at_range_separator() {
        cur.pos += 1;
        let mut second = amount(cur, approximate, &suffixes)?;
        second.per.splice(0..0, per.iter().cloned());
        return range(&first, &second);
    }
    first.per.splice(0..0, per.iter().cloned());
    classify(first)
}

/// `3-5天`, `80%-90%`, `1-2万元`: a scale or unit written only at the end applies to both.
fn range(first: &Amount, second: &Amount) -> Option<ValueKind> {
    if !first.unit.is_empty() && !second.unit.is_empty() && first.unit != second.unit {
        return None;
    }
    let low_scale = match (first.scale, first.unit.is_empty()) {
        (Some(scale), _) => Some(scale),
        (None, true) => second.scale,
        (None, false) => None,
    };
    let mut unit = if second.unit.is_empty() {
        first.unit.clone()
    } else {
        second.unit.clone()
    };
    for per in &second.per {
        unit.push('/');
        unit.push_str(per);
    }
    Some(ValueKind::Range(Range {
        low: first.scaled(low_scale)?,
        high: second.scaled(second.scale)?,
        unit,
    }))
}

/// Money when the unit is 元 (or a bare `万`/`亿`), a duration for a unit of time, else a measure.
fn classify(amount: Amount) -> Option<ValueKind> {
    let value = amount.scaled(amount.scale)?;
    let bare_big_scale = amount.unit.is_empty()
        && amount
            .scale
            .is_some_and(|scale| scale >= Decimal::from(MONEY_SCALE));
    if amount.unit == YUAN || bare_big_scale {
        return Some(ValueKind::Money(Money {
            yuan: value,
            per: amount.per,
        }));
    }
    if amount.scale.is_none()
        && amount.per.is_empty()
        && let Some(unit) = time_unit(&amount.unit)
    {
        return Some(ValueKind::Duration(Duration {
            amount: value,
            unit,
        }));
    }
    Some(ValueKind::Measure(Measure {
        number: value,
        unit: amount.unit,
        per: amount.per,
    }))
}
