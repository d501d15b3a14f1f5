//! The bundled Chinese font, so the editor draws Chinese on a machine with no fonts installed.
//!
//! Noto Sans CJK SC (SIL Open Font License, see `assets/NotoSansSC-LICENSE.txt`), subset to GBK
//! (GB2312 lacks names of people and places such as 堃 喆 昇 鄠), the box-drawing signs some forms
//! write for ＝ (`═`), and the punctuation and symbols tables use; without the OpenType layout
//! tables, which egui does not read. It comes first for ordinary text so Chinese and
//! Latin share one look; egui's own fonts stay behind it for icons and emoji.

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// The font's name among egui's fonts.
const CJK_FONT: &str = "noto-sans-sc-subset";

/// egui's default fonts with the bundled Chinese font added.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT.to_owned(),
        Arc::new(FontData::from_static(crate::assets::CJK_FONT)),
    );
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, CJK_FONT.to_owned());
    }
    if let Some(family) = fonts.families.get_mut(&FontFamily::Monospace) {
        family.push(CJK_FONT.to_owned());
    }
    fonts
}

/// Installs the fonts into `ctx`; they are used from the next pass (or this one, if nothing has
/// been laid out yet).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
