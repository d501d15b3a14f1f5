//! A cursor over folded text with the small readers every form shares: numbers, scales, units,
//! fixed words. Each reader either consumes what it read or leaves the cursor where it was, and
//! none looks further than its own token, which keeps every parse linear.
//!
//! Positions are byte offsets into the folded text; every word the grammar knows is matched as
//! bytes, so reading a value allocates nothing but what the value keeps.

use super::lexicon::{APPROX_INNER, KILO_UNITS, SCALE_CHARS, SCALES, UNIT_SUFFIX_ENDS};
use super::text::{ends_with, is_sign, starts_with};
use rust_decimal::Decimal;
use std::str::FromStr;

/// The longest unit (or per-unit) the grammar accepts; longer runs of words are prose.
const MAX_UNIT_CHARS: usize = 6;

/// Characters that never occur in a unit but bind prose together (`3 年一轮`, `5人的`).
const PROSE_CHARS: &[char] = &[
    '一', '的', '和', '及', '或', '为', '是', '了', '对', '在', '将',
];

/// A read position in folded text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cursor<'a> {
    /// The folded text.
    pub text: &'a str,
    /// The current position, a byte offset on a character boundary.
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at byte `pos`.
    pub fn new(text: &'a str, pos: usize) -> Cursor<'a> {
        Cursor { text, pos }
    }

    /// The text from the cursor on.
    #[inline]
    pub fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or_default()
    }

    /// The character at the cursor.
    #[inline]
    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The character after the one at the cursor.
    pub fn peek_next(&self) -> Option<char> {
        self.rest().chars().nth(1)
    }

    /// Steps over the character at the cursor.
    pub fn bump(&mut self) {
        if let Some(ch) = self.peek() {
            self.pos += ch.len_utf8();
        }
    }

    /// Whether everything has been read.
    pub fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// Whether a digit is at the cursor.
    pub fn at_digit(&self) -> bool {
        self.rest()
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
    }

    /// Consumes `word` if it is at the cursor.
    #[inline]
    pub fn eat(&mut self, word: &str) -> bool {
        let found = starts_with(self.rest(), word);
        if found {
            self.pos += word.len();
        }
        found
    }

    /// Consumes the first of `words` found at the cursor and returns its index.
    pub fn eat_any<T>(&mut self, words: &[(&str, T)]) -> Option<usize> {
        words.iter().position(|(word, _)| self.eat(word))
    }

    /// Consumes a run of ASCII digits and returns it.
    pub fn digits(&mut self) -> &'a str {
        let rest = self.rest();
        let len = digit_run(rest.as_bytes());
        self.pos += len;
        rest.get(..len).unwrap_or_default()
    }

    /// Reads a decimal number (`1.5`, `230000`, `1,000`, `-2`); `None` leaves the cursor.
    pub fn number(&mut self) -> Option<Decimal> {
        let rest = self.rest();
        let bytes = rest.as_bytes();
        let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
        let digits_from = |at: usize| at + bytes.get(at..).map_or(0, digit_run);
        let mut end = usize::from(bytes.first() == Some(&b'-') && digit_at(1));
        if !digit_at(end) {
            return None;
        }
        end = digits_from(end);
        // `1,000` groups thousands; any other comma belongs to the sentence.
        let mut grouped = false;
        while bytes.get(end) == Some(&b',')
            && bytes
                .get(end + 1..)
                .is_some_and(|after| digit_run(after) == 3)
        {
            end = digits_from(end + 1);
            grouped = true;
        }
        if bytes.get(end) == Some(&b'.') && digit_at(end + 1) {
            end = digits_from(end + 1);
        }
        let written = rest.get(..end)?;
        let number = if grouped {
            Decimal::from_str(&written.replace(',', "")).ok()
        } else {
            short_decimal(written).or_else(|| Decimal::from_str(written).ok())
        }?;
        self.pos += end;
        Some(number)
    }

    /// Reads a scale (`万`, `亿`, `千万`); `千` before `克`/`米`… is a unit, not a scale.
    pub fn scale(&mut self) -> Option<Decimal> {
        let rest = self.rest();
        let &(word, factor) = SCALES.iter().find(|(word, _)| starts_with(rest, word))?;
        let after = rest
            .get(word.len()..)
            .and_then(|after| after.chars().next());
        if word == "千" && after.is_some_and(|c| KILO_UNITS.contains(&c)) {
            return None;
        }
        self.pos += word.len();
        Some(factor)
    }

    /// Reads a unit: `%`, or a short run of words up to a digit, `/`, a sign or punctuation.
    /// Words in `suffixes` that end the run are left unread for the caller.
    pub fn unit(&mut self, suffixes: &[&str]) -> &'a str {
        let rest = self.rest();
        if let Some(c @ ('%' | '‰')) = self.peek() {
            self.pos += c.len_utf8();
            return rest.get(..c.len_utf8()).unwrap_or_default();
        }
        let mut chars = rest.char_indices().peekable();
        let mut len = 0;
        let mut count = 0;
        while count < MAX_UNIT_CHARS
            && let Some((at, ch)) = chars.next()
        {
            let next = chars.peek().map(|&(_, c)| c);
            if !is_unit_char(ch, next) {
                break;
            }
            len = at + ch.len_utf8();
            count += 1;
        }
        let mut run = rest.get(..len).unwrap_or_default();
        while let Some(suffix) = suffixes.iter().find(|suffix| ends_with(run, suffix)) {
            run = run.get(..run.len() - suffix.len()).unwrap_or_default();
        }
        self.pos += run.len();
        run
    }

    /// Whether `unit`, all that is left after a number, is a unit the reader takes whole: short,
    /// and without anything it treats specially — a scale or approximation mark (`万`, `余`), a
    /// date (`年`, `月`), punctuation, or the last character of a word that may end a unit
    /// (`以上`, `左右`).
    pub fn is_plain_unit(unit: &str) -> bool {
        let special = |c: char| {
            matches!(c, '年' | '月')
                || SCALE_CHARS.contains(&c)
                || APPROX_INNER.contains(&c)
                || UNIT_SUFFIX_ENDS.contains(&c)
        };
        let mut chars = unit.chars();
        matches!(unit, "%" | "‰")
            || (chars
                .by_ref()
                .take(MAX_UNIT_CHARS)
                .all(|c| is_unit_char(c, None) && !special(c))
                && chars.next().is_none())
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
            && self.peek_next().is_some_and(|c| c.is_ascii_digit())
    }
}

