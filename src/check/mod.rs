//! The reviewer's rules: one engine that feeds both the editor and `jixiao check`.

use crate::model::{Place, Record, Workbook};
use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The table is wrong.
    Error,
    /// Probably wrong; a person decides.
    Warning,
    /// Worth knowing.
    Info,
}

/// A quick fix whose result is certain: writes `text` at `place`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does, in Chinese (`改为「2026年12月」`).
    pub label: String,
    /// Where it writes.
    pub place: Place,
    /// What it writes.
    pub text: String,
}

impl Fix {
    /// Applies the fix to `record`; returns whether the place existed.
    pub fn apply(&self, record: &mut Record) -> bool {
        record.set_text_at(self.place, &self.text)
    }
}

/// One thing a rule found wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Index of the record in the workbook.
    pub record: usize,
    /// How serious it is.
    pub severity: Severity,
    /// The stable rule code (`cost-sum`, `percent-range` …).
    pub code: &'static str,
    /// The exact place.
    pub place: Place,
    /// What is wrong, in plain Chinese, with the numbers involved.
    pub message: String,
    /// Certain fixes, offered never applied silently.
    pub fixes: Vec<Fix>,
}

/// Runs every rule over one record, which sits at `index` in its workbook.
pub fn check_record(_record: &Record, _index: usize) -> Vec<Finding> {
    Vec::new()
}

/// Runs every rule over every record.
pub fn check_workbook(workbook: &Workbook) -> Vec<Finding> {
    workbook
        .records
        .iter()
        .enumerate()
        .flat_map(|(i, r)| check_record(r, i))
        .collect()
}
