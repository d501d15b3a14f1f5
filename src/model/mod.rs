//! The domain model: a workbook of performance tables, each with a header, money and an
//! indicator tree. Pure data: no parsing of documents, no checks, no drawing.

mod amount;
mod budget;
mod category;
mod place;
mod record;
mod target;
mod upgrade;
mod weight;

pub use amount::{Amount, MoneyUnit, checked_sum, parse_plain_decimal};
pub use budget::FULL_YEAR_BUDGET;
pub use category::{Level1, Level2, Scheme, label_core};
pub use place::{ClosingText, CostCell, MoneyCell, Place};
pub use record::{
    Confidence, CostLine, Evaluation, EvaluationMoney, Funding, Header, HeaderExtra, HeaderField,
    HebeiFunding, ImportNote, Indicator, IndicatorCell, IndicatorColumn, IndicatorPath,
    Level1Group, Level2Group, Record, RecordKind, RegionFunding, Source, SpendingPlan,
    is_department_wide_title,
};
pub use target::{Direction, comparison_in_cell, direction_in_cell, is_qualitative_word};
pub use upgrade::{WEIGHT_CELLS, upgrade};
pub use weight::{LabelWeight, split_label_weight};

use serde::{Deserialize, Serialize};

/// A workbook: the tables of one document or one department, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workbook {
    /// The tables, in document order.
    pub records: Vec<Record>,
}
