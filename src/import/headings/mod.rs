//! Reading a table by its headings: the forms of other offices.
//!
//! Every province prints its own form; what they share is the wording of their headings and
//! labels, not the positions. A table that is not one of the five local forms is read here: the
//! indicator heading row places every column by its heading ([`columns`]), the header is read by
//! its labels ([`header`]), the rows become the tree ([`tree`]), and a one-row-per-indicator list
//! becomes one record per project. The record then names the form it matched
//! ([`Layout::NationalTarget`], [`Layout::IndicatorList`], [`Layout::NationalSelfEvaluation`],
//! or [`Layout::Headings`] for a form jixiao does not know) and every guess is a doubt note.

mod columns;
mod header;
mod tree;

use super::notes::Notes;
use super::rows::Cell;
use super::segment::{Row, Table};
use crate::layout::Layout;
use crate::layout::synonyms::normalize;
use crate::model::{
    Amount, Evaluation, HeaderExtra, HeaderField, ImportNote, IndicatorCell, Level1, Level1Group,
    MoneyUnit, Record, RecordKind, Scheme,
};
use columns::{Columns, SetColumns};
use header::HeaderReader;
use tree::{RowCells, TreeReader};

pub(in crate::import) use columns::is_heading_row;

/// Whether a table's indicator part names columns the local forms do not have, so it must be
/// read by its headings rather than as one of the five local forms.
pub(super) fn wanted(table: &Table<'_>, layout: Layout) -> bool {
    if !layout.is_local() {
        return true;
    }
    // A department-wide table is no local form, whatever its indicator columns.
    let department_wide = table
        .rows
        .first()
        .and_then(|r| table.cells_of(r).first())
        .is_some_and(|c| super::segment::is_department_anchor(&c.text));
    if department_wide {
        return true;
    }
    // The heading row opens the indicator part; looking further would only cost time.
    let limit = table
        .indicators_from
        .map_or(table.rows.len(), |i| (i + 2).min(table.rows.len()));
    let rows = table.rows.get(..limit).unwrap_or_default();
    let Some(columns) = columns::find(table, rows, 0) else {
        // Without an indicator part, only a self-evaluation that does not say so is doubtful:
        // the local reader takes a multi-year target's labels for a self-evaluation's.
        let said = table
            .title
            .as_ref()
            .is_some_and(|t| t.text.contains("自评"));
        return layout == Layout::SelfEvaluation && !said;
    };
    if !columns.project.is_empty() || columns.medium.is_some() || unknown_hold_text(table, &columns)
    {
        return true;
    }
    let local = match layout {
        Layout::HebeiDisclosure => &[
            IndicatorCell::Name,
            IndicatorCell::Description,
            IndicatorCell::Value,
            IndicatorCell::Basis,
        ][..],
        Layout::SelfEvaluation => &[
            IndicatorCell::Name,
            IndicatorCell::Weight,
            IndicatorCell::Value,
            IndicatorCell::ScoringRule,
            IndicatorCell::Score,
        ][..],
        _ => &[IndicatorCell::Name, IndicatorCell::Value][..],
    };
    let cells: Vec<IndicatorCell> = columns.main.cells.iter().map(|(_, c, _)| *c).collect();
    // The local readers place cells by position: the columns must also come in their order.
    let order: Vec<usize> = cells
        .iter()
        .filter_map(|c| local.iter().position(|l| l == c))
        .collect();
    let in_order = order.windows(2).all(|w| w.first() < w.get(1));
    let fits = in_order
        && cells.iter().all(|c| local.contains(c))
        && columns
            .main
            .cells
            .iter()
            .all(|(_, _, heading)| super::labels::column_heading(heading).is_some());
    let scored = cells.contains(&IndicatorCell::Weight) || cells.contains(&IndicatorCell::Score);
    !fits || (layout == Layout::SelfEvaluation && !scored)
}

/// Whether a column under an unknown heading holds text below the heading row. An empty one
/// carries nothing, so it leaves the table to the reader its other columns fit, as
/// [`form_of`] leaves the form known: the canonical text, which drops it, then reads the same.
fn unknown_hold_text(table: &Table<'_>, columns: &Columns) -> bool {
    let body = table
        .rows
        .get(columns.heading_row + columns.heading_rows..)
        .unwrap_or_default();
    columns
        .unknown
        .iter()
        .any(|(col, _)| column_holds_text(table, body, *col))
}

/// Whether column `col` holds text (not a `/` or `—` for not applicable) on a row of `body`.
fn column_holds_text(table: &Table<'_>, body: &[Row], col: usize) -> bool {
    body.iter().any(|row| {
        table
            .cells_of(row)
            .iter()
            .any(|c| c.col == col && !tree::not_applicable(&c.text))
    })
}

/// The records a table read by its headings makes (several for an indicator list).
pub(super) fn read(table: &Table<'_>) -> Vec<Record> {
    let rows = &table.rows;
    let columns = columns::find(table, rows, 0).unwrap_or(Columns {
        heading_row: rows.len(),
        ..Columns::default()
    });
    let header_rows = rows.get(..columns.heading_row).unwrap_or_default();
    let body = rows
        .get(columns.heading_row + columns.heading_rows..)
        .unwrap_or_default();
    if columns.project.is_empty() {
        build(table, &columns, header_rows, body)
            .into_iter()
            .collect()
    } else {
        list(table, &columns, header_rows, body)
    }
}

