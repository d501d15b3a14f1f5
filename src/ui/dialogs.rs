//! Modal questions and messages: unsaved changes, recovery, errors, pasting tables, help.

use super::action::Action;
use super::i18n::Lang;
use crate::edit::editor::Source;
use crate::edit::recovery::Recovered;
use crate::model::Workbook;
use chrono::{DateTime, Utc};
use egui::{Id, RichText, Ui};
use std::path::PathBuf;

/// Something that replaces the open workbook, waiting for the user to decide about unsaved changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// An empty workbook.
    New,
    /// A workbook chosen in a file dialog.
    Open,
    /// A workbook or table text at this path.
    OpenPath(PathBuf),
    /// Table text chosen in a file dialog.
    ImportText,
    /// Every document of a folder chosen in a dialog.
    OpenFolder,
    /// Tables read from pasted text.
    Replace(Box<Workbook>),
    /// Work found in the recovery folder.
    Restore(Box<Recovered>, RestoreInto),
    /// Closing the editor.
    Quit,
}

/// What a file the user is asked for will be used for; carried across a file dialog that stays on
/// screen for several frames (the editor's own), so the work goes on when a file is chosen.
#[derive(Debug, Clone, PartialEq)]
pub enum FileIntent {
    /// Open a workbook, or import the document chosen.
    Open,
    /// Import the tables of the document chosen.
    Import,
    /// Read every document of the folder chosen into one new workbook.
    OpenFolder,
    /// Save the workbook to the file chosen, then do what was waiting for the save.
    SaveAs(Option<Box<Pending>>),
    /// Write an export to the file chosen.
    Export(ExportTarget),
    /// Compare the workbook or document chosen with the open workbook.
    Compare,
    /// Learn the indicators of the workbook or document chosen, for suggestions.
    LoadLibrary,
}

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTarget {
    /// The canonical text of the record at this index.
    RecordText(usize),
    /// The canonical text of the whole workbook.
    WorkbookText,
    /// The workbook's official forms as an Excel workbook.
    Xlsx,
    /// The workbook's tables on pages to print.
    Pdf,
    /// The workbook as the 一体化 indicator list, an Excel workbook or text by the file's extension.
    IndicatorList,
}

/// The dialog on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    /// Save unsaved changes before `Pending`?
    Unsaved(Pending),
    /// Restore work found in the recovery folder?
    Recovery(Box<Recovered>),
    /// Something failed; the message says what and where.
    Error(String),
    /// Something worked, with things the user should know (what an export could not keep).
    Notice(String),
    /// Paste table text to import.
    Paste {
        /// The text pasted so far.
        text: String,
        /// Whether the clipboard has been asked for its text.
        requested: bool,
    },
    /// About jixiao.
    About,
    /// The keyboard shortcuts.
    Shortcuts,
    /// 帮助 → 入门: the getting-started page.
    GettingStarted,
}

/// Where recovered work goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreInto {
    /// A new untitled workbook: saving it asks for a file, so no file is overwritten unasked.
    Untitled,
    /// The document it belonged to, in place of the one open.
    Original,
}

/// What the user decided in a dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    /// Save, then do what was pending.
    SaveThen(Pending),
    /// Do what was pending without saving.
    DiscardThen(Pending),
    /// Restore the recovered work.
    Restore(Box<Recovered>, RestoreInto),
    /// Throw the recovered work away.
    DropRecovery,
    /// Import the pasted text.
    ImportPasted(String),
    /// Close the dialog.
    Close,
    /// Close the dialog and show the keyboard shortcuts.
    ShowShortcuts,
}

const PASTE_FIELD: &str = "jixiao-paste-field";

