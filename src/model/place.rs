//! Places in a record: one cell of the form that a finding points at and the editor focuses.

use super::amount::Amount;
use super::category::{Level1, Level2};
use super::record::{
    Funding, HeaderField, Indicator, IndicatorCell, IndicatorPath, Level1Group, Record, RecordKind,
};
use serde::{Deserialize, Serialize};

/// A money or number cell outside the indicator tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MoneyCell {
    /// Region form 其中：年度资金总额
    AnnualTotal,
    /// Region form 本级资金 资金总额
    LocalTotal,
    /// Region form 本级 财政拨款
    LocalFiscal,
    /// Region form 本级 其他资金
    LocalOther,
    /// Region form 本级 结余结转资金
    LocalCarryover,
    /// Region form 转移市县(区)资金 资金总额
    TransferTotal,
    /// Region form 转移 中央资金
    TransferCentral,
    /// Region form 转移 自治区资金
    TransferRegion,
    /// Hebei 其中：财政资金
    HebeiFiscal,
    /// Hebei 其他资金
    HebeiOther,
    /// Spending plan point: 0 = 3月底, 1 = 6月底, 2 = 10月底, 3 = 12月底
    Plan(u8),
    /// Self-evaluation money table: row (0 年度资金总额, 1 财政拨款, 2 其他资金, 3 上年结转资金)
    /// and column (0 年初预算数, 1 全年预算数, 2 全年执行数, 3 分值, 4 执行率, 5 得分)
    Evaluation(u8, u8),
    /// Self-evaluation 总分
    TotalScore,
}

impl MoneyCell {
    /// Every cell; [`Record::money`] knows which ones a record's layout has.
    pub const ALL: [MoneyCell; 39] = {
        use MoneyCell::*;
        let mut all = [TotalScore; 39];
        let fixed = [
            AnnualTotal,
            LocalTotal,
            LocalFiscal,
            LocalOther,
            LocalCarryover,
            TransferTotal,
            TransferCentral,
            TransferRegion,
            HebeiFiscal,
            HebeiOther,
            Plan(0),
            Plan(1),
            Plan(2),
            Plan(3),
        ];
        let mut i = 0;
        while i < fixed.len() {
            all[i] = fixed[i];
            i += 1;
        }
        let mut cell = 0;
        while cell < 24 {
            all[fixed.len() + cell] = Evaluation((cell / 6) as u8, (cell % 6) as u8);
            cell += 1;
        }
        all
    };

