//! Numbers people type into money and score cells, kept exactly as written and as a decimal.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// The unit money is written in on a table (`单位：万元`, `(元)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum MoneyUnit {
    /// 元
    Yuan,
    /// 万元
    #[default]
    TenThousandYuan,
}

impl MoneyUnit {
    /// Both units, for choices in the editor.
    pub const ALL: [MoneyUnit; 2] = [MoneyUnit::Yuan, MoneyUnit::TenThousandYuan];

    /// How the unit is written: `元` or `万元`.
    pub fn label(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::TenThousandYuan => "万元",
        }
    }

    /// English name of the unit, for the editor's English mode.
    pub fn english_label(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "yuan",
            MoneyUnit::TenThousandYuan => "10k yuan",
        }
    }

    /// How many 元 one unit is.
    pub fn yuan_factor(self) -> Decimal {
        match self {
            MoneyUnit::Yuan => Decimal::ONE,
            MoneyUnit::TenThousandYuan => Decimal::from(10_000),
        }
    }

    /// Converts an amount in this unit to 元, exactly; `None` for an amount too large to be
    /// computed with (more than 28 digits once in 元).
    pub fn to_yuan(self, amount: Decimal) -> Option<Decimal> {
        amount.checked_mul(self.yuan_factor())
    }

    /// Converts an amount in 元 to this unit, exactly.
    pub fn from_yuan(self, yuan: Decimal) -> Decimal {
        // Dividing by 1 or 10 000 only makes a number smaller: it cannot overflow.
        yuan.checked_div(self.yuan_factor()).unwrap_or(yuan)
    }
}

/// A number cell (money, weight, score): the text as the person wrote it and its exact value.
///
/// The text is the source of truth, so a cell that does not parse is kept and reported by the
/// checks instead of being lost; `value` is derived from it by [`Amount::new`] and
/// [`Amount::set_text`], which keep the two in step. A saved value is never believed: reading
/// a cell derives it from the text again, so a file whose value disagrees with its text (edited
/// by hand, or by another program) reads as its text says.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "StoredAmount")]
pub struct Amount {
    text: String,
    value: Option<Decimal>,
}

/// An amount as files hold it: the value is written for other programs that read the files,
/// and ignored on reading.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredAmount {
    text: String,
    #[serde(default, rename = "value")]
    _value: serde::de::IgnoredAny,
}

impl From<StoredAmount> for Amount {
    fn from(stored: StoredAmount) -> Amount {
        Amount::new(stored.text)
    }
}

impl Amount {
    /// A cell holding `text`; the value is parsed from it.
    pub fn new(text: impl Into<String>) -> Amount {
        let text = text.into();
        let value = parse_plain_decimal(&text);
        Amount { text, value }
    }

    /// A cell holding exactly `value`, written in its plain decimal form.
    pub fn from_decimal(value: Decimal) -> Amount {
        Amount {
            text: value.normalize().to_string(),
            value: Some(value),
        }
    }

    /// The text as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The exact value, when the text is a plain number (spaces and thousands separators allowed).
    pub fn value(&self) -> Option<Decimal> {
        self.value
    }

    /// Whether nothing was written.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Replaces the text and re-derives the value.
    pub fn set_text(&mut self, text: impl Into<String>) {
        *self = Amount::new(text);
    }

    /// The amount as a list shows it: a number grouped by thousands without trailing zeros
    /// (`2000.000000` → `2,000`), a text that is not a plain number as written.
    pub fn plain_text(&self) -> String {
        self.value
            .map_or_else(|| self.text.trim().to_owned(), grouped_plain)
    }

    /// [`Amount::plain_text`] followed by the unit's name `unit_name` (`2,000 万元`); empty when
    /// nothing was written.
    pub fn plain_with_unit(&self, unit_name: &str) -> String {
        if self.is_blank() {
            String::new()
        } else {
            format!("{} {unit_name}", self.plain_text())
        }
    }
}

