//! The value grammar: what a target value (`≥95%`, `2026年12月底`, `400万元`, `稳步提升`) means.
//!
//! Target values are free text written by people and damaged by PDF extraction; the checks need
//! them as numbers, money, dates and durations. Parsing never alters the text; it only reads it
//! into a [`Value`]. Money is normalised exactly to 元 with `rust_decimal`.
//!
//! A value is `[subject] [comparison or approximation words] core [以上/以下/以内/左右]`, where
//! the core is a date, a number with scale (`万`, `亿`, `千`), unit and per-units (`/人/月`), or
//! a range (`3-5天`). Before reading, spaces and stray `？` are dropped and full-width forms
//! folded, so `≥ 9 5 ％` reads like `≥95%`. Choices the grammar makes:
//! - a four-digit number from 1900 to 2100 before `年` is a year (`2024年`), a smaller one a
//!   length of time (`1年`, `99年`);
//! - `以上` and `以下` include the number (`≥`, `≤`), as in Chinese usage;
//! - a number with `万`/`亿` and no unit (`200 万`) is money;
//! - a date without a year (`12月底`, `2月30日`) has year 0 ([`DateValue::written_year`]);
//! - `年内`/`年度内` and `1-12月` are the whole year ([`DateQualifier::Whole`]);
//! - words without a number are [`ValueKind::Qualitative`], keeping a leading sign
//!   (`≤预算数`); anything left over after the core makes the value [`ValueKind::Unparsed`].

mod date;
mod lexicon;
mod numerals;
mod quantity;
// The scanners: byte offsets within the text being read, bounded by its length; the numbers
// they read are scaled with checked arithmetic (`Decimal::checked_mul`).
#[allow(clippy::arithmetic_side_effects)]
mod cursor;
#[allow(clippy::arithmetic_side_effects)]
mod money;
#[allow(clippy::arithmetic_side_effects)]
mod parse;
#[allow(clippy::arithmetic_side_effects)]
mod prefix;
#[allow(clippy::arithmetic_side_effects)]
mod text;
#[allow(clippy::arithmetic_side_effects)]
mod tidy;
#[allow(clippy::arithmetic_side_effects)]
mod years;

pub use money::find_money;
pub use parse::parse;
pub use tidy::tidy;
pub use years::{YearMention, YearRole, find_years};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A comparison written before (`≥`, `＞`, `>`) or after (`以上`, `以下`) a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Comparison {
    /// `≥`, `>=`, `不低于`, `以上` (`20 次以上`)
    AtLeast,
    /// `≤`, `<=`, `不高于`, `不超过`, `以内`, `以下`
    AtMost,
    /// `>`, `＞`, `超过`
    Above,
    /// `<`, `＜`, `低于`
    Below,
    /// `=`
    Equal,
}

impl Comparison {
    /// The canonical sign (`≥`, `≤`, `>`, `<`, `=`).
    pub fn sign(self) -> &'static str {
        match self {
            Comparison::AtLeast => "≥",
            Comparison::AtMost => "≤",
            Comparison::Above => ">",
            Comparison::Below => "<",
            Comparison::Equal => "=",
        }
    }
}

/// A parsed target value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Value {
    /// Text before the value that names what is measured (`补助金额 ≥ 400 万元` → `补助金额`,
    /// `利用率>90%` → `利用率`), empty when the value stands alone.
    pub subject: String,
    /// The comparison, if one was written.
    pub comparison: Option<Comparison>,
    /// Whether the value is approximate (`约`, `左右`, `平均`, `大约`).
    pub approximate: bool,
    /// What the value is.
    pub kind: ValueKind,
}

impl Value {
    /// Whether the text was nothing but a target value: a number with its unit, money, a date, a
    /// length of time or a range, with no words before it naming what is measured. Used to tell
    /// a target that landed in a name or basis cell from the words that belong there.
    pub fn is_bare_target(&self) -> bool {
        self.subject.is_empty()
            && matches!(
                self.kind,
                ValueKind::Measure(_)
                    | ValueKind::Money(_)
                    | ValueKind::Date(_)
                    | ValueKind::Duration(_)
                    | ValueKind::Range(_)
            )
    }
}

