//! The official forms a table can follow, described once as data.
//!
//! Every province prints its own form. What a form has — its header fields and what it calls
//! them, its money table, its indicator columns and their headings, what it requires — is one
//! static [`Form`] that the importer, the editor's form, the checks and the exporters all read,
//! so a new form is one description plus its tests. The heading and label synonyms every office
//! uses are in [`synonyms`].

mod forms;
pub mod lookup;
pub mod synonyms;

pub use forms::{ColumnSpec, FieldSpec, Form, MoneyTable};

use crate::model::{Funding, HebeiFunding, MoneyUnit, RecordKind, RegionFunding};
use serde::{Deserialize, Serialize};

/// The official form a table follows.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Layout {
    /// County form, numbered `部门项目支出预算绩效目标表 N`, amounts in 元.
    #[default]
    CountyForm,
    /// Coded county form (`1-产出指标`, `0101-一年期项目`), `单位：万元`.
    CodedCountyForm,
    /// Hebei department disclosure: 预算数, spending plan, six indicator columns.
    HebeiDisclosure,
    /// Region-level form with the 本级/转移 funding breakdown.
    RegionForm,
    /// Self-evaluation (绩效自评表) with weights and scores.
    SelfEvaluation,
    /// National target table (项目支出绩效目标表): per indicator 指标性质, 指标值, 度量单位,
    /// 权重, 指标方向; optionally a cost breakdown and a 指标解释 column.
    NationalTarget,
    /// The 一体化 indicator list: one row per indicator, the project's cells on its first row.
    IndicatorList,
    /// National self-evaluation (财预〔2020〕10号): money table with 分值/执行率/得分, then
    /// 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施, and 总分.
    NationalSelfEvaluation,
    /// A form jixiao does not know, read by its headings and kept in its own columns.
    Headings,
}

impl Layout {
    /// Every layout, for choices in the editor and the command line.
    pub const ALL: [Layout; 9] = [
        Layout::CountyForm,
        Layout::CodedCountyForm,
        Layout::HebeiDisclosure,
        Layout::RegionForm,
        Layout::SelfEvaluation,
        Layout::NationalTarget,
        Layout::IndicatorList,
        Layout::NationalSelfEvaluation,
        Layout::Headings,
    ];

    /// The five local forms jixiao started from (see [`Layout::is_local`]).
    pub const LOCAL: [Layout; 5] = [
        Layout::CountyForm,
        Layout::CodedCountyForm,
        Layout::HebeiDisclosure,
        Layout::RegionForm,
        Layout::SelfEvaluation,
    ];

    /// The description of this form.
    pub fn form(self) -> &'static Form {
        forms::of(self)
    }

    /// The stable name used on the command line (`--layout`) and in JSON.
    pub fn key(self) -> &'static str {
        self.form().key
    }

    /// The layout with the stable name `key`.
    pub fn from_key(key: &str) -> Option<Layout> {
        Layout::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Chinese name shown to users.
    pub fn label(self) -> &'static str {
        self.form().label
    }

    /// English name, for the editor's English mode.
    pub fn english_name(self) -> &'static str {
        match self {
            Layout::CountyForm => "County form (yuan)",
            Layout::CodedCountyForm => "Coded county form (10k yuan)",
            Layout::HebeiDisclosure => "Hebei disclosure form",
            Layout::RegionForm => "Region-level form",
            Layout::SelfEvaluation => "Self-evaluation",
            Layout::NationalTarget => "National target table",
            Layout::IndicatorList => "Integrated indicator list",
            Layout::NationalSelfEvaluation => "National self-evaluation",
            Layout::Headings => "Read by headings (unknown form)",
        }
    }

    /// Whether tables of this layout are targets or self-evaluations.
    pub fn kind(self) -> RecordKind {
        self.form().kind
    }

    /// The unit the form writes money in unless the document says otherwise.
    pub fn default_unit(self) -> MoneyUnit {
        self.form().unit
    }

    /// An empty funding breakdown of the kind this form has.
    pub fn blank_funding(self) -> Funding {
        match self.form().money {
            MoneyTable::Region => Funding::Region(RegionFunding::default()),
            MoneyTable::Hebei => Funding::Hebei(HebeiFunding::default()),
            MoneyTable::None | MoneyTable::Evaluation { .. } => Funding::None,
        }
    }

    /// What the form calls the table's amount ([`crate::model::Header::amount`]).
    pub fn amount_label(self) -> &'static str {
        self.form().amount_label
    }

    /// Whether the form has a 资金支出计划.
    pub fn has_spending_plan(self) -> bool {
        self.form().spending_plan
    }

    /// Whether indicator rows carry 绩效指标描述 and 指标值确定依据.
    pub fn has_description_columns(self) -> bool {
        self.form().has_column(crate::model::IndicatorCell::Basis)
    }

    /// Whether indicator rows carry 分值 and 得分.
    pub fn has_score_columns(self) -> bool {
        self.form().has_column(crate::model::IndicatorCell::Score)
    }

    /// The target form a self-evaluation of this form becomes when it is rolled forward into
    /// next year's target table: the national target table for either self-evaluation form
    /// (it keeps the 权重 the self-evaluation's 分值 become), the same form for a target form
    /// and for a table read by its headings (whose kind is the record's own).
    pub fn target_form(self) -> Layout {
        match self {
            Layout::SelfEvaluation | Layout::NationalSelfEvaluation => Layout::NationalTarget,
            other => other,
        }
    }

    /// Whether this is one of the five local forms jixiao started from, whose tables are read by
    /// their fixed layout rather than by their headings.
    pub fn is_local(self) -> bool {
        Layout::LOCAL.contains(&self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layout_has_one_description_with_a_unique_key() {
        let mut keys: Vec<_> = Layout::LOCAL.iter().map(|l| l.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Layout::LOCAL.len());
        for layout in Layout::LOCAL {
            assert_eq!(layout.form().layout, layout);
            assert_eq!(Layout::from_key(layout.key()), Some(layout));
        }
    }

    #[test]
    fn the_local_forms_keep_what_they_had() {
        assert!(Layout::HebeiDisclosure.has_spending_plan());
        assert!(Layout::HebeiDisclosure.has_description_columns());
        assert!(Layout::SelfEvaluation.has_score_columns());
        assert!(!Layout::CountyForm.has_score_columns());
        assert_eq!(Layout::CountyForm.default_unit(), MoneyUnit::Yuan);
        assert_eq!(Layout::RegionForm.amount_label(), "项目总额");
    }
}
