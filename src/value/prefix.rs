//! The words before a value's core: what is measured (`补助金额 ≥ 400 万元`), comparison and
//! approximation words (`不低于`, `平均约`) and per-units written in front (`每年1次`,
//! `人均3000元`).

use super::Comparison;
use super::cursor::Cursor;
use super::lexicon::{APPROX_BEFORE, AVERAGE_PER, COMPARISON_BEFORE};

/// What the words before the core say.
pub(super) struct Prefix {
    /// How many characters at the start name the subject.
    pub subject_len: usize,
    /// How many characters after the subject write per-units (`每人每月`).
    pub per_len: usize,
    /// Per-units written in front, in reading order.
    pub per: Vec<String>,
    /// A comparison word (`不低于`).
    pub comparison: Option<Comparison>,
    /// An approximation word (`约`, `平均`).
    pub approximate: bool,
}

/// The longest per-unit after `每` (`每人`, `每个月`).
const MAX_EACH_UNIT: usize = 2;

/// Splits the words before the core (`乡村平均约` → subject `乡村`, approximate). Clause
/// punctuation in the subject means prose: `None`.
pub(super) fn read_prefix(prefix: &[char]) -> Option<Prefix> {
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
    let words_start = len;
    let mut per = Vec::new();
    while let Some((unit, unit_start)) = per_word_before(&prefix[..len]) {
        per.push(unit);
        len = unit_start;
    }
    per.reverse();
    let subject = &prefix[..len];
    let is_prose = subject
        .iter()
        .any(|c| matches!(c, ',' | '，' | ';' | '；' | '。' | '、' | '\n'));
    (!is_prose).then_some(Prefix {
        subject_len: len,
        per_len: words_start - len,
        per,
        comparison,
        approximate,
    })
}

/// The per-unit that `chars` ends with (`每人` → `人`, `人均` → `人`) and where it starts.
fn per_word_before(chars: &[char]) -> Option<(String, usize)> {
    if let Some((word, unit)) = AVERAGE_PER
        .iter()
        .find(|(word, _)| Cursor::ends_with(chars, word))
    {
        return Some((unit.to_string(), chars.len() - word.chars().count()));
    }
    let tail_start = chars.len().saturating_sub(MAX_EACH_UNIT + 1);
    let each = tail_start + chars[tail_start..].iter().rposition(|&c| c == '每')?;
    let unit = &chars[each + 1..];
    let is_unit = !unit.is_empty() && unit.iter().all(|c| c.is_alphabetic() && *c != '每');
    is_unit.then(|| (unit.iter().collect(), each))
}
