//! The county forms (`部门项目支出预算绩效目标表`): four columns, the plain form in 元 with a year
//! line, and the coded form with a unit line (and a year line only when its title lacks the year).

use super::grid::{Cell, Grid, GridBuilder};
use super::labelled::unlisted_field_rows;
use super::parts::{
    IndicatorColumns, Row, Set, at, indicator_rows, title_row, unit_row, year_prefix, year_row,
    year_row_unless_titled,
};
use crate::model::{HeaderField, IndicatorCell, Place, Record};

const WIDTH: usize = 4;
const TITLE: &str = "部门项目支出预算绩效目标表";

/// What differs between the two county forms.
struct Style {
    coded: bool,
    office: &'static str,
    goal: &'static str,
}

const PLAIN: Style = Style {
    coded: false,
    office: "资金主管处(科、股)室",
    goal: "项目年度绩效目标",
};

const CODED: Style = Style {
    coded: true,
    office: "项目主管处室",
    goal: "年度总体绩效目标",
};

/// The plain county form: title, `(2026年)`, amount labelled `项目年度金额(元)`.
pub(super) fn plain(record: &Record) -> Grid {
    grid(record, &PLAIN)
}

/// The coded county form: title with the year (else a year line), `单位：万元`, amount labelled
/// `项目年度金额`.
pub(super) fn coded(record: &Record) -> Grid {
    grid(record, &CODED)
}

struct Columns;

impl IndicatorColumns for Columns {
    fn cells(&self, row: &Row<'_>) -> Vec<Cell> {
        vec![row.cell(IndicatorCell::Name), row.target()]
    }
}

fn grid(record: &Record, style: &Style) -> Grid {
    let header = |field| at(record, Place::Header(field));
    let mut b = GridBuilder::new(WIDTH);
    if style.coded {
        let title = title_row(&mut b, record, || format!("{}{TITLE}", year_prefix(record)));
        year_row_unless_titled(&mut b, record, &title);
        unit_row(&mut b, record);
    } else {
        title_row(&mut b, record, || TITLE.to_string());
        year_row(&mut b, record, |year| format!("({year}年)"));
    }
    b.row(vec![
        Cell::label("项目名称"),
        header(HeaderField::Name).span(3),
    ]);
    unlisted_field_rows(&mut b, record, record.layout.form());
    b.row(vec![
        Cell::label("主管部门"),
        header(HeaderField::Department),
        Cell::label("实施单位"),
        header(HeaderField::Implementer),
    ]);
    b.row(vec![
        Cell::label("项目属性"),
        header(HeaderField::ProjectKind),
        Cell::label("项目期限"),
        header(HeaderField::Duration),
    ]);
    let amount_label = if style.coded {
        "项目年度金额".to_string()
    } else {
        format!("项目年度金额({})", record.unit.label())
    };
    b.row(vec![
        Cell::label(style.office),
        header(HeaderField::Office),
        Cell::label(amount_label),
        header(HeaderField::Amount),
    ]);
    b.row(vec![
        Cell::label(style.goal),
        header(HeaderField::Goal).span(3),
    ]);
    if style.coded {
        b.row(vec![
            Cell::label("一级指标"),
            Cell::label("二级指标"),
            Cell::label("三级指标"),
            Cell::label("绩效值"),
        ]);
    } else {
        // The plain form prints no 三级 heading: 二级绩效指标 spans the label and name columns.
        b.row(vec![
            Cell::label("一级绩效指标"),
            Cell::label("二级绩效指标").span(2),
            Cell::label("绩效值"),
        ]);
    }
    indicator_rows(&mut b, record, Set::Year, 0, &Columns);
    b.finish()
}
