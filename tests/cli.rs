//! The command line as users and other tools call it: outputs, JSON keys and exit codes.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::cli::{fixture_path as fixture, jixiao};

use jixiao::layout::Layout;
use jixiao::model::{ImportNote, Indicator, Record, Workbook};
use jixiao::store;
use std::path::{Path, PathBuf};

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

fn inspect(workbook: &Workbook) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(workbook, dir.path());
    let out = jixiao(&["inspect", path.to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn inspect_json_reads_a_one_cell_value_into_operator_target_and_unit() {
    let mut workbook = coded_county_workbook();
    workbook.records[0].groups[0].groups[1]
        .indicators
        .push(Indicator::new("农业保险赔付率", "≥ 95%"));
    let json = inspect(&workbook);
    let record = &json["records"][0];
    assert_eq!(record["form"], "county-coded");
    assert_eq!(record["confidence"], "sure");
    assert_eq!(record["doubts"], serde_json::json!([]));
    assert_eq!(record["code"], "");
    let indicators = record["indicators"].as_array().unwrap();
    let count = &indicators[0];
    assert_eq!(count["value"], "144 个");
    assert_eq!(count["operator"], serde_json::Value::Null);
    assert_eq!(count["target"], "144");
    assert_eq!(count["unit"], "个");
    let rate = &indicators[1];
    assert_eq!(rate["value"], "≥ 95%");
    assert_eq!(rate["operator"], "≥");
    assert_eq!(rate["target"], "95");
    assert_eq!(rate["unit"], "%");
    assert_eq!(rate["direction"], "正向");
    let words = &indicators[2];
    assert_eq!(words["operator"], "定性");
    assert_eq!(words["target"], "效果显著");
    assert_eq!(words["unit"], serde_json::Value::Null);
    // The county form has none of these columns.
    for key in [
        "weight",
        "actual",
        "score",
        "deviation",
        "nature",
        "standard",
        "scoring_rule",
        "remark",
    ] {
        assert_eq!(words[key], serde_json::Value::Null, "{key}");
    }
    assert_eq!(words["others"], serde_json::json!({}));
    assert_eq!(record["medium_indicators"], serde_json::json!([]));
}

#[test]
fn inspect_json_joins_split_targets_and_names_the_columns_of_the_form() {
    let mut list = common::examples::indicator_list();
    list.header.code = "15222325T000000012345".into();
    let workbook = Workbook {
        records: vec![list, common::examples::national_self_evaluation()],
    };
    let json = inspect(&workbook);
    let list = &json["records"][0];
    assert_eq!(list["form"], "indicator-list");
    assert_eq!(list["layout"], "indicator-list");
    assert_eq!(list["code"], "15222325T000000012345");
    let first = &list["indicators"][0];
    assert_eq!(first["name"], "使用人员满意度");
    assert_eq!(first["value"], "≥98%");
    assert_eq!(first["operator"], "≥");
    assert_eq!(first["target"], "98");
    assert_eq!(first["unit"], "%");
    assert_eq!(first["weight"], "10");
    assert_eq!(first["direction"], "正向");
    assert_eq!(first["actual"], serde_json::Value::Null);
    assert_eq!(first["score"], serde_json::Value::Null);
    let cost = &list["indicators"][1];
    assert_eq!(cost["operator"], "≤");
    assert_eq!(cost["direction"], "反向");
    let qualitative = &list["indicators"][2];
    assert_eq!(qualitative["operator"], "定性");
    assert_eq!(qualitative["value"], "11月底之前");
    assert_eq!(qualitative["unit"], serde_json::Value::Null);
    let evaluation = &json["records"][1];
    assert_eq!(evaluation["form"], "national-self-evaluation");
    let late = &evaluation["indicators"][1];
    assert_eq!(late["value"], "100%");
    assert_eq!(late["actual"], "90%");
    assert_eq!(late["weight"], "25");
    assert_eq!(late["score"], "22");
    assert_eq!(late["deviation"], "资金到位稍晚，下年提前申请。");
    assert_eq!(evaluation["indicators"][0]["deviation"], "");
}

fn reviewed_workbook() -> Workbook {
    let mut workbook = coded_county_workbook();
    workbook.records[0].notes = vec![
        ImportNote {
            line: 12,
            seen: "完成值".into(),
            action: "「完成值」列按内容判为实际完成值".into(),
            doubt: true,
        },
        ImportNote {
            line: 3,
            seen: "项目属性".into(),
            action: "表头「项目属性」读作项目属性".into(),
            doubt: false,
        },
    ];
    workbook
}

#[test]
fn inspect_json_says_a_record_needs_review_and_why() {
    let json = inspect(&reviewed_workbook());
    let record = &json["records"][0];
    assert_eq!(record["confidence"], "review");
    assert_eq!(
        record["doubts"],
        serde_json::json!(["「完成值」列按内容判为实际完成值"])
    );
}

#[test]
fn check_prints_the_reasons_a_record_needs_review() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(&reviewed_workbook(), dir.path());
    let out = jixiao(&["check", path.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = report.lines().filter(|l| l.contains("待复核")).collect();
    assert_eq!(
        lines,
        ["  [待复核] 读取存疑：「完成值」列按内容判为实际完成值"],
        "{report}"
    );
    // A sure record gets no such line.
    let path = saved(&coded_county_workbook(), dir.path());
    let out = jixiao(&["check", path.to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("待复核"));
}

#[test]
fn export_converts_to_every_form_by_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved(&common::examples::example_workbook(), dir.path());
    for layout in Layout::ALL {
        let out = jixiao(&["export", path.to_str().unwrap(), "--layout", layout.key()]);
        assert!(
            out.status.success(),
            "{}: {}",
            layout.key(),
            String::from_utf8_lossy(&out.stderr)
        );
        let mut workbook = common::examples::example_workbook();
        for record in &mut workbook.records {
            jixiao::export::convert(record, layout);
        }
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            jixiao::export::workbook_text(&workbook),
            "{}",
            layout.key()
        );
    }
    let out = jixiao(&["export", path.to_str().unwrap(), "--layout", "excel"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("national-self-evaluation"), "{stderr}");
}

#[test]
fn inspect_json_of_a_real_indicator_list_joins_its_split_targets() {
    let path = fixture("other-forms/neimenggu-zhalaiteqi-2025-flat.txt");
    let out = jixiao(&["inspect", path.to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let records = json["records"].as_array().unwrap();
    assert_eq!(records.len(), 2);
    assert!(records.iter().all(|r| r["form"] == "indicator-list"));
    let first = &records[0]["indicators"][0];
    assert_eq!(first["name"], "使用人员满意度");
    assert_eq!(first["value"], "≥98%");
    assert_eq!(first["operator"], "≥");
    assert_eq!(first["target"], "98");
    assert_eq!(first["unit"], "%");
    assert_eq!(first["weight"], "10");
    assert_eq!(first["direction"], "正向");
    assert_eq!(first["actual"], serde_json::Value::Null);
}

#[test]
fn check_says_why_a_table_of_an_unknown_form_needs_review() {
    let path = fixture("other-forms/jilin-ciq-2016-selfeval.txt");
    let out = jixiao(&["inspect", path.to_str().unwrap(), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let record = &json["records"][0];
    assert_eq!(record["form"], "headings");
    assert_eq!(record["confidence"], "review");
    let doubts: Vec<&str> = record["doubts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d.as_str())
        .collect();
    assert!(!doubts.is_empty());
    let out = jixiao(&["check", path.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&out.stdout);
    let line = format!("  [待复核] 读取存疑：{}", doubts.join("；"));
    assert!(report.lines().any(|l| l == line), "{report}");
}

#[test]
fn import_reads_an_excel_workbook_into_a_workbook_naming_file_and_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("out.ron");
    let input = fixture("office/pingluo-2024.xlsx");
    let out = jixiao(&[
        "import",
        input.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let workbook = store::load(&output).unwrap();
    assert!(!workbook.records.is_empty());
    for record in &workbook.records {
        assert_eq!(record.source.file, input.to_string_lossy());
        assert!(!record.source.sheet.is_empty());
    }
}

#[test]
fn a_text_file_named_xlsx_is_refused_with_exit_2_naming_the_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("旧表.xlsx");
    std::fs::write(&input, "这里没有任何表格。\n").unwrap();
    let out = jixiao(&["check", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("的扩展名是 .xlsx，但内容不是Excel 工作簿"),
        "{stderr}"
    );
}

#[test]
fn export_to_xlsx_writes_the_official_form_as_a_workbook() {
    use calamine::Reader;
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.xlsx");
    let input = fixture("pingluo-2024.txt");
    let out = jixiao(&[
        "export",
        input.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let workbook = jixiao::import::import_bytes(&std::fs::read(&input).unwrap()).unwrap();
    let book = calamine::open_workbook::<calamine::Xlsx<_>, _>(&out_path).unwrap();
    assert_eq!(book.sheet_names().len(), workbook.records.len());
    assert_eq!(book.sheet_names()[0], workbook.records[0].header.name);
}

#[test]
fn export_flat_to_tsv_writes_the_indicator_list_and_notes_what_it_could_not_split() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.tsv");
    let input = fixture("pingluo-2024.txt");
    let out = jixiao(&[
        "export",
        input.to_str().unwrap(),
        "--flat",
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&out_path).unwrap();
    assert!(
        text.lines().any(|l| l
            .ends_with("一级指标\t二级指标\t三级指标\t计算符号\t指标值\t计量单位\t权重\t指标方向")),
        "{text}"
    );
    assert!(text.contains("\t≥\t95\t%\t\t正向"), "{text}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("补助金额 ≥ 400 万元") && stderr.contains("按定性导出"),
        "{stderr}"
    );
}

#[test]
fn export_refuses_an_unknown_extension_and_lists_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.docx");
    let input = fixture("pingluo-2024.txt");
    let out = jixiao(&[
        "export",
        input.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(".txt") && stderr.contains(".xlsx"),
        "{stderr}"
    );
    assert!(!out_path.exists());
}

#[test]
fn export_refuses_to_write_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("tables.txt");
    std::fs::copy(fixture("pingluo-2024.txt"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let same = dir.path().join(".").join("tables.txt");
    let out = jixiao(&[
        "export",
        input.to_str().unwrap(),
        "-o",
        same.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("输入文件"));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}
