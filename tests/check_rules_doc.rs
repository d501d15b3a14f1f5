//! The rule catalogue and docs/rules.md stay in step: every code is documented with its severity.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::check::RULES;

#[test]
fn every_rule_code_is_documented_in_docs_rules_md() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md"))
        .expect("docs/rules.md");
    for rule in RULES {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", rule.code)))
            .unwrap_or_else(|| panic!("{} has no row in docs/rules.md", rule.code));
        assert!(
            row.contains(rule.severity.key()),
            "{}: the row does not name its worst severity {}",
            rule.code,
            rule.severity.key()
        );
    }
}

#[test]
fn every_documented_code_is_a_rule() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md"))
        .expect("docs/rules.md");
    for line in doc.lines().filter(|l| l.starts_with("| `")) {
        let code = line
            .trim_start_matches("| `")
            .split('`')
            .next()
            .unwrap_or_default();
        assert!(
            jixiao::check::rule(code).is_some(),
            "docs/rules.md lists unknown code {code}"
        );
    }
}
