//! How far a finding can be trusted when the importer had to guess.
//!
//! On a form jixiao does not know, the importer may place a column by its content rather than
//! by a heading it knows, or leave cells it could not place; the record then says so
//! ([`Record::column_guessed`], [`Record::confidence`]). A rule reading such a column would call
//! the table wrong when only the reading may be: what it finds there is at most a warning, and
//! its message says why. This is done once here, after each rule, so no rule has to know.

use super::{Finding, Rule, Severity};
use crate::model::{Confidence, IndicatorCell, Place, Record};

/// Said after a finding that rests on a column the importer placed by its content.
const GUESSED_COLUMN: &str = "（此列由内容推断，请核对）";

/// Said after a finding that rests on a field or a structure read from a table the importer
/// doubted (see the record's import notes).
const DOUBTED_READING: &str = "（导入时有疑点，请先核对导入结果）";

/// The cells a split target is read from: a finding on the target rests on all of them.
const SPLIT_TARGET: [IndicatorCell; 5] = [
    IndicatorCell::Target,
    IndicatorCell::Operator,
    IndicatorCell::Nature,
    IndicatorCell::Direction,
    IndicatorCell::Unit,
];

/// What the importer guessed about one record.
pub(super) struct Guesses<'a> {
    record: &'a Record,
    /// The record's confidence is [`Confidence::Review`].
    review: bool,
    /// Some indicator column was placed by a guess.
    columns: bool,
}

impl<'a> Guesses<'a> {
    /// The guesses behind `record`.
    pub fn of(record: &'a Record) -> Guesses<'a> {
        Guesses {
            record,
            review: record.confidence() == Confidence::Review,
            columns: record.columns.iter().any(|c| c.guessed),
        }
    }

    /// Lowers to a warning, and marks, each of `found` (reported by `rule`) that rests on a
    /// guess.
    pub fn temper(&self, rule: &Rule, found: &mut [Finding]) {
        if !self.review && !self.columns {
            return;
        }
        for finding in found {
            if let Some(reason) = self.doubt(rule, finding.place) {
                if finding.severity == Severity::Error {
                    finding.severity = Severity::Warning;
                }
                finding.message.push_str(reason);
            }
        }
    }

    /// Why a finding of `rule` at `place` rests on a guess, if it does.
    fn doubt(&self, rule: &Rule, place: Place) -> Option<&'static str> {
        let guessed = |cell: &IndicatorCell| self.record.column_guessed(*cell);
        let at = match place {
            Place::Indicator(_, cell) => Some(cell),
            _ => None,
        };
        let on_guessed_cell = at.is_some_and(|cell| {
            guessed(&cell) || (cell == IndicatorCell::Target && SPLIT_TARGET.iter().any(guessed))
        });
        if on_guessed_cell || rule.reads.iter().any(guessed) {
            return Some(GUESSED_COLUMN);
        }
        if !self.review {
            return None;
        }
        match at {
            // A cell the table prints no column for was not read at all.
            Some(cell) => self.lacks_column(cell).then_some(DOUBTED_READING),
            // Header fields, money cells and the tree's structure are what the doubts are about.
            None => Some(DOUBTED_READING),
        }
    }

    /// Whether the table lists its own columns and none of them holds `cell`.
    fn lacks_column(&self, cell: IndicatorCell) -> bool {
        let columns = &self.record.columns;
        !columns.is_empty() && !columns.iter().any(|c| c.cell == cell)
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{doubt, findings, guess_column, sound};
    use crate::check::{Severity, check_record};
    use crate::layout::Layout;
    use crate::model::{Amount, IndicatorCell, Place};

    #[test]
    fn a_finding_on_a_guessed_column_is_a_warning_that_says_so() {
        let mut record = sound(Layout::SelfEvaluation);
        record.groups[1].groups[0].indicators[0].score = Amount::new("50");
        let sure = findings(&record, "score-exceeds-weight");
        assert!(sure.iter().all(|f| f.severity == Severity::Error));
        guess_column(&mut record, IndicatorCell::Score);
        let tempered = findings(&record, "score-exceeds-weight");
        assert_eq!(tempered.len(), sure.len());
        for f in &tempered {
            assert_eq!(f.severity, Severity::Warning);
            assert!(
                f.message.ends_with("（此列由内容推断，请核对）"),
                "{}",
                f.message
            );
        }
    }

    #[test]
    fn a_sum_over_a_guessed_column_is_tempered_at_the_group_weight_too() {
        let mut record = sound(Layout::SelfEvaluation);
        record.groups[0].groups[0].indicators[0].weight = Amount::new("5");
        guess_column(&mut record, IndicatorCell::Weight);
        let found = findings(&record, "weight-sum");
        assert!(!found.is_empty());
        assert!(found.iter().all(|f| f.severity == Severity::Warning));
        assert!(matches!(found[0].place, Place::Level1Weight(0)));
    }

    #[test]
    fn findings_on_columns_read_by_their_heading_keep_their_severity() {
        let mut record = sound(Layout::SelfEvaluation);
        record.groups[1].groups[0].indicators[0].score = Amount::new("50");
        guess_column(&mut record, IndicatorCell::Remark);
        let found = findings(&record, "score-exceeds-weight");
        assert!(found.iter().all(|f| f.severity == Severity::Error));
    }

    #[test]
    fn on_a_doubted_record_header_and_structure_findings_are_warnings() {
        let mut record = sound(Layout::CountyForm);
        record.header.name.clear();
        record.groups[0]
            .groups
            .retain(|g| !g.indicators.is_empty() && g.label != "时效指标");
        doubt(&mut record);
        let found = check_record(&record, 0);
        assert!(!found.is_empty());
        for f in &found {
            assert_ne!(f.severity, Severity::Error, "{f:?}");
            assert!(f.message.ends_with("（导入时有疑点，请先核对导入结果）"));
        }
    }

    #[test]
    fn on_a_doubted_record_a_row_finding_in_a_column_read_by_its_heading_stays_an_error() {
        let mut record = sound(Layout::CountyForm);
        record.groups[0].groups[1].indicators[0].value = "120%".into();
        doubt(&mut record);
        let found = findings(&record, "percent-range");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
    }
}
