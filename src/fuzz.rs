//! The harnesses the fuzz targets (`fuzz/`) and the regression tests (`tests/fuzz_regressions.rs`)
//! share, so that an input a fuzzer found is replayed on the stable toolchain through the very
//! same code. Each panics only where jixiao has a bug: on a panic of its own, or on a workbook
//! that does not read back as it was saved.

use crate::check::{self, Finding, score};
use crate::model::Workbook;
use crate::{cli, export, import, store};
use std::path::Path;

/// Reads `data` as a document and does with it what `inspect` and `check` do.
pub fn check_bytes(data: &[u8]) {
    if let Ok(workbook) = import::import_bytes(data) {
        inspect(&workbook);
    }
}

/// Reads `data` as a saved workbook (RON); one that reads is checked, saved again and must read
/// back equal.
pub fn store_bytes(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(workbook) = store::from_ron_str(text, Path::new("fuzz.ron")) else {
        return;
    };
    inspect(&workbook);
    let saved = store::to_ron_string(&workbook);
    let saved = saved.unwrap_or_else(|e| panic!("a workbook that was read cannot be saved: {e}"));
    let again = store::from_ron_str(&saved, Path::new("fuzz.ron"));
    let again = again.unwrap_or_else(|e| panic!("a saved workbook does not read back: {e}"));
    assert!(again == workbook, "a saved workbook reads back different");
}

/// Everything `inspect` and `check` compute on `workbook` — the checks, the suggested scores,
/// the JSON, the report, the canonical text and the flat list — returning the findings.
pub fn inspect(workbook: &Workbook) -> Vec<Finding> {
    let findings = check::check_workbook(workbook);
    for record in &workbook.records {
        let _ = score::total(record);
        for (_, _, group, indicator) in record.indicators() {
            let _ = score::suggest_in(record, group.category, indicator);
        }
    }
    let _ = serde_json::to_vec(&cli::InspectJson(workbook));
    let _ = cli::check_report(workbook, &findings);
    let _ = export::workbook_text(workbook);
    let (flat, _) = export::flat_workbook(workbook);
    let _ = export::workbook_text(&flat);
    findings
}
