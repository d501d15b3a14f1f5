//! Reading and writing the editor's files, with messages a user can act on.

use crate::import;
use crate::model::Workbook;
use crate::store::{self, Backup};
use std::path::Path;

/// The bundled example workbook, shown when the editor starts without a file.
static EXAMPLE: &str = include_str!("../../assets/example.ron");

/// The example workbook.
pub fn example_workbook() -> Result<Workbook, String> {
    store::from_ron_str(EXAMPLE, Path::new("example.ron")).map_err(|e| e.to_string())
}

/// Whether `path` names a workbook file rather than table text.
pub fn is_workbook_file(path: &Path) -> bool {
    store::is_workbook_path(path)
}

/// Opens a workbook file or imports the tables of a document, as the command line does.
pub fn open(path: &Path) -> Result<store::Opened, String> {
    store::open(path).map_err(|e| e.to_string())
}

/// Reads tables from pasted text.
pub fn import_pasted(text: &str) -> Result<Workbook, String> {
    let workbook = import::import_text(text);
    if workbook.records.is_empty() {
        return Err(
            "粘贴的文本中没有找到项目表：请从表格或 PDF 中复制整张表（含“项目名称”一行）".into(),
        );
    }
    Ok(workbook)
}

/// Saves a workbook atomically.
pub fn save_workbook(path: &Path, workbook: &Workbook) -> Result<(), String> {
    store::save(path, workbook).map_err(|e| explain_write_failure(&e.to_string()))
}

/// Writes an export atomically: a failed write leaves the old file, or none.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    store::write_atomically(path, bytes, Backup::Skip)
        .map_err(|e| explain_write_failure(&e.to_string()))
}

/// A failed write, with the usual cause on Windows spelled out.
fn explain_write_failure(message: &str) -> String {
    if cfg!(windows) {
        format!("{message}\n如果该文件正在 Excel 或 WPS 中打开，请先关闭它再保存。")
    } else {
        message.to_owned()
    }
}

/// A file name for a new file, from the record or workbook name.
pub fn suggested_name(stem: &str, extension: &str) -> String {
    let cleaned: String = stem
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .take(40)
        .collect();
    let stem = if cleaned.trim().is_empty() {
        "绩效目标表"
    } else {
        cleaned.trim()
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_drop_characters_file_systems_refuse() {
        assert_eq!(suggested_name("甲/乙:丙", "txt"), "甲乙丙.txt");
        assert_eq!(suggested_name("  ", "ron"), "绩效目标表.ron");
    }

    #[test]
    fn the_bundled_example_loads() {
        let workbook = example_workbook().unwrap();
        assert!(!workbook.records.is_empty());
    }

    #[test]
    fn a_failed_open_says_which_file() {
        let err = open(Path::new("/nonexistent/x.ron")).unwrap_err();
        assert!(err.contains("/nonexistent/x.ron"), "{err}");
    }
}
