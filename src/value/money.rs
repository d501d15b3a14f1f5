//! Amounts of money in free text (goals, fund-use lines, indicator names), for the
//! `goal-amount` check. Only figures written with 元 count: `3万亩` and `2026 年` are not money.

use super::MoneyMention;
use super::cursor::Cursor;
use super::lexicon::{RATE_WORDS, YUAN};
use super::text::Folded;

/// How far back (in characters, within one clause) a rate word such as `每` is looked for.
const RATE_LOOKBACK: usize = 10;

/// Every amount of money written in `text`, in order. A mention is a rate when per-units follow
/// it (`600 元/人/次`) or its clause names a rate (`每人每月 2500 元`, `标准 113 元`).
pub fn find_money(text: &str) -> Vec<MoneyMention> {
    let folded = Folded::new(text);
    let chars = folded.chars();
    let mut mentions = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let starts_number = chars[at].is_ascii_digit()
            && (at == 0 || !matches!(chars[at - 1], '0'..='9' | '.' | ','));
        if !starts_number {
            at += 1;
            continue;
        }
        let mut cur = Cursor::new(&chars, at);
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
                let end = per_units_end(&chars, cur.pos);
                let is_rate = end > cur.pos || rate_word_before(&chars, at);
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

/// Where the per-units after 元 end (`/人/次`). A per-unit in prose is one or two characters
/// (`人`, `季度`); when more words follow (`/次标准`) only the first belongs to the unit.
fn per_units_end(chars: &[char], mut at: usize) -> usize {
    const MAX_PER_CHARS: usize = 2;
    while chars.get(at) == Some(&'/') {
        let run = chars[at + 1..]
            .iter()
            .take(MAX_PER_CHARS + 1)
            .take_while(|c| is_per_char(**c))
            .count();
        let unit_len = if run > MAX_PER_CHARS { 1 } else { run };
        if unit_len == 0 {
            break;
        }
        at += 1 + unit_len;
    }
    at
}

/// A character that can be part of a per-unit in prose: a CJK character.
fn is_per_char(ch: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&ch)
}

/// Whether the clause before `at` names a rate (`每人每月`, `人均`, `标准`).
fn rate_word_before(chars: &[char], at: usize) -> bool {
    let from = at.saturating_sub(RATE_LOOKBACK);
    let clause_start = chars[from..at]
        .iter()
        .rposition(|c| {
            matches!(c, '，' | ',' | '；' | ';' | '。' | ':' | '、') || c.is_ascii_digit()
        })
        .map_or(from, |i| from + i + 1);
    let clause: String = chars[clause_start..at].iter().collect();
    RATE_WORDS.iter().any(|word| clause.contains(word))
}
