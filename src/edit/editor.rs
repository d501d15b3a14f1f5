//! The document being edited: the workbook, its file, its clean copy, its history and findings.
//!
//! Every change to the workbook goes through [`Editor`], which records the undo step, re-checks
//! what changed and bumps the revision that caches (dirty flag, filters, preview) key on. It knows
//! nothing about egui, so it is tested on its own.

use super::findings::FindingCache;
use super::history::{History, Step};
use crate::model::{Record, Workbook};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Where the document's tables are kept, apart from the editor.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Source {
    /// Nowhere yet: a new workbook, pasted tables, recovered work.
    #[default]
    Untitled,
    /// A workbook file the user opened or saved.
    Workbook(PathBuf),
    /// A document (or folder of documents) the tables were read from, not yet saved as a
    /// workbook. Unchanged, they are still all in that document, so they are not unsaved work.
    Imported(PathBuf),
}

/// An edit of one record that is still going on (a person typing in a field).
#[derive(Debug, Clone)]
struct OpenEdit {
    index: usize,
    before: Record,
}

/// The workbook being edited and everything that follows its changes.
#[derive(Debug, Clone)]
pub struct Editor {
    workbook: Workbook,
    /// The workbook as last opened or saved; dirty means different from this.
    clean: Workbook,
    /// A fingerprint of each record, kept in step with the workbook.
    fingerprints: Vec<u64>,
    /// The fingerprints of the clean copy.
    clean_fingerprints: Vec<u64>,
    source: Source,
    history: History,
    open_edit: Option<OpenEdit>,
    findings: FindingCache,
    revision: u64,
    dirty: (u64, bool),
}

impl Default for Editor {
    fn default() -> Editor {
        Editor::new(Workbook::default(), None)
    }
}

impl Editor {
    /// Starts editing `workbook`, read from `path` (or new), checking it whole.
    pub fn new(workbook: Workbook, path: Option<PathBuf>) -> Editor {
        let fingerprints: Vec<u64> = workbook.records.iter().map(fingerprint).collect();
        Editor {
            findings: FindingCache::for_workbook(&workbook),
            clean: workbook.clone(),
            clean_fingerprints: fingerprints.clone(),
            fingerprints,
            workbook,
            source: path.map_or(Source::Untitled, Source::Workbook),
            history: History::default(),
            open_edit: None,
            revision: 0,
            dirty: (0, false),
        }
    }

    /// Starts editing `workbook` that is not saved anywhere yet (recovered, imported): it counts
    /// as changed until saved.
    pub fn new_unsaved(workbook: Workbook, path: Option<PathBuf>) -> Editor {
        let mut editor = Editor::new(workbook, path);
        if !editor.workbook.records.is_empty() {
            editor.clean = Workbook::default();
            editor.clean_fingerprints.clear();
        }
        editor.revision = 1;
        editor
    }

    /// The workbook.
    pub fn workbook(&self) -> &Workbook {
        &self.workbook
    }

    /// The record at `index`.
    pub fn record(&self, index: usize) -> Option<&Record> {
        self.workbook.records.get(index)
    }

    /// How many records.
    pub fn len(&self) -> usize {
        self.workbook.records.len()
    }

    /// Whether the workbook has no records.
    pub fn is_empty(&self) -> bool {
        self.workbook.records.is_empty()
    }

    /// The same editor, its tables kept in `source` (tables read from a document).
    pub fn with_source(mut self, source: Source) -> Editor {
        self.source = source;
        self
    }

    /// Where the tables are kept.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The workbook file the workbook was opened from or saved to.
    pub fn path(&self) -> Option<&Path> {
        match &self.source {
            Source::Workbook(path) => Some(path),
            Source::Untitled | Source::Imported(_) => None,
        }
    }

    /// The document the tables were read from, until they are saved as a workbook.
    pub fn imported_from(&self) -> Option<&Path> {
        match &self.source {
            Source::Imported(path) => Some(path),
            Source::Untitled | Source::Workbook(_) => None,
        }
    }

    /// The findings of the workbook.
    pub fn findings(&self) -> &FindingCache {
        &self.findings
    }

    /// A number that changes whenever the workbook does.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the workbook holds changes that are in no file the user chose: it differs from
    /// the copy last opened, imported or saved.
    ///
    /// Fingerprints decide quickly that something changed; when they all match, the records
    /// themselves are compared, so the answer is exact.
    pub fn is_dirty(&mut self) -> bool {
        if self.dirty.0 != self.revision {
            let differs =
                self.fingerprints != self.clean_fingerprints || self.workbook != self.clean;
            self.dirty = (self.revision, differs);
        }
        self.dirty.1
    }

