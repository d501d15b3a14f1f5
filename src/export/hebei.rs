//! The Hebei department disclosure form (`N、…绩效目标表`): seven columns, labels and values
//! alternating in the money blocks, six indicator columns, no page-break header repeats.

use super::grid::{Cell, Grid, GridBuilder};
use super::labelled::unlisted_field_rows;
use super::parts::{
    IndicatorColumns, Row, Set, at, indicator_rows, title_row, unit_row, year_prefix,
    year_row_unless_titled,
};
use crate::model::{HeaderField, IndicatorCell, MoneyCell, Place, Record};

const WIDTH: usize = 7;

struct Columns;

impl IndicatorColumns for Columns {
    fn cells(&self, row: &Row<'_>) -> Vec<Cell> {
        vec![
            row.cell(IndicatorCell::Name),
            row.cell(IndicatorCell::Description),
            row.target(),
            row.cell(IndicatorCell::Basis).span(2),
        ]
    }
}

/// The Hebei form of `record`.
pub(super) fn grid(record: &Record) -> Grid {
    let header = |field| at(record, Place::Header(field));
    let money = |cell| at(record, Place::Money(cell));
    let mut b = GridBuilder::new(WIDTH);
    let title = title_row(&mut b, record, || {
        let name = if record.header.name.trim().is_empty() {
            "项目支出"
        } else {
            record.header.name.as_str()
        };
        format!("{}{name}绩效目标表", year_prefix(record))
    });
    year_row_unless_titled(&mut b, record, &title);
    unit_row(&mut b, record);
    b.row(vec![
        Cell::label("项目编码"),
        header(HeaderField::Code).span(2),
        Cell::label("项目名称"),
        header(HeaderField::Name).span(3),
    ]);
    unlisted_field_rows(&mut b, record, record.layout.form());
    let budget = b.row(vec![
        Cell::label("预算规模及资金用途"),
        Cell::label("预算数"),
        header(HeaderField::Amount),
        Cell::label("其中：财政资金"),
        money(MoneyCell::HebeiFiscal),
        Cell::label("其他资金"),
        money(MoneyCell::HebeiOther),
    ]);
    b.row(vec![Cell::gap(1), header(HeaderField::FundUse).span(6)]);
    b.merge_down(budget, 0, 2);
    // Four label/value pairs do not fit in six columns: 12月底 goes on a second line, as the
    // published tables print it.
    let plan = b.row(vec![
        Cell::label("资金支出计划（%）"),
        Cell::label("3月底"),
        money(MoneyCell::Plan(0)),
        Cell::label("6月底"),
        money(MoneyCell::Plan(1)),
        Cell::label("10月底"),
        money(MoneyCell::Plan(2)),
    ]);
    b.row(vec![
        Cell::gap(1),
        Cell::label("12月底"),
        money(MoneyCell::Plan(3)),
        Cell::gap(4),
    ]);
    b.merge_down(plan, 0, 2);
    b.row(vec![
        Cell::label("绩效目标"),
        header(HeaderField::Goal).span(6),
    ]);
    b.row(vec![
        Cell::label("一级指标"),
        Cell::label("二级指标"),
        Cell::label("三级指标"),
        Cell::label("绩效指标描述"),
        Cell::label("指标值"),
        Cell::label("指标值确定依据").span(2),
    ]);
    indicator_rows(&mut b, record, Set::Year, 0, &Columns);
    b.finish()
}
