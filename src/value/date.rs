//! Dates and deadlines: `2026 年 12 月底`, `2024年底前`, `2025-12-31`, `12月底`.
//!
//! A year is a four-digit number from 1900 to 2100 followed by `年` (or a `-`/`.`/`/` date);
//! anything smaller before `年` is a length of time (`1年`, `99年`), read elsewhere.

use super::cursor::Cursor;
use super::lexicon::{DATE_QUALIFIERS, DATE_TRAILERS};
use super::text::starts_with;
use super::{DateQualifier, DateValue};
use chrono::NaiveDate;

/// The years a written date may name.
pub(super) const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The year used to validate a date written without one: a leap year, so `2月29日` exists.
const LEAP_YEAR: i32 = 2000;

/// Reads a date at the cursor; leaves the cursor unmoved when there is none.
pub(super) fn date(cur: &mut Cursor) -> Option<DateValue> {
    let start = cur.pos;
    // Every date has a digit run with `年`, `月` or a separator right after it; most numbers
    // are not dates, and this spares them three readings.
    let rest = cur.rest();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = rest.get(digits..).unwrap_or_default();
    if !after_digits.starts_with(['年', '月', '-', '.', '/']) {
        return None;
    }
    let found = written_date(cur).or_else(|| {
        cur.pos = start;
        numeric_date(cur)
    });
    let found = found.or_else(|| {
        cur.pos = start;
        yearless_date(cur)
    });
    if found.is_none() {
        cur.pos = start;
    }
    found
}

/// `2026年12月31日`, `2024年`, `2024年度`, with a qualifier.
fn written_date(cur: &mut Cursor) -> Option<DateValue> {
    let year = year(cur)?;
    if !cur.eat("年") {
        return None;
    }
    let mut date = DateValue {
        year,
        month: None,
        day: None,
        qualifier: DateQualifier::On,
        valid: true,
    };
    if cur.eat("度") {
        finish(cur, &mut date);
        return Some(date);
    }
    if all_months(cur) {
        date.qualifier = DateQualifier::Whole;
        finish(cur, &mut date);
        return Some(date);
    }
    let before_month = cur.pos;
    if let Some(month) = month_day_number(cur)
        && cur.eat("月")
    {
        date.month = Some(month);
        cur.eat("份");
        let before_day = cur.pos;
        match month_day_number(cur) {
            Some(day) if cur.eat("日") || cur.eat("号") => date.day = Some(day),
            _ => cur.pos = before_day,
        }
    } else {
        cur.pos = before_month;
    }
    finish(cur, &mut date);
    Some(date)
}

/// `2025-12-31`, `2025.12.31`, `2025/12/31`: all three parts, one separator.
fn numeric_date(cur: &mut Cursor) -> Option<DateValue> {
    let year = year(cur)?;
    let separator = cur.peek().filter(|c| matches!(c, '-' | '.' | '/'))?;
    cur.bump();
    let month = month_day_number(cur)?;
    if cur.peek() != Some(separator) {
        return None;
    }
    cur.bump();
    let day = month_day_number(cur)?;
    cur.eat("日");
    let mut date = DateValue {
        year,
        month: Some(month),
        day: Some(day),
        qualifier: DateQualifier::On,
        valid: true,
    };
    finish(cur, &mut date);
    Some(date)
}

/// `12月底`, `2月30日`, `6月前`: a month with a day or a qualifier. A month alone (`3月`)
/// stays a length of time. The year is 0, meaning not written.
fn yearless_date(cur: &mut Cursor) -> Option<DateValue> {
    let month = month_day_number(cur)?;
    if !cur.eat("月") {
        return None;
    }
    let mut date = DateValue {
        year: 0,
        month: Some(month),
        day: None,
        qualifier: DateQualifier::On,
        valid: true,
    };
    let before_day = cur.pos;
    match month_day_number(cur) {
        Some(day) if cur.eat("日") || cur.eat("号") => date.day = Some(day),
        _ => {
            cur.pos = before_day;
            let rest = cur.rest();
            let at_qualifier = DATE_QUALIFIERS
                .iter()
                .any(|(word, q)| *q != DateQualifier::Whole && starts_with(rest, word));
            if !at_qualifier {
                return None;
            }
        }
    }
    finish(cur, &mut date);
    Some(date)
}

/// `1-12月`, `1月-12月`, `1月至12月` after a year: the whole year. Other spans of months are
/// not one date and stay unread.
fn all_months(cur: &mut Cursor) -> bool {
    let start = cur.pos;
    let mut read = || -> Option<()> {
        (month_day_number(cur)? == 1).then_some(())?;
        cur.eat("月");
        cur.eat_any(&[("-", ()), ("~", ()), ("至", ()), ("到", ())])?;
        (month_day_number(cur)? == 12).then_some(())?;
        cur.eat("月").then_some(())
    };
    let found = read().is_some();
    if !found {
        cur.pos = start;
    }
    found
}

/// A four-digit year in [`YEARS`].
fn year(cur: &mut Cursor) -> Option<i32> {
    let digits = cur.digits();
    if digits.len() != 4 {
        return None;
    }
    let year = digits.parse().ok()?;
    YEARS.contains(&year).then_some(year)
}

/// A one- or two-digit month or day.
fn month_day_number(cur: &mut Cursor) -> Option<u32> {
    let digits = cur.digits();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok()
}

/// Reads the qualifier and trailing words, and checks that the date exists.
fn finish(cur: &mut Cursor, date: &mut DateValue) {
    if let Some(index) = cur.eat_any(DATE_QUALIFIERS) {
        date.qualifier = DATE_QUALIFIERS[index].1;
    }
    for trailer in DATE_TRAILERS {
        if cur.eat(trailer) {
            break;
        }
    }
    date.valid &= exists(date);
}

/// Whether the written date exists in the calendar.
fn exists(date: &DateValue) -> bool {
    let year = if date.year == 0 { LEAP_YEAR } else { date.year };
    match (date.month, date.day) {
        (Some(month), Some(day)) => NaiveDate::from_ymd_opt(year, month, day).is_some(),
        (Some(month), None) => (1..=12).contains(&month),
        (None, _) => true,
    }
}
