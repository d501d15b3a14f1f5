//! Excel workbooks (.xlsx through calamine's streaming cell reader; .xls and WPS .et, both
//! BIFF, through calamine's Xls) read sheet by sheet into the text a copy of each sheet gives.
//!
//! A cell's value is shown with its number format ([`super::number_format`]): calamine hands
//! over an .xlsx cell's style id, whose format code this renders, since calamine itself gives
//! the bare number. Cells are streamed, so a sheet of 100,000 rows never sits in memory as a
//! dense range and a stray cell at XFD1048576 costs one cell.
//!
//! What .xls and .et do not give: calamine's Xls has no number formats beyond telling dates
//! from numbers, so an .xls number reads as General (`1` for a cell that shows `100%`) and a
//! date as `yyyy-mm-dd`; hidden rows and columns are not detected (their cells are read like
//! the others); and the sheet is read as calamine's dense range (.xls sheets are at most
//! 65,536 × 256 cells). Merged ranges and hidden sheets are read for every format.

use super::number_format::{self, NumberFormat};
use super::sheet::{Region, SheetBuilder, SheetText};
use super::xlsx_layout;
use super::{Failure, SheetDoc};
use calamine::{Data, Dimensions, Reader, SheetVisible, Xls, XlsError, Xlsx, XlsxError};
use std::collections::HashMap;
use std::io::Cursor;

/// The sheets of an .xlsx workbook.
pub(super) fn read_xlsx(bytes: &[u8]) -> Result<Vec<SheetDoc>, Failure> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| match e {
        XlsxError::Password => Failure::Encrypted,
        e => Failure::Damaged(e.to_string()),
    })?;
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Failure::Damaged(e.to_string()))?;
    let parts = xlsx_layout::sheet_parts(&mut zip);
    let date1904 = workbook.has_1904_epoch();
    let sheets = workbook.sheets_metadata().to_vec();
    let mut docs = Vec::new();
    for sheet in sheets {
        let layout = parts
            .get(&sheet.name)
            .map(|part| xlsx_layout::read_layout(&mut zip, part))
            .unwrap_or_default();
        let mut builder = SheetBuilder::new(&sheet.name);
        for &row in &layout.hidden_rows {
            builder.hide_rows(row, row);
        }
        for &(first, last) in &layout.hidden_cols {
            builder.hide_cols(first, last);
        }
        builder.set_merges(layout.merges);
        let failed = |e: XlsxError| Failure::Sheet {
            sheet: sheet.name.clone(),
            reason: e.to_string(),
        };
        let mut cells = workbook
            .worksheet_cells_reader(&sheet.name)
            .map_err(failed)?;
        let mut formats: HashMap<usize, NumberFormat> = HashMap::new();
        while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(failed)? {
            let format = formats.entry(style).or_insert_with(|| {
                let number_format = cells
                    .styles()
                    .get(style)
                    .and_then(|s| s.number_format.as_ref());
                number_format
                    .and_then(|f| f.format_id)
                    .and_then(NumberFormat::builtin_chinese)
                    .unwrap_or_else(|| {
                        NumberFormat::parse(number_format.map_or("General", |f| &f.format_code))
                    })
            });
            let (row, col) = cell.get_position();
            if let Some(text) = shown(Data::from(cell.get_value().clone()), Some(format), date1904)
            {
                builder.cell(row, col, text);
            }
        }
        docs.push(doc(&sheet.name, sheet.visible, builder.finish()));
    }
    Ok(docs)
}

/// The sheets of an .xls or WPS .et workbook.
pub(super) fn read_xls(bytes: &[u8]) -> Result<Vec<SheetDoc>, Failure> {
    let mut workbook: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(|e| match e {
        XlsError::Password => Failure::Encrypted,
        e => Failure::Damaged(e.to_string()),
    })?;
    let date1904 = workbook.has_1904_epoch();
    let sheets = workbook.sheets_metadata().to_vec();
    let mut docs = Vec::new();
    for sheet in sheets {
        let failed = |e: XlsError| Failure::Sheet {
            sheet: sheet.name.clone(),
            reason: e.to_string(),
        };
        let merges = workbook
            .merge_cells_by_sheet_name(&sheet.name)
            .map_err(failed)?;
        let range = workbook.worksheet_range(&sheet.name).map_err(failed)?;
        let mut builder = SheetBuilder::new(&sheet.name);
        builder.set_merges(merges.iter().map(region).collect());
        let (top, left) = range.start().unwrap_or((0, 0));
        for (row, col, value) in range.used_cells() {
            let (Ok(row), Ok(col)) = (u32::try_from(row), u32::try_from(col)) else {
                continue;
            };
            if let Some(text) = shown(value.clone(), None, date1904) {
                builder.cell(top.saturating_add(row), left.saturating_add(col), text);
            }
        }
        docs.push(doc(&sheet.name, sheet.visible, builder.finish()));
    }
    Ok(docs)
}

fn doc(name: &str, visible: SheetVisible, text: SheetText) -> SheetDoc {
    SheetDoc {
        name: name.to_owned(),
        hidden: !matches!(visible, SheetVisible::Visible),
        text,
    }
}

fn region(d: &Dimensions) -> Region {
    Region {
        first_row: d.start.0,
        first_col: d.start.1,
        last_row: d.end.0,
        last_col: d.end.1,
    }
}

/// The text a cell shows; `None` for an empty cell. Without a format (.xls), numbers read as
/// General and dates as `yyyy-mm-dd` (with the time when there is one).
fn shown(value: Data, format: Option<&NumberFormat>, date1904: bool) -> Option<String> {
    let number = |n: f64| match format {
        Some(format) => format.render(n, date1904),
        None => number_format::general(n),
    };
    Some(match value {
        Data::Empty => return None,
        Data::String(s) => s,
        Data::Float(f) => number(f),
        Data::Int(i) => number(i as f64),
        Data::Bool(true) => "TRUE".into(),
        Data::Bool(false) => "FALSE".into(),
        Data::Error(e) => e.to_string(),
        Data::DateTime(dt) => match format {
            Some(format) => format.render(dt.as_f64(), date1904),
            None => {
                let serial = dt.as_f64();
                let code = if serial.fract() == 0.0 {
                    "yyyy-mm-dd"
                } else {
                    "yyyy-mm-dd hh:mm:ss"
                };
                NumberFormat::parse(code).render(serial, date1904)
            }
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => s,
    })
}