    /// The self-evaluation money table's row labels, by row index.
    pub const EVALUATION_ROWS: [&'static str; 4] =
        ["年度资金总额", "财政拨款", "其他资金", "上年结转资金"];
    /// The self-evaluation money table's column labels, by column index.
    pub const EVALUATION_COLUMNS: [&'static str; 6] = [
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ];

    /// Chinese name of the cell.
    pub fn label(self) -> String {
        const PLAN: [&str; 4] = ["3月底", "6月底", "10月底", "12月底"];
        match self {
            MoneyCell::AnnualTotal => "年度资金总额".into(),
            MoneyCell::LocalTotal => "本级资金总额".into(),
            MoneyCell::LocalFiscal => "本级财政拨款".into(),
            MoneyCell::LocalOther => "本级其他资金".into(),
            MoneyCell::LocalCarryover => "本级结余结转资金".into(),
            MoneyCell::TransferTotal => "转移市县(区)资金总额".into(),
            MoneyCell::TransferCentral => "转移中央资金".into(),
            MoneyCell::TransferRegion => "转移自治区资金".into(),
            MoneyCell::HebeiFiscal => "财政资金".into(),
            MoneyCell::HebeiOther => "其他资金".into(),
            MoneyCell::Plan(i) => format!(
                "资金支出计划 {}",
                PLAN.get(usize::from(i)).copied().unwrap_or("?")
            ),
            MoneyCell::Evaluation(r, c) => format!(
                "{} {}",
                Self::EVALUATION_ROWS
                    .get(usize::from(r))
                    .copied()
                    .unwrap_or("?"),
                Self::EVALUATION_COLUMNS
                    .get(usize::from(c))
                    .copied()
                    .unwrap_or("?")
            ),
            MoneyCell::TotalScore => "总分".into(),
        }
    }

    /// [`MoneyCell::EVALUATION_ROWS`] in English.
    pub const ENGLISH_EVALUATION_ROWS: [&'static str; 4] = [
        "Annual total",
        "Fiscal funds",
        "Other funds",
        "Carried over",
    ];
    /// [`MoneyCell::EVALUATION_COLUMNS`] in English.
    pub const ENGLISH_EVALUATION_COLUMNS: [&'static str; 6] = [
        "Budget at start",
        "Annual budget",
        "Executed",
        "Weight",
        "Execution rate",
        "Score",
    ];

    /// English name of the cell, for the editor's English mode.
    pub fn english_label(self) -> String {
        const PLAN: [&str; 4] = [
            "end of March",
            "end of June",
            "end of October",
            "end of December",
        ];
        let pick =
            |names: &[&'static str], i: u8| names.get(usize::from(i)).copied().unwrap_or("?");
        match self {
            MoneyCell::AnnualTotal => "Annual total".into(),
            MoneyCell::LocalTotal => "Own-level total".into(),
            MoneyCell::LocalFiscal => "Own-level fiscal funds".into(),
            MoneyCell::LocalOther => "Own-level other funds".into(),
            MoneyCell::LocalCarryover => "Own-level carry-over".into(),
            MoneyCell::TransferTotal => "Transfers to cities and counties".into(),
            MoneyCell::TransferCentral => "Transfers of central funds".into(),
            MoneyCell::TransferRegion => "Transfers of region funds".into(),
            MoneyCell::HebeiFiscal => "Fiscal funds".into(),
            MoneyCell::HebeiOther => "Other funds".into(),
            MoneyCell::Plan(i) => format!("Spending plan, {}", pick(&PLAN, i)),
            MoneyCell::Evaluation(r, c) => format!(
                "{} {}",
                pick(&Self::ENGLISH_EVALUATION_ROWS, r),
                pick(&Self::ENGLISH_EVALUATION_COLUMNS, c)
            ),
            MoneyCell::TotalScore => "Total score".into(),
        }
    }
}

/// A closing text of a self-evaluation, written after its indicators, or the grade beside 总分.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ClosingText {
    /// The grade written beside the total (`优`, `良`).
    Grade,
    /// 评价结论 / 自评结论
    Conclusion,
    /// 存在问题
    Problems,
    /// 改进措施
    Improvements,
    /// 其他需要说明事项
    Remarks,
}

impl ClosingText {
    /// The texts written after the indicators, in form order (the grade sits beside 总分).
    pub const AFTER_INDICATORS: [ClosingText; 4] = [
        ClosingText::Conclusion,
        ClosingText::Problems,
        ClosingText::Improvements,
        ClosingText::Remarks,
    ];

    /// Chinese name of the text.
    pub fn label(self) -> &'static str {
        match self {
            ClosingText::Grade => "评价等级",
            ClosingText::Conclusion => "评价结论",
            ClosingText::Problems => "存在问题",
            ClosingText::Improvements => "改进措施",
            ClosingText::Remarks => "其他需要说明事项",
        }
    }

    /// English name of the text, for the editor's English mode.
    pub fn english_label(self) -> &'static str {
        match self {
            ClosingText::Grade => "Grade",
            ClosingText::Conclusion => "Conclusion",
            ClosingText::Problems => "Problems found",
            ClosingText::Improvements => "Improvements",
            ClosingText::Remarks => "Other remarks",
        }
    }
}

/// A cell of a cost breakdown line (项目预算成本构成).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CostCell {
    /// 成本构成
    Item,
    /// 金额
    Amount,
    /// 测算依据
    Basis,
}

impl CostCell {
    /// The cells of a line, in form order.
    pub const ALL: [CostCell; 3] = [CostCell::Item, CostCell::Amount, CostCell::Basis];

