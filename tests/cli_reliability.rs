//! The command line on documents no table should hold: 25-digit amounts, stored values near the
//! decimal limit, control characters in cells. No crash (exit 101); the terminal sees the
//! control characters as visible `\u{..}` text, exported files keep their bytes.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::cli::jixiao;

use std::path::{Path, PathBuf};
use std::process::Output;

fn saved_input(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(name)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `check` of the saved input `name` exits 1 (findings, no crash) reporting a figure too large
/// to compute with, and `inspect` of it succeeds.
fn is_reported_too_large(name: &str) {
    let path = saved_input(name);
    let path = path.to_str().unwrap_or_default();
    let out = jixiao(&["check", path]);
    let report = stdout(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains("amount-too-large"), "{report}");
    assert!(report.contains("金额过大，无法核算"), "{report}");
    assert!(jixiao(&["inspect", path, "--json"]).status.success());
}

#[test]
fn check_of_a_25_digit_amount_reports_it_too_large_and_inspect_succeeds() {
    is_reported_too_large("check/amount-of-25-digits-in-ten-thousand-yuan.txt");
}

#[test]
fn check_of_a_saved_workbook_with_stored_values_of_7_9e24_reads_the_cells_text_and_does_not_crash()
{
    // The stored numbers disagree with the cells' text; a workbook's numbers come from the text
    // on load, so the checks never meet the huge ones.
    let path = saved_input("store/stored-values-of-7.9e24.ron");
    let path = path.to_str().unwrap_or_default();
    let out = jixiao(&["check", path]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!stdout(&out).contains("7900000000000000000000000"));
    assert!(jixiao(&["inspect", path, "--json"]).status.success());
}

#[test]
fn control_characters_in_a_cell_reach_the_check_report_as_visible_text() {
    let path = saved_input("check/control-characters-in-a-name.txt");
    let out = jixiao(&["check", path.to_str().unwrap_or_default()]);
    let report = stdout(&out);
    assert!(
        report.contains("人事\\u{1b}[31m红\\u{1b}[0m\\u{202e}反\\u{7}"),
        "{report}"
    );
    assert!(!report.contains(['\u{1b}', '\u{7}', '\u{202e}']));
}

#[test]
fn export_keeps_the_control_characters_of_a_cell_byte_for_byte() {
    let path = saved_input("check/control-characters-in-a-name.txt");
    let out = jixiao(&["export", path.to_str().unwrap_or_default()]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("人事\u{1b}[31m红\u{1b}[0m\u{202e}反\u{7}"));
}

#[test]
fn an_error_naming_a_file_shows_its_control_characters_as_visible_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let missing = dir.path().join("甲\u{1b}[2J乙.txt");
    let out = jixiao(&["check", missing.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(2));
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("甲\\u{1b}[2J乙.txt"), "{message}");
    assert!(!message.contains('\u{1b}'));
}
