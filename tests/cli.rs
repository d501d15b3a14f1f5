//! The command line as users and other tools call it: outputs, JSON keys and exit codes.

use jixiao::layout::Layout;
use jixiao::model::{Indicator, Record, Workbook};
use jixiao::store;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn jixiao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jixiao"))
        .args(args)
        .output()
        .expect("the jixiao binary runs")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn coded_county_workbook() -> Workbook {
    let mut record = Record::blank(Layout::CodedCountyForm, Some(2024));
    record.header.name = "政策性农业保险资金项目".into();
    record.header.amount.set_text("400.000000");
    record.groups[0].label = "1-产出指标".into();
    record.groups[0].groups[0].label = "11-数量指标".into();
    record.groups[0].groups[0]
        .indicators
        .push(Indicator::new("参保覆盖行政村", "144 个"));
    record.groups[1].groups[1].label = "22-社会效益".into();
    record.groups[1].groups[1]
        .indicators
        .push(Indicator::new("保障农业稳步发展", "效果显著"));
    Workbook {
        records: vec![record],
    }
}

fn saved(workbook: &Workbook, dir: &Path) -> PathBuf {
    let path = dir.join("w.ron");
    store::save(&path, workbook).unwrap();
    path
}

#[test]
fn inspect_json_has_the_keys_other_tools_rely_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(&coded_county_workbook(), dir.path());
    let out = jixiao(&["inspect", path.to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let record = &json["records"][0];
    assert_eq!(record["name"], "政策性农业保险资金项目");
    assert_eq!(record["kind"], "target");
    assert_eq!(record["layout"], "county-coded");
    assert_eq!(record["year"], 2024);
    assert_eq!(record["amount_yuan"], "4000000");
    let indicators = record["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 2);
    assert_eq!(indicators[0]["level1"], "产出指标");
    assert_eq!(indicators[0]["level2"], "数量指标");
    assert_eq!(indicators[0]["name"], "参保覆盖行政村");
    assert_eq!(indicators[0]["value"], "144 个");
    assert_eq!(indicators[1]["level1"], "效益指标");
    assert_eq!(indicators[1]["level2"], "社会效益指标");
}

#[test]
fn a_missing_input_exits_2_with_one_line_saying_which_file() {
    let out = jixiao(&["check", "/no/such/table.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("/no/such/table.txt"), "{stderr}");
}

#[test]
fn an_unknown_layout_name_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(&coded_county_workbook(), dir.path());
    let out = jixiao(&["export", path.to_str().unwrap(), "--layout", "excel"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("excel"));
}

#[test]
fn a_workbook_from_a_newer_version_is_refused_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    std::fs::write(&path, "(format_version: 99, workbook: (records: []))").unwrap();
    let out = jixiao(&["inspect", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("99"));
}

#[test]
fn a_failed_import_leaves_the_output_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("prose.txt");
    std::fs::write(&input, "这里没有任何表格。\n只是一段说明文字。\n").unwrap();
    let output = dir.path().join("out.ron");
    std::fs::write(&output, "precious").unwrap();
    let out = jixiao(&[
        "import",
        input.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&output).unwrap(), "precious");
}

#[test]
fn undecodable_bytes_are_refused_naming_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("bad.txt");
    std::fs::write(&input, [b'a', b'b', 0xff, 0xfe, 0xfd, 0x80, 0x80]).unwrap();
    let out = jixiao(&["inspect", input.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("字节"));
}

#[test]
fn export_writes_the_same_bytes_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(&coded_county_workbook(), dir.path());
    let first = jixiao(&["export", path.to_str().unwrap()]);
    let second = jixiao(&["export", path.to_str().unwrap()]);
    assert!(first.status.success());
    assert!(!first.stdout.is_empty());
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn every_sample_imports_into_a_workbook_that_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "pingluo-2026.txt",
        "pingluo-2024.txt",
        "qinglong-2025.txt",
        "ningxia-region-2026.txt",
        "zhongwei-selfeval-2024.txt",
    ] {
        let output = dir.path().join(format!("{name}.ron"));
        let out = jixiao(&[
            "import",
            fixture(name).to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let workbook = store::load(&output).unwrap();
        assert!(!workbook.records.is_empty(), "{name}");
    }
}

#[test]
fn check_exits_1_when_a_table_has_errors_and_reports_json() {
    let mut workbook = coded_county_workbook();
    workbook.records[0].header.name.clear();
    let dir = tempfile::tempdir().unwrap();
    let path = saved(&workbook, dir.path());
    let out = jixiao(&["check", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let finding = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "missing-field")
        .expect("a missing-field finding");
    for key in [
        "record",
        "record_name",
        "severity",
        "code",
        "message",
        "location",
    ] {
        assert!(finding.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(finding["severity"], "error");
}
