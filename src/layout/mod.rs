//! The official forms a table can follow, and what each one has.

use crate::model::{Funding, HebeiFunding, MoneyUnit, RecordKind, RegionFunding};
use serde::{Deserialize, Serialize};

/// The official form a table follows (the five layouts of the domain).
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
}

impl Layout {
    /// Every layout, for choices in the editor and the command line.
    pub const ALL: [Layout; 5] = [
        Layout::CountyForm,
        Layout::CodedCountyForm,
        Layout::HebeiDisclosure,
        Layout::RegionForm,
        Layout::SelfEvaluation,
    ];

    /// The stable name used on the command line (`--layout`) and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Layout::CountyForm => "county",
            Layout::CodedCountyForm => "county-coded",
            Layout::HebeiDisclosure => "hebei",
            Layout::RegionForm => "region",
            Layout::SelfEvaluation => "self-evaluation",
        }
    }

    /// The layout with the stable name `key`.
    pub fn from_key(key: &str) -> Option<Layout> {
        Layout::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Chinese name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Layout::CountyForm => "县级格式（元）",
            Layout::CodedCountyForm => "县级编码格式（万元）",
            Layout::HebeiDisclosure => "河北部门公开格式",
            Layout::RegionForm => "自治区本级格式",
            Layout::SelfEvaluation => "绩效自评表",
        }
    }

    /// Whether tables of this layout are targets or self-evaluations.
    pub fn kind(self) -> RecordKind {
        match self {
            Layout::SelfEvaluation => RecordKind::SelfEvaluation,
            _ => RecordKind::Target,
        }
    }

    /// The unit the form writes money in unless the document says otherwise.
    pub fn default_unit(self) -> MoneyUnit {
        match self {
            Layout::CountyForm => MoneyUnit::Yuan,
            _ => MoneyUnit::TenThousandYuan,
        }
    }

    /// An empty funding breakdown of the kind this form has.
    pub fn blank_funding(self) -> Funding {
        match self {
            Layout::RegionForm => Funding::Region(RegionFunding::default()),
            Layout::HebeiDisclosure => Funding::Hebei(HebeiFunding::default()),
            _ => Funding::None,
        }
    }

    /// What the form calls the table's amount ([`crate::model::Header::amount`]).
    pub fn amount_label(self) -> &'static str {
        match self {
            Layout::CountyForm | Layout::CodedCountyForm => "项目年度金额",
            Layout::HebeiDisclosure => "预算数",
            Layout::RegionForm => "项目总额",
            Layout::SelfEvaluation => "全年预算数",
        }
    }

    /// Whether the form has a 资金支出计划.
    pub fn has_spending_plan(self) -> bool {
        self == Layout::HebeiDisclosure
    }

    /// Whether indicator rows carry 绩效指标描述 and 指标值确定依据.
    pub fn has_description_columns(self) -> bool {
        self == Layout::HebeiDisclosure
    }

    /// Whether indicator rows carry 分值 and 得分.
    pub fn has_score_columns(self) -> bool {
        self == Layout::SelfEvaluation
    }
}
