//! Files built into the program, shared by the editor and the exporters.

/// The bundled Chinese font: Noto Sans CJK SC (SIL Open Font License, see
/// `assets/NotoSansSC-LICENSE.txt`), a CFF OpenType subset covering GBK, box drawing and the
/// punctuation tables use. The editor draws with it and the PDF export embeds it, so neither
/// needs fonts installed; it lives here, outside the GUI, so the core has it and the 5 MB are in
/// the binary once. Every GBK hanzi is in it, the 0xFE row's extension-A ideographs (䲟 䴓 龴) too,
/// as `tests/font_coverage.rs` proves; it is cut from the full font with fontTools (`pyftsubset
/// --font-number=2 --unicodes-file=… --layout-features='' --no-hinting`).
pub static CJK_FONT: &[u8] = include_bytes!("../assets/NotoSansSC-subset.otf");
