//! Glyph advances of the bundled font, so lines are broken where krilla's drawing will end them.
//!
//! krilla shapes each line with the same font; the subset has no OpenType layout tables, so a
//! glyph's advance is its `hmtx` width and a line's width is the sum of its characters'.

use super::PdfError;
use std::cell::RefCell;
use std::collections::HashMap;

/// Advances read from the font, remembered per character (tables repeat the same few hundred).
pub(super) struct Metrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    cache: RefCell<HashMap<char, f32>>,
}

impl Metrics {
    /// The bundled font's metrics.
    pub(super) fn bundled() -> Result<Metrics, PdfError> {
        let face =
            ttf_parser::Face::parse(crate::assets::CJK_FONT, 0).map_err(|_| PdfError::Font)?;
        let units_per_em = f32::from(face.units_per_em().max(1));
        Ok(Metrics {
            face,
            units_per_em,
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// The advance of `c` in em. Control characters are drawn as spaces (see
    /// [`printable`]); a character the font lacks is drawn as its empty glyph, with its width.
    pub(super) fn advance(&self, c: char) -> f32 {
        let c = if c.is_control() { ' ' } else { c };
        if let Some(&known) = self.cache.borrow().get(&c) {
            return known;
        }
        let glyph = self.face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        let units = self.face.glyph_hor_advance(glyph).unwrap_or(0);
        let em = f32::from(units) / self.units_per_em;
        self.cache.borrow_mut().insert(c, em);
        em
    }
}

/// `text` with control characters (a tab left in a cell) as spaces: the font has no glyph
/// for them and would draw a box.
pub(super) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_control) {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_one_em_and_latin_narrower() -> Result<(), PdfError> {
        let metrics = Metrics::bundled()?;
        assert_eq!(metrics.advance('绩'), 1.0);
        assert_eq!(metrics.advance('，'), 1.0);
        assert!(metrics.advance('1') < 0.7 && metrics.advance('1') > 0.3);
        assert_eq!(metrics.advance('\t'), metrics.advance(' '));
        Ok(())
    }
}
