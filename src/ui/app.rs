//! The editor application: the document, the window state, and the frame that ties the panels
//! together and applies the user's commands.

use super::action::{self, Action};
use super::cell::{self, CellCtx, Navigation};
use super::command::{Command, Commands};
use super::compare::{self, Comparison};
use super::dialogs::{Choice, Dialog, ExportTarget, FileIntent, Pending};
use super::editor::Editor;
use super::file_dialog::InAppFileDialog;
use super::files;
use super::menu::{self, MenuState};
use super::picker::{FileKind, FilePicker, Picked};
use super::preview::{self, PreviewCache};
use super::problems;
use super::record_form;
use super::record_list;
use super::recovery::{self, Recovery};
use super::settings::Settings;
use super::suggestions::NameIndex;
use super::theme::{self, TextSize, ThemeChoice, size};
use super::view::{CentralTab, ViewState};
use crate::export;
use crate::library::Library;
use crate::model::{Record, Workbook};
use crate::store::Opened;
use egui::{Id, RichText, Ui};
use std::path::PathBuf;

/// What the editor is started with.
pub struct Config {
    /// How files are chosen.
    pub picker: Box<dyn FilePicker>,
    /// Where recovery copies go; `None` turns them off.
    pub recovery_dir: Option<PathBuf>,
    /// The remembered preferences.
    pub settings: Settings,
}

/// The whole editor.
pub struct EditorApp {
    editor: Editor,
    view: ViewState,
    settings: Settings,
    picker: Box<dyn FilePicker>,
    /// The editor's own file dialog, while on screen, and what its file is for.
    file_dialog: Option<(InAppFileDialog, FileIntent)>,
    /// The document the open tables were imported from, until they are saved as a workbook.
    imported_from: Option<PathBuf>,
    /// The comparison panel beside the form, while shown.
    comparison: Option<Comparison>,
    recovery: Recovery,
    dialog: Option<Dialog>,
    commands: Commands,
    /// Indicator names for suggestions, with the (document, revision, record) they were built for.
    names: (Option<(u64, u64, usize)>, NameIndex),
    /// The user's own indicator library, offered after the workbook's own names.
    user_library: Option<Library>,
    preview: PreviewCache,
    styled: Option<(ThemeChoice, TextSize)>,
    last_focus: Option<Id>,
    close_allowed: bool,
    title: String,
    generation: u64,
}

impl EditorApp {
    /// An editor with an empty workbook, offering any recovered work first.
    pub fn new(config: Config) -> EditorApp {
        let recovery = Recovery::new(config.recovery_dir);
        let dialog = match recovery.find() {
            Some(Ok(recovered)) => Some(Dialog::Recovery(Box::new(recovered))),
            Some(Err(message)) => Some(Dialog::Error(message)),
            None => None,
        };
        let mut app = EditorApp {
            editor: Editor::default(),
            view: ViewState::default(),
            settings: config.settings,
            picker: config.picker,
            file_dialog: None,
            imported_from: None,
            comparison: None,
            recovery,
            dialog,
            commands: Commands::default(),
            names: (None, NameIndex::default()),
            user_library: None,
            preview: PreviewCache::default(),
            styled: None,
            last_focus: None,
            close_allowed: false,
            title: String::new(),
            generation: 0,
        };
        if let Some(path) = app.settings.indicator_library.clone() {
            match Library::from_file(&path) {
                Ok(library) => app.user_library = Some(library),
                Err(e) => app.view.status = Some(e.to_string()),
            }
        }
        app
    }

    /// Opens `file` (a workbook or table text), or the bundled example without one.
    pub fn open_startup(&mut self, file: Option<PathBuf>) {
        match file {
            Some(path) => self.open_path(path),
            None => match files::example_workbook() {
                Ok(workbook) => self.replace(Editor::new(workbook, None)),
                Err(message) => self.show_error(message),
            },
        }
    }

    /// Replaces the document with `workbook` read from `path` (tests, embedding).
    pub fn load_workbook(&mut self, workbook: Workbook, path: Option<PathBuf>) {
        self.replace(Editor::new(workbook, path));
    }

    /// The document.
    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// Whether the document has unsaved changes.
    pub fn is_dirty(&mut self) -> bool {
        self.editor.is_dirty()
    }

