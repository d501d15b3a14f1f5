//! Atomic replacement of a file: temporary file in the same folder, flushed, renamed over.

use super::{StoreError, backup_path};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A failure to inject into a save, so tests can prove an interrupted save loses nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interruption {
    /// Save normally.
    None,
    /// Stop after the temporary file is written and flushed, before the rename, as a crash would.
    BeforeRename,
}

/// Replaces `path` with `bytes` atomically, keeping the previous file as `NAME.bak`.
///
/// Either the old file or the complete new one is at `path` at every moment; the temporary file
/// of a failed save is removed.
pub fn write_atomically(
    path: &Path,
    bytes: &[u8],
    interruption: Interruption,
) -> Result<(), StoreError> {
    write_atomically_with(path, interruption, |file| file.write_all(bytes))
}

/// [`write_atomically`] with the content made by `write` straight into the temporary file, for
/// content too large to be held in memory first.
pub fn write_atomically_with(
    path: &Path,
    interruption: Interruption,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<(), StoreError> {
    let io = |action: &'static str, at: &Path| {
        let at = at.to_path_buf();
        move |source| StoreError::Io {
            action,
            path: at,
            source,
        }
    };
    let temp = temp_path(path);
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(io("创建临时", &temp))?;
        write(&mut file).map_err(io("写入临时", &temp))?;
        file.sync_all().map_err(io("写入临时", &temp))?;
        Ok(())
    })();
    if let Err(e) = written {
        let _ignored_cleanup = fs::remove_file(&temp);
        return Err(e);
    }
    if interruption == Interruption::BeforeRename {
        // A crash here leaves the temporary file behind; the target is untouched.
        return Err(StoreError::Io {
            action: "完成保存",
            path: path.to_path_buf(),
            source: std::io::Error::other("保存被中断（测试注入）"),
        });
    }
    if path.exists()
        && let Err(e) = fs::copy(path, backup_path(path))
    {
        let _ignored_cleanup = fs::remove_file(&temp);
        return Err(io("备份", path)(e));
    }
    if let Err(e) = fs::rename(&temp, path) {
        let _ignored_cleanup = fs::remove_file(&temp);
        return Err(io("替换", path)(e));
    }
    // Make the rename itself durable; not every platform can open a folder, so this is best effort.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(dir) = File::open(dir)
    {
        let _best_effort = dir.sync_all();
    }
    Ok(())
}

fn temp_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupted_save_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        fs::write(&path, "old").unwrap();
        let result = write_atomically(&path, b"new", Interruption::BeforeRename);
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    }

    #[test]
    fn a_save_keeps_the_previous_version_as_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new", Interruption::None).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), "old");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn a_save_into_a_missing_folder_fails_and_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/w.ron");
        let err = write_atomically(&path, b"x", Interruption::None).unwrap_err();
        assert!(err.to_string().contains("w.ron"), "{err}");
    }
}
