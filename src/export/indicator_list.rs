//! The 一体化 indicator list: one row per indicator. The project's cells (项目编码, 项目名称,
//! 项目单位, 项目类别, 预算数, 年度绩效目标) come first, written on the project's first row only;
//! every row repeats its 一级 and 二级 labels, as the 一体化 systems export them, then carries the
//! record's indicator columns. Nothing is merged below the title.

use super::grid::{Cell, Grid, GridBuilder};
use super::labelled::{Printed, written_fields};
use super::parts::{
    IndicatorColumns, Set, at, title_row, tree_cells, tree_rows, unit_row, year_row,
};
use crate::model::{Place, Record};

/// The list of `record`.
pub(super) fn grid(record: &Record) -> Grid {
    let form = record.layout.form();
    let columns = Printed::of(record);
    let fields = written_fields(record, form, true);
    let extras = &record.header.extra;
    let project = fields.len() + extras.len();
    let mut b = GridBuilder::new(project + 2 + columns.len());
    title_row(&mut b, record, || form.title.to_string());
    year_row(&mut b, record, |year| format!("({year}年)"));
    unit_row(&mut b, record);
    let mut heading: Vec<Cell> = fields
        .iter()
        .map(|&field| Cell::label(super::labelled::field_label(form, field)))
        .collect();
    heading.extend(extras.iter().map(|e| Cell::label(e.label.clone())));
    heading.extend([Cell::label("一级指标"), Cell::label("二级指标")]);
    heading.extend(columns.headings());
    b.row(heading);
    let project_cells = || {
        let mut cells: Vec<Cell> = fields
            .iter()
            .map(|&field| at(record, Place::Header(field)))
            .collect();
        cells.extend((0..extras.len()).map(|i| at(record, Place::HeaderExtra(i))));
        cells
    };
    let rows = tree_rows(&record.groups);
    if rows.is_empty() {
        // A project without indicators still has its row, so its cells are kept.
        b.row(project_cells());
    }
    for (i, tree) in rows.into_iter().enumerate() {
        let tree = tree_cells(record, Set::Year, tree, &columns);
        let mut cells = if i == 0 {
            project_cells()
        } else {
            vec![Cell::gap(project)]
        };
        cells.extend([tree.level1, tree.level2]);
        cells.extend(columns.cells(&tree.row));
        b.row(cells);
    }
    b.finish()
}
