//! Opening any file a user hands over: a jixiao workbook, or a document of tables to import.
//!
//! The command line and the editor both open files this way, so the same file is read the same
//! way, and refused with the same message, everywhere.

use super::{StoreError, from_ron_str};
use crate::import::{self, ImportError};
use crate::model::Workbook;
use std::path::{Path, PathBuf};

/// What a file turned out to be.
#[derive(Debug)]
pub enum Opened {
    /// A saved workbook: editing it and saving writes back to the same file.
    Workbook(Workbook),
    /// Tables imported from a document: new, unsaved work.
    Imported(Workbook),
}

impl Opened {
    /// The workbook, whatever the file was.
    pub fn into_workbook(self) -> Workbook {
        match self {
            Opened::Workbook(w) | Opened::Imported(w) => w,
        }
    }
}

/// Why a file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be read.
    #[error("无法读取 {path}：{}", super::cause::describe(source))]
    Read {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The workbook file is damaged, or from a newer jixiao.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The document could not be read: undecodable text, a damaged, encrypted or empty
    /// spreadsheet or Word document.
    #[error("{}", import_message(path, source))]
    Import {
        /// The document.
        path: PathBuf,
        /// Why.
        source: ImportError,
    },
    /// The document holds no table jixiao recognises.
    #[error(
        "{0} 中没有找到项目表（绩效目标表或绩效自评表）：请确认它是从表格或 PDF 中复制出的表格文本"
    )]
    NoTables(PathBuf),
}

/// The import error, after the file's name unless the message names it already.
fn import_message(path: &Path, source: &ImportError) -> String {
    if source.names_file() {
        source.to_string()
    } else {
        format!("{}：{source}", path.display())
    }
}

/// Opens `path` as a workbook when it is one (by its `.ron` name or its content), otherwise
/// imports the tables in it — table text, Excel (.xlsx, .xls), WPS (.et), OpenDocument (.ods)
/// or Word (.docx), told apart by content ([`import::import_file`]); every imported table's
/// source names `path` as given. A document without any table is refused.
pub fn open(path: &Path) -> Result<Opened, OpenError> {
    let bytes = std::fs::read(path).map_err(|source| OpenError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if looks_like_workbook(path, &bytes) {
        let text = std::str::from_utf8(&bytes).map_err(|e| StoreError::Syntax {
            path: path.to_path_buf(),
            line: bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                .saturating_add(1),
            column: 0,
            message: format!("第 {} 字节处不是有效的 UTF-8", e.valid_up_to()),
        })?;
        return Ok(Opened::Workbook(from_ron_str(text, path)?));
    }
    let name = path.to_string_lossy();
    let workbook = import::import_file(&name, &bytes).map_err(|source| OpenError::Import {
        path: path.to_path_buf(),
        source,
    })?;
    if workbook.records.is_empty() {
        return Err(OpenError::NoTables(path.to_path_buf()));
    }
    Ok(Opened::Imported(workbook))
}

/// Whether `path` names a workbook file (`.ron`, any case) by its extension.
pub fn is_workbook_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// A `.ron` file, or any file that starts like a workbook envelope.
pub fn looks_like_workbook(path: &Path, bytes: &[u8]) -> bool {
    let by_name = is_workbook_path(path);
    // Saved files are pretty-printed (`(\n  format_version: 1,`): compare without white space.
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(15)
        .collect();
    by_name || head == "(format_version"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_without_the_ron_name_is_still_opened_as_a_workbook() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("saved.txt");
        super::super::save(&path, &Workbook::default()).unwrap();
        assert!(matches!(open(&path), Ok(Opened::Workbook(_))));
    }

    #[test]
    fn prose_without_tables_is_refused_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prose.txt");
        std::fs::write(&path, "只是一段说明文字。\n").unwrap();
        let err = open(&path).unwrap_err();
        assert!(matches!(err, OpenError::NoTables(_)));
        assert!(err.to_string().contains("prose.txt"), "{err}");
    }
}
