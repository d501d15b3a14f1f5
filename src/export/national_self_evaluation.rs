//! The national self-evaluation (`项目支出绩效自评表`, 财预〔2020〕10号): the 项目资金 table with
//! 分值 / 执行率 / 得分, expected and achieved goals side by side, the indicators in the record's
//! columns (年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施 on the national form)
//! with weighted first-level labels, 总分 with its grade, and the closing texts.

use super::grid::{Cell, Grid, GridBuilder};
use super::labelled::{Printed, extra_rows, field_rows, name_row, written_fields};
use super::parts::{Set, at, indicator_rows, title_row, year_row};
use crate::model::{ClosingText, HeaderField, IndicatorCell, MoneyCell, Place, Record};

/// The narrowest the form is drawn: the money table has a label, a row label and six columns.
pub(super) const MIN_WIDTH: usize = 8;

/// The money table's rows as the national form orders them, with the row of
/// [`MoneyCell::Evaluation`] each one shows.
const MONEY_ROWS: [(u8, &str); 4] = [
    (0, "年度资金总额"),
    (1, "其中：当年财政拨款"),
    (3, "上年结转资金"),
    (2, "其他资金"),
];

/// The national self-evaluation form of `record`.
pub(super) fn grid(record: &Record) -> Grid {
    let form = record.layout.form();
    let columns = Printed::of(record);
    let mut b = GridBuilder::new(MIN_WIDTH.max(3 + columns.len() + columns.grade_room(record)));
    let width = b.width();
    title_row(&mut b, record, || form.title.to_string());
    year_row(&mut b, record, |year| format!("（{year}年度）"));
    let header = |field| at(record, Place::Header(field));
    name_row(&mut b, record, form);
    let left = width.saturating_sub(2) / 2;
    b.row(vec![
        Cell::label(form_label(record, HeaderField::Department)),
        header(HeaderField::Department).span(left),
        Cell::label(form_label(record, HeaderField::Implementer)),
        header(HeaderField::Implementer).span(width.saturating_sub(2 + left)),
    ]);
    let others = written_fields(record, form, false)
        .into_iter()
        .filter(|&field| form.field_label(field).is_none() && field != HeaderField::Code);
    field_rows(&mut b, record, form, others);
    if amount_stands_apart(record) {
        field_rows(&mut b, record, form, [HeaderField::Amount]);
    }
    extra_rows(&mut b, record);
    money_rows(&mut b, record);
    let goals = b.row(vec![
        Cell::label("年度总体目标"),
        Cell::label(form_label(record, HeaderField::Goal)).span(left),
        Cell::label(form_label(record, HeaderField::GoalResult))
            .span(width.saturating_sub(1 + left)),
    ]);
    b.row(vec![
        Cell::gap(1),
        header(HeaderField::Goal).span(left),
        header(HeaderField::GoalResult).span(width.saturating_sub(1 + left)),
    ]);
    b.merge_down(goals, 0, 2);
    // As in the national target: no heading row for an indicator part that was cut off.
    if !record.lacks_indicator_part() {
        let mut heading = vec![
            Cell::label("绩效指标"),
            Cell::label("一级指标"),
            Cell::label("二级指标"),
        ];
        heading.extend(columns.headings());
        let heading = b.row(heading);
        let rows = indicator_rows(&mut b, record, Set::Year, 1, &columns);
        b.merge_down(heading, 0, rows.end.saturating_sub(heading));
    }
    total_row(
        &mut b,
        record,
        columns.position(IndicatorCell::Score).map(|c| c + 3),
    );
    closing_rows(&mut b, record);
    b.finish()
}

/// Whether the table's amount is not the one its money table gives (全年预算数 of 年度资金总额,
/// else its 年初预算数), as when the form wrote it elsewhere (`预算数:`): it then has a row of its
/// own, so it is not lost.
fn amount_stands_apart(record: &Record) -> bool {
    let Some(evaluation) = &record.evaluation else {
        return false;
    };
    let total = &evaluation.total;
    let given = if total.full_year_budget.is_blank() {
        &total.initial_budget
    } else {
        &total.full_year_budget
    };
    !record.header.amount.is_blank() && record.header.amount.text() != given.text()
}

/// The label the form prints for one of its fields.
fn form_label(record: &Record, field: HeaderField) -> &'static str {
    super::labelled::field_label(record.layout.form(), field)
}

/// The 项目资金 table: its heading row, then 年度资金总额, 当年财政拨款, 上年结转资金 and 其他资金
/// with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分. Needs [`MIN_WIDTH`] columns.
pub(super) fn money_rows(b: &mut GridBuilder, record: &Record) {
    let money = |cell| at(record, Place::Money(cell));
    let label_cols = b.width().saturating_sub(7);
    let mut heading = vec![
        Cell::label(format!("项目资金（{}）", record.unit.label())),
        Cell::label("").span(label_cols),
    ];
    heading.extend(MoneyCell::EVALUATION_COLUMNS.map(Cell::label));
    let start = b.row(heading);
    for (row, label) in MONEY_ROWS {
        let mut cells = vec![Cell::gap(1), Cell::label(label).span(label_cols)];
        cells.extend((0..6u8).map(|col| {
            if row == 0 && col == 1 && record.evaluation.is_none() {
                // A target table drawn as a self-evaluation has no money table: its amount is
                // the year's budget, and the form would otherwise lose it.
                at(record, Place::Header(HeaderField::Amount))
            } else {
                money(MoneyCell::Evaluation(row, col))
            }
        }));
        b.row(cells);
    }
    b.merge_down(start, 0, MONEY_ROWS.len() + 1);
}

/// `总分` with the total score under the 得分 column (the last column when the table has none)
/// and the grade in the cell after it; with no cell after it, the grade is written in the label
/// (`总分（优）`).
pub(super) fn total_row(b: &mut GridBuilder, record: &Record, score_col: Option<usize>) {
    let width = b.width();
    let last = width.saturating_sub(1);
    let col = score_col.filter(|&c| c > 0 && c < width).unwrap_or(last);
    let grade = record.evaluation.as_ref().map_or("", |e| e.grade.trim());
    let score_blank = record
        .evaluation
        .as_ref()
        .is_none_or(|e| e.total_score.is_blank());
    if record.lacks_indicator_part() && score_blank && grade.is_empty() {
        // Nothing to total in a table the copy cut off before its tree; an empty 总分 row
        // there would read back as a header cell.
        return;
    }
    let room = col < last;
    let label = if grade.is_empty() || room {
        "总分".to_string()
    } else {
        format!("总分（{grade}）")
    };
    let mut cells = vec![
        Cell::label(label).span(col),
        at(record, Place::Money(MoneyCell::TotalScore)),
    ];
    if room {
        // The grade as written is the record's cell; trimmed, it is only shown.
        let written = record.text_at(Place::Closing(ClosingText::Grade)) == Some(grade);
        cells.push(if written {
            Cell::field(grade, Place::Closing(ClosingText::Grade))
        } else {
            Cell::label(grade)
        });
    }
    b.row(cells);
}

/// The closing texts (评价结论, 存在问题, 改进措施, 其他需要说明事项) that are filled, one
/// label/value row each.
pub(super) fn closing_rows(b: &mut GridBuilder, record: &Record) {
    for closing in ClosingText::AFTER_INDICATORS {
        let place = Place::Closing(closing);
        if record
            .text_at(place)
            .is_some_and(|text| !text.trim().is_empty())
        {
            super::labelled::label_value_row(b, closing.label(), at(record, place));
        }
    }
}
