//! Everything the user asks for while the window is drawn, as values applied once per frame.
//!
//! Drawing code only reads the document and pushes commands; [`super::app::EditorApp`] drains them
//! after the frame is laid out. That keeps every change in one place, with its undo step and its
//! re-check.

use super::action::Action;
use super::i18n::Lang;
use super::theme::{TextSize, ThemeChoice};
use crate::check::Fix;
use crate::edit::record_edit::RecordEdit;
use crate::edit::record_text::RecordText;
use crate::edit::tree_edit::{IndicatorSet, TreeEdit};
use crate::layout::Layout;
use crate::model::{MoneyUnit, Place};
use std::path::PathBuf;

/// A user's request, applied after the frame is drawn.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A named action (menu item or shortcut).
    Action(Action),
    /// Add a blank table of the layout after the selected one.
    NewRecord(Layout),
    /// Show the record at the index.
    Select(usize),
    /// Text typed into a field.
    SetText {
        /// Record index.
        record: usize,
        /// The field.
        place: Place,
        /// The field's whole new text.
        text: String,
    },
    /// Text typed into a field no place addresses (title, scoring method).
    SetRecordText {
        /// Record index.
        record: usize,
        /// Which text.
        field: RecordText,
        /// Its whole new text.
        text: String,
    },
    /// The unit the record's money is written in.
    SetUnit {
        /// Record index.
        record: usize,
        /// The unit.
        unit: MoneyUnit,
    },
    /// A structural change of one of the record's indicator trees.
    Tree {
        /// Record index.
        record: usize,
        /// Which tree.
        set: IndicatorSet,
        /// The change.
        edit: TreeEdit,
    },
    /// A structural change of the record outside its trees (cost lines, review mark).
    Edit {
        /// Record index.
        record: usize,
        /// The change.
        edit: RecordEdit,
    },
    /// Move a record in the list.
    MoveRecord {
        /// Old index.
        from: usize,
        /// New index.
        to: usize,
    },
    /// Apply one quick fix.
    ApplyFix {
        /// Record index.
        record: usize,
        /// The fix.
        fix: Fix,
    },
    /// Apply every quick fix of a record.
    FixAll {
        /// Record index.
        record: usize,
    },
    /// Select the record and scroll to and focus the place.
    Reveal {
        /// Record index.
        record: usize,
        /// The field.
        place: Place,
    },
    /// Open a file from the recent list.
    OpenRecent(PathBuf),
    /// Light or dark.
    SetTheme(ThemeChoice),
    /// Text size.
    SetTextSize(TextSize),
    /// UI language.
    SetLang(Lang),
    /// Show the about box.
    ShowAbout,
    /// Show the list of shortcuts.
    ShowShortcuts,
    /// Show 帮助 → 入门.
    ShowGettingStarted,
    /// Apply every quick fix of one rule's findings on a record (a folded line of the problems
    /// list).
    FixRule {
        /// Record index.
        record: usize,
        /// The rule.
        code: &'static str,
    },
}

/// The commands pushed while drawing one frame.
#[derive(Debug, Default)]
pub struct Commands(Vec<Command>);

impl Commands {
    /// Asks for `command`.
    pub fn push(&mut self, command: Command) {
        self.0.push(command);
    }

    /// Takes every command asked for so far.
    pub fn take(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }
}
