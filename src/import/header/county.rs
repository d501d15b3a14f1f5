//! The county forms (plain and coded): the header is label/value pairs and one amount.

use super::{Fields, amount, assign_common};
use crate::import::labels::Key;
use crate::model::Record;

/// Header reader of the county forms.
pub(super) struct County;

impl Fields for County {
    fn assign(&mut self, record: &mut Record, key: Key, value: &str) -> bool {
        match key {
            Key::CountyAmount => {
                record.header.amount = amount(value);
                true
            }
            _ => assign_common(record, key, value),
        }
    }
}
