//! Places in a record: one cell of the form that a finding points at and the editor focuses.

use super::amount::Amount;
use super::record::{Funding, HeaderField, IndicatorCell, IndicatorPath, Record, RecordKind};
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
    /// A second-level group's label.
    Level2 {
        /// Index of the first-level group.
        level1: usize,
        /// Index of the second-level group within it.
        level2: usize,
    },
    /// One cell of an indicator row.
    Indicator(IndicatorPath, IndicatorCell),
}

impl Place {
    /// Where this is, in Chinese, for messages: `产出指标/成本指标/第2行 指标值`.
    pub fn describe(self, record: &Record) -> String {
        match self {
            Place::Record => "整表".into(),
            Place::Header(HeaderField::Amount) => record.layout.amount_label().into(),
            Place::Header(field) => field.label().into(),
            Place::Money(cell) => cell.label(),
            Place::Level1(i) => record.groups.get(i).map_or_else(
                || format!("一级指标{}", i + 1),
                |g| format!("一级指标「{}」", g.label),
            ),
            Place::Level2 { level1, level2 } => {
                let l1 = record.groups.get(level1);
                let l2 = l1.and_then(|g| g.groups.get(level2));
                match (l1, l2) {
                    (Some(a), Some(b)) => format!("{}/二级指标「{}」", a.label, b.label),
                    _ => format!("二级指标{}", level2 + 1),
                }
            }
            Place::Indicator(path, cell) => {
                let l1 = record.groups.get(path.level1);
                let l2 = l1.and_then(|g| g.groups.get(path.level2));
                let groups = match (l1, l2) {
                    (Some(a), Some(b)) => format!(
                        "{}/{}",
                        a.category.canonical_name(),
                        b.category.canonical_name()
                    ),
                    _ => "指标".into(),
                };
                format!("{groups}/第{}行 {}", path.row + 1, cell.label())
            }
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
            Place::Level2 { level1, level2 } => self
                .groups
                .get(level1)?
                .groups
                .get(level2)
                .map(|g| g.label.as_str()),
            Place::Indicator(path, cell) => self.indicator(path).map(|ind| ind.text(cell)),
        }
    }

    /// Writes `text` at `place`. Group labels also update the group's category. Returns whether
    /// the place exists in this record.
    pub fn set_text_at(&mut self, place: Place, text: &str) -> bool {
        use super::category::{Level1, Level2};
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
                    HeaderField::Amount => h.amount.set_text(text),
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
            Place::Money(cell) => match self.money_mut(cell) {
                Some(amount) => {
                    amount.set_text(text);
                    true
                }
                None => false,
            },
            Place::Level1(i) => match self.groups.get_mut(i) {
                Some(g) => {
                    g.label = text.into();
                    g.category = Level1::from_label(text).unwrap_or(Level1::Other);
                    true
                }
                None => false,
            },
            Place::Level2 { level1, level2 } => {
                match self
                    .groups
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
            Place::Indicator(path, cell) => match self.indicator_mut(path) {
                Some(ind) => {
                    ind.set_text(cell, text);
                    true
                }
                None => false,
            },
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
    use crate::model::Indicator;

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
}