    /// Chinese name of the column.
    pub fn label(self) -> &'static str {
        match self {
            CostCell::Item => "成本构成",
            CostCell::Amount => "金额",
            CostCell::Basis => "测算依据",
        }
    }

    /// English name of the column, for the editor's English mode.
    pub fn english_label(self) -> &'static str {
        match self {
            CostCell::Item => "Cost item",
            CostCell::Amount => "Amount",
            CostCell::Basis => "How it was worked out",
        }
    }
}

/// A place in a record that a finding can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Place {
    /// The record as a whole.
    Record,
    /// A header field.
    Header(HeaderField),
    /// A money or number cell outside the tree.
    Money(MoneyCell),
    /// A first-level group's label (index into `groups`).
    Level1(usize),
    /// A first-level group's weight (`（40分）` of a self-evaluation), a cell of its own.
    Level1Weight(usize),
    /// A second-level group's label.
    Level2 {
        /// Index of the first-level group.
        level1: usize,
        /// Index of the second-level group within it.
        level2: usize,
    },
    /// One cell of an indicator row.
    Indicator(IndicatorPath, IndicatorCell),
    /// The value of a labelled header cell without a field of its own (index into
    /// [`crate::model::Header::extra`]).
    HeaderExtra(usize),
    /// A self-evaluation's closing text or grade.
    Closing(ClosingText),
    /// One cell of a cost breakdown line (index into [`Record::cost_lines`]).
    Cost(usize, CostCell),
    /// A first-level group's label in the multi-year set ([`Record::medium_groups`]).
    MediumLevel1(usize),
    /// A second-level group's label in the multi-year set.
    MediumLevel2 {
        /// Index of the first-level group.
        level1: usize,
        /// Index of the second-level group within it.
        level2: usize,
    },
    /// One cell of an indicator row of the multi-year set.
    MediumIndicator(IndicatorPath, IndicatorCell),
}

/// The multi-year set's name, put before its places in messages.
const MEDIUM_SET: &str = "中期指标";

fn describe_level1(groups: &[Level1Group], i: usize) -> String {
    groups.get(i).map_or_else(
        || format!("一级指标{}", i.saturating_add(1)),
        |g| format!("一级指标「{}」", g.label),
    )
}

fn describe_level2(groups: &[Level1Group], level1: usize, level2: usize) -> String {
    let l1 = groups.get(level1);
    let l2 = l1.and_then(|g| g.groups.get(level2));
    match (l1, l2) {
        (Some(a), Some(b)) => format!("{}/二级指标「{}」", a.label, b.label),
        _ => format!("二级指标{}", level2.saturating_add(1)),
    }
}

fn describe_indicator(
    record: &Record,
    groups: &[Level1Group],
    path: IndicatorPath,
    cell: IndicatorCell,
) -> String {
    let l1 = groups.get(path.level1);
    let l2 = l1.and_then(|g| g.groups.get(path.level2));
    // A group of no known category (`制度指标`) goes by its label: `其他指标` would not find it.
    let name = |known: &'static str, other: bool, label: &str| match label.trim() {
        label if other && !label.is_empty() => label.to_string(),
        _ => known.to_string(),
    };
    let names = match (l1, l2) {
        (Some(a), Some(b)) => format!(
            "{}/{}",
            name(
                a.category.canonical_name(),
                a.category == Level1::Other,
                &a.label
            ),
            name(
                b.category.canonical_name(),
                b.category == Level2::Other,
                &b.label
            )
        ),
        _ => "指标".into(),
    };
    format!(
        "{names}/第{}行 {}",
        path.row.saturating_add(1),
        record.column_name(cell)
    )
}

fn indicator_in(groups: &[Level1Group], path: IndicatorPath) -> Option<&Indicator> {
    groups
        .get(path.level1)?
        .groups
        .get(path.level2)?
        .indicators
        .get(path.row)
}

fn indicator_in_mut(groups: &mut [Level1Group], path: IndicatorPath) -> Option<&mut Indicator> {
    groups
        .get_mut(path.level1)?
        .groups
        .get_mut(path.level2)?
        .indicators
        .get_mut(path.row)
}

