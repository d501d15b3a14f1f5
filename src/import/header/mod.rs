//! Reading the header rows of a table (project, departments, money, goals) into a record.
//!
//! All five forms print label cells followed by value cells; a label followed by another label
//! has its value on the rows below (`预算规模及资金用途`, the spending plan, the self-evaluation
//! money table). The generic reader pairs labels with values and carries text fields over to
//! continuation rows; each layout says where a label's value goes and reads its own tables.

mod county;
mod hebei;
mod region;
mod self_evaluation;

use super::labels::{self, Key, KeyMatch};
use super::notes::Notes;
use super::segment::{Row, Table};
use super::text::{has_broken_space, is_cjk, squeeze};
use crate::layout::Layout;
use crate::model::{Amount, MoneyUnit, Record};

/// One cell of a header row: a recognised label or a value.
#[derive(Debug, Clone)]
pub(super) enum Item<'t> {
    /// A label of the form.
    Label {
        /// Which label.
        key: Key,
        /// Its column.
        col: usize,
        /// The unit the label names (`项目年度金额(元)`).
        unit: Option<MoneyUnit>,
        /// The end of the label the cell lacked (`金` of `自治区资金`), found on the row below.
        tail: Option<&'static str>,
    },
    /// Anything else.
    Text {
        /// Its column.
        col: usize,
        /// The text, trimmed.
        text: &'t str,
    },
}

/// The cells of a header row as labels and values, noting labels that extraction broke.
pub(super) fn scan<'t>(
    cells: &'t [super::rows::Cell<'_>],
    line: usize,
    notes: &mut Notes,
) -> Vec<Item<'t>> {
    let mut items = Vec::with_capacity(cells.len());
    for cell in cells {
        let text: &str = &cell.text;
        if let Some(KeyMatch {
            key,
            completed,
            unit,
        }) = labels::header_key(text)
        {
            let mut tail = None;
            if let Some(full) = completed {
                notes.add(
                    line,
                    text,
                    format!("标签「{text}」不完整（跨行断开），按「{full}」识别"),
                );
                let have = squeeze(text).chars().count();
                tail = full
                    .char_indices()
                    .nth(have)
                    .and_then(|(at, _)| full.get(at..));
            } else if has_broken_space(text) {
                notes.add(
                    line,
                    text,
                    format!("标签「{text}」被空格断开，已按连续文字识别"),
                );
            }
            items.push(Item::Label {
                key,
                col: cell.col,
                unit,
                tail,
            });
            continue;
        }
        if let Some((point, amount)) = labels::plan_point_with_amount(text) {
            notes.add(line, text, "计划时点与金额挤在一个单元格，已拆开读取");
            items.push(Item::Label {
                key: Key::PlanPoint(point),
                col: cell.col,
                unit: None,
                tail: None,
            });
            let offset = text.len() - amount.len().min(text.len());
            let value = text.get(offset..).unwrap_or_default().trim();
            items.push(Item::Text {
                col: cell.col,
                text: if value.is_empty() { text } else { value },
            });
            continue;
        }
        items.push(Item::Text {
            col: cell.col,
            text,
        });
    }
    items
}

/// What a layout does with the labels of its header.
trait Fields {
    /// Stores `value` (empty when the label had none) under `key`; false when the layout has no
    /// such field.
    fn assign(&mut self, record: &mut Record, key: Key, value: &str) -> bool;

    /// Reads a row the generic pairing cannot (plan points, money tables); true when consumed.
    fn special(
        &mut self,
        _record: &mut Record,
        _items: &[Item<'_>],
        _line: usize,
        _notes: &mut Notes,
    ) -> bool {
        false
    }

    /// Called once after the last header row.
    fn finish(&mut self, _record: &mut Record, _notes: &mut Notes, _first_line: usize) {}
}

/// A header row as labels and values.
pub(super) struct ScannedRow<'t> {
    /// 1-based source line.
    pub line: usize,
    /// The row's cells.
    pub items: Vec<Item<'t>>,
}

/// Scans the header part of `table` once, for detecting the layout and for reading.
pub(super) fn scan_rows<'t>(
    table: &'t Table<'_>,
    rows: &[Row],
    notes: &mut Notes,
) -> Vec<ScannedRow<'t>> {
    rows.iter()
        .map(|row| ScannedRow {
            line: row.span.line,
            items: scan(table.cells_of(row), row.span.line, notes),
        })
        .collect()
}

