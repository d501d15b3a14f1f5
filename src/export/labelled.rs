//! Pieces of the forms that print the header as label/value rows and the indicator part in the
//! record's own columns: the national forms, the 一体化 list and tables read by their headings.

use super::grid::{Cell, GridBuilder};
use super::parts::{IndicatorColumns, Row, at};
use crate::layout::Form;
use crate::layout::synonyms::{self, FIELD_LABELS, Heading, field_by_label, headings_of};
use crate::model::{CostCell, HeaderField, IndicatorCell, Place, Record};
use rust_decimal::Decimal;

/// Every text field of the header (and the amount), in the order a form with no order of its
/// own writes them.
const FIELDS: [HeaderField; 13] = [
    HeaderField::Code,
    HeaderField::Name,
    HeaderField::Department,
    HeaderField::Implementer,
    HeaderField::ProjectKind,
    HeaderField::Category,
    HeaderField::Duration,
    HeaderField::Office,
    HeaderField::Amount,
    HeaderField::FundUse,
    HeaderField::MediumGoal,
    HeaderField::Goal,
    HeaderField::GoalResult,
];

/// Whether `field` is one of the goals, which forms write after the other fields.
fn is_goal(field: HeaderField) -> bool {
    matches!(
        field,
        HeaderField::MediumGoal | HeaderField::Goal | HeaderField::GoalResult
    )
}

/// Whether the record has something written in `field`.
fn filled(record: &Record, field: HeaderField) -> bool {
    record
        .header_text(field)
        .is_some_and(|text| !text.trim().is_empty())
}

/// The header fields a form writes, in order: the form's own (every one with `every`, else those
/// it requires or the record fills), then those the record fills that the form does not list, so
/// a table read from another office's form loses nothing.
pub(super) fn written_fields(record: &Record, form: &Form, every: bool) -> Vec<HeaderField> {
    let own = form
        .fields
        .iter()
        .filter(|spec| every || spec.required || filled(record, spec.field))
        .map(|spec| spec.field);
    own.chain(unlisted_fields(record, form)).collect()
}

/// The header fields the record fills that `form` does not list, in the order of [`FIELDS`].
fn unlisted_fields<'a>(
    record: &'a Record,
    form: &'a Form,
) -> impl Iterator<Item = HeaderField> + 'a {
    FIELDS
        .into_iter()
        .filter(|&field| form.field_label(field).is_none() && filled(record, field))
}

/// One label/value row per header field the record fills that `form` does not print, so a form
/// with fixed rows loses nothing a table read as it holds (an implementer read beside a form's
/// other labels, say) and reads back the same.
pub(super) fn unlisted_field_rows(b: &mut GridBuilder, record: &Record, form: &Form) {
    let fields: Vec<HeaderField> = unlisted_fields(record, form).collect();
    field_rows(b, record, form, fields);
}

/// The label to print for `field`: the form's own when an import reads it as that field, else
/// the first label offices use for it.
pub(super) fn field_label(form: &Form, field: HeaderField) -> &'static str {
    form.field_label(field)
        .filter(|label| field_by_label(label) == Some(field))
        .or_else(|| {
            FIELD_LABELS
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, labels)| labels.first().copied())
        })
        .unwrap_or_else(|| field.label())
}

/// A row of a label and its value merged over the rest of the row.
pub(super) fn label_value_row(b: &mut GridBuilder, label: impl Into<String>, value: Cell) {
    let width = b.width();
    b.row(vec![
        Cell::label(label),
        value.span(width.saturating_sub(1)),
    ]);
}

/// One label/value row per field of `fields`.
pub(super) fn field_rows(
    b: &mut GridBuilder,
    record: &Record,
    form: &Form,
    fields: impl IntoIterator<Item = HeaderField>,
) {
    for field in fields {
        label_value_row(
            b,
            field_label(form, field),
            at(record, Place::Header(field)),
        );
    }
}

/// One label/value row per header cell without a field of its own, in the order written. A cell
/// labelled like the name or the code (a second `项目名称` a split cell left) is written from the
/// third column: in the first two its row would read as the start of another table.
pub(super) fn extra_rows(b: &mut GridBuilder, record: &Record) {
    for (i, extra) in record.header.extra.iter().enumerate() {
        let value = at(record, Place::HeaderExtra(i));
        if starts_a_table(&extra.label) {
            let width = b.width();
            b.row(vec![
                Cell::gap(2),
                Cell::label(extra.label.clone()),
                value.span(width.saturating_sub(3)),
            ]);
        } else {
            label_value_row(b, extra.label.clone(), value);
        }
    }
}

