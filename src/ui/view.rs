//! What the window shows, apart from the document: selection, filter, open tab, pending focus.
//!
//! Runtime state only; it is never written into the workbook file.

use crate::edit::editor::Editor;
use crate::model::Place;

/// The tabs of the central area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CentralTab {
    /// The record as a form.
    #[default]
    Form,
    /// The canonical table text as the official grid.
    Preview,
}

/// Whose findings the problems panel lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProblemScope {
    /// The selected record's.
    #[default]
    Record,
    /// The whole workbook's.
    Workbook,
    /// Not findings: what the importer noted while reading the selected record.
    ImportNotes,
}

/// The record list's filter and the indices it lets through, recomputed only when either the
/// filter text or the workbook changed.
#[derive(Debug, Clone, Default)]
pub struct RecordFilter {
    /// What the user typed.
    pub text: String,
    key: Option<(String, u64)>,
    shown: Vec<usize>,
}

impl RecordFilter {
    /// The indices of the records that match, in order.
    pub fn shown(&mut self, editor: &Editor) -> &[usize] {
        let key = (self.text.clone(), editor.revision());
        if self.key.as_ref() != Some(&key) {
            self.shown = matching(editor, self.text.trim());
            self.key = Some(key);
        }
        &self.shown
    }
}

/// Records whose name, department, implementer or finding codes contain every word of `filter`.
fn matching(editor: &Editor, filter: &str) -> Vec<usize> {
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    editor
        .workbook()
        .records
        .iter()
        .enumerate()
        .filter(|(index, record)| {
            words.iter().all(|word| {
                let h = &record.header;
                [&h.name, &h.department, &h.implementer, &h.code]
                    .iter()
                    .any(|text| text.to_lowercase().contains(word.as_str()))
                    || editor.findings().has_code(*index, word)
            })
        })
        .map(|(index, _)| index)
        .collect()
}

/// The window's state apart from the document.
#[derive(Debug, Clone, Default)]
pub struct ViewState {
    /// The record shown in the form.
    pub selected: Option<usize>,
    /// The record list's filter.
    pub filter: RecordFilter,
    /// The central tab.
    pub tab: CentralTab,
    /// Whose findings are listed.
    pub scope: ProblemScope,
    /// A field to scroll to and focus when the form is next drawn.
    pub reveal: Option<Place>,
    /// The record and field whose cell has the keyboard in the frame being drawn, which the row
    /// shortcuts act on.
    pub focused_cell: Option<(usize, Place)>,
    /// Scroll the record list to the selected record when it is next drawn.
    pub scroll_list: bool,
    /// Give the filter box the keyboard when it is next drawn.
    pub focus_filter: bool,
    /// Whether an input method composition is going on (Enter and Tab belong to it then).
    pub composing: bool,
    /// The cell whose suggestion list is open (Enter and Tab choose from it then).
    pub completing: Option<egui::Id>,
    /// A short message for the status bar.
    pub status: Option<String>,
    /// The offer to undo a step just taken (a table deleted), while it stands.
    pub undo_offer: Option<super::toast::UndoToast>,
    /// Position in the workbook's findings of the last one 下一个问题 went to.
    pub finding_cursor: Option<usize>,
    /// Another table is shown than last frame: the form and its problems start at the top.
    pub new_table: bool,
    /// The tables whose folded lines of the problems list are opened out.
    pub unfolded: std::collections::BTreeSet<usize>,
}

impl ViewState {
    /// Selects `index`, keeping the list scrolled to it.
    pub fn select(&mut self, index: usize) {
        if self.selected != Some(index) {
            self.selected = Some(index);
            self.scroll_list = true;
        }
    }

    /// Keeps the selection inside a workbook of `len` records.
    pub fn clamp(&mut self, len: usize) {
        self.selected = match (self.selected, len) {
            (_, 0) => None,
            (None, _) => Some(0),
            (Some(i), len) => Some(i.min(len - 1)),
        };
    }
}
