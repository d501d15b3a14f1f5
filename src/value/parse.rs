//! The reader from a value's text to a [`Value`]: an optional subject, comparison and
//! approximation words around one core — a date, a number with unit and per-units, or a range.
//! Anything left over makes the value [`ValueKind::Unparsed`]; the grammar never guesses at prose.

use super::cursor::Cursor;
use super::date::date;
use super::lexicon::{
    APPROX_AFTER, APPROX_BEFORE, APPROX_NOTE, COMPARISON_AFTER, COMPARISON_BEFORE,
    is_bracketed_unit,
};
use super::numerals::chinese_duration;
use super::prefix::read_prefix;
use super::quantity::{plain_quantity, quantity};
use super::text::{Folded, chars_back, has_digit, is_sign};
use super::{Comparison, Value, ValueKind};

/// Reads a target value. Never fails and never alters `text`: what the grammar cannot read is
/// [`ValueKind::Unparsed`], blank text is [`ValueKind::Empty`], words without a number are
/// [`ValueKind::Qualitative`].
///
/// A number with `万` or `亿` and no unit (`200 万`) is read as money (2,000,000 元): in these
/// tables a bare `万` after a number is a sum of money, while counts name their unit (`2 万人`).
/// Callers that know the indicator is not about money can read the amount from
/// [`Money::yuan`](super::Money::yuan) as a plain number.
pub fn parse(text: &str) -> Value {
    if text.chars().all(char::is_whitespace) {
        return bare(ValueKind::Empty);
    }
    let folded = Folded::new(text);
    read(text, &folded).unwrap_or_else(|| bare(ValueKind::Unparsed))
}

fn bare(kind: ValueKind) -> Value {
    Value {
        subject: String::new(),
        comparison: None,
        approximate: false,
        kind,
    }
}

/// Reads the whole value, or `None` when something is left that the grammar does not know.
fn read(text: &str, folded: &Folded) -> Option<Value> {
    let all = folded.as_str();
    if let Some(value) = plain(all) {
        return Some(value);
    }
    let (from, to) = trim_punctuation(all);
    let (to, note_approximate) = strip_note(all, from, to);
    if from >= to {
        return None;
    }
    let body = all.get(..to)?;
    let words = body.get(from..)?;
    if !has_digit(words) {
        return qualitative(words);
    }
    let start = from + core_start(words)?;
    let prefix = read_prefix(body.get(from..start)?)?;
    let mut subject_len = prefix.subject_len;
    let mut cur = Cursor::new(body, start);
    let mut comparison = sign(&mut cur).or(prefix.comparison);
    let mut approximate = prefix.approximate || note_approximate || approx_word(&mut cur);
    let kind = match date(&mut cur) {
        Some(date) => {
            // A date has no per-units: `每年12月底` keeps `每年` in its subject.
            subject_len += prefix.per_len;
            ValueKind::Date(date)
        }
        None => quantity(&mut cur, &mut approximate, &prefix.per)?,
    };
    while !cur.at_end() {
        if let Some(index) = cur.eat_any(COMPARISON_AFTER) {
            comparison = comparison.or(Some(COMPARISON_AFTER[index].1));
        } else if APPROX_AFTER.iter().any(|word| cur.eat(word)) {
            approximate = true;
        } else {
            break;
        }
    }
    if !cur.at_end() {
        return None;
    }
    let subject = folded.original(text, from, from + subject_len);
    Some(Value {
        subject: subject
            .trim()
            .trim_end_matches([':', '：'])
            .trim()
            .to_string(),
        comparison,
        approximate,
        kind,
    })
}

/// The commonest shape, a number with a plain unit after an optional sign (`≥95%`, `100%`,
/// `≥200人次`, `12个`), read without trying every other form first. Reads as [`read`] does.
fn plain(all: &str) -> Option<Value> {
    if all.ends_with(is_trim) {
        return None;
    }
    let mut cur = Cursor::new(all, 0);
    let comparison = sign(&mut cur);
    let kind = plain_quantity(&mut cur)?;
    Some(Value {
        comparison,
        ..bare(kind)
    })
}

/// Words without a number (`稳步提升`, `≤预算数`, `不低于上年`) or a length of time in Chinese
/// numerals (`一年`); only signs (`≥`) are a fragment.
fn qualitative(words: &str) -> Option<Value> {
    if words.chars().all(|c| is_sign(c) || c == '%') {
        return None;
    }
    let mut cur = Cursor::new(words, 0);
    let comparison = sign(&mut cur).or_else(|| {
        cur.eat_any(COMPARISON_BEFORE)
            .map(|index| COMPARISON_BEFORE[index].1)
    });
    if let Some((duration, after)) = chinese_duration(cur.rest()) {
        return Some(Value {
            comparison: comparison.or(after),
            ..bare(ValueKind::Duration(duration))
        });
    }
    Some(Value {
        comparison,
        ..bare(ValueKind::Qualitative)
    })
}

/// Where the core of the value (a sign or a number) starts: the first digit or sign, or a `-`
/// before a digit at the very start.
fn core_start(words: &str) -> Option<usize> {
    if words.starts_with('-') && words.as_bytes().get(1).is_some_and(u8::is_ascii_digit) {
        return Some(0);
    }
    words
        .char_indices()
        .find(|&(_, c)| c.is_ascii_digit() || is_sign(c))
        .map(|(at, _)| at)
}

/// Leading and trailing punctuation that carries nothing (`≥95%。`): the bytes `from..to` left.
fn trim_punctuation(text: &str) -> (usize, usize) {
    let from = text.len() - text.trim_start_matches(is_trim).len();
    let to = text.trim_end_matches(is_trim).len();
    (from, to.max(from))
}

/// Punctuation at either end of a value that carries nothing.
fn is_trim(c: char) -> bool {
    matches!(
        c,
        '。' | '.' | ',' | '，' | ';' | '；' | '、' | ':' | '"' | '“' | '”' | '\''
    )
}

/// A trailing note in brackets without numbers (`8.8万人(预估)`) is dropped; it makes the value
/// approximate when it says so.
fn strip_note(text: &str, from: usize, to: usize) -> (usize, bool) {
    const MAX_NOTE: usize = 12;
    let Some(body) = text.get(..to).filter(|body| body.ends_with(')')) else {
        return (to, false);
    };
    let window_start = chars_back(text, to, MAX_NOTE + 2).max(from);
    let Some(open) = body.get(window_start..).and_then(|w| w.rfind('(')) else {
        return (to, false);
    };
    let open = window_start + open;
    let note = body.get(open + 1..to - 1).unwrap_or_default();
    if open == from || has_digit(note) || is_bracketed_unit(note) {
        return (to, false);
    }
    (open, APPROX_NOTE.iter().any(|word| note.contains(word)))
}
/// A comparison sign at the cursor.
fn sign(cur: &mut Cursor) -> Option<Comparison> {
    let comparison = match cur.peek()? {
        '≥' => Comparison::AtLeast,
        '≤' => Comparison::AtMost,
        '>' => Comparison::Above,
        '<' => Comparison::Below,
        '=' => Comparison::Equal,
        _ => return None,
    };
    cur.bump();
    Some(comparison)
}

/// An approximation word right after the sign (`≥约5%`).
fn approx_word(cur: &mut Cursor) -> bool {
    APPROX_BEFORE.iter().any(|word| cur.eat(word))
}
