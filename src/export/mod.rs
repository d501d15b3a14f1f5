//! The canonical table text: each table exactly as its official form lays it out, tab-separated,
//! ready to paste into the official spreadsheet form.
//!
//! Offices hand in standardized submissions, so the same content must always give the same bytes
//! and the same grid in Excel or WPS. Each layout draws its form into a [`Grid`] (cells plus
//! merged spans); the text is that grid written row by row. `docs/format.md` is the full
//! specification, with an example per layout.

mod county;
mod grid;
mod hebei;
mod parts;
mod region;
mod self_evaluation;
mod text;

pub use grid::{Grid, Merge};

use crate::layout::Layout;
use crate::model::{Record, Workbook};

/// The official form of `record` as a grid with its merged cells, for drawing the form.
pub fn record_grid(record: &Record) -> Grid {
    match record.layout {
        Layout::CountyForm => county::plain(record),
        Layout::CodedCountyForm => county::coded(record),
        Layout::HebeiDisclosure => hebei::grid(record),
        Layout::RegionForm => region::grid(record),
        Layout::SelfEvaluation => self_evaluation::grid(record),
        // Placeholder routing until the national forms have their own grids.
        Layout::NationalSelfEvaluation => self_evaluation::grid(record),
        Layout::NationalTarget | Layout::IndicatorList | Layout::Headings => county::coded(record),
    }
}

/// The rows of the official form for `record`, every row with the same number of cells; a merged
/// cell holds its text in its top-left cell and the cells it covers are empty.
pub fn record_rows(record: &Record) -> Vec<Vec<String>> {
    record_grid(record).rows
}

/// The canonical text of one table: its rows as lines of tab-separated cells, each line ended by
/// `\n`; cells holding a tab, a line break or `"` are quoted as Excel quotes them.
pub fn record_text(record: &Record) -> String {
    text::rows_text(&record_rows(record))
}

/// The canonical text of a workbook: its tables in order, separated by one empty line.
pub fn workbook_text(workbook: &Workbook) -> String {
    workbook
        .records
        .iter()
        .map(record_text)
        .collect::<Vec<_>>()
        .join("\n")
}
