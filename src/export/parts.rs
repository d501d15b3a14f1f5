//! Pieces every form shares: title lines, cells showing a part of the record, and the indicator
//! tree with its group labels written once per group and merged down.

use super::grid::{Cell, GridBuilder};
use crate::layout::Layout;
use crate::model::{
    HeaderField, Indicator, IndicatorCell, IndicatorPath, Level1Group, Place, Record, RecordKind,
    split_label_weight,
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
    let title =
        if record.title.trim().is_empty() || names_other_form(&record.title, form_kind(record)) {
            standard()
        } else {
            record.title.clone()
        };
    let width = b.width();
    b.row(vec![Cell::label(title.clone()).span(width)]);
    title
}

/// The kind of form `record` is drawn as: its layout's, or its own for a table read by its
/// headings, whose form says which it is.
fn form_kind(record: &Record) -> RecordKind {
    match record.layout {
        Layout::Headings => record.kind,
        layout => layout.kind(),
    }
}

/// Whether `title` names the kind of form `kind` is not, and not its own kind.
fn names_other_form(title: &str, kind: RecordKind) -> bool {
    let squeezed: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    let (own, other) = match kind {
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

/// The first-level label with the group's weight as `产出指标（40分）`, as an import reads it
/// back. The weight lives in its own cell; a weight still written at the label's end
/// (`产出指标 (40分)`, from a table made before the cell existed) gives way to the cell's, so the
/// two never both print; with no weight the label is written as it is.
pub(super) fn weighted_label(group: &Level1Group) -> String {
    let label = written_label(&group.label, group.category.canonical_name());
    if group.weight.is_blank() {
        return label;
    }
    let (words, _) = split_label_weight(&label);
    format!("{words}（{}分）", group.weight.text())
}

/// Which indicator set of a record rows are drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Set {
    /// The year's indicators ([`Record::groups`]); their cells know their places.
    Year,
    /// The multi-year set ([`Record::medium_groups`]), which has no places of its own.
    Medium,
}

impl Set {
    fn groups(self, record: &Record) -> &[Level1Group] {
        match self {
            Set::Year => &record.groups,
            Set::Medium => &record.medium_groups,
        }
    }
}

/// One row of an indicator set: its indicator (none on the row of a group without indicators)
/// and, in the year's set, where the indicator is.
#[derive(Debug, Clone, Copy)]
pub(super) struct Row<'a> {
    indicator: Option<&'a Indicator>,
    path: Option<IndicatorPath>,
}

impl Row<'_> {
    /// The cell `cell` as written.
    pub(super) fn cell(&self, cell: IndicatorCell) -> Cell {
        match (self.indicator, self.path) {
            (Some(ind), Some(path)) => Cell::field(ind.text(cell), Place::Indicator(path, cell)),
            (Some(ind), None) => Cell::label(ind.text(cell)),
            (None, _) => Cell::label(""),
        }
    }

    /// The target as one text, for a form with one value column: the value as written, or the
    /// split cells joined (`≥98%`). A joined text is no single cell of the record, so it has no
    /// place.
    pub(super) fn target(&self) -> Cell {
        let Some(ind) = self.indicator else {
            return Cell::label("");
        };
        let text = ind.target_text();
        if text == ind.value {
            self.cell(IndicatorCell::Value)
        } else {
            Cell::label(text.into_owned())
        }
    }

    /// The 目标值 cell of a form that splits the target but prints no 指标值: the split number as
    /// written, or the one-cell value where the row has no split cells, so it is not lost.
    pub(super) fn split_target(&self) -> Cell {
        match self.indicator {
            Some(ind) if !ind.has_split_target() => self.cell(IndicatorCell::Value),
            _ => self.cell(IndicatorCell::Target),
        }
    }
}

/// The cells of an indicator row after the two group labels, for one form.
pub(super) trait IndicatorColumns {
    /// The first-level label as the form writes it, with the group's weight.
    fn level1_label(&self, group: &Level1Group) -> String {
        weighted_label(group)
    }

    /// The cells of `row`.
    fn cells(&self, row: &Row<'_>) -> Vec<Cell>;
}

/// One row of an indicator tree, in form order: a third-level indicator, the one row of a
/// second-level group without indicators, or the one row of a first-level group without
/// second-level groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TreeRow {
    /// Index of the first-level group.
    pub(super) level1: usize,
    /// Index of the second-level group, if the row is in one.
    pub(super) level2: Option<usize>,
    /// Index of the indicator, if the row has one.
    pub(super) row: Option<usize>,
}

/// The rows of `groups`, in form order. A group without indicators still gets one row, so its
/// label is kept.
pub(super) fn tree_rows(groups: &[Level1Group]) -> Vec<TreeRow> {
    let mut rows = Vec::new();
    for (level1, g1) in groups.iter().enumerate() {
        if g1.groups.is_empty() {
            rows.push(TreeRow {
                level1,
                level2: None,
                row: None,
            });
        }
        for (level2, g2) in g1.groups.iter().enumerate() {
            let level2 = Some(level2);
            if g2.indicators.is_empty() {
                rows.push(TreeRow {
                    level1,
                    level2,
                    row: None,
                });
            }
            rows.extend((0..g2.indicators.len()).map(|row| TreeRow {
                level1,
                level2,
                row: Some(row),
            }));
        }
    }
    rows
}

