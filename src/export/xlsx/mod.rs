//! The official form as an Excel workbook (.xlsx): each table on a sheet of its own, drawn from
//! the same [`Grid`] as the canonical text and the editor's preview, with the form's merged
//! cells, borders, wrapped text, widths that fit, bold labels, amounts as numbers, and a page
//! set up to print (A4, one page wide, the indicator heading repeated on every page).
//!
//! The same workbook always gives the same bytes: the document's creation time is fixed.

mod numbers;
mod sheet_names;
mod widths;

use super::{Grid, record_grid};
use crate::model::Workbook;
use numbers::{Number, format_code, number};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Worksheet};
use std::collections::HashMap;

/// Why a workbook could not be written as .xlsx.
#[derive(Debug, thiserror::Error)]
pub enum XlsxError {
    /// The spreadsheet writer refused a table (a cell over Excel's 32767 characters, a table
    /// wider or longer than a sheet).
    #[error("无法生成 Excel 工作表「{sheet}」：{source}")]
    Sheet {
        /// The sheet's name.
        sheet: String,
        /// The writer's reason.
        source: rust_xlsxwriter::XlsxError,
    },
    /// The file could not be put together.
    #[error("无法生成 Excel 文件：{0}")]
    Workbook(#[source] rust_xlsxwriter::XlsxError),
}

/// The font of the official forms, as Excel and WPS on Chinese systems name it.
const FONT: &str = "宋体";
/// Body text size, in points.
const FONT_SIZE: f64 = 11.0;
/// Title size, in points.
const TITLE_SIZE: f64 = 16.0;
/// A4 in Excel's paper numbering.
const A4: u8 = 9;
/// Tables wider than this (widths of `0`) print landscape: about what fits across portrait A4.
const PORTRAIT_WIDTH: f64 = 100.0;

/// Every table of `workbook` as one .xlsx file, in memory: one sheet per table, named after its
/// project (see the module doc). An empty workbook gives a file with one empty sheet.
pub fn workbook_xlsx(workbook: &Workbook) -> Result<Vec<u8>, XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1).map_err(XlsxError::Workbook)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    let names = sheet_names::sheet_names(&workbook.records);
    let mut styles = Styles::default();
    for (record, name) in workbook.records.iter().zip(&names) {
        let sheet = book.add_worksheet();
        let wrap = |source| XlsxError::Sheet {
            sheet: name.clone(),
            source,
        };
        sheet.set_name(name).map_err(wrap)?;
        write_sheet(sheet, &record_grid(record), &mut styles).map_err(wrap)?;
    }
    if workbook.records.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer().map_err(XlsxError::Workbook)
}

/// The formats of a sheet, made once each.
#[derive(Default)]
struct Styles {
    numbers: HashMap<usize, Format>,
}

impl Styles {
    fn base() -> Format {
        Format::new()
            .set_font_name(FONT)
            .set_font_size(FONT_SIZE)
            .set_align(FormatAlign::VerticalCenter)
            .set_text_wrap()
    }

    /// The title: bold, larger, centred, no border.
    fn title() -> Format {
        Styles::base()
            .set_bold()
            .set_font_size(TITLE_SIZE)
            .set_align(FormatAlign::Center)
    }

    /// A line above the table (year, unit): no border, centred unless it stands at the right.
    fn line(right: bool) -> Format {
        Styles::base().set_align(if right {
            FormatAlign::Right
        } else {
            FormatAlign::Center
        })
    }

    /// A label the form prints: bold, centred, bordered.
    fn label() -> Format {
        Styles::base()
            .set_bold()
            .set_align(FormatAlign::Center)
            .set_border(FormatBorder::Thin)
    }

    /// A cell of the record: bordered, left.
    fn text() -> Format {
        Styles::base()
            .set_align(FormatAlign::Left)
            .set_border(FormatBorder::Thin)
    }

    /// An amount: bordered, right, showing `decimals` digits after the point.
    fn number(&mut self, decimals: usize) -> &Format {
        self.numbers.entry(decimals).or_insert_with(|| {
            Styles::base()
                .set_align(FormatAlign::Right)
                .set_border(FormatBorder::Thin)
                .set_num_format(format_code(decimals))
        })
    }
}

/// How a cell is drawn.
enum Kind {
    Title,
    Line { right: bool },
    Label,
    Text,
    Number(Number),
}

