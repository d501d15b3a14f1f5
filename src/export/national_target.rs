//! The national target table (`项目支出绩效目标表`): the header as label/value rows, the cost
//! breakdown, then the indicators in the record's columns (指标性质, 计算符号, 指标值, 度量单位,
//! 权重, 指标方向, 指标解释 on the national form) and the multi-year set as a second block.

use super::grid::{Cell, Grid, GridBuilder};
use super::labelled::{Printed, cost_rows, header_rows};
use super::parts::{Set, indicator_rows, title_row, unit_row, year_row};
use crate::model::Record;

/// The narrowest the form is drawn: label, value and the pairs of the header need four cells.
pub(super) const MIN_WIDTH: usize = 4;

/// The national target form of `record`.
pub(super) fn grid(record: &Record) -> Grid {
    let form = record.layout.form();
    let columns = Printed::of(record);
    let mut b = GridBuilder::new(MIN_WIDTH.max(2 + columns.len()));
    title_row(&mut b, record, || form.title.to_string());
    year_row(&mut b, record, |year| format!("（{year}年度）"));
    unit_row(&mut b, record);
    header_rows(&mut b, record, form);
    cost_rows(&mut b, record);
    // A table whose indicator part was cut off gets no heading row: read back, it would give
    // the table the form's columns.
    if !record.lacks_indicator_part() {
        indicator_sets(&mut b, record, &columns);
    }
    b.finish()
}

/// The year's indicators under their heading row, then the multi-year set, when the record has
/// one, under its own heading row (`中期一级指标`, `二级指标（中期）` …).
pub(super) fn indicator_sets(b: &mut GridBuilder, record: &Record, columns: &Printed) {
    let mut heading = vec![Cell::label("一级指标"), Cell::label("二级指标")];
    heading.extend(columns.headings());
    b.row(heading);
    indicator_rows(b, record, Set::Year, 0, columns);
    if record.medium_groups.is_empty() {
        return;
    }
    b.row(columns.medium_heading_row());
    indicator_rows(b, record, Set::Medium, 0, columns);
}
