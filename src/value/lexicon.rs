//! The words of the value grammar: comparison and approximation words, scales, time units and
//! date qualifiers. Kept apart from the reader so the vocabulary can grow without touching it.

use super::{Comparison, DateQualifier, TimeUnit};
use rust_decimal::Decimal;

/// Comparison words written before a number (`不低于95%`). Longer words come first so that
/// `不低于` is never read as `低于`.
pub(super) const COMPARISON_BEFORE: &[(&str, Comparison)] = &[
    ("大于等于", Comparison::AtLeast),
    ("小于等于", Comparison::AtMost),
    ("不低于", Comparison::AtLeast),
    ("不少于", Comparison::AtLeast),
    ("不小于", Comparison::AtLeast),
    ("不高于", Comparison::AtMost),
    ("不超过", Comparison::AtMost),
    ("不多于", Comparison::AtMost),
    ("不大于", Comparison::AtMost),
    ("至少", Comparison::AtLeast),
    ("最少", Comparison::AtLeast),
    ("达到", Comparison::AtLeast),
    ("至多", Comparison::AtMost),
    ("最多", Comparison::AtMost),
    ("控制在", Comparison::AtMost),
    ("超过", Comparison::Above),
    ("高于", Comparison::Above),
    ("大于", Comparison::Above),
    ("多于", Comparison::Above),
    ("低于", Comparison::Below),
    ("少于", Comparison::Below),
    ("小于", Comparison::Below),
    ("等于", Comparison::Equal),
];

/// Comparison words written after a value (`20 次以上`, `24小时内`).
pub(super) const COMPARISON_AFTER: &[(&str, Comparison)] = &[
    ("及以上", Comparison::AtLeast),
    ("或以上", Comparison::AtLeast),
    ("以上", Comparison::AtLeast),
    ("及以下", Comparison::AtMost),
    ("或以下", Comparison::AtMost),
    ("以下", Comparison::AtMost),
    ("以内", Comparison::AtMost),
    ("之内", Comparison::AtMost),
    ("内", Comparison::AtMost),
];

/// Approximation words written before a number (`平均约3000元/人`).
pub(super) const APPROX_BEFORE: &[&str] = &[
    "平均约",
    "大约",
    "约为",
    "约合",
    "约",
    "平均",
    "大概",
    "预计",
    "预估",
    "接近",
    "近",
];

/// Averages written in front that name a per-unit (`人均3000元` is 3000 元 per 人).
pub(super) const AVERAGE_PER: &[(&str, &str)] = &[
    ("人均", "人"),
    ("户均", "户"),
    ("年均", "年"),
    ("月均", "月"),
    ("日均", "日"),
    ("亩均", "亩"),
];

/// Approximation words written after a value (`1900人左右`).
pub(super) const APPROX_AFTER: &[&str] = &["左右", "上下"];

/// Approximation marks between a number and its unit (`100余人`, `1万多人`).
pub(super) const APPROX_INNER: &[char] = &['余', '多'];

/// Words in a trailing note that make the value approximate (`8.8万人(预估)`).
pub(super) const APPROX_NOTE: &[&str] = &["预估", "预计", "估", "约", "左右"];

/// A unit written in brackets after the number (`≥90(%)`, `5(万元)`): a percent or money sign,
/// never a note like `(预估)`.
pub(super) fn is_bracketed_unit(text: &str) -> bool {
    const MAX_LEN: usize = 3;
    matches!(text, "%" | "‰") || (text.ends_with(YUAN) && text.chars().count() <= MAX_LEN)
}

/// Scales after a number (`1.5万`, `3.43亿`), longest first.
pub(super) fn scales() -> [(&'static str, Decimal); 6] {
    [
        ("万亿", Decimal::from(1_000_000_000_000_i64)),
        ("千万", Decimal::from(10_000_000)),
        ("百万", Decimal::from(1_000_000)),
        ("亿", Decimal::from(100_000_000)),
        ("万", Decimal::from(10_000)),
        ("千", Decimal::from(1_000)),
    ]
}

/// Units that start with `千` (`千克`, `千米`): there `千` is part of the unit, not a scale.
pub(super) const KILO_UNITS: &[char] = &['克', '米', '瓦', '卡', '帕', '伏', '焦', '赫', '字'];

/// Written units of time, matched against the whole unit.
pub(super) const TIME_UNITS: &[(&str, TimeUnit)] = &[
    ("年", TimeUnit::Year),
    ("个月", TimeUnit::Month),
    ("月", TimeUnit::Month),
    ("周", TimeUnit::Week),
    ("星期", TimeUnit::Week),
    ("个星期", TimeUnit::Week),
    ("天", TimeUnit::Day),
    ("日", TimeUnit::Day),
    ("工作日", TimeUnit::Day),
    ("个工作日", TimeUnit::Day),
    ("小时", TimeUnit::Hour),
    ("个小时", TimeUnit::Hour),
    ("分钟", TimeUnit::Minute),
];

/// The time unit a whole unit text names, if any.
pub(super) fn time_unit(unit: &str) -> Option<TimeUnit> {
    TIME_UNITS
        .iter()
        .find(|(word, _)| *word == unit)
        .map(|(_, unit)| *unit)
}

/// Qualifiers after a date (`2024年底前`, `2026年12月底`, `2024年全年`), longest first.
pub(super) const DATE_QUALIFIERS: &[(&str, DateQualifier)] = &[
    ("底之前", DateQualifier::Before),
    ("底以前", DateQualifier::Before),
    ("末之前", DateQualifier::Before),
    ("底前", DateQualifier::Before),
    ("末前", DateQualifier::Before),
    ("之前", DateQualifier::Before),
    ("以前", DateQualifier::Before),
    ("前", DateQualifier::Before),
    ("底", DateQualifier::End),
    ("末", DateQualifier::End),
    ("全年", DateQualifier::Whole),
    ("以内", DateQualifier::Whole),
    ("之内", DateQualifier::Whole),
    ("内", DateQualifier::Whole),
];

/// Words after a deadline that add nothing to it (`2026年12月底前完成`).
pub(super) const DATE_TRAILERS: &[&str] = &["完成", "结束"];

/// Money is written in 元 after the scale (`万元`, `亿元`).
pub(super) const YUAN: &str = "元";

/// Words before an amount in prose that make it a per-unit amount (`每人每月 2500 元`).
pub(super) const RATE_WORDS: &[&str] = &["每", "人均", "标准", "单价", "户均"];
