//! The library's names of domain things (forms, categories, fields, columns, units, rules) in the
//! editor's language: the library knows each name in Chinese and English, the editor picks one.

use super::i18n::Lang;
use crate::check::english::english_title;
use crate::check::rule;
use crate::edit::tree_edit::IndicatorSet;
use crate::layout::Layout;
use crate::model::{
    ClosingText, CostCell, HeaderField, ImportNote, IndicatorCell, Level1, Level2, MoneyCell,
    MoneyUnit, Scheme,
};

impl Lang {
    /// Picks the Chinese or the English of a pair.
    fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Chinese => zh,
            Lang::English => en,
        }
    }

    /// `中期指标/` before the places of the multi-year set, nothing before the year's.
    pub fn set_prefix(self, set: IndicatorSet) -> &'static str {
        match set {
            IndicatorSet::Annual => "",
            IndicatorSet::Medium => self.pick(set.name_prefix(), "Multi-year/"),
        }
    }

    /// A form's name.
    pub fn layout(self, layout: Layout) -> &'static str {
        self.pick(layout.label(), layout.english_name())
    }

    /// A scheme of categories.
    pub fn scheme(self, scheme: Scheme) -> &'static str {
        self.pick(scheme.label(), scheme.english_label())
    }

    /// A first-level category.
    pub fn level1(self, category: Level1) -> &'static str {
        self.pick(category.canonical_name(), category.english_name())
    }

    /// A second-level category.
    pub fn level2(self, category: Level2) -> &'static str {
        self.pick(category.canonical_name(), category.english_name())
    }

    /// A header field's name; in Chinese the name `printed` on the table's form.
    pub fn field(self, field: HeaderField, printed: &'static str) -> &'static str {
        self.pick(printed, field.english_label())
    }

    /// An indicator column's heading; in Chinese the heading `written` on the table.
    pub fn column(self, cell: IndicatorCell, written: &str) -> &str {
        self.pick(written, cell.english_label())
    }

    /// A money cell's name.
    pub fn money(self, cell: MoneyCell) -> String {
        self.pick(cell.label(), cell.english_label())
    }

    /// A row of the self-evaluation's money table.
    pub fn evaluation_row(self, row: usize) -> &'static str {
        let rows = self.pick(
            MoneyCell::EVALUATION_ROWS,
            MoneyCell::ENGLISH_EVALUATION_ROWS,
        );
        rows.get(row).copied().unwrap_or_default()
    }

    /// A column of the self-evaluation's money table.
    pub fn evaluation_column(self, column: usize) -> &'static str {
        let columns = self.pick(
            MoneyCell::EVALUATION_COLUMNS,
            MoneyCell::ENGLISH_EVALUATION_COLUMNS,
        );
        columns.get(column).copied().unwrap_or_default()
    }

    /// A money unit.
    pub fn unit(self, unit: MoneyUnit) -> &'static str {
        self.pick(unit.label(), unit.english_label())
    }

    /// A self-evaluation's closing text.
    pub fn closing(self, text: ClosingText) -> &'static str {
        self.pick(text.label(), text.english_label())
    }

    /// A cost breakdown column.
    pub fn cost(self, cell: CostCell) -> &'static str {
        self.pick(cell.label(), cell.english_label())
    }

    /// `成本构成第2行`: a line of the cost breakdown, by its index.
    pub fn cost_line(self, line: usize) -> String {
        match self {
            Lang::Chinese => format!("成本构成第{}行", line + 1),
            Lang::English => format!("Cost line {}", line + 1),
        }
    }

    /// A cost breakdown cell's accessible name.
    pub fn cost_cell(self, line: usize, cell: CostCell) -> String {
        format!("{} {}", self.cost_line(line), self.cost(cell))
    }

    /// The name of the weight cell of first-level group `n` (1-based).
    pub fn group_weight(self, n: usize) -> String {
        match self {
            Lang::Chinese => format!("一级指标 {n} {}", IndicatorCell::Weight.label()),
            Lang::English => format!("First-level group {n} weight"),
        }
    }

    /// `第3行` / `row 3`: a row of the indicator tree, counted from one.
    pub fn row(self, row: usize) -> String {
        match self {
            Lang::Chinese => format!("第{row}行"),
            Lang::English => format!("row {row}"),
        }
    }

    /// `第4行「原文」：所做处理`: an import note with the line and the text it is about. A note
    /// from no line of the document (line 0: an upgrade's, a rollover's) names no line, and one
    /// about no text shows no empty quotes.
    pub fn import_note(self, note: &ImportNote) -> String {
        let mut about = String::new();
        if note.line > 0 {
            about.push_str(&self.tr("第{}行").replace("{}", &note.line.to_string()));
        }
        let seen = note.seen.trim();
        if !seen.is_empty() {
            about.push_str(&format!("「{seen}」"));
        }
        if about.is_empty() {
            note.action.clone()
        } else {
            self.pick(
                format!("{about}：{}", note.action),
                format!("{about}: {}", note.action),
            )
        }
    }

    /// `删除：…` / `Delete: …`: an action's name followed by what it acts on.
    pub fn on(self, action: &'static str, what: &str) -> String {
        let action = self.tr(action);
        self.pick(format!("{action}：{what}"), format!("{action}: {what}"))
    }

    /// `资金（万元）` / `Funding (10k yuan)`: a title with a note in brackets.
    pub fn bracketed(self, title: &str, note: &str) -> String {
        self.pick(format!("{title}（{note}）"), format!("{title} ({note})"))
    }

    /// The title of the rule `code`.
    pub fn rule_title(self, code: &str) -> &'static str {
        match self {
            Lang::Chinese => rule(code).map_or("", |r| r.title),
            Lang::English => english_title(code).unwrap_or_default(),
        }
    }
}
