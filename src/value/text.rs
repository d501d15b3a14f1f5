//! Text as the grammar reads it. Real cells mix full-width and half-width signs, carry spaces
//! inside numbers (`2026 年 12 月`) and stray `？` from lost glyphs; folding all of that once,
//! while remembering where each folded character came from, lets the grammar stay small and
//! still hand back the original wording (a subject, a money mention) untouched.

/// One character after folding, with the byte range of the original text it stands for.
#[derive(Debug, Clone, Copy)]
pub(super) struct Glyph {
    /// The folded character.
    pub ch: char,
    /// Byte offset where the original character(s) start.
    pub start: usize,
    /// Byte offset just past the original character(s).
    pub end: usize,
}

/// The folded form of a text, one [`Glyph`] per meaningful character.
pub(super) struct Folded {
    /// The folded characters.
    pub glyphs: Vec<Glyph>,
}

impl Folded {
    /// Folds `text`: drops spaces and lost-glyph marks, maps full-width forms and sign variants to
    /// one spelling, and joins `>=` / `<=` into `≥` / `≤`.
    pub fn new(text: &str) -> Folded {
        let mut glyphs: Vec<Glyph> = Vec::with_capacity(text.len() / 2);
        for (start, raw) in text.char_indices() {
            let end = start + raw.len_utf8();
            if raw.is_whitespace() || is_lost_glyph(raw) {
                continue;
            }
            let ch = fold_char(raw);
            if ch == '='
                && let Some(last) = glyphs.last_mut()
                && let Some(joined) = join_with_equals(last.ch)
            {
                last.ch = joined;
                last.end = end;
                continue;
            }
            glyphs.push(Glyph { ch, start, end });
        }
        Folded { glyphs }
    }

    /// The folded characters alone.
    pub fn chars(&self) -> Vec<char> {
        self.glyphs.iter().map(|g| g.ch).collect()
    }

    /// The original text behind folded characters `from..to` (empty when the range is empty).
    pub fn original<'a>(&self, text: &'a str, from: usize, to: usize) -> &'a str {
        if from >= to {
            return "";
        }
        match (self.glyphs.get(from), self.glyphs.get(to - 1)) {
            (Some(first), Some(last)) => text.get(first.start..last.end).unwrap_or(""),
            _ => "",
        }
    }
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
