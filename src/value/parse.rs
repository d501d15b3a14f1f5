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
use super::quantity::quantity;
use super::text::{Folded, is_sign};
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
    if text.trim().is_empty() {
        return bare(ValueKind::Empty);
    }
    let folded = Folded::new(text);
    let chars = folded.chars();
    read(text, &folded, &chars).unwrap_or_else(|| bare(ValueKind::Unparsed))
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
fn read(text: &str, folded: &Folded, chars: &[char]) -> Option<Value> {
    let (from, to) = trim_punctuation(chars);
    let (to, note_approximate) = strip_note(chars, from, to);
    let body = &chars[..to];
    if from >= to {
        return None;
    }
    if !body[from..].iter().any(char::is_ascii_digit) {
        return qualitative(&body[from..]);
    }
    let start = (from..to).find(|&i| starts_core(body, i, from))?;
    let prefix = read_prefix(&body[from..start])?;
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
    loop {
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

/// Words without a number (`稳步提升`, `≤预算数`, `不低于上年`) or a length of time in Chinese
/// numerals (`一年`); only signs (`≥`) are a fragment.
fn qualitative(words: &[char]) -> Option<Value> {
    if words.iter().all(|&c| is_sign(c) || c == '%') {
        return None;
    }
    let mut cur = Cursor::new(words, 0);
    let comparison = sign(&mut cur).or_else(|| {
        cur.eat_any(COMPARISON_BEFORE)
            .map(|index| COMPARISON_BEFORE[index].1)
    });
    if let Some((duration, after)) = chinese_duration(&words[cur.pos..]) {
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

/// Whether the core of the value (a sign or a number) starts at `at`.
fn starts_core(chars: &[char], at: usize, from: usize) -> bool {
    match chars.get(at) {
        Some(c) if c.is_ascii_digit() || is_sign(*c) => true,
        Some('-') => at == from && chars.get(at + 1).is_some_and(char::is_ascii_digit),
        _ => false,
    }
}

/// Leading and trailing punctuation that carries nothing (`≥95%。`).
fn trim_punctuation(chars: &[char]) -> (usize, usize) {
    let is_trim = |c: &char| {
        matches!(
            c,
            '。' | '.' | ',' | '，' | ';' | '；' | '、' | ':' | '"' | '“' | '”' | '\''
        )
    };
    let from = chars
        .iter()
        .position(|c| !is_trim(c))
        .unwrap_or(chars.len());
    let to = chars
        .iter()
        .rposition(|c| !is_trim(c))
        .map_or(from, |i| i + 1);
    (from, to.max(from))
}

/// A trailing note in brackets without numbers (`8.8万人(预估)`) is dropped; it makes the value
/// approximate when it says so.
fn strip_note(chars: &[char], from: usize, to: usize) -> (usize, bool) {
    const MAX_NOTE: usize = 12;
    if to == 0 || chars.get(to - 1) != Some(&')') {
        return (to, false);
    }
    let window_start = to.saturating_sub(MAX_NOTE + 2).max(from);
    let Some(open) = chars[window_start..to].iter().rposition(|&c| c == '(') else {
        return (to, false);
    };
    let open = window_start + open;
    let note = &chars[open + 1..to - 1];
    let note: String = note.iter().collect();
    if open == from || note.chars().any(|c| c.is_ascii_digit()) || is_bracketed_unit(&note) {
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
    cur.pos += 1;
    Some(comparison)
}

/// An approximation word right after the sign (`≥约5%`).
fn approx_word(cur: &mut Cursor) -> bool {
    APPROX_BEFORE.iter().any(|word| cur.eat(word))
}
