//! Pieces every form shares: title lines, cells showing a part of the record, and the indicator
//! tree with its group labels written once per group and merged down.

use super::grid::{Cell, GridBuilder};
use crate::layout::Layout;
use crate::model::{
    HeaderField, IndicatorCell, IndicatorPath, Level1Group, Place, Record, RecordKind,
};
use std::ops::Range;

/// A cell showing the text at `place`, or an empty cell when the record has no such place (a
/// funding cell of another layout's breakdown, a missing spending plan).
pub(super) fn at(record: &Record, place: Place) -> Cell {
    Cell::maybe(record.text_at(place), place)
}

/// The title line: the record's title as written, else the form's standard title. A title that
/// names the other kind of form (a `…绩效目标表` drawn as a self-evaluation, a `…绩效自评表` drawn
/// as a target table) also gives way to the standard title, so a table converted to another
/// layout never calls itself what it is not. Returns the title written.
pub(super) fn title_row(
    b: &mut GridBuilder,
    record: &Record,
    standard: impl FnOnce() -> String,
) -> String {
    let title = if record.title.trim().is_empty() || names_other_form(&record.title, record.layout)
    {
        standard()
    } else {
        record.title.clone()
    };
    let width = b.width();
    b.row(vec![Cell::label(title.clone()).span(width)]);
    title
}

/// Whether `title` names the kind of form `layout` is not, and not its own kind.
fn names_other_form(title: &str, layout: Layout) -> bool {
    let squeezed: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    let (own, other) = match layout.kind() {
        RecordKind::Target => ("目标表", "自评表"),
        RecordKind::SelfEvaluation => ("自评表", "目标表"),
    };
    squeezed.contains(other) && !squeezed.contains(own)
}

/// The year line (`(2026年)`, `（2024年度）`) made by `line`, left out when the year is unknown.
pub(super) fn year_row(b: &mut GridBuilder, record: &Record, line: impl FnOnce(i32) -> String) {
    if let Some(year) = record.year {
        let width = b.width();
        b.row(vec![
            Cell::field(line(year), Place::Header(HeaderField::Year)).span(width),
        ]);
    }
}

/// The year line `(2025年)` of a form that prints none of its own (coded county, Hebei), written
/// only when `title` does not begin with the year: the text must carry the record's year where
/// an import reads it back, and a title of its own (`1、…绩效目标表`) does not.
pub(super) fn year_row_unless_titled(b: &mut GridBuilder, record: &Record, title: &str) {
    if record
        .year
        .is_some_and(|year| !begins_with_year(title, year))
    {
        year_row(b, record, |year| format!("({year}年)"));
    }
}

/// Whether `title` begins with `{year}年` (spaces allowed around the digits, as PDFs leave them).
fn begins_with_year(title: &str, year: i32) -> bool {
    title
        .trim_start()
        .strip_prefix(year.to_string().as_str())
        .is_some_and(|rest| rest.trim_start().starts_with('年'))
}

/// The unit line `单位：万元`, in the last column where the official form prints it.
pub(super) fn unit_row(b: &mut GridBuilder, record: &Record) {
    let width = b.width();
    b.row(vec![
        Cell::gap(width.saturating_sub(1)),
        Cell::label(format!("单位：{}", record.unit.label())),
    ]);
}

/// `{year}年` before a standard title, or nothing when the year is unknown.
pub(super) fn year_prefix(record: &Record) -> String {
    record.year.map(|y| format!("{y}年")).unwrap_or_default()
}

/// A group label as written, or the category's canonical name when nothing was written, so a
/// group never loses its label cell (an empty label cell would join it to the group above).
pub(super) fn written_label(label: &str, canonical: &str) -> String {
    if label.trim().is_empty() {
        canonical.to_string()
    } else {
        label.to_string()
    }
}

/// The cells of an indicator row after the two group labels, for one form.
pub(super) trait IndicatorColumns {
    /// The first-level label as the form writes it.
    fn level1_label(&self, group: &Level1Group) -> String {
        written_label(&group.label, group.category.canonical_name())
    }

    /// The cells of the row of the indicator at `path`, or of an empty row when a group has no
    /// indicators (`path` is `None`).
    fn cells(&self, record: &Record, path: Option<IndicatorPath>) -> Vec<Cell>;
}

/// A cell of an indicator row, empty on the row of a group without indicators.
pub(super) fn indicator_cell(
    record: &Record,
    path: Option<IndicatorPath>,
    cell: IndicatorCell,
) -> Cell {
    match path {
        Some(path) => at(record, Place::Indicator(path, cell)),
        None => Cell::label(""),
    }
}

/// Appends one row per indicator, the 一级 label in column `first_col` and the 二级 label after it,
/// each written on the first row of its group and merged down over the group. A group without
/// indicators still gets one row, so its label is kept. Returns the rows written.
pub(super) fn indicator_rows(
    b: &mut GridBuilder,
    record: &Record,
    first_col: usize,
    columns: &impl IndicatorColumns,
) -> Range<usize> {
    let start = b.next_row();
    for (level1, g1) in record.groups.iter().enumerate() {
        let first1 = b.next_row();
        let label1 = Cell::field(columns.level1_label(g1), Place::Level1(level1));
        let mut label1 = Some(label1);
        let lead = |label1: &mut Option<Cell>| {
            let mut cells = vec![Cell::gap(first_col)];
            cells.push(label1.take().unwrap_or_else(|| Cell::label("")));
            cells
        };
        if g1.groups.is_empty() {
            let mut cells = lead(&mut label1);
            cells.push(Cell::label(""));
            cells.extend(columns.cells(record, None));
            b.row(cells);
        }
        for (level2, g2) in g1.groups.iter().enumerate() {
            let first2 = b.next_row();
            let label2 = Cell::field(
                written_label(&g2.label, g2.category.canonical_name()),
                Place::Level2 { level1, level2 },
            );
            let mut label2 = Some(label2);
            let paths: Vec<Option<IndicatorPath>> = if g2.indicators.is_empty() {
                vec![None]
            } else {
                (0..g2.indicators.len())
                    .map(|row| {
                        Some(IndicatorPath {
                            level1,
                            level2,
                            row,
                        })
                    })
                    .collect()
            };
            for path in paths {
                let mut cells = lead(&mut label1);
                cells.push(label2.take().unwrap_or_else(|| Cell::label("")));
                cells.extend(columns.cells(record, path));
                b.row(cells);
            }
            b.merge_down(first2, first_col + 1, b.next_row() - first2);
        }
        b.merge_down(first1, first_col, b.next_row() - first1);
    }
    start..b.next_row()
}
