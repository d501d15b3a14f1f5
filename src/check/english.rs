//! The rules' titles in English, for the editor's English mode: a finding's message stays Chinese
//! (the words of the forms), its rule is named in English beside it.

/// The English title of the rule `code`, when it has one.
pub fn english_title(code: &str) -> Option<&'static str> {
    TITLES
        .iter()
        .find_map(|(c, title)| (*c == code).then_some(*title))
}

/// Rule codes and their English titles.
const TITLES: &[(&str, &str)] = &[
    ("missing-field", "Required header field"),
    ("amount-format", "Amount format"),
    ("amount-too-large", "Amount too large to compute"),
    ("missing-category", "Missing category"),
    ("misplaced-category", "Misplaced category"),
    ("category-label", "Non-standard category name"),
    ("empty-indicator", "Empty indicator"),
    ("duplicate-indicator", "Duplicate indicator"),
    ("swapped-cells", "Swapped cells"),
    ("lost-glyph", "Lost characters"),
    ("percent-range", "Percentage out of range"),
    ("ratio-not-percent", "Rate not a percentage"),
    ("date-invalid", "Invalid date"),
    ("date-year", "Deadline outside the budget year"),
    ("timeliness-value", "Timeliness value"),
    ("unit-missing", "Quantity without a unit"),
    ("qualitative-number", "Qualitative indicator with a number"),
    ("direction-conflict", "Sign contradicts direction"),
    ("single-target", "Target not one number"),
    ("cost-sum", "Cost indicator total"),
    ("cost-not-number", "Cost indicator not an amount"),
    ("cost-breakdown", "Cost breakdown total"),
    ("funding-sum", "Funding total"),
    ("spending-plan", "Spending plan"),
    ("goal-amount", "Amount in the text"),
    ("execution-exceeds-budget", "Executed above budget"),
    ("execution-rate", "Execution rate"),
    ("execution-score", "Execution rate score"),
    ("weight-sum", "Weight total"),
    ("score-exceeds-weight", "Score above weight"),
    ("score-mismatch", "Score differs from the calculation"),
    ("score-missing", "Weight or score missing"),
    ("value-unparsed", "Unreadable target value"),
    ("value-format", "Non-standard target value"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::RULES;

    #[test]
    fn every_rule_of_the_catalogue_has_an_english_title() {
        for rule in RULES {
            let title = english_title(rule.code);
            assert!(
                title.is_some_and(|t| t.is_ascii() && !t.is_empty()),
                "{}",
                rule.code
            );
        }
        assert_eq!(
            TITLES.len(),
            RULES.len(),
            "no title for a rule that is gone"
        );
    }
}
