//! The user's actions that have a name in a menu and perhaps a keyboard shortcut.
//!
//! One enum carries each action's label and shortcut, so the menu, the shortcut handling and the
//! help list cannot disagree, and a test proves no two shortcuts clash.

use egui::{Key, KeyboardShortcut, Modifiers};

/// An action a user can take from a menu or a shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// 新建: an empty workbook.
    New,
    /// 打开…: a workbook file.
    Open,
    /// 导入表格文档…: a document of tables (text, spreadsheet, Word).
    ImportText,
    /// 打开文件夹…: every document of a folder as one new workbook.
    OpenFolder,
    /// 从剪贴板导入…: tables copied from a spreadsheet or PDF.
    ImportClipboard,
    /// 保存.
    Save,
    /// 另存为….
    SaveAs,
    /// 导出本表规范文本….
    ExportRecord,
    /// 导出全部规范文本….
    ExportWorkbook,
    /// 导出 Excel 工作簿…: the official form of every table, one sheet each.
    ExportXlsx,
    /// 导出 PDF（打印）…: every table on A4 pages.
    ExportPdf,
    /// 导出一体化指标清单…: one row per indicator, as .xlsx or text.
    ExportFlat,
    /// 退出.
    Quit,
    /// 撤销.
    Undo,
    /// 重做.
    Redo,
    /// 在下方插入指标行: an empty indicator after the one with the keyboard.
    InsertRow,
    /// 删除指标行: the indicator with the keyboard.
    DeleteRow,
    /// 上移指标行.
    MoveRowUp,
    /// 下移指标行.
    MoveRowDown,
    /// 移到上一个二级指标: the row to the end of the group before its own.
    RowToPreviousGroup,
    /// 移到下一个二级指标: the row to the start of the group after its own.
    RowToNextGroup,
    /// 复制项目表.
    DuplicateRecord,
    /// 删除项目表.
    DeleteRecord,
    /// 上移项目表.
    MoveRecordUp,
    /// 下移项目表.
    MoveRecordDown,
    /// 查找项目表: focus the filter box.
    FocusFilter,
    /// 下一个问题: reveal the next finding.
    NextFinding,
    /// 复制规范文本 of the selected record.
    CopyText,
    /// 显示问题面板 on or off.
    ToggleProblems,
    /// 结转到下一年度: the selected table rolled forward into next year's.
    Rollover,
    /// 与…比较: the differences from another version of the workbook.
    Compare,
    /// 载入指标库…: a workbook of the user's own indicators, offered while typing names.
    LoadLibrary,
}

impl Action {
    /// Every action, in menu order.
    pub const ALL: [Action; 32] = [
        Action::New,
        Action::Open,
        Action::ImportText,
        Action::OpenFolder,
        Action::ImportClipboard,
        Action::Save,
        Action::SaveAs,
        Action::ExportRecord,
        Action::ExportWorkbook,
        Action::ExportXlsx,
        Action::ExportPdf,
        Action::ExportFlat,
        Action::Quit,
        Action::Undo,
        Action::Redo,
        Action::InsertRow,
        Action::DeleteRow,
        Action::MoveRowUp,
        Action::MoveRowDown,
        Action::RowToPreviousGroup,
        Action::RowToNextGroup,
        Action::DuplicateRecord,
        Action::DeleteRecord,
        Action::MoveRecordUp,
        Action::MoveRecordDown,
        Action::FocusFilter,
        Action::NextFinding,
        Action::CopyText,
        Action::ToggleProblems,
        Action::Rollover,
        Action::Compare,
        Action::LoadLibrary,
    ];

