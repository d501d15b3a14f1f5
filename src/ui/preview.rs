//! The preview tab: the canonical table text laid out as the official form's grid, with copy and
//! export.

use super::action::Action;
use super::command::{Command, Commands};
use super::i18n::Lang;
use crate::export;
use crate::model::Record;
use egui::{RichText, Ui};

/// The rows of the record last previewed, kept until the record changes.
#[derive(Debug, Clone, Default)]
pub struct PreviewCache {
    key: Option<(usize, u64)>,
    rows: Vec<Vec<String>>,
}

impl PreviewCache {
    fn rows(&mut self, index: usize, revision: u64, record: &Record) -> &[Vec<String>] {
        if self.key != Some((index, revision)) {
            self.rows = export::record_rows(record);
            self.key = Some((index, revision));
        }
        &self.rows
    }
}

/// Draws the preview of the record at `index`.
pub fn preview_ui(
    ui: &mut Ui,
    cache: &mut PreviewCache,
    index: usize,
    revision: u64,
    record: &Record,
    lang: Lang,
    out: &mut Commands,
) {
    ui.horizontal(|ui| {
        if ui.button(lang.tr("复制规范文本")).clicked() {
            out.push(Command::Action(Action::CopyText));
        }
        if ui.button(lang.tr("导出本表规范文本…")).clicked() {
            out.push(Command::Action(Action::ExportRecord));
        }
    });
    ui.separator();
    let rows = cache.rows(index, revision, record);
    if rows.is_empty() {
        ui.label(lang.tr("没有可预览的内容"));
        return;
    }
    egui::ScrollArea::both()
        .id_salt("preview")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new(("preview-grid", index))
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for row in rows {
                        for cell in row {
                            ui.add(egui::Label::new(RichText::new(cell)).wrap());
                        }
                        ui.end_row();
                    }
                });
        });
}
