//! Rolling a table forward (结转): last year's table, or last year's self-evaluation, becomes
//! next year's target table.
//!
//! What moves is the budget year and the dates that belong to it, by the difference between the
//! table's budget year and the year it is rolled to: the budget year itself, and in every text
//! cell (title, project name, goals, values, bases, labelled cells) each date or deadline of the
//! budget year (`2026年12月底`, `2026 年度`, `2026年6月30日前`, `2026年工作计划`), plus the
//! deadlines that close it (`2027年1月1日前` in a 2026 table, which the `date-year` rule also
//! counts as the budget year's). What stays: every other year — a policy's (`2019年出台`), a base
//! year (`较2025年增长`, even one equal to the budget year), a span over several years
//! (`2020—2025年`, `2026—2028年`), a date of a later year (a milestone of a project running over
//! several years keeps its date) — and amounts, names and the tree. Dates are found by the value
//! grammar ([`crate::value::find_years`]), and only their digits are rewritten, so spacing and
//! wording stay as written.
//!
//! A self-evaluation becomes next year's target table in its layout's target form
//! ([`Layout::target_form`]): the scores, actual values, deviation texts, the evaluation money
//! table, the total and the closing texts are cleared, each clearing a change; weights stay
//! where the target form prints them; a title naming the 自评表 names the 目标表.
//!
//! Every change is listed; the record's notes get one note saying where it was rolled from.

use super::places::{paths, word_places};
use crate::layout::Layout;
use crate::model::{
    ClosingText, HeaderField, ImportNote, IndicatorCell, MoneyCell, Place, Record, RecordKind,
    Workbook,
};
use crate::value::{YearRole, find_years};
use serde::Serialize;

/// The years a table can be rolled to: those the value grammar reads as years, so every date
/// written stays readable.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// One change rolling forward made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Where: the cell's place, [`Place::Record`] for what no place addresses (title, form,
    /// scoring method).
    pub place: Place,
    /// Where, in Chinese (`产出指标/时效指标/第1行 指标值（完成时间）`, `标题`).
    pub location: String,
    /// The text before.
    pub old: String,
    /// The text after; empty when the cell was cleared.
    pub new: String,
}

impl Change {
    /// The change in plain Chinese: `标题：「…」改为「…」`, `得分：清空「9」`.
    pub fn message(&self) -> String {
        if self.new.is_empty() {
            format!("{}：清空「{}」", self.location, self.old)
        } else {
            format!("{}：「{}」改为「{}」", self.location, self.old, self.new)
        }
    }
}

/// Why a table cannot be rolled forward.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RolloverError {
    /// The year to roll to is not a year a table can have.
    #[error("结转年度 {0} 不是有效的年份（须在 1900—2100 年之间）")]
    YearOutOfRange(i64),
    /// The year to roll to is not a number.
    #[error("结转年度「{0}」不是年份，请写四位数字，如 2027")]
    NotAYear(String),
    /// The table has no budget year to move from.
    #[error("「{0}」没有预算年度，无法结转")]
    NoYear(String),
    /// The year to roll to is not after the table's budget year.
    #[error("「{name}」的预算年度是 {from} 年，结转年度 {to} 年须晚于它")]
    NotLater {
        /// The table.
        name: String,
        /// Its budget year.
        from: i32,
        /// The year asked for.
        to: i32,
    },
}

/// The year to roll to, checked: any integer text the user typed (`--to 99999`).
pub fn parse_year(text: &str) -> Result<i32, RolloverError> {
    let year: i64 = text
        .trim()
        .parse()
        .map_err(|_| RolloverError::NotAYear(text.to_string()))?;
    i32::try_from(year)
        .ok()
        .filter(|y| YEARS.contains(y))
        .ok_or(RolloverError::YearOutOfRange(year))
}

