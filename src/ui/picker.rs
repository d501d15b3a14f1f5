//! Choosing files: the platform's dialogs where it has them, an answer that says when it has none
//! (so the editor shows its own), and a scripted fake in tests.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What kind of file a dialog is for; decides the filters and the suggested extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A jixiao workbook (`.ron`); opening one offers documents to import as well.
    Workbook,
    /// A document of tables to import: table text, a spreadsheet (`.xlsx`, `.xls`, `.ods`,
    /// WPS `.et`) or a Word document (`.docx`).
    Document,
    /// Tab-separated table text (`.txt`, `.tsv`).
    TableText,
    /// The official form as an Excel workbook.
    Xlsx,
    /// The tables on pages to print.
    Pdf,
    /// The 一体化 indicator list, as a workbook or as text.
    IndicatorList,
}

impl FileKind {
    /// The dialog's filter name and extensions; the first extension is the one a saved file gets.
    pub fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FileKind::Workbook => ("jixiao 工作簿", &["ron"]),
            FileKind::Document => (
                "表格文本、Excel/WPS 表格、Word 文档",
                &[
                    "txt", "tsv", "csv", "xlsx", "xlsm", "xls", "et", "ods", "docx",
                ],
            ),
            FileKind::TableText => ("表格文本", &["txt", "tsv", "csv"]),
            FileKind::Xlsx => ("Excel 工作簿", &["xlsx"]),
            FileKind::Pdf => ("PDF 文档", &["pdf"]),
            FileKind::IndicatorList => ("一体化指标清单（Excel 或文本）", &["xlsx", "tsv", "txt"]),
        }
    }

    /// The kinds an open dialog for this kind lists: 打开 opens workbooks and imports documents
    /// alike (`store::open` tells them apart).
    pub fn opened_with(self) -> &'static [FileKind] {
        match self {
            FileKind::Workbook => &[FileKind::Workbook, FileKind::Document],
            FileKind::Document => &[FileKind::Document],
            FileKind::TableText => &[FileKind::TableText],
            FileKind::Xlsx => &[FileKind::Xlsx],
            FileKind::Pdf => &[FileKind::Pdf],
            FileKind::IndicatorList => &[FileKind::IndicatorList],
        }
    }

    /// Whether `path` has one of the kind's extensions.
    pub fn admits(self, path: &Path) -> bool {
        let extensions = self.filter().1;
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
    }
}

/// What a file dialog came back with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown: the editor must offer its own.
    Unavailable,
}

/// Asks the user for a file.
pub trait FilePicker {
    /// A file to read, starting in `folder` when given.
    fn pick_open(&mut self, kind: FileKind, folder: Option<&Path>) -> Picked;
    /// A file to write, suggesting `file_name` in `folder`.
    fn pick_save(&mut self, kind: FileKind, folder: Option<&Path>, file_name: &str) -> Picked;
    /// A folder to read, starting in `folder` when given.
    fn pick_folder(&mut self, folder: Option<&Path>) -> Picked;
}

/// The operating system's file dialogs (through `rfd`).
#[derive(Debug, Default)]
pub struct NativePicker;

/// A dialog that returns sooner than this without a file never reached the screen: a person
/// takes longer to cancel one.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(300);

impl NativePicker {
    fn dialog(kinds: &[FileKind], folder: Option<&Path>) -> rfd::FileDialog {
        let dialog = kinds.iter().fold(rfd::FileDialog::new(), |dialog, kind| {
            let (name, extensions) = kind.filter();
            dialog.add_filter(name, extensions)
        });
        match folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
    }

    /// Runs a native dialog, telling a cancel from a dialog that could not appear.
    fn ask(show: impl FnOnce() -> Option<PathBuf>) -> Picked {
        if !native_dialogs_possible() {
            return Picked::Unavailable;
        }
        let started = Instant::now();
        match show() {
            Some(path) => Picked::Chosen(path),
            None if started.elapsed() < NO_DIALOG_WITHIN => Picked::Unavailable,
            None => Picked::Cancelled,
        }
    }
}

impl FilePicker for NativePicker {
    fn pick_open(&mut self, kind: FileKind, folder: Option<&Path>) -> Picked {
        Self::ask(|| {
            Self::dialog(kind.opened_with(), folder)
                .add_filter("所有文件", &["*"])
                .pick_file()
        })
    }

    fn pick_save(&mut self, kind: FileKind, folder: Option<&Path>, file_name: &str) -> Picked {
        Self::ask(|| {
            Self::dialog(&[kind], folder)
                .set_file_name(file_name)
                .save_file()
        })
    }

    fn pick_folder(&mut self, folder: Option<&Path>) -> Picked {
        Self::ask(|| Self::dialog(&[], folder).pick_folder())
    }
}

/// Whether a native dialog can appear at all. On Linux `rfd` needs the desktop portal (over the
/// session bus) or the `zenity` program; a bare X session has neither.
fn native_dialogs_possible() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || program_on_path("zenity")
}

fn program_on_path(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()))
}

/// A picker that answers from a script, for tests: each call takes the next answer.
#[derive(Debug, Default, Clone)]
pub struct ScriptedPicker {
    answers: std::rc::Rc<std::cell::RefCell<std::collections::VecDeque<Picked>>>,
    asked_in: std::rc::Rc<std::cell::RefCell<Vec<Option<PathBuf>>>>,
}

impl ScriptedPicker {
    /// An empty script: every dialog is cancelled.
    pub fn new() -> ScriptedPicker {
        ScriptedPicker::default()
    }

    /// Queues the answer to the next dialog (`None` = cancel). Clones share one script, so a test
    /// keeps a clone and queues answers after handing the picker to the editor.
    pub fn answer(&self, path: Option<PathBuf>) {
        self.answers
            .borrow_mut()
            .push_back(path.map_or(Picked::Cancelled, Picked::Chosen));
    }

    /// Queues a dialog that cannot appear, as on a desktop without a portal.
    pub fn unavailable(&self) {
        self.answers.borrow_mut().push_back(Picked::Unavailable);
    }

    /// The folders the dialogs so far were asked to start in.
    pub fn folders_asked(&self) -> Vec<Option<PathBuf>> {
        self.asked_in.borrow().clone()
    }

    fn next(&self, folder: Option<&Path>) -> Picked {
        self.asked_in
            .borrow_mut()
            .push(folder.map(Path::to_path_buf));
        self.answers
            .borrow_mut()
            .pop_front()
            .unwrap_or(Picked::Cancelled)
    }
}

impl FilePicker for ScriptedPicker {
    fn pick_open(&mut self, _kind: FileKind, folder: Option<&Path>) -> Picked {
        self.next(folder)
    }

    fn pick_save(&mut self, _kind: FileKind, folder: Option<&Path>, _file_name: &str) -> Picked {
        self.next(folder)
    }

    fn pick_folder(&mut self, folder: Option<&Path>) -> Picked {
        self.next(folder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_admits_its_extensions_in_any_case() {
        assert!(FileKind::Document.admits(Path::new("a/报表.XLSX")));
        assert!(FileKind::Workbook.admits(Path::new("w.ron")));
        assert!(!FileKind::TableText.admits(Path::new("w.ron")));
        assert!(!FileKind::TableText.admits(Path::new("noext")));
        assert!(
            FileKind::Workbook
                .opened_with()
                .iter()
                .any(|k| k.admits(Path::new("报表.docx")))
        );
    }
}
