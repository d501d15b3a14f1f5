//! The words before a value's core: what is measured (`补助金额 ≥ 400 万元`), comparison and
//! approximation words (`不低于`, `平均约`) and per-units written in front (`每年1次`,
//! `人均3000元`).

use super::Comparison;
use super::lexicon::{APPROX_BEFORE, AVERAGE_PER, COMPARISON_BEFORE};
use super::text::{chars_back, ends_with};

/// What the words before the core say.
pub(super) struct Prefix {
    /// How many bytes at the start name the subject.
    pub subject_len: usize,
    /// How many bytes after the subject write per-units (`每人每月`).
    pub per_len: usize,
    /// Per-units written in front, in reading order.
    pub per: Vec<String>,
    /// A comparison word (`不低于`).
    pub comparison: Option<Comparison>,
    /// An approximation word (`约`, `平均`).
    pub approximate: bool,
}

/// The longest per-unit after `每` (`每人`, `每个月`), in characters.
const MAX_EACH_UNIT: usize = 2;

/// Splits the words before the core (`乡村平均约` → subject `乡村`, approximate). Clause
/// punctuation in the subject means prose: `None`.
pub(super) fn read_prefix(prefix: &str) -> Option<Prefix> {
    if prefix.is_empty() {
        // Most values start with their core (`≥95%`, `2026年12月底`).
        return Some(Prefix {
            subject_len: 0,
            per_len: 0,
            per: Vec::new(),
            comparison: None,
            approximate: false,
        });
    }
    let mut rest = prefix;
    let mut comparison = None;
    let mut approximate = false;
    loop {
        if let Some((word, cmp)) = COMPARISON_BEFORE
            .iter()
            .find(|(word, _)| ends_with(rest, word))
        {
            comparison = comparison.or(Some(*cmp));
            rest = rest.get(..rest.len() - word.len())?;
        } else if let Some(word) = APPROX_BEFORE.iter().find(|w| ends_with(rest, w)) {
            approximate = true;
            rest = rest.get(..rest.len() - word.len())?;
        } else {
            break;
        }
    }
    let words_start = rest.len();
    let mut per = Vec::new();
    while let Some((unit, unit_start)) = per_word_before(rest) {
        per.push(unit);
        rest = rest.get(..unit_start)?;
    }
    per.reverse();
    let is_prose = rest.contains([',', '，', ';', '；', '。', '、', '\n']);
    (!is_prose).then_some(Prefix {
        subject_len: rest.len(),
        per_len: words_start - rest.len(),
        per,
        comparison,
        approximate,
    })
}

/// The per-unit that `text` ends with (`每人` → `人`, `人均` → `人`) and where it starts.
fn per_word_before(text: &str) -> Option<(String, usize)> {
    if let Some((word, unit)) = AVERAGE_PER.iter().find(|(word, _)| ends_with(text, word)) {
        return Some((unit.to_string(), text.len() - word.len()));
    }
    let tail_start = chars_back(text, text.len(), MAX_EACH_UNIT + 1);
    let each = tail_start + text.get(tail_start..)?.rfind('每')?;
    let unit = text.get(each + '每'.len_utf8()..)?;
    let is_unit = !unit.is_empty() && unit.chars().all(|c| c.is_alphabetic() && c != '每');
    is_unit.then(|| (unit.to_string(), each))
}
