//! The reader from a value's text to a [`Value`]: an optional subject, comparison and
//! approximation words around one core — a date, a number with unit and per-units, or a range.
//! Anything left over makes the value [`ValueKind::Unparsed`]; the grammar never guesses at prose.

use super::cursor::Cursor;
use super::date::date;
use super::lexicon::{
    APPROX_AFTER, APPROX_BEFORE, APPROX_INNER, APPROX_NOTE, COMPARISON_AFTER, COMPARISON_BEFORE,
    YUAN, time_unit,
};
use super::text::{Folded, is_sign};
use super::{Comparison, Duration, Measure, Money, Range, Value, ValueKind};
use rust_decimal::Decimal;

/// Reads a target value. Never fails and never alters `text`: what the grammar cannot read is
/// [`ValueKind::Unparsed`], blank text is [`ValueKind::Empty`], words without a number are
/// [`ValueKind::Qualitative`].
///
/// A number with `万` or `亿` and no unit (`200 万`) is read as money (2,000,000 元): in these
/// tables a bare `万` after a number is a sum of money, while counts name their unit (`2 万人`).
/// Callers that know the indicator is not about money can read the amount from
/// [`Money::yuan`] as a plain number.
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
    let start = (from..to).find(|&i| starts_core(body, i, from));
    let Some(start) = start else {
        // Words alone: a qualitative value, unless it is only signs (`≥`).
        let only_signs = body[from..].iter().all(|&c| is_sign(c) || c == '%');
        return (!only_signs).then(|| bare(ValueKind::Qualitative));
    };
    let prefix = read_prefix(&body[from..start])?;
    let mut cur = Cursor::new(body, start);
    let mut comparison = sign(&mut cur).or(prefix.comparison);
    let mut approximate = prefix.approximate || note_approximate || approx_word(&mut cur);
    let kind = match date(&mut cur) {
        Some(date) => ValueKind::Date(date),
        None => quantity(&mut cur, &mut approximate)?,
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
    let subject = folded.original(text, from, from + prefix.subject_len);
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
    if open == from || note.iter().any(char::is_ascii_digit) {
        return (to, false);
    }
    let note: String = note.iter().collect();
    (open, APPROX_NOTE.iter().any(|word| note.contains(word)))
}

/// What the words before the core say.
struct Prefix {
    /// How many characters of the prefix name the subject.
    subject_len: usize,
    comparison: Option<Comparison>,
    approximate: bool,
}

/// Splits the words before the core into subject, comparison and approximation words
/// (`乡村平均约` → subject `乡村`, approximate). Clause punctuation means prose: `None`.
fn read_prefix(prefix: &[char]) -> Option<Prefix> {
    let mut len = prefix.len();
    let mut comparison = None;
    let mut approximate = false;
    loop {
        let rest = &prefix[..len];
        if let Some((word, cmp)) = COMPARISON_BEFORE
            .iter()
            .find(|(word, _)| Cursor::ends_with(rest, word))
        {
            comparison = comparison.or(Some(*cmp));
            len -= word.chars().count();
        } else if let Some(word) = APPROX_BEFORE.iter().find(|w| Cursor::ends_with(rest, w)) {
            approximate = true;
            len -= word.chars().count();
        } else {
            break;
        }
    }
    let subject = &prefix[..len];
    let is_prose = subject
        .iter()
        .any(|c| matches!(c, ',' | '，' | ';' | '；' | '。' | '、' | '\n'));
    (!is_prose).then_some(Prefix {
        subject_len: len,
        comparison,
        approximate,
    })
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

/// A number as written: the figure, its scale, unit and per-units.
struct Amount {
    number: Decimal,
    scale: Option<Decimal>,
    unit: String,
    per: Vec<String>,
}

impl Amount {
    fn scaled(&self, scale: Option<Decimal>) -> Option<Decimal> {
        match scale {
            Some(scale) => self.number.checked_mul(scale).map(|n| n.normalize()),
            None => Some(self.number),
        }
    }
}

/// The words that may end a unit and belong to the value instead (`次以上`, `人左右`).
fn unit_suffixes() -> Vec<&'static str> {
    COMPARISON_AFTER
        .iter()
        .map(|(word, _)| *word)
        .chain(APPROX_AFTER.iter().copied())
        .collect()
}

/// Reads a number with scale, unit and per-units.
fn amount(cur: &mut Cursor, approximate: &mut bool, suffixes: &[&str]) -> Option<Amount> {
    let number = cur.number()?;
    *approximate |= inner_approx(cur);
    let scale = cur.scale();
    *approximate |= inner_approx(cur);
    let unit = cur.unit(suffixes);
    let per = cur.per_units(suffixes)?;
    Some(Amount {
        number,
        scale,
        unit,
        per,
    })
}

fn inner_approx(cur: &mut Cursor) -> bool {
    match cur.peek() {
        Some(c) if APPROX_INNER.contains(&c) => {
            cur.pos += 1;
            true
        }
        _ => false,
    }
}

/// A number with its unit (measure, money, duration) or a range of two.
fn quantity(cur: &mut Cursor, approximate: &mut bool) -> Option<ValueKind> {
    let suffixes = unit_suffixes();
    let first = amount(cur, approximate, &suffixes)?;
    if first.per.is_empty() && cur.at_range_separator() {
        cur.pos += 1;
        let second = amount(cur, approximate, &suffixes)?;
        return range(&first, &second);
    }
    classify(first)
}

/// `3-5天`, `80%-90%`, `1-2万元`: a scale or unit written only at the end applies to both.
fn range(first: &Amount, second: &Amount) -> Option<ValueKind> {
    if !first.unit.is_empty() && !second.unit.is_empty() && first.unit != second.unit {
        return None;
    }
    let low_scale = match (first.scale, first.unit.is_empty()) {
        (Some(scale), _) => Some(scale),
        (None, true) => second.scale,
        (None, false) => None,
    };
    let mut unit = if second.unit.is_empty() {
        first.unit.clone()
    } else {
        second.unit.clone()
    };
    for per in &second.per {
        unit.push('/');
        unit.push_str(per);
    }
    Some(ValueKind::Range(Range {
        low: first.scaled(low_scale)?,
        high: second.scaled(second.scale)?,
        unit,
    }))
}

/// Money when the unit is 元 (or a bare `万`/`亿`), a duration for a unit of time, else a measure.
fn classify(amount: Amount) -> Option<ValueKind> {
    let value = amount.scaled(amount.scale)?;
    let bare_big_scale = amount.unit.is_empty()
        && amount
            .scale
            .is_some_and(|scale| scale >= Decimal::from(10_000));
    if amount.unit == YUAN || bare_big_scale {
        return Some(ValueKind::Money(Money {
            yuan: value,
            per: amount.per,
        }));
    }
    if amount.scale.is_none()
        && amount.per.is_empty()
        && let Some(unit) = time_unit(&amount.unit)
    {
        return Some(ValueKind::Duration(Duration {
            amount: value,
            unit,
        }));
    }
    Some(ValueKind::Measure(Measure {
        number: value,
        unit: amount.unit,
        per: amount.per,
    }))
}
