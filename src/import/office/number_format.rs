//! A cell's number shown the way its number format shows it, as a copy out of Excel gives it.
//!
//! A spreadsheet stores `12` and a format `0.00`; a person sees, and a copy gives, `12.00`. The
//! importer reads what a person sees, so the value has to be rendered with its format. This
//! renders the formats offices use — `0`, `0.00`, `#,##0.00`, `0%`, `0.00%`, dates
//! (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `yyyy年m月`), `@`, literals in quotes or after `\`,
//! sections split by `;` — and falls back to General (the shortest decimal that reads back as
//! the same number, at most 15 significant digits, as Excel shows it) for what it does not know
//! (scientific, fractions).
//!
//! Money must be exact: the number goes from its `f64` to the shortest string that reads back
//! as the same `f64`, then to a [`Decimal`], and is rounded there (half away from zero, as
//! Excel rounds); no digit is ever computed in floating point.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// A parsed number format: its sections, the first for positive numbers (and all numbers when
/// it is the only one), the second for negative ones, the third for zero.
#[derive(Debug, Clone)]
pub(super) struct NumberFormat {
    sections: Vec<Section>,
}

#[derive(Debug, Clone)]
enum Section {
    General,
    Number(NumberSection),
    Date(Vec<DatePart>),
    /// `@` and formats of literal text only: the literal is shown, a number as General.
    Text(String),
}

#[derive(Debug, Clone, Default)]
struct NumberSection {
    prefix: String,
    suffix: String,
    /// `0` placeholders before the point: the minimum number of integer digits.
    integer_zeros: usize,
    /// `0` placeholders after the point: decimals always shown.
    decimal_zeros: u32,
    /// All placeholders after the point: decimals shown at most.
    decimals: u32,
    grouping: bool,
    /// Whether the format has a decimal point (`0.##` shows `2.` for 2, as Excel does).
    point: bool,
    percents: u32,
}

#[derive(Debug, Clone, PartialEq)]
enum DatePart {
    Literal(String),
    Year(usize),
    Month(usize),
    Day(usize),
    Weekday(usize),
    ChineseWeekday(usize),
    Hour(usize),
    Minute(usize),
    Second(usize),
    AmPm(AmPm),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum AmPm {
    English,
    Chinese,
}

/// One lexical piece of a format section.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Literal(String),
    /// A date or time letter and how many times it repeats.
    Letter(char, usize),
    Zero,
    Hash,
    Point,
    Comma,
    Percent,
    At,
    AmPm(AmPm),
    /// Something this renderer does not draw (`E+`, `/`): the section is shown as General.
    Unknown,
}

impl NumberFormat {
    /// The format of a format code; an empty or unknown code is General.
    pub fn parse(code: &str) -> NumberFormat {
        NumberFormat {
            sections: split_sections(code).iter().map(|s| section(s)).collect(),
        }
    }

    /// The format of a built-in format id that the file does not spell out: the ids a Chinese
    /// Excel or WPS shows in the Chinese way (14 `yyyy/m/d`, 31 `yyyy"年"m"月"d"日"`, …).
    pub fn builtin_chinese(id: u32) -> Option<NumberFormat> {
        let code = match id {
            14 => "yyyy/m/d",
            22 => "yyyy/m/d h:mm",
            27 | 36 | 50 | 52 | 57 => "yyyy\"年\"m\"月\"",
            28 | 29 | 51 | 53 | 54 | 58 => "m\"月\"d\"日\"",
            30 => "m-d-yy",
            31 => "yyyy\"年\"m\"月\"d\"日\"",
            32 => "h\"时\"mm\"分\"",
            33 => "h\"时\"mm\"分\"ss\"秒\"",
            34 | 55 => "上午/下午h\"时\"mm\"分\"",
            35 | 56 => "上午/下午h\"时\"mm\"分\"ss\"秒\"",
            _ => return None,
        };
        Some(NumberFormat::parse(code))
    }

    /// `value` as this format shows it; `date1904` for workbooks that count days from 1904.
    pub fn render(&self, value: f64, date1904: bool) -> String {
        let (section, value, signed) = self.section_for(value);
        match section {
            Some(Section::Number(number)) => {
                render_number(number, value, signed).unwrap_or_else(|| general(value))
            }
            Some(Section::Date(parts)) => {
                render_date(parts, value, date1904).unwrap_or_else(|| general(value))
            }
            Some(Section::Text(literal)) if !literal.is_empty() => literal.clone(),
            _ => general(value),
        }
    }