fn level2_label(groups: &[Level1Group], level1: usize, level2: usize) -> Option<&str> {
    groups
        .get(level1)?
        .groups
        .get(level2)
        .map(|g| g.label.as_str())
}

/// Writes a first-level label and the category it names; with `weighted`, a weight typed at its
/// end goes to the weight cell (the multi-year set shows none, so there it stays in the label).
/// Returns whether the group exists.
fn set_level1_label(groups: &mut [Level1Group], i: usize, text: &str, weighted: bool) -> bool {
    use super::category::Level1;
    match groups.get_mut(i) {
        Some(g) => {
            if weighted {
                g.set_label(text);
            } else {
                g.label = text.into();
            }
            g.category = Level1::from_label(&g.label).unwrap_or(Level1::Other);
            true
        }
        None => false,
    }
}

/// Writes a second-level label and the category it names; returns whether the group exists.
fn set_level2_label(groups: &mut [Level1Group], level1: usize, level2: usize, text: &str) -> bool {
    use super::category::Level2;
    match groups
        .get_mut(level1)
        .and_then(|g| g.groups.get_mut(level2))
    {
        Some(g) => {
            g.label = text.into();
            g.category = Level2::from_label(text).unwrap_or(Level2::Other);
            true
        }
        None => false,
    }
}

impl Place {
    /// Where this is, in Chinese, for messages: `产出指标/成本指标/第2行 指标值`.
    pub fn describe(self, record: &Record) -> String {
        match self {
            Place::Record => "整表".into(),
            Place::Header(HeaderField::Amount) => record.layout.amount_label().into(),
            Place::Header(field) => field.label().into(),
            Place::Money(cell) => cell.label(),
            Place::Level1(i) => describe_level1(&record.groups, i),
            Place::Level1Weight(i) => format!("{} 分值", describe_level1(&record.groups, i)),
            Place::Level2 { level1, level2 } => describe_level2(&record.groups, level1, level2),
            Place::Indicator(path, cell) => describe_indicator(record, &record.groups, path, cell),
            Place::HeaderExtra(i) => record
                .header
                .extra
                .get(i)
                .map(|e| e.label.trim())
                .filter(|label| !label.is_empty())
                .map_or_else(
                    || format!("表头单元格{}", i.saturating_add(1)),
                    str::to_owned,
                ),
            Place::Closing(text) => text.label().into(),
            Place::Cost(line, cell) => {
                format!("成本构成第{}行 {}", line.saturating_add(1), cell.label())
            }
            Place::MediumLevel1(i) => {
                format!("{MEDIUM_SET}/{}", describe_level1(&record.medium_groups, i))
            }
            Place::MediumLevel2 { level1, level2 } => format!(
                "{MEDIUM_SET}/{}",
                describe_level2(&record.medium_groups, level1, level2)
            ),
            Place::MediumIndicator(path, cell) => format!(
                "{MEDIUM_SET}/{}",
                describe_indicator(record, &record.medium_groups, path, cell)
            ),
        }
    }
}

impl Record {
    /// The number cell at `cell`, when the record's layout has it.
    pub fn money(&self, cell: MoneyCell) -> Option<&Amount> {
        match (cell, &self.funding) {
            (MoneyCell::AnnualTotal, Funding::Region(f)) => Some(&f.annual_total),
            (MoneyCell::LocalTotal, Funding::Region(f)) => Some(&f.local_total),
            (MoneyCell::LocalFiscal, Funding::Region(f)) => Some(&f.local_fiscal),
            (MoneyCell::LocalOther, Funding::Region(f)) => Some(&f.local_other),
            (MoneyCell::LocalCarryover, Funding::Region(f)) => Some(&f.local_carryover),
            (MoneyCell::TransferTotal, Funding::Region(f)) => Some(&f.transfer_total),
            (MoneyCell::TransferCentral, Funding::Region(f)) => Some(&f.transfer_central),
            (MoneyCell::TransferRegion, Funding::Region(f)) => Some(&f.transfer_region),
            (MoneyCell::HebeiFiscal, Funding::Hebei(f)) => Some(&f.fiscal),
            (MoneyCell::HebeiOther, Funding::Hebei(f)) => Some(&f.other),
            (MoneyCell::Plan(i), _) => {
                let plan = self.spending_plan.as_ref()?;
                plan.points().get(usize::from(i)).map(|(_, a)| *a)
            }
            (MoneyCell::Evaluation(r, c), _) => {
                let e = self.evaluation.as_ref()?;
                let row = e.rows().into_iter().nth(usize::from(r))?;
                row.cells().into_iter().nth(usize::from(c))
            }
            (MoneyCell::TotalScore, _) => self.evaluation.as_ref().map(|e| &e.total_score),
            _ => None,
        }
    }

