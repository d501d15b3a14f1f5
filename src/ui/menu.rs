//! The menu bar: 文件, 编辑, 视图, 帮助. Items are [`Action`]s, so labels and shortcuts come from
//! one place.

use super::action::Action;
use super::command::{Command, Commands};
use super::i18n::Lang;
use super::settings::Settings;
use super::theme::{TextSize, ThemeChoice};
use crate::layout::Layout;
use egui::Ui;

/// What decides whether menu items are enabled.
pub struct MenuState {
    /// A record is selected.
    pub has_selection: bool,
    /// Undo has something to do.
    pub can_undo: bool,
    /// Redo has something to do.
    pub can_redo: bool,
    /// The workbook has records.
    pub has_records: bool,
}

impl MenuState {
    fn enabled(&self, action: Action) -> bool {
        match action {
            Action::Undo => self.can_undo,
            Action::Redo => self.can_redo,
            Action::DuplicateRecord
            | Action::DeleteRecord
            | Action::MoveRecordUp
            | Action::MoveRecordDown
            | Action::ExportRecord
            | Action::CopyText
            | Action::Rollover => self.has_selection,
            Action::ExportWorkbook
            | Action::ExportXlsx
            | Action::ExportPdf
            | Action::ExportFlat
            | Action::NextFinding
            | Action::Compare => self.has_records,
            _ => true,
        }
    }
}

/// Draws the menu bar.
pub fn menu_bar_ui(ui: &mut Ui, state: &MenuState, settings: &Settings, out: &mut Commands) {
    let lang = settings.lang;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(lang.tr("文件"), |ui| {
            items(
                ui,
                &[
                    Action::New,
                    Action::Open,
                    Action::ImportText,
                    Action::OpenFolder,
                    Action::ImportClipboard,
                ],
                state,
                lang,
                out,
            );
            ui.menu_button(lang.tr("最近打开"), |ui| {
                if settings.recent_files.is_empty() {
                    ui.label(lang.tr("无最近文件"));
                }
                for path in &settings.recent_files {
                    if ui.button(path.display().to_string()).clicked() {
                        out.push(Command::OpenRecent(path.clone()));
                    }
                }
            });
            ui.separator();
            items(ui, &[Action::Save, Action::SaveAs], state, lang, out);
            ui.separator();
            items(
                ui,
                &[
                    Action::ExportRecord,
                    Action::ExportWorkbook,
                    Action::ExportXlsx,
                    Action::ExportPdf,
                    Action::ExportFlat,
                ],
                state,
                lang,
                out,
            );
            ui.separator();
            item(ui, Action::Compare, state, lang, out);
            item(ui, Action::LoadLibrary, state, lang, out);
            ui.separator();
            item(ui, Action::Quit, state, lang, out);
        });
        ui.menu_button(lang.tr("编辑"), |ui| {
            item(ui, Action::Undo, state, lang, out);
            item(ui, Action::Redo, state, lang, out);
            ui.separator();
            ui.menu_button(lang.tr("新建项目表"), |ui| {
                new_record_menu_ui(ui, lang, out)
            });
            items(
                ui,
                &[
                    Action::DuplicateRecord,
                    Action::DeleteRecord,
                    Action::MoveRecordUp,
                    Action::MoveRecordDown,
                ],
                state,
                lang,
                out,
            );
            item(ui, Action::Rollover, state, lang, out);
            ui.separator();
            items(
                ui,
                &[Action::FocusFilter, Action::NextFinding, Action::CopyText],
                state,
                lang,
                out,
            );
        });
        ui.menu_button(lang.tr("视图"), |ui| {
            for (theme, label) in [(ThemeChoice::Light, "浅色"), (ThemeChoice::Dark, "深色")] {
                if ui.radio(settings.theme == theme, lang.tr(label)).clicked() {
                    out.push(Command::SetTheme(theme));
                }
            }
            ui.separator();
            ui.menu_button(lang.tr("文字大小"), |ui| {
                for size in TextSize::ALL {
                    if ui
                        .radio(settings.text_size == size, lang.tr(size.label()))
                        .clicked()
                    {
                        out.push(Command::SetTextSize(size));
                    }
                }
            });
            ui.menu_button(lang.tr("界面语言"), |ui| {
                for (choice, label) in [(Lang::Chinese, "中文"), (Lang::English, "English")] {
                    if ui.radio(lang == choice, label).clicked() {
                        out.push(Command::SetLang(choice));
                    }
                }
            });
            ui.separator();
            let mut shown = !settings.problems_hidden;
            let shortcut = Action::ToggleProblems
                .shortcuts()
                .first()
                .map(|s| ui.ctx().format_shortcut(s))
                .unwrap_or_default();
            if ui
                .add(egui::Checkbox::new(&mut shown, lang.tr("显示问题面板")))
                .on_hover_text(shortcut)
                .clicked()
            {
                out.push(Command::Action(Action::ToggleProblems));
            }
        });
        ui.menu_button(lang.tr("帮助"), |ui| {
            if ui.button(lang.tr("入门")).clicked() {
                out.push(Command::ShowGettingStarted);
            }
            if ui.button(lang.tr("快捷键")).clicked() {
                out.push(Command::ShowShortcuts);
            }
            if ui.button(lang.tr("关于")).clicked() {
                out.push(Command::ShowAbout);
            }
        });
    });
}

/// The layouts a new table can take, as menu entries.
pub fn new_record_menu_ui(ui: &mut Ui, lang: Lang, out: &mut Commands) {
    // A table read by its headings keeps the columns of a document; a new one has none to keep.
    for layout in Layout::ALL.into_iter().filter(|&l| l != Layout::Headings) {
        if ui.button(lang.layout(layout)).clicked() {
            out.push(Command::NewRecord(layout));
        }
    }
}

fn items(ui: &mut Ui, actions: &[Action], state: &MenuState, lang: Lang, out: &mut Commands) {
    for &action in actions {
        item(ui, action, state, lang, out);
    }
}

fn item(ui: &mut Ui, action: Action, state: &MenuState, lang: Lang, out: &mut Commands) {
    let mut button = egui::Button::new(lang.tr(action.label()));
    if let Some(shortcut) = action.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(state.enabled(action), button).clicked() {
        out.push(Command::Action(action));
    }
}
