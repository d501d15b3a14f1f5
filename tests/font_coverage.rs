//! The bundled font draws every name a table may hold: each hanzi GBK encodes has a glyph, so no
//! person's or place's name shows as a blank box in the editor or the PDF.

use encoding_rs::GBK;

/// Whether `c` is a CJK Unified Ideograph (the basic block or extension A), the hanzi of GBK.
fn is_hanzi(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Every hanzi GBK encodes: all two-byte codes (lead 0x81–0xFE, trail 0x40–0xFE but 0x7F),
/// decoded and kept where they are ideographs.
fn gbk_hanzi() -> Vec<char> {
    let mut hanzi = Vec::new();
    for lead in 0x81u8..=0xFE {
        for trail in (0x40u8..=0xFE).filter(|&t| t != 0x7F) {
            let bytes = [lead, trail];
            let (text, _, malformed) = GBK.decode(&bytes);
            if malformed {
                continue;
            }
            hanzi.extend(text.chars().filter(|&c| is_hanzi(c)));
        }
    }
    hanzi
}

#[test]
fn the_bundled_font_has_a_glyph_for_every_gbk_hanzi() {
    let face = ttf_parser::Face::parse(jixiao::assets::CJK_FONT, 0).expect("the font parses");
    let hanzi = gbk_hanzi();
    // GBK holds 20,902 unified ideographs of the basic block plus those of GB 18030's first extension
    // that it maps; far fewer would mean the decoding above went wrong, not the font.
    assert!(hanzi.len() > 20_000, "only {} hanzi decoded", hanzi.len());
    let missing: String = hanzi
        .iter()
        .copied()
        .filter(|&c| face.glyph_index(c).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} GBK hanzi have no glyph: {missing}",
        missing.chars().count(),
        hanzi.len()
    );
}
