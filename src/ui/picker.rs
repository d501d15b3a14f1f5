//! Choosing files: native dialogs in the application, a scripted fake in tests.

use std::path::PathBuf;

/// What kind of file a dialog is for; decides the filters and the suggested extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A jixiao workbook (`.ron`).
    Workbook,
    /// Tab-separated table text (`.txt`, `.tsv`).
    TableText,
    /// A document of tables to import: table text, a spreadsheet (`.xlsx`, `.xls`, `.ods`,
    /// WPS `.et`) or a Word document (`.docx`).
    Document,
}

impl FileKind {
    /// The dialog's filter name and extensions.
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FileKind::Workbook => ("jixiao 工作簿", &["ron"]),
            FileKind::TableText => ("表格文本", &["txt", "tsv", "csv"]),
            FileKind::Document => (
                "表格文本、Excel/WPS 表格、Word 文档",
                &[
                    "txt", "tsv", "csv", "xlsx", "xlsm", "xls", "et", "ods", "docx",
                ],
            ),
        }
    }
}

/// Asks the user for a file. Returns `None` when the user cancels.
pub trait FilePicker {
    /// A file to read.
    fn pick_open(&mut self, kind: FileKind) -> Option<PathBuf>;
    /// A file to write, suggesting `file_name`.
    fn pick_save(&mut self, kind: FileKind, file_name: &str) -> Option<PathBuf>;
}

/// The operating system's file dialogs (through `rfd`).
#[derive(Debug, Default)]
pub struct NativePicker;

impl FilePicker for NativePicker {
    fn pick_open(&mut self, kind: FileKind) -> Option<PathBuf> {
        let (name, extensions) = kind.filter();
        let mut dialog = rfd::FileDialog::new().add_filter(name, extensions);
        // 打开 opens workbooks and imports documents alike (store::open tells them apart).
        if kind == FileKind::Workbook {
            let (name, extensions) = FileKind::Document.filter();
            dialog = dialog.add_filter(name, extensions);
        }
        dialog.add_filter("所有文件", &["*"]).pick_file()
    }

    fn pick_save(&mut self, kind: FileKind, file_name: &str) -> Option<PathBuf> {
        let (name, extensions) = kind.filter();
        rfd::FileDialog::new()
            .add_filter(name, extensions)
            .set_file_name(file_name)
            .save_file()
    }
}

/// A picker that answers from a script, for tests: each call takes the next answer.
#[derive(Debug, Default, Clone)]
pub struct ScriptedPicker {
    answers: std::rc::Rc<std::cell::RefCell<std::collections::VecDeque<Option<PathBuf>>>>,
}

impl ScriptedPicker {
    /// An empty script: every dialog is cancelled.
    pub fn new() -> ScriptedPicker {
        ScriptedPicker::default()
    }

    /// Queues the answer to the next dialog (`None` = cancel). Clones share one script, so a test
    /// keeps a clone and queues answers after handing the picker to the editor.
    pub fn answer(&self, path: Option<PathBuf>) {
        self.answers.borrow_mut().push_back(path);
    }

    fn next(&self) -> Option<PathBuf> {
        self.answers.borrow_mut().pop_front().flatten()
    }
}

impl FilePicker for ScriptedPicker {
    fn pick_open(&mut self, _kind: FileKind) -> Option<PathBuf> {
        self.next()
    }

    fn pick_save(&mut self, _kind: FileKind, _file_name: &str) -> Option<PathBuf> {
        self.next()
    }
}