/// The form of a target value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ValueKind {
    /// Nothing written.
    Empty,
    /// A number with a unit (`95%`, `1000 人`, `1次/年`, `1.5万立方米/日`, `144 个`).
    Measure(Measure),
    /// An amount of money, normalised to 元 (`8 万元`, `230000 元`, `5000 元/月`).
    Money(Money),
    /// A date or deadline (`2026年12月底`, `2024 年 12 月 31 日`, `2024年底前`).
    Date(DateValue),
    /// A length of time (`1年`, `60日`, `≤24小时`).
    Duration(Duration),
    /// A range of numbers (`3-5天`).
    Range(Range),
    /// Words without a number (`稳步提升`, `效果显著`, `无`).
    Qualitative,
    /// Text the grammar could not read (mixed prose, fragments); reported as `value-unparsed`.
    Unparsed,
}

/// A number with a unit and optional per-units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// The number, with the scale (`万`, `亿`) applied: `1.5万立方米` is 15000.
    pub number: Decimal,
    /// The unit as written without scale (`%`, `人`, `个`, `立方米`, `人次`), may be empty.
    pub unit: String,
    /// Per-units (`1次/年` → `["年"]`, `1.5万立方米/日` → `["日"]`).
    pub per: Vec<String>,
}

impl Measure {
    /// Whether this is a percentage.
    pub fn is_percent(&self) -> bool {
        self.unit == "%" || self.unit == "％"
    }
}

/// An amount of money.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// The amount in 元, exact (`0.7932 万元` is 7932).
    pub yuan: Decimal,
    /// Per-units (`元/人/月` → `["人", "月"]`); empty for a total.
    pub per: Vec<String>,
}

impl Money {
    /// Whether this is a rate or per-unit amount rather than a total.
    pub fn is_rate(&self) -> bool {
        !self.per.is_empty()
    }
}

/// What a date means relative to its day or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DateQualifier {
    /// The date itself (`2026 年 9 月`, `2024 年 12 月 31 日`).
    On,
    /// The end of the period (`2026年12月底`, `2024年底`).
    End,
    /// Before the date (`2026 年 12 月前`, `2024年底前`, `2025 年 12 月 27 日前`).
    Before,
    /// The whole period (`2024年全年`).
    Whole,
}

/// A date or deadline as written, validated with chrono.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// The year; 0 when the text names none (`12月底`, `2月30日`). See [`DateValue::written_year`].
    pub year: i32,
    /// The month, when written.
    pub month: Option<u32>,
    /// The day, when written.
    pub day: Option<u32>,
    /// How the date is meant.
    pub qualifier: DateQualifier,
    /// Whether the date exists (`2026年13月` and `2月30日` do not).
    pub valid: bool,
}

impl DateValue {
    /// The year, when the text names one (`2026年12月底` → 2026, `12月底` → `None`).
    pub fn written_year(&self) -> Option<i32> {
        (self.year != 0).then_some(self.year)
    }

    /// Whether the date is a deadline that closes `year`: before the first day of the year after
    /// it (`2027年前`, `2027年1月1日前` in a 2026 budget), so it belongs to `year`.
    pub fn closes_year(&self, year: i32) -> bool {
        self.qualifier == DateQualifier::Before
            && year.checked_add(1) == Some(self.year)
            && matches!(self.month, None | Some(1))
            && matches!(self.day, None | Some(1))
            && (self.month.is_some() || self.day.is_none())
    }
}

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimeUnit {
    /// 年
    Year,
    /// 月 / 个月
    Month,
    /// 周
    Week,
    /// 日 / 天 / 工作日
    Day,
    /// 小时
    Hour,
    /// 分钟
    Minute,
}

impl TimeUnit {
    /// The word the unit is written with (`年`, `月`, `日` …).
    pub fn word(self) -> &'static str {
        match self {
            TimeUnit::Year => "年",
            TimeUnit::Month => "月",
            TimeUnit::Week => "周",
            TimeUnit::Day => "日",
            TimeUnit::Hour => "小时",
            TimeUnit::Minute => "分钟",
        }
    }
}

/// A length of time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duration {
    /// How many units.
    pub amount: Decimal,
    /// Which unit.
    pub unit: TimeUnit,
}

/// A range of numbers with a unit (`3-5天`, `80%-90%`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// The low end, scale applied.
    pub low: Decimal,
    /// The high end, scale applied.
    pub high: Decimal,
    /// The unit as written, may be empty.
    pub unit: String,
}

/// An amount of money mentioned in free text (goal, fund use, an indicator name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyMention {
    /// The amount in 元.
    pub yuan: Decimal,
    /// Whether it is a rate (`元/人`) rather than a total.
    pub is_rate: bool,
    /// The text of the mention as written (`861.37万元`).
    pub text: String,
}
