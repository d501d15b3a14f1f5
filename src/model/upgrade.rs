//! Workbooks saved by an older format brought to what the model holds now, as they are read.

use super::Workbook;
use super::record::{ImportNote, Record};
use super::weight::LabelWeight;

/// The format version from which a first-level label never holds its weight (the weight is in
/// its own cell) and a self-evaluation states its 全年预算数 once.
pub const WEIGHT_CELLS: u64 = 4;

/// Brings `workbook`, read from a file of format `version`, up to the current model.
pub fn upgrade(workbook: &mut Workbook, version: u64) {
    if version >= WEIGHT_CELLS {
        return;
    }
    for record in &mut workbook.records {
        weights_out_of_labels(record);
        record.share_budget();
    }
}

/// Moves the weights people typed into first-level labels into the weight cells. A label whose
/// weight disagrees with the cell's loses it to a doubt note, so a person sees what was written.
fn weights_out_of_labels(record: &mut Record) {
    let mut notes = Vec::new();
    for group in &mut record.groups {
        if let LabelWeight::Conflict(weight) = group.take_weight_from_label() {
            notes.push(ImportNote {
                line: 0,
                seen: format!("{}（{weight}分）", group.label),
                action: format!(
                    "一级指标标签中写的 {weight} 分与分值栏的 {} 分不一致，已按分值栏计，请核对",
                    group.weight.text()
                ),
                doubt: true,
            });
        }
    }
    record.notes.extend(notes);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{Amount, Confidence, FULL_YEAR_BUDGET};

    fn old_self_evaluation() -> Workbook {
        let mut record = Record::blank(Layout::SelfEvaluation, Some(2024));
        record.groups[0].label = "产出指标 (40分)".into();
        record.groups[1].label = "效益指标（35分）".into();
        record.groups[1].weight = Amount::new("40");
        record.header.amount = Amount::new("5932.30");
        Workbook {
            records: vec![record],
        }
    }

    #[test]
    fn an_older_file_has_its_label_weights_moved_into_the_weight_cells() {
        let mut workbook = old_self_evaluation();
        upgrade(&mut workbook, 3);
        let record = &workbook.records[0];
        assert_eq!(record.groups[0].label, "产出指标");
        assert_eq!(record.groups[0].weight.text(), "40");
        assert_eq!(record.groups[1].label, "效益指标");
        assert_eq!(record.groups[1].weight.text(), "40");
        assert_eq!(record.confidence(), Confidence::Review);
        assert!(
            record.notes[0]
                .action
                .contains("35 分与分值栏的 40 分不一致")
        );
        assert_eq!(
            record.money(FULL_YEAR_BUDGET).map(Amount::text),
            Some("5932.30")
        );
    }

    #[test]
    fn a_current_file_is_read_as_it_is() {
        let mut workbook = old_self_evaluation();
        let before = workbook.clone();
        upgrade(&mut workbook, WEIGHT_CELLS);
        assert_eq!(workbook, before);
    }
}
