//! The opinion as an Excel workbook: a sheet 审核意见 with one row per finding and a sheet 汇总,
//! each with a bold frozen heading row, an autofilter and widths that fit. The same review gives
//! the same bytes (the creation time is fixed).

use super::{OPINION_COLUMNS, Review, SUMMARY_COLUMNS};
use rust_xlsxwriter::XlsxError;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet};

/// Widths, in characters, of the opinion's columns: 问题 and 文件 are long, the rest short.
const OPINION_WIDTHS: [f64; 8] = [36.0, 14.0, 30.0, 22.0, 10.0, 18.0, 60.0, 24.0];
/// Widths of the summary's columns.
const SUMMARY_WIDTHS: [f64; 7] = [10.0, 40.0, 8.0, 8.0, 8.0, 8.0, 10.0];

/// The .xlsx file of `review`, in memory.
pub fn review_xlsx(review: &Review) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    let bold = Format::new().set_bold().set_align(FormatAlign::Center);
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);

    let rows = review.rows();
    let sheet = book.add_worksheet().set_name("审核意见")?;
    header(sheet, &OPINION_COLUMNS, &OPINION_WIDTHS, &bold)?;
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string_with_format(1 + r as u32, c as u16, cell, &text)?;
        }
    }
    sheet.autofilter(0, 0, rows.len() as u32, (OPINION_COLUMNS.len() - 1) as u16)?;

    let summary = review.summary();
    let sheet = book.add_worksheet().set_name("汇总")?;
    header(sheet, &SUMMARY_COLUMNS, &SUMMARY_WIDTHS, &bold)?;
    for (r, row) in summary.iter().enumerate() {
        let r = 1 + r as u32;
        sheet.write_string(r, 0, row.group)?;
        sheet.write_string(r, 1, &row.name)?;
        for (c, n) in row.numbers().into_iter().enumerate() {
            sheet.write_number(r, 2 + c as u16, n as f64)?;
        }
    }
    sheet.autofilter(
        0,
        0,
        summary.len() as u32,
        (SUMMARY_COLUMNS.len() - 1) as u16,
    )?;
    book.save_to_buffer()
}

fn header(
    sheet: &mut Worksheet,
    columns: &[&str],
    widths: &[f64],
    bold: &Format,
) -> Result<(), XlsxError> {
    for (c, (name, width)) in columns.iter().zip(widths).enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, bold)?;
        sheet.set_column_width(c as u16, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}
