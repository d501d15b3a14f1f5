//! One sheet's cells, handed over row by row, written as the text a copy of the sheet gives.
//!
//! Every spreadsheet reader (xlsx, ods, xls) hands its cells here in row order with their shown
//! text, so merged cells, hidden rows and columns and row numbers are treated once:
//! - a merged range shows its text in its top-left cell and nothing in the rest, whatever a
//!   writer left in the covered cells;
//! - hidden rows and columns are left out, and each is noted (a reviewer wants to know what was
//!   not read);
//! - every sheet row is one row of text, a row with no cells an empty line, so the line of a
//!   note is the row of the sheet; where a cell's line breaks push the text lines past the
//!   rows, [`SheetText::sheet_row`] maps them back;
//! - only rows and columns with cells are written, so a stray cell far away costs its own
//!   line, never a dense range.

use super::clipboard;
use crate::model::ImportNote;
use std::collections::BTreeMap;

/// The widest sheet offices write (column XFD).
pub(super) const MAX_COLUMNS: u32 = 16_384;
/// The longest sheet offices write.
pub(super) const MAX_ROWS: u32 = 1_048_576;

/// A rectangle of cells, 0-based and inclusive, as merged ranges are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Region {
    pub first_row: u32,
    pub first_col: u32,
    pub last_row: u32,
    pub last_col: u32,
}

/// Sorted, non-overlapping ranges of rows or columns (0-based, inclusive).
#[derive(Debug, Clone, Default)]
pub(super) struct Spans(Vec<(u32, u32)>);

impl Spans {
    /// Adds a range; ranges are expected in order, and a range touching the last is joined to it.
    pub fn push(&mut self, first: u32, last: u32) {
        match self.0.last_mut() {
            Some(prev) if first <= prev.1.saturating_add(1) && first >= prev.0 => {
                prev.1 = prev.1.max(last)
            }
            _ => {
                self.0.push((first, last));
                self.0.sort_unstable();
            }
        }
    }

    /// Whether `x` is in one of the ranges.
    pub fn contains(&self, x: u32) -> bool {
        let i = self.0.partition_point(|&(first, _)| first <= x);
        i > 0 && self.0.get(i - 1).is_some_and(|&(_, last)| x <= last)
    }

    /// How many members lie before `x`.
    fn count_before(&self, x: u32) -> u32 {
        self.0
            .iter()
            .take_while(|&&(first, _)| first < x)
            .map(|&(first, last)| last.min(x - 1) - first + 1)
            .sum()
    }
}

/// The text of a sheet and what was left out of it.
#[derive(Debug)]
pub(super) struct SheetText {
    /// The sheet as clipboard text.
    pub text: String,
    /// Notes on what was left out (hidden rows and columns), with the sheet's row numbers.
    pub notes: Vec<ImportNote>,
    /// `(text line, sheet row)` at every row where the two start to differ.
    shifts: Vec<(usize, usize)>,
}

impl SheetText {
    /// The sheet row (1-based) of a text line (1-based).
    pub fn sheet_row(&self, line: usize) -> usize {
        let i = self.shifts.partition_point(|&(start, _)| start <= line);
        match i.checked_sub(1).and_then(|i| self.shifts.get(i)) {
            Some(&(start, row)) => row.saturating_add(line - start),
            None => line,
        }
    }
}

/// Collects one sheet's cells in row order and writes its text.
#[derive(Debug)]
pub(super) struct SheetBuilder {
    sheet: String,
    hidden_rows: Spans,
    hidden_cols: Spans,
    merges: Vec<Region>,
    /// Index of the first merge not yet reached by the rows written.
    next_merge: usize,
    /// Merges that reach the current row.
    active: Vec<Region>,
    out: String,
    /// The next sheet row to write (0-based).
    next_row: u32,
    /// The text line (1-based) the next row starts on.
    text_line: usize,
    row: Option<u32>,
    cells: Vec<(u32, String)>,
    shifts: Vec<(usize, usize)>,
    skipped_rows: Spans,
    /// Hidden columns that held text, with the first row they held it in.
    skipped_cols: BTreeMap<u32, u32>,
    /// Cells that came after a later row: a file out of order.
    late: usize,
}

