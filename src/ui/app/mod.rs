//! The editor application: the document, the window state, and the frame that ties the panels
//! together and applies the user's commands.

use super::action::{self};
use super::cell::{self};
use super::command::{Command, Commands};
use super::compare::Comparison;
use super::dialogs::{Dialog, FileIntent};
use super::file_dialog::InAppFileDialog;
use super::picker::FilePicker;
use super::preview::PreviewCache;
use super::settings::Settings;
use super::theme::{TextSize, ThemeChoice};
use super::view::ViewState;
use crate::edit::editor::{Editor, Source};
use crate::edit::files;
use crate::edit::recovery::{self, Recovery};
use crate::edit::suggestions::NameIndex;
use crate::library::Library;
use crate::model::Workbook;
use egui::{Id, Ui};
use std::path::PathBuf;

mod commands;
mod file_flow;
mod layout;

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
    /// The status message on screen and the revision it was set at: it goes once the document
    /// changes, so `已保存` never stands beside a new change.
    status_since: Option<(String, u64)>,
    /// The (document, table) drawn last frame: another one starts the form at its top.
    shown_table: (u64, Option<usize>),
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
            status_since: None,
            shown_table: (0, None),
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
        let own_file = file.is_some();
        match file {
            Some(path) => self.open_path(path),
            None => match files::example_workbook() {
                Ok(workbook) => self.replace(Editor::new(workbook, None)),
                Err(message) => self.show_error(message),
            },
        }
        // The very first start, with no file of one's own, opens on the getting-started page.
        if !self.settings.getting_started_seen && self.dialog.is_none() && !own_file {
            self.settings.getting_started_seen = true;
            self.dialog = Some(Dialog::GettingStarted);
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

    /// The window title: file name, an unsaved-changes mark, and for an imported document that
    /// it is not a workbook yet.
    pub fn window_title(&mut self) -> String {
        let lang = self.settings.lang;
        let mark = if self.editor.is_dirty() { "● " } else { "" };
        let state = match self.editor.source() {
            Source::Imported(_) => {
                format!("（{}）", lang.tr(self.document_state().unwrap_or_default()))
            }
            Source::Untitled | Source::Workbook(_) => String::new(),
        };
        format!("{mark}{}{state} — jixiao 绩效", self.document_name())
    }

    /// The file name of the workbook or of the document imported, or 未命名.
    fn document_name(&self) -> String {
        let file = self.editor.path().or(self.editor.imported_from());
        file.and_then(|p| p.file_name()).map_or_else(
            || self.settings.lang.tr("未命名").to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Where the work is, in words for the title and status bar: nothing to say for a saved
    /// workbook.
    fn document_state(&mut self) -> Option<&'static str> {
        let dirty = self.editor.is_dirty();
        match (self.editor.source(), dirty) {
            (Source::Imported(_), false) => Some("已导入，尚未保存为工作簿"),
            (Source::Imported(_), true) => Some("已导入，修改尚未保存"),
            (Source::Untitled | Source::Workbook(_), true) => Some("未保存"),
            (Source::Untitled | Source::Workbook(_), false) => None,
        }
    }

    /// The newest unsaved work, for the panic hook.
    pub fn recovery_latest(&self) -> recovery::Latest {
        self.recovery.latest()
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
        let shown = (self.generation, self.selected());
        self.view.new_table = shown != self.shown_table;
        self.shown_table = shown;
        if self.dialog.is_none() && self.file_dialog.is_none() {
            let typing = ctx.egui_wants_keyboard_input();
            for action in action::consume_shortcuts(&ctx, typing) {
                self.commands.push(Command::Action(action));
            }
        }

        // Set again by the cell that has the keyboard while the form is drawn.
        self.view.focused_cell = None;
        self.panels_ui(ui);
        self.dialog_ui(&ctx);
        self.file_dialog_ui(&ctx);
        self.undo_offer_ui(&ctx);

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
        self.expire_status();
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

    /// Shows the offer to undo the last step while it stands.
    fn undo_offer_ui(&mut self, ctx: &egui::Context) {
        let (revision, now) = (self.editor.revision(), ctx.input(|i| i.time));
        self.view.undo_offer = self
            .view
            .undo_offer
            .take()
            .filter(|t| t.stands(revision, now));
        if let Some(toast) = &self.view.undo_offer {
            toast.show(ctx, self.settings.lang, &mut self.commands);
        }
    }

    fn selected(&self) -> Option<usize> {
        self.view.selected.filter(|&i| i < self.editor.len())
    }

    /// Shows a failure; the status message of an earlier success would contradict it.
    fn show_error(&mut self, message: String) {
        self.view.status = None;
        self.dialog = Some(Dialog::Error(message));
    }

    fn expire_status(&mut self) {
        let revision = self.editor.revision();
        match &self.status_since {
            Some((text, since)) if self.view.status.as_ref() == Some(text) => {
                if *since != revision {
                    self.view.status = None;
                    self.status_since = None;
                }
            }
            _ => self.status_since = self.view.status.clone().map(|text| (text, revision)),
        }
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