/// The length of the run of ASCII digits `bytes` starts with.
fn digit_run(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Reads `digits[.digits]` of at most 18 digits, as `Decimal::from_str` would (`0.50` keeps its
/// scale 2) but without its general machinery; `None` for anything else.
fn short_decimal(written: &str) -> Option<Decimal> {
    const MAX_DIGITS: usize = 18;
    let mut mantissa = 0_i64;
    let mut digits = 0;
    let mut point = None;
    for b in written.bytes() {
        match b {
            b'0'..=b'9' if digits < MAX_DIGITS => {
                mantissa = mantissa * 10 + i64::from(b - b'0');
                digits += 1;
            }
            b'.' if point.is_none() && digits > 0 => point = Some(digits),
            _ => return None,
        }
    }
    let scale = match point {
        Some(at) if at == digits => return None,
        Some(at) => digits - at,
        None => 0,
    };
    if digits == 0 {
        return None;
    }
    Decimal::try_new(mantissa, u32::try_from(scale).ok()?).ok()
}

/// Whether `ch` can be part of a unit, `next` being the character after it.
fn is_unit_char(ch: char, next: Option<char>) -> bool {
    if ch.is_ascii_digit() || is_sign(ch) || is_stop(ch) || PROSE_CHARS.contains(&ch) {
        return false;
    }
    // `3至5天`: the word joins two numbers.
    let joins_numbers = matches!(ch, '至' | '到') && next.is_some_and(|c| c.is_ascii_digit());
    !joins_numbers
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_decimals_read_exactly_as_the_general_parser() {
        let written = [
            "0",
            "7",
            "007",
            "95",
            "100",
            "0.5",
            "0.50",
            "1.0",
            "0.7932",
            "2024",
            "230000",
            "123456789012345678",
            "12345678901234567.8",
            "0.00000000000000001",
        ];
        for text in written {
            let short = short_decimal(text).expect(text);
            let general = Decimal::from_str(text).unwrap();
            assert_eq!(short, general, "{text}");
            assert_eq!(short.scale(), general.scale(), "{text}");
            assert_eq!(short.to_string(), general.to_string(), "{text}");
        }
    }

    #[test]
    fn long_or_signed_numbers_are_left_to_the_general_parser() {
        for text in ["1234567890123456789", "-2", "1.", ".5", "1,000", ""] {
            assert_eq!(short_decimal(text), None, "{text}");
        }
    }
}