/// `record` rolled forward to the budget year `to_year`, with every change made.
pub fn rollover(record: &Record, to_year: i32) -> Result<(Record, Vec<Change>), RolloverError> {
    let name = table_name(record);
    let from = record
        .year
        .ok_or_else(|| RolloverError::NoYear(name.clone()))?;
    if !YEARS.contains(&to_year) {
        return Err(RolloverError::YearOutOfRange(to_year.into()));
    }
    if to_year <= from {
        return Err(RolloverError::NotLater {
            name,
            from,
            to: to_year,
        });
    }
    let mut next = record.clone();
    let mut changes = vec![Change {
        place: Place::Header(HeaderField::Year),
        location: HeaderField::Year.label().into(),
        old: from.to_string(),
        new: to_year.to_string(),
    }];
    next.year = Some(to_year);
    let mut cleared = Vec::new();
    let converted = next.is_self_evaluation();
    if converted {
        changes.push(to_target(&mut next, &mut cleared));
    }
    let shift = Shift { from, to: to_year };
    let mut title = shift
        .text(&next.title)
        .unwrap_or_else(|| next.title.clone());
    if converted {
        title = title.replace("自评表", "目标表");
    }
    if title != next.title {
        changes.push(unplaced("标题", &next.title, &title));
        next.title = title;
    }
    for place in word_places(&next) {
        let Some(new) = next.text_at(place).and_then(|old| shift.text(old)) else {
            continue;
        };
        changes.push(placed(&next, place, &new));
        next.set_text_at(place, &new);
    }
    if let Some(e) = next.evaluation.as_mut()
        && let Some(new) = shift.text(&e.scoring_method)
    {
        changes.push(unplaced("得分计算方法", &e.scoring_method, &new));
        e.scoring_method = new;
    }
    changes.extend(cleared);
    next.notes.push(ImportNote {
        line: 0,
        seen: String::new(),
        action: format!("由 {from} 年度结转到 {to_year} 年度"),
        doubt: false,
    });
    Ok((next, changes))
}

/// Every table of `workbook` rolled forward to `to_year`, with each table's changes; the first
/// table that cannot be rolled stops it.
pub fn rollover_workbook(
    workbook: &Workbook,
    to_year: i32,
) -> Result<(Workbook, Vec<Vec<Change>>), RolloverError> {
    let (records, changes) = workbook
        .records
        .iter()
        .map(|r| rollover(r, to_year))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .unzip();
    Ok((Workbook { records }, changes))
}

/// The changes of a rolled workbook in plain Chinese, table by table, as the command line
/// prints them and the editor shows them.
pub fn report(workbook: &Workbook, changes: &[Vec<Change>]) -> String {
    use std::fmt::Write as _;
    let mut text = String::new();
    for (index, (record, mine)) in workbook.records.iter().zip(changes).enumerate() {
        text.push_str(&record_report(index, record, mine));
    }
    let count: usize = changes.iter().map(Vec::len).sum();
    let _ = writeln!(text, "共 {} 张表，{count} 处改动", workbook.records.len());
    text
}

/// The changes of the rolled table at `index`: its heading, then one change a line.
pub fn record_report(index: usize, record: &Record, changes: &[Change]) -> String {
    let mut text = format!("{}\n", crate::cli::record_heading(index, record));
    for change in changes {
        text.push_str(&format!("  {}\n", change.message()));
    }
    text
}

/// How a message names the table.
fn table_name(record: &Record) -> String {
    [&record.header.name, &record.title]
        .into_iter()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .unwrap_or("未命名的表")
        .to_string()
}

/// The change writing `new` at `place` of `record`, described before it is written.
fn placed(record: &Record, place: Place, new: &str) -> Change {
    let mut location = place.describe(record);
    let name = match place {
        Place::Indicator(path, cell) if cell != IndicatorCell::Name => record.indicator(path),
        _ => None,
    };
    if let Some(ind) = name.filter(|i| !i.name.trim().is_empty()) {
        location = format!("{location}（{}）", ind.name.trim());
    }
    Change {
        place,
        location,
        old: record.text_at(place).unwrap_or_default().to_string(),
        new: new.to_string(),
    }
}

/// A change of what no place addresses.
fn unplaced(location: &str, old: &str, new: &str) -> Change {
    Change {
        place: Place::Record,
        location: location.into(),
        old: old.into(),
        new: new.into(),
    }
}

/// The indicator cells a target table never carries: what the year achieved and how it scored.
const RESULT_CELLS: [IndicatorCell; 3] = [
    IndicatorCell::Actual,
    IndicatorCell::Score,
    IndicatorCell::Deviation,
];