impl Dialog {
    /// Draws the dialog; returns the user's choice once made.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> Option<Choice> {
        let modal = egui::Modal::new(Id::unique("jixiao-dialog")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            self.body_ui(ui, lang)
        });
        match modal.inner {
            Some(choice) => Some(choice),
            None if modal.should_close() => Some(match self {
                Dialog::Recovery(_) => return None,
                _ => Choice::Close,
            }),
            None => None,
        }
    }

    fn body_ui(&mut self, ui: &mut Ui, lang: Lang) -> Option<Choice> {
        match self {
            Dialog::Unsaved(pending) => {
                ui.heading(lang.tr("未保存的更改"));
                ui.label(lang.tr("当前工作簿有未保存的更改。是否先保存？"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(lang.tr("保存")).clicked() {
                        return Some(Choice::SaveThen(pending.clone()));
                    }
                    if ui.button(lang.tr("不保存")).clicked() {
                        return Some(Choice::DiscardThen(pending.clone()));
                    }
                    ui.button(lang.tr("取消"))
                        .clicked()
                        .then_some(Choice::Close)
                })
                .inner
            }
            Dialog::Recovery(recovered) => recovery_ui(ui, recovered, lang),
            Dialog::Notice(message) => {
                ui.heading(lang.tr("请注意"));
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| ui.label(message.as_str()));
                ui.add_space(8.0);
                ui.button(lang.tr("确定"))
                    .clicked()
                    .then_some(Choice::Close)
            }
            Dialog::Error(message) => {
                ui.heading(RichText::new(lang.tr("出错了")).color(ui.visuals().error_fg_color));
                ui.label(message.as_str());
                ui.add_space(8.0);
                ui.button(lang.tr("确定"))
                    .clicked()
                    .then_some(Choice::Close)
            }
            Dialog::Paste { text, requested } => {
                ui.heading(lang.tr("从剪贴板导入…"));
                let label = ui.label(lang.tr("将表格文本粘贴到下面（Ctrl+V），然后点击“导入”。"));
                let response = egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        ui.add(
                            egui::TextEdit::multiline(text)
                                .id(Id::unique(PASTE_FIELD))
                                .desired_rows(12)
                                .desired_width(f32::INFINITY)
                                .code_editor(),
                        )
                        .labelled_by(label.id)
                    })
                    .inner;
                if !*requested {
                    *requested = true;
                    response.request_focus();
                    ui.ctx()
                        .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(!text.trim().is_empty(), egui::Button::new(lang.tr("导入")))
                        .clicked()
                    {
                        return Some(Choice::ImportPasted(std::mem::take(text)));
                    }
                    ui.button(lang.tr("取消"))
                        .clicked()
                        .then_some(Choice::Close)
                })
                .inner
            }
            Dialog::About => {
                ui.heading("jixiao（绩效）");
                let version = lang.tr("版本 {}").replace("{}", env!("CARGO_PKG_VERSION"));
                ui.label(version);
                ui.label(lang.tr("编制、校核和导出项目支出预算绩效目标表与绩效自评表。"));
                ui.label(lang.tr("中文字体：Noto Sans CJK SC（SIL Open Font License 1.1）。"));
                ui.add_space(8.0);
                ui.button(lang.tr("确定"))
                    .clicked()
                    .then_some(Choice::Close)
            }
            Dialog::GettingStarted => {
                if super::getting_started::getting_started_ui(ui, lang) {
                    return Some(Choice::ShowShortcuts);
                }
                ui.button(lang.tr("确定"))
                    .clicked()
                    .then_some(Choice::Close)
            }
            Dialog::Shortcuts => {
                ui.heading(lang.tr("快捷键"));
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for action in Action::ALL {
                        let keys: Vec<String> = action
                            .shortcuts()
                            .iter()
                            .map(|s| ui.ctx().format_shortcut(s))
                            .collect();
                        if keys.is_empty() {
                            continue;
                        }
                        ui.label(lang.tr(action.label()));
                        ui.label(keys.join(" / "));
                        ui.end_row();
                    }
                    ui.label("Tab / Shift+Tab / Enter");
                    ui.label(lang.tr("在单元格之间移动"));
                    ui.end_row();
                });
                ui.add_space(8.0);
                ui.button(lang.tr("确定"))
                    .clicked()
                    .then_some(Choice::Close)
            }
        }
    }
}

/// The recovery offer: which file, when the copy was made and what it holds, and where to put it.
fn recovery_ui(ui: &mut Ui, recovered: &Recovered, lang: Lang) -> Option<Choice> {
    ui.heading(lang.tr("恢复未保存的工作"));
    ui.label(lang.tr("上次编辑没有正常结束，留下了这些未保存的工作："));
    ui.add_space(4.0);
    let summary = recovered.summary();
    egui::Grid::new("recovery-offer")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .max_col_width(460.0)
        .show(ui, |ui| {
            ui.label(lang.tr("文件"));
            let file = match (&recovered.source, recovered.file()) {
                (Source::Imported(_), Some(path)) => {
                    format!("{}（{}）", path.display(), lang.tr("导入的文档"))
                }
                (_, Some(path)) => path.display().to_string(),
                (_, None) => lang.tr("未命名").to_owned(),
            };
            ui.add(egui::Label::new(file).wrap());
            ui.end_row();
            ui.label(lang.tr("副本时间"));
            ui.label(
                recovered
                    .written
                    .map_or_else(|| lang.tr("不详").to_owned(), |t| copy_time(t, lang)),
            );
            ui.end_row();
            ui.label(lang.tr("内容"));
            ui.label(format!(
                "{} · {}",
                lang.tr("{}张表").replace("{}", &summary.tables.to_string()),
                lang.tr("{}个三级指标")
                    .replace("{}", &summary.indicators.to_string())
            ));
            ui.end_row();
            if !summary.names.is_empty() {
                ui.label(lang.tr("项目"));
                let more = if summary.tables > summary.names.len() {
                    lang.tr("等")
                } else {
                    ""
                };
                ui.add(egui::Label::new(format!("{}{more}", summary.names.join("、"))).wrap());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let untitled = ui.button(lang.tr("恢复到新的未命名工作簿"));
        // Enter takes the choice that overwrites nothing.
        if !ui.ctx().memory(|m| m.focused().is_some()) {
            untitled.request_focus();
        }
        if untitled.clicked() {
            return Some(Choice::Restore(
                Box::new(recovered.clone()),
                RestoreInto::Untitled,
            ));
        }
        if ui
            .button(lang.tr("替换当前文档"))
            .on_hover_text(lang.tr("恢复的工作替换当前打开的文档，保存时写回它原来的文件"))
            .clicked()
        {
            return Some(Choice::Restore(
                Box::new(recovered.clone()),
                RestoreInto::Original,
            ));
        }
        ui.button(lang.tr("丢弃"))
            .clicked()
            .then_some(Choice::DropRecovery)
    })
    .inner
}

/// When the copy was written: the time (UTC, the editor knows no time zone) and how long ago.
fn copy_time(written: DateTime<Utc>, lang: Lang) -> String {
    let now = DateTime::<Utc>::from(std::time::SystemTime::now());
    let minutes = (now - written).num_minutes().max(0);
    let ago = match minutes {
        0 => lang.tr("刚刚").to_owned(),
        1..60 => lang.tr("{}分钟前").replace("{}", &minutes.to_string()),
        60..2880 => lang
            .tr("{}小时前")
            .replace("{}", &(minutes / 60).to_string()),
        _ => lang
            .tr("{}天前")
            .replace("{}", &(minutes / 1440).to_string()),
    };
    format!("{} UTC（{ago}）", written.format("%Y-%m-%d %H:%M"))
}
