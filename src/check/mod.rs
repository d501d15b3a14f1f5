//! The reviewer's rules: one engine that feeds both the editor and `jixiao check`.
//!
//! Every rule is a small, named unit in [`rules`] that reads a record (through a shared
//! [`context`] that parses each value once) and reports [`Finding`]s with a stable code, a
//! severity, the exact place and a plain Chinese message with the numbers involved. The
//! [`RULES`] catalogue lists them for the editor, the command line and `docs/rules.md`. Quick
//! fixes ride on findings and are only ever applied by the caller.
//!
//! Rules read a row's target as one text, whether the form writes it in one cell or splits it
//! (`Indicator::target_text`). What a rule finds on a column or field the importer only guessed
//! is tempered once, here, after each rule: at most a warning, saying so (`confidence`).

mod confidence;
mod context;
pub mod english;
#[cfg(test)]
mod other_forms;
mod rules;
pub mod score;
#[cfg(test)]
mod testing;

use crate::model::{IndicatorCell, Place, Record, Workbook};
use context::{Context, Values};
use serde::Serialize;
use std::collections::HashSet;

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

impl Severity {
    /// The stable name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Chinese name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }
}

/// A quick fix whose result is certain: writes `text` at `place`, and each of `also` at its
/// place (a swap of two cells writes two places in one step).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does, in Chinese (`改为「2026年12月」`).
    pub label: String,
    /// Where it writes.
    pub place: Place,
    /// What it writes.
    pub text: String,
    /// Further writes of the same fix, applied after the first; usually none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<(Place, String)>,
}

impl Fix {
    /// A fix that replaces the text at `place` with `text`, labelled `改为「text」`.
    pub fn replace(place: Place, text: impl Into<String>) -> Fix {
        let text = text.into();
        Fix {
            label: format!("改为「{text}」"),
            place,
            text,
            also: Vec::new(),
        }
    }

    /// A fix that exchanges the texts of places `a` and `b` of `record`, labelled `label`;
    /// `None` when either place does not exist.
    pub fn swap(record: &Record, a: Place, b: Place, label: impl Into<String>) -> Option<Fix> {
        let (at_a, at_b) = (record.text_at(a)?, record.text_at(b)?);
        Some(Fix {
            label: label.into(),
            place: a,
            text: at_b.to_owned(),
            also: vec![(b, at_a.to_owned())],
        })
    }

    /// Every place the fix writes, the first one first.
    pub fn places(&self) -> impl Iterator<Item = Place> + '_ {
        std::iter::once(self.place).chain(self.also.iter().map(|(place, _)| *place))
    }

    /// Applies the fix to `record`; returns whether every place it writes existed.
    pub fn apply(&self, record: &mut Record) -> bool {
        let first = record.set_text_at(self.place, &self.text);
        self.also.iter().fold(first, |all, (place, text)| {
            record.set_text_at(*place, text) && all
        })
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

impl Finding {
    /// The same finding offering `fix` as well.
    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }
}

/// One rule of the catalogue: its stable code, the worst severity it reports, and what it checks.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The stable code (`cost-sum`), a public interface: never renamed.
    pub code: &'static str,
    /// The most serious severity the rule reports (some findings of a rule are milder).
    pub severity: Severity,
    /// A short Chinese title (`成本指标合计`).
    pub title: &'static str,
    /// What the rule checks, in Chinese.
    pub description: &'static str,
    /// The indicator columns its findings rest on beyond the cell they point at (a weight sum
    /// at a group label rests on 分值): when the importer placed one of them by a guess, the
    /// finding is at most a warning.
    pub reads: &'static [IndicatorCell],
    run: fn(&Context<'_>, &mut Vec<Finding>),
}

/// Every rule the engine runs, in the order findings are reported for a record.
pub static RULES: &[Rule] = rules::CATALOGUE;

/// The catalogue entry of `code`, if the code exists.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// Runs every rule over one record, which sits at `index` in its workbook.
pub fn check_record(record: &Record, index: usize) -> Vec<Finding> {
    let values = Values::of([record]);
    let mut findings = Vec::new();
    run(&Context::new(record, index, &values, 0), &mut findings);
    findings
}

/// A workbook needs this many records per thread before it is checked on several threads: below
/// it, starting a thread costs more than it saves.
const RECORDS_PER_THREAD: usize = 250;

