//! The canonical table text: each table exactly as the official form lays it out, tab-separated.

use crate::model::{Record, Workbook};

/// The rows of the official form for `record`, every row with the same number of cells.
pub fn record_rows(_record: &Record) -> Vec<Vec<String>> {
    Vec::new()
}

/// The canonical text of one table: its rows joined by tabs and `\n`.
pub fn record_text(record: &Record) -> String {
    rows_text(&record_rows(record))
}

/// The canonical text of a workbook: its tables separated by one empty line.
pub fn workbook_text(workbook: &Workbook) -> String {
    workbook
        .records
        .iter()
        .map(record_text)
        .collect::<Vec<_>>()
        .join("\n")
}

fn rows_text(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}
