//! Finding the indicator heading row of a table and placing every column by its heading.

use super::super::rows::Cell;
use super::super::segment::{Row, Table};
use super::super::text::holds_any;
use crate::layout::synonyms::{self, Heading};
use crate::model::{HeaderField, IndicatorCell, IndicatorColumn};

/// Where the cells of one indicator set (the year's, or the multi-year one) are.
#[derive(Debug, Clone, Default)]
pub(super) struct SetColumns {
    /// 一级指标 column.
    pub level1: Option<usize>,
    /// 二级指标 column.
    pub level2: Option<usize>,
    /// The indicator's own cells by column, with the heading as written.
    pub cells: Vec<(usize, IndicatorCell, String)>,
}

impl SetColumns {
    /// The column holding `cell`.
    pub fn col(&self, cell: IndicatorCell) -> Option<usize> {
        self.cells
            .iter()
            .find(|(_, c, _)| *c == cell)
            .map(|(col, _, _)| *col)
    }

    fn has(&self, cell: IndicatorCell) -> bool {
        self.col(cell).is_some()
    }

    /// The columns as the record keeps them, in column order, except that the name comes before
    /// a weight printed left of it: written back there, the weight would read as its group's
    /// (see [`Columns::group_weights`]).
    pub fn record_columns(&self, guessed: &[(IndicatorCell, String)]) -> Vec<IndicatorColumn> {
        let mut columns: Vec<IndicatorColumn> = self
            .cells
            .iter()
            .map(|(_, cell, heading)| IndicatorColumn {
                cell: *cell,
                heading: heading.clone(),
                guessed: guessed.iter().any(|(c, _)| c == cell),
            })
            .collect();
        let at = |cell| columns.iter().position(|c| c.cell == cell);
        if let (Some(weight), Some(name)) = (at(IndicatorCell::Weight), at(IndicatorCell::Name))
            && weight < name
        {
            let name_column = columns.remove(name);
            columns.insert(weight, name_column);
        }
        columns
    }
}

/// The columns of a table's indicator part.
#[derive(Debug, Clone, Default)]
pub(super) struct Columns {
    /// Index (in the table's rows) of the heading row.
    pub heading_row: usize,
    /// Rows the heading takes (2 when a second row splits a heading: 年度指标值 → 指标性质 /
    /// 指标值 / 度量单位).
    pub heading_rows: usize,
    /// The year's indicator set.
    pub main: SetColumns,
    /// The multi-year set printed beside it (`二级指标(长期)`), if any.
    pub medium: Option<SetColumns>,
    /// Project cells of a one-row-per-indicator list (项目名称, 预算数 … as column headings).
    pub project: Vec<(usize, HeaderField)>,
    /// A weight printed for the group next to 一级指标 or 二级指标, not the indicator's own.
    pub group_weights: Vec<usize>,
    /// Headings that name nothing jixiao knows, with their column.
    pub unknown: Vec<(usize, String)>,
    /// The column of a label cell in front of the tree (`绩效指标`, `年度绩效指标完成情况`).
    pub lead: Option<usize>,
    /// Cells placed by their content, with the heading they were printed under.
    pub guessed: Vec<(IndicatorCell, String)>,
}

/// How many recognised indicator headings make a heading row.
const MIN_HEADINGS: usize = 3;

/// What a heading cell names, and whether it is of the multi-year set.
fn classify(text: &str) -> Option<(Heading, bool)> {
    let heading = synonyms::heading(text)?;
    let medium = text.contains("长期") || text.contains("中期");
    Some((heading, medium))
}