    /// The number cell at `cell`, mutably.
    pub fn money_mut(&mut self, cell: MoneyCell) -> Option<&mut Amount> {
        match (cell, &mut self.funding) {
            (MoneyCell::AnnualTotal, Funding::Region(f)) => Some(&mut f.annual_total),
            (MoneyCell::LocalTotal, Funding::Region(f)) => Some(&mut f.local_total),
            (MoneyCell::LocalFiscal, Funding::Region(f)) => Some(&mut f.local_fiscal),
            (MoneyCell::LocalOther, Funding::Region(f)) => Some(&mut f.local_other),
            (MoneyCell::LocalCarryover, Funding::Region(f)) => Some(&mut f.local_carryover),
            (MoneyCell::TransferTotal, Funding::Region(f)) => Some(&mut f.transfer_total),
            (MoneyCell::TransferCentral, Funding::Region(f)) => Some(&mut f.transfer_central),
            (MoneyCell::TransferRegion, Funding::Region(f)) => Some(&mut f.transfer_region),
            (MoneyCell::HebeiFiscal, Funding::Hebei(f)) => Some(&mut f.fiscal),
            (MoneyCell::HebeiOther, Funding::Hebei(f)) => Some(&mut f.other),
            (MoneyCell::Plan(i), _) => {
                let plan = self.spending_plan.as_mut()?;
                [
                    &mut plan.march,
                    &mut plan.june,
                    &mut plan.october,
                    &mut plan.december,
                ]
                .into_iter()
                .nth(usize::from(i))
            }
            (MoneyCell::Evaluation(r, c), _) => {
                let e = self.evaluation.as_mut()?;
                let row = e.rows_mut().into_iter().nth(usize::from(r))?;
                row.cells_mut().into_iter().nth(usize::from(c))
            }
            (MoneyCell::TotalScore, _) => self.evaluation.as_mut().map(|e| &mut e.total_score),
            _ => None,
        }
    }

    /// The text at `place`, when the place holds text.
    pub fn text_at(&self, place: Place) -> Option<&str> {
        match place {
            Place::Record => None,
            Place::Header(HeaderField::Year) => None,
            Place::Header(field) => self.header_text(field),
            Place::Money(cell) => self.money(cell).map(Amount::text),
            Place::Level1(i) => self.groups.get(i).map(|g| g.label.as_str()),
            Place::Level1Weight(i) => self.groups.get(i).map(|g| g.weight.text()),
            Place::Level2 { level1, level2 } => level2_label(&self.groups, level1, level2),
            Place::Indicator(path, cell) => self.indicator(path).map(|ind| ind.text(cell)),
            Place::HeaderExtra(i) => self.header.extra.get(i).map(|e| e.value.as_str()),
            Place::Closing(text) => {
                let e = self.evaluation.as_ref()?;
                Some(match text {
                    ClosingText::Grade => &e.grade,
                    ClosingText::Conclusion => &e.conclusion,
                    ClosingText::Problems => &e.problems,
                    ClosingText::Improvements => &e.improvements,
                    ClosingText::Remarks => &e.remarks,
                })
            }
            Place::Cost(line, cell) => {
                let line = self.cost_lines.get(line)?;
                Some(match cell {
                    CostCell::Item => &line.item,
                    CostCell::Amount => line.amount.text(),
                    CostCell::Basis => &line.basis,
                })
            }
            Place::MediumLevel1(i) => self.medium_groups.get(i).map(|g| g.label.as_str()),
            Place::MediumLevel2 { level1, level2 } => {
                level2_label(&self.medium_groups, level1, level2)
            }
            Place::MediumIndicator(path, cell) => {
                indicator_in(&self.medium_groups, path).map(|ind| ind.text(cell))
            }
        }
    }

