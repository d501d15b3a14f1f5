//! Recovery copies of unsaved work, written every few seconds, offered back after a crash.
//!
//! The copy is an ordinary workbook file in the recovery folder, beside a note of where the
//! tables are kept and when the copy was made. It is removed when the work is saved, discarded,
//! or the editor closes normally. Copies are written on a background thread, so a large workbook
//! never stalls typing; the newest unsaved state is also kept in a [`Latest`] that a panic hook
//! writes before the process ends.

use super::editor::{Editor, Source};
use crate::model::Workbook;
use crate::store;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, TryLockError};

/// Seconds between recovery copies while there are unsaved changes.
pub const INTERVAL_SECONDS: f64 = 5.0;

/// Seconds between snapshots for the panic hook while typing: a snapshot clones the workbook,
/// which a keystroke in a large workbook should not pay each time.
const SNAPSHOT_SECONDS: f64 = 1.0;

/// How many table names a recovery offer shows.
const NAMES_SHOWN: usize = 3;

const COPY_FILE: &str = "recovery.ron";
const NOTE_FILE: &str = "recovery-note.ron";

/// What the note beside the copy says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Note {
    source: Source,
    /// RFC 3339.
    written: String,
}

/// Work found in the recovery folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The workbook as it was.
    pub workbook: Workbook,
    /// Where its tables were kept.
    pub source: Source,
    /// When the copy was written, when the note says.
    pub written: Option<DateTime<Utc>>,
}

/// What a recovered workbook holds, for the offer to name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// How many tables.
    pub tables: usize,
    /// How many third-level indicators in all.
    pub indicators: usize,
    /// The names of the first few tables.
    pub names: Vec<String>,
}

impl Recovered {
    /// What the copy holds.
    pub fn summary(&self) -> Summary {
        let records = &self.workbook.records;
        Summary {
            tables: records.len(),
            indicators: records.iter().map(|r| r.indicator_count()).sum(),
            names: records
                .iter()
                .map(|r| r.header.name.trim())
                .filter(|n| !n.is_empty())
                .take(NAMES_SHOWN)
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The file the work belonged to: the workbook, or the document it was imported from.
    pub fn file(&self) -> Option<&Path> {
        match &self.source {
            Source::Workbook(path) | Source::Imported(path) => Some(path),
            Source::Untitled => None,
        }
    }
}

/// The newest unsaved state of the document, shared with a panic hook so a crash can still
/// write it when the editor is gone.
#[derive(Debug, Clone, Default)]
pub struct Latest(Arc<Mutex<Option<Snapshot>>>);

#[derive(Debug)]
struct Snapshot {
    dir: PathBuf,
    workbook: Arc<Workbook>,
    source: Source,
}

impl Latest {
    fn set(&self, snapshot: Option<Snapshot>) {
        let mut guard = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *guard = snapshot;
    }

    /// Writes the newest unsaved state as the recovery copy now; returns whether there was one.
    /// Never waits: while the state is being replaced (the panic came from there) it gives up.
    pub fn write_now(&self) -> Result<bool, String> {
        let guard = match self.0.try_lock() {
            Ok(guard) => guard,
            Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
            Err(TryLockError::WouldBlock) => return Ok(false),
        };
        match guard.as_ref() {
            None => Ok(false),
            Some(s) => write_copy(&s.dir, &s.workbook, &s.source).map(|()| true),
        }
    }
}

/// Makes a panic write the newest unsaved work as the recovery copy before the hook that was
/// installed before (which reports the panic) runs.
pub fn install_panic_hook(latest: Latest) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        match latest.write_now() {
            Ok(true) => eprintln!("jixiao: 未保存的工作已写入恢复副本，下次启动时可以恢复"),
            Ok(false) => {}
            Err(message) => eprintln!("jixiao: {message}"),
        }
        previous(info);
    }));
}

/// Writes and finds recovery copies.
#[derive(Debug)]
pub struct Recovery {
    dir: Option<PathBuf>,
    written_revision: Option<u64>,
    last_write_seconds: f64,
    snapshot: (Option<u64>, f64),
    latest: Latest,
    writing: Option<std::thread::JoinHandle<Result<(), String>>>,
}

impl Recovery {
    /// Recovery copies in `dir`; `None` turns them off (no place to write).
    pub fn new(dir: Option<PathBuf>) -> Recovery {
        Recovery {
            dir,
            written_revision: None,
            last_write_seconds: f64::NEG_INFINITY,
            snapshot: (None, f64::NEG_INFINITY),
            latest: Latest::default(),
            writing: None,
        }
    }

    /// The newest unsaved state, for a panic hook.
    pub fn latest(&self) -> Latest {
        self.latest.clone()
    }