/// A one-row-per-indicator list: a project starts on each row whose 项目名称 cell is filled.
fn list(table: &Table<'_>, columns: &Columns, header_rows: &[Row], body: &[Row]) -> Vec<Record> {
    let name_col = columns
        .project
        .iter()
        .find(|(_, f)| *f == HeaderField::Name)
        .map(|(c, _)| *c);
    let mut starts: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, row)| {
            let cells = table.cells_of(row);
            !table.is_heading_row(row)
                && cells
                    .iter()
                    .any(|c| Some(c.col) == name_col && !c.text.trim().is_empty())
        })
        .map(|(i, _)| i)
        .collect();
    // Rows before the first named project continue the last project of the page before.
    let continued = starts.first() != Some(&0) && !body.is_empty();
    if continued {
        starts.insert(0, 0);
    }
    let mut records = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(body.len());
        let chunk = body.get(start..end).unwrap_or_default();
        if let Some(mut record) = build(table, columns, header_rows, chunk) {
            record.layout = if columns.unknown.is_empty() {
                Layout::IndicatorList
            } else {
                Layout::Headings
            };
            if continued && k == 0 {
                let line = chunk.first().map_or(0, |r| r.span.line);
                record.notes.insert(
                    0,
                    ImportNote {
                        line,
                        seen: String::new(),
                        action: format!("{}：这些指标行前没有项目名称", ImportNote::CONTINUED),
                        doubt: true,
                    },
                );
            }
            records.push(record);
        }
    }
    records
}

/// Adds the records of the next table to `records`; a list that starts with the rows of the
/// previous page's last project (no project name of its own) is joined to that project.
pub(super) fn extend(records: &mut Vec<Record>, next: Vec<Record>) {
    let mut next = next.into_iter();
    if let Some(first) = next.next() {
        let joins = first.notes.first().is_some_and(ImportNote::is_continued)
            && records.last().is_some_and(|r| r.layout == first.layout);
        match records.last_mut() {
            Some(previous) if joins => join(previous, first),
            _ => records.push(first),
        }
    }
    records.extend(next);
}

/// The groups of a continuation into the project it continues, each under its own labels.
fn join(previous: &mut Record, continuation: Record) {
    let line = continuation.notes.first().map_or(0, |n| n.line);
    let count = continuation.indicator_count();
    for group in continuation.groups {
        let at = match previous.groups.iter().position(|g| g.label == group.label) {
            Some(i) => i,
            None => {
                previous.groups.push(Level1Group {
                    groups: Vec::new(),
                    ..group.clone()
                });
                previous.groups.len() - 1
            }
        };
        let Some(target) = previous.groups.get_mut(at) else {
            continue;
        };
        for level2 in group.groups {
            match target.groups.iter_mut().find(|g| g.label == level2.label) {
                Some(existing) => existing.indicators.extend(level2.indicators),
                None => target.groups.push(level2),
            }
        }
    }
    previous.notes.push(ImportNote {
        line,
        seen: String::new(),
        action: format!("第 {line} 行起的 {count} 个指标接续上一页的本项目，已并入本表"),
        doubt: false,
    });
    previous
        .notes
        .extend(continuation.notes.into_iter().skip(1));
}

