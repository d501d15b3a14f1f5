//! `jixiao rollover` and `jixiao diff` as users call them: outputs, messages and exit codes.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::cli::{fixture_path as fixture, jixiao};

use jixiao::store;
use std::path::Path;
use std::process::Output;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `jixiao rollover INPUT --to=YEAR -o OUT`.
fn rollover(input: &Path, year: &str, out: &Path) -> Output {
    let to = format!("--to={year}");
    jixiao(&[
        "rollover",
        input.to_str().unwrap(),
        &to,
        "-o",
        out.to_str().unwrap(),
    ])
}

#[test]
fn rollover_writes_a_workbook_of_the_next_year_and_prints_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("2027.ron");
    let input = fixture("pingluo-2026.txt");
    let run = rollover(&input, "2027", &out);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let report = text(&run.stdout);
    assert!(
        report.contains("预算年度：「2026」改为「2027」"),
        "{report}"
    );
    assert!(
        report.contains("「2026 年 12 月底」改为「2027 年 12 月底」"),
        "{report}"
    );
    assert!(report.contains("第 1 张表"), "{report}");
    let workbook = store::load(&out).unwrap();
    assert!(workbook.records.iter().all(|r| r.year == Some(2027)));
}

#[test]
fn rollover_writes_any_export_kind_by_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("2025.txt");
    let input = fixture("zhongwei-selfeval-2024.txt");
    let run = rollover(&input, "2025", &out);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("（2025年度）"));
    assert!(written.contains("项目支出绩效目标表"));
    assert!(!written.contains("得分"));
    assert!(text(&run.stdout).contains("表格格式：「绩效自评表」改为「全国通用目标表」"));
}

#[test]
fn rollover_refuses_a_year_it_cannot_write_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron");
    let input = fixture("pingluo-2026.txt");
    for year in ["99999", "abc", "2025", "-2147483649"] {
        let run = rollover(&input, year, &out);
        assert_eq!(run.status.code(), Some(2), "{year}");
        assert!(
            text(&run.stderr).contains("结转年度"),
            "{}",
            text(&run.stderr)
        );
        assert!(!out.exists());
    }
    let run = rollover(&input, "2027", Path::new("x.doc"));
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("不支持导出"));
}

#[test]
fn rollover_never_writes_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("w.ron");
    let workbook =
        jixiao::import::import_text(&std::fs::read_to_string(fixture("pingluo-2026.txt")).unwrap());
    store::save(&input, &workbook).unwrap();
    let path = input.to_str().unwrap();
    let run = jixiao(&["rollover", path, "--to", "2027", "-o", path]);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(store::load(&input).unwrap(), workbook);
}

#[test]
fn diff_reports_the_changes_between_a_document_and_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let a = fixture("pingluo-2026.txt");
    let mut workbook = jixiao::import::import_text(&std::fs::read_to_string(&a).unwrap());
    workbook.records[0].groups[0].groups[0].indicators[0].value = "2 次".into();
    let b = dir.path().join("b.ron");
    store::save(&b, &workbook).unwrap();
    let run = jixiao(&["diff", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(
        text(&run.stdout),
        "项目「人事制度改革、招聘事业单位人员工作经费」：指标「指标 1：完成年度事业单位工作人员招聘次数」指标值由「1 次」改为「2 次」\n"
    );
    let run = jixiao(&["diff", a.to_str().unwrap(), b.to_str().unwrap(), "--json"]);
    assert_eq!(run.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["tables"][0]["values"][0]["new"], "2 次");
    assert_eq!(json["only_in_a"], serde_json::json!([]));
    let same = jixiao(&["diff", a.to_str().unwrap(), a.to_str().unwrap()]);
    assert_eq!(text(&same.stdout), "两个版本没有差别\n");
    let missing = jixiao(&["diff", "/nonexistent.ron", a.to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
}