    fn copy_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(COPY_FILE))
    }

    fn note_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(NOTE_FILE))
    }

    /// The work left by a session that did not end normally.
    pub fn find(&self) -> Option<Result<Recovered, String>> {
        let copy = self.copy_path()?;
        if !copy.exists() {
            return None;
        }
        // A copy without a readable note is still the user's work; only what it belonged to is lost.
        let note: Option<Note> = self
            .note_path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|text| ron::from_str(&text).ok());
        let (source, written) = note.map_or((Source::Untitled, None), |n| {
            let written = DateTime::parse_from_rfc3339(&n.written)
                .ok()
                .map(|t| t.with_timezone(&Utc));
            (n.source, written)
        });
        Some(
            store::load(&copy)
                .map(|workbook| Recovered {
                    workbook,
                    source,
                    written,
                })
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
            if self.written_revision.is_some() || self.snapshot.0.is_some() {
                self.clear()?;
            }
            return Ok(false);
        }
        let Some(dir) = self.dir.clone() else {
            return Ok(false);
        };
        let copy_due = self.writing.is_none()
            && self.written_revision != Some(editor.revision())
            && now_seconds - self.last_write_seconds >= INTERVAL_SECONDS;
        let snapshot_due = self.snapshot.0 != Some(editor.revision())
            && now_seconds - self.snapshot.1 >= SNAPSHOT_SECONDS;
        if !copy_due && !snapshot_due {
            return Ok(false);
        }
        let workbook = Arc::new(editor.workbook().clone());
        let source = editor.source().clone();
        self.latest.set(Some(Snapshot {
            dir: dir.clone(),
            workbook: Arc::clone(&workbook),
            source: source.clone(),
        }));
        self.snapshot = (Some(editor.revision()), now_seconds);
        if !copy_due {
            return Ok(false);
        }
        self.writing = Some(std::thread::spawn(move || {
            write_copy(&dir, &workbook, &source)
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

    /// Removes the copy (and the backups the atomic save left beside it); the next unsaved
    /// change is copied at once.
    pub fn clear(&mut self) -> Result<(), String> {
        // A copy still being written would otherwise land after the removal.
        let written = self.wait();
        self.written_revision = None;
        self.last_write_seconds = f64::NEG_INFINITY;
        self.snapshot = (None, f64::NEG_INFINITY);
        self.latest.set(None);
        for path in [self.copy_path(), self.note_path()].into_iter().flatten() {
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

    /// Removes the copy and writes none again: the user closes the editor without saving, so
    /// the work is to be gone, not offered at the next start.
    pub fn stop(&mut self) -> Result<(), String> {
        let cleared = self.clear();
        self.dir = None;
        cleared
    }
}

/// Writes the copy and the note of where its tables are kept into `dir`.
fn write_copy(dir: &Path, workbook: &Workbook, source: &Source) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("无法创建恢复目录 {}：{e}", dir.display()))?;
    store::save(&dir.join(COPY_FILE), workbook).map_err(|e| format!("无法写入恢复副本：{e}"))?;
    let note = Note {
        source: source.clone(),
        written: DateTime::<Utc>::from(std::time::SystemTime::now()).to_rfc3339(),
    };
    let text = ron::to_string(&note).map_err(|e| format!("无法写入恢复副本的说明：{e}"))?;
    store::write_atomically(&dir.join(NOTE_FILE), text.as_bytes(), store::Backup::Skip)
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
        assert_eq!(
            found.source,
            Source::Workbook(PathBuf::from("/data/部门.ron"))
        );
        assert!(found.written.is_some());
        editor.mark_saved(PathBuf::from("/data/部门.ron"));
        recovery.tick(30.0, &mut editor).unwrap();
        assert!(recovery.find().is_none());
    }

    fn edited(name: &str, source: Source) -> Editor {
        let mut editor = Editor::new(
            Workbook {
                records: vec![Record::blank(Layout::CountyForm, Some(2026))],
            },
            None,
        )
        .with_source(source);
        editor.edit_open(0, |r| r.set_text_at(Place::Header(HeaderField::Name), name));
        editor
    }

    #[test]
    fn the_panic_hooks_write_saves_the_newest_unsaved_state_with_its_document() {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(Some(dir.path().to_path_buf()));
        let latest = recovery.latest();
        assert!(!latest.write_now().unwrap(), "nothing unsaved yet");
        let document = PathBuf::from("/data/报送.txt");
        let mut editor = edited("第一版", Source::Imported(document.clone()));
        assert!(recovery.tick(0.0, &mut editor).unwrap());
        recovery.wait().unwrap();
        editor.edit_open(0, |r| {
            r.set_text_at(Place::Header(HeaderField::Name), "崩溃前的最后一版")
        });
        // Too soon for another copy, but the snapshot follows.
        assert!(!recovery.tick(2.0, &mut editor).unwrap());

        assert!(latest.write_now().unwrap());
        let found = recovery.find().unwrap().unwrap();
        assert_eq!(found.workbook.records[0].header.name, "崩溃前的最后一版");
        assert_eq!(found.source, Source::Imported(document.clone()));
        assert_eq!(found.file(), Some(document.as_path()));
    }

    #[test]
    fn stopping_removes_the_copy_and_no_later_tick_or_panic_writes_one() {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(Some(dir.path().to_path_buf()));
        let mut editor = edited("不要了", Source::Untitled);
        assert!(recovery.tick(0.0, &mut editor).unwrap());
        recovery.stop().unwrap();
        assert!(recovery.find().is_none());
        assert!(!recovery.tick(100.0, &mut editor).unwrap());
        assert!(!recovery.latest().write_now().unwrap());
        assert!(!dir.path().join(COPY_FILE).exists());
    }

    #[test]
    fn a_recovered_copy_names_its_tables_and_counts_their_indicators() {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(Some(dir.path().to_path_buf()));
        let mut editor = edited("就业补助", Source::Untitled);
        let mut second = Record::blank(Layout::CountyForm, Some(2026));
        second.header.name = "培训经费".into();
        second.groups[0].groups[0]
            .indicators
            .push(crate::model::Indicator::new("培训人次", "≥100人次"));
        editor.insert_record(1, second);
        recovery.tick(0.0, &mut editor).unwrap();
        recovery.wait().unwrap();
        let summary = recovery.find().unwrap().unwrap().summary();
        assert_eq!(summary.tables, 2);
        assert_eq!(
            summary.indicators,
            editor
                .workbook()
                .records
                .iter()
                .map(Record::indicator_count)
                .sum::<usize>()
        );
        assert_eq!(summary.names, ["就业补助", "培训经费"]);
    }
}
