//! The editor speaks Chinese; this module lets a user switch its own words to English.
//!
//! Every string the editor shows is written in Chinese at its call site and passed through
//! [`Lang::tr`]; the English table below is the only place translations live. Domain names (forms,
//! categories, fields, columns, rule titles) come from the library in both languages and are picked
//! in [`super::words`]; finding messages stay Chinese, the words of the official forms, with the
//! rule's English title beside them.

use serde::{Deserialize, Serialize};

/// The language of the editor's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    /// 中文 (the default).
    #[default]
    Chinese,
    /// English.
    English,
}

impl Lang {
    /// `zh` in this language: itself in Chinese, its English counterpart when one exists.
    pub fn tr(self, zh: &'static str) -> &'static str {
        match self {
            Lang::Chinese => zh,
            Lang::English => english(zh).unwrap_or(zh),
        }
    }
}

impl Lang {
    /// `3 错误 · 1 警告`, or in English with the plural where it belongs (`1 error · 2 warnings`).
    pub fn finding_counts(self, errors: usize, warnings: usize) -> String {
        match self {
            Lang::Chinese => format!("{errors} 错误 · {warnings} 警告"),
            Lang::English => {
                let plural = |n: usize| if n == 1 { "" } else { "s" };
                format!(
                    "{errors} error{} · {warnings} warning{}",
                    plural(errors),
                    plural(warnings)
                )
            }
        }
    }
}

/// The English for a Chinese UI string, when there is one.
fn english(zh: &str) -> Option<&'static str> {
    ENGLISH.iter().find_map(|(z, e)| (*z == zh).then_some(*e))
}

