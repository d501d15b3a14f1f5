//! Workbook files: versioned RON, saved atomically with a backup of the previous version.
//!
//! A file is an envelope `(format_version: N, workbook: (...))`. The version is read first, so a
//! file written by a newer jixiao is refused whole instead of being half-read; older versions are
//! read and saved again in the current one.

mod atomic;
mod open;

pub use atomic::{Interruption, write_atomically};
pub use open::{OpenError, Opened, is_workbook_path, looks_like_workbook, open};

use crate::model::Workbook;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The format version this build writes and the newest it reads.
///
/// Version 2 added the national forms' indicator columns, the multi-year set, cost lines, the
/// self-evaluation's national money columns and closing texts, extra header cells and import
/// doubts. Version 3 added where a table was read from (its file and sheet). Every addition
/// has a default, so an older file reads as it was. Version 4 keeps a first-level group's
/// weight only in its weight cell, never in its label, and a self-evaluation's 全年预算数 once;
/// older files are upgraded as they are read ([`crate::model::upgrade`]).
pub const FORMAT_VERSION: u32 = 4;

/// Why a workbook file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file system refused.
    #[error("无法{action}文件 {path}：{source}")]
    Io {
        /// What was being done (读取, 写入 …).
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
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
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The workbook could not be written as RON.
    #[error("无法生成工作簿文本：{0}")]
    Serialize(String),
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format_version: u32,
    workbook: &'a Workbook,
}

/// Only the version, read before anything else.
#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    workbook: Workbook,
}

/// The RON text of a workbook, as saved to a file.
pub fn to_ron_string(workbook: &Workbook) -> Result<String, StoreError> {
    let envelope = EnvelopeOut {
        format_version: FORMAT_VERSION,
        workbook,
    };
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ".to_string())
        .struct_names(false);
    let mut text = ron::ser::to_string_pretty(&envelope, config)
        .map_err(|e| StoreError::Serialize(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Reads a workbook from RON text; `path` is only used in messages.
pub fn from_ron_str(text: &str, path: &Path) -> Result<Workbook, StoreError> {
    let syntax = |e: ron::error::SpannedError| StoreError::Syntax {
        path: path.to_path_buf(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    };
    let options = ron::Options::default();
    let probe: VersionProbe = probe_version(text).map_err(syntax)?;
    if probe.format_version > FORMAT_VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: probe.format_version,
            supported: FORMAT_VERSION,
        });
    }
    let mut envelope: EnvelopeIn = options.from_str(text).map_err(syntax)?;
    crate::model::upgrade(&mut envelope.workbook, probe.format_version);
    Ok(envelope.workbook)
}

/// Reads only `format_version`, ignoring the rest, so a newer file's unknown shape is never parsed.
fn probe_version(text: &str) -> Result<VersionProbe, ron::error::SpannedError> {
    #[derive(Deserialize)]
    struct Probe {
        format_version: u32,
        #[serde(rename = "workbook")]
        _workbook: serde::de::IgnoredAny,
    }
    let probe: Probe = ron::Options::default().from_str(text)?;
    Ok(VersionProbe {
        format_version: probe.format_version,
    })
}

/// Whether `a` and `b` name the same existing file (through links and `..`): what an export or
/// a save must not write over when it is the document being read.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Loads a workbook file.
pub fn load(path: &Path) -> Result<Workbook, StoreError> {
    let text = std::fs::read_to_string(path).map_err(|source| StoreError::Io {
        action: "读取",
        path: path.to_path_buf(),
        source,
    })?;
    from_ron_str(&text, path)
}

/// Saves a workbook atomically: the old file becomes `NAME.bak`, and a failed or interrupted save
/// leaves the old file as it was.
pub fn save(path: &Path, workbook: &Workbook) -> Result<(), StoreError> {
    let text = to_ron_string(workbook)?;
    write_atomically(path, text.as_bytes(), Interruption::None)
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