/// Reads the scanned header rows into `record`, whose layout is already known. Returns the unit
/// a label named (`项目年度金额(元)`), if any.
pub(super) fn read(
    rows: &[ScannedRow<'_>],
    record: &mut Record,
    notes: &mut Notes,
) -> Option<MoneyUnit> {
    let mut fields: Box<dyn Fields> = match record.layout {
        // The forms read by their headings never reach this reader; the county fields are a
        // harmless fallback.
        Layout::CountyForm
        | Layout::CodedCountyForm
        | Layout::NationalTarget
        | Layout::IndicatorList
        | Layout::NationalSelfEvaluation
        | Layout::Headings => Box::new(county::County),
        Layout::RegionForm => Box::<region::Region>::default(),
        Layout::HebeiDisclosure => Box::<hebei::Hebei>::default(),
        Layout::SelfEvaluation => Box::<self_evaluation::SelfEvaluation>::default(),
    };
    let mut unit = None;
    let mut pending: Option<Key> = None;
    let mut tails: Vec<&'static str> = Vec::new();
    for ScannedRow { line, items } in rows {
        let line = *line;
        let before = text_lengths(record);
        for item in items {
            if let Item::Label {
                unit: Some(found), ..
            } = item
            {
                unit = Some(*found);
            }
        }
        if items.is_empty() {
            continue;
        }
        if fields.special(record, items, line, notes) {
            pending = None;
        } else {
            let row = Paired {
                items,
                line,
                tails: &tails,
            };
            pending = pair(fields.as_mut(), record, &row, pending, notes);
        }
        tails.extend(items.iter().filter_map(|i| match i {
            Item::Label { tail, .. } => *tail,
            Item::Text { .. } => None,
        }));
        note_damaged_text(record, before, line, notes);
    }
    fields.finish(record, notes, rows.first().map_or(0, |r| r.line));
    let h = &mut record.header;
    for field in [&mut h.goal, &mut h.goal_result, &mut h.fund_use] {
        if let Some(clean) = without_markup(field) {
            *field = clean;
        }
    }
    unit
}

fn text_lengths(record: &Record) -> [usize; 3] {
    let h = &record.header;
    [h.goal.len(), h.goal_result.len(), h.fund_use.len()]
}

/// Notes web markup (`<p>…</p>`) and lost glyphs (`？ ？`) in the text a row added.
fn note_damaged_text(record: &Record, before: [usize; 3], line: usize, notes: &mut Notes) {
    let h = &record.header;
    for (text, from) in [&h.goal, &h.goal_result, &h.fund_use]
        .into_iter()
        .zip(before)
    {
        let added = text.get(from..).unwrap_or_default();
        if has_markup(added) {
            notes.add(
                line,
                added,
                "文字中夹有网页段落标记 <p></p>，已去掉标记并按段换行",
            );
        }
        if added.contains('？') && (added.contains("？ ？") || added.contains("？？")) {
            notes.add(
                line,
                added,
                "文字中有连续的「？」，可能是提取时丢失的字，原文保留",
            );
        }
    }
}

fn has_markup(text: &str) -> bool {
    // Every cell is asked: one search for the bracket passes over the cells without markup.
    text.contains('<')
        && ["<p>", "</p>", "<br>", "<br/>", "<br />"]
            .iter()
            .any(|tag| text.contains(tag))
}

/// The text with `<p>` paragraphs and `<br>` breaks turned into lines, when it has any.
fn without_markup(text: &str) -> Option<String> {
    if !has_markup(text) {
        return None;
    }
    let mut spaced = text.to_string();
    for tag in ["</p>", "<br />", "<br/>", "<br>"] {
        spaced = spaced.replace(tag, "\n");
    }
    let spaced = spaced.replace("<p>", "\n");
    let lines: Vec<&str> = spaced
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Some(lines.join("\n"))
}

/// A header row to pair, with the label ends broken off onto earlier rows' neighbours.
struct Paired<'p, 't> {
    items: &'p [Item<'t>],
    line: usize,
    tails: &'p [&'static str],
}

