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
use crate::edit::editor::Editor;
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
