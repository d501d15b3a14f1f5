//! `check` on real tables of other offices' forms raises no error a reviewer would not raise.
//!
//! Every table under `tests/fixtures/other-forms/` is imported and checked. The only errors
//! allowed are those in [`REVIEWER_ERRORS`], each with the reason a reviewer raises it too; any
//! other error is a false one.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

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

/// Numbers too large to compute with (a 25-digit amount in 万元, weights at the edge of the
/// decimal range) are read and checked without a crash, in every form.
#[test]
fn amounts_and_weights_too_large_to_compute_never_crash_the_checks() {
    let huge = "79228162514264337593543950335";
    let text = format!(
        "\
项目支出绩效自评表\n\
项目名称\t养护\n\
主管部门\t某局\t实施单位\t某所\n\
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\
\t年度资金总额\t{huge}\t9999999999999999999999999\t{huge}\t{huge}\t100%\t{huge}\n\
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n\
产出指标({huge}分)\t数量指标\t里程\t≥{huge}公里\t{huge}公里\t{huge}\t{huge}\n\
\t成本指标\t成本\t≤{huge}万元\t{huge}万元\t{huge}\t{huge}\n\
总分\t\t\t\t\t{huge}\t{huge}\n"
    );
    let workbook = jixiao::import::import_text(&text);
    assert_eq!(workbook.records.len(), 1);
    let findings = check_workbook(&workbook);
    assert!(!findings.is_empty());
    for layout in jixiao::layout::Layout::ALL {
        let mut converted = workbook.clone();
        for record in &mut converted.records {
            jixiao::export::convert(record, layout);
        }
        // Checking the converted and the re-read workbook must simply return.
        check_workbook(&converted);
        let text = jixiao::export::workbook_text(&converted);
        check_workbook(&jixiao::import::import_text(&text));
    }
}
