//! The editing core behind the editor window: the document with its file, clean copy, undo
//! history and findings, the structural edits of a record, recovery copies and file reading and
//! writing. Nothing here draws or depends on egui, so it builds and is tested with
//! `--no-default-features`; [`crate::ui`] shows this state and turns clicks into its calls.

pub mod editor;
pub mod files;
pub mod findings;
pub mod history;
pub mod record_edit;
pub mod record_text;
pub mod recovery;
pub mod scheme;
pub mod suggestions;
pub mod tree_edit;