/// Chinese UI strings and their English; `{}` marks where a number or name is put in.
const ENGLISH: &[(&str, &str)] = &[
    ("文件", "File"),
    ("编辑", "Edit"),
    ("视图", "View"),
    ("帮助", "Help"),
    ("新建", "New"),
    ("打开…", "Open…"),
    ("导入表格文档…", "Import tables from a document…"),
    ("结转到下一年度", "Roll over to next year"),
    ("与…比较", "Compare with…"),
    ("载入指标库…", "Load indicator library…"),
    ("比较结果", "Comparison"),
    ("关闭比较", "Close comparison"),
    ("与此文件比较：", "Compared with: "),
    ("两个版本没有差别", "The two versions do not differ"),
    ("打开文件夹…", "Open a folder…"),
    ("选择文件夹", "Choose a folder"),
    ("以下文件无法读取：", "These files could not be read:"),
    (
        "文件夹中没有可读取的项目表",
        "The folder holds no table that could be read",
    ),
    ("从剪贴板导入…", "Import from clipboard…"),
    ("保存", "Save"),
    ("另存为…", "Save as…"),
    ("导出本表规范文本…", "Export this table's canonical text…"),
    ("导出全部规范文本…", "Export all canonical text…"),
    ("导出 Excel 工作簿…", "Export Excel workbook…"),
    ("请注意", "Please note"),
    ("导出 PDF（打印）…", "Export PDF (print)…"),
    ("导出一体化指标清单…", "Export indicator list…"),
    ("最近打开", "Recent files"),
    ("无最近文件", "No recent files"),
    ("退出", "Quit"),
    ("撤销", "Undo"),
    ("撤销删除", "Undo delete"),
    ("重做", "Redo"),
    // keys: row shortcuts, scheme choice, the undo offer after a deletion.
    ("在下方插入指标行", "Insert row below"),
    ("删除指标行", "Delete row"),
    ("上移指标行", "Move row up"),
    ("下移指标行", "Move row down"),
    ("移到上一个二级指标", "Move row to previous group"),
    ("移到下一个二级指标", "Move row to next group"),
    ("转换为另一种口径", "Convert to another scheme"),
    (
        "点击可把指标按类别移到另一种口径（可撤销）；无对应类别的指标放入「待归类指标」",
        "Click to move the indicators into another scheme's groups (undoable); ones without a place go to 「待归类指标」",
    ),
    ("已删除项目表", "Table deleted"),
    (
        "插入、删除、移动指标行",
        "Insert, delete, move indicator rows",
    ),
    ("新建项目表", "New table"),
    ("复制项目表", "Duplicate table"),
    ("删除项目表", "Delete table"),
    ("上移项目表", "Move table up"),
    ("下移项目表", "Move table down"),
    ("查找项目表", "Find table"),
    ("下一个问题", "Next problem"),
    ("显示问题面板", "Show problems panel"),
    ("浅色", "Light"),
    ("深色", "Dark"),
    ("文字大小", "Text size"),
    ("小", "Small"),
    ("中", "Medium"),
    ("大", "Large"),
    ("特大", "Extra large"),
    ("界面语言", "Language"),
    ("关于", "About"),
    ("快捷键", "Keyboard shortcuts"),
    ("未命名", "Untitled"),
    ("项目表", "Tables"),
    (
        "筛选：名称、部门或规则代码",
        "Filter: name, department or rule code",
    ),
    ("筛选", "Filter"),
    ("添加", "Add"),
    ("复制", "Duplicate"),
    ("删除", "Delete"),
    ("上移", "Up"),
    ("下移", "Down"),
    ("（无名称）", "(no name)"),
    ("表单", "Form"),
    ("预览", "Preview"),
    ("表格信息", "Table"),
    ("项目信息", "Project"),
    ("资金", "Funding"),
    ("资金支出计划", "Spending plan"),
    ("项目资金", "Project funds"),
    ("绩效目标", "Goals"),
    ("绩效指标", "Indicators"),
    // layout: folding blocks, the indicator tree's own words, the list, help and about.
    ("分", "pts"),
    (
        "一级指标分值，导出为「产出指标（40分）」",
        "The group's weight, exported as 产出指标（40分）",
    ),
    ("折叠", "Fold"),
    ("展开", "Unfold"),
    ("一级指标", "First level"),
    ("二级指标", "Second level"),
    ("指标值", "Target value"),
    ("建议得分", "Suggested score"),
    (
        "按评分规则计算的得分（只读），悬停查看计算过程",
        "The score by the scoring rule (read-only); hover to see how it was worked out",
    ),
    ("得分计算方法", "How the score is worked out"),
    ("目标 1：……", "Goal 1: …"),
    ("选择", "Choose"),
    ("待核对", "To check"),
    ("入门", "Getting started"),
    ("全部快捷键…", "All keyboard shortcuts…"),
    ("在单元格之间移动", "Move between cells"),
    ("版本 {}", "Version {}"),
    (
        "编制、校核和导出项目支出预算绩效目标表与绩效自评表。",
        "Drafts, checks and exports budget performance target tables and self-evaluations.",
    ),
    (
        "中文字体：Noto Sans CJK SC（SIL Open Font License 1.1）。",
        "Chinese font: Noto Sans CJK SC (SIL Open Font License 1.1).",
    ),
    ("表格格式", "Layout"),
    ("转换为另一种格式", "Convert to another form"),
    (
        "点击可把本表转换为另一种表格格式（可撤销）",
        "Click to put this table in another form (undoable)",
    ),
    ("标题", "Title"),
    ("金额单位", "Money unit"),
    ("指标口径", "Scheme"),
    ("添加指标", "Add indicator"),
    ("添加二级指标", "Add second-level group"),
    ("添加一级指标", "Add first-level group"),
    ("删除此指标", "Delete this indicator"),
    ("删除此组", "Delete this group"),
    ("问题", "Problems"),
    ("本表", "This table"),
    ("全部", "All tables"),
    ("全部修复", "Fix all"),
    ("没有发现问题", "No problems found"),
    ("导入说明", "Import notes"),
    ("第{}行", "line {}"),
    ("打开", "Open"),
    ("保存文件", "Save file"),
    ("打开文件", "Open file"),
    ("新建文件夹", "New folder"),
    ("重命名", "Rename"),
    ("刷新", "Refresh"),
    ("上一级文件夹", "Parent folder"),
    ("文件：", "File:"),
    ("显示隐藏文件", "Show hidden files"),
    ("复制规范文本", "Copy canonical text"),
    ("复制所选单元格", "Copy selected cells"),
    (
        "拖动或按住 Shift 单击选择单元格，Ctrl+C 复制",
        "Drag or Shift+click to select cells; Ctrl+C copies them",
    ),
    ("已复制到剪贴板", "Copied to the clipboard"),
    ("没有可预览的内容", "Nothing to preview"),
    ("未保存的更改", "Unsaved changes"),
    (
        "当前工作簿有未保存的更改。是否先保存？",
        "The workbook has unsaved changes. Save them first?",
    ),
    ("不保存", "Don't save"),
    ("取消", "Cancel"),
    ("恢复未保存的工作", "Recover unsaved work"),
    // recovery: the recovery offer, where the work is, the problems panel's folded lines
    (
        "上次编辑没有正常结束，留下了这些未保存的工作：",
        "The last session did not end normally and left this unsaved work:",
    ),
    ("导入的文档", "imported document"),
    ("副本时间", "Copied at"),
    ("不详", "unknown"),
    ("内容", "Contents"),
    ("{}张表", "{} tables"),
    ("{}个三级指标", "{} indicators"),
    ("项目", "Projects"),
    ("等", " and more"),
    (
        "恢复到新的未命名工作簿",
        "Recover into a new untitled workbook",
    ),
    ("替换当前文档", "Replace the open document"),
    (
        "恢复的工作替换当前打开的文档，保存时写回它原来的文件",
        "The recovered work replaces the open document and saves back to its own file",
    ),
    ("刚刚", "just now"),
    ("{}分钟前", "{} min ago"),
    ("{}小时前", "{} h ago"),
    ("{}天前", "{} days ago"),
    (
        "已导入，尚未保存为工作簿",
        "imported, not yet saved as a workbook",
    ),
    ("已导入，修改尚未保存", "imported, changes not saved"),
    (
        "已恢复{}张表到新的未命名工作簿",
        "Recovered {} tables into a new untitled workbook",
    ),
    (
        "已恢复{}张表，替换了当前文档",
        "Recovered {} tables in place of the open document",
    ),
    ("{} 处数值格式（空格等）", "{} value formats (spaces etc.)"),
    ("收起", "Hide them"),
    ("全部改为规范写法", "Write them all the standard way"),
    ("丢弃", "Discard"),
    ("出错了", "Something went wrong"),
    ("确定", "OK"),
    ("导入", "Import"),
    (
        "将表格文本粘贴到下面（Ctrl+V），然后点击“导入”。",
        "Paste table text below (Ctrl+V), then click Import.",
    ),
    ("表格文本", "Table text"),
    ("没有表格", "No tables"),
    ("工作簿中还没有项目表。", "The workbook has no tables yet."),
    ("没有选中项目表", "No table selected"),
    ("共{}张表", "{} tables"),
    ("显示{}张", "{} shown"),
    ("提示", "notes"),
    ("已保存", "Saved"),
    ("未保存", "unsaved"),
    ("已自动保存恢复副本", "Recovery copy saved"),
    ("未找到可导入的表格", "No tables found to import"),
    ("导入了{}张表", "Imported {} tables"),
    ("项目预算成本构成", "Cost breakdown"),
    ("添加成本构成", "Add cost line"),
    ("中期绩效目标与指标", "Multi-year goal and indicators"),
    ("中期指标", "multi-year indicators"),
    ("自评结论", "Conclusions"),
    (
        "此表需要核对：导入时有以下疑问",
        "Please check this table: the import was unsure about",
    ),
    ("标记为已核对", "Mark as checked"),
    (
        "确认导入无误，清除疑问标记（可撤销）",
        "The import is right: clear the doubts (can be undone)",
    ),
    (
        "此列由导入推测，请核对",
        "The import guessed this column: please check",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_switches_known_words_and_keeps_the_rest() {
        assert_eq!(Lang::English.tr("文件"), "File");
        assert_eq!(Lang::Chinese.tr("文件"), "文件");
        assert_eq!(Lang::English.tr("项目名称"), "项目名称");
    }

    #[test]
    fn every_chinese_string_has_one_translation() {
        for (i, (zh, _)) in ENGLISH.iter().enumerate() {
            assert!(
                !ENGLISH[i + 1..].iter().any(|(other, _)| other == zh),
                "{zh} twice"
            );
        }
    }

    #[test]
    fn finding_counts_take_the_english_plural_only_where_it_belongs() {
        assert_eq!(Lang::English.finding_counts(1, 2), "1 error · 2 warnings");
        assert_eq!(Lang::English.finding_counts(0, 1), "0 errors · 1 warning");
        assert_eq!(Lang::Chinese.finding_counts(1, 2), "1 错误 · 2 警告");
    }
}
