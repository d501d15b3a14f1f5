//! Years written in free text — titles, goals, values, the basis of a value — told apart by what
//! they are to their text, so a table can be rolled forward to the next budget year without
//! touching the years it only mentions: a date or deadline (`2026年12月底`, `2026 年度`,
//! `2026年工作计划`), one end of a span of several years (`2020—2025年`, `2024年度-2025年度`),
//! or a base year something is compared with (`较2025年增长`, `与2024年相比`).
//!
//! Dates are read with the value grammar's own date reader, on the folded text (spaces and
//! full-width digits as any value), and every mention hands back where its four digits are in
//! the original text, so a caller rewrites the digits and nothing else.

use super::DateValue;
use super::cursor::Cursor;
use super::date::{YEARS, date};
use super::text::{Folded, starts_with};
use std::ops::Range;

/// What a year is to the text it is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRole {
    /// A date or deadline of its own (`2026年12月底`, `2026年度`, `2026年工作计划`), including
    /// both ends of a span inside one year (`2026年1月-2026年12月`).
    Date,
    /// One end of a span over several years (`2020—2025年`, `2024年-2025年`).
    Span,
    /// The year something is compared with (`较2025年增长`, `与2024年相比`, `2025年基础上`).
    Base,
}

/// A year found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearMention {
    /// The year.
    pub year: i32,
    /// The byte range of its digits in the original text.
    pub digits: Range<usize>,
    /// The date as the grammar reads it; `None` for a bare year starting a span (`2020—`).
    pub date: Option<DateValue>,
    /// What the year is to its text.
    pub role: YearRole,
}

/// What joins the two ends of a span (after folding, which makes every dash `-`).
const SPAN_JOINS: &[&str] = &["-", "~", "至", "到"];

/// Words just before a year that make it the base of a comparison.
const BASE_BEFORE: &[&str] = &["较", "比", "与", "相较于", "相对于", "同"];

/// Words just after a year (and its date words) that make it the base of a comparison.
const BASE_AFTER: &[&str] = &["相比", "比较", "同期", "基础上", "水平", "基数", "为基"];

/// A year read at one place of the folded text.
struct Found {
    start: usize,
    end: usize,
    year: i32,
    date: Option<DateValue>,
}

/// Every year written in `text` that the grammar reads as a year (four digits from 1900 to
/// 2100 before `年` or in a numeric date, or starting a span `2020—2025年`), in order.
pub fn find_years(text: &str) -> Vec<YearMention> {
    if !text.bytes().any(|b| b.is_ascii_digit()) && !text.contains(['０', '１', '２']) {
        return Vec::new();
    }
    let folded = Folded::new(text);
    let all = folded.as_str();
    let found = read_years(all);
    let mut roles: Vec<YearRole> = found.iter().map(|f| base_or_date(all, f)).collect();
    for (i, pair) in found.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        let between = all.get(a.end..b.start).unwrap_or_default();
        if SPAN_JOINS.contains(&between) && a.year != b.year {
            roles[i] = YearRole::Span;
            roles[i + 1] = YearRole::Span;
        }
    }
    found
        .into_iter()
        .zip(roles)
        .filter_map(|(f, role)| {
            Some(YearMention {
                year: f.year,
                digits: folded.original_range(f.start, f.start + 4)?,
                date: f.date,
                role,
            })
        })
        .collect()
}

/// The years of the folded text `all`: every run of exactly four digits, not part of a longer
/// figure, in [`YEARS`], that is a date or starts a span.
fn read_years(all: &str) -> Vec<Found> {
    let bytes = all.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if !b.is_ascii_digit() {
            at += 1;
            continue;
        }
        let run = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        // `1.2026年` or `3,2026` are figures, not years.
        let in_figure = at
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .is_some_and(|b| matches!(b, b'.' | b','));
        let year = all
            .get(at..at + run)
            .and_then(|d| d.parse::<i32>().ok())
            .filter(|y| run == 4 && !in_figure && YEARS.contains(y));
        if let Some(year) = year {
            let mut cur = Cursor::new(all, at);
            match date(&mut cur) {
                Some(d) if d.year == year => found.push(Found {
                    start: at,
                    end: cur.pos,
                    year,
                    date: Some(d),
                }),
                _ if starts_span(all, at + run) => found.push(Found {
                    start: at,
                    end: at + run,
                    year,
                    date: None,
                }),
                _ => {}
            }
        }
        at += run;
    }
    found
}

/// Whether a join and another four-digit year follow at `at` (`-2025年`).
fn starts_span(all: &str, at: usize) -> bool {
    let rest = all.get(at..).unwrap_or_default();
    SPAN_JOINS.iter().any(|join| {
        starts_with(rest, join)
            && rest
                .get(join.len()..)
                .is_some_and(|after| after.bytes().take_while(u8::is_ascii_digit).count() == 4)
    })
}

/// A base year by the words around it, else a date.
fn base_or_date(all: &str, f: &Found) -> YearRole {
    let before = all.get(..f.start).unwrap_or_default();
    let after = all.get(f.end..).unwrap_or_default();
    let base = BASE_BEFORE.iter().any(|w| before.ends_with(w))
        || BASE_AFTER.iter().any(|w| starts_with(after, w));
    if base { YearRole::Base } else { YearRole::Date }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(i32, YearRole)> {
        find_years(text).iter().map(|m| (m.year, m.role)).collect()
    }

    #[test]
    fn dates_spans_and_base_years_are_told_apart() {
        assert_eq!(roles("2026 年 12 月底"), [(2026, YearRole::Date)]);
        assert_eq!(
            roles("2020—2025年规划"),
            [(2020, YearRole::Span), (2025, YearRole::Span)]
        );
        assert_eq!(
            roles("2026年1月-2026年12月"),
            [(2026, YearRole::Date), (2026, YearRole::Date)]
        );
        assert_eq!(roles("较2025年增长10%"), [(2025, YearRole::Base)]);
        assert_eq!(roles("与2024年相比减少5.89万元"), [(2024, YearRole::Base)]);
        assert_eq!(roles("2019年出台"), [(2019, YearRole::Date)]);
        assert!(roles("项目编码51092324T000010263357，2026万元，冀人社〔2026〕3号").is_empty());
    }

    #[test]
    fn the_digits_are_found_in_the_original_text() {
        let text = "完成 ２０２６ 年度任务";
        let found = find_years(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].digits.clone()], "２０２６");
    }
}
