//! What every rule reads: the record, each indicator with its value parsed once, and the few
//! ways of naming and showing money that all messages share.
//!
//! A department's tables repeat the same few values (`≥95%`, `100%`, `稳步提升`, `2026年12月底`)
//! hundreds of times, so each distinct value text of a run is read — parsed and tidied — once,
//! in [`Values`], and shared by every record that writes it.

use super::{Finding, Fix, Severity};
use crate::layout::Layout;
use crate::model::{
    Amount, Indicator, IndicatorCell, IndicatorPath, Level1, Level1Group, Level2Group, MoneyUnit,
    Place, Record, Scheme,
};
use crate::value::{self, Value, ValueKind};
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A value text as the grammar reads it.
pub(crate) struct Reading {
    /// The target as one text, as [`Indicator::target_text`] gives it.
    text: String,
    /// The text parsed.
    pub value: Value,
    /// The text written the standard way, when that differs from the text.
    pub tidy: Option<String>,
}

/// FxHash over the bytes of a value text: value texts are short and come from the user's own
/// document, so a fast hash without flooding protection is the right one.
#[derive(Default)]
struct TextHasher(u64);

impl Hasher for TextHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            for (slot, byte) in word.iter_mut().zip(chunk) {
                *slot = *byte;
            }
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Every distinct value text of the records being checked, read once, and for each record the
/// readings of its rows in form order.
pub(crate) struct Values {
    readings: Vec<Reading>,
    rows: Vec<Vec<usize>>,
}

impl Values {
    /// Reads the values of every indicator of `records`.
    pub fn of<'r>(records: impl IntoIterator<Item = &'r Record>) -> Values {
        let mut index: HashMap<Cow<'r, str>, usize, BuildHasherDefault<TextHasher>> =
            HashMap::default();
        let mut readings = Vec::new();
        let rows = records
            .into_iter()
            .map(|record| {
                record
                    .indicators()
                    .map(|(_, _, _, indicator)| {
                        // A split target (`大于等于 | 98 | %`) is read as the one text `≥98%`.
                        let text = indicator.target_text();
                        *index.entry(text).or_insert_with_key(|text| {
                            let tidy = value::tidy(text);
                            readings.push(Reading {
                                text: text.to_string(),
                                value: value::parse(text),
                                tidy: (tidy != *text).then_some(tidy),
                            });
                            readings.len().saturating_sub(1)
                        })
                    })
                    .collect()
            })
            .collect();
        Values { readings, rows }
    }

    /// The readings of the rows of the `k`-th record given to [`Values::of`], in form order.
    fn rows(&self, k: usize) -> impl Iterator<Item = &Reading> {
        self.rows
            .get(k)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.readings.get(i))
    }
}

/// One indicator row with its groups and its parsed value.
pub(crate) struct Line<'a> {
    /// Where the row sits.
    pub path: IndicatorPath,
    /// Its first-level group.
    pub level1: &'a Level1Group,
    /// Its second-level group.
    pub level2: &'a Level2Group,
    /// The row.
    pub indicator: &'a Indicator,
    /// Its name, trimmed.
    pub name: &'a str,
    /// Its target as one text, trimmed: the value as written, or the split cells joined
    /// ([`Indicator::target_text`]).
    pub text: &'a str,
    /// Whether the form splits the target over separate cells (计算符号 / 指标值 / 计量单位), so
    /// that [`Line::text`] is joined from them and no one cell holds it.
    pub split: bool,
    /// Whether it names an indicator (a name that is not `无`).
    named: bool,
    /// The target value, parsed.
    pub value: &'a Value,
    /// The target value written the standard way, when that differs from it.
    pub tidy: Option<&'a str>,
}

impl Line<'_> {
    /// The place of one cell of this row.
    pub fn place(&self, cell: IndicatorCell) -> Place {
        Place::Indicator(self.path, cell)
    }

    /// The place of the cell holding the target: 指标值, or the split target number.
    pub fn target_place(&self) -> Place {
        self.place(if self.split {
            IndicatorCell::Target
        } else {
            IndicatorCell::Value
        })
    }

    /// A fix replacing the whole target with `text`, when one cell holds it; a split target
    /// has no one cell to write.
    pub fn target_fix(&self, text: &str) -> Option<Fix> {
        (!self.split).then(|| Fix::replace(self.place(IndicatorCell::Value), text))
    }

    /// The row's name for messages: `「招聘完成率」`, or its position when it has no name.
    pub fn title(&self) -> String {
        if self.name.is_empty() {
            format!("第{}行", self.path.row.saturating_add(1))
        } else {
            format!("「{}」", self.name)
        }
    }

    /// Whether the row names an indicator (a name that is not `无`).
    pub fn is_named(&self) -> bool {
        self.named
    }
}