    /// Writes `text` at `place`. Group labels also update the group's category. Returns whether
    /// the place exists in this record.
    pub fn set_text_at(&mut self, place: Place, text: &str) -> bool {
        match place {
            Place::Record => false,
            Place::Header(field) => {
                let h = &mut self.header;
                match field {
                    HeaderField::Name => h.name = text.into(),
                    HeaderField::Code => h.code = text.into(),
                    HeaderField::Department => h.department = text.into(),
                    HeaderField::Implementer => h.implementer = text.into(),
                    HeaderField::ProjectKind => h.project_kind = text.into(),
                    HeaderField::Duration => h.duration = text.into(),
                    HeaderField::Office => h.office = text.into(),
                    HeaderField::Amount => {
                        if self.amount_follows_money()
                            && let Some(budget) = self.money_mut(super::budget::FULL_YEAR_BUDGET)
                        {
                            budget.set_text(text);
                        }
                        self.header.amount.set_text(text);
                    }
                    HeaderField::FundUse => h.fund_use = text.into(),
                    HeaderField::Goal => h.goal = text.into(),
                    HeaderField::GoalResult => h.goal_result = text.into(),
                    HeaderField::Category => h.category = text.into(),
                    HeaderField::MediumGoal => h.medium_goal = text.into(),
                    HeaderField::Year => {
                        self.year = text.trim().parse().ok();
                    }
                }
                true
            }
            Place::Money(cell) => {
                if cell == super::budget::FULL_YEAR_BUDGET && self.amount_follows_money() {
                    self.header.amount.set_text(text);
                }
                match self.money_mut(cell) {
                    Some(amount) => {
                        amount.set_text(text);
                        true
                    }
                    None => false,
                }
            }
            Place::Level1(i) => set_level1_label(&mut self.groups, i, text, true),
            Place::Level1Weight(i) => match self.groups.get_mut(i) {
                Some(g) => {
                    g.weight.set_text(text);
                    true
                }
                None => false,
            },
            Place::Level2 { level1, level2 } => {
                set_level2_label(&mut self.groups, level1, level2, text)
            }
            Place::Indicator(path, cell) => match self.indicator_mut(path) {
                Some(ind) => {
                    ind.set_text(cell, text);
                    true
                }
                None => false,
            },
            Place::HeaderExtra(i) => match self.header.extra.get_mut(i) {
                Some(extra) => {
                    extra.value = text.into();
                    true
                }
                None => false,
            },
            Place::Closing(closing) => match self.evaluation.as_mut() {
                Some(e) => {
                    let field = match closing {
                        ClosingText::Grade => &mut e.grade,
                        ClosingText::Conclusion => &mut e.conclusion,
                        ClosingText::Problems => &mut e.problems,
                        ClosingText::Improvements => &mut e.improvements,
                        ClosingText::Remarks => &mut e.remarks,
                    };
                    *field = text.into();
                    true
                }
                None => false,
            },
            Place::Cost(line, cell) => match self.cost_lines.get_mut(line) {
                Some(line) => {
                    match cell {
                        CostCell::Item => line.item = text.into(),
                        CostCell::Amount => line.amount.set_text(text),
                        CostCell::Basis => line.basis = text.into(),
                    }
                    true
                }
                None => false,
            },
            Place::MediumLevel1(i) => set_level1_label(&mut self.medium_groups, i, text, false),
            Place::MediumLevel2 { level1, level2 } => {
                set_level2_label(&mut self.medium_groups, level1, level2, text)
            }
            Place::MediumIndicator(path, cell) => {
                match indicator_in_mut(&mut self.medium_groups, path) {
                    Some(ind) => {
                        ind.set_text(cell, text);
                        true
                    }
                    None => false,
                }
            }
        }
    }