    /// The section for `value`, the value it shows and whether it shows the minus sign itself.
    fn section_for(&self, value: f64) -> (Option<&Section>, f64, bool) {
        let numeric = |s: &&Section| !matches!(s, Section::Text(l) if l.is_empty());
        let sections: Vec<&Section> = self.sections.iter().filter(numeric).collect();
        match (sections.len(), value) {
            (n, v) if n >= 2 && v < 0.0 => (sections.get(1).copied(), -v, false),
            (n, v) if n >= 3 && v == 0.0 => (sections.get(2).copied(), v, false),
            _ => (sections.first().copied(), value, true),
        }
    }
}

/// General: the shortest decimal that reads back as `value`, at most 15 significant digits.
pub(super) fn general(value: f64) -> String {
    match shortest_decimal(value) {
        Some(d) => d
            .round_sf_with_strategy(15, RoundingStrategy::MidpointAwayFromZero)
            .unwrap_or(d)
            .normalize()
            .to_string(),
        None => format!("{value}"),
    }
}

/// The exact decimal of the shortest string that reads back as `value`; `None` when it does
/// not fit a [`Decimal`] (beyond 28 digits) or is not finite.
fn shortest_decimal(value: f64) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    Decimal::from_str(&format!("{value}")).ok()
}

fn split_sections(code: &str) -> Vec<String> {
    let mut sections = vec![String::new()];
    let mut chars = code.chars();
    let mut in_quote = false;
    while let Some(c) = chars.next() {
        let current = sections.last_mut();
        let Some(current) = current else { break };
        match c {
            '"' => {
                in_quote = !in_quote;
                current.push(c);
            }
            '\\' if !in_quote => {
                current.push(c);
                if let Some(next) = chars.next() {
                    current.push(next);
                }
            }
            ';' if !in_quote => sections.push(String::new()),
            _ => current.push(c),
        }
    }
    sections
}

fn tokens(section: &str) -> Vec<Token> {
    let chars: Vec<char> = section.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let literal = |out: &mut Vec<Token>, s: String| match out.last_mut() {
        Some(Token::Literal(prev)) => prev.push_str(&s),
        _ => out.push(Token::Literal(s)),
    };
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '"' => {
                let mut s = String::new();
                while let Some(&q) = chars.get(i) {
                    i += 1;
                    if q == '"' {
                        break;
                    }
                    s.push(q);
                }
                literal(&mut out, s);
            }
            '\\' => {
                if let Some(&next) = chars.get(i) {
                    i += 1;
                    literal(&mut out, next.to_string());
                }
            }
            // `_x` leaves the width of x blank; `*x` fills the cell with x: neither is text.
            '_' | '*' => i += 1,
            '[' => {
                let mut s = String::new();
                while let Some(&q) = chars.get(i) {
                    i += 1;
                    if q == ']' {
                        break;
                    }
                    s.push(q);
                }
                // `[$¥-804]` shows its currency symbol; colours, locales and conditions show nothing.
                if let Some(currency) = s.strip_prefix('$') {
                    let symbol: String = currency.chars().take_while(|&c| c != '-').collect();
                    literal(&mut out, symbol);
                } else if !s.is_empty() && s.chars().all(|c| "hHmMsS".contains(c)) {
                    out.push(Token::Unknown);
                }
            }
            '0' => out.push(Token::Zero),
            '#' | '?' => out.push(Token::Hash),
            '.' => out.push(Token::Point),
            ',' => out.push(Token::Comma),
            '%' => out.push(Token::Percent),
            '@' => out.push(Token::At),
            'E' | 'e' if matches!(chars.get(i), Some('+' | '-')) => out.push(Token::Unknown),
            '/' if out.iter().any(|t| matches!(t, Token::Zero | Token::Hash)) => {
                out.push(Token::Unknown)
            }
            'A' | 'a' if upper_starts(&chars, i - 1, "AM/PM") => {
                i += 4;
                out.push(Token::AmPm(AmPm::English));
            }
            'A' | 'a' if upper_starts(&chars, i - 1, "A/P") => {
                i += 2;
                out.push(Token::AmPm(AmPm::English));
            }
            '上' if chars.get(i..i + 4) == Some(&['午', '/', '下', '午']) => {
                i += 4;
                out.push(Token::AmPm(AmPm::Chinese));
            }
            'y' | 'Y' | 'm' | 'M' | 'd' | 'D' | 'h' | 'H' | 's' | 'S' | 'e' | 'a' => {
                let letter = c.to_ascii_lowercase();
                let mut n = 1;
                while chars
                    .get(i)
                    .is_some_and(|&n| n.to_ascii_lowercase() == letter)
                {
                    i += 1;
                    n += 1;
                }
                out.push(Token::Letter(letter, n));
            }
            _ => literal(&mut out, c.to_string()),
        }
    }
    out
}