    /// The workbook was saved to `path`: it is clean from now on.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.finish_edit();
        self.clean = self.workbook.clone();
        self.clean_fingerprints = self.fingerprints.clone();
        self.source = Source::Workbook(path);
        self.dirty = (self.revision, false);
    }

    /// Changes the record at `index` as part of an edit that goes on (typing): the undo step is
    /// made when [`Editor::finish_edit`] is called. `change` returns whether it changed anything.
    pub fn edit_open(&mut self, index: usize, change: impl FnOnce(&mut Record) -> bool) -> bool {
        if self.open_edit.as_ref().is_some_and(|e| e.index != index) {
            self.finish_edit();
        }
        let Some(record) = self.workbook.records.get_mut(index) else {
            return false;
        };
        if self.open_edit.is_none() {
            self.open_edit = Some(OpenEdit {
                index,
                before: record.clone(),
            });
        }
        if !change(record) {
            return false;
        }
        self.changed(index);
        true
    }

    /// Changes the record at `index` as one complete undo step (adding a row, applying a fix).
    pub fn edit_step(&mut self, index: usize, change: impl FnOnce(&mut Record) -> bool) -> bool {
        self.finish_edit();
        let Some(record) = self.workbook.records.get_mut(index) else {
            return false;
        };
        let before = record.clone();
        if !change(record) || *record == before {
            return false;
        }
        let after = record.clone();
        self.history.push(Step::Edit {
            index,
            before: Box::new(before),
            after: Box::new(after),
        });
        self.changed(index);
        true
    }

    /// Ends the edit going on, if any, making it one undo step when it changed the record.
    pub fn finish_edit(&mut self) {
        let Some(open) = self.open_edit.take() else {
            return;
        };
        if let Some(after) = self.workbook.records.get(open.index)
            && *after != open.before
        {
            self.history.push(Step::Edit {
                index: open.index,
                before: Box::new(open.before),
                after: Box::new(after.clone()),
            });
        }
    }

    /// Inserts `record` at `index` (clamped to the end); returns where it went.
    pub fn insert_record(&mut self, index: usize, record: Record) -> usize {
        self.finish_edit();
        let index = index.min(self.workbook.records.len());
        self.history.push(Step::Insert {
            index,
            record: Box::new(record.clone()),
        });
        self.apply_insert(index, record);
        index
    }

    /// Removes the record at `index`.
    pub fn remove_record(&mut self, index: usize) -> Option<Record> {
        self.finish_edit();
        let record = self.apply_remove(index)?;
        self.history.push(Step::Remove {
            index,
            record: Box::new(record.clone()),
        });
        Some(record)
    }

    /// Moves the record at `from` to `to`; returns whether it moved.
    pub fn move_record(&mut self, from: usize, to: usize) -> bool {
        self.finish_edit();
        if !self.apply_move(from, to) {
            return false;
        }
        self.history.push(Step::Move { from, to });
        true
    }

    /// Undoes the last step; returns the record to show.
    pub fn undo(&mut self) -> Option<usize> {
        self.finish_edit();
        let step = self.history.take_undo()?;
        let inverse = step.inverse();
        self.apply(&inverse);
        Some(inverse.focus())
    }

    /// Redoes the last undone step; returns the record to show.
    pub fn redo(&mut self) -> Option<usize> {
        self.finish_edit();
        let step = self.history.take_redo()?;
        self.apply(&step);
        Some(step.focus())
    }

    /// Whether there is something to undo (an edit going on counts).
    pub fn can_undo(&self) -> bool {
        self.history.can_undo() || self.open_edit.is_some()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    fn apply(&mut self, step: &Step) {
        match step {
            Step::Edit { index, after, .. } => {
                if let Some(record) = self.workbook.records.get_mut(*index) {
                    *record = (**after).clone();
                    self.changed(*index);
                }
            }
            Step::Insert { index, record } => self.apply_insert(*index, (**record).clone()),
            Step::Remove { index, .. } => {
                self.apply_remove(*index);
            }
            Step::Move { from, to } => {
                self.apply_move(*from, *to);
            }
        }
    }

    fn apply_insert(&mut self, index: usize, record: Record) {
        let index = index.min(self.workbook.records.len());
        self.findings.inserted(&record, index);
        self.fingerprints.insert(index, fingerprint(&record));
        self.workbook.records.insert(index, record);
        self.revision += 1;
    }

    fn apply_remove(&mut self, index: usize) -> Option<Record> {
        if index >= self.workbook.records.len() {
            return None;
        }
        let record = self.workbook.records.remove(index);
        self.fingerprints.remove(index);
        self.findings.removed(index);
        self.revision += 1;
        Some(record)
    }

    fn apply_move(&mut self, from: usize, to: usize) -> bool {
        let len = self.workbook.records.len();
        if from >= len || to >= len || from == to {
            return false;
        }
        let record = self.workbook.records.remove(from);
        self.workbook.records.insert(to, record);
        let print = self.fingerprints.remove(from);
        self.fingerprints.insert(to, print);
        self.findings.moved(from, to);
        self.revision += 1;
        true
    }

    fn changed(&mut self, index: usize) {
        if let Some(record) = self.workbook.records.get(index) {
            self.findings.recheck(record, index);
            if let Some(print) = self.fingerprints.get_mut(index) {
                *print = fingerprint(record);
            }
        }
        self.revision += 1;
    }
}

