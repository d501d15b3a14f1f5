//! The region-level form (`自治区本级部门项目支出预算绩效目标表`): six columns, labels and values in
//! pairs of columns, and the 本级/转移 funding block.

use super::grid::{Cell, Grid, GridBuilder};
use super::labelled::unlisted_field_rows;
use super::parts::{
    IndicatorColumns, Row, Set, at, indicator_rows, title_row, unit_row, year_prefix, year_row,
};
use crate::model::{HeaderField, IndicatorCell, MoneyCell, Place, Record};

const WIDTH: usize = 6;

struct Columns;

impl IndicatorColumns for Columns {
    fn cells(&self, row: &Row<'_>) -> Vec<Cell> {
        vec![row.cell(IndicatorCell::Name).span(2), row.target().span(2)]
    }
}

/// The region form of `record`.
pub(super) fn grid(record: &Record) -> Grid {
    let header = |field| at(record, Place::Header(field));
    let money = |cell| at(record, Place::Money(cell));
    let mut b = GridBuilder::new(WIDTH);
    title_row(&mut b, record, || {
        format!(
            "{}自治区本级部门项目支出预算绩效目标表",
            year_prefix(record)
        )
    });
    year_row(&mut b, record, |year| format!("({year}年)"));
    unit_row(&mut b, record);
    b.row(vec![
        Cell::label("项目名称").span(2),
        header(HeaderField::Name).span(4),
    ]);
    unlisted_field_rows(&mut b, record, record.layout.form());
    let pair = |l: &str, left: Cell, r: &str, right: Cell| {
        vec![Cell::label(l).span(2), left, Cell::label(r).span(2), right]
    };
    b.row(pair(
        "主管部门",
        header(HeaderField::Department),
        "实施单位",
        header(HeaderField::Implementer),
    ));
    b.row(pair(
        "项目属性",
        header(HeaderField::ProjectKind),
        "项目期",
        header(HeaderField::Duration),
    ));
    b.row(pair(
        "项目总额",
        header(HeaderField::Amount),
        "其中：年度资金总额",
        money(MoneyCell::AnnualTotal),
    ));
    // 本级 and 转移 side by side, their group labels merged down over the four lines.
    let lines = [
        (
            "资金总额",
            MoneyCell::LocalTotal,
            Some(("资金总额", MoneyCell::TransferTotal)),
        ),
        (
            "财政拨款",
            MoneyCell::LocalFiscal,
            Some(("中央资金", MoneyCell::TransferCentral)),
        ),
        (
            "其他资金",
            MoneyCell::LocalOther,
            Some(("自治区资金", MoneyCell::TransferRegion)),
        ),
        ("结余结转资金", MoneyCell::LocalCarryover, None),
    ];
    let block = b.next_row();
    for (i, (local, local_cell, transfer)) in lines.into_iter().enumerate() {
        let group = |label: &str| {
            if i == 0 {
                Cell::label(label)
            } else {
                Cell::gap(1)
            }
        };
        let mut cells = vec![
            group("其中：本级资金"),
            Cell::label(local),
            money(local_cell),
            group("其中：转移市县(区)资金"),
        ];
        if let Some((label, cell)) = transfer {
            cells.extend([Cell::label(label), money(cell)]);
        }
        b.row(cells);
    }
    b.merge_down(block, 0, 4);
    b.merge_down(block, 3, 4);
    b.row(vec![
        Cell::label("年度总体绩效目标").span(2),
        header(HeaderField::Goal).span(4),
    ]);
    b.row(vec![
        Cell::label("一级指标"),
        Cell::label("二级指标"),
        Cell::label("三级指标").span(2),
        Cell::label("指标值").span(2),
    ]);
    indicator_rows(&mut b, record, Set::Year, 0, &Columns);
    b.finish()
}
