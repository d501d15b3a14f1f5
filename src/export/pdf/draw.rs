//! Putting laid-out tables on krilla pages: shading, text, borders and the footer.

use super::PdfError;
use super::font::{Metrics, printable};
use super::layout::{Align, CellBox, Kind, PageSpan, Sheet, Style, TableLayout};
use super::wrap;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::Font;
use krilla::{Document, SerializeSettings};

/// A table ready to draw, with the name its pages' footers carry.
pub(super) struct Table {
    /// Where everything goes.
    pub layout: TableLayout,
    /// The project, for the footer.
    pub name: String,
}

/// Width of the cell borders.
const BORDER: f32 = 0.6;
/// Shade of the form's labels (0 black, 255 white): light enough to print on any printer.
const LABEL_SHADE: u8 = 236;
/// Size of the footer text.
const FOOTER_SIZE: f32 = 8.0;
/// Where a CJK glyph's ideographic box sits, as a share of the font size above the baseline
/// (Noto Sans CJK draws ideographs from -0.12 em to 0.88 em), so text centres in its line.
const IDEOGRAPHIC_ASCENT: f32 = 0.88;
/// Tolerance when comparing positions, in points.
const EPS: f32 = 0.01;

/// Draws `tables` into one document titled `title` (what a PDF reader shows): every table from
/// a new page, pages numbered over all.
pub(super) fn document(
    title: &str,
    tables: &[Table],
    style: &Style,
    metrics: &Metrics,
) -> Result<Vec<u8>, PdfError> {
    let font = Font::new(krilla::Data::from(crate::assets::CJK_FONT), 0).ok_or(PdfError::Font)?;
    let mut document = Document::new_with(SerializeSettings::default());
    // No creation date: the same workbook must give the same bytes.
    document.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .creator("jixiao".to_string())
            .language("zh-CN".to_string()),
    );
    let pen = Pen {
        font,
        style,
        metrics,
    };
    let total = tables.iter().map(|t| t.layout.pages.len()).sum::<usize>();
    if total == 0 {
        let sheet = Sheet::A4_PORTRAIT;
        let mut page = document.start_page_with(settings(sheet)?);
        let mut surface = page.surface();
        let y = style.margin + style.line_step();
        pen.text_centred(
            &mut surface,
            "（没有项目表）",
            style.font_size,
            sheet.width / 2.0,
            y,
        );
        surface.finish();
        page.finish();
    }
    let mut number = 0;
    for table in tables {
        for span in &table.layout.pages {
            number += 1;
            let sheet = table.layout.sheet;
            let mut page = document.start_page_with(settings(sheet)?);
            let mut surface = page.surface();
            pen.page(&mut surface, &table.layout, span);
            pen.footer(&mut surface, sheet, &table.name, number, total);
            surface.finish();
            page.finish();
        }
    }
    document
        .finish()
        .map_err(|error| PdfError::Write(error.to_string()))
}

/// The page settings for `sheet`.
fn settings(sheet: Sheet) -> Result<PageSettings, PdfError> {
    PageSettings::from_wh(sheet.width, sheet.height).ok_or(PdfError::Page {
        width: sheet.width,
        height: sheet.height,
    })
}

/// What every drawing needs: the font, its measures and the style.
struct Pen<'a> {
    font: Font,
    style: &'a Style,
    metrics: &'a Metrics,
}

