//! The examples in `docs/format.md` are the exporter's real output for the example tables of
//! `tests/common/examples.rs`. Run with `JIXIAO_UPDATE_DOCS=1` to rewrite them after a deliberate
//! change of the format.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use jixiao::export::{flat_workbook, record_text, workbook_text};
use jixiao::model::Workbook;
use std::path::Path;

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/format.md");

/// The marker line before each example's code block.
fn marker(key: &str) -> String {
    format!("<!-- example: {key} -->\n```text\n")
}

/// The byte range of the example for `key` inside `doc`.
fn example_range(doc: &str, key: &str) -> std::ops::Range<usize> {
    let marker = marker(key);
    let start = doc
        .find(&marker)
        .unwrap_or_else(|| panic!("docs/format.md has no example for {key}"))
        + marker.len();
    let len = doc[start..]
        .find("\n```\n")
        .unwrap_or_else(|| panic!("the example for {key} is not closed"));
    start..start + len + 1
}

#[test]
fn the_documented_examples_are_what_the_exporter_writes() {
    let mut doc = std::fs::read_to_string(Path::new(DOC)).unwrap();
    let update = std::env::var_os("JIXIAO_UPDATE_DOCS").is_some();
    let flat = Workbook {
        records: vec![common::examples::county()],
    };
    let flat = workbook_text(&flat_workbook(&flat).0);
    let texts = common::examples::examples()
        .into_iter()
        .map(|(layout, record)| (layout.key(), record_text(&record)))
        .chain([("flat", flat)]);
    for (key, text) in texts {
        let range = example_range(&doc, key);
        if update {
            doc.replace_range(range, &text);
        } else {
            assert_eq!(
                &doc[range], text,
                "the {key} example in docs/format.md is out of date (JIXIAO_UPDATE_DOCS=1 rewrites it)"
            );
        }
    }
    if update {
        std::fs::write(DOC, doc).unwrap();
    }
}