/// What a row of the tree of `set` shows: its two group labels and the row itself.
pub(super) struct TreeCells<'a> {
    /// The first-level label cell.
    pub(super) level1: Cell,
    /// The second-level label cell (empty on the row of a first-level group without groups).
    pub(super) level2: Cell,
    /// The row's indicator.
    pub(super) row: Row<'a>,
}

/// The cells of `tree` in `set` of `record`, group labels as `columns` writes them.
pub(super) fn tree_cells<'a>(
    record: &'a Record,
    set: Set,
    tree: TreeRow,
    columns: &impl IndicatorColumns,
) -> TreeCells<'a> {
    let g1 = set.groups(record).get(tree.level1);
    let g2 = tree.level2.and_then(|i| g1?.groups.get(i));
    let year = set == Set::Year;
    let label = |text: String, place: Place| {
        if year {
            Cell::field(text, place)
        } else {
            Cell::label(text)
        }
    };
    let level1 = g1.map_or_else(
        || Cell::label(""),
        |g| label(columns.level1_label(g), Place::Level1(tree.level1)),
    );
    let level2 = match (g2, tree.level2) {
        (Some(g), Some(level2)) => label(
            written_label(&g.label, g.category.canonical_name()),
            Place::Level2 {
                level1: tree.level1,
                level2,
            },
        ),
        _ => Cell::label(""),
    };
    let indicator = tree.row.and_then(|row| g2?.indicators.get(row));
    let path = match (year, tree.level2, tree.row) {
        (true, Some(level2), Some(row)) => Some(IndicatorPath {
            level1: tree.level1,
            level2,
            row,
        }),
        _ => None,
    };
    TreeCells {
        level1,
        level2,
        row: Row { indicator, path },
    }
}

/// Appends one row per indicator of `set`, the 一级 label in column `first_col` and the 二级
/// label after it, each written on the first row of its group and merged down over the group.
/// Returns the rows written.
pub(super) fn indicator_rows(
    b: &mut GridBuilder,
    record: &Record,
    set: Set,
    first_col: usize,
    columns: &impl IndicatorColumns,
) -> Range<usize> {
    let start = b.next_row();
    let rows = tree_rows(set.groups(record));
    let mut previous: Option<TreeRow> = None;
    let mut open1 = start;
    let mut open2 = start;
    for tree in &rows {
        let row = b.next_row();
        let new1 = previous.is_none_or(|p| p.level1 != tree.level1);
        let new2 = new1 || previous.is_some_and(|p| p.level2 != tree.level2);
        if new1 {
            b.merge_down(open1, first_col, row.saturating_sub(open1));
            open1 = row;
        }
        if new2 {
            b.merge_down(open2, first_col + 1, row.saturating_sub(open2));
            open2 = row;
        }
        let cells = tree_cells(record, set, *tree, columns);
        let mut line = vec![Cell::gap(first_col)];
        line.push(if new1 { cells.level1 } else { Cell::label("") });
        line.push(if new2 { cells.level2 } else { Cell::label("") });
        line.extend(columns.cells(&cells.row));
        b.row(line);
        previous = Some(*tree);
    }
    let end = b.next_row();
    b.merge_down(open1, first_col, end.saturating_sub(open1));
    b.merge_down(open2, first_col + 1, end.saturating_sub(open2));
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, Level1};

    fn group(label: &str, weight: &str) -> Level1Group {
        Level1Group {
            label: label.into(),
            weight: Amount::new(weight),
            ..Level1Group::new(Level1::Output)
        }
    }

    #[test]
    fn the_group_weight_is_written_after_the_label() {
        assert_eq!(weighted_label(&group("产出指标", "40")), "产出指标（40分）");
        assert_eq!(
            weighted_label(&group("产出指标 (40分)", "45")),
            "产出指标（45分）"
        );
        assert_eq!(
            weighted_label(&group("产出指标 (40分)", "")),
            "产出指标 (40分)"
        );
        assert_eq!(
            weighted_label(&group("产出指标（新增）", "40")),
            "产出指标（新增）（40分）"
        );
        assert_eq!(weighted_label(&group("", "20")), "产出指标（20分）");
    }

    #[test]
    fn every_form_writes_a_groups_weight_with_its_label() {
        for layout in crate::layout::Layout::ALL {
            let mut record = Record::blank(layout, Some(2025));
            record.groups[0].weight = Amount::new("50");
            let text = crate::export::record_text(&record);
            // The 一体化 list writes the label on every row: each is the weighted one.
            let weighted = text.matches("产出指标（50分）").count();
            assert!(weighted >= 1, "{layout:?}");
            assert_eq!(text.matches("产出指标").count(), weighted, "{layout:?}");
        }
    }
}