/// A hash of everything in a record, so telling whether a large workbook changed costs one hash
/// of the edited record instead of a comparison of every table.
fn fingerprint(record: &Record) -> u64 {
    use std::hash::Hasher;
    struct Hashing(std::collections::hash_map::DefaultHasher);
    impl std::fmt::Write for Hashing {
        fn write_str(&mut self, text: &str) -> std::fmt::Result {
            self.0.write(text.as_bytes());
            Ok(())
        }
    }
    let mut hashing = Hashing(std::collections::hash_map::DefaultHasher::new());
    // Writing into a hasher cannot fail; the debug form lists every field of the record.
    match std::fmt::write(&mut hashing, format_args!("{record:?}")) {
        Ok(()) | Err(_) => hashing.0.finish(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{HeaderField, Place};

    fn editor_with(names: &[&str]) -> Editor {
        let records = names
            .iter()
            .map(|name| {
                let mut record = Record::blank(Layout::CountyForm, Some(2026));
                record.header.name = (*name).into();
                record
            })
            .collect();
        Editor::new(Workbook { records }, None)
    }

    fn names(editor: &Editor) -> Vec<&str> {
        editor
            .workbook()
            .records
            .iter()
            .map(|r| r.header.name.as_str())
            .collect()
    }

    fn type_name(editor: &mut Editor, index: usize, text: &str) {
        editor.edit_open(index, |r| {
            r.set_text_at(Place::Header(HeaderField::Name), text)
        });
    }

    #[test]
    fn typing_in_a_field_is_one_undo_step_once_the_edit_finishes() {
        let mut editor = editor_with(&["甲"]);
        type_name(&mut editor, 0, "甲项");
        type_name(&mut editor, 0, "甲项目");
        assert!(editor.is_dirty());
        editor.finish_edit();
        assert_eq!(editor.undo(), Some(0));
        assert_eq!(names(&editor), ["甲"]);
        assert!(!editor.is_dirty());
        assert_eq!(editor.redo(), Some(0));
        assert_eq!(names(&editor), ["甲项目"]);
    }

    #[test]
    fn editing_another_record_finishes_the_edit_of_the_first() {
        let mut editor = editor_with(&["甲", "乙"]);
        type_name(&mut editor, 0, "甲1");
        type_name(&mut editor, 1, "乙1");
        editor.undo();
        assert_eq!(names(&editor), ["甲1", "乙"]);
        editor.undo();
        assert_eq!(names(&editor), ["甲", "乙"]);
    }

    #[test]
    fn record_insertions_removals_and_moves_undo_in_reverse_order() {
        let mut editor = editor_with(&["甲", "乙"]);
        editor.insert_record(1, Record::blank(Layout::RegionForm, Some(2026)));
        editor.move_record(0, 2);
        editor.remove_record(0);
        assert_eq!(names(&editor), ["乙", "甲"]);
        editor.undo();
        editor.undo();
        editor.undo();
        assert_eq!(names(&editor), ["甲", "乙"]);
        assert!(!editor.is_dirty());
        editor.redo();
        assert_eq!(editor.len(), 3);
    }

    #[test]
    fn saving_makes_the_current_state_clean() {
        let mut editor = editor_with(&["甲"]);
        type_name(&mut editor, 0, "丙");
        editor.mark_saved(PathBuf::from("x.ron"));
        assert!(!editor.is_dirty());
        editor.undo();
        assert!(editor.is_dirty());
    }

    #[test]
    fn an_imported_document_is_clean_until_edited_and_saving_makes_it_a_workbook() {
        let mut editor =
            editor_with(&["甲"]).with_source(Source::Imported(PathBuf::from("报送.txt")));
        assert!(!editor.is_dirty(), "its tables are all in the document");
        assert_eq!(editor.imported_from(), Some(Path::new("报送.txt")));
        assert_eq!(editor.path(), None);
        type_name(&mut editor, 0, "甲项目");
        assert!(editor.is_dirty());
        editor.mark_saved(PathBuf::from("报送.ron"));
        assert_eq!(
            editor.source(),
            &Source::Workbook(PathBuf::from("报送.ron"))
        );
        assert_eq!(editor.imported_from(), None);
    }

    #[test]
    fn an_edit_that_changes_nothing_leaves_no_step() {
        let mut editor = editor_with(&["甲"]);
        type_name(&mut editor, 0, "甲");
        editor.finish_edit();
        assert!(!editor.can_undo());
    }
}
