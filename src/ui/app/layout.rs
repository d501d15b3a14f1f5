//! The frame's layout: the panels, the status bar, the central tabs and the dialog on top.

use super::EditorApp;

use crate::edit::suggestions::NameIndex;
use crate::ui::cell::{CellCtx, Navigation};
use crate::ui::compare::{self};
use crate::ui::menu::{self, MenuState};
use crate::ui::preview::{self};
use crate::ui::problems;
use crate::ui::record_form;
use crate::ui::record_list;
use crate::ui::theme::{self, size};
use crate::ui::view::CentralTab;
use egui::{RichText, Ui};

impl EditorApp {
    pub(super) fn apply_style(&mut self, ctx: &egui::Context) {
        let wanted = (self.settings.theme, self.settings.text_size);
        if self.styled != Some(wanted) {
            theme::apply(ctx, wanted.0, wanted.1);
            self.styled = Some(wanted);
        }
    }

    pub(super) fn panels_ui(&mut self, ui: &mut Ui) {
        let lang = self.settings.lang;
        egui::Panel::top("menu-bar").show(ui, |ui| {
            let state = MenuState {
                has_selection: self.selected().is_some(),
                can_undo: self.editor.can_undo(),
                can_redo: self.editor.can_redo(),
                has_records: !self.editor.is_empty(),
            };
            menu::menu_bar_ui(ui, &state, &self.settings, &mut self.commands);
        });
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar_ui(ui));
        if !self.settings.problems_hidden {
            let most = (ui.available_height() * 0.45).max(size::PROBLEMS_HEIGHT);
            egui::Panel::bottom("problems")
                .resizable(true)
                .default_size(size::PROBLEMS_HEIGHT)
                .size_range(80.0..=most)
                .show(ui, |ui| {
                    problems::problems_ui(
                        ui,
                        &self.editor,
                        &mut self.view,
                        lang,
                        &mut self.commands,
                    );
                });
        }
        egui::Panel::left("records")
            .resizable(true)
            .default_size(size::RECORD_LIST_WIDTH)
            .show(ui, |ui| {
                record_list::record_list_ui(
                    ui,
                    &self.editor,
                    &mut self.view,
                    lang,
                    &mut self.commands,
                );
            });
        if let Some(comparison) = &self.comparison {
            let closed = egui::Panel::right("compare")
                .resizable(true)
                .default_size(size::RECORD_LIST_WIDTH)
                .show(ui, |ui| {
                    compare::compare_ui(ui, comparison, lang, &mut self.commands)
                })
                .inner;
            if closed {
                self.comparison = None;
            }
        }
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui));
    }

    pub(super) fn status_bar_ui(&mut self, ui: &mut Ui) {
        let lang = self.settings.lang;
        let dirty = self.editor.is_dirty();
        let state = self.document_state();
        ui.horizontal(|ui| {
            let path = self
                .editor
                .path()
                .or(self.editor.imported_from())
                .map_or_else(|| lang.tr("未命名").to_owned(), |p| p.display().to_string());
            // A long path or message is cut to its share of the bar, never pushing the counts out.
            let share = ui.available_width() * 0.4;
            truncated_label(ui, &path, share);
            if let Some(state) = state {
                let text = if dirty {
                    RichText::new(format!("● {}", lang.tr(state))).color(theme::severity_color(
                        ui.visuals(),
                        crate::check::Severity::Warning,
                    ))
                } else {
                    RichText::new(lang.tr(state)).color(theme::weak_text(ui.visuals()))
                };
                ui.label(text);
            }
            ui.separator();
            let counts = self.editor.findings().total();
            ui.label(format!(
                "{} · {}",
                lang.tr("共{}张表")
                    .replace("{}", &self.editor.len().to_string()),
                lang.finding_counts(counts.errors, counts.warnings),
            ));
            if let Some(status) = &self.view.status {
                ui.separator();
                truncated_label(ui, status, ui.available_width());
            }
        });
    }

    pub(super) fn central_ui(&mut self, ui: &mut Ui) {
        let lang = self.settings.lang;
        let Some(index) = self.selected() else {
            ui.centered_and_justified(|ui| {
                ui.label(lang.tr("没有选中项目表"));
            });
            return;
        };
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.view.tab, CentralTab::Form, lang.tr("表单"));
            ui.selectable_value(&mut self.view.tab, CentralTab::Preview, lang.tr("预览"));
            if let Some(record) = self.editor.record(index) {
                ui.separator();
                ui.label(RichText::new(record_list::display_name(record, lang)).strong());
            }
        });
        ui.separator();
        let Some(record) = self.editor.record(index) else {
            return;
        };
        match self.view.tab {
            CentralTab::Preview => preview::preview_ui(
                ui,
                &mut self.preview,
                index,
                self.editor.revision(),
                record,
                lang,
                &mut self.commands,
            ),
            CentralTab::Form => {
                // Names typed in the open record need not be suggested back to it, so the index
                // is rebuilt only for another document, or for another record after edits.
                let stale = self.names.0.is_none_or(|(generation, revision, record)| {
                    generation != self.generation
                        || (record != index && revision != self.editor.revision())
                });
                if stale {
                    let key = (self.generation, self.editor.revision(), index);
                    let index = NameIndex::build(self.editor.workbook())
                        .with_user_library(self.user_library.clone());
                    self.names = (Some(key), index);
                }
                let mut cells = CellCtx {
                    index,
                    record,
                    findings: self.editor.findings().of_record(index),
                    view: &mut self.view,
                    out: &mut self.commands,
                    nav: Navigation::default(),
                };
                let mut form = egui::ScrollArea::vertical()
                    .id_salt(("form", index))
                    .auto_shrink([false, false]);
                if cells.view.new_table {
                    form = form.vertical_scroll_offset(0.0);
                }
                form.show(ui, |ui| {
                    record_form::record_form_ui(ui, &mut cells, &self.names.1, lang);
                });
                let nav = std::mem::take(&mut cells.nav);
                nav.finish(ui.ctx(), index);
                self.view.reveal = None;
            }
        }
    }

    pub(super) fn dialog_ui(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let choice = self.dialog.as_mut().and_then(|d| d.show(ctx, lang));
        if let Some(choice) = choice {
            self.dialog = None;
            self.choose(choice, ctx);
        }
    }
}

/// `text` on one line at most `width` wide (a cut label shows itself whole on hover).
fn truncated_label(ui: &mut Ui, text: &str, width: f32) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui(egui::vec2(width, height), |ui| {
        ui.add(egui::Label::new(text).truncate());
    });
}
