//! Glyph advances of the bundled font, so lines are broken where krilla's drawing will end them.
//!
//! The subset has no OpenType layout tables, so a glyph's advance is its `hmtx` width and a
//! line's width is the sum of its characters'; the same glyphs and advances are handed to krilla
//! to draw, so measuring and drawing cannot disagree.

use super::PdfError;
use std::cell::RefCell;
use std::collections::HashMap;

/// Glyphs and advances read from the font, remembered per character (tables repeat the same
/// few hundred).
pub(super) struct Metrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    cache: RefCell<HashMap<char, (u16, f32)>>,
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
        self.glyph(c).1
    }

    /// The glyphs that draw `text`, one per character at its advance. The subset has no layout
    /// tables, so this is what a shaper would give; doing it here spares krilla's shaper
    /// reading the 5 MB font's tables again for every line (40 % of the time when it did).
    pub(super) fn glyphs(&self, text: &str) -> Vec<krilla::text::KrillaGlyph> {
        text.char_indices()
            .map(|(at, c)| {
                let (glyph, advance) = self.glyph(c);
                krilla::text::KrillaGlyph {
                    glyph_id: krilla::text::GlyphId::new(u32::from(glyph)),
                    text_range: at..at + c.len_utf8(),
                    x_advance: advance,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    y_advance: 0.0,
                    location: None,
                }
            })
            .collect()
    }

    /// The glyph of `c` and its advance in em.
    fn glyph(&self, c: char) -> (u16, f32) {
        let c = if c.is_control() { ' ' } else { c };
        if let Some(&known) = self.cache.borrow().get(&c) {
            return known;
        }
        let glyph = self.face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        let units = self.face.glyph_hor_advance(glyph).unwrap_or(0);
        let found = (glyph.0, f32::from(units) / self.units_per_em);
        self.cache.borrow_mut().insert(c, found);
        found
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

    #[test]
    fn every_character_of_the_sample_documents_has_a_glyph()
    -> Result<(), Box<dyn std::error::Error>> {
        let metrics = Metrics::bundled()?;
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut missing = std::collections::BTreeSet::new();
        for folder in [fixtures.clone(), fixtures.join("other-forms")] {
            for entry in std::fs::read_dir(folder)? {
                let path = entry?.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path)?;
                    let lacking = text
                        .chars()
                        .filter(|&c| !c.is_control() && metrics.glyph(c).0 == 0);
                    missing.extend(lacking);
                }
            }
        }
        assert!(missing.is_empty(), "drawn as boxes: {missing:?}");
        Ok(())
    }
}
