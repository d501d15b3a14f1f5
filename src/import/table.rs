//! One table found in a document into one record: which form it follows, its header, its tree.

use super::assign::Field;
use super::header;
use super::labels::{self, Column, Key};
use super::notes::Notes;
use super::segment::{Row, Table, YearSource};
use super::text::squeeze_short;
use super::tree;
use crate::layout::Layout;
use crate::model::{Evaluation, Funding, Record};

/// The records a table makes: one for a table of a local form, one per project for an indicator
/// list, none when the rows were not a target table after all (a procurement list whose heading
/// happens to start with `项目名称`).
pub(super) fn read(table: &Table<'_>) -> Vec<Record> {
    let mut records = read_any(table);
    records.iter_mut().for_each(fit);
    records
}

/// Gives back what the lists of a finished record grew by and no longer need: groups filled a
/// row at a time hold up to twice the indicators they have, several hundred bytes each.
fn fit(record: &mut Record) {
    for groups in [&mut record.groups, &mut record.medium_groups] {
        groups.shrink_to_fit();
        for group in groups.iter_mut() {
            group.groups.shrink_to_fit();
            for sub in &mut group.groups {
                sub.indicators.shrink_to_fit();
            }
        }
    }
    record.cost_lines.shrink_to_fit();
    record.columns.shrink_to_fit();
    record.header.extra.shrink_to_fit();
    record.notes.shrink_to_fit();
}

fn read_any(table: &Table<'_>) -> Vec<Record> {
    let split = table.indicators_from.unwrap_or(table.rows.len());
    let (header_rows, indicator_rows) = table.rows.split_at(split.min(table.rows.len()));
    let mut notes = Notes::default();
    let scanned = header::scan_rows(table, header_rows, &mut notes);
    let layout = detect(table, &scanned, header_rows, indicator_rows);
    if super::headings::wanted(table, layout) {
        return super::headings::read(table);
    }
    read_local(table, layout, &scanned, header_rows, indicator_rows, notes)
        .into_iter()
        .collect()
}

