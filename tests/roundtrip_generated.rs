//! The generated realistic workbook (`benches/support/workbook_gen.rs`) survives files and exports
//! the same way every time; it is the workload of the benches and the example generator.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "../benches/support/workbook_gen.rs"]
mod workbook_gen;

mod common;

use jixiao::export::{record_rows, workbook_text};
use jixiao::layout::Layout;
use jixiao::store;

#[test]
fn the_same_count_and_seed_give_the_same_workbook() {
    assert_eq!(workbook_gen::generate(50, 7), workbook_gen::generate(50, 7));
    assert_ne!(workbook_gen::generate(50, 7), workbook_gen::generate(50, 8));
}

#[test]
fn a_generated_workbook_has_every_layout_and_survives_a_save_and_load() {
    let workbook = workbook_gen::generate(200, 1);
    assert_eq!(workbook.records.len(), 200);
    for layout in Layout::LOCAL {
        assert!(
            workbook.records.iter().any(|r| r.layout == layout),
            "{layout:?}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("generated.ron");
    store::save(&path, &workbook).unwrap();
    assert_eq!(store::load(&path).unwrap(), workbook);
}

#[test]
fn a_generated_workbook_exports_rectangular_tables_that_read_back() {
    let workbook = workbook_gen::generate(100, 3);
    let text = workbook_text(&workbook);
    assert_eq!(text, workbook_text(&workbook.clone()));
    let tables = common::tsv::read_tables(&text).unwrap();
    assert_eq!(tables.len(), workbook.records.len());
    for (table, record) in tables.iter().zip(&workbook.records) {
        assert_eq!(table, &record_rows(record));
    }
}
