//! Text as the grammar reads it. Real cells mix full-width and half-width signs, carry spaces
//! inside numbers (`2026 年 12 月`) and stray `？` from lost glyphs; folding all of that once,
//! while remembering where each folded character came from, lets the grammar stay small and
//! still hand back the original wording (a subject, a money mention) untouched.
//!
//! Most cells need no folding at all (`≥95%`, `稳步提升`): the folded text then borrows the
//! original, and positions in it are positions in the original. Otherwise only the characters
//! that moved or changed are remembered, so folding costs little more than a copy.

use std::borrow::Cow;

/// A place where the folded text stops being a byte-for-byte copy of the original: a character
/// that was folded or joined with a following `=` (`folded..folded_end` stands for the original
/// `start..end`), or, with `folded == folded_end`, characters dropped there. After an anchor the
/// text is copied unchanged from `resume` on, up to the next anchor.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    /// Byte offset of the character in the folded text.
    folded: usize,
    /// Byte offset just past it in the folded text.
    folded_end: usize,
    /// Byte offset where the original character(s) start.
    start: usize,
    /// Byte offset just past the original character(s).
    end: usize,
    /// Byte offset in the original where the copy after the anchor starts.
    resume: usize,
}

/// The folded form of a text: spaces and lost-glyph marks dropped, full-width forms and sign
/// variants in one spelling.
pub(super) struct Folded<'a> {
    text: Cow<'a, str>,
    /// Where the folded text differs from the original, in order; empty when nowhere.
    anchors: Vec<Anchor>,
}

impl<'a> Folded<'a> {
    /// Folds `text`: drops spaces and lost-glyph marks, maps full-width forms and sign variants to
    /// one spelling, and joins `>=` / `<=` into `≥` / `≤`.
    pub fn new(text: &'a str) -> Folded<'a> {
        let mut folder = Folder {
            text,
            out: String::new(),
            anchors: Vec::new(),
            run: 0,
        };
        let mut at = 0;
        while let Some((found, raw)) = next_special(text, at, folding_may_change) {
            at = found + raw.len_utf8();
            if raw.is_whitespace() || is_lost_glyph(raw) {
                folder.drop(found, at);
                continue;
            }
            let ch = fold_char(raw);
            if ch == '=' && folder.join(found, at) {
                continue;
            }
            if ch != raw {
                folder.replace(found, at, ch);
            }
        }
        folder.finish()
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original text behind the folded bytes `from..to` (empty when the range is empty).
    pub fn original<'t>(&self, text: &'t str, from: usize, to: usize) -> &'t str {
        self.original_range(from, to)
            .and_then(|range| text.get(range))
            .unwrap_or("")
    }

    /// The byte range of the original text behind the folded bytes `from..to`; `None` when the
    /// range is empty.
    pub fn original_range(&self, from: usize, to: usize) -> Option<std::ops::Range<usize>> {
        if from >= to {
            return None;
        }
        let (last, ch) = self
            .text
            .get(..to)
            .and_then(|t| t.char_indices().next_back())?;
        let start = original_start(&self.anchors, from);
        let end = match exact_anchor(&self.anchors, last) {
            Some(anchor) => anchor.end,
            None => original_start(&self.anchors, last) + ch.len_utf8(),
        };
        Some(start..end)
    }
}

/// Folded text being written: the original is copied in runs, and only the characters that
/// change are written one by one, each with its anchor.
struct Folder<'a> {
    text: &'a str,
    out: String,
    anchors: Vec<Anchor>,
    /// Where the run of unchanged characters not yet copied to `out` starts.
    run: usize,
}