/// Labels of the rows after the indicators.
enum Closing {
    Total,
    Text(&'static str),
    Signature,
}

fn closing(text: &str) -> Option<Closing> {
    let key = normalize(text);
    Some(match key.as_ref() {
        "总分" | "合计" | "总计" | "得分合计" | "自评总分" => Closing::Total,
        "其他需要说明事项" | "其他说明事项" | "需要说明的事项" => {
            Closing::Text("其他需要说明事项")
        }
        "评价结论" | "自评结论" | "结论" => Closing::Text("评价结论"),
        "存在问题" | "主要问题" | "存在的问题" => Closing::Text("存在问题"),
        "改进措施" | "整改措施" | "改进意见" | "问题及改进措施" => {
            Closing::Text("改进措施")
        }
        "财政部门审核意见" | "审核意见" | "主管部门审核意见" => {
            Closing::Text("")
        }
        _ if [
            "填表人",
            "填报人",
            "联系电话",
            "项目负责人",
            "单位负责人",
            "审核人",
            "填报日期",
            "财务负责人",
        ]
        .iter()
        .any(|s| key.starts_with(s)) =>
        {
            Closing::Signature
        }
        _ => return None,
    })
}

fn build(
    table: &Table<'_>,
    columns: &Columns,
    header_rows: &[Row],
    body: &[Row],
) -> Option<Record> {
    let mut notes = Notes::default();
    let mut record = Record::default();
    super::table::read_title(table, &mut record, &mut notes);
    let title = record.title.clone();
    if record.year.is_none() {
        record.year = year_in_title(&title);
    }
    let cells: Vec<IndicatorCell> = columns.main.cells.iter().map(|(_, c, _)| *c).collect();
    let squeezed: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    let self_evaluation = squeezed.contains("自评")
        || (squeezed.contains("评价表") && !squeezed.contains("评价指标表"))
        || cells.iter().any(|c| tree::is_self_evaluation_column(*c));
    record.kind = if self_evaluation {
        RecordKind::SelfEvaluation
    } else {
        RecordKind::Target
    };
    if self_evaluation {
        record.evaluation = Some(Evaluation::default());
    }
    let mut head = HeaderReader::default();
    // The cut mark is not a cell of the header.
    for row in header_rows.iter().filter(|r| !is_cut_mark(table.raw(r))) {
        head.row(table.cells_of(row), row.span.line, &mut record, &mut notes);
    }
    labels_above(table, &mut record, &mut notes);
    let project_unit = project_cells(table, columns, body.first(), &mut record, &mut notes);
    let zhejiang_style = name_holds_categories(table, &columns.main, body);
    let mut main_set = columns.main.clone();
    let kept = keep_unknown_columns(table, columns, body, &mut main_set);
    if zhejiang_style {
        relabel_name_as_level2(
            &mut main_set,
            &mut notes,
            body.first().map_or(0, |r| r.span.line),
        );
    }
    let mut main = TreeReader::default();
    let mut medium = TreeReader::default();
    let lead_is_medium = |cells: &[Cell<'_>]| {
        cells
            .first()
            .filter(|c| Some(c.col) == columns.lead || c.col == 0)
            .map(|c| {
                let t = normalize(&c.text);
                (t.contains("长期") || t.contains("中期"), t.contains("年度"))
            })
    };
    let mut in_medium = table
        .rows
        .get(columns.heading_row)
        .and_then(|r| lead_is_medium(table.cells_of(r)))
        .is_some_and(|(m, _)| m);
    let mut unknown_texts: Vec<String> = Vec::new();
    let mut after_tree = false;
    for row in body {
        let cells = table.cells_of(row);
        let line = row.span.line;
        if cells.is_empty() {
            continue;
        }
        if let Some(first) = cells.first()
            && let Some(kind) = closing(&first.text)
        {
            closing_row(
                kind,
                cells,
                &columns.main,
                &mut record,
                &mut notes,
                line,
                table.raw(row),
            );
            continue;
        }
        // A cell in front of the tree's columns starts a new section of the form
        // (`最近年度绩效评价情况`): the indicators are over, the rest is kept as header cells.
        let before_tree = main_set.level1.filter(|&l1| l1 > 0).is_some_and(|l1| {
            cells.first().is_some_and(|c| {
                c.col < l1
                    && !columns.project.iter().any(|(p, _)| *p == c.col)
                    && !normalize(&c.text).contains("指标")
            })
        });
        if (before_tree && !table.is_heading_row(row)) || after_tree {
            // Read as the header's rows are, which is how they read back: the canonical text
            // writes them among the header's cells.
            after_tree = true;
            head.row(cells, line, &mut record, &mut notes);
            continue;
        }
        if repeats_a_lower_heading_row(table, columns, cells) {
            notes.add(line, table.raw(row), "表头行重复（分页或分块），已跳过");
            continue;
        }
        if table.is_heading_row(row) {
            let was_medium = in_medium;
            match lead_is_medium(cells) {
                Some((true, _)) => in_medium = true,
                Some((_, true)) => in_medium = false,
                _ => {}
            }
            // A heading row that opens the other set is no repeat.
            if in_medium == was_medium {
                notes.add(line, table.raw(row), "表头行重复（分页或分块），已跳过");
            }
            continue;
        }
        for (col, heading) in columns.unknown.iter().filter(|(_, h)| !kept.contains(h)) {
            if let Some(cell) = cells.iter().find(|c| c.col == *col)
                && !tree::not_applicable(&cell.text)
            {
                unknown_texts.push(format!("{heading}：{}", cell.text));
            }
        }
        let row_cells = RowCells { cells, line };
        if in_medium {
            medium.row(&main_set, &row_cells, &mut notes);
        } else {
            main.row(&main_set, &row_cells, &mut notes);
            if let Some(set) = &columns.medium {
                medium.row(set, &row_cells, &mut notes);
            }
        }
    }
    // A table without indicator rows may be cut in its header or right after its heading row.
    let last_row = body.last().or(table.rows.last());
    if let Some(fragments) = cut_after(table, last_row) {
        let set = if in_medium { &mut medium } else { &mut main };
        let line = last_row.map_or(0, |r| r.span.line);
        match set.drop_cut_last() {
            Some(name) => notes.add(
                line,
                &name,
                format!(
                    "{}：最后一行只有不完整的指标名称，不作为指标",
                    ImportNote::CUT
                ),
            ),
            None if !fragments.is_empty() => notes.add(
                line,
                &fragments.join("\n"),
                format!(
                    "{}：截断处前不完整的「{}」不作为表格内容",
                    ImportNote::CUT,
                    fragments.join("」「")
                ),
            ),
            None => notes.add(line, "…", format!("{}，读到截断处为止", ImportNote::CUT)),
        }
    }
    let stated_unit = head.unit.or(table.unit).or(project_unit);
    let no_table = main.groups.is_empty() && record.header.name.is_empty();
    if no_table && record.header.goal.is_empty() {
        return None;
    }
    if main.regrouped {
        notes.add(
            body.first().map_or(0, |r| r.span.line),
            "",
            "指标行未按一级、二级指标分组排列，已按一级、二级指标归组（组内顺序不变）",
        );
    }
    record.groups = main.groups;
    record.medium_groups = medium
        .groups
        .into_iter()
        .filter(|g| g.groups.iter().any(|l2| !l2.indicators.is_empty()))
        .collect();
    record.columns = main_set.record_columns(&columns.guessed);
    let kept = drop_empty_unnamed_columns(&mut record, kept);
    record.scheme = if record.groups.iter().any(|g| g.category == Level1::Cost) {
        Scheme::National
    } else {
        Scheme::Older
    };
    if let Some(e) = &record.evaluation
        && record.header.amount.is_blank()
    {
        let total = &e.total;
        let budget = if total.full_year_budget.is_blank() {
            &total.initial_budget
        } else {
            &total.full_year_budget
        };
        if !budget.is_blank() {
            record.header.amount = budget.clone();
        }
    }
    tidy_extras(
        &mut record.header.extra,
        &mut notes,
        header_rows.first().map_or(0, |r| r.span.line),
    );
    record.layout = form_of(&record, !unknown_texts.is_empty() || !kept.is_empty());
    record.unit = stated_unit.unwrap_or(record.layout.default_unit());
    split_project_code(&mut record, &mut notes, header_rows);
    doubts(
        &record,
        columns,
        &main_set,
        (&kept, &unknown_texts),
        &mut notes,
        header_rows,
    );
    record.notes = notes.into_vec();
    record.notes.sort_by_key(|n| n.line);
    Some(record)
}

/// How many lines above a table's first row may hold labelled cells of its header.
const LINES_ABOVE: usize = 3;

/// Labelled cells written above the table's first row, label and value in one cell
/// (`预算单位：某县人民政府`): a field's label fills the field if the table left it empty,
/// else the cell is kept under its own label. Read after the table's own rows, which come first.
fn labels_above(table: &Table<'_>, record: &mut Record, notes: &mut Notes) {
    let Some(first) = table.rows.first() else {
        return;
    };
    let before = table.source.get(..first.span.raw_start).unwrap_or_default();
    let title_line = table.title.as_ref().map_or(0, |t| t.line);
    // The lines above are read from the table's start backwards: splitting all the text before
    // it made reading a document quadratic in its length.
    let count = first.span.line.saturating_sub(1);
    let mut above: Vec<&str> = before.lines().rev().take(LINES_ABOVE).collect();
    above.reverse();
    let from = count.saturating_sub(LINES_ABOVE).max(title_line);
    let first_above = count.saturating_sub(above.len());
    for (i, text) in (first_above..).zip(&above).skip_while(|(i, _)| *i < from) {
        let line = i.saturating_add(1);
        for cell in text.split('\t') {
            let Some((label, value)) = cell.split_once([':', '：']) else {
                continue;
            };
            let (label, value) = (label.trim(), value.trim());
            let Some(field) = crate::layout::synonyms::field_by_label(label) else {
                continue;
            };
            if value.is_empty() || field == HeaderField::Amount {
                continue;
            }
            let place = crate::model::Place::Header(field);
            if record.text_at(place).is_some_and(str::is_empty) {
                record.set_text_at(place, value);
                notes.add(
                    line,
                    cell,
                    format!("表格上方的「{label}」读入{}", field.label()),
                );
            } else {
                record.header.extra.push(HeaderExtra {
                    label: label.to_string(),
                    value: value.to_string(),
                });
            }
        }
    }
}

/// The 一体化 project code some offices write before the name (`51092324T000010263357-…`):
/// moved to 项目编码 where the form has one and the code was not written there too.
fn split_project_code(record: &mut Record, notes: &mut Notes, header_rows: &[Row]) {
    if !record.header.code.is_empty()
        || record
            .layout
            .form()
            .field_label(HeaderField::Code)
            .is_none()
    {
        return;
    }
    let name = record.header.name.trim();
    let code_len = name
        .char_indices()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(name.len(), |(i, _)| i);
    let (code, rest) = name.split_at(code_len);
    let digits = code.chars().filter(char::is_ascii_digit).count();
    let rest = rest.trim_start_matches(['-', '－', '_', ' ', '　']);
    if code.len() >= 18 && digits + 3 >= code.len() && !rest.is_empty() {
        let line = header_rows.first().map_or(0, |r| r.span.line);
        notes.add(
            line,
            name,
            format!("项目名称前的「{code}」是一体化项目编码，移到项目编码"),
        );
        let (code, rest) = (code.to_string(), rest.to_string());
        record.header.code = code;
        record.header.name = rest;
    }
}

/// A year written in a title (`…绩效自评表(2016年度)`, `2023年项目支出…`).
fn year_in_title(title: &str) -> Option<i32> {
    let chars: Vec<char> = title.chars().filter(|c| !c.is_whitespace()).collect();
    chars.windows(5).find_map(|w| {
        let digits: String = w.iter().take(4).collect();
        let year: i32 = digits.parse().ok()?;
        (w.get(4) == Some(&'年') && (1990..=2100).contains(&year)).then_some(year)
    })
}

/// The header cells without a field, as their canonical text reads back: a label whose value
/// went to a cell of its own without a label (a line broken by the copy) takes that value, and a
/// cell holding only a cut mark is no cell. Printed as label/value rows, either would read back
/// otherwise (the value under its label, the mark as the end of the table).
fn tidy_extras(extras: &mut Vec<HeaderExtra>, notes: &mut Notes, line: usize) {
    let mut tidy: Vec<HeaderExtra> = Vec::with_capacity(extras.len());
    for extra in extras.drain(..) {
        let blank_or_cut = |t: &str| t.trim().is_empty() || is_cut_mark(t);
        if (is_cut_mark(&extra.label) || is_cut_mark(&extra.value))
            && blank_or_cut(&extra.label)
            && blank_or_cut(&extra.value)
        {
            notes.add(line, "…", "表头中的省略号，不作为表头单元格");
            continue;
        }
        if let Some(label) = tidy.last_mut()
            && !label.label.trim().is_empty()
            && label.value.trim().is_empty()
            && extra.label.trim().is_empty()
            && !extra.value.trim().is_empty()
        {
            notes.add(
                line,
                &format!("{} {}", label.label.trim(), extra.value.trim()),
                "表头单元格的值写在下一个单元格，按该标签的值读取",
            );
            label.value = extra.value;
            continue;
        }
        tidy.push(extra);
    }
    *extras = tidy;
}

fn is_cut_mark(line: &str) -> bool {
    matches!(line.trim(), "…" | "……" | "...")
}

/// Whether the document was cut right after these rows (an excerpt ending in `…`), and the
/// broken-off start of a row left before the mark (`效`), if any. Rows not read into the table
/// (a short fragment) may stand between the last row and the mark.
fn cut_after<'s>(table: &Table<'s>, last: Option<&Row>) -> Option<Vec<&'s str>> {
    let last = last?;
    if is_cut_mark(table.raw(last)) {
        return Some(Vec::new());
    }
    let rest = table.source.get(last.span.raw_end..).unwrap_or_default();
    let mut lines = rest.lines().map(str::trim).filter(|l| !l.is_empty());
    let mut fragments = Vec::new();
    for line in lines.by_ref() {
        if is_cut_mark(line) {
            return Some(fragments);
        }
        if line.contains('\t') || line.chars().count() > 12 || fragments.len() >= 2 {
            return None;
        }
        fragments.push(line);
    }
    None
}

