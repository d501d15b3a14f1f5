//! The canonical export is a fixed point: for a document that imports, canonical export →
//! import → export gives the same bytes, and the re-import the same tables as far as the text
//! carries them (`common::fixpoint::as_carried`).
//!
//! Pinned three ways: every sample unmodified; the regression corpus `tests/fixtures/fixpoint/`
//! of damaged samples that once failed (each file a case, shrunk to the lines that failed); and a
//! property test over the samples damaged the ways a copy out of a PDF or spreadsheet damages
//! them. The property test runs `JIXIAO_PROPTEST_CASES` cases (200 by default, seconds);
//! for a longer run: `JIXIAO_PROPTEST_CASES=20000 cargo test --release --test export_fixed_point
//! -- --include-ignored`. `cargo run --release --example measure_fixpoint` counts the failures
//! by class over thousands of mutants, and `--save DIR` writes shrunk cases for the corpus.
//!
//! `tests/fixtures/fixpoint/open/` holds the damaged documents that are not a fixed point yet:
//! the test asserts they still fail, so a fix moves its case up into the corpus.
//!
//! The property test is `#[ignore]`d because every damage kind still takes part in failures:
//! 48 of 8,171 damaged documents still fail (`measure_fixpoint -- 400 1`), mostly a change of
//! form on the re-import (a national self-evaluation whose columns fit the local form once a
//! header cell kept from a broken indicator row opens its indicator part early; a table read by
//! its headings that reads back as a known form) and header cells written as label/value rows
//! whose label is a number. docs/format.md "Fixed point" lists them with their counts.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::fixpoint::{Edit, KINDS, check, damage};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The `.txt` files of `dir`, sorted.
fn texts(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

/// The five local samples and the other offices' forms.
fn samples() -> Vec<PathBuf> {
    let mut paths = texts(&fixtures());
    paths.extend(texts(&fixtures().join("other-forms")));
    paths
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn cases() -> u32 {
    std::env::var("JIXIAO_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

#[test]
fn every_sample_exports_to_a_fixed_point() {
    let paths = samples();
    assert_eq!(paths.len(), 23);
    for path in paths {
        assert_eq!(check(&read(&path)), Ok(()), "{}", path.display());
    }
}

#[test]
fn damaged_documents_that_once_failed_export_to_a_fixed_point() {
    let paths = texts(&fixtures().join("fixpoint"));
    assert!(!paths.is_empty());
    for path in paths {
        let source = read(&path);
        assert!(
            !jixiao::import::import_text(&source).records.is_empty(),
            "{}: a case must hold a table",
            path.display()
        );
        assert_eq!(check(&source), Ok(()), "{}", path.display());
    }
}

#[test]
fn the_damaged_documents_still_open_are_not_a_fixed_point_yet() {
    for path in texts(&fixtures().join("fixpoint/open")) {
        assert!(
            check(&read(&path)).is_err(),
            "{} is a fixed point now: move it to tests/fixtures/fixpoint/",
            path.display()
        );
    }
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec((0..KINDS, any::<u64>(), any::<u64>()), 1..5)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    #[ignore = "issue 12: every damage kind still takes part in failures (docs/format.md, Fixed point)"]
    fn damaged_samples_export_to_a_fixed_point(sample in 0..23usize, edits in edits()) {
        let paths = samples();
        let source = damage(&read(&paths[sample % paths.len()]), &edits);
        prop_assert_eq!(check(&source), Ok(()), "{}", source);
    }
}
