//! The comparison panel (与…比较): the differences between another version of the workbook and
//! the open one, beside the form, each a button that reveals its place in the open workbook.

use super::command::{Command, Commands};
use super::i18n::Lang;
use crate::workflow::{DiffEntry, WorkbookDiff};
use egui::{RichText, Ui};

/// What the panel shows: a snapshot taken when the comparison was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The other version's file, as shown in the panel's heading.
    pub file: String,
    /// The differences from the other version to the open workbook.
    pub entries: Vec<DiffEntry>,
}

impl Comparison {
    /// The panel for the differences `found` from `file` to the open workbook.
    pub fn new(file: String, found: &WorkbookDiff) -> Comparison {
        Comparison {
            file,
            entries: found.entries(),
        }
    }
}

/// Draws the panel's contents; returns whether the user closed it.
pub fn compare_ui(ui: &mut Ui, comparison: &Comparison, lang: Lang, out: &mut Commands) -> bool {
    let mut closed = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(lang.tr("比较结果")).strong());
        if ui.button(lang.tr("关闭比较")).clicked() {
            closed = true;
        }
    });
    ui.label(format!("{}{}", lang.tr("与此文件比较："), comparison.file));
    ui.separator();
    if comparison.entries.is_empty() {
        ui.label(lang.tr("两个版本没有差别"));
        return closed;
    }
    egui::ScrollArea::vertical()
        .id_salt("compare-entries")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for entry in &comparison.entries {
                let button = egui::Button::new(entry.text.as_str()).wrap();
                // A table only in the other version has no place in this one to show.
                let clicked = ui.add_enabled(entry.record.is_some(), button).clicked();
                if let (true, Some(record)) = (clicked, entry.record) {
                    out.push(Command::Reveal {
                        record,
                        place: entry.place,
                    });
                }
            }
        });
    closed
}