/// The project cells of an indicator list's first row, into the header.
fn project_cells(
    table: &Table<'_>,
    columns: &Columns,
    first: Option<&Row>,
    record: &mut Record,
    notes: &mut Notes,
) -> Option<MoneyUnit> {
    let row = first?;
    let mut found = None;
    for cell in table.cells_of(row) {
        let Some((_, field)) = columns.project.iter().find(|(c, _)| *c == cell.col) else {
            continue;
        };
        let text = cell.text.trim();
        match field {
            HeaderField::Amount => {
                let (number, unit) = header::amount_text(text);
                found = found.or(unit);
                if number != text {
                    notes.add(
                        row.span.line,
                        text,
                        format!("金额「{text}」按 {number} 读取"),
                    );
                }
                record.header.amount = Amount::new(number);
            }
            field => {
                record.set_text_at(crate::model::Place::Header(*field), text);
            }
        }
    }
    found
}

/// Whether the column headed as the indicator's name holds second-level categories instead
/// (`指标名称: 数量指标`), with no 二级指标 column.
fn name_holds_categories(table: &Table<'_>, set: &SetColumns, body: &[Row]) -> bool {
    let Some(name_col) = set.col(IndicatorCell::Name) else {
        return false;
    };
    if set.level2.is_some() {
        return false;
    }
    let names: Vec<String> = body
        .iter()
        .filter_map(|r| {
            table
                .cells_of(r)
                .iter()
                .find(|c| c.col == name_col)
                .map(|c| c.text.to_string())
        })
        .collect();
    let categories = names
        .iter()
        .filter(|n| tree::level2_of(n).is_some())
        .count();
    !names.is_empty() && categories * 2 > names.len()
}