/// Runs every rule over every record; findings come in record order. A large workbook is split
/// among the machine's cores.
pub fn check_workbook(workbook: &Workbook) -> Vec<Finding> {
    crate::cores::split_over_cores(&workbook.records, RECORDS_PER_THREAD, |first, part| {
        check_records(part, first)
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Checks `records`, the first of which sits at `first` in its workbook.
fn check_records(records: &[Record], first: usize) -> Vec<Finding> {
    let values = Values::of(records);
    let mut findings = Vec::new();
    for (k, record) in records.iter().enumerate() {
        run(
            &Context::new(record, first.saturating_add(k), &values, k),
            &mut findings,
        );
    }
    findings
}

/// Runs every rule over one record; what a rule finds on cells the importer only guessed is
/// tempered here, once for all rules ([`confidence`]).
fn run(context: &Context<'_>, findings: &mut Vec<Finding>) {
    let guessing = confidence::Guesses::of(context.record);
    for rule in RULES {
        let from = findings.len();
        (rule.run)(context, findings);
        if let Some(found) = findings.get_mut(from..) {
            guessing.temper(rule, found);
        }
    }
}

/// Every certain fix for `record`, none writing a place an earlier one writes (the first
/// finding's fix wins, so applying them all in order never writes a place twice). For "fix the
/// whole record": the caller shows them and applies them on the user's word.
pub fn record_fixes(record: &Record) -> Vec<Fix> {
    record_fixes_where(record, |_| true)
}

/// [`record_fixes`] of the findings `wanted` keeps only (every `value-format` fix of a table,
/// applied from one line of the editor's problems list).
pub fn record_fixes_where(record: &Record, wanted: impl Fn(&Finding) -> bool) -> Vec<Fix> {
    let mut seen = HashSet::new();
    check_record(record, 0)
        .into_iter()
        .filter(|f| wanted(f))
        .flat_map(|f| f.fixes)
        .filter(|fix| {
            let fresh = fix.places().all(|place| !seen.contains(&place));
            if fresh {
                seen.extend(fix.places());
            }
            fresh
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::testing::{push, sound};
    use super::*;
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn a_sound_table_of_every_layout_has_no_findings() {
        for layout in Layout::ALL {
            let findings = check_record(&sound(layout), 0);
            assert!(findings.is_empty(), "{layout:?}: {findings:#?}");
        }
    }

    #[test]
    fn a_large_workbook_checked_in_parts_reports_in_record_order() {
        let mut records: Vec<_> = (0..3 * RECORDS_PER_THREAD)
            .map(|_| sound(Layout::RegionForm))
            .collect();
        for k in [1, RECORDS_PER_THREAD + 1, 3 * RECORDS_PER_THREAD - 1] {
            records[k].header.name.clear();
        }
        let workbook = Workbook { records };
        let found: Vec<_> = check_workbook(&workbook)
            .iter()
            .map(|f| (f.record, f.code))
            .collect();
        assert_eq!(
            found,
            [
                (1, "missing-field"),
                (RECORDS_PER_THREAD + 1, "missing-field"),
                (3 * RECORDS_PER_THREAD - 1, "missing-field")
            ]
        );
    }

    #[test]
    fn findings_name_the_index_of_their_record_in_the_workbook() {
        let mut broken = sound(Layout::CountyForm);
        broken.header.name.clear();
        let workbook = Workbook {
            records: vec![sound(Layout::CountyForm), broken],
        };
        let findings = check_workbook(&workbook);
        assert_eq!(findings.len(), 1);
        assert_eq!((findings[0].record, findings[0].code), (1, "missing-field"));
    }

    #[test]
    fn record_fixes_offer_one_fix_per_place_and_applying_them_clears_their_findings() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Quality, "支付及时率", "≥ 100%");
        push(&mut record, Level2::Timeliness, "发放时间", "2026 年 12 月");
        record.groups[2].groups[0].label = "满意度".into();
        let fixes = record_fixes(&record);
        let places: HashSet<_> = fixes.iter().flat_map(Fix::places).collect();
        assert_eq!(
            places.len(),
            fixes.iter().map(|f| f.places().count()).sum::<usize>()
        );
        for fix in &fixes {
            assert!(fix.apply(&mut record));
        }
        let left: Vec<_> = check_record(&record, 0)
            .into_iter()
            .filter(|f| !f.fixes.is_empty())
            .collect();
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn every_catalogue_code_is_found_by_rule() {
        for r in RULES {
            assert_eq!(rule(r.code).map(|x| x.code), Some(r.code));
        }
        assert!(rule("no-such-rule").is_none());
    }
}
