//! `check --report FILE`: the opinion written in the format its extension names, atomically.

use super::Review;
use crate::store::{self, StoreError};
use std::path::Path;

/// Why the report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An extension no report format has.
    #[error("不支持把审核意见写成「{path}」，请用扩展名 {choices}", choices = ReportFile::choices())]
    UnknownExtension {
        /// The file named.
        path: String,
    },
    /// The spreadsheet writer refused (a cell over Excel's 32767 characters).
    #[error("无法生成审核意见 Excel 文件：{0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// The file could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFile {
    /// An Excel workbook with the sheets 审核意见 and 汇总.
    Xlsx,
    /// A self-contained web page, for reading and printing.
    Html,
    /// Comma-separated text for any spreadsheet.
    Csv,
}

impl ReportFile {
    /// Every format, in the order the choices are listed.
    pub const ALL: [ReportFile; 3] = [ReportFile::Xlsx, ReportFile::Html, ReportFile::Csv];

    /// The extensions a file of this format has.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            ReportFile::Xlsx => &["xlsx"],
            ReportFile::Html => &["html", "htm"],
            ReportFile::Csv => &["csv"],
        }
    }

    /// The format named by `path`'s extension (any case).
    pub fn from_path(path: &Path) -> Result<ReportFile, ReportError> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        ReportFile::ALL
            .into_iter()
            .find(|kind| kind.extensions().contains(&extension.as_str()))
            .ok_or_else(|| ReportError::UnknownExtension {
                path: path.display().to_string(),
            })
    }

    /// The extensions of every format, for a message listing the choices.
    pub fn choices() -> String {
        ReportFile::ALL
            .iter()
            .flat_map(|kind| kind.extensions())
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join("、")
    }
}

/// The bytes of `review`'s report in `kind`.
pub fn report_bytes(review: &Review, kind: ReportFile) -> Result<Vec<u8>, ReportError> {
    Ok(match kind {
        ReportFile::Xlsx => super::xlsx::review_xlsx(review)?,
        ReportFile::Html => super::html::review_html(review),
        ReportFile::Csv => super::csv::review_csv(review),
    })
}

/// Writes `review`'s report to `path` in the format of its extension; either the old file or
/// the whole new report is there at every moment.
pub fn write_report(path: &Path, review: &Review) -> Result<(), ReportError> {
    let bytes = report_bytes(review, ReportFile::from_path(path)?)?;
    store::write_atomically(path, &bytes, store::Backup::Skip)?;
    Ok(())
}
