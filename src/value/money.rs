//! Amounts of money in free text (goals, fund-use lines, indicator names), for the
//! `goal-amount` check. Only figures written with 元 count: `3万亩` and `2026 年` are not money.

use super::MoneyMention;
use super::cursor::Cursor;
use super::lexicon::{APPROX_INNER, RATE_WORDS, SCALE_CHARS, YUAN};
use super::text::{Folded, chars_back, next_special, starts_with};

/// How far back (in characters, within one clause) a rate word such as `每` is looked for.
const RATE_LOOKBACK: usize = 10;

/// Every amount of money written in `text`, in order. A mention is a rate when per-units follow
/// it (`600 元/人/次`) or its clause names a rate (`每人每月 2500 元`, `标准 113 元`).
pub fn find_money(text: &str) -> Vec<MoneyMention> {
    let mut mentions = Vec::new();
    // Folding never writes 元, so a text without it names no money.
    if !YUAN.chars().all(|c| text.contains(c)) {
        return mentions;
    }
    let folded = Folded::new(text);
    let all = folded.as_str();
    let bytes = all.as_bytes();
    let mut at = 0;
    while let Some((found, ch)) = next_special(all, at, |b| b.is_ascii_digit()) {
        at = found;
        if !ch.is_ascii_digit() {
            at += ch.len_utf8();
            continue;
        }
        // Within a figure (`1.5`, `1,000`) only its first digit starts a number.
        let within = at
            .checked_sub(1)
            .and_then(|before| bytes.get(before))
            .is_some_and(|b| is_figure_byte(*b));
        if within {
            at += 1;
            continue;
        }
        if !yuan_follows(all, at) {
            // No other number starts inside this figure.
            at += bytes.get(at..).map_or(1, |rest| {
                rest.iter().take_while(|b| is_figure_byte(**b)).count()
            });
            continue;
        }
        let mut cur = Cursor::new(all, at);
        let Some(number) = cur.number() else {
            // Too long to be a number: skip the whole run of digits.
            cur.digits();
            at = cur.pos.max(at + 1);
            continue;
        };
        let figure_end = cur.pos;
        // `100余万元`, `1万多元`: the figure is still the amount written.
        let skip_approx = |cur: &mut Cursor| cur.eat("余") || cur.eat("多");
        skip_approx(&mut cur);
        let scaled = match cur.scale() {
            Some(scale) => number.checked_mul(scale),
            None => Some(number),
        };
        skip_approx(&mut cur);
        match scaled {
            Some(yuan) if cur.eat(YUAN) => {
                let end = per_units_end(all, cur.pos);
                let is_rate = end > cur.pos || rate_word_before(all, at);
                mentions.push(MoneyMention {
                    yuan: yuan.normalize(),
                    is_rate,
                    text: folded.original(text, at, end).to_string(),
                });
                at = end;
            }
            _ => at = figure_end.max(at + 1),
        }
    }
    mentions
}

/// The bytes a figure is written with: digits, a decimal point, thousands commas.
fn is_figure_byte(b: u8) -> bool {
    matches!(b, b'0'..=b'9' | b'.' | b',')
}

/// Whether 元 follows the figure at byte `at`, past what a figure, its scale and approximation
/// marks are written with (`1,000.5`, `万`, `余`): a mention can start there only then.
fn yuan_follows(text: &str, at: usize) -> bool {
    let mut rest = text.get(at..).unwrap_or_default();
    loop {
        let figure = rest.bytes().take_while(|b| is_figure_byte(*b)).count();
        rest = rest.get(figure..).unwrap_or_default();
        match rest.chars().next() {
            Some(c) if APPROX_INNER.contains(&c) || SCALE_CHARS.contains(&c) => {
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
            }
            _ => return starts_with(rest, YUAN),
        }
    }
}

/// Where the per-units after 元 end (`/人/次`). A per-unit in prose is one or two characters
/// (`人`, `季度`); when more words follow (`/次标准`) only the first belongs to the unit.
fn per_units_end(text: &str, mut at: usize) -> usize {
    const MAX_PER_CHARS: usize = 2;
    while let Some(after) = text.get(at..).and_then(|rest| rest.strip_prefix('/')) {
        let run = after
            .chars()
            .take(MAX_PER_CHARS + 1)
            .take_while(|c| is_per_char(*c))
            .count();
        let unit_chars = if run > MAX_PER_CHARS { 1 } else { run };
        if unit_chars == 0 {
            break;
        }
        let unit_len: usize = after.chars().take(unit_chars).map(char::len_utf8).sum();
        at += '/'.len_utf8() + unit_len;
    }
    at
}

/// A character that can be part of a per-unit in prose: a CJK character.
fn is_per_char(ch: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&ch)
}

/// Whether the clause before byte `at` names a rate (`每人每月`, `人均`, `标准`).
fn rate_word_before(text: &str, at: usize) -> bool {
    let from = chars_back(text, at, RATE_LOOKBACK);
    let window = text.get(from..at).unwrap_or_default();
    let ends_clause =
        |c: char| matches!(c, '，' | ',' | '；' | ';' | '。' | ':' | '、') || c.is_ascii_digit();
    let clause = match window.char_indices().rev().find(|&(_, c)| ends_clause(c)) {
        Some((i, c)) => window.get(i + c.len_utf8()..).unwrap_or_default(),
        None => window,
    };
    let rate_at = |rest: &str| RATE_WORDS.iter().any(|word| starts_with(rest, word));
    clause
        .char_indices()
        .any(|(i, _)| clause.get(i..).is_some_and(rate_at))
}