/// A record prepared for the rules.
pub(crate) struct Context<'a> {
    /// The record.
    pub record: &'a Record,
    /// Its index in the workbook.
    pub index: usize,
    /// Every indicator row in form order.
    pub lines: Vec<Line<'a>>,
    /// Whether the table was cut short (a page excerpt ending mid-table): what comes after the
    /// cut — groups, rows, their weights — was never read.
    pub cut: bool,
}

impl<'a> Context<'a> {
    /// Prepares `record` (at `index` in its workbook), the `k`-th record whose values were read
    /// into `values`.
    pub fn new(record: &'a Record, index: usize, values: &'a Values, k: usize) -> Context<'a> {
        let mut lines = Vec::with_capacity(record.indicator_count());
        let local = record.layout.is_local();
        lines.extend(record.indicators().zip(values.rows(k)).map(
            |((path, level1, level2, indicator), reading)| {
                let name = row_name(indicator, local);
                Line {
                    path,
                    level1,
                    level2,
                    indicator,
                    name,
                    text: reading.text.trim(),
                    split: indicator.value.trim().is_empty() && indicator.has_split_target(),
                    named: !name.is_empty() && !is_not_applicable(name),
                    value: &reading.value,
                    tidy: reading.tidy.as_deref(),
                }
            },
        ));
        Context {
            record,
            index,
            lines,
            cut: record.is_cut(),
        }
    }

    /// A finding of this record without fixes.
    pub fn finding(
        &self,
        code: &'static str,
        severity: Severity,
        place: Place,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            record: self.index,
            severity,
            code,
            place: self.shown_place(place),
            message: message.into(),
            fixes: Vec::new(),
        }
    }

    /// Where the editor shows `place`: a self-evaluation's header amount is the copy of its
    /// money table's 全年预算数, so findings about it point at that cell.
    fn shown_place(&self, place: Place) -> Place {
        use crate::model::{FULL_YEAR_BUDGET, HeaderField};
        if place == Place::Header(HeaderField::Amount) && self.record.amount_follows_money() {
            Place::Money(FULL_YEAR_BUDGET)
        } else {
            place
        }
    }

    /// The record's money unit.
    pub fn unit(&self) -> MoneyUnit {
        self.record.unit
    }

    /// An amount cell's value in 元, when it holds a number.
    pub fn yuan(&self, amount: &Amount) -> Option<Decimal> {
        amount.value().and_then(|v| self.unit().to_yuan(v))
    }

    /// An amount in the record's unit shown as the record writes it: `5744 万元`.
    pub fn show_in_unit(&self, amount: Decimal) -> String {
        self.unit().to_yuan(amount).map_or_else(
            || format!("{amount} {}", self.unit().label()),
            |y| self.show(y),
        )
    }

    /// An amount in 元 shown in the record's unit: `5744 万元`.
    pub fn show(&self, yuan: Decimal) -> String {
        show_money(yuan, self.unit())
    }

    /// What the layout calls the header amount (`项目年度金额`, `预算数`, `项目总额`, `全年预算数`).
    pub fn amount_label(&self) -> &'static str {
        self.record.layout.amount_label()
    }

    /// Whether the table prints a column for `cell`: its own columns where the importer listed
    /// them, else its form's.
    pub fn has_column(&self, cell: IndicatorCell) -> bool {
        let own = &self.record.columns;
        if own.is_empty() {
            self.record.layout.form().has_column(cell)
        } else {
            own.iter().any(|c| c.cell == cell)
        }
    }

    /// Whether the table follows a form jixiao does not know and was read by its headings: what
    /// such a form asks for is not known, so a missing part may be its design.
    pub fn form_unknown(&self) -> bool {
        self.record.layout == Layout::Headings
    }

    /// The category scheme the table follows. A table of another office's form that has a
    /// first-level 成本指标 follows the newer scheme (财预〔2021〕101号) whatever it was read as.
    pub fn scheme(&self) -> Scheme {
        let record = self.record;
        let cost_first = record.groups.iter().any(|g| g.category == Level1::Cost);
        if !record.layout.is_local() && cost_first {
            Scheme::National
        } else {
            record.scheme
        }
    }
}

/// Whether a value is an Excel date serial leaked from a spreadsheet (`44,561` for 2021-12-31):
/// a bare whole number between 1990 and 2100 as days since 1900.
pub(crate) fn is_date_serial(value: &Value) -> bool {
    const FIRST: Decimal = Decimal::from_parts(32_874, 0, 0, false, 0);
    const LAST: Decimal = Decimal::from_parts(73_415, 0, 0, false, 0);
    matches!(&value.kind, ValueKind::Measure(m)
        if m.unit.is_empty() && m.per.is_empty() && m.number.fract().is_zero()
            && (FIRST..=LAST).contains(&m.number))
}

