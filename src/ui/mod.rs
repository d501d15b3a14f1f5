//! The egui editor. (Placeholder: being written.)

use std::path::PathBuf;

/// Opens the editor window on `file`, or on the bundled example workbook.
pub fn run(_file: Option<PathBuf>) -> Result<(), String> {
    Err("编辑器尚未完成".into())
}
