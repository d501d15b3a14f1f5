//! Structural edits of a record outside its indicator trees: cost breakdown lines added and
//! removed, a reviewed import marked as checked, the table converted to another form or category
//! scheme. Each is one undo step.

use crate::layout::Layout;
use crate::model::{CostLine, Record, Scheme};

/// One structural change of a record outside its indicator trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordEdit {
    /// Appends an empty cost breakdown line.
    AddCostLine,
    /// Removes the cost breakdown line at the index.
    RemoveCostLine(usize),
    /// A person has checked what the importer doubted: the doubts and guessed-column marks go,
    /// the notes themselves stay.
    MarkReviewed,
    /// Puts the table in another official form, as `jixiao export --layout` does: a known form
    /// prints its own columns, the table's own form (按表头读取) keeps the columns it has.
    ConvertTo(Layout),
    /// Puts the indicator tree in another category scheme (see [`super::scheme`]).
    ConvertScheme(Scheme),
}

impl RecordEdit {
    /// Applies the edit; returns whether the record changed.
    pub fn apply(self, record: &mut Record) -> bool {
        match self {
            RecordEdit::AddCostLine => {
                record.cost_lines.push(CostLine::default());
                true
            }
            RecordEdit::RemoveCostLine(line) => {
                if line < record.cost_lines.len() {
                    record.cost_lines.remove(line);
                    true
                } else {
                    false
                }
            }
            RecordEdit::MarkReviewed => {
                let mut changed = false;
                for note in record.notes.iter_mut().filter(|n| n.doubt) {
                    note.doubt = false;
                    changed = true;
                }
                for column in record.columns.iter_mut().filter(|c| c.guessed) {
                    column.guessed = false;
                    changed = true;
                }
                changed
            }
            RecordEdit::ConvertTo(layout) => {
                if record.layout == layout {
                    return false;
                }
                crate::export::convert(record, layout);
                true
            }
            RecordEdit::ConvertScheme(scheme) => super::scheme::convert(record, scheme),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{Confidence, ImportNote, IndicatorCell, IndicatorColumn};

    #[test]
    fn marking_reviewed_clears_doubts_and_guesses_and_keeps_the_notes() {
        let mut record = Record::blank(Layout::Headings, Some(2025));
        record.notes.push(ImportNote {
            line: 3,
            seen: "定量".into(),
            action: "按内容推定为指标性质列".into(),
            doubt: true,
        });
        record.columns.push(IndicatorColumn {
            cell: IndicatorCell::Nature,
            heading: "类型".into(),
            guessed: true,
        });
        assert_eq!(record.confidence(), Confidence::Review);
        assert!(RecordEdit::MarkReviewed.apply(&mut record));
        assert_eq!(record.confidence(), Confidence::Sure);
        assert!(!record.column_guessed(IndicatorCell::Nature));
        assert_eq!(record.notes.len(), 1);
        assert!(!RecordEdit::MarkReviewed.apply(&mut record));
    }

    #[test]
    fn a_table_read_by_its_headings_converts_to_a_known_form() {
        let mut record = Record::blank(Layout::Headings, Some(2025));
        record.columns = Layout::Headings.form().indicator_columns();
        assert!(RecordEdit::ConvertTo(Layout::NationalTarget).apply(&mut record));
        assert_eq!(record.layout, Layout::NationalTarget);
        assert!(record.columns.is_empty());
        assert!(!RecordEdit::ConvertTo(Layout::NationalTarget).apply(&mut record));
    }

    #[test]
    fn cost_lines_are_added_and_removed() {
        let mut record = Record::blank(Layout::NationalTarget, Some(2025));
        assert!(RecordEdit::AddCostLine.apply(&mut record));
        assert!(RecordEdit::AddCostLine.apply(&mut record));
        record.cost_lines[1].item = "设备购置".into();
        assert!(RecordEdit::RemoveCostLine(0).apply(&mut record));
        assert_eq!(record.cost_lines.len(), 1);
        assert_eq!(record.cost_lines[0].item, "设备购置");
        assert!(!RecordEdit::RemoveCostLine(4).apply(&mut record));
    }
}
