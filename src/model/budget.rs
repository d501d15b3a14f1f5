//! A self-evaluation's one 全年预算数: the money table's 年度资金总额 row holds it, and the header
//! amount (项目年度金额 of the other forms, read by the checks) is a copy that follows it.

use super::place::MoneyCell;
use super::record::Record;

/// The money table cell that holds a self-evaluation's 全年预算数.
pub const FULL_YEAR_BUDGET: MoneyCell = MoneyCell::Evaluation(0, 1);

impl Record {
    /// Whether the header amount is the copy of the money table's 全年预算数 (or empty), so the
    /// two are one value: the editor shows and edits only the money table's. A form that wrote
    /// its amount elsewhere, differing (`预算数：` beside the table), keeps its own.
    pub fn amount_follows_money(&self) -> bool {
        let Some(evaluation) = &self.evaluation else {
            return false;
        };
        let budget = &evaluation.total.full_year_budget;
        self.header.amount.is_blank() || self.header.amount.text() == budget.text()
    }

    /// Fills whichever of the header amount and the money table's 全年预算数 is empty from the
    /// other, so a self-evaluation states its budget once for the checks and the exports alike.
    pub fn share_budget(&mut self) {
        let Some(evaluation) = &mut self.evaluation else {
            return;
        };
        let budget = &mut evaluation.total.full_year_budget;
        if self.header.amount.is_blank() {
            self.header.amount = budget.clone();
        } else if budget.is_blank() {
            *budget = self.header.amount.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{HeaderField, Place};

    #[test]
    fn the_header_amount_follows_the_money_tables_full_year_budget() {
        let mut record = Record::blank(Layout::SelfEvaluation, Some(2024));
        assert!(record.set_text_at(Place::Money(FULL_YEAR_BUDGET), "5932.30"));
        assert_eq!(record.header.amount.text(), "5932.30");
        assert!(record.set_text_at(Place::Header(HeaderField::Amount), "6000"));
        assert_eq!(
            record.money(FULL_YEAR_BUDGET).map(|a| a.text()),
            Some("6000")
        );
        assert!(record.amount_follows_money());
    }

    #[test]
    fn an_amount_written_apart_keeps_its_own_value() {
        let mut record = Record::blank(Layout::NationalSelfEvaluation, Some(2022));
        record.header.amount.set_text("310.2");
        record.set_text_at(Place::Money(FULL_YEAR_BUDGET), "300");
        assert!(!record.amount_follows_money());
        record.set_text_at(Place::Money(FULL_YEAR_BUDGET), "305");
        assert_eq!(record.header.amount.text(), "310.2");
    }

    #[test]
    fn an_empty_copy_is_filled_from_the_other() {
        let mut record = Record::blank(Layout::SelfEvaluation, Some(2024));
        record.header.amount.set_text("35.00");
        record.share_budget();
        assert_eq!(
            record.money(FULL_YEAR_BUDGET).map(|a| a.text()),
            Some("35.00")
        );
        let mut target = Record::blank(Layout::CountyForm, Some(2026));
        target.share_budget();
        assert!(!target.amount_follows_money());
    }
}
