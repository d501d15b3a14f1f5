//! The 一体化 indicator list (`jixiao export --flat`): every table put in the list's form, one
//! row per indicator, with its target split over 计算符号 / 指标值 / 计量单位 and its 指标方向.
//!
//! This is a conversion of the records, not a writer of its own: the converted workbook is drawn
//! by the list's grid like any other, so its canonical text, its .xlsx and an import of either
//! agree with every other form. What the conversion could not say in the list's cells is
//! returned as notes for the caller to show.

mod split;

use crate::layout::Layout;
use crate::model::{
    Funding, Indicator, IndicatorCell, IndicatorColumn, Record, RecordKind, Workbook,
};
use std::fmt;

/// Something the conversion to the list could not write as it was: a target left whole as 定性,
/// or a part of a table the list has no place for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlatNote {
    /// Index of the table in the workbook.
    pub table: usize,
    /// The table's project name (or title), for messages.
    pub table_name: String,
    /// The indicator's name, empty for a note about the whole table.
    pub indicator: String,
    /// The text concerned (the target as written), may be empty.
    pub value: String,
    /// What was done, in Chinese.
    pub message: String,
}

impl fmt::Display for FlatNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "表{}「{}」",
            self.table.saturating_add(1),
            self.table_name
        )?;
        if !self.indicator.is_empty() {
            write!(f, " 指标「{}」", self.indicator)?;
        }
        if !self.value.is_empty() {
            write!(f, " 指标值「{}」", self.value)?;
        }
        write!(f, "：{}", self.message)
    }
}

/// The columns of the list after 一级 and 二级 that every exported list has.
const FIXED: [IndicatorCell; 6] = [
    IndicatorCell::Name,
    IndicatorCell::Operator,
    IndicatorCell::Target,
    IndicatorCell::Unit,
    IndicatorCell::Weight,
    IndicatorCell::Direction,
];

/// The word the list writes in 计算符号 for a target in words.
const QUALITATIVE: &str = "定性";

/// Every table of `workbook` as an 一体化 list, and the notes on what could not be written as it
/// was. Draw the result with [`super::workbook_text`] or [`super::workbook_xlsx`].
pub fn flat_workbook(workbook: &Workbook) -> (Workbook, Vec<FlatNote>) {
    let mut notes = Vec::new();
    let records = workbook
        .records
        .iter()
        .enumerate()
        .map(|(table, record)| flat_record(record, table, &mut notes))
        .collect();
    (Workbook { records }, notes)
}

/// `record` as an 一体化 list; notes name it as table `table`.
fn flat_record(record: &Record, table: usize, notes: &mut Vec<FlatNote>) -> Record {
    let table_name = if record.header.name.trim().is_empty() {
        record.title.clone()
    } else {
        record.header.name.clone()
    };
    let mut note = |indicator: &str, value: &str, message: String| {
        notes.push(FlatNote {
            table,
            table_name: table_name.clone(),
            indicator: indicator.to_string(),
            value: value.to_string(),
            message,
        });
    };
    for part in left_out(record) {
        note("", "", format!("{part}不在一体化清单中，未导出"));
    }
    let mut flat = record.clone();
    flat.columns = columns(record);
    flat.layout = Layout::IndicatorList;
    flat.funding = Funding::None;
    flat.spending_plan = None;
    flat.evaluation = None;
    flat.medium_groups.clear();
    flat.cost_lines.clear();
    for indicator in flat
        .groups
        .iter_mut()
        .flat_map(|g| &mut g.groups)
        .flat_map(|g| &mut g.indicators)
    {
        if let Some(message) = split_target(indicator) {
            note(&indicator.name, &indicator.target, message);
        }
    }
    flat
}

/// The parts of `record` the list has no cells for, named for a note.
fn left_out(record: &Record) -> Vec<&'static str> {
    let mut parts = Vec::new();
    if record.funding != Funding::None {
        parts.push("资金来源明细");
    }
    if record
        .spending_plan
        .as_ref()
        .is_some_and(|plan| plan.points().iter().any(|(_, amount)| !amount.is_blank()))
    {
        parts.push("资金支出计划");
    }
    if record.evaluation.is_some() {
        parts.push("自评资金表、总分和评价结论");
    }
    if !record.medium_groups.is_empty() {
        parts.push("中期绩效指标");
    }
    if !record.cost_lines.is_empty() {
        parts.push("成本构成");
    }
    parts
}

