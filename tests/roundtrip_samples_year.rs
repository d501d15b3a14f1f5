//! The canonical text carries every table's budget year: import → export → import keeps the year of
//! every table of every sample, also where the year came from the document around the tables (a
//! heading, `预算年度：2025`) and the form prints no year line of its own.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod import_support;

use import_support::{SAMPLES, text};
use jixiao::check::check_workbook;
use jixiao::export::workbook_text;
use jixiao::import::import_text;
use jixiao::model::Workbook;

/// The sample imported, exported and imported again.
fn round_trip(name: &str) -> (Workbook, Workbook) {
    let first = import_text(&text(name));
    let second = import_text(&workbook_text(&first));
    assert_eq!(second.records.len(), first.records.len(), "{name}");
    (first, second)
}

#[test]
fn every_table_of_every_sample_keeps_its_year() {
    for name in SAMPLES {
        let (first, second) = round_trip(name);
        for (i, (a, b)) in first.records.iter().zip(&second.records).enumerate() {
            assert!(
                a.year.is_some(),
                "{name} table {i}: the sample gives a year"
            );
            assert_eq!(b.year, a.year, "{name} table {i} ({:?})", a.layout);
        }
    }
}

#[test]
fn every_table_of_every_sample_comes_back_whole() {
    for name in SAMPLES {
        let (first, second) = round_trip(name);
        for (i, (a, b)) in first.records.iter().zip(&second.records).enumerate() {
            let (mut a, mut b) = (a.clone(), b.clone());
            a.notes.clear();
            b.notes.clear();
            assert_eq!(b, a, "{name} table {i}");
        }
    }
}

#[test]
fn the_year_read_back_is_the_tables_own_not_borrowed_from_the_document() {
    for name in SAMPLES {
        let (_, second) = round_trip(name);
        for (i, record) in second.records.iter().enumerate() {
            for note in &record.notes {
                assert!(
                    !note.action.contains("未写年度"),
                    "{name} table {i}: {note:?}"
                );
            }
        }
    }
}

#[test]
fn the_checks_find_the_same_after_the_round_trip() {
    // The date-year check needs the year: qinglong 表38's 2024 deadline in a 2025 budget.
    for name in SAMPLES {
        let (first, second) = round_trip(name);
        let summary = |workbook: &Workbook| {
            check_workbook(workbook)
                .into_iter()
                .map(|f| (f.record, f.code, f.place, f.message))
                .collect::<Vec<_>>()
        };
        assert_eq!(summary(&second), summary(&first), "{name}");
    }
    let (_, second) = round_trip("qinglong-2025");
    assert!(
        check_workbook(&second)
            .iter()
            .any(|f| f.code == "date-year"),
        "qinglong-2025: the 2024 deadline in a 2025 budget is still found"
    );
}
