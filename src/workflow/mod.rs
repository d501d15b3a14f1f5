//! Work on whole tables that goes beyond one edit: rolling a table forward into next year's
//! ([`rollover`]) and comparing two versions of a workbook ([`diff`]). Pure data in, data out:
//! the command line and the editor both show what these return.

pub mod diff;
mod places;
pub mod rollover;

pub use diff::{DiffEntry, MatchedBy, TableDiff, TableRef, WorkbookDiff, diff};
pub use rollover::{Change, RolloverError, rollover, rollover_workbook};