    /// The menu label, in Chinese.
    pub fn label(self) -> &'static str {
        match self {
            Action::New => "新建",
            Action::Open => "打开…",
            Action::ImportText => "导入表格文档…",
            Action::OpenFolder => "打开文件夹…",
            Action::ImportClipboard => "从剪贴板导入…",
            Action::Save => "保存",
            Action::SaveAs => "另存为…",
            Action::ExportRecord => "导出本表规范文本…",
            Action::ExportWorkbook => "导出全部规范文本…",
            Action::ExportXlsx => "导出 Excel 工作簿…",
            Action::ExportPdf => "导出 PDF（打印）…",
            Action::ExportFlat => "导出一体化指标清单…",
            Action::Quit => "退出",
            Action::Undo => "撤销",
            Action::Redo => "重做",
            Action::InsertRow => "在下方插入指标行",
            Action::DeleteRow => "删除指标行",
            Action::MoveRowUp => "上移指标行",
            Action::MoveRowDown => "下移指标行",
            Action::RowToPreviousGroup => "移到上一个二级指标",
            Action::RowToNextGroup => "移到下一个二级指标",
            Action::DuplicateRecord => "复制项目表",
            Action::DeleteRecord => "删除项目表",
            Action::MoveRecordUp => "上移项目表",
            Action::MoveRecordDown => "下移项目表",
            Action::FocusFilter => "查找项目表",
            Action::NextFinding => "下一个问题",
            Action::CopyText => "复制规范文本",
            Action::ToggleProblems => "显示问题面板",
            Action::Rollover => "结转到下一年度",
            Action::Compare => "与…比较",
            Action::LoadLibrary => "载入指标库…",
        }
    }

    /// The keyboard shortcuts, the first being the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Action::New => &const { [cmd(Key::N)] },
            Action::Open => &const { [cmd(Key::O)] },
            Action::ImportText => &const { [cmd(Key::I)] },
            Action::ImportClipboard => &const { [cmd_shift(Key::I)] },
            Action::Save => &const { [cmd(Key::S)] },
            Action::SaveAs => &const { [cmd_shift(Key::S)] },
            Action::ExportRecord => &const { [cmd(Key::E)] },
            Action::ExportWorkbook => &const { [cmd_shift(Key::E)] },
            Action::ExportXlsx | Action::ExportPdf | Action::ExportFlat => &[],
            Action::OpenFolder => &[],
            Action::Quit => &const { [cmd(Key::Q)] },
            Action::Undo => &const { [cmd(Key::Z)] },
            Action::Redo => &const { [cmd_shift(Key::Z), cmd(Key::Y)] },
            // None of these is a text field's own: they are taken before the field sees them.
            Action::InsertRow => &const { [cmd(Key::Enter)] },
            Action::DeleteRow => &const { [cmd_shift(Key::Delete)] },
            Action::MoveRowUp => &const { [cmd_shift(Key::ArrowUp)] },
            Action::MoveRowDown => &const { [cmd_shift(Key::ArrowDown)] },
            Action::RowToPreviousGroup => &const { [cmd(Key::OpenBracket)] },
            Action::RowToNextGroup => &const { [cmd(Key::CloseBracket)] },
            Action::DuplicateRecord => &const { [cmd(Key::D)] },
            Action::DeleteRecord => &[],
            Action::MoveRecordUp => &const { [alt(Key::ArrowUp)] },
            Action::MoveRecordDown => &const { [alt(Key::ArrowDown)] },
            Action::FocusFilter => &const { [cmd(Key::F)] },
            Action::NextFinding => &const { [KeyboardShortcut::new(Modifiers::NONE, Key::F8)] },
            Action::CopyText => &const { [cmd_shift(Key::C)] },
            Action::ToggleProblems => &const { [cmd(Key::J)] },
            Action::Rollover | Action::Compare | Action::LoadLibrary => &[],
        }
    }

    /// Shortcuts that text fields own (copy, paste, cut, select all); no action may take them.
    pub const RESERVED: [KeyboardShortcut; 4] = [
        KeyboardShortcut::new(Modifiers::COMMAND, Key::C),
        KeyboardShortcut::new(Modifiers::COMMAND, Key::V),
        KeyboardShortcut::new(Modifiers::COMMAND, Key::X),
        KeyboardShortcut::new(Modifiers::COMMAND, Key::A),
    ];

    /// Every (shortcut, action), the ones with more modifiers first: egui matches Ctrl+Z on
    /// Ctrl+Shift+Z as well, so the longer shortcut must be tried first.
    pub fn shortcut_table() -> Vec<(KeyboardShortcut, Action)> {
        let mut table: Vec<(KeyboardShortcut, Action)> = Action::ALL
            .iter()
            .flat_map(|&a| a.shortcuts().iter().map(move |&s| (s, a)))
            .collect();
        table.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
        table
    }

    /// Whether the action makes sense while a text field has the keyboard (shortcuts that do not
    /// collide with typing).
    pub fn works_while_typing(self) -> bool {
        !matches!(self, Action::MoveRecordUp | Action::MoveRecordDown)
    }
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn alt(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, key)
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.ctrl || m.command || m.mac_cmd) + u8::from(m.shift)
}

/// Takes the shortcuts pressed this frame out of the input, so text fields do not also act on them
/// (their own Ctrl+Z would fight the editor's undo).
pub fn consume_shortcuts(ctx: &egui::Context, typing: bool) -> Vec<Action> {
    let table = Action::shortcut_table();
    ctx.input_mut(|input| {
        table
            .iter()
            .filter(|(_, action)| !typing || action.works_while_typing())
            .filter(|(shortcut, _)| input.consume_shortcut(shortcut))
            .map(|&(_, action)| action)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut_or_take_a_reserved_one() {
        let table = Action::shortcut_table();
        for (i, (a, action_a)) in table.iter().enumerate() {
            assert!(
                !Action::RESERVED.contains(a),
                "{action_a:?} takes a reserved shortcut"
            );
            for (b, action_b) in &table[i + 1..] {
                assert_ne!(a, b, "{action_a:?} and {action_b:?} share a shortcut");
            }
        }
    }

    #[test]
    fn longer_shortcuts_are_tried_before_the_ones_they_contain() {
        let table = Action::shortcut_table();
        let position = |action: Action, shortcut: KeyboardShortcut| {
            table
                .iter()
                .position(|&(s, a)| a == action && s == shortcut)
        };
        let redo = position(
            Action::Redo,
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
        );
        let undo = position(
            Action::Undo,
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Z),
        );
        assert!(redo < undo);
    }

    #[test]
    fn every_action_has_a_label() {
        for action in Action::ALL {
            assert!(!action.label().is_empty());
        }
    }
}