/// Whether a value is a period written as two year-months (`2023.07-2024.01`, `202001-202012`),
/// which the grammar reads as a range of numbers.
pub(crate) fn is_period(value: &Value) -> bool {
    let year_month = |n: Decimal| {
        let hundred = Decimal::ONE_HUNDRED;
        let (whole, month) = if n.fract().is_zero() {
            (n.checked_div(hundred)?, n.checked_rem(hundred)?)
        } else {
            (n.trunc(), n.fract().checked_mul(hundred)?.round())
        };
        Some(
            (Decimal::from(1990)..=Decimal::from(2100)).contains(&whole.trunc())
                && (Decimal::ONE..=Decimal::from(12)).contains(&month),
        )
    };
    matches!(&value.kind, ValueKind::Range(r)
        if r.unit.is_empty() && year_month(r.low) == Some(true) && year_month(r.high) == Some(true))
}

/// A row's name, trimmed. Some offices' forms name the indicator in its description column
/// (指标名称 holding the category, 指标描述 the indicator): on a form other than the five local
/// ones, a row without a name is named by its description.
fn row_name(indicator: &Indicator, local: bool) -> &str {
    let name = indicator.name.trim();
    if name.is_empty() && !local {
        indicator.description.trim()
    } else {
        name
    }
}

/// An amount in 元 shown in `unit`, without trailing zeros: `5744 万元`, `0.7932 万元`.
pub(crate) fn show_money(yuan: Decimal, unit: MoneyUnit) -> String {
    format!("{} {}", show_number(unit.from_yuan(yuan)), unit.label())
}

/// A number without trailing zeros or exponent: `10913`, `8.2768`.
pub(crate) fn show_number(number: Decimal) -> String {
    number.normalize().to_string()
}

/// The part of an indicator name after a leading `指标 1：` numbering.
pub(crate) fn after_numbering(name: &str) -> &str {
    let mut chars = name.char_indices().filter(|(_, c)| !c.is_whitespace());
    if !matches!(chars.next(), Some((_, '指'))) || !matches!(chars.next(), Some((_, '标'))) {
        return name;
    }
    let mut digits = 0_usize;
    for (i, c) in chars {
        match c {
            '0'..='9' => digits = digits.saturating_add(1),
            ':' | '：' | '、' | '.' if digits > 0 => {
                return name.get(i.saturating_add(c.len_utf8())..).unwrap_or(name);
            }
            _ => return name,
        }
    }
    name
}

/// Whether two texts are the same ignoring white space; compares without allocating.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    let visible = |c: &char| !c.is_whitespace();
    a == b || a.chars().filter(visible).eq(b.chars().filter(visible))
}

/// The first and last visible characters of a text.
pub(crate) type TextKey = (Option<char>, Option<char>);

/// A cheap key of a text ignoring white space: its first and last characters. Texts that
/// [`same_text`] finds the same have the same key, so most pairs of different names are told
/// apart without comparing them.
pub(crate) fn text_key(text: &str) -> TextKey {
    let visible = |c: &char| !c.is_whitespace();
    (text.chars().find(visible), text.chars().rev().find(visible))
}

/// An indicator name without white space and without a leading `指标 1：` numbering. Borrows
/// when there is nothing to take away, as for most names.
pub(crate) fn name_core(name: &str) -> Cow<'_, str> {
    let core = after_numbering(name).trim();
    if core.contains(char::is_whitespace) {
        Cow::Owned(core.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(core)
    }
}

/// Whether a trimmed name or value only says "not applicable" (`无`, `/`, `—`, `不适用`).
pub(crate) fn is_not_applicable(text: &str) -> bool {
    text.len() <= "无此项".len()
        && matches!(
            text,
            "无" | "/" | "／" | "-" | "－" | "—" | "——" | "不适用" | "暂无" | "无此项"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn money_is_shown_in_the_record_unit_without_trailing_zeros() {
        assert_eq!(
            show_money(dec!(57440000.000000), MoneyUnit::TenThousandYuan),
            "5744 万元"
        );
        assert_eq!(
            show_money(dec!(7932), MoneyUnit::TenThousandYuan),
            "0.7932 万元"
        );
        assert_eq!(show_money(dec!(200000), MoneyUnit::Yuan), "200000 元");
    }

    #[test]
    fn numbered_names_compare_by_what_follows_the_number() {
        assert_eq!(name_core("指标 1：招聘 完成率"), "招聘完成率");
        assert_eq!(name_core("指标 2: 工伤案件结案率"), "工伤案件结案率");
        assert_eq!(name_core("指标完成率"), "指标完成率");
        assert_eq!(after_numbering("指标 1：招聘完成率"), "招聘完成率");
        assert!(same_text(
            after_numbering("指标 1：招聘 完成率"),
            "招聘完成率"
        ));
        assert!(!same_text("招聘完成率", "招聘次数"));
    }
}