/// Where the table itself starts: the lines above it (title, year, `单位：万元`) each have one
/// text, merged across the whole width or standing in the last column.
fn table_start(grid: &Grid) -> usize {
    let width = grid.width();
    grid.rows
        .iter()
        .enumerate()
        .position(|(r, row)| {
            let filled: Vec<usize> = (0..row.len()).filter(|&c| !row[c].is_empty()).collect();
            let line = match filled.as_slice() {
                [] => true,
                [c] => *c + 1 == width || grid.merge_at(r, *c).is_some_and(|m| m.cols == width),
                _ => false,
            };
            !line
        })
        .unwrap_or(grid.rows.len())
}

/// How the cell at `r`, `c` is drawn.
fn kind(grid: &Grid, start: usize, r: usize, c: usize) -> Kind {
    let text = &grid.rows[r][c];
    let place = grid.places[r][c];
    if r < start {
        return if r == 0 {
            Kind::Title
        } else {
            Kind::Line {
                right: c + 1 == grid.width() && c > 0,
            }
        };
    }
    if let Some(n) = number(place, text) {
        return Kind::Number(n);
    }
    if place.is_none() && !text.is_empty() {
        Kind::Label
    } else {
        Kind::Text
    }
}

/// Draws `grid` on `sheet`.
fn write_sheet(
    sheet: &mut Worksheet,
    grid: &Grid,
    styles: &mut Styles,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let start = table_start(grid);
    let widths = widths::column_widths(grid);
    let heights = widths::row_heights(grid, &widths, |r, _| {
        if r == 0 && start > 0 {
            TITLE_SIZE / FONT_SIZE
        } else {
            1.0
        }
    });
    for (c, width) in widths.iter().enumerate() {
        sheet.set_column_width(col(c), *width)?;
    }
    for (r, height) in heights.iter().enumerate() {
        sheet.set_row_height(row(r), *height)?;
    }
    let (title, label, text) = (Styles::title(), Styles::label(), Styles::text());
    let lines = [Styles::line(false), Styles::line(true)];
    for (r, cells) in grid.rows.iter().enumerate() {
        for (c, content) in cells.iter().enumerate() {
            let merge = grid.merge_at(r, c);
            if merge.is_none() && grid.is_covered(r, c) {
                continue;
            }
            let kind = kind(grid, start, r, c);
            let format = match &kind {
                Kind::Title => &title,
                Kind::Line { right } => &lines[usize::from(*right)],
                Kind::Label => &label,
                Kind::Text => &text,
                Kind::Number(n) => styles.number(n.decimals),
            };
            if let Some(m) = merge {
                let (last_row, last_col) = (r + m.rows - 1, c + m.cols - 1);
                let shown = if matches!(kind, Kind::Number(_)) {
                    ""
                } else {
                    content
                };
                sheet.merge_range(row(r), col(c), row(last_row), col(last_col), shown, format)?;
            }
            match &kind {
                Kind::Number(n) => {
                    sheet.write_number_with_format(row(r), col(c), n.value, format)?;
                }
                _ if merge.is_some() => {}
                _ if content.is_empty() => {
                    if r >= start {
                        sheet.write_blank(row(r), col(c), format)?;
                    }
                }
                _ => {
                    sheet.write_string_with_format(row(r), col(c), content, format)?;
                }
            }
        }
    }
    page_setup(sheet, grid, &widths)
}

/// A4, landscape when the table is wider than portrait A4, one page wide and as many tall as it
/// takes, the indicator heading repeated on every page, modest margins, centred across the page.
fn page_setup(
    sheet: &mut Worksheet,
    grid: &Grid,
    widths: &[f64],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    sheet.set_paper_size(A4);
    if widths.iter().sum::<f64>() > PORTRAIT_WIDTH {
        sheet.set_landscape();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
    sheet.set_print_center_horizontally(true);
    sheet.set_screen_gridlines(false);
    if let Some(heading) = grid.heading_rows() {
        sheet.set_repeat_rows(row(heading.start), row(heading.end.saturating_sub(1)))?;
    }
    Ok(())
}

/// A grid row as a sheet row; a grid longer than a sheet gives a row past the end, which the
/// writer refuses with an error.
fn row(r: usize) -> u32 {
    u32::try_from(r).unwrap_or(u32::MAX)
}

/// A grid column as a sheet column, likewise.
fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
