//! The standard writing of a value, used by quick fixes: no spaces inside numbers and dates or
//! between a sign and its number, canonical signs and ASCII digits. Spaces between words of
//! prose stay where they are; only spaces that sit inside a value go.

use std::borrow::Cow;

use super::lexicon::{APPROX_AFTER, APPROX_BEFORE, COMPARISON_AFTER, COMPARISON_BEFORE};
use super::text::{ends_with, fold_sign_or_digit, join_with_equals, next_special, starts_with};

/// The value written the standard way (`2026 年 12 月` → `2026年12月`, `≥ 95%` → `≥95%`,
/// `＞90％` → `>90%`, `>=` → `≥`). Returns the text unchanged when nothing needs tidying, and
/// tidying twice changes nothing more.
pub fn tidy(text: &str) -> String {
    if is_tidy(text) {
        return text.to_string();
    }
    let kept = drop_inner_spaces(text);
    canonical_signs(&kept)
}

/// Whether `text` is written the standard way already: no space to judge, no sign or digit to
/// fold, no full-width point, no `>=`. Most values are (`≥95%`, `稳步提升`).
fn is_tidy(text: &str) -> bool {
    let mut at = 0;
    while let Some((found, ch)) = next_special(text, at, |b| matches!(b, b' ' | b'=')) {
        let joins_sign = ch == '='
            && found
                .checked_sub(1)
                .and_then(|before| text.as_bytes().get(before))
                .is_some_and(|b| matches!(b, b'<' | b'>'));
        if is_space(ch) || ch == '．' || fold_sign_or_digit(ch) != ch || joins_sign {
            return false;
        }
        at = found + ch.len_utf8();
    }
    true
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

fn drop_inner_spaces(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    // Where the text not yet copied to `out` starts, once a space has been dropped.
    let mut copied = None;
    let mut at = 0;
    while let Some((found, ch)) = next_special(text, at, |b| b == b' ') {
        at = found + ch.len_utf8();
        if !is_space(ch) {
            continue;
        }
        let rest = text.get(found..).unwrap_or_default();
        let run_end = rest
            .find(|c| !is_space(c))
            .map_or(text.len(), |i| found + i);
        if run_end < text.len() && found > 0 && joins(text, found, run_end) {
            out.push_str(text.get(copied.unwrap_or(0)..found).unwrap_or_default());
            copied = Some(run_end);
        }
        at = run_end;
    }
    match copied {
        None => Cow::Borrowed(text),
        Some(copied) => {
            out.push_str(text.get(copied..).unwrap_or_default());
            Cow::Owned(out)
        }
    }
}

/// Whether the spaces in bytes `space_start..space_end` sit inside a value.
fn joins(text: &str, space_start: usize, space_end: usize) -> bool {
    let before = text.get(..space_start).unwrap_or_default();
    let after = text.get(space_end..).unwrap_or_default();
    let mut back = before.chars().rev();
    let mut ahead = after.chars();
    let (Some(a), Some(b)) = (back.next(), ahead.next()) else {
        return false;
    };
    let (ca, cb) = (class(a), class(b));
    let next_after_b = ahead.find(|c| !is_space(*c));
    let before_a = back.find(|c| !is_space(*c));
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
            let after_signs = after
                .chars()
                .find(|c| !is_space(*c) && class(*c) != Class::Sign);
            after_signs.is_some_and(|c| class(c) == Class::Digit)
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
            starts_with_any(after, value_words_after()) && (ca != Class::Word || digit_before_a)
        }
        _ => false,
    }
}

/// Whether the text before ends with a date part (`2024 年`, `12 月 底`), spaces aside.
fn ends_date(before: &str) -> bool {
    let mut rest = before.chars().rev().filter(|c| !is_space(*c)).peekable();
    rest.next_if(|c| matches!(c, '底' | '末'));
    rest.next().is_some_and(|c| matches!(c, '年' | '月' | '日'))
        && rest.next().is_some_and(|c| class(c) == Class::Digit)
}

/// Whether the text before ends with a number, maybe followed by a short unit (`5天 - 8天`).
/// The reach is four characters as tidied, so `>=` and `>＝` count as the one `≥` they become
/// (counting them as two made a second tidy drop a space the first kept).
fn ends_number(before: &str) -> bool {
    let mut chars = before
        .chars()
        .rev()
        .filter(|c| !is_space(*c))
        .map(fold_sign_or_digit)
        .peekable();
    for _ in 0..4 {
        let Some(c) = chars.next() else {
            return false;
        };
        if class(c) == Class::Digit {
            return true;
        }
        if c == '=' {
            chars.next_if(|p| matches!(p, '<' | '>'));
        }
    }
    false
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

fn ends_with_any(text: &str, mut words: impl Iterator<Item = &'static str>) -> bool {
    words.any(|word| ends_with(text, word))
}

fn starts_with_any(text: &str, mut words: impl Iterator<Item = &'static str>) -> bool {
    words.any(|word| starts_with(text, word))
}

/// Canonical signs and ASCII digits; `>=` and `<=` become `≥` and `≤`; a full-width point between
/// digits becomes `.`.
fn canonical_signs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the text not yet copied to `out` starts.
    let mut copied = 0;
    let mut at = 0;
    while let Some((found, raw)) = next_special(text, at, |b| b == b'=') {
        at = found + raw.len_utf8();
        let mut ch = fold_sign_or_digit(raw);
        if ch == '．' {
            let digit = |c: Option<char>| c.is_some_and(|c| class(c) == Class::Digit);
            let before = text.get(..found).and_then(|t| t.chars().next_back());
            let after = text.get(at..).and_then(|t| t.chars().next());
            if digit(before) && digit(after) {
                ch = '.';
            }
        }
        let pending = text.get(copied..found).unwrap_or_default();
        let joined = (ch == '=')
            .then(|| pending.chars().next_back().or(out.chars().next_back()))
            .flatten()
            .and_then(join_with_equals);
        if ch == raw && joined.is_none() {
            continue;
        }
        out.push_str(pending);
        copied = at;
        if let Some(joined) = joined {
            out.pop();
            out.push(joined);
        } else {
            out.push(ch);
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out
}
