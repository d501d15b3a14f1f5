//! The tables as a PDF for printing: every table's official form ([`crate::export::record_grid`],
//! the grid the canonical text and the editor's preview come from) drawn on A4 pages with the
//! bundled Chinese font embedded, so the file prints the same on any machine.
//!
//! [`layout`] decides where everything goes (orientation, column widths, wrapped lines, page
//! breaks) without drawing; [`draw`] puts it on krilla pages. Each table starts on a new page;
//! a table running over a page repeats its indicator heading; the footer numbers the pages over
//! the whole document. The same workbook always gives the same bytes (no dates are written).

mod draw;
mod font;
pub mod layout;
pub mod wrap;

use crate::model::{Record, Workbook};

/// Why no PDF could be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be read (a damaged build).
    #[error("内置中文字体无法读取，无法生成 PDF")]
    Font,
    /// A page could not be set up (a size out of range).
    #[error("PDF 页面尺寸无效：{width} × {height}")]
    Page {
        /// Width in points.
        width: f32,
        /// Height in points.
        height: f32,
    },
    /// krilla could not write the document.
    #[error("生成 PDF 失败：{0}")]
    Write(String),
}

/// The workbook's tables as a PDF: each table from a new page, in workbook order; an empty
/// workbook gives one page saying so.
pub fn workbook_pdf(workbook: &Workbook) -> Result<Vec<u8>, PdfError> {
    let metrics = font::Metrics::bundled()?;
    let advance = |c| metrics.advance(c);
    let style = layout::Style::default();
    let tables: Vec<draw::Table> = workbook
        .records
        .iter()
        .map(|record| draw::Table {
            layout: layout::lay_out(&crate::export::record_grid(record), &style, &advance),
            name: footer_name(record),
        })
        .collect();
    let title = workbook
        .records
        .first()
        .map(|r| r.title.trim())
        .filter(|t| !t.is_empty())
        .or_else(|| tables.first().map(|t| t.name.as_str()))
        .unwrap_or_default();
    draw::document(title, &tables, &style, &metrics)
}

/// How the footer names a table: its project, else its title.
fn footer_name(record: &Record) -> String {
    let name = record.header.name.trim();
    if name.is_empty() {
        record.title.trim().to_string()
    } else {
        name.to_string()
    }
}
