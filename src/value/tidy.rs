//! The standard writing of a value, used by quick fixes: no spaces inside numbers and dates or
//! between a sign and its number, canonical signs and ASCII digits. Spaces between words of
//! prose stay where they are; only spaces that sit inside a value go.

use super::lexicon::{APPROX_AFTER, APPROX_BEFORE, COMPARISON_AFTER, COMPARISON_BEFORE};
use super::text::{fold_sign_or_digit, join_with_equals};

/// The value written the standard way (`2026 年 12 月` → `2026年12月`, `≥ 95%` → `≥95%`,
/// `＞90％` → `>90%`, `>=` → `≥`). Returns the text unchanged when nothing needs tidying, and
/// tidying twice changes nothing more.
pub fn tidy(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let kept = drop_inner_spaces(&chars);
    canonical_signs(&kept)
}

/// Spaces a quick fix removes: `U+0020`, the ideographic space and the no-break space. Tabs and
/// line breaks separate cells and lines and are never touched.
fn is_space(ch: char) -> bool {
    matches!(ch, ' ' | '\u{3000}' | '\u{A0}')
}

/// How a character takes part in a value. Folding (`＞` → `>`) never changes the class, which is
/// what makes `tidy` idempotent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Digit,
    Dot,
    Sign,
    Percent,
    Slash,
    Dash,
    Word,
    Other,
}

fn class(ch: char) -> Class {
    match fold_sign_or_digit(ch) {
        '0'..='9' => Class::Digit,
        '.' | '．' => Class::Dot,
        '≥' | '≤' | '>' | '<' | '=' => Class::Sign,
        '%' | '‰' => Class::Percent,
        '/' | '／' => Class::Slash,
        '-' | '~' | '～' | '〜' | '—' | '－' => Class::Dash,
        c if c.is_alphabetic() => Class::Word,
        _ => Class::Other,
    }
}

fn drop_inner_spaces(chars: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len());
    let mut at = 0;
    while at < chars.len() {
        if !is_space(chars[at]) {
            out.push(chars[at]);
            at += 1;
            continue;
        }
        let run_end = chars[at..]
            .iter()
            .position(|c| !is_space(*c))
            .map_or(chars.len(), |i| at + i);
        let inside_value = run_end < chars.len() && at > 0 && joins(chars, at, run_end);
        if !inside_value {
            out.extend_from_slice(&chars[at..run_end]);
        }
        at = run_end;
    }
    out
}

/// Whether the spaces in `space_start..space_end` sit inside a value.
fn joins(chars: &[char], space_start: usize, space_end: usize) -> bool {
    let before = &chars[..space_start];
    let a = before[before.len() - 1];
    let b = chars[space_end];
    let (ca, cb) = (class(a), class(b));
    let next_after_b = chars[space_end + 1..]
        .iter()
        .find(|c| !is_space(**c))
        .copied();
    let before_a = before[..before.len() - 1]
        .iter()
        .rev()
        .find(|c| !is_space(**c))
        .copied();
    let digit_after_b = next_after_b.is_some_and(|c| class(c) == Class::Digit);
    let digit_before_a = before_a.is_some_and(|c| class(c) == Class::Digit);
    match (ca, cb) {
        // Inside a number, or a number and its unit: `1 000`, `95 %`, `1 次`, `8 万元`.
        (Class::Digit, Class::Digit | Class::Dot | Class::Percent | Class::Word) => true,
        // A decimal point, but not a list number: `1. 完成`.
        (Class::Dot, Class::Digit) => digit_before_a,
        (Class::Digit | Class::Percent | Class::Word, Class::Slash) => true,
        (Class::Slash, Class::Word) => true,
        // A sign and its number: `≥ 95%`; a subject and its sign: `补助金额 ≥400`.
        (Class::Sign, Class::Digit | Class::Dash) => true,
        (Class::Word, Class::Sign) => {
            // Look past the rest of the sign: `>=` may still become `≥`.
            let after_signs = chars[space_end..]
                .iter()
                .find(|c| !is_space(**c) && class(**c) != Class::Sign);
            after_signs.is_some_and(|c| class(*c) == Class::Digit)
        }
        // A range: `3 - 5`.
        (Class::Digit | Class::Percent | Class::Word, Class::Dash) => {
            digit_after_b && ends_number(before)
        }
        (Class::Dash, Class::Digit) => digit_before_a || ends_number(before),
        // Inside a date: `2026 年 12 月 31 日`, `2024 年 底`.
        (Class::Word, Class::Digit) if matches!(a, '年' | '月') && digit_before_a => true,
        (Class::Word, Class::Word) if ends_date(before) => {
            matches!(b, '底' | '末' | '前' | '全' | '内' | '度' | '以' | '之')
        }
        // Value words: `约 3000`, `不低于 95%`, `20 次 以上`.
        (Class::Word, Class::Digit) => ends_with_any(before, value_words_before()),
        (Class::Percent | Class::Word, Class::Word) => {
            starts_with_any(&chars[space_end..], value_words_after())
                && (ca != Class::Word || digit_before_a)
        }
        _ => false,
    }
}

/// Whether the text before ends with a date part (`2024 年`, `12 月 底`), spaces aside.
fn ends_date(before: &[char]) -> bool {
    let mut rest = before.iter().rev().filter(|c| !is_space(**c)).peekable();
    rest.next_if(|c| matches!(c, '底' | '末'));
    rest.next().is_some_and(|c| matches!(c, '年' | '月' | '日'))
        && rest.next().is_some_and(|c| class(*c) == Class::Digit)
}

/// Whether the text before ends with a number, maybe followed by a short unit (`5天 - 8天`).
fn ends_number(before: &[char]) -> bool {
    before
        .iter()
        .rev()
        .filter(|c| !is_space(**c))
        .take(4)
        .any(|c| class(*c) == Class::Digit)
}

fn value_words_before() -> impl Iterator<Item = &'static str> {
    COMPARISON_BEFORE
        .iter()
        .map(|(word, _)| *word)
        .chain(APPROX_BEFORE.iter().copied())
}

fn value_words_after() -> impl Iterator<Item = &'static str> {
    COMPARISON_AFTER
        .iter()
        .map(|(word, _)| *word)
        .filter(|word| word.chars().count() > 1)
        .chain(APPROX_AFTER.iter().copied())
}

fn ends_with_any(chars: &[char], mut words: impl Iterator<Item = &'static str>) -> bool {
    words.any(|word| {
        let len = word.chars().count();
        chars.len() >= len && chars[chars.len() - len..].iter().copied().eq(word.chars())
    })
}

fn starts_with_any(chars: &[char], mut words: impl Iterator<Item = &'static str>) -> bool {
    words.any(|word| {
        let len = word.chars().count();
        chars.len() >= len && chars[..len].iter().copied().eq(word.chars())
    })
}

/// Canonical signs and ASCII digits; `>=` and `<=` become `≥` and `≤`; a full-width point between
/// digits becomes `.`.
fn canonical_signs(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len() * 3);
    let mut last: Option<char> = None;
    for (i, &raw) in chars.iter().enumerate() {
        let mut ch = fold_sign_or_digit(raw);
        if ch == '．' {
            let digit_around = |c: Option<&char>| c.is_some_and(|c| class(*c) == Class::Digit);
            if digit_around(chars.get(i.wrapping_sub(1))) && digit_around(chars.get(i + 1)) {
                ch = '.';
            }
        }
        if ch == '='
            && let Some(joined) = last.and_then(join_with_equals)
        {
            out.pop();
            out.push(joined);
            last = Some(joined);
            continue;
        }
        out.push(ch);
        last = Some(ch);
    }
    out
}