/// `value` without trailing zeros, its whole part grouped by thousands with `,`.
fn grouped_plain(value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::with_capacity(whole.len().saturating_mul(2));
    for (i, digit) in whole.chars().enumerate() {
        let left = whole.len().saturating_sub(i);
        if i > 0 && left.is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

impl From<&str> for Amount {
    fn from(text: &str) -> Amount {
        Amount::new(text)
    }
}

/// Adds up exact amounts (money, weights, scores); `None` when the sum is too large to compute
/// with (beyond 28 digits). Every sum of a table's numbers goes through here, so that no value a
/// person can type makes the checks overflow.
pub fn checked_sum(amounts: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    amounts
        .into_iter()
        .try_fold(Decimal::ZERO, Decimal::checked_add)
}

/// Parses a plain decimal number as written in a money or score cell: white space and `,`
/// thousands separators are ignored, full-width digits and points are accepted.
pub fn parse_plain_decimal(text: &str) -> Option<Decimal> {
    let skipped = |c: &char| c.is_whitespace() || *c == ',' || *c == '，';
    // Every cell is asked; most are words, told by their first character without a copy.
    let first = text.chars().find(|c| !skipped(c))?;
    if !(first.is_ascii_digit() || matches!(first, '０'..='９' | '-' | '－' | '+' | '.' | '．'))
    {
        return None;
    }
    let cleaned: String = text
        .chars()
        .filter(|c| !skipped(c))
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c).wrapping_sub(0xFEE0)).unwrap_or(c),
            '．' => '.',
            '－' => '-',
            _ => c,
        })
        .collect();
    if cleaned.is_empty() || cleaned.len() > 40 {
        return None;
    }
    Decimal::from_str(&cleaned).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn a_number_is_read_whatever_comes_first_and_words_never_are() {
        for (text, read) in [
            ("12.5", Some(dec!(12.5))),
            (" ，1,000", Some(dec!(1000))),
            ("－３．５", Some(dec!(-3.5))),
            ("+7", Some(dec!(7))),
            (".5", Some(dec!(0.5))),
            ("_5", None),
            ("约100", None),
            ("完成", None),
            ("", None),
        ] {
            assert_eq!(parse_plain_decimal(text), read, "{text:?}");
        }
    }

    #[test]
    fn a_listed_amount_drops_trailing_zeros_and_groups_thousands() {
        assert_eq!(Amount::new("2000.000000").plain_text(), "2,000");
        assert_eq!(Amount::new("1234567.5000").plain_text(), "1,234,567.5");
        assert_eq!(Amount::new("0.7932").plain_text(), "0.7932");
        assert_eq!(Amount::new("-12000").plain_text(), "-12,000");
        assert_eq!(Amount::new("999").plain_text(), "999");
        assert_eq!(Amount::new("1,000,000.00").plain_text(), "1,000,000");
    }

    #[test]
    fn a_listed_amount_keeps_its_unit_and_a_text_that_is_no_number() {
        let amount = Amount::new("2000.000000");
        assert_eq!(
            amount.plain_with_unit(MoneyUnit::TenThousandYuan.label()),
            "2,000 万元"
        );
        assert_eq!(
            amount.text(),
            "2000.000000",
            "the cell keeps what was written"
        );
        assert_eq!(
            Amount::new(" 待定 ").plain_with_unit(MoneyUnit::Yuan.label()),
            "待定 元"
        );
        assert_eq!(
            Amount::new("  ").plain_with_unit(MoneyUnit::Yuan.label()),
            ""
        );
    }

    #[test]
    fn a_coded_amount_keeps_its_text_and_parses_exactly() {
        let amount = Amount::new("400.000000");
        assert_eq!(amount.text(), "400.000000");
        assert_eq!(amount.value(), Some(dec!(400)));
    }

    #[test]
    fn ten_thousand_yuan_convert_exactly_to_yuan() {
        let amount = Amount::new("0.7932");
        let yuan = MoneyUnit::TenThousandYuan
            .to_yuan(amount.value().unwrap_or_default())
            .unwrap_or_default();
        assert_eq!(yuan, dec!(7932));
    }

    #[test]
    fn a_sum_beyond_28_digits_is_none_not_a_panic() {
        assert_eq!(checked_sum([dec!(1.5), dec!(2.5)]), Some(dec!(4)));
        assert_eq!(checked_sum([Decimal::MAX, Decimal::ONE]), None);
        assert_eq!(MoneyUnit::TenThousandYuan.to_yuan(Decimal::MAX), None);
    }

    #[test]
    fn full_width_digits_parse_as_their_ascii_twins() {
        assert_eq!(parse_plain_decimal("１２．５"), Some(dec!(12.5)));
    }

    #[test]
    fn text_that_is_not_a_number_is_kept_without_a_value() {
        let amount = Amount::new("约400");
        assert_eq!(amount.text(), "约400");
        assert_eq!(amount.value(), None);
        assert_eq!(Amount::new("1,234.5").value(), Some(dec!(1234.5)));
    }
}
