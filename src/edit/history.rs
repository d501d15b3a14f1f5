//! Undo and redo in steps a person recognises: one step per finished edit of a field, per added or
//! removed row, per record added, removed or moved.
//!
//! A step remembers only the record it touched (or the position of a moved record), so the history
//! of a workbook with thousands of tables stays small. The history is never saved in the document.

use crate::model::Record;

/// How many steps are kept.
pub const HISTORY_LIMIT: usize = 200;

/// One undoable step.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The record at `index` changed from `before` to `after`.
    Edit {
        /// Index of the record.
        index: usize,
        /// The record before the step.
        before: Box<Record>,
        /// The record after the step.
        after: Box<Record>,
    },
    /// `record` was inserted at `index`.
    Insert {
        /// Where it was inserted.
        index: usize,
        /// The record inserted.
        record: Box<Record>,
    },
    /// `record` was removed from `index`.
    Remove {
        /// Where it was.
        index: usize,
        /// The record removed.
        record: Box<Record>,
    },
    /// The record at `from` moved to `to`.
    Move {
        /// Old index.
        from: usize,
        /// New index.
        to: usize,
    },
}

impl Step {
    /// The step that undoes this one.
    pub fn inverse(&self) -> Step {
        match self {
            Step::Edit {
                index,
                before,
                after,
            } => Step::Edit {
                index: *index,
                before: after.clone(),
                after: before.clone(),
            },
            Step::Insert { index, record } => Step::Remove {
                index: *index,
                record: record.clone(),
            },
            Step::Remove { index, record } => Step::Insert {
                index: *index,
                record: record.clone(),
            },
            Step::Move { from, to } => Step::Move {
                from: *to,
                to: *from,
            },
        }
    }

    /// The record a person should see after this step is applied.
    pub fn focus(&self) -> usize {
        match self {
            Step::Edit { index, .. } | Step::Insert { index, .. } => *index,
            Step::Remove { index, .. } => index.saturating_sub(1),
            Step::Move { to, .. } => *to,
        }
    }
}

/// The undo and redo stacks.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: std::collections::VecDeque<Step>,
    redo: Vec<Step>,
}

impl History {
    /// Records a step just done; the redo stack is dropped, the oldest step goes past the limit.
    pub fn push(&mut self, step: Step) {
        self.redo.clear();
        self.undo.push_back(step);
        while self.undo.len() > HISTORY_LIMIT {
            self.undo.pop_front();
        }
    }

    /// The step to undo, moved to the redo stack; the caller applies its inverse.
    pub fn take_undo(&mut self) -> Option<Step> {
        let step = self.undo.pop_back()?;
        self.redo.push(step.clone());
        Some(step)
    }

    /// The step to redo, moved back to the undo stack; the caller applies it.
    pub fn take_redo(&mut self) -> Option<Step> {
        let step = self.redo.pop()?;
        self.undo.push_back(step.clone());
        Some(step)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_forgets_the_oldest_steps_past_its_limit() {
        let mut history = History::default();
        for i in 0..HISTORY_LIMIT + 5 {
            history.push(Step::Move { from: i, to: i + 1 });
        }
        let mut undone = 0;
        while history.take_undo().is_some() {
            undone += 1;
        }
        assert_eq!(undone, HISTORY_LIMIT);
    }

    #[test]
    fn a_new_step_drops_what_could_be_redone() {
        let mut history = History::default();
        history.push(Step::Move { from: 0, to: 1 });
        assert!(history.take_undo().is_some());
        assert!(history.can_redo());
        history.push(Step::Move { from: 1, to: 2 });
        assert!(!history.can_redo());
    }
}