fn upper_starts(chars: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    chars
        .get(at..at + n)
        .is_some_and(|s| s.iter().map(|c| c.to_ascii_uppercase()).eq(word.chars()))
}

fn section(text: &str) -> Section {
    if text.trim().eq_ignore_ascii_case("general") || text.trim().is_empty() {
        return Section::General;
    }
    let tokens = tokens(text);
    if tokens.contains(&Token::Unknown) {
        return Section::General;
    }
    if tokens
        .iter()
        .any(|t| matches!(t, Token::Letter(..) | Token::AmPm(_)))
    {
        return Section::Date(date_parts(&tokens));
    }
    if tokens
        .iter()
        .any(|t| matches!(t, Token::Zero | Token::Hash))
    {
        return Section::Number(number_section(&tokens));
    }
    let literal = tokens
        .iter()
        .filter_map(|t| match t {
            Token::Literal(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    if tokens.contains(&Token::At) || tokens.contains(&Token::Percent) {
        return Section::Text(String::new());
    }
    Section::Text(literal)
}

fn number_section(tokens: &[Token]) -> NumberSection {
    let mut n = NumberSection::default();
    let first_digit = tokens
        .iter()
        .position(|t| matches!(t, Token::Zero | Token::Hash));
    let last_digit = tokens
        .iter()
        .rposition(|t| matches!(t, Token::Zero | Token::Hash));
    let (Some(first), Some(last)) = (first_digit, last_digit) else {
        return n;
    };
    let mut after_point = false;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Literal(s) if i < first => n.prefix.push_str(s),
            Token::Literal(s) => n.suffix.push_str(s),
            Token::Percent => {
                n.percents += 1;
                if i < first {
                    n.prefix.push('%');
                } else {
                    n.suffix.push('%');
                }
            }
            Token::Point if !after_point => {
                after_point = true;
                n.point = true;
            }
            Token::Comma if i > first && i < last && !after_point => n.grouping = true,
            Token::Zero if after_point => {
                n.decimal_zeros = n.decimals + 1;
                n.decimals += 1;
            }
            Token::Hash if after_point => n.decimals += 1,
            Token::Zero => n.integer_zeros += 1,
            _ => {}
        }
    }
    n
}

fn render_number(n: &NumberSection, value: f64, signed: bool) -> Option<String> {
    let mut d = shortest_decimal(value)?;
    for _ in 0..n.percents {
        d = d.checked_mul(Decimal::ONE_HUNDRED)?;
    }
    let rounded = d.round_dp_with_strategy(n.decimals, RoundingStrategy::MidpointAwayFromZero);
    let negative = signed && rounded.is_sign_negative() && !rounded.is_zero();
    let digits = rounded.abs().to_string();
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut frac: String = frac_part.to_string();
    while frac.len() < n.decimals as usize {
        frac.push('0');
    }
    while frac.len() > n.decimal_zeros as usize && frac.ends_with('0') {
        frac.pop();
    }
    let int_part = int_part.trim_start_matches('0');
    let mut int_digits = "0".repeat(n.integer_zeros.saturating_sub(int_part.len()));
    int_digits.push_str(int_part);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&n.prefix);
    if n.grouping {
        let len = int_digits.len();
        for (i, c) in int_digits.chars().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
    } else {
        out.push_str(&int_digits);
    }
    if n.point {
        out.push('.');
        out.push_str(&frac);
    }
    out.push_str(&n.suffix);
    Some(out)
}

fn date_parts(tokens: &[Token]) -> Vec<DatePart> {
    let letters: Vec<(usize, char)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Token::Letter(c, _) => Some((i, *c)),
            _ => None,
        })
        .collect();
    // `m` is minutes right after an hour or right before seconds, months elsewhere.
    let is_minute = |at: usize| {
        let k = letters.iter().position(|&(i, _)| i == at);
        k.is_some_and(|k| {
            let before = k.checked_sub(1).and_then(|k| letters.get(k)).map(|l| l.1);
            let after = letters.get(k + 1).map(|l| l.1);
            before == Some('h') || after == Some('s')
        })
    };
    let mut parts = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let part = match token {
            Token::Literal(s) => DatePart::Literal(s.clone()),
            Token::Letter('y' | 'e', n) => DatePart::Year(*n),
            Token::Letter('m', n) if is_minute(i) => DatePart::Minute(*n),
            Token::Letter('m', n) => DatePart::Month(*n),
            Token::Letter('d', n) if *n >= 3 => DatePart::Weekday(*n),
            Token::Letter('d', n) => DatePart::Day(*n),
            Token::Letter('a', n) => DatePart::ChineseWeekday(*n),
            Token::Letter('h', n) => DatePart::Hour(*n),
            Token::Letter('s', n) => DatePart::Second(*n),
            Token::AmPm(kind) => DatePart::AmPm(*kind),
            Token::Zero => DatePart::Literal("0".into()),
            Token::Point => DatePart::Literal(".".into()),
            Token::Comma => DatePart::Literal(",".into()),
            _ => continue,
        };
        parts.push(part);
    }
    parts
}

