//! The checks over generated workbooks (benches/support/workbook_gen.rs): every kind of mistake
//! the generator plants is found, and the well-formed parts of its tables raise nothing.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "../benches/support/workbook_gen.rs"]
mod workbook_gen;

use jixiao::check::{Severity, check_workbook};
use std::collections::BTreeMap;

fn counts(seed: u64) -> BTreeMap<&'static str, usize> {
    let workbook = workbook_gen::generate(500, seed);
    let mut counts = BTreeMap::new();
    for finding in check_workbook(&workbook) {
        *counts.entry(finding.code).or_default() += 1;
    }
    counts
}

#[test]
fn every_planted_kind_of_mistake_is_found() {
    let counts = counts(1);
    for code in [
        "cost-sum",
        "percent-range",
        "date-year",
        "date-invalid",
        "empty-indicator",
        "funding-sum",
        "spending-plan",
        "goal-amount",
        "score-exceeds-weight",
    ] {
        assert!(
            counts.get(code).copied().unwrap_or(0) > 0,
            "{code}: {counts:?}"
        );
    }
}

/// Not listed: `duplicate-indicator` (the generator picks cost-line names with replacement) and
/// `ratio-not-percent` (it plants wrong dates over a 及时率 row, which that rule rightly reports).
#[test]
fn well_formed_parts_of_generated_tables_raise_nothing() {
    for seed in [1, 2] {
        let counts = counts(seed);
        for code in [
            "missing-field",
            "amount-format",
            "missing-category",
            "misplaced-category",
            "category-label",
            "timeliness-value",
            "cost-not-number",
            "execution-exceeds-budget",
            "value-unparsed",
        ] {
            assert_eq!(counts.get(code), None, "{code} (seed {seed}): {counts:?}");
        }
    }
}

#[test]
fn findings_of_generated_workbooks_are_mostly_not_errors() {
    let workbook = workbook_gen::generate(500, 3);
    let findings = check_workbook(&workbook);
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.record)
        .collect::<std::collections::BTreeSet<_>>();
    // About a third of the generated tables carry a planted error; the rest must be clean.
    assert!(
        errors.len() < workbook.records.len() / 2,
        "{} of 500",
        errors.len()
    );
}
