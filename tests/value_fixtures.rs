//! Runs the value grammar over every value cell of the sample documents and reports what it
//! could not read. The cells are found by a rough rule of thumb (`benches/support/value_cells.rs`),
//! which is enough to see the real forms.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::value::{ValueKind, find_money, parse, tidy};
use std::collections::BTreeMap;

#[path = "../benches/support/value_cells.rs"]
mod value_cells;

use value_cells::{FIXTURES, value_cells};

fn kind_name(kind: &ValueKind) -> &'static str {
    match kind {
        ValueKind::Empty => "Empty",
        ValueKind::Measure(m) if m.is_percent() => "Measure(%)",
        ValueKind::Measure(_) => "Measure",
        ValueKind::Money(m) if m.is_rate() => "Money(rate)",
        ValueKind::Money(_) => "Money",
        ValueKind::Date(_) => "Date",
        ValueKind::Duration(_) => "Duration",
        ValueKind::Range(_) => "Range",
        ValueKind::Qualitative => "Qualitative",
        ValueKind::Unparsed => "Unparsed",
    }
}

#[test]
fn fixture_value_cells_are_mostly_read() {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unparsed = Vec::new();
    let mut total = 0;
    for (name, document) in FIXTURES {
        for cell in value_cells(document) {
            total += 1;
            let value = parse(&cell);
            *counts.entry(kind_name(&value.kind)).or_default() += 1;
            if value.kind == ValueKind::Unparsed {
                unparsed.push(format!("{name}: {cell:?}"));
            }
        }
    }
    println!("{total} value cells");
    for (kind, count) in &counts {
        println!("{kind:>12}: {count}");
    }
    for cell in &unparsed {
        println!("unparsed  {cell}");
    }
    assert!(total > 600, "the rule of thumb should find the value cells");
    // Unparsed cells in the samples are shifted labels and mixed prose, not value forms.
    assert!(
        unparsed.len() * 20 < total,
        "too many unparsed: {}",
        unparsed.len()
    );
}

#[test]
fn tidying_a_fixture_value_never_changes_its_meaning() {
    for (name, document) in FIXTURES {
        for cell in value_cells(document) {
            let (before, after) = (parse(&cell), parse(&tidy(&cell)));
            assert_eq!(before.kind, after.kind, "{name}: {cell:?}");
            assert_eq!(before.comparison, after.comparison, "{name}: {cell:?}");
        }
    }
}

#[test]
fn money_found_in_the_documents_is_written_in_yuan_and_never_a_year() {
    let mut mentions = 0;
    for (name, document) in FIXTURES {
        for mention in find_money(document) {
            mentions += 1;
            let (figure, per) = mention.text.split_once('元').expect("written in 元");
            assert!(per.is_empty() || mention.is_rate, "{name}: {mention:?}");
            assert!(
                !figure.contains('年'),
                "{name}: a year read as money: {mention:?}"
            );
        }
    }
    assert!(mentions > 100, "only {mentions} amounts found");
}
