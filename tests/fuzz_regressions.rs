//! The fuzz targets on the stable toolchain, briefly: every input a fuzzer or a test ever
//! crashed jixiao with (tests/fixtures/fuzz/check, tests/fixtures/fuzz/store), replayed through
//! the harnesses `cargo fuzz` runs (`jixiao::fuzz`), and a few thousand generated tables and
//! workbooks. fuzz/README.md says how to fuzz for longer.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::fuzz::{check_bytes, store_bytes};
use jixiao::model::Amount;
use proptest::prelude::*;
use std::path::PathBuf;

/// The saved inputs of one fuzz target, by name.
fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, bytes)
        })
        .collect()
}

#[test]
fn every_saved_document_that_once_crashed_the_checks_is_checked_without_a_panic() {
    let inputs = corpus("check");
    assert!(!inputs.is_empty());
    for (path, bytes) in inputs {
        eprintln!("{}", path.display());
        check_bytes(&bytes);
    }
}

#[test]
fn every_saved_workbook_that_once_crashed_is_checked_and_saved_back_equal() {
    let inputs = corpus("store");
    assert!(!inputs.is_empty());
    for (path, bytes) in inputs {
        eprintln!("{}", path.display());
        store_bytes(&bytes);
    }
}

/// Numbers at and beyond what an exact decimal holds, and the ordinary ones between.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("9999999999999999999999999".to_owned()),
        Just("79228162514264337593543950335".to_owned()),
        Just("-79228162514264337593543950335".to_owned()),
        Just("7900000000000000000000000".to_owned()),
        Just("0.0000000000000000000000001".to_owned()),
        Just("0.1234567890123456789012345678".to_owned()),
        Just("-0".to_owned()),
        Just("1e30".to_owned()),
        (0u32..100_000).prop_map(|n| n.to_string()),
        "[0-9]{1,40}(\\.[0-9]{1,30})?",
    ]
}

/// A cell of a table: a label of the forms, a number with or without a unit, a percentage, a
/// date or a few words.
fn cell() -> impl Strategy<Value = String> {
    let label = prop::sample::select(vec![
        "项目名称",
        "主管部门",
        "实施单位",
        "项目年度金额(万元)",
        "项目年度金额(元)",
        "项目总额",
        "年度资金总额",
        "本级资金",
        "资金总额",
        "财政拨款",
        "其他资金",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "分值",
        "得分",
        "全年预算数",
        "全年执行数",
        "执行率",
        "总分",
        "产出指标",
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "效益指标",
        "社会效益",
        "满意度指标",
        "服务对象满意度",
        "单位：万元",
        "绩效自评表",
        "年初预算数",
        "实际完成值",
    ]);
    prop_oneof![
        label.prop_map(str::to_owned),
        number(),
        (
            number(),
            prop::sample::select(vec!["万元", "元", "%", "分", "人", "次"])
        )
            .prop_map(|(n, u)| format!("{n}{u}")),
        (prop::sample::select(vec!["≥", "≤", "＞", "约"]), number())
            .prop_map(|(s, n)| format!("{s}{n}%")),
        (
            prop::sample::select(vec!["0", "9999", "99999999", "2026", "-1"]),
            0u32..40
        )
            .prop_map(|(y, m)| format!("{y}年{m}月")),
        "[\\u{0}-\\u{7f}\\u{4e00}-\\u{4e20}\\u{202e}]{0,6}",
    ]
}

/// A table text: lines of tab-separated cells.
fn table_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::collection::vec(cell(), 1..6), 1..30).prop_map(|lines| {
        lines
            .iter()
            .map(|cells| cells.join("\t"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// A saved workbook whose stored numbers (`value`) are replaced by `numbers` in turn.
fn stored_values(numbers: &[String]) -> String {
    let (_, saved) = corpus("store").into_iter().next().unwrap_or_default();
    let saved = String::from_utf8(saved).unwrap_or_default();
    let mut numbers = numbers.iter().cycle();
    saved
        .split("value: Some(\"")
        .enumerate()
        .map(
            |(i, part)| match (i, part.split_once('"'), numbers.next()) {
                (0, ..) | (_, None, _) | (_, _, None) => part.to_owned(),
                (_, Some((_, rest)), Some(n)) => format!("{n}\"{rest}"),
            },
        )
        .collect::<Vec<_>>()
        .join("value: Some(\"")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn generated_table_texts_are_checked_without_a_panic(text in table_text()) {
        check_bytes(text.as_bytes());
    }

    #[test]
    fn generated_bytes_are_checked_without_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_bytes(&bytes);
        store_bytes(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_workbook_with_any_stored_numbers_is_checked_and_saved_back_equal(
        numbers in prop::collection::vec(number(), 1..8)
    ) {
        // Only numbers a decimal can hold are stored values; the others do not read.
        let numbers: Vec<String> = numbers
            .into_iter()
            .filter(|n| Amount::new(n.as_str()).value().is_some())
            .collect();
        store_bytes(stored_values(&numbers).as_bytes());
    }
}