/// The date and time of a serial day number (Excel counts 1900-01-01 as day 1 and keeps its
/// phantom 1900-02-29 as day 60; 1904 workbooks count 1904-01-01 as day 0).
pub(super) fn serial_to_datetime(serial: f64, date1904: bool) -> Option<NaiveDateTime> {
    if !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let mut seconds = (serial * 86_400.0).round() as u64;
    let mut days = seconds / 86_400;
    seconds %= 86_400;
    let base = if date1904 {
        NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else if days < 61 {
        days = days.saturating_sub(1).min(58);
        NaiveDate::from_ymd_opt(1900, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    let date = base.checked_add_days(Days::new(days))?;
    let time = NaiveTime::from_num_seconds_from_midnight_opt(u32::try_from(seconds).ok()?, 0)?;
    Some(date.and_time(time))
}

fn render_date(parts: &[DatePart], value: f64, date1904: bool) -> Option<String> {
    let at = serial_to_datetime(value, date1904)?;
    let twelve = parts.iter().any(|p| matches!(p, DatePart::AmPm(_)));
    let pad = |n: u32, width: usize| {
        if width >= 2 {
            format!("{n:02}")
        } else {
            n.to_string()
        }
    };
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const CHINESE_WEEKDAYS: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
    let mut out = String::new();
    for part in parts {
        match part {
            DatePart::Literal(s) => out.push_str(s),
            DatePart::Year(n) if *n <= 2 => out.push_str(&format!("{:02}", at.year() % 100)),
            DatePart::Year(_) => out.push_str(&at.year().to_string()),
            DatePart::Month(n) if *n <= 2 => out.push_str(&pad(at.month(), *n)),
            DatePart::Month(n) => {
                let name = MONTHS.get(at.month0() as usize)?;
                out.push_str(if *n == 3 { name.get(..3)? } else { name });
            }
            DatePart::Day(n) => out.push_str(&pad(at.day(), *n)),
            DatePart::Weekday(n) => {
                let name = WEEKDAYS.get(at.weekday().num_days_from_monday() as usize)?;
                out.push_str(if *n == 3 { name.get(..3)? } else { name });
            }
            DatePart::ChineseWeekday(n) => {
                if *n >= 4 {
                    out.push_str("星期");
                }
                out.push_str(CHINESE_WEEKDAYS.get(at.weekday().num_days_from_monday() as usize)?);
            }
            DatePart::Hour(n) => {
                let hour = if twelve {
                    (at.hour() + 11) % 12 + 1
                } else {
                    at.hour()
                };
                out.push_str(&pad(hour, *n));
            }
            DatePart::Minute(n) => out.push_str(&pad(at.minute(), *n)),
            DatePart::Second(n) => out.push_str(&pad(at.second(), *n)),
            DatePart::AmPm(AmPm::English) => out.push_str(if at.hour() < 12 { "AM" } else { "PM" }),
            DatePart::AmPm(AmPm::Chinese) => {
                out.push_str(if at.hour() < 12 { "上午" } else { "下午" })
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(value: f64, code: &str) -> String {
        NumberFormat::parse(code).render(value, false)
    }

    #[test]
    fn a_cell_formatted_two_decimals_reads_with_two_decimals() {
        assert_eq!(show(12.0, "0.00"), "12.00");
        assert_eq!(show(0.7932, "0.00"), "0.79");
        assert_eq!(show(2.5, "0"), "3");
        assert_eq!(show(-2.5, "0"), "-3");
        assert_eq!(
            show(0.125, "0.0"),
            "0.1",
            "0.125 is 0.125 exactly: rounds half away"
        );
    }

    #[test]
    fn money_is_rounded_in_decimal_not_in_floating_point() {
        // 1.005 is stored as 1.00499999999999989…; its shortest form is 1.005, which Excel
        // shows as 1.01.
        assert_eq!(show(1.005, "0.00"), "1.01");
        assert_eq!(show(0.1 + 0.2, "0.00"), "0.30");
        assert_eq!(show(9_999_999_999.995, "#,##0.00"), "10,000,000,000.00");
    }

    #[test]
    fn thousands_separators_group_the_integer_digits() {
        assert_eq!(show(1234.0, "#,##0.00"), "1,234.00");
        assert_eq!(show(1_234_567.891, "#,##0"), "1,234,568");
        assert_eq!(show(12.0, "#,##0"), "12");
        assert_eq!(show(0.0, "#,##0.00"), "0.00");
    }

    #[test]
    fn percents_multiply_by_a_hundred() {
        assert_eq!(show(1.0, "0.00%"), "100.00%");
        assert_eq!(show(1.0, "0%"), "100%");
        assert_eq!(show(0.955, "0%"), "96%");
        assert_eq!(show(0.0123, "0.0%"), "1.2%");
    }

    #[test]
    fn general_is_the_shortest_decimal_that_round_trips() {
        assert_eq!(show(400.0, "General"), "400");
        assert_eq!(show(0.95, "General"), "0.95");
        assert_eq!(show(0.95 + 1e-16, "General"), "0.95");
        assert_eq!(show(0.1 + 0.2, "General"), "0.3", "15 significant digits");
        assert_eq!(show(-7932.5, ""), "-7932.5");
        assert_eq!(general(1e30), "1000000000000000000000000000000");
    }

    #[test]
    fn sections_pick_the_negative_and_zero_formats() {
        assert_eq!(show(-5.0, "0.00;(0.00)"), "(5.00)");
        assert_eq!(show(5.0, "0.00;(0.00)"), "5.00");
        assert_eq!(show(0.0, "0.00;-0.00;\"-\""), "-");
        assert_eq!(show(-1234.5, "#,##0.00;[Red]-#,##0.00"), "-1,234.50");
    }

    #[test]
    fn literals_and_currency_symbols_are_shown() {
        assert_eq!(show(8.0, "0\"万元\""), "8万元");
        assert_eq!(show(1234.5, "[$¥-804]#,##0.00"), "¥1,234.50");
        assert_eq!(show(3.0, "0\\%"), "3%");
        assert_eq!(show(3.0, "_(0_)"), "3");
        assert_eq!(show(5.0, "@"), "5");
    }

    #[test]
    fn hashes_drop_trailing_zeros() {
        assert_eq!(show(1.5, "0.##"), "1.5");
        assert_eq!(show(2.0, "0.##"), "2.");
        assert_eq!(show(0.5, "#.##"), ".5");
    }

    #[test]
    fn a_date_cell_reads_as_the_date_in_its_format() {
        // 44561 is 2021-12-31.
        assert_eq!(show(44561.0, "yyyy-mm-dd"), "2021-12-31");
        assert_eq!(show(44561.0, "yyyy\"年\"m\"月\"d\"日\""), "2021年12月31日");
        assert_eq!(show(44561.0, "yyyy年m月"), "2021年12月");
        assert_eq!(show(44561.5, "yyyy/m/d h:mm"), "2021/12/31 12:00");
        assert_eq!(show(44561.75, "h:mm AM/PM"), "6:00 PM");
        assert_eq!(show(44561.0, "aaaa"), "星期五");
        assert_eq!(show(1.0, "yyyy-mm-dd"), "1900-01-01");
        assert_eq!(show(61.0, "yyyy-mm-dd"), "1900-03-01");
        assert_eq!(
            NumberFormat::parse("0").render(0.0, true),
            "0",
            "the 1904 flag only moves dates"
        );
        assert_eq!(
            NumberFormat::parse("yyyy-mm-dd").render(0.0, true),
            "1904-01-01"
        );
    }

    #[test]
    fn chinese_builtin_date_ids_read_the_chinese_way() {
        let long = NumberFormat::builtin_chinese(31).unwrap();
        assert_eq!(long.render(46022.0, false), "2025年12月31日");
        let short = NumberFormat::builtin_chinese(14).unwrap();
        assert_eq!(short.render(46022.0, false), "2025/12/31");
        assert!(NumberFormat::builtin_chinese(2).is_none());
    }

    #[test]
    fn formats_it_does_not_draw_fall_back_to_general() {
        assert_eq!(show(12345.0, "0.00E+00"), "12345");
        assert_eq!(show(0.5, "# ?/?"), "0.5");
        assert_eq!(show(-1.0, "yyyy-mm-dd"), "-1");
        assert_eq!(show(f64::NAN, "0.00"), "NaN");
    }
}