impl SheetBuilder {
    /// A builder for the sheet named `sheet` (the name goes into the notes).
    pub fn new(sheet: &str) -> SheetBuilder {
        SheetBuilder {
            sheet: sheet.to_owned(),
            hidden_rows: Spans::default(),
            hidden_cols: Spans::default(),
            merges: Vec::new(),
            next_merge: 0,
            active: Vec::new(),
            out: String::new(),
            next_row: 0,
            text_line: 1,
            row: None,
            cells: Vec::new(),
            shifts: Vec::new(),
            skipped_rows: Spans::default(),
            skipped_cols: BTreeMap::new(),
            late: 0,
        }
    }

    /// Hides rows `first..=last`; rows are hidden before their cells are given.
    pub fn hide_rows(&mut self, first: u32, last: u32) {
        self.hidden_rows.push(first, last);
    }

    /// Hides columns `first..=last`, before any cell is given.
    pub fn hide_cols(&mut self, first: u32, last: u32) {
        self.hidden_cols.push(first, last);
    }

    /// The merged ranges of the sheet, before any cell is given.
    pub fn set_merges(&mut self, mut merges: Vec<Region>) {
        merges.sort_unstable_by_key(|m| (m.first_row, m.first_col));
        self.merges = merges;
    }

    /// One cell and the text it shows; cells come row by row.
    pub fn cell(&mut self, row: u32, col: u32, text: String) {
        if text.trim().is_empty() || row >= MAX_ROWS || col >= MAX_COLUMNS {
            return;
        }
        match self.row {
            Some(current) if row < current => {
                self.late += 1;
                return;
            }
            Some(current) if row > current => self.flush(),
            _ => {}
        }
        if self.row.is_none() {
            if row < self.next_row {
                self.late += 1;
                return;
            }
            self.row = Some(row);
            self.reach_merges(row);
        }
        if self.is_covered(row, col) {
            return;
        }
        self.cells.push((col, text));
    }

    /// The text and the notes of the sheet.
    pub fn finish(mut self) -> SheetText {
        self.flush();
        let mut notes = Vec::new();
        for &(first, last) in &self.skipped_rows.0 {
            let rows = if first == last {
                format!("第 {} 行", first + 1)
            } else {
                format!("第 {}–{} 行", first + 1, last + 1)
            };
            notes.push(note(
                first as usize + 1,
                &rows,
                format!("工作表「{}」{rows}为隐藏行，已跳过", self.sheet),
            ));
        }
        for (col, first_row) in &self.skipped_cols {
            let name = column_name(*col);
            notes.push(note(
                *first_row as usize + 1,
                &format!("{name} 列"),
                format!("工作表「{}」第 {name} 列为隐藏列，已跳过", self.sheet),
            ));
        }
        if self.late > 0 {
            let mut late = note(
                1,
                "",
                format!(
                    "工作表「{}」中有 {} 个单元格在文件里排在其后的行之后（文件顺序错乱），已忽略",
                    self.sheet, self.late
                ),
            );
            late.doubt = true;
            notes.push(late);
        }
        SheetText {
            text: self.out,
            notes,
            shifts: self.shifts,
        }
    }

    fn reach_merges(&mut self, row: u32) {
        self.active.retain(|m| m.last_row >= row);
        while let Some(m) = self.merges.get(self.next_merge) {
            if m.first_row > row {
                break;
            }
            if m.last_row >= row {
                self.active.push(*m);
            }
            self.next_merge += 1;
        }
    }

    fn is_covered(&self, row: u32, col: u32) -> bool {
        self.active.iter().any(|m| {
            (m.first_row..=m.last_row).contains(&row)
                && (m.first_col..=m.last_col).contains(&col)
                && (row, col) != (m.first_row, m.first_col)
        })
    }

    fn flush(&mut self) {
        let Some(row) = self.row.take() else { return };
        for _ in self.next_row..row {
            self.out.push('\n');
            self.text_line += 1;
        }
        self.next_row = row.saturating_add(1);
        let sheet_row = row as usize + 1;
        if self.sheet_row_of_text_line() != sheet_row {
            self.shifts.push((self.text_line, sheet_row));
        }
        let mut cells = std::mem::take(&mut self.cells);
        if self.hidden_rows.contains(row) {
            self.skipped_rows.push(row, row);
            self.out.push('\n');
            self.text_line += 1;
            cells.clear();
            self.cells = cells;
            return;
        }
        cells.sort_by_key(|&(col, _)| col);
        let mut shown: Vec<String> = Vec::new();
        for (col, text) in cells.drain(..) {
            if self.hidden_cols.contains(col) {
                self.skipped_cols.entry(col).or_insert(row);
                continue;
            }
            let at = (col - self.hidden_cols.count_before(col)) as usize;
            if at < shown.len() {
                continue; // the same cell twice: the first counts
            }
            shown.resize(at, String::new());
            shown.push(text);
        }
        self.cells = cells;
        clipboard::push_row(&mut self.out, &shown);
        self.text_line += clipboard::lines_of(&shown);
    }

