//! A cursor over folded characters with the small readers every form shares: numbers, scales,
//! units, fixed words. Each reader either consumes what it read or leaves the cursor where it
//! was, and none looks further than its own token, which keeps every parse linear.

use super::lexicon::{KILO_UNITS, scales};
use super::text::is_sign;
use rust_decimal::Decimal;
use std::str::FromStr;

/// The longest unit (or per-unit) the grammar accepts; longer runs of words are prose.
const MAX_UNIT_CHARS: usize = 6;

/// Characters that never occur in a unit but bind prose together (`3 年一轮`, `5人的`).
const PROSE_CHARS: &[char] = &[
    '一', '的', '和', '及', '或', '为', '是', '了', '对', '在', '将',
];

/// A read position in folded characters.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cursor<'a> {
    /// The folded characters.
    pub chars: &'a [char],
    /// The current position.
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at `pos`.
    pub fn new(chars: &'a [char], pos: usize) -> Cursor<'a> {
        Cursor { chars, pos }
    }

    /// The character at the cursor.
    pub fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// The character `ahead` places after the cursor.
    pub fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    /// Whether everything has been read.
    pub fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    /// Whether a digit is at the cursor.
    pub fn at_digit(&self) -> bool {
        self.peek().is_some_and(|c| c.is_ascii_digit())
    }

    /// Consumes `word` if it is at the cursor.
    pub fn eat(&mut self, word: &str) -> bool {
        let mut at = self.pos;
        for ch in word.chars() {
            if self.chars.get(at) != Some(&ch) {
                return false;
            }
            at += 1;
        }
        self.pos = at;
        true
    }

    /// Consumes the first of `words` found at the cursor and returns its index.
    pub fn eat_any<T>(&mut self, words: &[(&str, T)]) -> Option<usize> {
        words.iter().position(|(word, _)| self.eat(word))
    }

    /// Consumes a run of ASCII digits and returns it.
    pub fn digits(&mut self) -> &'a [char] {
        let start = self.pos;
        while self.at_digit() {
            self.pos += 1;
        }
        &self.chars[start..self.pos]
    }

    /// Reads a decimal number (`1.5`, `230000`, `1,000`, `-2`); `None` leaves the cursor.
    pub fn number(&mut self) -> Option<Decimal> {
        let start = self.pos;
        let mut text = String::new();
        if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) {
            text.push('-');
            self.pos += 1;
        }
        if !self.at_digit() {
            self.pos = start;
            return None;
        }
        text.extend(self.digits());
        // `1,000` groups thousands; any other comma belongs to the sentence.
        while self.peek() == Some(',') && self.is_thousands_group(self.pos + 1) {
            self.pos += 1;
            text.extend(self.digits());
        }
        if self.peek() == Some('.') && self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
            text.push('.');
            text.extend(self.digits());
        }
        match Decimal::from_str(&text) {
            Ok(number) => Some(number),
            Err(_) => {
                self.pos = start;
                None
            }
        }
    }

    fn is_thousands_group(&self, at: usize) -> bool {
        let group = self.chars.get(at..at + 3);
        group.is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !self.chars.get(at + 3).is_some_and(char::is_ascii_digit)
    }

    /// Reads a scale (`万`, `亿`, `千万`); `千` before `克`/`米`… is a unit, not a scale.
    pub fn scale(&mut self) -> Option<Decimal> {
        for (word, factor) in scales() {
            let start = self.pos;
            if self.eat(word) {
                let kilo_unit =
                    word == "千" && self.peek().is_some_and(|c| KILO_UNITS.contains(&c));
                if !kilo_unit {
                    return Some(factor);
                }
                self.pos = start;
            }
        }
        None
    }

    /// Reads a unit: `%`, or a short run of words up to a digit, `/`, a sign or punctuation.
    /// Words in `suffixes` that end the run are left unread for the caller.
    pub fn unit(&mut self, suffixes: &[&str]) -> String {
        if let Some(c @ ('%' | '‰')) = self.peek() {
            self.pos += 1;
            return c.to_string();
        }
        let start = self.pos;
        let mut end = start;
        while end < self.chars.len() && end - start < MAX_UNIT_CHARS && self.is_unit_char(end) {
            end += 1;
        }
        let mut run = &self.chars[start..end];
        'strip: loop {
            for suffix in suffixes {
                let len = suffix.chars().count();
                if run.len() >= len && run[run.len() - len..].iter().copied().eq(suffix.chars()) {
                    run = &run[..run.len() - len];
                    continue 'strip;
                }
            }
            break;
        }
        self.pos = start + run.len();
        run.iter().collect()
    }

    fn is_unit_char(&self, at: usize) -> bool {
        let Some(&ch) = self.chars.get(at) else {
            return false;
        };
        if ch.is_ascii_digit() || is_sign(ch) || is_stop(ch) || PROSE_CHARS.contains(&ch) {
            return false;
        }
        // `3至5天`: the word joins two numbers.
        let joins_numbers =
            matches!(ch, '至' | '到') && self.chars.get(at + 1).is_some_and(|c| c.is_ascii_digit());
        !joins_numbers
    }

    /// Per-units after `/` (`元/人/天` → `人`, `天`); `None` when a `/` has no unit after it.
    pub fn per_units(&mut self, suffixes: &[&str]) -> Option<Vec<String>> {
        let mut per = Vec::new();
        while self.peek() == Some('/') {
            self.pos += 1;
            let unit = self.unit(suffixes);
            if unit.is_empty() {
                return None;
            }
            // `元/人·天` is per person and per day.
            per.extend(
                unit.split('·')
                    .filter(|u| !u.is_empty())
                    .map(str::to_string),
            );
        }
        Some(per)
    }

    /// Whether the cursor sits on a range separator followed by a number.
    pub fn at_range_separator(&self) -> bool {
        matches!(self.peek(), Some('-' | '~' | '至' | '到'))
            && self.peek_at(1).is_some_and(|c| c.is_ascii_digit())
    }

    /// Whether `chars` ends with `word`.
    pub fn ends_with(chars: &[char], word: &str) -> bool {
        let len = word.chars().count();
        chars.len() >= len && chars[chars.len() - len..].iter().copied().eq(word.chars())
    }
}

/// Characters that end a unit: punctuation, brackets and separators.
fn is_stop(ch: char) -> bool {
    matches!(
        ch,
        '/' | '('
            | ')'
            | '['
            | ']'
            | '【'
            | '】'
            | ','
            | '，'
            | ';'
            | '；'
            | '、'
            | '。'
            | ':'
            | '-'
            | '~'
            | '+'
            | '%'
            | '‰'
            | '"'
            | '“'
            | '”'
            | '《'
            | '》'
            | '.'
            | '*'
            | '×'
    )
}