fn relabel_name_as_level2(set: &mut SetColumns, notes: &mut Notes, line: usize) {
    let Some(name_col) = set.col(IndicatorCell::Name) else {
        return;
    };
    set.level2 = Some(name_col);
    set.cells.retain(|(c, _, _)| *c != name_col);
    let described = set
        .cells
        .iter_mut()
        .find(|(_, c, _)| matches!(c, IndicatorCell::Description | IndicatorCell::Standard));
    let moved = match described {
        Some((_, cell, heading)) => {
            *cell = IndicatorCell::Name;
            heading.clone()
        }
        None => String::new(),
    };
    notes.doubt(
        line,
        "",
        format!(
            "「指标名称」列写的是二级指标类别，按内容改作二级指标{}",
            if moved.is_empty() {
                String::new()
            } else {
                format!("；「{moved}」列作为三级指标名称")
            }
        ),
    );
}

/// The rows after the tree: total score, closing texts, signature lines.
fn closing_row(
    kind: Closing,
    cells: &[Cell<'_>],
    set: &SetColumns,
    record: &mut Record,
    notes: &mut Notes,
    line: usize,
    raw: &str,
) {
    let rest: Vec<&Cell<'_>> = cells.iter().skip(1).collect();
    match kind {
        Closing::Total => {
            let score_col = set.col(IndicatorCell::Score);
            let weight_col = set.col(IndicatorCell::Weight);
            let at = |col: Option<usize>| {
                col.and_then(|c| rest.iter().find(|cell| cell.col == c))
                    .map(|c| c.text.to_string())
            };
            match record.evaluation.as_mut() {
                Some(e) => {
                    // Without a 得分 column, the last number of the row is the total.
                    let score = at(score_col).or_else(|| {
                        rest.iter()
                            .rev()
                            .find(|c| crate::model::parse_plain_decimal(&c.text).is_some())
                            .map(|c| c.text.to_string())
                    });
                    if let Some(score) = score {
                        e.total_score = Amount::new(score);
                    }
                    if let Some(after) = score_col.and_then(|c| rest.iter().find(|x| x.col > c)) {
                        e.grade = after.text.to_string();
                    }
                }
                None => notes.add(line, raw, "合计行，不作为指标"),
            }
            if let Some(weight) = at(weight_col) {
                notes.add(line, raw, format!("合计行：分值合计 {weight}"));
            }
        }
        Closing::Text(label) => {
            let text = rest
                .iter()
                .map(|c| c.text.trim())
                .collect::<Vec<_>>()
                .join("\n");
            let slot = match (record.evaluation.as_mut(), label) {
                (Some(e), "其他需要说明事项") => Some(&mut e.remarks),
                (Some(e), "评价结论") => Some(&mut e.conclusion),
                (Some(e), "存在问题") => Some(&mut e.problems),
                (Some(e), "改进措施") => Some(&mut e.improvements),
                _ => None,
            };
            match slot {
                Some(slot) => *slot = text,
                None => record.header.extra.push(HeaderExtra {
                    label: cells
                        .first()
                        .map(|c| c.text.trim().to_string())
                        .unwrap_or_default(),
                    value: text,
                }),
            }
        }
        Closing::Signature => notes.add(line, raw, "签字、联系人或日期行，不作为指标"),
    }
}

/// Puts the columns under headings no form names that hold text into `set`, each as the next
/// [`IndicatorCell::Other`] in column order, so their cells are kept as written and the table
/// exports in its own columns. Gives their headings. An empty one carries nothing and is left
/// out (see [`unknown_hold_text`]); past the 256th, a column stays in a note.
fn keep_unknown_columns(
    table: &Table<'_>,
    columns: &Columns,
    body: &[Row],
    set: &mut SetColumns,
) -> Vec<String> {
    let mut kept = Vec::new();
    let mut unknown: Vec<&(usize, String)> = columns.unknown.iter().collect();
    unknown.sort_by_key(|(col, _)| *col);
    for (col, heading) in unknown {
        let taken = set.cells.iter().any(|(c, _, _)| c == col);
        let Ok(n) = u8::try_from(kept.len()) else {
            break;
        };
        if taken || !column_holds_text(table, body, *col) {
            continue;
        }
        set.cells
            .push((*col, IndicatorCell::Other(n), heading.clone()));
        kept.push(heading.clone());
    }
    set.cells.sort_by_key(|(col, _, _)| *col);
    kept
}

/// Drops the unnamed columns whose cells are empty or not applicable (`/`, `无`) in every
/// indicator read (their text was on rows that are no indicators, which keep it in their notes):
/// the canonical text would not print them, or would read back without them. The rest are
/// numbered again in order. Gives the headings of those kept.
fn drop_empty_unnamed_columns(record: &mut Record, kept: Vec<String>) -> Vec<String> {
    let filled = |n: u8| {
        record
            .groups
            .iter()
            .chain(&record.medium_groups)
            .flat_map(|g| &g.groups)
            .flat_map(|l2| &l2.indicators)
            .any(|ind| {
                let text = ind.text(IndicatorCell::Other(n));
                !text.trim().is_empty() && !tree::not_applicable(text)
            })
    };
    let keep: Vec<u8> = (0..kept.len())
        .filter_map(|n| u8::try_from(n).ok())
        .filter(|&n| filled(n))
        .collect();
    if keep.len() == kept.len() {
        return kept;
    }
    record.columns.retain(|c| match c.cell {
        IndicatorCell::Other(n) => keep.contains(&n),
        _ => true,
    });
    for column in &mut record.columns {
        if let IndicatorCell::Other(n) = column.cell
            && let Some(k) = keep
                .iter()
                .position(|&m| m == n)
                .and_then(|k| u8::try_from(k).ok())
        {
            column.cell = IndicatorCell::Other(k);
        }
    }
    for group in record.groups.iter_mut().chain(&mut record.medium_groups) {
        for level2 in &mut group.groups {
            for ind in &mut level2.indicators {
                let others = std::mem::take(&mut ind.others);
                ind.others = keep
                    .iter()
                    .map(|&n| others.get(usize::from(n)).cloned().unwrap_or_default())
                    .collect();
                while ind.others.last().is_some_and(String::is_empty) {
                    ind.others.pop();
                }
            }
        }
    }
    keep.iter()
        .filter_map(|&n| kept.get(usize::from(n)).cloned())
        .collect()
}

/// Whether `cells` are those of a heading row below the first (`指标性质 | 指标值 | 度量单位`
/// under `年度指标值`), cell for cell: a copy of it names columns, it is no indicator. The first
/// heading row is known by its own words ([`Table::is_heading_row`]); the rows below it are not.
fn repeats_a_lower_heading_row(table: &Table<'_>, columns: &Columns, cells: &[Cell<'_>]) -> bool {
    let below = columns.heading_row.saturating_add(1);
    let end = columns.heading_row.saturating_add(columns.heading_rows);
    let same = |row: &Row| {
        let heading = table.cells_of(row);
        heading.len() == cells.len()
            && heading
                .iter()
                .zip(cells)
                .all(|(h, c)| h.col == c.col && h.text == c.text)
    };
    table
        .rows
        .get(below..end)
        .unwrap_or_default()
        .iter()
        .any(same)
}