/// Whether the cells of a row are an indicator heading row.
pub(in crate::import) fn is_heading_row(cells: &[Cell<'_>]) -> bool {
    // Every heading of a tree level has one of these words; rows without one are passed over
    // without reading each cell, and rows too short to be one without reading any.
    if cells.len() < MIN_HEADINGS {
        return false;
    }
    let anchored = cells
        .iter()
        .any(|c| holds_any(&c.text, &["指标", "级", "评价"]));
    if !anchored {
        return false;
    }
    let mut count = 0;
    let mut anchor = false;
    for cell in cells {
        if let Some((h, _)) = classify(&cell.text) {
            count += 1;
            anchor |= matches!(
                h,
                Heading::Level1 | Heading::Level2 | Heading::Cell(IndicatorCell::Name)
            );
        }
    }
    count >= MIN_HEADINGS && anchor
}

/// Finds the first heading row at or after `from` and places the columns.
pub(super) fn find(table: &Table<'_>, rows: &[Row], from: usize) -> Option<Columns> {
    let index = rows
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, row)| table.is_heading_row(row))
        .map(|(i, _)| i)?;
    let row = rows.get(index)?;
    let mut columns = Columns {
        heading_row: index,
        heading_rows: 1,
        ..Columns::default()
    };
    let mut placed: Vec<(usize, Heading, bool, String)> = Vec::new();
    for cell in table.cells_of(row) {
        match classify(&cell.text) {
            Some((h, medium)) => placed.push((cell.col, h, medium, cell.text.to_string())),
            None => match synonyms::field_by_label(&cell.text) {
                Some(field) => columns.project.push((cell.col, field)),
                None if placed.is_empty() && columns.project.is_empty() => {
                    columns.lead = Some(cell.col);
                }
                None => columns.unknown.push((cell.col, cell.text.to_string())),
            },
        }
    }
    if let Some(sub) = rows.get(index + 1) {
        let cells = table.cells_of(sub);
        let sub_headings: Vec<_> = cells
            .iter()
            .filter_map(|c| classify(&c.text).map(|h| (c.col, h, c.text.to_string())))
            .collect();
        // A row with a first level of its own, or the multi-year set's headings below the
        // year's, heads another set (the multi-year set printed below a year's set without
        // indicators), not the second row of a split heading.
        let medium_below =
            !placed.iter().any(|(_, _, m, _)| *m) && sub_headings.iter().any(|(_, (_, m), _)| *m);
        let own_tree = medium_below
            || sub_headings
                .iter()
                .any(|(_, (h, _), _)| *h == Heading::Level1);
        if !own_tree && sub_headings.len() >= 2 && sub_headings.len() * 2 >= cells.len() {
            columns.heading_rows = 2;
            for (col, (h, medium), text) in sub_headings {
                placed.retain(|(c, ..)| *c != col);
                placed.push((col, h, medium, text));
            }
            placed.sort_by_key(|(c, ..)| *c);
        }
    }
    // Project cells make a list only with the project's name among them; a field label in front
    // of the tree (`年度绩效目标(90分)`) is the lead label of the indicator part.
    if !columns.project.iter().any(|(_, f)| *f == HeaderField::Name) {
        if let Some((col, _)) = columns.project.first() {
            columns.lead = Some(columns.lead.map_or(*col, |l| l.min(*col)));
        }
        columns.project.clear();
    }
    // A lead label that is also the start of the first heading's span would be misread.
    if columns
        .lead
        .is_some_and(|l| placed.iter().any(|(c, ..)| *c == l))
    {
        columns.lead = None;
    }
    let split = placed.iter().any(|(_, h, ..)| {
        matches!(
            h,
            Heading::Cell(IndicatorCell::Unit | IndicatorCell::Operator)
        )
    });
    let has_medium = placed.iter().any(|(_, _, m, _)| *m);
    let mut main = SetColumns::default();
    let mut medium = SetColumns::default();
    let mut beside_a_group = false;
    for (col, heading, is_medium, text) in placed {
        let after_a_group = std::mem::replace(
            &mut beside_a_group,
            matches!(heading, Heading::Level1 | Heading::Level2),
        );
        if heading == Heading::Level1 && main.level1.is_none() && medium.level1.is_none() {
            main.level1 = Some(col);
            continue;
        }
        let set = if is_medium { &mut medium } else { &mut main };
        match heading {
            Heading::Level2 if set.level2.is_none() => set.level2 = Some(col),
            // A weight next to 一级指标 or 二级指标 is the group's; one after an indicator cell
            // (a table without a name column) is the indicator's.
            Heading::Cell(IndicatorCell::Weight)
                if after_a_group && !set.has(IndicatorCell::Name) && set.level1.is_some() =>
            {
                columns.group_weights.push(col);
            }
            Heading::Cell(cell) => {
                let cell = match cell {
                    IndicatorCell::Value if split => IndicatorCell::Target,
                    other => other,
                };
                if set.has(cell) {
                    columns.unknown.push((col, text));
                } else {
                    set.cells.push((col, cell, text));
                }
            }
            Heading::Level1 | Heading::Level2 => columns.unknown.push((col, text)),
        }
    }
    if has_medium {
        if medium.level1.is_none() {
            medium.level1 = main.level1;
        }
        columns.medium = Some(medium);
    }
    columns.main = main;
    guess_weight(table, rows, &mut columns);
    Some(columns)
}

/// A column whose heading names nothing known (a scrambled `考值参分`, a section score `50`)
/// but whose cells are small numbers is the weight, when the form has no weight column: placed
/// by its content, and marked as guessed.
fn guess_weight(table: &Table<'_>, rows: &[Row], columns: &mut Columns) {
    if columns.main.has(IndicatorCell::Weight) {
        return;
    }
    let start = columns.heading_row + columns.heading_rows;
    let body = rows.get(start..).unwrap_or_default();
    let found = columns.unknown.iter().position(|(col, _)| {
        let texts: Vec<&str> = body
            .iter()
            .filter_map(|r| table.cells_of(r).iter().find(|c| c.col == *col))
            .map(|c| c.text.as_ref())
            .collect();
        let weights = texts
            .iter()
            .filter(|t| {
                crate::model::parse_plain_decimal(t)
                    .is_some_and(|v| v >= 0.into() && v <= 100.into())
            })
            .count();
        texts.len() >= 2 && weights * 10 >= texts.len() * 8
    });
    if let Some(index) = found {
        let (col, heading) = columns.unknown.remove(index);
        columns
            .main
            .cells
            .push((col, IndicatorCell::Weight, heading.clone()));
        columns.main.cells.sort_by_key(|(c, _, _)| *c);
        columns.guessed.push((IndicatorCell::Weight, heading));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(texts: &[&'static str]) -> Vec<Cell<'static>> {
        texts
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.is_empty())
            .map(|(col, t)| Cell {
                col,
                text: (*t).into(),
            })
            .collect()
    }

    #[test]
    fn a_row_of_national_headings_is_a_heading_row() {
        assert!(is_heading_row(&cells(&[
            "一级指标",
            "二级指标",
            "三级指标",
            "计算符号",
            "目标值",
            "度量单位"
        ])));
        assert!(!is_heading_row(&cells(&[
            "产出指标",
            "数量指标",
            "培训人数",
            "≥100人"
        ])));
    }
}
