//! `check` on real tables of other offices' forms raises no error a reviewer would not raise.
//!
//! Every table under `tests/fixtures/other-forms/` is imported and checked. The only errors
//! allowed are those in [`REVIEWER_ERRORS`], each with the reason a reviewer raises it too; any
//! other error is a false one.

use jixiao::check::{Finding, Severity, check_workbook};
use std::collections::BTreeMap;
use std::path::Path;

/// The errors a reviewer raises on these tables: file, rule code, how many, and why.
const REVIEWER_ERRORS: &[(&str, &str, usize, &str)] = &[
    (
        "hebei-ningjin-2019-target",
        "empty-indicator",
        1,
        "规章制度 has a name, a description (建立与否) and 20 points but no 目标值",
    ),
    (
        "hunan-ningxiang-2021-target",
        "empty-indicator",
        8,
        "指标内容 is empty on every annual row: indicators with a value (88, 68, 20) and no name",
    ),
    (
        "ningxia-yuanzhou-2022-target",
        "empty-indicator",
        3,
        "three 效益 indicators are prose without any 指标值 (real indicators left blank)",
    ),
];

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/other-forms");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the other-forms fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 18, "the other-forms fixtures are missing");
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("a fixture"))
        })
        .collect()
}

fn findings(bytes: &[u8]) -> Vec<Finding> {
    let workbook = jixiao::import::import_bytes(bytes).expect("the fixture imports");
    check_workbook(&workbook)
}

#[test]
fn other_offices_tables_raise_only_the_errors_a_reviewer_raises() {
    let mut wrong = Vec::new();
    for (name, bytes) in fixtures() {
        let mut errors: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for f in findings(&bytes) {
            if f.severity == Severity::Error {
                errors.entry(f.code).or_default().push(f.message);
            }
        }
        for (code, messages) in &errors {
            let expected = REVIEWER_ERRORS
                .iter()
                .find(|(file, c, ..)| *file == name && c == code)
                .map_or(0, |(_, _, n, _)| *n);
            if messages.len() != expected {
                wrong.push(format!("{name} {code}: {expected} expected, {messages:#?}"));
            }
        }
        for (file, code, n, _) in REVIEWER_ERRORS.iter().filter(|(f, ..)| *f == name) {
            if !errors.contains_key(code) {
                wrong.push(format!("{file} {code}: {n} expected, none found"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn findings_resting_on_a_guessed_column_say_so_and_are_not_errors() {
    let (_, bytes) = fixtures()
        .into_iter()
        .find(|(name, _)| name == "ningxia-yinchuan-2021-selfeval")
        .expect("the 银川 self-evaluation");
    let workbook = jixiao::import::import_bytes(&bytes).expect("it imports");
    assert!(
        workbook
            .records
            .iter()
            .any(|r| r.columns.iter().any(|c| c.guessed)),
        "the importer no longer guesses a column here: pick another table"
    );
    let tempered: Vec<_> = check_workbook(&workbook)
        .into_iter()
        .filter(|f| f.message.ends_with("（此列由内容推断，请核对）"))
        .collect();
    assert!(!tempered.is_empty());
    assert!(tempered.iter().all(|f| f.severity != Severity::Error));
}