/// The form a record read by its headings matches.
///
/// A column re-placed by its content (names under 指标描述) leaves the form known: the doubt
/// note says what was moved, and the table is written back with the columns where they belong.
/// A column under an unknown heading makes the form unknown only when it holds text (`unknown`):
/// an empty one is not written back, and without it the text reads as the known form. A weight
/// column beside the groups is not read into the record (a doubt says so), so it does not decide
/// the form either: the canonical text does not carry it.
fn form_of(record: &Record, unknown: bool) -> Layout {
    if unknown {
        return Layout::Headings;
    }
    let has = |cell| record.columns.iter().any(|c| c.cell == cell);
    // A table without an indicator part (the copy cut it off) is read by its headings only for
    // its header, which is a national form's: it is written back, and reads back, as one.
    let no_tree = record.lacks_indicator_part();
    if !has(IndicatorCell::Name) && !no_tree {
        return Layout::Headings;
    }
    if record.kind == RecordKind::SelfEvaluation {
        if no_tree || has(IndicatorCell::Actual) || has(IndicatorCell::Score) {
            Layout::NationalSelfEvaluation
        } else {
            Layout::Headings
        }
    } else {
        Layout::NationalTarget
    }
}

/// The doubts a person should confirm, as notes that make the record `review`.
fn doubts(
    record: &Record,
    columns: &Columns,
    set: &SetColumns,
    (kept, unknown_texts): (&[String], &[String]),
    notes: &mut Notes,
    header_rows: &[Row],
) {
    let line = header_rows.first().map_or(0, |r| r.span.line);
    if record.layout == Layout::Headings {
        notes.doubt(
            line,
            "",
            "这张表不是 jixiao 认识的格式，各列按表头读取，请核对",
        );
    }
    if !kept.is_empty() {
        notes.doubt(
            line,
            &kept.join("、"),
            format!(
                "列「{}」不是已知的指标列，按原样保留为表格自己的列，请核对",
                kept.join("」「")
            ),
        );
    }
    if !unknown_texts.is_empty() {
        let names: Vec<&str> = columns
            .unknown
            .iter()
            .map(|(_, h)| h.as_str())
            .filter(|h| !kept.iter().any(|k| k == h))
            .collect();
        notes.unplaced(
            line,
            &unknown_texts.join("\n"),
            &format!(
                "列「{}」不是已知的指标列，其中 {} 个单元格",
                names.join("」「"),
                unknown_texts.len()
            ),
        );
    }
    for (cell, heading) in &columns.guessed {
        notes.doubt(
            line,
            heading,
            format!(
                "列「{heading}」不是已知的表头，按内容推断为「{}」，请核对",
                cell.label()
            ),
        );
    }
    if set.col(IndicatorCell::Name).is_none() {
        notes.doubt(line, "", "找不到三级指标（指标名称）列");
    }
    let valued = [
        IndicatorCell::Value,
        IndicatorCell::Target,
        IndicatorCell::Actual,
    ];
    if !valued.iter().any(|c| set.col(*c).is_some()) {
        notes.doubt(line, "", "找不到指标值列");
    }
    for (_, _, _, ind) in record.indicators() {
        let t = ind.target.trim();
        let serial = t.len() >= 5
            && t.chars().all(|c| c.is_ascii_digit() || c == ',')
            && t.replace(',', "")
                .parse::<u32>()
                .is_ok_and(|n| (20000..80000).contains(&n))
            && (ind.unit.trim() == t || ind.name.contains("时间"));
        if serial {
            notes.doubt(
                line,
                t,
                format!(
                    "「{}」的目标值「{t}」像是 Excel 的日期序列号（日期被当成数字复制），原文保留",
                    ind.name
                ),
            );
        }
    }
    if !columns.group_weights.is_empty() {
        notes.doubt(
            line,
            "",
            "一级、二级指标旁的分值（权重）列未读入指标，请核对",
        );
    }
    header_unread(record, notes, line);
}

