//! The check engine's findings, kept per record so typing re-checks only the edited table.

use crate::check::{self, Finding, Severity};
use crate::model::{Record, Workbook};

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Counts {
    fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }
}

/// The findings of every record of a workbook, in record order.
#[derive(Debug, Clone, Default)]
pub struct FindingCache {
    per_record: Vec<Vec<Finding>>,
}

impl FindingCache {
    /// Checks the whole workbook.
    pub fn for_workbook(workbook: &Workbook) -> FindingCache {
        let mut per_record = vec![Vec::new(); workbook.records.len()];
        for finding in check::check_workbook(workbook) {
            if let Some(bucket) = per_record.get_mut(finding.record) {
                bucket.push(finding);
            }
        }
        FindingCache { per_record }
    }

    /// Re-checks the record at `index` after an edit.
    pub fn recheck(&mut self, record: &Record, index: usize) {
        if let Some(bucket) = self.per_record.get_mut(index) {
            *bucket = check::check_record(record, index);
        }
    }

    /// A record was inserted at `index`.
    pub fn inserted(&mut self, record: &Record, index: usize) {
        let index = index.min(self.per_record.len());
        self.per_record
            .insert(index, check::check_record(record, index));
        self.renumber_from(index);
    }

    /// The record at `index` was removed.
    pub fn removed(&mut self, index: usize) {
        if index < self.per_record.len() {
            self.per_record.remove(index);
            self.renumber_from(index);
        }
    }

    /// The record at `from` moved to `to`.
    pub fn moved(&mut self, from: usize, to: usize) {
        if from < self.per_record.len() && to < self.per_record.len() {
            let bucket = self.per_record.remove(from);
            self.per_record.insert(to, bucket);
            self.renumber_from(from.min(to));
        }
    }

    /// Findings carry their record's index; after a move they must say the new one.
    fn renumber_from(&mut self, start: usize) {
        for (index, bucket) in self.per_record.iter_mut().enumerate().skip(start) {
            for finding in bucket {
                finding.record = index;
            }
        }
    }

    /// The findings of the record at `index`.
    pub fn of_record(&self, index: usize) -> &[Finding] {
        self.per_record.get(index).map_or(&[], Vec::as_slice)
    }

    /// Every finding, in record order.
    pub fn all(&self) -> impl Iterator<Item = &Finding> {
        self.per_record.iter().flatten()
    }

    /// The counts of the record at `index`.
    pub fn counts(&self, index: usize) -> Counts {
        let mut counts = Counts::default();
        for finding in self.of_record(index) {
            counts.add(finding.severity);
        }
        counts
    }

    /// The counts of the whole workbook.
    pub fn total(&self) -> Counts {
        let mut counts = Counts::default();
        for finding in self.all() {
            counts.add(finding.severity);
        }
        counts
    }

    /// Whether any finding of the record at `index` has the rule `code`.
    pub fn has_code(&self, index: usize, code: &str) -> bool {
        self.of_record(index).iter().any(|f| f.code.contains(code))
    }
}