/// Whether a row led by `label` reads as the first row of a table: the name's or the code's.
fn starts_a_table(label: &str) -> bool {
    matches!(
        field_by_label(label),
        Some(HeaderField::Name | HeaderField::Code)
    )
}

/// The 项目名称 row, with the 项目编码 beside it when the record has one: a table starts at its
/// name or code, so a code on a row of its own would read as the start of another table.
pub(super) fn name_row(b: &mut GridBuilder, record: &Record, form: &Form) {
    let name = at(record, Place::Header(HeaderField::Name));
    let name_label = field_label(form, HeaderField::Name);
    if !filled(record, HeaderField::Code) {
        label_value_row(b, name_label, name);
        return;
    }
    let width = b.width();
    let left = width.saturating_sub(2) / 2;
    b.row(vec![
        Cell::label(name_label),
        name.span(left),
        Cell::label(field_label(form, HeaderField::Code)),
        at(record, Place::Header(HeaderField::Code))
            .span(width.saturating_sub(left.saturating_add(2))),
    ]);
}

/// The header as label/value rows: the name (and code), the other fields but the goals, the
/// extra cells, then the goals.
pub(super) fn header_rows(b: &mut GridBuilder, record: &Record, form: &Form) {
    name_row(b, record, form);
    let fields = written_fields(record, form, false);
    let rest = |goal: bool| {
        fields.iter().copied().filter(move |&f| {
            !matches!(f, HeaderField::Name | HeaderField::Code) && is_goal(f) == goal
        })
    };
    field_rows(b, record, form, rest(false));
    extra_rows(b, record);
    field_rows(b, record, form, rest(true));
}

/// The cost breakdown (项目预算成本构成): a heading, one row per line and the 合计, left out when
/// the record has no lines. Needs at least three columns.
pub(super) fn cost_rows(b: &mut GridBuilder, record: &Record) {
    if record.cost_lines.is_empty() {
        return;
    }
    let width = b.width();
    let rest = width.saturating_sub(2);
    b.row(vec![Cell::label("项目预算成本构成").span(width)]);
    b.row(vec![
        Cell::label("成本构成"),
        Cell::label("金额"),
        Cell::label("测算依据").span(rest),
    ]);
    for i in 0..record.cost_lines.len() {
        let cell = |cell| at(record, Place::Cost(i, cell));
        b.row(vec![
            cell(CostCell::Item),
            cell(CostCell::Amount),
            cell(CostCell::Basis).span(rest),
        ]);
    }
    b.row(vec![
        Cell::label("合计"),
        Cell::label(
            cost_total(record)
                .map(|t| t.to_string())
                .unwrap_or_default(),
        ),
        Cell::gap(rest),
    ]);
}

/// The sum of the cost lines' amounts, when every amount written is a number (and the sum does
/// not overflow); lines left empty count as nothing.
fn cost_total(record: &Record) -> Option<Decimal> {
    let mut total: Option<Decimal> = None;
    for line in &record.cost_lines {
        if line.amount.is_blank() {
            continue;
        }
        let amount = line.amount.value()?;
        total = Some(match total {
            Some(sum) => sum.checked_add(amount)?,
            None => amount,
        });
    }
    total
}

/// The indicator columns a table prints after 一级 and 二级: the record's own, with their
/// headings as written (a heading an import would not read as its column gives way to the one
/// offices print for it), else its form's.
pub(super) struct Printed {
    columns: Vec<(IndicatorCell, String)>,
}

impl Printed {
    /// The columns `record` prints.
    pub(super) fn of(record: &Record) -> Printed {
        let columns = if record.columns.is_empty() {
            record
                .layout
                .form()
                .columns
                .iter()
                .map(|c| (c.cell, c.heading.to_string()))
                .collect()
        } else {
            record
                .columns
                .iter()
                .map(|c| {
                    // A column placed by its content keeps its heading, and is placed by its
                    // content again; any other prints a heading an import reads as that column.
                    let heading = if c.guessed && !c.heading.trim().is_empty() {
                        c.heading.as_str()
                    } else {
                        heading_or_default(c.cell, &c.heading)
                    };
                    (c.cell, heading.to_string())
                })
                .collect()
        };
        Printed { columns }
    }

