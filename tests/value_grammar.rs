//! The value grammar against every form in the Values table of the domain notes and the real
//! forms of the sample documents.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::value::{
    Comparison, DateQualifier, TimeUnit, Value, ValueKind, find_money, parse, tidy,
};
use rust_decimal::Decimal;
use std::str::FromStr;

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// What a value should read as, in a compact form for the table.
#[derive(Debug)]
enum Want {
    Empty,
    Qualitative,
    Unparsed,
    /// number, unit, per
    Measure(&'static str, &'static str, &'static [&'static str]),
    /// yuan, per
    Money(&'static str, &'static [&'static str]),
    /// year, month, day, qualifier, valid
    Date(i32, Option<u32>, Option<u32>, DateQualifier, bool),
    Duration(&'static str, TimeUnit),
    /// low, high, unit
    Range(&'static str, &'static str, &'static str),
}

fn kind_matches(kind: &ValueKind, want: &Want) -> bool {
    match (kind, want) {
        (ValueKind::Empty, Want::Empty)
        | (ValueKind::Qualitative, Want::Qualitative)
        | (ValueKind::Unparsed, Want::Unparsed) => true,
        (ValueKind::Measure(m), Want::Measure(number, unit, per)) => {
            m.number == dec(number) && m.unit == *unit && m.per == *per
        }
        (ValueKind::Money(m), Want::Money(yuan, per)) => m.yuan == dec(yuan) && m.per == *per,
        (ValueKind::Date(d), Want::Date(year, month, day, qualifier, valid)) => {
            d.year == *year
                && d.month == *month
                && d.day == *day
                && d.qualifier == *qualifier
                && d.valid == *valid
        }
        (ValueKind::Duration(d), Want::Duration(amount, unit)) => {
            d.amount == dec(amount) && d.unit == *unit
        }
        (ValueKind::Range(r), Want::Range(low, high, unit)) => {
            r.low == dec(low) && r.high == dec(high) && r.unit == *unit
        }
        _ => false,
    }
}

/// (text, subject, comparison, approximate, kind)
type Case = (&'static str, &'static str, Option<Comparison>, bool, Want);

use Comparison::{Above, AtLeast, AtMost, Below, Equal};
use DateQualifier::{Before, End, On, Whole};
use TimeUnit::{Day, Hour, Month, Week, Year};

const NONE: Option<Comparison> = None;

fn cases() -> Vec<Case> {
    vec![
        // comparison + number + unit
        (
            "≥95%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        ("≤2%", "", Some(AtMost), false, Want::Measure("2", "%", &[])),
        (
            "＞90%",
            "",
            Some(Above),
            false,
            Want::Measure("90", "%", &[]),
        ),
        (
            "＞90％",
            "",
            Some(Above),
            false,
            Want::Measure("90", "%", &[]),
        ),
        ("＜5%", "", Some(Below), false, Want::Measure("5", "%", &[])),
        (">5年", "", Some(Above), false, Want::Duration("5", Year)),
        (
            "≥1000 人",
            "",
            Some(AtLeast),
            false,
            Want::Measure("1000", "人", &[]),
        ),
        (
            "≤24小时",
            "",
            Some(AtMost),
            false,
            Want::Duration("24", Hour),
        ),
        (
            "≥1次/年",
            "",
            Some(AtLeast),
            false,
            Want::Measure("1", "次", &["年"]),
        ),
        (
            "≥ 95%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            ">=90%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("90", "%", &[]),
        ),
        (
            "<=3%",
            "",
            Some(AtMost),
            false,
            Want::Measure("3", "%", &[]),
        ),
        (
            "＞＝80％",
            "",
            Some(AtLeast),
            false,
            Want::Measure("80", "%", &[]),
        ),
        (
            "=100%",
            "",
            Some(Equal),
            false,
            Want::Measure("100", "%", &[]),
        ),
        (
            "＝100%",
            "",
            Some(Equal),
            false,
            Want::Measure("100", "%", &[]),
        ),
        (
            "≧90%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("90", "%", &[]),
        ),
        (
            "不低于95%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            "不少于 20 次",
            "",
            Some(AtLeast),
            false,
            Want::Measure("20", "次", &[]),
        ),
        (
            "不超过5万元",
            "",
            Some(AtMost),
            false,
            Want::Money("50000", &[]),
        ),
        (
            "不高于3%",
            "",
            Some(AtMost),
            false,
            Want::Measure("3", "%", &[]),
        ),
        (
            "低于2%",
            "",
            Some(Below),
            false,
            Want::Measure("2", "%", &[]),
        ),
        (
            "超过90%",
            "",
            Some(Above),
            false,
            Want::Measure("90", "%", &[]),
        ),
        (
            "20 次以上",
            "",
            Some(AtLeast),
            false,
            Want::Measure("20", "次", &[]),
        ),
        (
            "25 家以上",
            "",
            Some(AtLeast),
            false,
            Want::Measure("25", "家", &[]),
        ),
        (
            "95%以上",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            "95%及以上",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            "5%以下",
            "",
            Some(AtMost),
            false,
            Want::Measure("5", "%", &[]),
        ),
        (
            "3个工作日以内",
            "",
            Some(AtMost),
            false,
            Want::Duration("3", Day),
        ),
        (
            "24小时内",
            "",
            Some(AtMost),
            false,
            Want::Duration("24", Hour),
        ),
        // plain numbers and units
        ("100%", "", NONE, false, Want::Measure("100", "%", &[])),
        ("１００％", "", NONE, false, Want::Measure("100", "%", &[])),
        ("144 个", "", NONE, false, Want::Measure("144", "个", &[])),
        ("1 次", "", NONE, false, Want::Measure("1", "次", &[])),
        ("500件", "", NONE, false, Want::Measure("500", "件", &[])),
        ("2 万册", "", NONE, false, Want::Measure("20000", "册", &[])),
        (
            "1.5万亩",
            "",
            NONE,
            false,
            Want::Measure("15000", "亩", &[]),
        ),
        (
            "≥1 万人",
            "",
            Some(AtLeast),
            false,
            Want::Measure("10000", "人", &[]),
        ),
        (
            "5.5 万人",
            "",
            NONE,
            false,
            Want::Measure("55000", "人", &[]),
        ),
        (
            "≥8000人次",
            "",
            Some(AtLeast),
            false,
            Want::Measure("8000", "人次", &[]),
        ),
        (
            "1.5万立方米/日",
            "",
            NONE,
            false,
            Want::Measure("15000", "立方米", &["日"]),
        ),
        ("5千克", "", NONE, false, Want::Measure("5", "千克", &[])),
        ("3千人", "", NONE, false, Want::Measure("3000", "人", &[])),
        ("1,000人", "", NONE, false, Want::Measure("1000", "人", &[])),
        ("20", "", NONE, false, Want::Measure("20", "", &[])),
        (
            "≥2.6%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("2.6", "%", &[]),
        ),
        (
            "8.8万人(预估)",
            "",
            NONE,
            true,
            Want::Measure("88000", "人", &[]),
        ),
        (
            "16.4万人（预估）",
            "",
            NONE,
            true,
            Want::Measure("164000", "人", &[]),
        ),
        ("100余人", "", NONE, true, Want::Measure("100", "人", &[])),
        (
            "≥95%。",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            "？≥95%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            "≥9？5%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            "≤-2%",
            "",
            Some(AtMost),
            false,
            Want::Measure("-2", "%", &[]),
        ),
        (
            "5个百分点",
            "",
            NONE,
            false,
            Want::Measure("5", "个百分点", &[]),
        ),
        (
            "≥90(%)",
            "",
            Some(AtLeast),
            false,
            Want::Measure("90", "%", &[]),
        ),
        (
            "≥90（%）",
            "",
            Some(AtLeast),
            false,
            Want::Measure("90", "%", &[]),
        ),
        ("5(万元)", "", NONE, false, Want::Money("50000", &[])),
        ("1万余人", "", NONE, true, Want::Measure("10000", "人", &[])),
        (
            "≥95%（含）",
            "",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        (
            "3 000 人",
            "",
            NONE,
            false,
            Want::Measure("3000", "人", &[]),
        ),
        (
            "达到100%",
            "",
            Some(AtLeast),
            false,
            Want::Measure("100", "%", &[]),
        ),
        (
            "1000万元以内",
            "",
            Some(AtMost),
            false,
            Want::Money("10000000", &[]),
        ),
        ("200万/年", "", NONE, false, Want::Money("2000000", &["年"])),
        ("95%-100%", "", NONE, false, Want::Range("95", "100", "%")),
        // per-units written in front, or with a centre dot
        (
            "每年1次",
            "",
            NONE,
            false,
            Want::Measure("1", "次", &["年"]),
        ),
        (
            "每年不少于2次",
            "",
            Some(AtLeast),
            false,
            Want::Measure("2", "次", &["年"]),
        ),
        (
            "每人每月500元",
            "",
            NONE,
            false,
            Want::Money("500", &["人", "月"]),
        ),
        ("人均3000元", "", NONE, false, Want::Money("3000", &["人"])),
        (
            "补助标准人均 3000 元",
            "补助标准",
            NONE,
            false,
            Want::Money("3000", &["人"]),
        ),
        (
            "200元/人·天",
            "",
            NONE,
            false,
            Want::Money("200", &["人", "天"]),
        ),
        (
            "每千人口医生数≥2人",
            "每千人口医生数",
            Some(AtLeast),
            false,
            Want::Measure("2", "人", &[]),
        ),
        (
            "每年12月底",
            "每年",
            NONE,
            false,
            Want::Date(0, Some(12), None, End, true),
        ),
        // subjects
        (
            "利用率>90%",
            "利用率",
            Some(Above),
            false,
            Want::Measure("90", "%", &[]),
        ),
        (
            "补助金额 ≥ 400 万元",
            "补助金额",
            Some(AtLeast),
            false,
            Want::Money("4000000", &[]),
        ),
        (
            "完成率：≥95%",
            "完成率",
            Some(AtLeast),
            false,
            Want::Measure("95", "%", &[]),
        ),
        // money totals
        ("8 万元", "", NONE, false, Want::Money("80000", &[])),
        ("0.7932 万元", "", NONE, false, Want::Money("7932", &[])),
        ("0.5509 万元", "", NONE, false, Want::Money("5509", &[])),
        ("230000 元", "", NONE, false, Want::Money("230000", &[])),
        ("3.43亿元", "", NONE, false, Want::Money("343000000", &[])),
        ("200 万", "", NONE, false, Want::Money("2000000", &[])),
        (
            "≤9 万元",
            "",
            Some(AtMost),
            false,
            Want::Money("90000", &[]),
        ),
        (
            "≤8.28 万元",
            "",
            Some(AtMost),
            false,
            Want::Money("82800", &[]),
        ),
        ("3602.67 元", "", NONE, false, Want::Money("3602.67", &[])),
        ("408.68万元", "", NONE, false, Want::Money("4086800", &[])),
        ("≥10元", "", Some(AtLeast), false, Want::Money("10", &[])),
        (
            "30 万以上",
            "",
            Some(AtLeast),
            false,
            Want::Money("300000", &[]),
        ),
        ("１２万元", "", NONE, false, Want::Money("120000", &[])),
        // money rates
        ("5000 元/月", "", NONE, false, Want::Money("5000", &["月"])),
        (
            "30000 元/季度",
            "",
            NONE,
            false,
            Want::Money("30000", &["季度"]),
        ),
        (
            "10.93万元/台",
            "",
            NONE,
            false,
            Want::Money("109300", &["台"]),
        ),
        (
            "450元/人/天",
            "",
            NONE,
            false,
            Want::Money("450", &["人", "天"]),
        ),
        (
            "7200元/人/年",
            "",
            NONE,
            false,
            Want::Money("7200", &["人", "年"]),
        ),
        (
            "平均约3000元/人",
            "",
            NONE,
            true,
            Want::Money("3000", &["人"]),
        ),
        (
            "约2.7万元/人",
            "",
            NONE,
            true,
            Want::Money("27000", &["人"]),
        ),
        ("5200元左右", "", NONE, true, Want::Money("5200", &[])),
        (
            "2900 万元/月",
            "",
            NONE,
            false,
            Want::Money("29000000", &["月"]),
        ),
        (
            "≤1000 元/户",
            "",
            Some(AtMost),
            false,
            Want::Money("1000", &["户"]),
        ),
        ("95万元/年", "", NONE, false, Want::Money("950000", &["年"])),
        ("10万元/个", "", NONE, false, Want::Money("100000", &["个"])),
        // dates and deadlines
        (
            "2026 年 9 月",
            "",
            NONE,
            false,
            Want::Date(2026, Some(9), None, On, true),
        ),
        (
            "2026年12月底",
            "",
            NONE,
            false,
            Want::Date(2026, Some(12), None, End, true),
        ),
        (
            "2026 年 12 月底",
            "",
            NONE,
            false,
            Want::Date(2026, Some(12), None, End, true),
        ),
        (
            "2024 年 12 月 31 日",
            "",
            NONE,
            false,
            Want::Date(2024, Some(12), Some(31), On, true),
        ),
        (
            "2024年底",
            "",
            NONE,
            false,
            Want::Date(2024, None, None, End, true),
        ),
        (
            "2024年末",
            "",
            NONE,
            false,
            Want::Date(2024, None, None, End, true),
        ),
        (
            "2024年底前",
            "",
            NONE,
            false,
            Want::Date(2024, None, None, Before, true),
        ),
        (
            "2026 年 12 月前",
            "",
            NONE,
            false,
            Want::Date(2026, Some(12), None, Before, true),
        ),
        (
            "2025 年 12 月 27 日前",
            "",
            NONE,
            false,
            Want::Date(2025, Some(12), Some(27), Before, true),
        ),
        (
            "2025年12月27日前",
            "",
            NONE,
            false,
            Want::Date(2025, Some(12), Some(27), Before, true),
        ),
        (
            "2024年全年",
            "",
            NONE,
            false,
            Want::Date(2024, None, None, Whole, true),
        ),
        (
            "2024年",
            "",
            NONE,
            false,
            Want::Date(2024, None, None, On, true),
        ),
        (
            "2024 年",
            "",
            NONE,
            false,
            Want::Date(2024, None, None, On, true),
        ),
        (
            "2024年度",
            "",
            NONE,
            false,
            Want::Date(2024, None, None, On, true),
        ),
        (
            "2026年12月",
            "",
            NONE,
            false,
            Want::Date(2026, Some(12), None, On, true),
        ),
        (
            "2026年13月",
            "",
            NONE,
            false,
            Want::Date(2026, Some(13), None, On, false),
        ),
        (
            "2026年2月30日",
            "",
            NONE,
            false,
            Want::Date(2026, Some(2), Some(30), On, false),
        ),
        (
            "2024年2月29日",
            "",
            NONE,
            false,
            Want::Date(2024, Some(2), Some(29), On, true),
        ),
        (
            "2025年2月29日",
            "",
            NONE,
            false,
            Want::Date(2025, Some(2), Some(29), On, false),
        ),
        (
            "2月30日",
            "",
            NONE,
            false,
            Want::Date(0, Some(2), Some(30), On, false),
        ),
        (
            "12月底",
            "",
            NONE,
            false,
            Want::Date(0, Some(12), None, End, true),
        ),
        (
            "2025-12-31",
            "",
            NONE,
            false,
            Want::Date(2025, Some(12), Some(31), On, true),
        ),
        (
            "2025.6.30",
            "",
            NONE,
            false,
            Want::Date(2025, Some(6), Some(30), On, true),
        ),
        (
            "２０２６年１２月底",
            "",
            NONE,
            false,
            Want::Date(2026, Some(12), None, End, true),
        ),
        (
            "2026年12月底前完成",
            "",
            NONE,
            false,
            Want::Date(2026, Some(12), None, Before, true),
        ),
        (
            "≤2026年6月",
            "",
            Some(AtMost),
            false,
            Want::Date(2026, Some(6), None, On, true),
        ),
        (
            "2026年1-12月",
            "",
            NONE,
            false,
            Want::Date(2026, None, None, Whole, true),
        ),
        (
            "2026年1月-12月",
            "",
            NONE,
            false,
            Want::Date(2026, None, None, Whole, true),
        ),
        (
            "2026年1月至12月",
            "",
            NONE,
            false,
            Want::Date(2026, None, None, Whole, true),
        ),
        ("2026年3月-6月", "", NONE, false, Want::Unparsed),
        (
            "2025年度内",
            "",
            NONE,
            false,
            Want::Date(2025, None, None, Whole, true),
        ),
        (
            "12月31日前",
            "",
            NONE,
            false,
            Want::Date(0, Some(12), Some(31), Before, true),
        ),
        (
            "2024/12/31",
            "",
            NONE,
            false,
            Want::Date(2024, Some(12), Some(31), On, true),
        ),
        // durations
        ("1年内", "", Some(AtMost), false, Want::Duration("1", Year)),
        ("12个月", "", NONE, false, Want::Duration("12", Month)),
        (
            "≤10个工作日",
            "",
            Some(AtMost),
            false,
            Want::Duration("10", Day),
        ),
        ("1年", "", NONE, false, Want::Duration("1", Year)),
        ("1 年", "", NONE, false, Want::Duration("1", Year)),
        ("99年", "", NONE, false, Want::Duration("99", Year)),
        ("60日", "", NONE, false, Want::Duration("60", Day)),
        ("≤1月", "", Some(AtMost), false, Want::Duration("1", Month)),
        ("≥1 年", "", Some(AtLeast), false, Want::Duration("1", Year)),
        ("3个月", "", NONE, false, Want::Duration("3", Month)),
        ("5个工作日", "", NONE, false, Want::Duration("5", Day)),
        ("2周", "", NONE, false, Want::Duration("2", Week)),
        ("7天", "", NONE, false, Want::Duration("7", Day)),
        ("一年", "", NONE, false, Want::Duration("1", Year)),
        ("三个月", "", NONE, false, Want::Duration("3", Month)),
        ("半年", "", NONE, false, Want::Duration("0.5", Year)),
        ("二十四小时", "", NONE, false, Want::Duration("24", Hour)),
        ("十五个工作日", "", NONE, false, Want::Duration("15", Day)),
        ("≤两周", "", Some(AtMost), false, Want::Duration("2", Week)),
        (
            "一年以上",
            "",
            Some(AtLeast),
            false,
            Want::Duration("1", Year),
        ),
        ("一类区", "", NONE, false, Want::Qualitative),
        ("效果一般", "", NONE, false, Want::Qualitative),
        ("一年一度", "", NONE, false, Want::Qualitative),
        // approximate and ranges
        (
            "约0.15万人",
            "",
            NONE,
            true,
            Want::Measure("1500", "人", &[]),
        ),
        (
            "1900人左右",
            "",
            NONE,
            true,
            Want::Measure("1900", "人", &[]),
        ),
        ("5.5%左右", "", NONE, true, Want::Measure("5.5", "%", &[])),
        ("大约 50 户", "", NONE, true, Want::Measure("50", "户", &[])),
        ("平均 8 小时", "", NONE, true, Want::Duration("8", Hour)),
        ("3-5天", "", NONE, false, Want::Range("3", "5", "天")),
        ("3～5", "", NONE, false, Want::Range("3", "5", "")),
        ("3~5次", "", NONE, false, Want::Range("3", "5", "次")),
        ("80%-90%", "", NONE, false, Want::Range("80", "90", "%")),
        (
            "1-2万元",
            "",
            NONE,
            false,
            Want::Range("10000", "20000", "元"),
        ),
        ("3至5天", "", NONE, false, Want::Range("3", "5", "天")),
        ("3 — 5 天", "", NONE, false, Want::Range("3", "5", "天")),
        // qualitative
        ("稳步提升", "", NONE, false, Want::Qualitative),
        ("有效提升", "", NONE, false, Want::Qualitative),
        ("持续下降", "", NONE, false, Want::Qualitative),
        ("效果显著", "", NONE, false, Want::Qualitative),
        ("长期保障", "", NONE, false, Want::Qualitative),
        ("无", "", NONE, false, Want::Qualitative),
        ("-", "", NONE, false, Want::Qualitative),
        ("≤预算数", "", Some(AtMost), false, Want::Qualitative),
        ("不低于上年", "", Some(AtLeast), false, Want::Qualitative),
        ("规定时限内", "", NONE, false, Want::Qualitative),
        ("", "", NONE, false, Want::Empty),
        ("   ", "", NONE, false, Want::Empty),
        // mixed prose and fragments
        (
            "城镇一类区4万元/人，二类区3.8万元/人，乡村平均约1.8万元/人",
            "",
            NONE,
            false,
            Want::Unparsed,
        ),
        (
            "600 元/人/次；2500 元/人/月；3000 元/人/次。",
            "",
            NONE,
            false,
            Want::Unparsed,
        ),
        (
            "2018年1月-2019年12月 全额供款机关事业单位在职人员",
            "",
            NONE,
            false,
            Want::Unparsed,
        ),
        ("按 3 年一轮", "", NONE, false, Want::Unparsed),
        ("≥", "", NONE, false, Want::Unparsed),
        ("？", "", NONE, false, Want::Unparsed),
        ("100%完成", "", NONE, false, Want::Unparsed),
    ]
}

#[test]
fn every_value_form_reads_as_expected() {
    let mut failures = Vec::new();
    for (text, subject, comparison, approximate, want) in cases() {
        let value = parse(text);
        let ok = value.subject == subject
            && value.comparison == comparison
            && value.approximate == approximate
            && kind_matches(&value.kind, &want);
        if !ok {
            failures.push(format!("{text:?}: got {value:?}, want {want:?} {comparison:?} approx={approximate} subject={subject:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn parsing_leaves_the_subject_as_written() {
    let value: Value = parse("补助金额 ≥ 400 万元");
    assert_eq!(value.subject, "补助金额");
}

#[test]
fn four_digit_years_are_dates_and_small_numbers_before_nian_are_durations() {
    assert!(matches!(parse("2024年").kind, ValueKind::Date(_)));
    assert!(matches!(parse("2100年").kind, ValueKind::Date(_)));
    assert!(matches!(parse("1年").kind, ValueKind::Duration(_)));
    assert!(matches!(parse("99年").kind, ValueKind::Duration(_)));
    assert!(matches!(parse("3000年").kind, ValueKind::Duration(_)));
}

#[test]
fn money_in_goal_text_is_found_in_order() {
    let found =
        find_money("共安排 8.2768 万元，其中财政拨款 8.2768 万元，主要用于劳动监察仲裁办案经费。");
    let amounts: Vec<Decimal> = found.iter().map(|m| m.yuan).collect();
    assert_eq!(amounts, vec![dec("82768"), dec("82768")]);
    assert_eq!(found[0].text, "8.2768 万元");
    assert!(found.iter().all(|m| !m.is_rate));

    let found = find_money("预算资金861.37万元，主要用于人力资源信息系统运行维护");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].yuan, dec("8613700"));
    assert_eq!(found[0].text, "861.37万元");
}

#[test]
fn years_and_other_units_in_goal_text_are_not_money() {
    let found = find_money("完成 2026 年度招聘；新建高标准农田 3万亩，就业 2万人，按 3 年一轮原则");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn per_unit_amounts_in_goal_text_are_rates() {
    let found = find_money(
        "按 600 元/人/次标准，新中国成立前老工人按 3000 元/人/次标准；每人每月 2500 元；发放资金 6078 万元",
    );
    let summary: Vec<(Decimal, bool, &str)> = found
        .iter()
        .map(|m| (m.yuan, m.is_rate, m.text.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (dec("600"), true, "600 元/人/次"),
            (dec("3000"), true, "3000 元/人/次"),
            (dec("2500"), true, "2500 元"),
            (dec("60780000"), false, "6078 万元"),
        ]
    );
}

#[test]
fn money_written_with_more_than_is_still_found() {
    let found = find_money("投入100余万元，补贴1万多元");
    let amounts: Vec<Decimal> = found.iter().map(|m| m.yuan).collect();
    assert_eq!(amounts, vec![dec("1000000"), dec("10000")]);
}

#[test]
fn a_date_without_a_year_says_so() {
    let ValueKind::Date(date) = parse("12月底前").kind else {
        panic!("12月底前 is a deadline");
    };
    assert_eq!(date.written_year(), None);
    assert_eq!(date.qualifier, Before);
    let ValueKind::Date(date) = parse("2026年12月底前").kind else {
        panic!("2026年12月底前 is a deadline");
    };
    assert_eq!(date.written_year(), Some(2026));
}

#[test]
fn a_standard_named_before_the_amount_makes_it_a_rate() {
    let found = find_money("城乡居民基础养老金每人每个月标准 113 元");
    assert_eq!(found.len(), 1);
    assert!(found[0].is_rate);
}

#[test]
fn tidy_writes_values_the_standard_way() {
    let cases = [
        ("2026 年 12 月", "2026年12月"),
        ("2026 年 12 月底", "2026年12月底"),
        ("2024 年 12 月 31 日", "2024年12月31日"),
        ("2025 年 12 月 27 日前", "2025年12月27日前"),
        ("≥ 95%", "≥95%"),
        ("1 次", "1次"),
        ("8 万元", "8万元"),
        ("0.7932 万元", "0.7932万元"),
        ("＞90%", ">90%"),
        ("＜5％", "<5%"),
        (">=90%", "≥90%"),
        ("<=3%", "≤3%"),
        ("１００％", "100%"),
        ("≥1 年", "≥1年"),
        ("5000 元/月", "5000元/月"),
        ("20 次 以上", "20次以上"),
        ("补助金额 ≥ 400 万元", "补助金额≥400万元"),
        ("3 - 5 天", "3-5天"),
        ("约 3000 元/人", "约3000元/人"),
        ("8 . 5 万元", "8.5万元"),
        ("２０２６ 年", "2026年"),
        ("2024 年 底 前", "2024年底前"),
    ];
    for (text, want) in cases {
        assert_eq!(tidy(text), want, "tidy({text:?})");
    }
}

#[test]
fn tidy_keeps_prose_and_tidy_text_as_it_is() {
    for text in [
        "≥95%",
        "稳步提升",
        "保障 农业 稳步发展",
        "1.若为定性指标，则根据“三档”原则",
        "B/A 或 A/B",
        "",
        "目标 1：对符合条件的人员",
        "主要目标是：1. 完成招聘",
    ] {
        assert_eq!(tidy(text), text);
    }
}

#[test]
fn a_sign_written_in_two_characters_reaches_as_far_as_the_one_it_becomes() {
    // `>＝` becomes `≥`: the space after the dash must be judged the same before and after.
    let once = tidy("0.>＝- 0");
    assert_eq!(tidy(&once), once);
    assert_eq!(tidy("5天 - 8天"), "5天-8天");
}
