//! Saving and loading keeps every workbook exactly: load(save(w)) == w, in memory and on disk.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::generate::workbook;
use jixiao::store;
use proptest::prelude::*;
use std::path::Path;

proptest! {
    #[test]
    fn ron_text_reads_back_as_the_same_workbook(w in workbook()) {
        let text = store::to_ron_string(&w).unwrap();
        let back = store::from_ron_str(&text, Path::new("w.ron")).unwrap();
        prop_assert_eq!(back, w);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn a_saved_file_loads_back_as_the_same_workbook(w in workbook()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("工作簿.ron");
        store::save(&path, &w).unwrap();
        prop_assert_eq!(store::load(&path).unwrap(), w.clone());
        // Saving over the file keeps the workbook the same, and the old one as the backup.
        store::save(&path, &w).unwrap();
        prop_assert_eq!(store::load(&path).unwrap(), w.clone());
        prop_assert_eq!(store::load(&store::backup_path(&path)).unwrap(), w);
    }
}

#[test]
fn the_example_workbook_survives_a_save_and_load() {
    let w = common::examples::example_workbook();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("examples.ron");
    store::save(&path, &w).unwrap();
    assert_eq!(store::load(&path).unwrap(), w);
}

#[test]
fn a_version_1_workbook_reads_with_the_new_columns_empty() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workbook-v1.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format_version: 1,"));
    let workbook = jixiao::store::from_ron_str(&text, &path).unwrap();
    assert!(!workbook.records.is_empty());
    let first = &workbook.records[0];
    assert!(first.indicator_count() > 0);
    assert!(first.columns.is_empty() && first.medium_groups.is_empty());
    assert!(
        first
            .indicators()
            .all(|(_, _, _, i)| i.unit.is_empty() && i.actual.is_empty())
    );
    let saved = jixiao::store::to_ron_string(&workbook).unwrap();
    assert!(saved.contains(&format!(
        "format_version: {},",
        jixiao::store::FORMAT_VERSION
    )));
    assert_eq!(
        jixiao::store::from_ron_str(&saved, &path).unwrap(),
        workbook
    );
}

#[test]
fn where_a_table_was_read_from_is_saved_and_a_table_made_here_saves_nothing_for_it() {
    let mut workbook = common::examples::example_workbook();
    let made_here = store::to_ron_string(&workbook).unwrap();
    assert!(!made_here.contains("source"), "{made_here}");
    workbook.records[0].source = jixiao::model::Source {
        file: "部门报送/2027年项目.xlsx".into(),
        sheet: "Sheet1".into(),
    };
    let text = store::to_ron_string(&workbook).unwrap();
    let back = store::from_ron_str(&text, Path::new("w.ron")).unwrap();
    assert_eq!(back, workbook);
}

/// A self-evaluation as a format-3 file could hold it: a weight typed into a first-level label
/// and the weight cell left empty.
fn weight_in_label() -> jixiao::model::Workbook {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/zhongwei-selfeval-2024.txt");
    let mut workbook = jixiao::import::import_bytes(&std::fs::read(path).unwrap()).unwrap();
    workbook.records.truncate(1);
    let group = &mut workbook.records[0].groups[0];
    group.label = "产出指标 (50分)".into();
    group.weight = jixiao::model::Amount::default();
    workbook
}

#[test]
fn a_version_3_file_moves_label_weights_into_their_cells_and_exports_each_once() {
    let current = format!("format_version: {},", store::FORMAT_VERSION);
    let text = store::to_ron_string(&weight_in_label()).unwrap();
    let old = text.replacen(&current, "format_version: 3,", 1);
    let workbook = store::from_ron_str(&old, Path::new("old.ron")).unwrap();
    let group = &workbook.records[0].groups[0];
    assert_eq!(group.label, "产出指标");
    assert_eq!(group.weight.text(), "50");
    let exported = jixiao::export::record_text(&workbook.records[0]);
    assert_eq!(
        exported.matches("产出指标（50分）").count(),
        1,
        "{exported}"
    );
    assert!(!exported.contains("(50分)"));
    let findings = jixiao::check::check_record(&workbook.records[0], 0);
    assert!(
        findings
            .iter()
            .any(|f| f.code == "weight-sum" && f.place == jixiao::model::Place::Level1Weight(0)),
        "the rows add up to 40, not the 50 the label stated"
    );
}