impl<'a> Folder<'a> {
    /// The unchanged characters before byte `at` not yet copied.
    fn pending(&self, at: usize) -> &'a str {
        self.text.get(self.run..at).unwrap_or_default()
    }

    /// Copies the unchanged characters before the change at `start..end` and skips the change.
    fn copy_run(&mut self, start: usize, end: usize) {
        if self.out.capacity() == 0 {
            self.out.reserve(self.text.len());
        }
        self.out.push_str(self.pending(start));
        self.run = end;
    }

    /// Drops the original characters `start..end` (a space, a lost glyph).
    fn drop(&mut self, start: usize, end: usize) {
        self.copy_run(start, end);
        let here = self.out.len();
        match self.anchors.last_mut() {
            Some(last) if last.folded == here && last.folded_end == here => last.resume = end,
            _ => self.anchors.push(Anchor {
                folded: here,
                folded_end: here,
                start,
                end: start,
                resume: end,
            }),
        }
    }

    /// Joins the `=` at `start..end` with the sign before it (`>=` → `≥`), if there is one.
    fn join(&mut self, start: usize, end: usize) -> bool {
        let last = self
            .pending(start)
            .chars()
            .next_back()
            .or(self.out.chars().next_back());
        let Some((last, joined)) = last.and_then(|c| Some((c, join_with_equals(c)?))) else {
            return false;
        };
        self.copy_run(start, end);
        let folded = self.out.len() - last.len_utf8();
        let sign_start = original_start(&self.anchors, folded);
        let kept = self.anchors.partition_point(|a| a.folded_end <= folded);
        self.anchors.truncate(kept);
        self.out.truncate(folded);
        self.out.push(joined);
        self.anchors.push(Anchor {
            folded,
            folded_end: self.out.len(),
            start: sign_start,
            end,
            resume: end,
        });
        true
    }

    /// Writes `ch` for the original character at `start..end`.
    fn replace(&mut self, start: usize, end: usize, ch: char) {
        self.copy_run(start, end);
        let folded = self.out.len();
        self.out.push(ch);
        self.anchors.push(Anchor {
            folded,
            folded_end: self.out.len(),
            start,
            end,
            resume: end,
        });
    }

    fn finish(mut self) -> Folded<'a> {
        if self.anchors.is_empty() {
            return Folded {
                text: Cow::Borrowed(self.text),
                anchors: self.anchors,
            };
        }
        self.out
            .push_str(self.text.get(self.run..).unwrap_or_default());
        Folded {
            text: Cow::Owned(self.out),
            anchors: self.anchors,
        }
    }
}

/// The anchor for the folded character at byte `at`, if it has one.
fn exact_anchor(anchors: &[Anchor], at: usize) -> Option<&Anchor> {
    let after = anchors.partition_point(|a| a.folded_end <= at);
    anchors.get(after).filter(|a| a.folded <= at)
}

/// Where the folded character at byte `at` starts in the original.
fn original_start(anchors: &[Anchor], at: usize) -> usize {
    if let Some(anchor) = exact_anchor(anchors, at) {
        return anchor.start;
    }
    let after = anchors.partition_point(|a| a.folded_end <= at);
    match after.checked_sub(1).and_then(|i| anchors.get(i)) {
        Some(anchor) => anchor.resume + (at - anchor.folded_end),
        None => at,
    }
}

/// Whether folding may change the ASCII byte `b` (spaces, `?`, the `=` of `>=`).
fn folding_may_change(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'?' | b'=' | b'\x0B')
}

/// The next character at or after byte `from` of `text` that is not plain: an ASCII character
/// for which `special_ascii` holds, or any other character but the CJK ideographs, which no
/// reader ever changes and which make up most of every text.
pub(super) fn next_special(
    text: &str,
    from: usize,
    special_ascii: fn(u8) -> bool,
) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(&b) = bytes.get(at) {
        match b {
            _ if b.is_ascii() => {
                if special_ascii(b) {
                    return Some((at, char::from(b)));
                }
                at += 1;
            }
            // The lead bytes of U+4000..=U+9FFF: CJK ideographs, three bytes each.
            0xE4..=0xE9 => at += 3,
            _ => {
                return text
                    .get(at..)
                    .and_then(|rest| rest.chars().next())
                    .map(|c| (at, c));
            }
        }
    }
    None
}

/// `？` stands for a glyph the PDF extraction lost; it carries no meaning of its own.
fn is_lost_glyph(ch: char) -> bool {
    matches!(ch, '?' | '？' | '\u{FFFD}')
}

/// The sign a comparison becomes when `=` follows it (`>=` → `≥`).
pub(super) fn join_with_equals(ch: char) -> Option<char> {
    match ch {
        '>' => Some('≥'),
        '<' => Some('≤'),
        _ => None,
    }
}