/// A table of one of the five local forms, read by the form's layout.
fn read_local(
    table: &Table<'_>,
    layout: Layout,
    scanned: &[header::ScannedRow<'_>],
    header_rows: &[Row],
    indicator_rows: &[Row],
    mut notes: Notes,
) -> Option<Record> {
    let split = header_rows.len();
    let mut record = Record {
        kind: layout.kind(),
        layout,
        unit: layout.default_unit(),
        funding: layout.blank_funding(),
        spending_plan: layout.has_spending_plan().then(Default::default),
        evaluation: (layout == Layout::SelfEvaluation).then(Evaluation::default),
        ..Record::default()
    };
    read_title(table, &mut record, &mut notes);
    if split == 0
        && let Some(first) = table.rows.first()
    {
        notes.add(
            first.span.line,
            table.raw(first),
            "表格没有「项目名称」等表头行，从指标表头开始读取",
        );
    }
    let label_unit = header::read(scanned, &mut record, &mut notes);
    if let Some(unit) = label_unit.or(table.unit) {
        record.unit = unit;
    }
    tree::read(table, indicator_rows, &mut record, &mut notes);
    note_spaced_amounts(
        &record,
        header_rows.first().map_or(0, |r| r.span.line),
        &mut notes,
    );
    if record.groups.is_empty() && filled_header_fields(&record) < 2 {
        return None;
    }
    record.notes = notes.into_vec();
    record.notes.sort_by_key(|n| n.line);
    Some(record)
}

/// The title and year of a table, with a note where they were pieced together or borrowed.
pub(super) fn read_title(table: &Table<'_>, record: &mut Record, notes: &mut Notes) {
    if let Some(title) = &table.title {
        record.title = match &table.title_head {
            Some(head) => {
                let joined = format!("{}{}", head.text, title.text.trim());
                notes.add(head.line, &joined, "标题断成两行，已合并为一行");
                joined
            }
            None => title.text.clone(),
        };
    }
    match &table.year {
        Some((year, YearSource::Table(_))) => record.year = Some(*year),
        Some((year, YearSource::Document(line))) => {
            record.year = Some(*year);
            notes.add(
                line.line,
                &line.text,
                format!("表格本身未写年度，取文档中的「{}」：{year} 年", line.text),
            );
        }
        None => {}
    }
}

/// Amounts written with spaces inside (`5 932.30`) are read without them; say so.
fn note_spaced_amounts(record: &Record, line: usize, notes: &mut Notes) {
    let mut amounts = vec![&record.header.amount];
    amounts.extend(funding_amounts(&record.funding));
    if let Some(plan) = &record.spending_plan {
        amounts.extend(plan.points().map(|(_, a)| a));
    }
    if let Some(e) = &record.evaluation {
        for row in [&e.total, &e.fiscal, &e.other] {
            amounts.extend([&row.initial_budget, &row.full_year_budget, &row.executed]);
        }
    }
    for amount in amounts {
        let text = amount.text();
        if let Some(value) = amount.value()
            && text.contains(char::is_whitespace)
        {
            notes.add(
                line,
                text,
                format!("金额「{text}」中有空格，按 {value} 读数，原文不变"),
            );
        }
    }
}

/// The amounts of a funding breakdown.
fn funding_amounts(funding: &Funding) -> Vec<&crate::model::Amount> {
    match funding {
        Funding::Region(f) => vec![
            &f.annual_total,
            &f.local_total,
            &f.local_fiscal,
            &f.local_other,
            &f.local_carryover,
            &f.transfer_total,
            &f.transfer_central,
            &f.transfer_region,
        ],
        Funding::Hebei(f) => vec![&f.fiscal, &f.other],
        Funding::None => Vec::new(),
    }
}

/// How many header fields a table filled, to tell a target table from other tables; a filled
/// funding breakdown counts as one, so a table keeps being one when its form has no place for
/// the other fields it was read with.
fn filled_header_fields(record: &Record) -> usize {
    let h = &record.header;
    [
        &h.code,
        &h.department,
        &h.implementer,
        &h.project_kind,
        &h.duration,
        &h.office,
        &h.goal,
        &h.fund_use,
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .count()
        + usize::from(!h.amount.is_blank())
        + usize::from(
            funding_amounts(&record.funding)
                .iter()
                .any(|a| !a.is_blank()),
        )
}

/// The form a table follows, from its title, its header labels and its indicator headings.
fn detect(
    table: &Table<'_>,
    scanned: &[header::ScannedRow<'_>],
    header_rows: &[Row],
    indicator_rows: &[Row],
) -> Layout {
    let keys: Vec<Key> = scanned
        .iter()
        .flat_map(|r| &r.items)
        .filter_map(|i| match i {
            header::Item::Label { key, .. } => Some(*key),
            header::Item::Text { .. } => None,
        })
        .collect();
    let mut coded = 0i32;
    for row in header_rows {
        for cell in table.cells_of(row) {
            coded += coded_signal(&cell.text);
        }
    }
    let mut headings = Vec::new();
    if let Some(row) = indicator_rows.first() {
        for cell in table.cells_of(row) {
            if let Some(h) = labels::column_heading(&cell.text) {
                headings.push(h);
            }
            coded += coded_signal(&cell.text);
        }
    }
    for row in indicator_rows.iter().take(4) {
        if let Some(cell) = table.cells_of(row).first()
            && has_code(&cell.text)
            && labels::category(&cell.text).is_some()
        {
            coded += 2;
        }
    }
    let title = table.title.as_ref().map_or("", |t| t.text.as_str());
    let has = |wanted: &[Key]| keys.iter().any(|k| wanted.contains(k));
    let heading = |wanted: &[Column]| headings.iter().any(|h| wanted.contains(h));
    if title.contains("自评")
        || has(&[
            Key::EvalMoney,
            Key::InitialBudget,
            Key::FullYearBudget,
            Key::Executed,
            Key::InitialGoal,
            Key::GoalResult,
        ])
        || heading(&[
            Column::Cell(Field::Weight),
            Column::Cell(Field::Score),
            Column::Cell(Field::Method),
        ])
    {
        Layout::SelfEvaluation
    } else if has(&[Key::HebeiAmount, Key::HebeiFiscal, Key::Plan, Key::FundUse])
        || keys.iter().any(|k| matches!(k, Key::PlanPoint(_)))
        || heading(&[Column::Cell(Field::Description), Column::Cell(Field::Basis)])
    {
        Layout::HebeiDisclosure
    } else if has(&[
        Key::RegionAmount,
        Key::LocalBlock,
        Key::TransferBlock,
        Key::FundTotal,
        Key::Central,
        Key::RegionFunds,
    ]) || title.contains("自治区本级")
    {
        Layout::RegionForm
    } else if has(&[Key::AnnualTotal]) {
        // The national table's amount label, and the canonical text's of every table read by
        // its headings; the region form's 其中：年度资金总额 comes with its 项目总额.
        Layout::NationalTarget
    } else if has(&[Key::Code]) {
        Layout::HebeiDisclosure
    } else if coded > 0 {
        Layout::CodedCountyForm
    } else {
        Layout::CountyForm
    }
}

/// How strongly a cell speaks for the coded county form (positive) or the plain one (negative).
fn coded_signal(text: &str) -> i32 {
    if has_code(text) {
        return 2;
    }
    if !matches!(
        super::text::first_char(text),
        Some('项' | '年' | '一' | '资')
    ) {
        return 0;
    }
    let Some(s) = squeeze_short(text) else {
        return 0;
    };
    if has_code(&s) {
        return 2;
    }
    match &*s {
        "项目主管处室" | "年度总体绩效目标" | "一级指标" => 1,
        "项目年度绩效目标" | "一级绩效指标" | "项目年度金额(元)" => -1,
        _ if s.starts_with("资金主管处") => -1,
        _ => 0,
    }
}

/// A leading code like `0101-`, `07-`, `1-`, `11-`.
fn has_code(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (1..=4).contains(&digits)
        && text
            .chars()
            .nth(digits)
            .is_some_and(|c| c == '-' || c == '－')
        && text
            .chars()
            .nth(digits + 1)
            .is_some_and(super::text::is_cjk_or_dash)
}
