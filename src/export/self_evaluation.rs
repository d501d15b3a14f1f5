//! The self-evaluation form (`项目支出绩效自评表`): eight columns, the 项目资金 money table, the goal
//! and its result side by side, weighted first-level labels, one merged 得分计算方法 and 总分.

use super::grid::{Cell, Grid, GridBuilder};
use super::labelled::unlisted_field_rows;
use super::parts::{IndicatorColumns, Row, Set, at, indicator_rows, title_row, year_row};
use crate::model::{HeaderField, IndicatorCell, MoneyCell, Place, Record};

const WIDTH: usize = 8;
/// Column of 得分计算方法, one merged cell over every indicator row.
const METHOD_COL: usize = 6;

struct Columns;

impl IndicatorColumns for Columns {
    fn cells(&self, row: &Row<'_>) -> Vec<Cell> {
        vec![
            row.cell(IndicatorCell::Name),
            row.cell(IndicatorCell::Weight),
            row.target(),
            Cell::label(""),
            row.cell(IndicatorCell::Score),
        ]
    }
}

/// The self-evaluation form of `record`.
pub(super) fn grid(record: &Record) -> Grid {
    let header = |field| at(record, Place::Header(field));
    let money = |cell| at(record, Place::Money(cell));
    let mut b = GridBuilder::new(WIDTH);
    title_row(&mut b, record, || "项目支出绩效自评表".to_string());
    year_row(&mut b, record, |year| format!("（{year}年度）"));
    b.row(vec![
        Cell::label("项目名称").span(2),
        header(HeaderField::Name).span(6),
    ]);
    unlisted_field_rows(&mut b, record, record.layout.form());
    b.row(vec![
        Cell::label("主管部门").span(2),
        header(HeaderField::Department).span(3),
        Cell::label("实施单位"),
        header(HeaderField::Implementer).span(2),
    ]);
    let funds = b.row(vec![
        Cell::label(format!("项目资金({})", record.unit.label())).span(2),
        Cell::label("").span(2),
        Cell::label("年初预算数"),
        Cell::label("全年预算数"),
        Cell::label("全年执行数").span(2),
    ]);
    for (row, name) in [(0, "年度资金总额"), (1, "其中：财政拨款"), (2, "其他资金")]
    {
        let full_year = if row == 0 && record.evaluation.is_none() {
            // A target table drawn as a self-evaluation has no money table: its amount is the
            // year's budget, and the form would otherwise lose it.
            header(HeaderField::Amount)
        } else {
            money(MoneyCell::Evaluation(row, 1))
        };
        b.row(vec![
            Cell::gap(2),
            Cell::label(name).span(2),
            money(MoneyCell::Evaluation(row, 0)),
            full_year,
            money(MoneyCell::Evaluation(row, 2)).span(2),
        ]);
    }
    b.merge_down(funds, 0, 4);
    let goals = b.row(vec![
        Cell::label("年度总体目标").span(2),
        Cell::label("年初设定目标").span(3),
        Cell::label("年度总体目标完成情况").span(3),
    ]);
    b.row(vec![
        Cell::gap(2),
        header(HeaderField::Goal).span(3),
        header(HeaderField::GoalResult).span(3),
    ]);
    b.merge_down(goals, 0, 2);
    let heading = b.row(vec![
        Cell::label("绩效指标"),
        Cell::label("一级指标"),
        Cell::label("二级指标"),
        Cell::label("三级指标"),
        Cell::label("分值"),
        Cell::label("指标值(A)"),
        Cell::label("得分计算方法"),
        Cell::label("得分"),
    ]);
    let rows = indicator_rows(&mut b, record, Set::Year, 1, &Columns);
    b.merge_down(heading, 0, rows.end - heading);
    if let Some(evaluation) = &record.evaluation {
        b.set(rows.start, METHOD_COL, &evaluation.scoring_method, None);
    }
    b.merge_down(rows.start, METHOD_COL, rows.len());
    b.row(vec![
        Cell::label("总分").span(7),
        money(MoneyCell::TotalScore),
    ]);
    b.finish()
}
