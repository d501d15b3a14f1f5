//! The canonical table text: each table exactly as its official form lays it out, tab-separated,
//! ready to paste into the official spreadsheet form.
//!
//! Offices hand in standardized submissions, so the same content must always give the same bytes
//! and the same grid in Excel or WPS. Each layout draws its form into a [`Grid`] (cells plus
//! merged spans); the text is that grid written row by row. `docs/format.md` is the full
//! specification, with an example per layout. [`pdf`] draws the same grids as the printed form.

mod county;
mod flat;
mod hebei;
mod labelled;
mod region;
mod text;
// Laying out the forms: rows and columns of a grid bounded by the form, page geometry in
// points; no money is computed here (the flat list and the labelled forms are checked).
#[allow(clippy::arithmetic_side_effects)]
mod grid;
#[allow(clippy::arithmetic_side_effects)]
mod headings;
#[allow(clippy::arithmetic_side_effects)]
mod indicator_list;
#[allow(clippy::arithmetic_side_effects)]
mod national_self_evaluation;
#[allow(clippy::arithmetic_side_effects)]
mod national_target;
#[allow(clippy::arithmetic_side_effects)]
mod parts;
#[allow(clippy::arithmetic_side_effects)]
pub mod pdf;
#[allow(clippy::arithmetic_side_effects)]
mod self_evaluation;
#[allow(clippy::arithmetic_side_effects)]
mod xlsx;

pub use flat::{FlatNote, flat_workbook};
pub use grid::{Grid, Merge};
pub use pdf::{PdfError, workbook_pdf};
pub use text::push_cell as push_clipboard_cell;
pub use xlsx::{XlsxError, workbook_xlsx};

use crate::layout::Layout;
use crate::model::{Record, Workbook};
use std::path::Path;

/// The kinds of file `jixiao export` writes, chosen by the output's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFile {
    /// The canonical tab-separated text (`.txt`, `.tsv`).
    Text,
    /// The official form as an Excel workbook (`.xlsx`).
    Xlsx,
    /// The official forms on A4 pages, for printing (`.pdf`).
    Pdf,
}

impl ExportFile {
    /// Every kind, in the order the choices are listed.
    pub const ALL: [ExportFile; 3] = [ExportFile::Text, ExportFile::Xlsx, ExportFile::Pdf];

    /// The extensions that choose this kind, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            ExportFile::Text => &["txt", "tsv"],
            ExportFile::Xlsx => &["xlsx"],
            ExportFile::Pdf => &["pdf"],
        }
    }

    /// The kind `path`'s extension names (any case), `None` for another or no extension.
    pub fn from_path(path: &Path) -> Option<ExportFile> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        ExportFile::ALL
            .into_iter()
            .find(|kind| kind.extensions().contains(&extension.as_str()))
    }

    /// The extensions of every kind, for a message listing the choices (`.txt、.tsv、.xlsx`).
    pub fn choices() -> String {
        ExportFile::ALL
            .iter()
            .flat_map(|kind| kind.extensions())
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join("、")
    }
}

/// Puts `record` in the form of `layout` (`jixiao export --layout`). A known form prints its own
/// indicator columns, so the record's columns are dropped and a column the form lacks is not
/// written; a table read by its headings prints the record's columns, so the columns it was
/// printed in are kept, named as that form named them.
pub fn convert(record: &mut Record, layout: Layout) {
    if record.layout == layout {
        return;
    }
    if layout == Layout::Headings {
        if record.columns.is_empty() {
            record.columns = record.layout.form().indicator_columns();
        }
    } else {
        record.columns.clear();
    }
    record.layout = layout;
}

/// The official form of `record` as a grid with its merged cells, for drawing the form.
pub fn record_grid(record: &Record) -> Grid {
    match record.layout {
        Layout::CountyForm => county::plain(record),
        Layout::CodedCountyForm => county::coded(record),
        Layout::HebeiDisclosure => hebei::grid(record),
        Layout::RegionForm => region::grid(record),
        Layout::SelfEvaluation => self_evaluation::grid(record),
        Layout::NationalTarget => national_target::grid(record),
        Layout::IndicatorList => indicator_list::grid(record),
        Layout::NationalSelfEvaluation => national_self_evaluation::grid(record),
        Layout::Headings => headings::grid(record),
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