    /// The sheet row (1-based) the next text line stands for under the shifts so far.
    fn sheet_row_of_text_line(&self) -> usize {
        match self.shifts.last() {
            Some(&(start, row)) => row + (self.text_line - start),
            None => self.text_line,
        }
    }
}

/// A note on what was left out: not a doubt, the table was read as shown.
fn note(line: usize, seen: &str, action: String) -> ImportNote {
    ImportNote {
        line,
        seen: seen.to_owned(),
        action,
        doubt: false,
    }
}

/// The letters of a 0-based column (`0` → `A`, `26` → `AA`).
pub(super) fn column_name(col: u32) -> String {
    let mut n = col + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    name.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(f: impl FnOnce(&mut SheetBuilder)) -> SheetText {
        let mut b = SheetBuilder::new("表1");
        f(&mut b);
        b.finish()
    }

    #[test]
    fn every_sheet_row_is_one_text_line() {
        let sheet = build(|b| {
            b.cell(1, 0, "项目名称".into());
            b.cell(1, 2, "甲".into());
            b.cell(4, 1, "乙".into());
        });
        assert_eq!(sheet.text, "\n项目名称\t\t甲\n\n\n\t乙\n");
        assert_eq!(sheet.sheet_row(5), 5);
    }

    #[test]
    fn merged_cells_keep_their_text_in_the_top_left_cell_only() {
        let sheet = build(|b| {
            b.set_merges(vec![Region {
                first_row: 0,
                first_col: 0,
                last_row: 1,
                last_col: 1,
            }]);
            b.cell(0, 0, "产出指标".into());
            b.cell(0, 1, "留在被合并格里的值".into());
            b.cell(0, 2, "数量".into());
            b.cell(1, 0, "又一个".into());
            b.cell(1, 2, "质量".into());
        });
        assert_eq!(sheet.text, "产出指标\t\t数量\n\t\t质量\n");
    }

    #[test]
    fn hidden_rows_and_columns_are_left_out_with_a_note() {
        let sheet = build(|b| {
            b.hide_cols(1, 1);
            b.hide_rows(1, 1);
            b.cell(0, 0, "甲".into());
            b.cell(0, 1, "藏".into());
            b.cell(0, 2, "乙".into());
            b.cell(1, 0, "藏行".into());
            b.cell(2, 2, "丙".into());
        });
        assert_eq!(sheet.text, "甲\t乙\n\n\t丙\n");
        let actions: Vec<&str> = sheet.notes.iter().map(|n| n.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "工作表「表1」第 2 行为隐藏行，已跳过",
                "工作表「表1」第 B 列为隐藏列，已跳过"
            ]
        );
        assert!(sheet.notes.iter().all(|n| !n.doubt));
        assert_eq!(sheet.notes[0].line, 2);
    }

    #[test]
    fn line_breaks_inside_cells_map_back_to_sheet_rows() {
        let sheet = build(|b| {
            b.cell(0, 0, "目标".into());
            b.cell(0, 1, "目标 1：甲\n目标 2：乙".into());
            b.cell(1, 0, "下一行".into());
            b.cell(3, 0, "再下".into());
        });
        assert_eq!(
            sheet.text,
            "目标\t\"目标 1：甲\n目标 2：乙\"\n下一行\n\n再下\n"
        );
        assert_eq!(sheet.sheet_row(1), 1);
        assert_eq!(sheet.sheet_row(3), 2);
        assert_eq!(sheet.sheet_row(5), 4);
    }

    #[test]
    fn cells_out_of_row_order_are_ignored_with_a_doubt() {
        let sheet = build(|b| {
            b.cell(2, 0, "后".into());
            b.cell(0, 0, "前".into());
        });
        assert_eq!(sheet.text, "\n\n后\n");
        assert!(sheet.notes[0].doubt);
    }

    #[test]
    fn column_names_are_letters() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(16_383), "XFD");
    }
}