/// The list's columns for `record`: the fixed ones, then every other column the record fills
/// (指标性质, 绩效指标描述, 实际完成值, 得分 …), so nothing written is lost. 分值 on a
/// self-evaluation, 权重 on a target table.
fn columns(record: &Record) -> Vec<IndicatorColumn> {
    let filled = |cell: IndicatorCell| {
        record
            .indicators()
            .any(|(_, _, _, ind)| !ind.text(cell).trim().is_empty())
    };
    let others = IndicatorCell::ALL
        .into_iter()
        .filter(|cell| !FIXED.contains(cell) && *cell != IndicatorCell::Value)
        .filter(|&cell| filled(cell));
    // Columns no form names keep their own headings, after the named ones.
    let unnamed = record
        .columns
        .iter()
        .filter(|c| matches!(c.cell, IndicatorCell::Other(_)))
        .map(|c| IndicatorColumn {
            guessed: false,
            ..c.clone()
        });
    FIXED
        .into_iter()
        .chain(others)
        .map(|cell| IndicatorColumn {
            cell,
            heading: heading(record, cell).to_string(),
            guessed: false,
        })
        .chain(unnamed)
        .collect()
}

/// The heading of `cell` in the list.
fn heading(record: &Record, cell: IndicatorCell) -> &'static str {
    match cell {
        IndicatorCell::Target => "指标值",
        IndicatorCell::Weight if record.kind == RecordKind::Target => "权重",
        _ => cell.label(),
    }
}

/// Puts the target of `indicator` in the split cells: a one-cell value split by the grammar,
/// split cells kept as written, words as 定性. Fills 指标方向 from the comparison where it is
/// empty. Returns a note's message when the value could not be split.
fn split_target(indicator: &mut Indicator) -> Option<String> {
    if indicator.direction.trim().is_empty() {
        indicator.direction = indicator
            .direction_of()
            .map(|d| d.word().to_string())
            .unwrap_or_default();
    }
    let value = std::mem::take(&mut indicator.value);
    let already_split = indicator.has_split_target() || !indicator.operator.trim().is_empty();
    if already_split {
        if indicator.target.trim().is_empty() {
            indicator.target = value;
        }
        if indicator.operator.trim().is_empty() && indicator.is_marked_qualitative() {
            indicator.operator = QUALITATIVE.into();
        }
        return None;
    }
    if value.trim().is_empty() {
        return None;
    }
    if let Some(split) = split::split(&value) {
        indicator.operator = split
            .comparison
            .map(|c| c.sign())
            .unwrap_or_default()
            .into();
        indicator.target = split.target;
        indicator.unit = split.unit;
        return None;
    }
    indicator.operator = QUALITATIVE.into();
    indicator.target = value;
    let words = crate::value::parse(&indicator.target).kind == crate::value::ValueKind::Qualitative;
    (!words).then(|| "无法拆分为计算符号、指标值和计量单位，按定性导出，指标值照原文".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level1Group;

    fn listed(values: &[&str]) -> Record {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        record.header.name = "示例项目".into();
        let group: &mut Level1Group = &mut record.groups[0];
        group.groups[0].indicators = values
            .iter()
            .map(|v| Indicator::new(format!("指标{v}"), *v))
            .collect();
        record
    }

    fn cells(ind: &Indicator) -> [&str; 4] {
        [&ind.operator, &ind.target, &ind.unit, &ind.direction]
    }

    #[test]
    fn one_cell_targets_are_split_and_words_are_qualitative() {
        let workbook = Workbook {
            records: vec![listed(&["≥95%", "≤2%", "效果显著", "144 个"])],
        };
        let (flat, notes) = flat_workbook(&workbook);
        assert!(notes.is_empty(), "{notes:?}");
        let record = &flat.records[0];
        assert_eq!(record.layout, Layout::IndicatorList);
        let rows: Vec<_> = record.indicators().map(|(_, _, _, i)| cells(i)).collect();
        assert_eq!(
            rows,
            [
                ["≥", "95", "%", "正向"],
                ["≤", "2", "%", "反向"],
                ["定性", "效果显著", "", ""],
                ["", "144", "个", ""],
            ]
        );
    }

    #[test]
    fn a_value_that_cannot_be_split_is_qualitative_with_a_note() {
        let workbook = Workbook {
            records: vec![listed(&["城镇一类区4万元/人，二类区3.8万元/人"])],
        };
        let (flat, notes) = flat_workbook(&workbook);
        let (_, _, _, ind) = flat.records[0].indicators().next().unwrap();
        assert_eq!(ind.operator, "定性");
        assert_eq!(ind.target, "城镇一类区4万元/人，二类区3.8万元/人");
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].table, 0);
        assert!(
            notes[0].to_string().contains("表1「示例项目」"),
            "{}",
            notes[0]
        );
    }

    #[test]
    fn split_cells_are_kept_as_written() {
        let mut record = listed(&[]);
        record.groups[0].groups[0].indicators.push(Indicator {
            operator: "大于等于".into(),
            target: "98".into(),
            unit: "%".into(),
            ..Indicator::new("满意度", "")
        });
        let (flat, _) = flat_workbook(&Workbook {
            records: vec![record],
        });
        let (_, _, _, ind) = flat.records[0].indicators().next().unwrap();
        assert_eq!(cells(ind), ["大于等于", "98", "%", "正向"]);
    }
}
