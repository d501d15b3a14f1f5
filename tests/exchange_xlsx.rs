//! An exported .xlsx opened again gives the same tables: jixiao's own reader on jixiao's own
//! workbook, for every sample, in its official form and as the 一体化 list.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::export::{flat_workbook, workbook_text, workbook_xlsx};
use jixiao::import::{import_file, import_text};
use jixiao::model::Workbook;
use std::path::PathBuf;

fn samples() -> Vec<PathBuf> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"));
    let mut paths = Vec::new();
    for dir in [root.clone(), root.join("other-forms")] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    assert_eq!(paths.len(), 23);
    paths
}

/// The records without what only says how they were read (notes, file and sheet).
fn tables(mut workbook: Workbook) -> Workbook {
    for record in &mut workbook.records {
        record.notes.clear();
        record.source = Default::default();
    }
    workbook
}

/// What reading `workbook` back from its canonical text gives: the fixed point the text export
/// is held to (`tests/export_roundtrip_forms.rs`, `tests/import_round_trip.rs`).
fn through_text(workbook: &Workbook) -> Workbook {
    tables(import_text(&workbook_text(workbook)))
}

fn through_xlsx(workbook: &Workbook, name: &str) -> Workbook {
    if workbook.records.is_empty() {
        // A document without project tables (one sample is a department's overall report): its
        // workbook is one empty sheet, which opening refuses as holding no table.
        return Workbook::default();
    }
    let bytes = workbook_xlsx(workbook).unwrap_or_else(|e| panic!("{name}: {e}"));
    let read = import_file(&format!("{name}.xlsx"), &bytes).unwrap_or_else(|e| panic!("{e}"));
    for (i, record) in read.records.iter().enumerate() {
        assert_eq!(record.source.file, format!("{name}.xlsx"));
        assert!(!record.source.sheet.is_empty(), "{name}: table {i}");
    }
    tables(read)
}

#[test]
fn every_sample_exported_as_xlsx_reads_back_as_its_canonical_text_does() {
    for path in samples() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let workbook = import_text(&std::fs::read_to_string(&path).unwrap());
        let from_xlsx = through_xlsx(&workbook, &name);
        assert_eq!(from_xlsx.records.len(), workbook.records.len(), "{name}");
        assert_eq!(from_xlsx, through_text(&workbook), "{name}");
    }
}

#[test]
fn the_five_local_samples_come_back_from_xlsx_as_they_were_read() {
    for path in samples()
        .into_iter()
        .filter(|p| !p.to_string_lossy().contains("other-forms"))
    {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let workbook = import_text(&std::fs::read_to_string(&path).unwrap());
        assert_eq!(through_xlsx(&workbook, &name), tables(workbook), "{name}");
    }
}

#[test]
fn the_indicator_list_exported_as_xlsx_reads_back_as_its_text_does() {
    for path in samples() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let (flat, _notes) = flat_workbook(&import_text(&std::fs::read_to_string(&path).unwrap()));
        assert_eq!(through_xlsx(&flat, &name), through_text(&flat), "{name}");
    }
}
