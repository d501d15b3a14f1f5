//! Properties of the value grammar on generated text: it never panics, answers the same every
//! time, tidies idempotently, tidying never changes what a value means, and long input costs
//! linear time.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::value::{find_money, parse, tidy};
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// Characters that make up real values, in every width and with damage.
const VALUE_CHARS: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "０",
    "３",
    ".",
    "．",
    ",",
    "，",
    "年",
    "月",
    "日",
    "底",
    "前",
    "全",
    "度",
    "内",
    "万",
    "亿",
    "千",
    "元",
    "%",
    "％",
    "≥",
    "≤",
    ">",
    "<",
    "=",
    "＞",
    "＜",
    "＝",
    "/",
    "／",
    "-",
    "～",
    "~",
    "至",
    "人",
    "次",
    "个",
    "小时",
    "天",
    "工作日",
    "约",
    "平均",
    "左右",
    "以上",
    "以下",
    "以内",
    "不低于",
    "超过",
    "余",
    "(",
    ")",
    "（预估）",
    " ",
    "  ",
    "\u{3000}",
    "？",
    "?",
    "率",
    "提升",
    "；",
    "。",
    "\t",
];

fn value_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VALUE_CHARS), 0..24).prop_map(|parts| parts.concat())
}

/// Well-formed values written with random spaces and full-width forms.
fn written_value() -> impl Strategy<Value = String> {
    let sign = prop::sample::select(vec![
        "",
        "≥",
        "≤",
        ">",
        "<",
        "＞",
        "＜",
        ">=",
        "<=",
        "不低于",
        "约",
    ]);
    let number = prop::sample::select(vec![
        "1",
        "95",
        "0.7932",
        "2024",
        "2026",
        "1.5",
        "１００",
        "30",
        "12",
    ]);
    let unit = prop::sample::select(vec![
        "%",
        "％",
        "万元",
        "元",
        "元/人/天",
        "万元/台",
        "人",
        "次/年",
        "年",
        "年底",
        "年12月底",
        "年 12 月 31 日前",
        "个月",
        "小时",
        "万立方米/日",
        "-5天",
        "万",
        "人左右",
        "次以上",
        "",
    ]);
    let space = prop::sample::select(vec!["", " ", "  ", "\u{3000}"]);
    (sign, space.clone(), number, space, unit)
        .prop_map(|(sign, s1, number, s2, unit)| format!("{sign}{s1}{number}{s2}{unit}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text);
        let _ = find_money(&text);
        let _ = tidy(&text);
    }

    #[test]
    fn parse_never_panics_on_value_like_text(text in value_like()) {
        let _ = parse(&text);
        let _ = find_money(&text);
    }

    #[test]
    fn parse_is_deterministic(text in value_like()) {
        prop_assert_eq!(parse(&text), parse(&text));
        prop_assert_eq!(find_money(&text), find_money(&text));
    }

    #[test]
    fn tidy_is_idempotent(text in prop_oneof![value_like(), any::<String>()]) {
        let once = tidy(&text);
        prop_assert_eq!(tidy(&once), once);
    }

    #[test]
    fn tidy_never_changes_what_a_value_means(text in prop_oneof![written_value(), value_like()]) {
        let before = parse(&text);
        let after = parse(&tidy(&text));
        prop_assert_eq!(&before.kind, &after.kind, "{:?} → {:?}", text, tidy(&text));
        prop_assert_eq!(before.comparison, after.comparison);
        prop_assert_eq!(before.approximate, after.approximate);
    }

    #[test]
    fn tidy_only_removes_spaces_and_folds_signs(text in value_like()) {
        prop_assert_eq!(without_spaces_folded(&tidy(&text)), without_spaces_folded(&text));
    }
}

/// The text without spaces and with signs folded, the way both sides should agree.
fn without_spaces_folded(text: &str) -> String {
    let folded: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{3000}' | '\u{A0}'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap(),
            '％' => '%',
            '＞' => '>',
            '＜' => '<',
            '＝' => '=',
            '．' => '.',
            c => c,
        })
        .collect();
    folded.replace(">=", "≥").replace("<=", "≤")
}

/// Runs `work` and fails when it takes longer than a linear reader ever needs.
fn bounded(name: &str, work: impl FnOnce()) {
    let start = Instant::now();
    work();
    let spent = start.elapsed();
    assert!(spent < Duration::from_secs(20), "{name} took {spent:?}");
}

#[test]
fn two_million_characters_are_read_in_linear_time() {
    const N: usize = 2_000_000;
    let inputs = [
        ("digits", "9".repeat(N)),
        ("thousands", format!("1{}", ",000".repeat(N / 4))),
        ("points", "1.".repeat(N / 2)),
        ("spaces", format!("≥{}95%", " ".repeat(N))),
        ("words", "提".repeat(N)),
        ("signs", "≥".repeat(N)),
        ("values", "≥95%，".repeat(N / 5)),
        ("money", "1万元/人/".repeat(N / 6)),
        ("dates", "2026年12月".repeat(N / 8)),
        ("spaced", "2 0 2 6 年 ".repeat(N / 10)),
        ("suffixes", format!("5{}", "以上".repeat(N / 2))),
        ("prefix", format!("{}5%", "平均约".repeat(N / 3))),
        ("notes", format!("5人{}", "(预估)".repeat(N / 4))),
    ];
    for (name, text) in &inputs {
        bounded(name, || {
            let _ = parse(text);
        });
        bounded(name, || {
            let _ = find_money(text);
        });
        bounded(name, || {
            let _ = tidy(text);
        });
    }
}