/// Pairs labels with the values after them; returns the text field later rows continue.
fn pair(
    fields: &mut dyn Fields,
    record: &mut Record,
    row: &Paired<'_, '_>,
    pending: Option<Key>,
    notes: &mut Notes,
) -> Option<Key> {
    let Paired { items, line, tails } = *row;
    let has_label = items.iter().any(|i| matches!(i, Item::Label { .. }));
    let mut next_pending = None;
    let mut i = 0;
    while let Some(item) = items.get(i) {
        match item {
            Item::Label { key, .. } => {
                let value = match items.get(i + 1) {
                    Some(Item::Text { text, .. }) => {
                        i += 1;
                        *text
                    }
                    _ => "",
                };
                if key.is_text() {
                    next_pending = Some(*key);
                }
                if !fields.assign(record, *key, value) && !value.is_empty() {
                    notes.unplaced(
                        line,
                        value,
                        &format!("此表格式没有「{}」一栏", key_name(*key)),
                    );
                }
            }
            Item::Text { text, .. } => {
                let target = match pending {
                    Some(key) if !has_label => Some(key),
                    _ if !has_label && record.header.goal.is_empty() && looks_like_goal(text) => {
                        notes.add(line, text, "这一行缺少「绩效目标」标签，按位置读作绩效目标");
                        Some(Key::Goal)
                    }
                    _ => None,
                };
                match target {
                    Some(key) => {
                        append_text(record, key, text);
                        next_pending = Some(key);
                    }
                    None if tails.contains(text) => notes.add(
                        line,
                        text,
                        format!("「{text}」是上方跨行断开的标签的末尾，已随该标签读入"),
                    ),
                    None => notes.unplaced(line, text, "表头中无法识别归属的单元格"),
                }
            }
        }
        i += 1;
    }
    next_pending
}

/// Goals are sentences; a short fragment (`金`) left over from a broken label is not one.
fn looks_like_goal(text: &str) -> bool {
    text.chars().filter(|&c| is_cjk(c)).count() >= 8
}

/// Appends a continuation line to a text field, on a new line.
fn append_text(record: &mut Record, key: Key, text: &str) {
    let field = match key {
        Key::FundUse => &mut record.header.fund_use,
        _ => &mut record.header.goal,
    };
    push_line(field, text);
}

/// Appends `text` to a text field as a line of its own; empty text adds nothing.
fn push_line(field: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !field.is_empty() {
        field.push('\n');
    }
    field.push_str(text);
}

/// Stores the fields every layout shares; false for keys that are layout-specific.
fn assign_common(record: &mut Record, key: Key, value: &str) -> bool {
    let h = &mut record.header;
    let slot = match key {
        Key::Name => &mut h.name,
        Key::Code => &mut h.code,
        Key::Department => &mut h.department,
        Key::Implementer => &mut h.implementer,
        Key::ProjectKind => &mut h.project_kind,
        Key::Duration => &mut h.duration,
        Key::Office => &mut h.office,
        Key::Goal => &mut h.goal,
        Key::FundUse => &mut h.fund_use,
        _ => return false,
    };
    push_line(slot, value);
    true
}

/// An amount cell as written.
fn amount(value: &str) -> Amount {
    Amount::new(value)
}

/// The Chinese name of a label, for notes.
fn key_name(key: Key) -> &'static str {
    match key {
        Key::Name => "项目名称",
        Key::Code => "项目编码",
        Key::Department => "主管部门",
        Key::Implementer => "实施单位",
        Key::ProjectKind => "项目属性",
        Key::Duration => "项目期限",
        Key::Office => "资金主管处室",
        Key::CountyAmount => "项目年度金额",
        Key::RegionAmount => "项目总额",
        Key::HebeiAmount => "预算数",
        Key::AnnualTotal => "年度资金总额",
        Key::HebeiFiscal => "财政资金",
        Key::OtherFunds => "其他资金",
        Key::FundUse => "资金用途",
        Key::Plan => "资金支出计划",
        Key::PlanPoint(_) => "资金支出计划时点",
        Key::Goal => "绩效目标",
        Key::LocalBlock => "本级资金",
        Key::FundTotal => "资金总额",
        Key::Fiscal => "财政拨款",
        Key::Carryover => "结余结转资金",
        Key::TransferBlock => "转移市县(区)资金",
        Key::Central => "中央资金",
        Key::RegionFunds => "自治区资金",
        Key::EvalMoney => "项目资金",
        Key::InitialBudget => "年初预算数",
        Key::FullYearBudget => "全年预算数",
        Key::Executed => "全年执行数",
        Key::GoalBlock => "年度总体目标",
        Key::InitialGoal => "年初设定目标",
        Key::GoalResult => "年度总体目标完成情况",
    }
}

/// The column nearest to `col` among `columns`, within one column.
fn nearest<T: Copy>(columns: &[(T, usize)], col: usize) -> Option<T> {
    columns
        .iter()
        .min_by_key(|(_, c)| c.abs_diff(col))
        .filter(|(_, c)| c.abs_diff(col) <= 1)
        .map(|(t, _)| *t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_paragraphs_become_lines() {
        assert_eq!(
            without_markup("<p>目标 1: 甲。</p> <p>目标 2: 乙。</p>").as_deref(),
            Some("目标 1: 甲。\n目标 2: 乙。")
        );
        assert_eq!(without_markup("目标 1: 甲。"), None);
    }
}
