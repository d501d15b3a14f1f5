//! The rules, one small module each, and the catalogue that lists them in report order: header,
//! categories, indicator rows (with the split cells of the national forms), money,
//! self-evaluation money and scores, then the informational ones.

mod amount_format;
mod amount_too_large;
mod category_label;
mod cost_breakdown;
mod cost_not_number;
mod cost_sum;
mod date_invalid;
mod date_year;
mod direction_conflict;
mod duplicate_indicator;
mod empty_indicator;
mod execution_exceeds_budget;
pub(super) mod execution_rate;
mod execution_score;
mod funding_sum;
mod goal_amount;
mod lost_glyph;
mod misplaced_category;
mod missing_category;
mod missing_field;
mod percent_range;
mod qualitative_number;
mod ratio_not_percent;
mod score_exceeds_weight;
mod score_mismatch;
mod score_missing;
mod single_target;
mod spending_plan;
mod swapped_cells;
mod timeliness_value;
mod unit_missing;
mod value_format;
mod value_unparsed;
mod weight_sum;

use super::Rule;

/// Every rule, in the order its findings are reported.
pub(super) const CATALOGUE: &[Rule] = &[
    missing_field::RULE,
    amount_format::RULE,
    amount_too_large::RULE,
    missing_category::RULE,
    misplaced_category::RULE,
    category_label::RULE,
    empty_indicator::RULE,
    duplicate_indicator::RULE,
    swapped_cells::RULE,
    lost_glyph::RULE,
    percent_range::RULE,
    ratio_not_percent::RULE,
    date_invalid::RULE,
    date_year::RULE,
    timeliness_value::RULE,
    unit_missing::RULE,
    qualitative_number::RULE,
    direction_conflict::RULE,
    single_target::RULE,
    cost_sum::RULE,
    cost_not_number::RULE,
    cost_breakdown::RULE,
    funding_sum::RULE,
    spending_plan::RULE,
    goal_amount::RULE,
    execution_exceeds_budget::RULE,
    execution_rate::RULE,
    execution_score::RULE,
    weight_sum::RULE,
    score_exceeds_weight::RULE,
    score_mismatch::RULE,
    score_missing::RULE,
    value_unparsed::RULE,
    value_format::RULE,
];

#[cfg(test)]
mod tests {
    use super::CATALOGUE;
    use std::collections::HashSet;

    /// The codes of the domain's rule catalogue: a public interface.
    const DOMAIN_CODES: [&str; 15] = [
        "missing-field",
        "amount-format",
        "missing-category",
        "misplaced-category",
        "empty-indicator",
        "percent-range",
        "date-invalid",
        "date-year",
        "cost-sum",
        "funding-sum",
        "spending-plan",
        "goal-amount",
        "weight-sum",
        "score-exceeds-weight",
        "value-unparsed",
    ];

    #[test]
    fn every_domain_code_is_in_the_catalogue_once() {
        let codes: Vec<_> = CATALOGUE.iter().map(|r| r.code).collect();
        for code in DOMAIN_CODES {
            assert!(codes.contains(&code), "{code}");
        }
        let unique: HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len());
    }

    #[test]
    fn every_rule_has_a_chinese_title_and_description() {
        for rule in CATALOGUE {
            assert!(
                !rule.title.is_empty() && !rule.description.is_empty(),
                "{}",
                rule.code
            );
            assert!(
                rule.description
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            );
        }
    }
}