    /// Whether this is a self-evaluation.
    pub fn is_self_evaluation(&self) -> bool {
        self.kind == RecordKind::SelfEvaluation
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{Indicator, Level2Group};

    #[test]
    fn text_written_at_a_place_is_read_back_from_it() {
        let mut record = Record::blank(Layout::HebeiDisclosure, Some(2025));
        record.groups[0].groups[0]
            .indicators
            .push(Indicator::new("查处案件数量", "≥120件"));
        let value = Place::Indicator(
            IndicatorPath {
                level1: 0,
                level2: 0,
                row: 0,
            },
            IndicatorCell::Value,
        );
        assert!(record.set_text_at(value, "≥130件"));
        assert_eq!(record.text_at(value), Some("≥130件"));
        assert!(record.set_text_at(Place::Money(MoneyCell::Plan(3)), "9.00"));
        assert_eq!(
            record.spending_plan.as_ref().map(|p| p.december.text()),
            Some("9.00")
        );
        assert!(!record.set_text_at(Place::Money(MoneyCell::LocalFiscal), "1"));
    }

    #[test]
    fn places_describe_themselves_in_chinese() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        record.groups[0].groups[3]
            .indicators
            .push(Indicator::new("费用", "8 万元"));
        let place = Place::Indicator(
            IndicatorPath {
                level1: 0,
                level2: 3,
                row: 0,
            },
            IndicatorCell::Value,
        );
        assert_eq!(place.describe(&record), "产出指标/成本指标/第1行 指标值");
    }

    #[test]
    fn closing_texts_cost_lines_extra_cells_and_the_medium_set_are_places() {
        use crate::model::{CostLine, HeaderExtra};
        let mut record = Record::blank(Layout::NationalSelfEvaluation, Some(2022));
        record.header.extra.push(HeaderExtra {
            label: "项目负责人".into(),
            value: String::new(),
        });
        record.cost_lines.push(CostLine::default());
        record.medium_groups = record.groups.clone();
        record.medium_groups[0].groups[0]
            .indicators
            .push(Indicator::new("新建道路", "≥10公里"));
        let path = IndicatorPath {
            level1: 0,
            level2: 0,
            row: 0,
        };
        let places = [
            Place::HeaderExtra(0),
            Place::Closing(ClosingText::Conclusion),
            Place::Cost(0, CostCell::Amount),
            Place::MediumLevel1(0),
            Place::MediumIndicator(path, IndicatorCell::Unit),
        ];
        for place in places {
            assert!(record.set_text_at(place, "12"), "{place:?}");
            assert_eq!(record.text_at(place), Some("12"));
        }
        assert_eq!(record.header.extra[0].value, "12");
        assert_eq!(record.cost_lines[0].amount.text(), "12");
        assert_eq!(record.medium_groups[0].groups[0].indicators[0].unit, "12");
        assert!(record.groups[0].groups[0].indicators.is_empty());
        assert!(!record.set_text_at(Place::Cost(1, CostCell::Item), "x"));
        assert_eq!(
            Place::MediumIndicator(path, IndicatorCell::Unit).describe(&record),
            // The first-level label, now `12`, names no known category: the place goes by it.
            "中期指标/12/数量指标/第1行 计量单位"
        );
    }

    #[test]
    fn an_indicator_under_a_group_of_no_known_category_is_placed_by_the_groups_label() {
        let mut record = Record::blank(Layout::Headings, Some(2019));
        record.groups = vec![Level1Group {
            category: Level1::Other,
            label: "项目年度绩效目标".into(),
            weight: Default::default(),
            groups: vec![Level2Group {
                category: Level2::Other,
                label: " 制度指标 ".into(),
                indicators: vec![Indicator::new("规章制度", "")],
            }],
        }];
        let path = IndicatorPath {
            level1: 0,
            level2: 0,
            row: 0,
        };
        assert_eq!(
            Place::Indicator(path, IndicatorCell::Value).describe(&record),
            "项目年度绩效目标/制度指标/第1行 指标值"
        );
    }
}