/// Digits, percent and comparison signs in their canonical form; the set `tidy` writes too.
pub(super) fn fold_sign_or_digit(ch: char) -> char {
    match ch {
        '０'..='９' => char::from_u32(ch as u32 - '０' as u32 + '0' as u32).unwrap_or(ch),
        '％' | '﹪' => '%',
        '＞' => '>',
        '＜' => '<',
        '＝' => '=',
        '≧' | '⩾' => '≥',
        '≦' | '⩽' => '≤',
        _ => ch,
    }
}

/// Everything the grammar treats alike: full-width ASCII forms, dashes, tildes.
fn fold_char(ch: char) -> char {
    if ch.is_ascii() {
        return ch;
    }
    match fold_sign_or_digit(ch) {
        // The full-width comma separates clauses; folding it to `,` would read `100，200` as one number.
        '，' => '，',
        c @ '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '—' | '–' | '‐' | '‑' | '−' | '―' => '-',
        '〜' => '~',
        c => c,
    }
}

/// A comparison sign (after folding).
pub(super) fn is_sign(ch: char) -> bool {
    matches!(ch, '≥' | '≤' | '>' | '<' | '=')
}

/// Whether `text` starts with `word`. The grammar's words are a few bytes long and most differ
/// from the text in their first byte or two, so comparing in place beats a call to `memcmp`.
#[inline]
pub(super) fn starts_with(text: &str, word: &str) -> bool {
    text.len() >= word.len() && text.bytes().zip(word.bytes()).all(|(a, b)| a == b)
}

/// Whether `text` ends with `word`, compared in place like [`starts_with`].
#[inline]
pub(super) fn ends_with(text: &str, word: &str) -> bool {
    text.len() >= word.len()
        && text
            .bytes()
            .rev()
            .zip(word.bytes().rev())
            .all(|(a, b)| a == b)
}

/// Whether `text` has an ASCII digit.
pub(super) fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

/// The byte offset `count` characters before byte `at` of `text`, or 0 when there are fewer.
pub(super) fn chars_back(text: &str, at: usize, count: usize) -> usize {
    match count.checked_sub(1) {
        None => at,
        Some(nth) => text
            .get(..at)
            .and_then(|before| before.char_indices().nth_back(nth))
            .map_or(0, |(i, _)| i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The original text behind the folded `part`, found in the folded text.
    fn behind<'t>(text: &'t str, part: &str) -> &'t str {
        let folded = Folded::new(text);
        let from = folded.as_str().find(part).expect(part);
        folded.original(text, from, from + part.len())
    }

    #[test]
    fn text_that_needs_no_folding_is_read_in_place() {
        let folded = Folded::new("≥95%，稳步提升");
        assert!(matches!(folded.text, Cow::Borrowed(_)));
        assert_eq!(folded.as_str(), "≥95%，稳步提升");
        assert_eq!(behind("≥95%，稳步提升", "95%"), "95%");
    }

    #[test]
    fn folding_drops_spaces_and_lost_glyphs_and_joins_signs() {
        let text = " 补助 金额 ＞ = 4？00 万元（预估） ";
        assert_eq!(Folded::new(text).as_str(), "补助金额≥400万元(预估)");
    }

    #[test]
    fn folded_words_point_back_to_their_original_wording() {
        let text = " 补助 金额 ＞ = 4？00 万元（预估） ";
        assert_eq!(behind(text, "补助金额"), "补助 金额");
        assert_eq!(behind(text, "≥"), "＞ =");
        assert_eq!(behind(text, "≥400"), "＞ = 4？00");
        assert_eq!(behind(text, "400万元"), "4？00 万元");
        assert_eq!(behind(text, "(预估)"), "（预估）");
        assert_eq!(behind(text, "元"), "元");
    }

    #[test]
    fn a_sign_folded_from_full_width_still_joins_with_equals() {
        assert_eq!(Folded::new("＜＝5").as_str(), "≤5");
        assert_eq!(behind("a＜＝5", "≤5"), "＜＝5");
        assert_eq!(Folded::new("≥=5").as_str(), "≥=5");
    }
}
