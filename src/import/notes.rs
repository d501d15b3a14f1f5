//! The importer's record of what it saw and did, one note per repair or guess, so a reviewer can
//! check each one; text the importer could not place is kept whole in a note, never dropped.

use super::text::excerpt;
use crate::model::ImportNote;

/// The notes of one table, in the order they were made.
#[derive(Debug, Default)]
pub(super) struct Notes {
    list: Vec<ImportNote>,
}

impl Notes {
    /// A repair or guess at `line`: `seen` is shortened when long.
    pub fn add(&mut self, line: usize, seen: &str, action: impl Into<String>) {
        self.list.push(ImportNote {
            line,
            seen: excerpt(seen),
            action: action.into(),
            doubt: false,
        });
    }

    /// A guess a person should confirm (a column placed by its content, a required column
    /// missing): it makes the record [`crate::model::Confidence::Review`].
    pub fn doubt(&mut self, line: usize, seen: &str, action: impl Into<String>) {
        self.list.push(ImportNote {
            line,
            seen: excerpt(seen),
            action: action.into(),
            doubt: true,
        });
    }

    /// Text that could not be placed anywhere in the record, kept in full.
    pub fn unplaced(&mut self, line: usize, text: &str, why: &str) {
        self.list.push(ImportNote {
            line,
            seen: text.to_string(),
            action: format!("{why}，未能放入表格，原文保留在此"),
            doubt: true,
        });
    }

    /// The notes, in order.
    pub fn into_vec(self) -> Vec<ImportNote> {
        self.list
    }
}
