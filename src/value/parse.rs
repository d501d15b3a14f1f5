//! The parser from a value's text to a [`Value`]. (Placeholder: being written.)

use super::{MoneyMention, Value, ValueKind};

/// Reads a target value. Never fails: text the grammar cannot read is [`ValueKind::Unparsed`].
pub fn parse(text: &str) -> Value {
    let kind = if text.trim().is_empty() {
        ValueKind::Empty
    } else {
        ValueKind::Unparsed
    };
    Value {
        subject: String::new(),
        comparison: None,
        approximate: false,
        kind,
    }
}

/// Every amount of money written in free text, in order.
pub fn find_money(_text: &str) -> Vec<MoneyMention> {
    Vec::new()
}

/// The value written the standard way: no spaces inside numbers and dates, canonical operators.
/// Returns the text unchanged when nothing needs tidying.
pub fn tidy(text: &str) -> String {
    text.to_string()
}
