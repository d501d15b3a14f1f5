//! `jixiao check` of a table document checks each batch of tables as soon as it is read
//! (`import_text_with`); what it finds must be what checking the imported workbook finds.

use jixiao::check::{Finding, check_workbook, findings_of_each, in_record_order};
use jixiao::import::{import_text, import_text_with};
use std::path::PathBuf;

/// Every sample document under tests/fixtures and tests/fixtures/other-forms.
fn samples() -> Vec<(PathBuf, String)> {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut found: Vec<_> = [fixtures.to_string(), format!("{fixtures}/other-forms")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect();
    found.sort();
    found
}

fn checked_while_read(text: &str) -> Vec<Finding> {
    in_record_order(import_text_with(text, &findings_of_each).1)
}

#[test]
fn every_sample_checked_while_read_has_the_findings_of_its_workbook() {
    let samples = samples();
    assert!(samples.len() > 20, "{} samples", samples.len());
    for (path, text) in &samples {
        let after = check_workbook(&import_text(text));
        assert!(checked_while_read(text) == after, "{}", path.display());
    }
}

#[test]
fn samples_repeated_past_a_megabyte_checked_while_read_have_the_findings_of_their_workbook() {
    let all: String = samples().into_iter().map(|(_, text)| text + "\n").collect();
    let document = all.repeat((1 << 20) / all.len() + 1);
    let after = check_workbook(&import_text(&document));
    assert!(after.len() > 1000, "{} findings", after.len());
    assert!(checked_while_read(&document) == after);
}

#[test]
fn the_workbook_read_while_checking_is_the_one_imported() {
    let all: String = samples().into_iter().map(|(_, text)| text + "\n").collect();
    let document = all.repeat((1 << 20) / all.len() + 1);
    assert!(import_text_with(&document, &findings_of_each).0 == import_text(&document));
}
