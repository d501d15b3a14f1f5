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

/// Rules whose findings on one table fold into one line of the problems list: the spacing a
/// PDF copy leaves in values comes by the dozen per table, each fixed the same certain way, and
/// listed one by one it buries the errors.
pub const FOLDED_RULES: &[&str] = &["value-format"];

/// A line of the problems list.
#[derive(Debug, Clone, PartialEq)]
pub enum Line<'a> {
    /// One finding.
    One(&'a Finding),
    /// Every finding of one folded rule on one table, in the place of the first.
    Folded {
        /// The table.
        record: usize,
        /// The rule.
        code: &'static str,
        /// Its findings on the table, in order.
        findings: Vec<&'a Finding>,
    },
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

    /// The findings of the record at `record`, or of the whole workbook: errors first, then
    /// warnings, then infos, each in table order.
    pub fn by_severity(&self, record: Option<usize>) -> Vec<&Finding> {
        let mut found: Vec<&Finding> = match record {
            Some(index) => self.of_record(index).iter().collect(),
            None => self.all().collect(),
        };
        // Stable: within a severity the engine's order (table by table, rule by rule) stays.
        found.sort_by_key(|f| f.severity);
        found
    }

    /// [`FindingCache::by_severity`] as lines of the problems list: two or more findings of a
    /// [folded rule](FOLDED_RULES) on one table make one line.
    pub fn lines(&self, record: Option<usize>) -> Vec<Line<'_>> {
        let found = self.by_severity(record);
        let folds = |f: &Finding| {
            FOLDED_RULES.contains(&f.code)
                && found
                    .iter()
                    .filter(|g| g.code == f.code && g.record == f.record)
                    .nth(1)
                    .is_some()
        };
        let mut lines: Vec<Line<'_>> = Vec::new();
        for finding in &found {
            if !folds(finding) {
                lines.push(Line::One(finding));
                continue;
            }
            let same = |line: &Line<'_>| {
                matches!(line, Line::Folded { record, code, .. }
                    if *record == finding.record && *code == finding.code)
            };
            match lines.iter_mut().find(|l| same(l)) {
                Some(Line::Folded { findings, .. }) => findings.push(finding),
                _ => lines.push(Line::Folded {
                    record: finding.record,
                    code: finding.code,
                    findings: vec![finding],
                }),
            }
        }
        lines
    }

    /// The counts of the record at `index`.
    pub fn counts(&self, index: usize) -> Counts {
        let mut counts = Counts::default();
        for finding in self.of_record(index) {
            counts.add(finding.severity);
        }
        counts
    }

    /// The counts of the record at `record`, or of the whole workbook.
    pub fn counts_of(&self, record: Option<usize>) -> Counts {
        record.map_or_else(|| self.total(), |index| self.counts(index))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{Indicator, Level2};

    /// A table with spaced values (infos), an unnamed row with a value (an error) and, when
    /// `broken`, another such row.
    fn table(broken: bool) -> Record {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        record.header.name = "招聘经费".into();
        for g2 in record.groups.iter_mut().flat_map(|g| &mut g.groups) {
            let rows = match g2.category {
                Level2::Quantity => {
                    let mut rows = vec![
                        Indicator::new("招聘次数", "≥ 1次"),
                        Indicator::new("培训次数", "≥ 2次"),
                        Indicator::new("", "3次"),
                    ];
                    if broken {
                        rows.push(Indicator::new("", "4次"));
                    }
                    rows
                }
                Level2::Timeliness => vec![Indicator::new("完成时间", "2026 年 9 月")],
                _ => vec![Indicator::new("指标", "稳步提升")],
            };
            g2.indicators = rows;
        }
        record
    }

    fn cache() -> FindingCache {
        FindingCache::for_workbook(&Workbook {
            records: vec![table(false), table(true)],
        })
    }

    #[test]
    fn every_list_puts_errors_before_warnings_before_infos() {
        let cache = cache();
        for scope in [None, Some(0), Some(1)] {
            let severities: Vec<Severity> = cache
                .by_severity(scope)
                .iter()
                .map(|f| f.severity)
                .collect();
            assert!(severities.contains(&Severity::Error), "{scope:?}");
            assert!(severities.is_sorted(), "{scope:?}: {severities:?}");
        }
        let errors: Vec<usize> = cache
            .by_severity(None)
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.record)
            .collect();
        assert!(errors.is_sorted(), "table order within a severity");
    }

    #[test]
    fn counts_follow_the_scope() {
        let cache = cache();
        let (first, second) = (cache.counts_of(Some(0)), cache.counts_of(Some(1)));
        assert!(second.errors > first.errors);
        assert_eq!(cache.counts_of(None).errors, first.errors + second.errors);
    }

    #[test]
    fn the_spacing_infos_of_a_table_fold_into_one_line_after_its_errors() {
        let cache = cache();
        let lines = cache.lines(Some(0));
        let folded: Vec<_> = lines
            .iter()
            .filter_map(|l| match l {
                Line::Folded { code, findings, .. } => Some((*code, findings.len())),
                Line::One(_) => None,
            })
            .collect();
        let spaced = cache
            .of_record(0)
            .iter()
            .filter(|f| f.code == "value-format")
            .count();
        assert!(spaced >= 2);
        assert_eq!(folded, [("value-format", spaced)]);
        assert!(matches!(lines.first(), Some(Line::One(f)) if f.severity == Severity::Error));
        let workbook_lines = cache.lines(None);
        let folds = workbook_lines
            .iter()
            .filter(|l| matches!(l, Line::Folded { .. }))
            .count();
        assert_eq!(folds, 2, "one line per table");
    }
}
