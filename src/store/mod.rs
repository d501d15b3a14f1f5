//! Workbook files: versioned RON, saved atomically with a backup of the previous version.
//!
//! A file is an envelope `(format_version: N, workbook: (...))`. The version is read first, so a
//! file written by a newer jixiao is refused whole instead of being half-read; older versions are
//! read and saved again in the current one. Unknown fields are refused rather than dropped, and
//! number cells take their value from their text (see `docs/format.md`, "Workbook files").

mod atomic;
mod cause;
mod open;
// Byte offsets of the envelope within a chunk's text and turns between worker threads.
#[allow(clippy::arithmetic_side_effects)]
mod ron_text;
mod stale;
mod syntax;

pub use atomic::{
    Backup, Interruption, write_atomically, write_atomically_with, write_interrupted,
};
pub use open::{OpenError, Opened, is_workbook_path, looks_like_workbook, open};
pub use ron_text::{to_ron_string, write_ron};

use crate::model::Workbook;
use serde::Deserialize;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The format version this build writes and the newest it reads.
///
/// Version 2 added the national forms' indicator columns, the multi-year set, cost lines, the
/// self-evaluation's national money columns and closing texts, extra header cells and import
/// doubts. Version 3 added where a table was read from (its file and sheet). Every addition
/// has a default, so an older file reads as it was. Version 4 keeps a first-level group's
/// weight only in its weight cell, never in its label, and a self-evaluation's 全年预算数 once;
/// older files are upgraded as they are read ([`crate::model::upgrade`]). Version 5 keeps the
/// cells of indicator columns no form names (`IndicatorCell::Other`, `Indicator::others`) of a
/// table read by its headings, which earlier versions kept only in an import note.
pub const FORMAT_VERSION: u32 = 5;

/// Why a workbook file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file system refused.
    #[error("无法{action} {path}：{}", cause::describe(source))]
    Io {
        /// What was being done (读取, 保存到, 写入备份).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file to be replaced is read-only: someone marked it so, and a save must not undo that.
    #[error("文件 {} 是只读的，没有保存：请另存为其他文件，或先取消它的只读属性", .0.display())]
    ReadOnly(PathBuf),
    /// The file is not a jixiao workbook or is damaged.
    #[error("文件 {path} 不是有效的 jixiao 工作簿（第 {line} 行第 {column} 列）：{message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the reader said.
        message: String,
    },
    /// The file was written by a newer jixiao.
    #[error(
        "文件 {path} 由更新版本的 jixiao 保存（格式版本 {found}，本程序支持到 {supported}），为避免丢失内容拒绝打开，请升级 jixiao"
    )]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The workbook could not be written as RON.
    #[error("无法生成工作簿文本：{0}")]
    Serialize(String),
}

impl StoreError {
    fn io(action: &'static str, path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }
}

/// A whole file of a version this build reads. Unknown fields anywhere are an error rather than
/// dropped, since a field dropped on reading is lost on the next save.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    #[serde(rename = "format_version")]
    _format_version: u64,
    workbook: Workbook,
}

/// Reads a workbook from RON text; `path` is only used in messages. A leading byte-order mark
/// (which some editors add on saving) is skipped.
pub fn from_ron_str(text: &str, path: &Path) -> Result<Workbook, StoreError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax = |e: ron::error::SpannedError| StoreError::Syntax {
        path: path.to_path_buf(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: syntax::describe(&e.code),
    };
    let version = read_version(text).map_err(syntax)?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let mut envelope: EnvelopeIn = ron::Options::default().from_str(text).map_err(syntax)?;
    crate::model::upgrade(&mut envelope.workbook, version);
    Ok(envelope.workbook)
}

/// Reads only `format_version`, ignoring the rest, so a newer file's unknown shape is never
/// parsed. Any version a file can state is read, so every one above ours is called newer.
fn read_version(text: &str) -> Result<u64, ron::error::SpannedError> {
    #[derive(Deserialize)]
    struct Envelope {
        format_version: u64,
        #[serde(rename = "workbook")]
        _workbook: serde::de::IgnoredAny,
    }
    let envelope: Envelope = ron::Options::default().from_str(text)?;
    Ok(envelope.format_version)
}

/// Whether `a` and `b` name the same existing file (through links and `..`): what an export or
/// a save must not write over when it is the document being read.
/// Hard links are the same file too, told by device and inode where the platform has them.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b || same_inode(&a, &b),
        _ => false,
    }
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_inode(_a: &Path, _b: &Path) -> bool {
    false
}

/// Loads a workbook file.
pub fn load(path: &Path) -> Result<Workbook, StoreError> {
    let text = std::fs::read_to_string(path).map_err(|e| StoreError::io("读取", path, e))?;
    from_ron_str(&text, path)
}

/// Saves a workbook atomically: the old file becomes `NAME.bak`, and a failed or interrupted save
/// leaves the old file as it was.
pub fn save(path: &Path, workbook: &Workbook) -> Result<(), StoreError> {
    write_atomically_with(path, Backup::Keep, |file| {
        let mut out = std::io::BufWriter::new(file);
        write_ron(&mut out, workbook).map_err(std::io::Error::other)?;
        out.flush()
    })
}

/// The backup kept beside `path` when it is overwritten.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{Indicator, Record};

    fn sample() -> Workbook {
        let mut record = Record::blank(Layout::CodedCountyForm, Some(2024));
        record.header.name = "政策性农业保险资金项目".into();
        record.header.amount.set_text("400.000000");
        record.groups[0].groups[0]
            .indicators
            .push(Indicator::new("参保覆盖行政村", "144 个"));
        Workbook {
            records: vec![record],
        }
    }

    #[test]
    fn a_saved_workbook_loads_back_equal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        save(&path, &sample()).unwrap();
        assert_eq!(load(&path).unwrap(), sample());
    }

    #[test]
    fn a_file_from_a_newer_version_is_refused_with_its_version() {
        let text = to_ron_string(&sample()).unwrap().replacen(
            &format!("format_version: {FORMAT_VERSION}"),
            "format_version: 99",
            1,
        );
        match from_ron_str(&text, Path::new("new.ron")) {
            Err(StoreError::NewerVersion { found: 99, .. }) => {}
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_newer_file_with_an_unknown_shape_is_still_refused_by_version() {
        let text = "(format_version: 7, workbook: (records: [], sheets: {\"x\": 1}))";
        assert!(matches!(
            from_ron_str(text, Path::new("n.ron")),
            Err(StoreError::NewerVersion { found: 7, .. })
        ));
    }

    #[test]
    fn a_damaged_file_says_where() {
        let err = from_ron_str(
            "(format_version: 1, workbook: (records: [",
            Path::new("d.ron"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("d.ron"), "{err}");
    }
}
