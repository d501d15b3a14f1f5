//! What every rule reads: the record, each indicator with its value parsed once, and the few
//! ways of naming and showing money that all messages share.

use super::{Finding, Severity};
use crate::layout::Layout;
use crate::model::{
    Amount, HeaderField, Indicator, IndicatorCell, IndicatorPath, Level1Group, Level2Group,
    MoneyUnit, Place, Record,
};
use crate::value::{self, Value};
use rust_decimal::Decimal;

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
    /// The target value, parsed.
    pub value: Value,
}

impl Line<'_> {
    /// The place of one cell of this row.
    pub fn place(&self, cell: IndicatorCell) -> Place {
        Place::Indicator(self.path, cell)
    }

    /// The row's name for messages: `「招聘完成率」`, or its position when it has no name.
    pub fn title(&self) -> String {
        let name = self.indicator.name.trim();
        if name.is_empty() {
            format!("第{}行", self.path.row + 1)
        } else {
            format!("「{name}」")
        }
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
}

impl<'a> Context<'a> {
    /// Prepares `record` (at `index` in its workbook), parsing every value once.
    pub fn new(record: &'a Record, index: usize) -> Context<'a> {
        let lines = record
            .indicators()
            .map(|(path, level1, level2, indicator)| Line {
                path,
                level1,
                level2,
                indicator,
                value: value::parse(&indicator.value),
            })
            .collect();
        Context {
            record,
            index,
            lines,
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
            place,
            message: message.into(),
            fixes: Vec::new(),
        }
    }

    /// The record's money unit.
    pub fn unit(&self) -> MoneyUnit {
        self.record.unit
    }

    /// An amount cell's value in 元, when it holds a number.
    pub fn yuan(&self, amount: &Amount) -> Option<Decimal> {
        amount.value().map(|v| self.unit().to_yuan(v))
    }

    /// An amount in 元 shown in the record's unit: `5744 万元`.
    pub fn show(&self, yuan: Decimal) -> String {
        show_money(yuan, self.unit())
    }

    /// What the layout calls the header amount (`项目年度金额`, `预算数`, `项目总额`, `全年预算数`).
    pub fn amount_label(&self) -> &'static str {
        amount_label(self.record.layout)
    }
}

/// What `layout` calls the header amount.
pub(crate) fn amount_label(layout: Layout) -> &'static str {
    match layout {
        Layout::CountyForm | Layout::CodedCountyForm => HeaderField::Amount.label(),
        Layout::HebeiDisclosure => "预算数",
        Layout::RegionForm => "项目总额",
        Layout::SelfEvaluation => "全年预算数",
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

/// An indicator name without white space and without a leading `指标 1：` numbering, for
/// comparing names.
pub(crate) fn name_core(name: &str) -> String {
    let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(rest) = compact.strip_prefix("指标") else {
        return compact;
    };
    let after_number = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if after_number.len() == rest.len() {
        return compact;
    }
    match after_number.strip_prefix([':', '：', '、', '.']) {
        Some(tail) => tail.to_string(),
        None => compact,
    }
}

/// Whether a name or value only says "not applicable" (`无`, `/`, `—`, `不适用`).
pub(crate) fn is_not_applicable(text: &str) -> bool {
    matches!(
        text.trim(),
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
    }
}