/// A header whose main fields went mostly unread: the form's labels were not recognised, so
/// what it says may sit among the extra cells, or was not found at all.
fn header_unread(record: &Record, notes: &mut Notes, line: usize) {
    if record.is_department_wide() {
        notes.add(
            line,
            "",
            "部门整体绩效目标表：只有部门和年度目标，没有项目名称、金额等项目栏目",
        );
        return;
    }
    let h = &record.header;
    let main = [
        ("项目名称", h.name.trim().is_empty()),
        (
            "主管部门或实施单位",
            h.department.trim().is_empty() && h.implementer.trim().is_empty(),
        ),
        ("金额", h.amount.is_blank()),
        ("绩效目标", h.goal.trim().is_empty()),
    ];
    let unread: Vec<&str> = main
        .iter()
        .filter(|(_, empty)| *empty)
        .map(|(label, _)| *label)
        .collect();
    if unread.len() < 2 {
        return;
    }
    let kept: Vec<&str> = h
        .extra
        .iter()
        .filter(|x| !x.value.trim().is_empty())
        .map(|x| x.label.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if kept.is_empty() && unread.len() == main.len() {
        notes.doubt(
            line,
            "",
            "没有读到表头的任何栏目（项目名称、部门、金额、绩效目标）：表中可能没有表头，请核对",
        );
        return;
    }
    let kept = if kept.is_empty() {
        String::new()
    } else {
        format!("；不认识的栏目「{}」原样保留在附加栏目", kept.join("」「"))
    };
    notes.doubt(
        line,
        "",
        format!(
            "表头的主要栏目大多没有读到（未读到「{}」）{kept}，请核对",
            unread.join("」「")
        ),
    );
}

#[cfg(test)]
mod tests {
    use crate::model::HeaderExtra;

    const TREE: &str = "项目支出绩效自评表\n项目名称\t道路保洁\n\
        绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n\
        \t产出指标\t数量指标\t保洁面积\t10\t100\t100\t10\n";

    fn extras_after_the_tree(section: &str) -> Vec<HeaderExtra> {
        let text = format!("{TREE}{section}");
        let book = crate::import::import_text(&text);
        book.records
            .first()
            .map(|r| r.header.extra.clone())
            .unwrap_or_default()
    }

    fn extra(label: &str, value: &str) -> HeaderExtra {
        HeaderExtra {
            label: label.into(),
            value: value.into(),
        }
    }

    #[test]
    fn a_copy_of_the_headings_second_row_is_no_indicator() {
        let lower = "\t\t\t\t指标性质\t指标值\t度量单位\n";
        let text = format!(
            "项目支出绩效自评表\n项目名称\t道路保洁\n\
             绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t\t\t实际完成值\t分值\t得分\n\
             {lower}{lower}\t产出指标\t数量指标\t保洁面积\t≥\t100\t%\t100%\t10\t10\n"
        );
        let book = crate::import::import_text(&text);
        let record = book.records.first().expect("a table");
        let names: Vec<&str> = record.indicators().map(|(.., i)| i.name.as_str()).collect();
        assert_eq!(names, ["保洁面积"]);
        assert!(
            record.notes.iter().any(|n| n.action.contains("表头行重复")),
            "{:?}",
            record.notes
        );
    }

    #[test]
    fn words_after_the_self_score_label_are_the_next_label_not_the_score() {
        let text = "项目支出绩效自评表\n项目名称\t道路保洁\n\
            主管部门\t城管局\t自评得分\t省级财政部门\t财政厅\n\
            绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n\
            \t产出指标\t数量指标\t保洁面积\t10\t100\t100\t10\n";
        let book = crate::import::import_text(text);
        let record = book.records.first().expect("a table");
        let score = record.evaluation.as_ref().map(|e| e.total_score.text());
        assert_eq!(score, Some(""));
        assert!(
            record
                .header
                .extra
                .contains(&extra("省级财政部门", "财政厅")),
            "{:?}",
            record.header.extra
        );
    }

    #[test]
    fn an_ellipsis_after_the_tree_is_no_header_cell() {
        assert_eq!(extras_after_the_tree("12.5\t\n…\n"), [extra("", "12.5")]);
    }

    #[test]
    fn a_weight_after_an_indicator_cell_is_the_indicators_not_its_groups() {
        let text = "项目名称\t道路保洁\n一级指标\t二级指标\t指标说明\t目标值\t分值\n\
            产出指标\t数量指标\t保洁面积\t100\t20\n";
        let book = crate::import::import_text(text);
        let record = book.records.first().expect("a table");
        let weights: Vec<&str> = record.indicators().map(|(.., i)| i.weight.text()).collect();
        assert_eq!(weights, ["20"]);
    }

    #[test]
    fn an_unknown_column_whose_indicators_hold_only_a_slash_is_not_kept() {
        // The heading's second row puts words under the column; its indicators hold nothing.
        let text = "项目名称\t道路保洁\n一级指标\t二级指标\t三级指标\t指标值\t采集数据项\n\
            \t\t\t\t数据项1\n产出指标\t数量指标\t保洁面积\t100\t/\n";
        let book = crate::import::import_text(text);
        let record = book.records.first().expect("a table");
        let others: Vec<&[String]> = record.indicators().map(|(.., i)| &i.others[..]).collect();
        assert_eq!(others, [&[] as &[String]]);
        assert!(
            !record
                .columns
                .iter()
                .any(|c| matches!(c.cell, crate::model::IndicatorCell::Other(_))),
            "{:?}",
            record.columns
        );
    }
}
