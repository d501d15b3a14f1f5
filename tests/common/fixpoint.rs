//! Damage of the kinds a copy out of a PDF or a spreadsheet does, applied to a document line by
//! line, and the fixed-point check of the canonical export: export → import → export gives the
//! same bytes and the same tables.
//!
//! Shared by `tests/export_fixed_point.rs` and `examples/measure_fixpoint.rs` (which includes this
//! file by path), so the property test and the measurement damage documents the same way.

use jixiao::export::{record_rows, workbook_text};
use jixiao::import::import_text;
use jixiao::model::Record;

/// One piece of damage: its kind and two numbers that choose where (taken modulo what is there).
pub type Edit = (u8, u64, u64);

/// How many kinds of damage [`damage`] knows.
pub const KINDS: u8 = 11;

/// The names of the kinds, in the order of their numbers.
pub const KIND_NAMES: [&str; KINDS as usize] = [
    "delete a line",
    "duplicate a line",
    "join two lines",
    "split a line at a tab",
    "delete a tab",
    "insert a tab",
    "swap two cells",
    "insert spaces",
    "replace a value with a word",
    "cut the document",
    "change a number",
];

/// Words a cell's value is replaced with: what a self-evaluation writes instead of a number.
const WORDS: [&str; 6] = ["已完成", "达标", "良好", "是", "按期完成", "无"];

fn pick(n: u64, len: usize) -> usize {
    if len == 0 {
        0
    } else {
        (n % len as u64) as usize
    }
}

/// `text` with `edits` applied in order.
pub fn damage(text: &str, edits: &[Edit]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for &(kind, a, b) in edits {
        if lines.is_empty() {
            break;
        }
        let at = pick(a, lines.len());
        match kind % KINDS {
            0 => {
                lines.remove(at);
            }
            1 => lines.insert(at, lines[at].clone()),
            2 if at + 1 < lines.len() => {
                let next = lines.remove(at + 1);
                let glue = if b % 2 == 0 { "" } else { "\t" };
                lines[at] = format!("{}{glue}{next}", lines[at]);
            }
            3 => {
                let tabs: Vec<usize> = lines[at].match_indices('\t').map(|(i, _)| i).collect();
                if !tabs.is_empty() {
                    let split = tabs[pick(b, tabs.len())];
                    let rest = lines[at].split_off(split);
                    lines.insert(at + 1, rest[1..].to_string());
                }
            }
            4 => {
                let tabs: Vec<usize> = lines[at].match_indices('\t').map(|(i, _)| i).collect();
                if !tabs.is_empty() {
                    lines[at].remove(tabs[pick(b, tabs.len())]);
                }
            }
            5 => insert_at_char(&mut lines[at], b, "\t"),
            6 => {
                let mut cells: Vec<&str> = lines[at].split('\t').collect();
                let i = pick(b, cells.len());
                let j = pick(b / 7 + 1, cells.len());
                cells.swap(i, j);
                lines[at] = cells.join("\t");
            }
            7 => insert_at_char(&mut lines[at], b, &" ".repeat(1 + pick(b / 3, 3))),
            8 => {
                let mut cells: Vec<String> = lines[at].split('\t').map(str::to_string).collect();
                let i = pick(b, cells.len());
                cells[i] = WORDS[pick(b / 11, WORDS.len())].to_string();
                lines[at] = cells.join("\t");
            }
            9 => lines.truncate(at.max(1)),
            _ => {
                let digits: Vec<usize> = lines[at]
                    .char_indices()
                    .filter(|(_, c)| c.is_ascii_digit())
                    .map(|(i, _)| i)
                    .collect();
                if !digits.is_empty() {
                    let i = digits[pick(b, digits.len())];
                    let digit = char::from(b'0' + (b / 13 % 10) as u8);
                    lines[at].replace_range(i..i + 1, &digit.to_string());
                }
            }
        }
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

fn insert_at_char(line: &mut String, n: u64, what: &str) {
    let bounds: Vec<usize> = line
        .char_indices()
        .map(|(i, _)| i)
        .chain([line.len()])
        .collect();
    line.insert_str(bounds[pick(n, bounds.len())], what);
}

/// How the canonical export of a document fails to be a fixed point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The canonical text is read as no table at all.
    NoTables,
    /// The canonical text is read as another number of tables.
    TableCount { first: usize, second: usize },
    /// The canonical text of the re-import differs from the first canonical text.
    Text { line: usize },
    /// The same number of tables, but a table reads back with other contents: the paths of the
    /// fields that differ.
    Records { paths: Vec<String> },
}

impl Failure {
    /// The class of the failure, for counting.
    pub fn class(&self) -> &'static str {
        match self {
            Failure::NoTables => "re-import finds no table",
            Failure::TableCount { first, second } if second < first => "re-import loses a table",
            Failure::TableCount { .. } => "re-import finds more tables",
            Failure::Text { .. } => "second export differs",
            Failure::Records { .. } => "re-import reads a table differently",
        }
    }
}

/// `record` without what canonical text does not carry: the importer's notes and the source.
/// The first export may normalise how a table is printed: an untitled table is written with its
/// form's standard title, and a column under the heading its form names it by (a column placed
/// by its content too), so the columns are compared by what they hold, not by their headings.
pub fn as_carried(record: &Record) -> Record {
    let mut record = record.clone();
    record.notes.clear();
    record.source = Default::default();
    if record.columns.is_empty() {
        record.columns = record.layout.form().indicator_columns();
    }
    for column in &mut record.columns {
        column.heading.clear();
        column.guessed = false;
    }
    if record.title.is_empty() {
        record.title = record_rows(&record)
            .first()
            .and_then(|row| row.first())
            .cloned()
            .unwrap_or_default();
    }
    record
}

/// Whether the canonical export of `source` is a fixed point; `Ok` also when `source` holds no
/// table, since there is nothing to export.
pub fn check(source: &str) -> Result<(), Failure> {
    let first = import_text(source);
    if first.records.is_empty() {
        return Ok(());
    }
    let canonical = workbook_text(&first);
    let second = import_text(&canonical);
    if second.records.is_empty() {
        return Err(Failure::NoTables);
    }
    if second.records.len() != first.records.len() {
        return Err(Failure::TableCount {
            first: first.records.len(),
            second: second.records.len(),
        });
    }
    let again = workbook_text(&second);
    if again != canonical {
        let line = canonical
            .lines()
            .zip(again.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| canonical.lines().count().min(again.lines().count()));
        return Err(Failure::Text { line: line + 1 });
    }
    let mut paths = Vec::new();
    for (a, b) in first.records.iter().zip(&second.records) {
        let json = |r: &Record| serde_json::to_value(as_carried(r)).unwrap_or_default();
        differences("", &json(a), &json(b), &mut paths);
    }
    if paths.is_empty() {
        Ok(())
    } else {
        Err(Failure::Records { paths })
    }
}

/// Where `a` and `b` differ, as `path: a ≠ b` lines.
pub fn differences(
    path: &str,
    a: &serde_json::Value,
    b: &serde_json::Value,
    out: &mut Vec<String>,
) {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (key, value) in x {
                let other = y.get(key).unwrap_or(&Value::Null);
                differences(&format!("{path}.{key}"), value, other, out);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                differences(&format!("{path}[{i}]"), v, w, out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} ≠ {b}")),
        _ => {}
    }
}