    /// How many columns.
    pub(super) fn len(&self) -> usize {
        self.columns.len()
    }

    /// The heading cells.
    pub(super) fn headings(&self) -> impl Iterator<Item = Cell> + '_ {
        self.columns.iter().map(|(_, h)| Cell::label(h.clone()))
    }

    /// The heading row of the multi-year set: `中期一级指标` first, where an import looks for the
    /// set a block belongs to, then `二级指标（中期）` and each heading marked `（中期）` unless it
    /// already names 中期 or 长期.
    pub(super) fn medium_heading_row(&self) -> Vec<Cell> {
        let mut cells = vec![
            Cell::label("中期一级指标"),
            Cell::label(medium_heading("二级指标")),
        ];
        cells.extend(self.medium_headings());
        cells
    }

    fn medium_headings(&self) -> impl Iterator<Item = Cell> + '_ {
        self.columns
            .iter()
            .map(|(_, h)| Cell::label(medium_heading(h)))
    }

    /// The cell after 得分 that the grade of a self-evaluation needs beside its 总分, when 得分 is
    /// the last column (0 or 1).
    pub(super) fn grade_room(&self, record: &Record) -> usize {
        let graded = record
            .evaluation
            .as_ref()
            .is_some_and(|e| !e.grade.trim().is_empty());
        let score_last = self
            .columns
            .last()
            .is_some_and(|(c, _)| *c == IndicatorCell::Score);
        usize::from(graded && score_last)
    }

    /// The index of the column holding `cell`, if printed.
    pub(super) fn position(&self, cell: IndicatorCell) -> Option<usize> {
        self.columns.iter().position(|(c, _)| *c == cell)
    }

    fn prints(&self, cell: IndicatorCell) -> bool {
        self.columns.iter().any(|(c, _)| *c == cell)
    }
}

/// `heading` as written when an import reads it as the column of `cell`, else the first heading
/// offices print for `cell` (a column left without a heading, or placed by its content under a
/// heading that names another column).
fn heading_or_default(cell: IndicatorCell, heading: &str) -> &str {
    // A column no form names is known only by its own heading.
    if matches!(cell, IndicatorCell::Other(_)) && !heading.trim().is_empty() {
        return heading;
    }
    let reads_as = match synonyms::heading(heading) {
        // 指标值 beside 计量单位 is the split target number.
        Some(Heading::Cell(IndicatorCell::Value)) => {
            matches!(cell, IndicatorCell::Value | IndicatorCell::Target)
        }
        Some(Heading::Cell(read)) => read == cell,
        _ => false,
    };
    if reads_as {
        heading
    } else {
        headings_of(cell).first().copied().unwrap_or(cell.label())
    }
}

/// `heading` marked as the multi-year set's.
fn medium_heading(heading: &str) -> String {
    if heading.contains("中期") || heading.contains("长期") {
        heading.to_string()
    } else {
        format!("{heading}（中期）")
    }
}

impl IndicatorColumns for Printed {
    fn cells(&self, row: &Row<'_>) -> Vec<Cell> {
        let splits = self.prints(IndicatorCell::Target) || self.prints(IndicatorCell::Unit);
        self.columns
            .iter()
            .map(|(cell, _)| match cell {
                IndicatorCell::Value if !splits => row.target(),
                IndicatorCell::Target if !self.prints(IndicatorCell::Value) => row.split_target(),
                &cell => row.cell(cell),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::layout::Layout;
    use crate::model::{HeaderExtra, Record};

    #[test]
    fn an_extra_cell_labelled_like_the_name_or_code_reads_back_within_its_table() {
        for layout in [Layout::NationalTarget, Layout::NationalSelfEvaluation] {
            for label in ["项目名称", "项目编码"] {
                let mut record = Record::blank(layout, Some(2025));
                // An import keeps a second name or code as an extra cell: the field is taken.
                record.header.name = "道路保洁".into();
                record.header.code = "101".into();
                record.header.extra = vec![
                    HeaderExtra {
                        label: label.into(),
                        value: "经费".into(),
                    },
                    HeaderExtra {
                        label: "备注".into(),
                        value: "无".into(),
                    },
                ];
                let text = crate::export::record_text(&record);
                let again = crate::import::import_text(&text);
                assert_eq!(again.records.len(), 1, "{layout:?} {label}\n{text}");
                assert_eq!(
                    again.records[0].header.extra, record.header.extra,
                    "{layout:?} {label}\n{text}"
                );
            }
        }
    }
}
