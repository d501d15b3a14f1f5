//! Which cells are written as numbers: money cells holding a plain decimal, with a number format
//! that shows exactly the digits written.
//!
//! Everything else stays text, so a spreadsheet shows what the table says and an import reads the
//! same text back: indicator values (`≥95%`, and `95` too, whose column means text), weights,
//! and money the person wrote with separators or words.

use crate::model::{CostCell, HeaderField, Place};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::str::FromStr;

/// The most significant digits an f64 holds exactly enough to show them again.
const MAX_DIGITS: usize = 15;

/// A cell written as a number.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Number {
    /// The value, converted from the exact decimal only here, as it is written to the sheet.
    pub(super) value: f64,
    /// How many digits after the point the text has; the number format shows as many.
    pub(super) decimals: usize,
}

/// Whether `place` holds money (or a number of the money table: 分值, 执行率, 得分, 总分).
fn is_money(place: Place) -> bool {
    matches!(
        place,
        Place::Header(HeaderField::Amount) | Place::Money(_) | Place::Cost(_, CostCell::Amount)
    )
}

/// The number to write for `text` at `place`, when the place is money and the text is a plain
/// decimal (`400.000000`, `12`, `-3.5`) of at most 15 significant digits that the number format
/// shows back exactly; `None` keeps the cell as text.
pub(super) fn number(place: Option<Place>, text: &str) -> Option<Number> {
    if !place.is_some_and(is_money) || !is_plain_decimal(text) {
        return None;
    }
    let digits = text.trim_start_matches('-');
    let significant = digits
        .chars()
        .filter(char::is_ascii_digit)
        .skip_while(|&c| c == '0')
        .count();
    // `0400` would show as `400`, `-0` as `0`: only texts the format gives back unchanged.
    let (whole, _) = digits.split_once('.').unwrap_or((digits, ""));
    let leading_zero = whole.len() > 1 && whole.starts_with('0');
    let value = Decimal::from_str(text).ok()?;
    if significant > MAX_DIGITS || leading_zero || (value.is_zero() && text.starts_with('-')) {
        return None;
    }
    Some(Number {
        value: value.to_f64()?,
        decimals: digits.split_once('.').map_or(0, |(_, f)| f.len()),
    })
}

/// `-`? digits, optionally `.` and digits: nothing else, not even spaces.
fn is_plain_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

/// The number format showing `decimals` digits after the point (`0`, `0.00`, `0.000000`).
pub(super) fn format_code(decimals: usize) -> String {
    if decimals == 0 {
        "0".to_string()
    } else {
        format!("0.{}", "0".repeat(decimals))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MoneyCell;

    const AMOUNT: Option<Place> = Some(Place::Header(HeaderField::Amount));

    #[test]
    fn a_plain_amount_is_a_number_showing_its_decimals() {
        assert_eq!(
            number(AMOUNT, "400.000000"),
            Some(Number {
                value: 400.0,
                decimals: 6
            })
        );
        assert_eq!(
            number(AMOUNT, "12"),
            Some(Number {
                value: 12.0,
                decimals: 0
            })
        );
        assert_eq!(
            number(Some(Place::Money(MoneyCell::HebeiFiscal)), "0.7932"),
            Some(Number {
                value: 0.7932,
                decimals: 4
            })
        );
        assert_eq!(format_code(6), "0.000000");
        assert_eq!(format_code(0), "0");
    }

    #[test]
    fn other_texts_and_places_stay_text() {
        for text in [
            "1,000", " 12", "12万元", "0400", "-0", "1.", ".5", "", "1e5", "+3",
        ] {
            assert_eq!(number(AMOUNT, text), None, "{text}");
        }
        assert_eq!(number(None, "12"), None);
        assert_eq!(number(Some(Place::Header(HeaderField::Name)), "12"), None);
    }

    #[test]
    fn more_than_fifteen_significant_digits_stay_text() {
        assert_eq!(
            number(AMOUNT, "1234567890.12345"),
            Some(Number {
                value: 1234567890.12345,
                decimals: 5
            })
        );
        assert_eq!(number(AMOUNT, "1234567890.123456"), None);
        assert!(number(AMOUNT, "0.000000000000001").is_some());
    }
}