/// Puts a self-evaluation in its target form, clearing what the year achieved (each clearing
/// pushed to `cleared`); returns the change of form.
fn to_target(record: &mut Record, cleared: &mut Vec<Change>) -> Change {
    let before = form_name(record);
    let target = record.layout.target_form();
    let mut places: Vec<Place> = Vec::new();
    if record.evaluation.is_some() {
        places.extend(MoneyCell::ALL.into_iter().filter_map(|cell| match cell {
            MoneyCell::Evaluation(..) | MoneyCell::TotalScore => Some(Place::Money(cell)),
            _ => None,
        }));
        places.push(Place::Closing(ClosingText::Grade));
        places.extend(ClosingText::AFTER_INDICATORS.map(Place::Closing));
    }
    places.push(Place::Header(HeaderField::GoalResult));
    let mut cells = RESULT_CELLS.to_vec();
    if !prints_in(record, target, IndicatorCell::Weight) {
        cells.push(IndicatorCell::Weight);
    }
    for path in paths(&record.groups) {
        places.extend(cells.iter().map(|&cell| Place::Indicator(path, cell)));
    }
    for path in paths(&record.medium_groups) {
        places.extend(cells.iter().map(|&cell| Place::MediumIndicator(path, cell)));
    }
    for place in places {
        if record.text_at(place).is_some_and(|t| !t.trim().is_empty()) {
            cleared.push(placed(record, place, ""));
            match place {
                // The money table goes with the year; the header amount, which a
                // self-evaluation keeps as the copy of its 全年预算数, stays the table's amount.
                Place::Money(cell) => {
                    if let Some(amount) = record.money_mut(cell) {
                        amount.set_text("");
                    }
                }
                _ => {
                    record.set_text_at(place, "");
                }
            }
        }
    }
    if let Some(e) = record.evaluation.take()
        && !e.scoring_method.trim().is_empty()
    {
        cleared.push(unplaced("得分计算方法", &e.scoring_method, ""));
    }
    crate::export::convert(record, target);
    record
        .columns
        .retain(|c| !RESULT_CELLS.contains(&c.cell) && c.cell != IndicatorCell::ScoringRule);
    record.kind = RecordKind::Target;
    unplaced("表格格式", &before, &form_name(record))
}

/// Whether a table of `record`'s columns put in `layout` prints a column for `cell`.
fn prints_in(record: &Record, layout: Layout, cell: IndicatorCell) -> bool {
    if layout == Layout::Headings {
        record.prints_column(cell)
    } else {
        layout.form().has_column(cell)
    }
}

/// The form and kind of a table, as the change of form names them.
fn form_name(record: &Record) -> String {
    match record.layout {
        Layout::Headings => format!("{}（{}）", record.layout.label(), record.kind.label()),
        layout => layout.label().to_string(),
    }
}

/// Moving the dates of one budget year to another.
struct Shift {
    from: i32,
    to: i32,
}

impl Shift {
    /// `text` with its dates of the budget year moved, `None` when it has none.
    fn text(&self, text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for mention in find_years(text) {
            let Some(date) = mention.date.as_ref() else {
                continue;
            };
            let ours = date.year == self.from || date.closes_year(self.from);
            if mention.role != YearRole::Date || !ours {
                continue;
            }
            // Both years are in `YEARS`, so neither the difference nor the sum can overflow.
            let year = mention.year.checked_add(self.to.checked_sub(self.from)?)?;
            let written = text.get(mention.digits.clone())?;
            out.push_str(text.get(last..mention.digits.start)?);
            out.push_str(&digits_like(written, year));
            last = mention.digits.end;
        }
        if last == 0 {
            return None;
        }
        out.push_str(text.get(last..)?);
        Some(out)
    }
}

/// `year` written in the digits `written` used: full-width when they were.
fn digits_like(written: &str, year: i32) -> String {
    let plain = year.to_string();
    if written.is_ascii() {
        return plain;
    }
    plain
        .chars()
        .map(|c| {
            c.to_digit(10)
                .and_then(|d| char::from_u32(u32::from('０').checked_add(d)?))
                .unwrap_or(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shift(text: &str) -> Option<String> {
        Shift {
            from: 2026,
            to: 2027,
        }
        .text(text)
    }

    #[test]
    fn only_the_budget_years_dates_move() {
        assert_eq!(shift("2026 年 12 月底").as_deref(), Some("2027 年 12 月底"));
        assert_eq!(shift("２０２６年度").as_deref(), Some("２０２７年度"));
        assert_eq!(shift("2027年1月1日前").as_deref(), Some("2028年1月1日前"));
        assert_eq!(
            shift("依据2019年出台的办法，2026年底前完成，较2025年增长").as_deref(),
            Some("依据2019年出台的办法，2027年底前完成，较2025年增长")
        );
        assert_eq!(shift("2026—2028年规划"), None);
        assert_eq!(shift("2027年6月"), None);
    }

    #[test]
    fn years_out_of_range_are_refused() {
        assert_eq!(
            parse_year("99999"),
            Err(RolloverError::YearOutOfRange(99999))
        );
        assert_eq!(parse_year("2027"), Ok(2027));
        let record = Record::blank(Layout::CountyForm, Some(2026));
        assert!(rollover(&record, i32::MAX).is_err());
        assert!(rollover(&record, 2026).is_err());
    }
}