impl Pen<'_> {
    /// One page of a table: the repeated heading, then its window of the strip.
    fn page(&self, surface: &mut Surface, layout: &TableLayout, span: &PageSpan) {
        let mut top = self.style.margin;
        if span.heading
            && let Some((from, to)) = layout.heading_window()
        {
            self.window(surface, layout, from, to, top);
            top += to - from;
        }
        self.window(surface, layout, span.from, span.to, top);
    }

    /// The boxes of the strip between `from` and `to`, drawn from `top` down on the page. A box
    /// cut by the window is drawn as far as it shows, with its own borders; its text is
    /// centred in the part when it fits there (a merged `产出指标` shows on both pages),
    /// else its lines run on from part to part ([`TableLayout::flow`]).
    fn window(&self, surface: &mut Surface, layout: &TableLayout, from: f32, to: f32, top: f32) {
        let left = self.style.margin;
        let y = |strip: f32| top + (strip - from);
        for cell in layout.boxes_between(from, to) {
            let (cell_top, cell_bottom) = layout.extent(cell);
            let (shown_top, shown_bottom) = (cell_top.max(from), cell_bottom.min(to));
            if shown_bottom - shown_top <= EPS {
                continue;
            }
            let (x0, x1) = layout.span(cell);
            let rect = Rect::from_ltrb(left + x0, y(shown_top), left + x1, y(shown_bottom));
            if cell.kind == Kind::Label
                && let Some(rect) = rect
            {
                fill_rect(surface, rect);
            }
            let step = cell.size * self.style.leading;
            let block = cell.lines.len() as f32 * step;
            let whole = shown_top - cell_top <= EPS && cell_bottom - shown_bottom <= EPS;
            let fits = block + 2.0 * self.style.pad_y <= shown_bottom - shown_top + EPS;
            let (lines, text_top) = if whole || fits {
                let top = shown_top + (shown_bottom - shown_top - block) / 2.0;
                (0..cell.lines.len(), top)
            } else {
                layout.flow(cell, shown_top, shown_bottom, self.style)
            };
            // A part holding the rest of a flowing text may be a line short: clip it too.
            let clip = (cell.overflows || !(whole || fits))
                .then_some(rect)
                .flatten();
            if let Some(rect) = clip
                && let Some(path) = rect_path(rect)
            {
                surface.push_clip_path(&path, &FillRule::NonZero);
            }
            for (i, line) in cell.lines.get(lines).unwrap_or(&[]).iter().enumerate() {
                if !line.is_empty() {
                    let line_top = y(text_top + i as f32 * step);
                    self.line(surface, cell, line, (left + x0, left + x1), line_top);
                }
            }
            if clip.is_some() {
                surface.pop();
            }
            if cell.bordered()
                && let Some(rect) = rect
            {
                stroke_rect(surface, rect);
            }
        }
    }

    /// One line of a box, its line box starting at `line_top` on the page.
    fn line(
        &self,
        surface: &mut Surface,
        cell: &CellBox,
        line: &str,
        (x0, x1): (f32, f32),
        line_top: f32,
    ) {
        let pad = self.style.pad_x;
        let width = self.width(line, cell.size);
        let x = match cell.align {
            Align::Left => x0 + pad,
            Align::Center => x0 + (x1 - x0 - width) / 2.0,
            Align::Right => x1 - pad - width,
        }
        .max(x0 + pad);
        let step = cell.size * self.style.leading;
        let baseline = line_top + (step - cell.size) / 2.0 + IDEOGRAPHIC_ASCENT * cell.size;
        surface.set_fill(Some(Fill::default()));
        if cell.kind == Kind::Title {
            // The font has one weight: a thin outline around the filled glyphs reads as bold.
            surface.set_stroke(Some(Stroke {
                width: cell.size * 0.03,
                ..Stroke::default()
            }));
        }
        self.text(surface, line, cell.size, x, baseline);
        surface.set_stroke(None);
    }

    /// The page number in the middle of the footer, the table's name at its left.
    fn footer(&self, surface: &mut Surface, sheet: Sheet, name: &str, number: usize, total: usize) {
        let baseline =
            sheet.height - self.style.margin - self.style.footer / 2.0 + FOOTER_SIZE / 2.0;
        let label = format!("第 {number} 页 / 共 {total} 页");
        self.text_centred(surface, &label, FOOTER_SIZE, sheet.width / 2.0, baseline);
        let room = sheet.content_width(self.style) / 2.0 - self.width(&label, FOOTER_SIZE);
        let name = self.shortened(name, FOOTER_SIZE, room);
        self.text(surface, &name, FOOTER_SIZE, self.style.margin, baseline);
    }

    /// `text` cut to `room` points with `…` when longer.
    fn shortened(&self, text: &str, size: f32, room: f32) -> String {
        if self.width(text, size) <= room {
            return text.to_string();
        }
        let ellipsis = self.width("…", size);
        let mut width = 0.0;
        let mut kept = String::new();
        for c in text.chars() {
            width += self.metrics.advance(c) * size;
            if width + ellipsis > room {
                break;
            }
            kept.push(c);
        }
        kept.push('…');
        kept
    }

    /// `text` centred on `x`.
    fn text_centred(&self, surface: &mut Surface, text: &str, size: f32, x: f32, baseline: f32) {
        let x = x - self.width(text, size) / 2.0;
        self.text(surface, text, size, x, baseline);
    }

    /// `text` from `x` on `baseline`.
    fn text(&self, surface: &mut Surface, text: &str, size: f32, x: f32, baseline: f32) {
        if text.trim().is_empty() {
            return;
        }
        let text = printable(text);
        let glyphs = self.metrics.glyphs(&text);
        surface.draw_glyphs(
            Point::from_xy(x, baseline),
            &glyphs,
            self.font.clone(),
            &text,
            size,
            false,
        );
    }

    /// The width of `text` at `size`, in points.
    fn width(&self, text: &str, size: f32) -> f32 {
        wrap::natural_width(text, &|c| self.metrics.advance(c)) * size
    }
}

/// A closed rectangle path.
fn rect_path(rect: Rect) -> Option<krilla::geom::Path> {
    let mut builder = PathBuilder::new();
    builder.push_rect(rect);
    builder.finish()
}

/// Shades a label's rectangle.
fn fill_rect(surface: &mut Surface, rect: Rect) {
    let Some(path) = rect_path(rect) else { return };
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(LABEL_SHADE, LABEL_SHADE, LABEL_SHADE).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }));
    surface.draw_path(&path);
    surface.set_fill(Some(Fill::default()));
}

/// Draws a cell's border.
fn stroke_rect(surface: &mut Surface, rect: Rect) {
    let Some(path) = rect_path(rect) else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        width: BORDER,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
    surface.set_fill(Some(Fill::default()));
}
