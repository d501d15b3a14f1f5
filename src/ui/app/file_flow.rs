//! The file workflow: asking about unsaved changes, choosing files, opening, saving, exporting.

use super::EditorApp;

use crate::edit::editor::{Editor, Source};
use crate::edit::files;
use crate::edit::recovery::Recovered;
use crate::export;
use crate::library::Library;
use crate::model::Workbook;
use crate::store::Opened;
use crate::ui::dialogs::{Dialog, ExportTarget, FileIntent, Pending, RestoreInto};
use crate::ui::file_dialog::InAppFileDialog;
use crate::ui::picker::{FileKind, Picked};
use crate::ui::view::ViewState;
use std::path::PathBuf;

impl EditorApp {
    /// Does `pending` now, or first asks about unsaved changes.
    pub(super) fn request(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.editor.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(pending));
        } else {
            self.perform(pending, ctx);
        }
    }

    pub(super) fn perform(&mut self, pending: Pending, ctx: &egui::Context) {
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
            Pending::Restore(recovered, into) => self.restore(*recovered, into),
            Pending::Quit => {
                // Closing without saving: the work is to be gone, not offered at the next start.
                if let Err(message) = self.recovery.stop() {
                    eprintln!("jixiao: {message}");
                }
                self.close_allowed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Opens a workbook file, or imports table text, from `path`.
    pub(super) fn open_path(&mut self, path: PathBuf) {
        match files::open(&path) {
            Ok(Opened::Workbook(workbook)) => {
                self.settings.remember_file(&path);
                self.replace(Editor::new(workbook, Some(path)));
            }
            Ok(Opened::Imported(workbook)) => {
                let count = workbook.records.len();
                self.settings.remember_file(&path);
                self.replace(Editor::new(workbook, None).with_source(Source::Imported(path)));
                self.view.status = Some(
                    self.settings
                        .lang
                        .tr("导入了{}张表")
                        .replace("{}", &count.to_string()),
                );
            }
            Err(message) => {
                self.settings.forget_file(&path);
                self.show_error(message);
            }
        }
    }

    /// Reads every document of `folder` into one new, unsaved workbook; lists the files that
    /// could not be read in a notice.
    pub(super) fn open_folder(&mut self, folder: PathBuf) {
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
        // Saving proposes `FOLDER.ron` beside the folder; dialogs start there.
        self.replace(Editor::new(workbook, None).with_source(Source::Imported(folder)));
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

    pub(super) fn replace(&mut self, editor: Editor) {
        self.editor = editor;
        self.comparison = None;
        let scope = self.view.scope;
        self.view = ViewState {
            scope,
            ..ViewState::default()
        };
        self.view.clamp(self.editor.len());
        self.generation += 1;
    }

    /// Puts recovered work on screen: as a new untitled workbook, so nothing already open is
    /// overwritten by saving it, or in place of the document it belonged to.
    fn restore(&mut self, recovered: Recovered, into: RestoreInto) {
        let lang = self.settings.lang;
        let count = recovered.workbook.records.len().to_string();
        let (source, said) = match into {
            RestoreInto::Untitled => (Source::Untitled, "已恢复{}张表到新的未命名工作簿"),
            RestoreInto::Original => (recovered.source, "已恢复{}张表，替换了当前文档"),
        };
        self.replace(Editor::new_unsaved(recovered.workbook, None).with_source(source));
        self.view.status = Some(lang.tr(said).replace("{}", &count));
    }

    /// Saves to the workbook's file, or asks where when it has none (or `ask`); then does what
    /// was waiting for the save, if it saved.
    pub(super) fn save(&mut self, ask: bool, then: Option<Pending>, ctx: &egui::Context) {
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

    pub(super) fn save_to(&mut self, path: PathBuf, then: Option<Pending>, ctx: &egui::Context) {
        self.editor.finish_edit();
        match files::save_workbook(&path, self.editor.workbook()) {
            Ok(()) => {
                self.settings.remember_file(&path);
                self.editor.mark_saved(path);
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
    pub(super) fn ask_for_file(&mut self, intent: FileIntent, ctx: &egui::Context) {
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
    pub(super) fn file_for(&self, intent: &FileIntent) -> (FileKind, Option<String>) {
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
    pub(super) fn export_name(&self, extension: &str) -> String {
        let name = files::suggested_name(&self.file_stem(), extension);
        let source = self.editor.imported_from().and_then(|p| p.file_name());
        if source.is_some_and(|s| s.to_string_lossy() == name) {
            files::suggested_name(&format!("{}-导出", self.file_stem()), extension)
        } else {
            name
        }
    }

    /// Where a file dialog starts: beside the imported document, else the last folder used.
    pub(super) fn start_folder(&self) -> Option<PathBuf> {
        self.editor
            .imported_from()
            .or(self.editor.path())
            .and_then(|p| p.parent())
            .filter(|p| !p.as_os_str().is_empty())
            .map(PathBuf::from)
            .or_else(|| self.settings.last_folder.clone())
    }

    pub(super) fn fulfil(&mut self, intent: FileIntent, path: PathBuf, ctx: &egui::Context) {
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

    pub(super) fn file_dialog_ui(&mut self, ctx: &egui::Context) {
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
    pub(super) fn file_stem(&self) -> String {
        self.editor
            .path()
            .or(self.editor.imported_from())
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Writes what `target` exports to `path`; an export that cannot be made leaves no file.
    pub(super) fn export(&mut self, target: ExportTarget, path: &std::path::Path) {
        if let Some(source) = self.editor.imported_from()
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
    pub(super) fn load_library(&mut self, path: PathBuf) {
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
}
