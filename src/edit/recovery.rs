//! Recovery copies of unsaved work, written every few seconds, offered back after a crash.
//!
//! The copy is an ordinary workbook file in the recovery folder, beside a note of the file it
//! belongs to. It is removed when the work is saved, discarded, or the editor closes normally.
//! Copies are written on a background thread, so a large workbook never stalls typing.

use super::editor::Editor;
use crate::model::Workbook;
use crate::store;
use std::path::{Path, PathBuf};

/// Seconds between recovery copies while there are unsaved changes.
pub const INTERVAL_SECONDS: f64 = 5.0;

const COPY_FILE: &str = "recovery.ron";
const ORIGIN_FILE: &str = "recovery-origin.txt";

/// Work found in the recovery folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The workbook as it was.
    pub workbook: Workbook,
    /// The file it belonged to, if it had one.
    pub origin: Option<PathBuf>,
}

/// Writes and finds recovery copies.
#[derive(Debug)]
pub struct Recovery {
    dir: Option<PathBuf>,
    written_revision: Option<u64>,
    last_write_seconds: f64,
    writing: Option<std::thread::JoinHandle<Result<(), String>>>,
}

impl Recovery {
    /// Recovery copies in `dir`; `None` turns them off (no place to write).
    pub fn new(dir: Option<PathBuf>) -> Recovery {
        Recovery {
            dir,
            written_revision: None,
            last_write_seconds: f64::NEG_INFINITY,
            writing: None,
        }
    }

    fn copy_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(COPY_FILE))
    }

    fn origin_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(ORIGIN_FILE))
    }

    /// The work left by a session that did not end normally.
    pub fn find(&self) -> Option<Result<Recovered, String>> {
        let copy = self.copy_path()?;
        if !copy.exists() {
            return None;
        }
        let origin = self
            .origin_path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .map(PathBuf::from);
        Some(
            store::load(&copy)
                .map(|workbook| Recovered { workbook, origin })
                .map_err(|e| format!("恢复副本无法读取：{e}")),
        )
    }

    /// Starts writing a copy when the editor has unsaved changes not yet copied and the interval
    /// has passed; removes the copy when there is nothing unsaved. Returns whether it started a
    /// copy; an error is that of a copy started earlier.
    pub fn tick(&mut self, now_seconds: f64, editor: &mut Editor) -> Result<bool, String> {
        if self.writing.as_ref().is_some_and(|w| w.is_finished()) {
            self.wait()?;
        }
        if !editor.is_dirty() {
            if self.written_revision.is_some() {
                self.clear()?;
            }
            return Ok(false);
        }
        if self.writing.is_some()
            || self.written_revision == Some(editor.revision())
            || now_seconds - self.last_write_seconds < INTERVAL_SECONDS
        {
            return Ok(false);
        }
        let Some(dir) = self.dir.clone() else {
            return Ok(false);
        };
        let workbook = editor.workbook().clone();
        let origin = editor.path().map(Path::to_path_buf);
        self.writing = Some(std::thread::spawn(move || {
            write_copy(&dir, &workbook, origin.as_deref())
        }));
        self.written_revision = Some(editor.revision());
        self.last_write_seconds = now_seconds;
        Ok(true)
    }

    /// Waits for a copy being written; returns its error, if it failed.
    pub fn wait(&mut self) -> Result<(), String> {
        match self.writing.take().map(std::thread::JoinHandle::join) {
            None | Some(Ok(Ok(()))) => Ok(()),
            Some(Ok(Err(message))) => {
                self.written_revision = None;
                Err(message)
            }
            Some(Err(_)) => {
                self.written_revision = None;
                Err("写入恢复副本的线程意外中止".into())
            }
        }
    }

    /// Removes the copy (and the backups the atomic save left beside it).
    pub fn clear(&mut self) -> Result<(), String> {
        // A copy still being written would otherwise land after the removal.
        let written = self.wait();
        self.written_revision = None;
        for path in [self.copy_path(), self.origin_path()].into_iter().flatten() {
            for file in [store::backup_path(&path), path] {
                match std::fs::remove_file(&file) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(format!("无法删除恢复副本 {}：{e}", file.display()));
                    }
                }
            }
        }
        written
    }
}

/// Writes the copy and the note of the file it belongs to into `dir`.
fn write_copy(dir: &Path, workbook: &Workbook, origin: Option<&Path>) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("无法创建恢复目录 {}：{e}", dir.display()))?;
    store::save(&dir.join(COPY_FILE), workbook).map_err(|e| format!("无法写入恢复副本：{e}"))?;
    let origin_text = origin.map(|p| p.display().to_string()).unwrap_or_default();
    store::write_atomically(
        &dir.join(ORIGIN_FILE),
        origin_text.as_bytes(),
        store::Backup::Skip,
    )
    .map_err(|e| format!("无法写入恢复副本：{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{HeaderField, Place, Record};

    #[test]
    fn unsaved_work_is_copied_after_the_interval_and_found_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(Some(dir.path().to_path_buf()));
        let mut editor = Editor::new(
            Workbook {
                records: vec![Record::blank(Layout::CountyForm, Some(2026))],
            },
            Some(PathBuf::from("/data/部门.ron")),
        );
        assert!(!recovery.tick(0.0, &mut editor).unwrap());
        editor.edit_open(0, |r| {
            r.set_text_at(Place::Header(HeaderField::Name), "新项目")
        });
        assert!(recovery.tick(10.0, &mut editor).unwrap());
        recovery.wait().unwrap();
        editor.edit_open(0, |r| {
            r.set_text_at(Place::Header(HeaderField::Name), "新项目二")
        });
        assert!(!recovery.tick(11.0, &mut editor).unwrap(), "too soon");
        assert!(recovery.tick(16.0, &mut editor).unwrap());
        recovery.wait().unwrap();
        let found = recovery.find().unwrap().unwrap();
        assert_eq!(found.workbook, *editor.workbook());
        assert_eq!(found.origin, Some(PathBuf::from("/data/部门.ron")));
        editor.mark_saved(PathBuf::from("/data/部门.ron"));
        recovery.tick(30.0, &mut editor).unwrap();
        assert!(recovery.find().is_none());
    }
}