    /// The window state.
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The dialog on screen, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// The comparison shown beside the form, if any.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref()
    }

    /// The preferences.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The window title: file name and an unsaved-changes mark.
    pub fn window_title(&mut self) -> String {
        let name = self.editor.path().and_then(|p| p.file_name()).map_or_else(
            || self.settings.lang.tr("未命名").to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let mark = if self.editor.is_dirty() { "● " } else { "" };
        format!("{mark}{name} — jixiao 绩效")
    }

    /// Asks for a command as if the user had (for tests and the menu).
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Writes a recovery copy now if there is unsaved work and the interval has passed.
    pub fn autosave(&mut self, now_seconds: f64) {
        match self.recovery.tick(now_seconds, &mut self.editor) {
            Ok(_) => {}
            Err(message) => self.view.status = Some(message),
        }
    }

    /// Waits until a recovery copy being written is on disk (tests, closing).
    pub fn wait_for_recovery(&mut self) {
        if let Err(message) = self.recovery.wait() {
            self.view.status = Some(message);
        }
    }

    /// Draws one frame and applies what the user asked for.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        self.view.composing = cell::guard_composition(&ctx, self.view.composing);
        self.handle_close_request(&ctx);
        if self.dialog.is_none() && self.file_dialog.is_none() {
            let typing = ctx.egui_wants_keyboard_input();
            for action in action::consume_shortcuts(&ctx, typing) {
                self.commands.push(Command::Action(action));
            }
        }

        self.panels_ui(ui);
        self.dialog_ui(&ctx);
        self.file_dialog_ui(&ctx);

        let commands = self.commands.take();
        if !commands.is_empty() {
            // The frame was drawn before these applied; show their result.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command, &ctx);
        }
        self.settle_focus(&ctx);
        self.view.clamp(self.editor.len());
        self.autosave(ctx.input(|i| i.time));
        if self.editor.is_dirty() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                recovery::INTERVAL_SECONDS,
            ));
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        let wanted = (self.settings.theme, self.settings.text_size);
        if self.styled != Some(wanted) {
            theme::apply(ctx, wanted.0, wanted.1);
            self.styled = Some(wanted);
        }
    }

    fn panels_ui(&mut self, ui: &mut Ui) {
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

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        let lang = self.settings.lang;
        let dirty = self.editor.is_dirty();
        ui.horizontal(|ui| {
            let path = self
                .editor
                .path()
                .map_or_else(|| lang.tr("未命名").to_owned(), |p| p.display().to_string());
            ui.label(path);
            if dirty {
                ui.label(RichText::new(format!("● {}", lang.tr("未保存"))).color(
                    theme::severity_color(ui.visuals(), crate::check::Severity::Warning),
                ));
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
                ui.label(status.as_str());
            }
        });
    }

    fn central_ui(&mut self, ui: &mut Ui) {
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
                ui.label(RichText::new(record_list::display_name(record)).strong());
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
                egui::ScrollArea::vertical()
                    .id_salt(("form", index))
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        record_form::record_form_ui(ui, &mut cells, &self.names.1, lang);
                    });
                let nav = std::mem::take(&mut cells.nav);
                nav.finish(ui.ctx(), index);
                self.view.reveal = None;
            }
        }
    }

    fn dialog_ui(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let choice = self.dialog.as_mut().and_then(|d| d.show(ctx, lang));
        if let Some(choice) = choice {
            self.dialog = None;
            self.choose(choice, ctx);
        }
    }

    fn choose(&mut self, choice: Choice, ctx: &egui::Context) {
        match choice {
            Choice::SaveThen(pending) => {
                self.save(false, Some(pending), ctx);
            }
            Choice::DiscardThen(pending) => self.perform(pending, ctx),
            Choice::Restore(recovered) => {
                let recovered = *recovered;
                self.replace(Editor::new_unsaved(recovered.workbook, recovered.origin));
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
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
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
    fn settle_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        if focused != self.last_focus {
            self.editor.finish_edit();
            self.last_focus = focused;
        }
    }

    fn selected(&self) -> Option<usize> {
        self.view.selected.filter(|&i| i < self.editor.len())
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Action(action) => self.run_action(action, ctx),
            Command::NewRecord(layout) => {
                let year = self
                    .selected()
                    .and_then(|i| self.editor.record(i))
                    .and_then(|r| r.year);
                let at = self.selected().map_or(self.editor.len(), |i| i + 1);
                let index = self.editor.insert_record(at, Record::blank(layout, year));
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
                self.editor
                    .edit_step(record, |r| edit.apply(set.groups_mut(r)));
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
                let fixes: Vec<_> = self
                    .editor
                    .findings()
                    .of_record(record)
                    .iter()
                    .flat_map(|f| f.fixes.iter().cloned())
                    .collect();
                self.editor.edit_step(record, |r| {
                    // Every fix is applied, not only up to the first that changes something.
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
        }
    }

    fn run_action(&mut self, action: Action, ctx: &egui::Context) {
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
                    self.editor.remove_record(index);
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

    /// Rolls the table at `index` forward into the year after its budget year, as one undo
    /// step, and lists every change in a notice.
    fn rollover(&mut self, index: usize) {
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
    fn compare(&mut self, path: &std::path::Path) {
        match files::open(path) {
            Ok(opened) => {
                let found = crate::workflow::diff(&opened.into_workbook(), self.editor.workbook());
                self.comparison = Some(Comparison::new(path.display().to_string(), &found));
            }
            Err(message) => self.show_error(message),
        }
    }

    fn next_finding(&mut self) {
        let all: Vec<_> = self.editor.findings().all().collect();
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

    fn show_record(&mut self, index: usize) {
        self.view.select(index);
        self.view.scroll_list = true;
    }

    /// Does `pending` now, or first asks about unsaved changes.
    fn request(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.editor.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(pending));
        } else {
            self.perform(pending, ctx);
        }
    }

    fn perform(&mut self, pending: Pending, ctx: &egui::Context) {
        match pending {
            Pending::New => self.replace(Editor::new(Workbook::default(), None)),
            Pending::Open => self.ask_for_file(FileIntent::Open, ctx),
            Pending::OpenPath(path) => self.open_path(path),
            Pending::ImportText => self.ask_for_file(FileIntent::Import, ctx),
            Pending::OpenFolder => self.ask_for_file(FileIntent::OpenFolder, ctx),
            Pending::Replace(workbook) => {
                let count = workbook.records.len();
                self.replace(Editor::new_unsaved(*workbook, None));
                self.view.status = Some(
                    self.settings
                        .lang
                        .tr("导入了{}张表")
                        .replace("{}", &count.to_string()),
                );
            }
            Pending::Quit => {
                if let Err(message) = self.recovery.clear() {
                    eprintln!("jixiao: {message}");
                }
                self.close_allowed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Opens a workbook file, or imports table text, from `path`.
    fn open_path(&mut self, path: PathBuf) {
        match files::open(&path) {
            Ok(Opened::Workbook(workbook)) => {
                self.settings.remember_file(&path);
                self.replace(Editor::new(workbook, Some(path)));
            }
            Ok(Opened::Imported(workbook)) => {
                let count = workbook.records.len();
                self.replace(Editor::new_unsaved(workbook, None));
                self.imported_from = Some(path);
                self.view.status = Some(
                    self.settings
                        .lang
                        .tr("导入了{}张表")
                        .replace("{}", &count.to_string()),
                );
            }
            Err(message) => {
                if files::is_workbook_file(&path) {
                    self.settings.forget_file(&path);
                }
                self.show_error(message);
            }
        }
    }

    /// Reads every document of `folder` into one new, unsaved workbook; lists the files that
    /// could not be read in a notice.
    fn open_folder(&mut self, folder: PathBuf) {
        let lang = self.settings.lang;
        let (workbook, unreadable) =
            crate::review::read_folder(&folder, crate::review::all_cores());
        if workbook.records.is_empty() {
            let mut message = format!(
                "{}：{}",
                lang.tr("文件夹中没有可读取的项目表"),
                folder.display()
            );
            for (_, e) in &unreadable {
                message.push_str(&format!("\n{e}"));
            }
            self.show_error(message);
            return;
        }
        let count = workbook.records.len();
        self.replace(Editor::new_unsaved(workbook, None));
        // Saving proposes `FOLDER.ron` beside the folder; dialogs start there.
        self.imported_from = Some(folder);
        self.view.status = Some(lang.tr("导入了{}张表").replace("{}", &count.to_string()));
        if !unreadable.is_empty() {
            let lines: Vec<String> = unreadable.iter().map(|(_, e)| e.to_string()).collect();
            self.dialog = Some(Dialog::Notice(format!(
                "{}\n\n{}",
                lang.tr("以下文件无法读取："),
                lines.join("\n")
            )));
        }
    }

    fn replace(&mut self, editor: Editor) {
        self.editor = editor;
        self.imported_from = None;
        self.comparison = None;
        let scope = self.view.scope;
        self.view = ViewState {
            scope,
            ..ViewState::default()
        };
        self.view.clamp(self.editor.len());
        self.generation += 1;
    }

    /// Saves to the workbook's file, or asks where when it has none (or `ask`); then does what
    /// was waiting for the save, if it saved.
    fn save(&mut self, ask: bool, then: Option<Pending>, ctx: &egui::Context) {
        let known = self
            .editor
            .path()
            .filter(|p| files::is_workbook_file(p))
            .map(PathBuf::from);
        match known {
            Some(path) if !ask => self.save_to(path, then, ctx),
            _ => self.ask_for_file(FileIntent::SaveAs(then.map(Box::new)), ctx),
        }
    }

    fn save_to(&mut self, path: PathBuf, then: Option<Pending>, ctx: &egui::Context) {
        self.editor.finish_edit();
        match files::save_workbook(&path, self.editor.workbook()) {
            Ok(()) => {
                self.settings.remember_file(&path);
                self.editor.mark_saved(path);
                self.imported_from = None;
                if let Err(message) = self.recovery.clear() {
                    self.view.status = Some(message);
                } else {
                    self.view.status = Some(self.settings.lang.tr("已保存").to_owned());
                }
                if let Some(pending) = then {
                    self.perform(pending, ctx);
                }
            }
            Err(message) => self.show_error(message),
        }
    }

    /// Asks for the file `intent` needs — in the platform's dialog, or the editor's own where
    /// the platform has none — and carries the intent out once a file is chosen.
    fn ask_for_file(&mut self, intent: FileIntent, ctx: &egui::Context) {
        let (kind, file_name) = self.file_for(&intent);
        let folder = self.start_folder();
        let wants_folder = intent == FileIntent::OpenFolder;
        let picked = match &file_name {
            _ if wants_folder => self.picker.pick_folder(folder.as_deref()),
            Some(name) => self.picker.pick_save(kind, folder.as_deref(), name),
            None => self.picker.pick_open(kind, folder.as_deref()),
        };
        match picked {
            Picked::Chosen(path) => self.fulfil(intent, path, ctx),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let lang = self.settings.lang;
                let dialog = match &file_name {
                    _ if wants_folder => InAppFileDialog::folder(folder.as_deref(), lang),
                    Some(name) => InAppFileDialog::save(kind, folder.as_deref(), name, lang),
                    None => InAppFileDialog::open(kind, folder.as_deref(), lang),
                };
                self.file_dialog = Some((dialog, intent));
            }
        }
    }

    /// The kind of file `intent` needs, and the name to suggest when it writes one.
    fn file_for(&self, intent: &FileIntent) -> (FileKind, Option<String>) {
        match intent {
            FileIntent::Open | FileIntent::Compare | FileIntent::LoadLibrary => {
                (FileKind::Workbook, None)
            }
            FileIntent::Import | FileIntent::OpenFolder => (FileKind::Document, None),
            FileIntent::SaveAs(_) => (
                FileKind::Workbook,
                Some(files::suggested_name(&self.file_stem(), "ron")),
            ),
            FileIntent::Export(ExportTarget::RecordText(index)) => {
                let name = self
                    .editor
                    .record(*index)
                    .map(|r| r.header.name.clone())
                    .unwrap_or_default();
                (
                    FileKind::TableText,
                    Some(files::suggested_name(&name, "txt")),
                )
            }
            FileIntent::Export(ExportTarget::WorkbookText) => {
                (FileKind::TableText, Some(self.export_name("txt")))
            }
            FileIntent::Export(ExportTarget::Xlsx) => {
                (FileKind::Xlsx, Some(self.export_name("xlsx")))
            }
            FileIntent::Export(ExportTarget::Pdf) => (
                FileKind::Pdf,
                Some(files::suggested_name(&self.file_stem(), "pdf")),
            ),
            FileIntent::Export(ExportTarget::IndicatorList) => (
                FileKind::IndicatorList,
                Some(files::suggested_name(
                    &format!("{}一体化指标清单", self.file_stem()),
                    "xlsx",
                )),
            ),
        }
    }

    /// The name proposed for an export of the whole workbook: after the workbook or document,
    /// but never the imported document's own name, which the export would replace.
    fn export_name(&self, extension: &str) -> String {
        let name = files::suggested_name(&self.file_stem(), extension);
        let source = self.imported_from.as_deref().and_then(|p| p.file_name());
        if source.is_some_and(|s| s.to_string_lossy() == name) {
            files::suggested_name(&format!("{}-导出", self.file_stem()), extension)
        } else {
            name
        }
    }

    /// Where a file dialog starts: beside the imported document, else the last folder used.
    fn start_folder(&self) -> Option<PathBuf> {
        self.imported_from
            .as_deref()
            .or(self.editor.path())
            .and_then(|p| p.parent())
            .filter(|p| !p.as_os_str().is_empty())
            .map(PathBuf::from)
            .or_else(|| self.settings.last_folder.clone())
    }

    fn fulfil(&mut self, intent: FileIntent, path: PathBuf, ctx: &egui::Context) {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            self.settings.last_folder = Some(folder.to_path_buf());
        }
        match intent {
            FileIntent::Open | FileIntent::Import => self.open_path(path),
            FileIntent::OpenFolder => self.open_folder(path),
            FileIntent::SaveAs(then) => self.save_to(path, then.map(|p| *p), ctx),
            FileIntent::Export(target) => self.export(target, &path),
            FileIntent::Compare => self.compare(&path),
            FileIntent::LoadLibrary => self.load_library(path),
        }
    }

    fn file_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some((dialog, _)) = self.file_dialog.as_mut() else {
            return;
        };
        let Some(answer) = dialog.show(ctx) else {
            return;
        };
        if let (Some((_, intent)), Some(path)) = (self.file_dialog.take(), answer) {
            self.fulfil(intent, path, ctx);
        }
    }

    /// The workbook's file name without extension — or the imported document's, so saving it
    /// proposes `NAME.ron` beside it.
    fn file_stem(&self) -> String {
        self.editor
            .path()
            .or(self.imported_from.as_deref())
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Writes what `target` exports to `path`; an export that cannot be made leaves no file.
    fn export(&mut self, target: ExportTarget, path: &std::path::Path) {
        if let Some(source) = &self.imported_from
            && crate::store::same_file(source, path)
        {
            self.show_error(format!(
                "不能导出到 {}：这是当前表格导入时读取的文件，导出会覆盖它。请换一个文件名。",
                path.display()
            ));
            return;
        }
        let workbook = self.editor.workbook();
        let mut notes = Vec::new();
        let bytes = match target {
            ExportTarget::RecordText(index) => match self.editor.record(index) {
                Some(record) => Ok(export::record_text(record).into_bytes()),
                None => return,
            },
            ExportTarget::WorkbookText => Ok(export::workbook_text(workbook).into_bytes()),
            ExportTarget::Xlsx => export::workbook_xlsx(workbook).map_err(|e| e.to_string()),
            ExportTarget::Pdf => export::workbook_pdf(workbook).map_err(|e| e.to_string()),
            ExportTarget::IndicatorList => {
                let (flat, flat_notes) = export::flat_workbook(workbook);
                notes = flat_notes.iter().map(ToString::to_string).collect();
                match export::ExportFile::from_path(path) {
                    Some(export::ExportFile::Xlsx) => {
                        export::workbook_xlsx(&flat).map_err(|e| e.to_string())
                    }
                    _ => Ok(export::workbook_text(&flat).into_bytes()),
                }
            }
        };
        match bytes.and_then(|bytes| files::write_bytes(path, &bytes)) {
            Ok(()) => {
                let done = format!("已导出 {}", path.display());
                if notes.is_empty() {
                    self.view.status = Some(done);
                } else {
                    self.dialog = Some(Dialog::Notice(format!("{done}\n\n{}", notes.join("\n"))));
                }
            }
            Err(message) => self.show_error(message),
        }
    }

    /// Learns the indicators of the workbook or document at `path` as the user's own library,
    /// remembered for the next start.
    fn load_library(&mut self, path: PathBuf) {
        match Library::from_file(&path) {
            Ok(library) => {
                let count = library.len();
                self.user_library = Some(library);
                self.names.0 = None;
                self.view.status = Some(format!("已载入指标库 {}：{count} 个指标", path.display()));
                self.settings.indicator_library = Some(path);
            }
            Err(e) => self.show_error(e.to_string()),
        }
    }

    fn show_error(&mut self, message: String) {
        self.dialog = Some(Dialog::Error(message));
    }
}

impl eframe::App for EditorApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, super::settings::STORAGE_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if !self.editor.is_dirty()
            && let Err(message) = self.recovery.clear()
        {
            eprintln!("jixiao: {message}");
        }
    }
}
