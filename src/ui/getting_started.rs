//! 帮助 → 入门: a short page for the three kinds of users — clerks drafting next year's tables,
//! reviewers correcting imported drafts, offices exporting submissions — in both languages.
//! Key shortcuts are read from the actions, so the page never disagrees with the 快捷键 list.

use super::action::Action;
use super::i18n::Lang;
use egui::{RichText, Ui};

/// One user's part of the page: a heading, steps, and the actions worth knowing by their keys.
struct Part {
    heading: &'static str,
    steps: &'static [&'static str],
    keys: &'static [Action],
}

const CHINESE: [Part; 3] = [
    Part {
        heading: "编制下一年度的表（部门经办人）",
        steps: &[
            "编辑 → 新建项目表：从空白表开始，选择本地使用的表格格式；或选中去年的表，编辑 → 结转到下一年度。",
            "在“绩效指标”下按一级、二级指标逐行填写三级指标、指标值等；“＋ 添加指标”添加一行。",
            "输入时即检查：有问题的单元格带颜色边框，悬停可看原因，问题面板列出全部问题。",
        ],
        keys: &[Action::New, Action::Save, Action::Undo],
    },
    Part {
        heading: "校核导入的草稿（财务审核人员）",
        steps: &[
            "文件 → 打开或导入表格文档，或从剪贴板粘贴部门报来的表格。",
            "问题面板的“全部”列出所有表的全部问题；单击一条即跳到对应单元格，改正后问题随即消失。",
            "有快速修复的问题可单击其按钮，或用“全部修复”；每一步都可撤销。",
        ],
        keys: &[Action::ImportText, Action::NextFinding, Action::FocusFilter],
    },
    Part {
        heading: "导出规范的报送材料（汇总报送单位）",
        steps: &[
            "文件 → 导出：规范文本（制表符分隔）、Excel 工作簿、PDF（打印）或一体化指标清单。",
            "导出前先看问题面板：错误应当改完，警告逐条确认。",
        ],
        keys: &[Action::ExportRecord, Action::ExportWorkbook],
    },
];

const ENGLISH: [Part; 3] = [
    Part {
        heading: "Drafting next year's tables (department clerks)",
        steps: &[
            "Edit → New table starts from a blank form in your local layout; or select last year's table and use Edit → Roll over to next year.",
            "Under Indicators, fill each first- and second-level group row by row (indicator, target value …); “＋ Add indicator” adds a row.",
            "Mistakes show as you type: a coloured border marks the cell, hovering tells why, the problems panel lists them all.",
        ],
        keys: &[Action::New, Action::Save, Action::Undo],
    },
    Part {
        heading: "Correcting imported drafts (finance reviewers)",
        steps: &[
            "File → Open or Import a department's document, or paste its tables from the clipboard.",
            "The problems panel's All tables tab lists every finding at once; click one to jump to its cell, fix it and it goes away.",
            "A finding with a quick fix has a button for it, or use Fix all; every step can be undone.",
        ],
        keys: &[Action::ImportText, Action::NextFinding, Action::FocusFilter],
    },
    Part {
        heading: "Exporting standardized submissions (offices)",
        steps: &[
            "File → Export: the canonical tab-separated text, an Excel workbook, a PDF to print, or the integrated indicator list.",
            "Look at the problems panel first: fix the errors, confirm the warnings one by one.",
        ],
        keys: &[Action::ExportRecord, Action::ExportWorkbook],
    },
];

/// Draws the page; returns whether the user asked for the full list of shortcuts.
pub fn getting_started_ui(ui: &mut Ui, lang: Lang) -> bool {
    ui.heading(lang.tr("入门"));
    let parts = match lang {
        Lang::Chinese => &CHINESE,
        Lang::English => &ENGLISH,
    };
    egui::ScrollArea::vertical()
        .max_height(ui.ctx().content_rect().height() * 0.6)
        .show(ui, |ui| {
            for part in parts {
                ui.add_space(6.0);
                ui.label(RichText::new(part.heading).strong());
                for (n, step) in (1..).zip(part.steps) {
                    ui.label(format!("{n}. {step}"));
                }
                let keys: Vec<String> = part
                    .keys
                    .iter()
                    .filter_map(|action| {
                        let shortcut = action.shortcuts().first()?;
                        let keys = ui.ctx().format_shortcut(shortcut);
                        Some(format!("{} {keys}", lang.tr(action.label())))
                    })
                    .collect();
                if !keys.is_empty() {
                    ui.label(RichText::new(keys.join(" · ")).weak());
                }
            }
        });
    ui.add_space(6.0);
    ui.button(lang.tr("全部快捷键…")).clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_parts_and_steps() {
        for (zh, en) in CHINESE.iter().zip(&ENGLISH) {
            assert_eq!(zh.steps.len(), en.steps.len(), "{}", en.heading);
            assert_eq!(zh.keys, en.keys, "{}", en.heading);
        }
    }

    #[test]
    fn the_page_names_only_actions_that_have_a_shortcut() {
        for part in &CHINESE {
            for action in part.keys {
                assert!(!action.shortcuts().is_empty(), "{action:?}");
            }
        }
    }
}
