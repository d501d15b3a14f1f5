//! Applying the user's commands and menu actions to the document and the window.

use super::EditorApp;

use crate::edit::files;
use crate::edit::tree_edit::{IndicatorSet, TreeEdit, TreeItem};
use crate::export;
use crate::model::{IndicatorCell, Record};
use crate::ui::action::Action;
use crate::ui::command::Command;
use crate::ui::compare::Comparison;
use crate::ui::dialogs::{Choice, Dialog, ExportTarget, FileIntent, Pending};
use crate::ui::toast::UndoToast;
use crate::ui::view::CentralTab;

impl EditorApp {
    pub(super) fn choose(&mut self, choice: Choice, ctx: &egui::Context) {
        match choice {
            Choice::SaveThen(pending) => {
                self.save(false, Some(pending), ctx);
            }
            Choice::DiscardThen(pending) => self.perform(pending, ctx),
            Choice::Restore(recovered, into) => {
                self.request(Pending::Restore(recovered, into), ctx)
            }
            Choice::DropRecovery => {
                if let Err(message) = self.recovery.clear() {
                    self.show_error(message);
                }
            }
            Choice::ImportPasted(text) => match files::import_pasted(&text) {
                Ok(workbook) => self.request(Pending::Replace(Box::new(workbook)), ctx),
                Err(message) => self.show_error(message),
            },
            Choice::Close => {}
            Choice::ShowShortcuts => self.dialog = Some(Dialog::Shortcuts),
        }
    }

    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close_allowed {
            return;
        }
        if self.editor.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved(Pending::Quit));
        } else {
            self.close_allowed = true;
        }
    }

    /// Ends the edit going on when the keyboard moves to another field or leaves the fields.
    pub(super) fn settle_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        if focused != self.last_focus {
            self.editor.finish_edit();
            self.last_focus = focused;
        }
    }

    pub(super) fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Action(action) => self.run_action(action, ctx),
            Command::NewRecord(layout) => {
                let year = self
                    .selected()
                    .and_then(|i| self.editor.record(i))
                    .and_then(|r| r.year);
                let at = self.selected().map_or(self.editor.len(), |i| i + 1);
                let index = self
                    .editor
                    .insert_record(at, Record::new_table(layout, year));
                self.show_record(index);
            }
            Command::Select(index) => {
                self.editor.finish_edit();
                self.view.select(index);
                self.view.scroll_list = false;
            }
            Command::SetText {
                record,
                place,
                text,
            } => {
                self.editor
                    .edit_open(record, |r| r.set_text_at(place, &text));
            }
            Command::SetRecordText {
                record,
                field,
                text,
            } => {
                self.editor.edit_open(record, |r| field.set(r, &text));
            }
            Command::SetUnit { record, unit } => {
                self.editor.edit_step(record, |r| {
                    r.unit = unit;
                    true
                });
            }
            Command::Tree { record, set, edit } => {
                let adds = matches!(
                    edit,
                    TreeEdit::AddIndicator { .. } | TreeEdit::InsertIndicator(_)
                );
                // A new row gets the keyboard; a row moved or removed by a button leaves it be.
                let follow = adds.then_some(IndicatorCell::Name);
                self.tree_edit(record, set, edit, follow);
            }
            Command::Edit { record, edit } => {
                self.editor.edit_step(record, |r| edit.apply(r));
            }
            Command::MoveRecord { from, to } => {
                if self.editor.move_record(from, to) {
                    self.view.select(to);
                }
            }
            Command::ApplyFix { record, fix } => {
                self.editor.edit_step(record, |r| fix.apply(r));
                self.view.select(record);
            }
            Command::FixAll { record } => {
                // The checks' own choice of fixes: one per cell, so two fixes of one cell never
                // undo each other.
                self.editor.edit_step(record, |r| {
                    let fixes = crate::check::record_fixes(r);
                    fixes.iter().filter(|fix| fix.apply(r)).count() > 0
                });
            }
            Command::Reveal { record, place } => {
                self.editor.finish_edit();
                self.view.select(record);
                self.view.tab = CentralTab::Form;
                self.view.reveal = Some(place);
            }
            Command::OpenRecent(path) => self.request(Pending::OpenPath(path), ctx),
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetTextSize(size) => self.settings.text_size = size,
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::ShowAbout => self.dialog = Some(Dialog::About),
            Command::ShowShortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::ShowGettingStarted => self.dialog = Some(Dialog::GettingStarted),
            Command::FixRule { record, code } => {
                if let Some(table) = self.editor.record(record) {
                    let fixes = crate::check::record_fixes_where(table, |f| f.code == code);
                    self.editor.edit_step(record, |r| {
                        fixes.iter().filter(|fix| fix.apply(r)).count() > 0
                    });
                    self.view.select(record);
                }
            }
        }
    }

    pub(super) fn run_action(&mut self, action: Action, ctx: &egui::Context) {
        let selected = self.selected();
        match action {
            Action::New => self.request(Pending::New, ctx),
            Action::Open => self.request(Pending::Open, ctx),
            Action::ImportText => self.request(Pending::ImportText, ctx),
            Action::OpenFolder => self.request(Pending::OpenFolder, ctx),
            Action::LoadLibrary => self.ask_for_file(FileIntent::LoadLibrary, ctx),
            Action::ImportClipboard => {
                self.dialog = Some(Dialog::Paste {
                    text: String::new(),
                    requested: false,
                });
            }
            Action::Save => self.save(false, None, ctx),
            Action::SaveAs => self.save(true, None, ctx),
            Action::ExportRecord => {
                if let Some(index) = selected {
                    self.ask_for_file(FileIntent::Export(ExportTarget::RecordText(index)), ctx);
                }
            }
            Action::ExportWorkbook => {
                self.ask_for_file(FileIntent::Export(ExportTarget::WorkbookText), ctx);
            }
            Action::ExportXlsx => self.ask_for_file(FileIntent::Export(ExportTarget::Xlsx), ctx),
            Action::ExportPdf => self.ask_for_file(FileIntent::Export(ExportTarget::Pdf), ctx),
            Action::ExportFlat => {
                self.ask_for_file(FileIntent::Export(ExportTarget::IndicatorList), ctx);
            }
            Action::Quit => self.request(Pending::Quit, ctx),
            Action::Undo => {
                if let Some(index) = self.editor.undo() {
                    self.show_record(index);
                }
            }
            Action::Redo => {
                if let Some(index) = self.editor.redo() {
                    self.show_record(index);
                }
            }
            Action::InsertRow
            | Action::DeleteRow
            | Action::MoveRowUp
            | Action::MoveRowDown
            | Action::RowToPreviousGroup
            | Action::RowToNextGroup => self.row_action(action),
            Action::DuplicateRecord => {
                if let Some((index, record)) =
                    selected.and_then(|i| self.editor.record(i).cloned().map(|r| (i, r)))
                {
                    let at = self.editor.insert_record(index + 1, record);
                    self.show_record(at);
                }
            }
            Action::DeleteRecord => {
                if let Some(index) = selected {
                    let name = self
                        .editor
                        .record(index)
                        .map(|r| r.header.name.trim().to_owned())
                        .unwrap_or_default();
                    self.editor.remove_record(index);
                    // Deleting asks nothing; the deletion can be taken back from the notice.
                    let message = format!("{}「{name}」", self.settings.lang.tr("已删除项目表"));
                    let now = ctx.input(|i| i.time);
                    self.view.undo_offer =
                        Some(UndoToast::new(message, self.editor.revision(), now));
                    if !self.editor.is_empty() {
                        self.show_record(index.min(self.editor.len() - 1));
                    }
                }
            }
            Action::MoveRecordUp => {
                if let Some(index) = selected.filter(|&i| i > 0) {
                    self.apply(
                        Command::MoveRecord {
                            from: index,
                            to: index - 1,
                        },
                        ctx,
                    );
                }
            }
            Action::MoveRecordDown => {
                if let Some(index) = selected.filter(|&i| i + 1 < self.editor.len()) {
                    self.apply(
                        Command::MoveRecord {
                            from: index,
                            to: index + 1,
                        },
                        ctx,
                    );
                }
            }
            Action::FocusFilter => self.view.focus_filter = true,
            Action::NextFinding => self.next_finding(),
            Action::CopyText => {
                if let Some(record) = selected.and_then(|i| self.editor.record(i)) {
                    ctx.copy_text(export::record_text(record));
                    self.view.status = Some(self.settings.lang.tr("已复制到剪贴板").to_owned());
                }
            }
            Action::ToggleProblems => {
                self.settings.problems_hidden = !self.settings.problems_hidden;
            }
            Action::Rollover => {
                if let Some(index) = selected {
                    self.rollover(index);
                }
            }
            Action::Compare => self.ask_for_file(FileIntent::Compare, ctx),
        }
    }

    /// Applies `edit` to the tree `set` of record `record` as one undo step; with `follow`, the
    /// keyboard goes to that cell of the row the edit was about, where it is now.
    fn tree_edit(
        &mut self,
        record: usize,
        set: IndicatorSet,
        edit: TreeEdit,
        follow: Option<IndicatorCell>,
    ) {
        let mut landed = None;
        self.editor.edit_step(record, |r| {
            let outcome = edit.apply_to(set.groups_mut(r));
            landed = outcome.row;
            outcome.changed
        });
        if let (Some(path), Some(cell)) = (landed, follow) {
            self.view.reveal = Some(set.indicator(path, cell));
        }
    }

    /// A row shortcut on the indicator whose cell has the keyboard; the keyboard stays with the
    /// row (a new row: its first cell).
    fn row_action(&mut self, action: Action) {
        let Some((record, place)) = self.view.focused_cell else {
            return;
        };
        let Some((set, path, cell)) = IndicatorSet::of_cell(place) else {
            return;
        };
        let item = TreeItem::Indicator(path);
        let (edit, follow) = match action {
            Action::InsertRow => (TreeEdit::InsertIndicator(path), IndicatorCell::Name),
            Action::DeleteRow => (TreeEdit::Remove(item), cell),
            Action::MoveRowUp => (TreeEdit::Move { item, up: true }, cell),
            Action::MoveRowDown => (TreeEdit::Move { item, up: false }, cell),
            Action::RowToPreviousGroup => (TreeEdit::MoveToGroup { path, next: false }, cell),
            Action::RowToNextGroup => (TreeEdit::MoveToGroup { path, next: true }, cell),
            _ => return,
        };
        self.tree_edit(record, set, edit, Some(follow));
    }

    /// Rolls the table at `index` forward into the year after its budget year, as one undo
    /// step, and lists every change in a notice.
    pub(super) fn rollover(&mut self, index: usize) {
        use crate::workflow::rollover;
        let Some(record) = self.editor.record(index) else {
            return;
        };
        let to = record.year.unwrap_or_default().saturating_add(1);
        match rollover::rollover(record, to) {
            Ok((next, changes)) => {
                let report = rollover::record_report(index, &next, &changes);
                self.editor.edit_step(index, |r| {
                    *r = next;
                    true
                });
                self.show_record(index);
                self.dialog = Some(Dialog::Notice(report));
            }
            Err(e) => self.show_error(e.to_string()),
        }
    }

    /// Shows the differences from the workbook or document at `path` to the open workbook.
    pub(super) fn compare(&mut self, path: &std::path::Path) {
        match files::open(path) {
            Ok(opened) => {
                let found = crate::workflow::diff(&opened.into_workbook(), self.editor.workbook());
                self.comparison = Some(Comparison::new(path.display().to_string(), &found));
            }
            Err(message) => self.show_error(message),
        }
    }

    pub(super) fn next_finding(&mut self) {
        // Errors first, as the problems list shows them.
        let all = self.editor.findings().by_severity(None);
        if all.is_empty() {
            return;
        }
        let next = self.view.finding_cursor.map_or(0, |c| (c + 1) % all.len());
        if let Some(finding) = all.get(next) {
            let (record, place) = (finding.record, finding.place);
            self.view.finding_cursor = Some(next);
            self.view.select(record);
            self.view.tab = CentralTab::Form;
            self.view.reveal = Some(place);
        }
    }

    pub(super) fn show_record(&mut self, index: usize) {
        self.view.select(index);
        self.view.scroll_list = true;
    }
}
