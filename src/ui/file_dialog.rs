//! The editor's own file dialog, for desktops where no native one can appear (no portal, no
//! zenity): the same filters, starting in the remembered folder, in the editor's language.

use super::i18n::Lang;
use super::picker::FileKind;
use egui_file::{DialogType, FileDialog};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// An in-app dialog on screen.
pub struct InAppFileDialog {
    dialog: FileDialog,
    kind: FileKind,
}

impl std::fmt::Debug for InAppFileDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InAppFileDialog")
            .field("kind", &self.kind)
            .field("type", &self.dialog.dialog_type())
            .finish()
    }
}

impl InAppFileDialog {
    /// A dialog to open a file of `kind`, starting in `folder`.
    pub fn open(kind: FileKind, folder: Option<&Path>, lang: Lang) -> InAppFileDialog {
        let kinds = kind.opened_with();
        let dialog = FileDialog::open_file().show_files_filter(Box::new(move |path: &Path| {
            kinds.iter().any(|k| k.admits(path))
        }));
        Self::new(dialog, kind, folder, lang)
    }

    /// A dialog to save a file of `kind`, suggesting `file_name` in `folder`.
    pub fn save(
        kind: FileKind,
        folder: Option<&Path>,
        file_name: &str,
        lang: Lang,
    ) -> InAppFileDialog {
        let dialog = FileDialog::save_file()
            .default_filename(file_name)
            .show_files_filter(Box::new(move |path: &Path| kind.admits(path)));
        Self::new(dialog, kind, folder, lang)
    }

    /// A dialog to choose a folder, starting in `folder`.
    pub fn folder(folder: Option<&Path>, lang: Lang) -> InAppFileDialog {
        Self::new(
            FileDialog::select_folder(),
            FileKind::Document,
            folder,
            lang,
        )
    }

    fn new(
        dialog: FileDialog,
        kind: FileKind,
        folder: Option<&Path>,
        lang: Lang,
    ) -> InAppFileDialog {
        let tr = |zh: &'static str| Cow::Borrowed(lang.tr(zh));
        let title = match dialog.dialog_type() {
            DialogType::SaveFile => "保存文件",
            DialogType::SelectFolder => "选择文件夹",
            DialogType::OpenFile => "打开文件",
        };
        let mut dialog = dialog
            .title(lang.tr(title))
            .open_button_text(tr("打开"))
            .save_button_text(tr("保存"))
            .cancel_button_text(tr("取消"))
            .new_folder_button_text(tr("新建文件夹"))
            .new_folder_name_text(tr("新建文件夹"))
            .rename_button_text(tr("重命名"))
            .refresh_button_hover_text(tr("刷新"))
            .parent_folder_button_hover_text(tr("上一级文件夹"))
            .file_label_text(tr("文件："))
            .show_hidden_checkbox_text(tr("显示隐藏文件"))
            .id(egui::Id::unique("jixiao-file-dialog"))
            .default_size(egui::vec2(640.0, 440.0));
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.initial_path(folder);
        }
        dialog.open();
        InAppFileDialog { dialog, kind }
    }

    /// Draws the dialog. `Some(Some(path))` once a file is chosen, `Some(None)` once the user
    /// closes it without one, `None` while it stays open. A file saved without an extension gets
    /// the kind's own.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<Option<PathBuf>> {
        self.dialog.show(ctx);
        if self.dialog.selected() {
            let path = self.dialog.path().map(Path::to_path_buf)?;
            return Some(Some(self.with_extension(path)));
        }
        (!self.dialog.visible()).then_some(None)
    }

    fn with_extension(&self, path: PathBuf) -> PathBuf {
        let saving = self.dialog.dialog_type() == DialogType::SaveFile;
        if saving && path.extension().is_none() {
            path.with_extension(self.kind.filter().1[0])
        } else {
            path
        }
    }
}
