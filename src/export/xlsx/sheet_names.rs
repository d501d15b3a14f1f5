//! Sheet names Excel accepts: one per table, from what the table calls itself.
//!
//! Excel refuses a workbook whose sheet names are empty, longer than 31 UTF-16 units, contain
//! `[]:*?/\`, begin or end with `'`, repeat another sheet's name (ignoring case), or are the
//! reserved `History`; a file that breaks these rules opens with a repair prompt or not at all.

use crate::model::Record;
use std::collections::HashSet;

/// Excel's limit on a sheet name, in UTF-16 code units.
const MAX_UNITS: usize = 31;

/// One valid, distinct sheet name per record, in order: the project name, else the title,
/// else `表N`.
pub(super) fn sheet_names(records: &[Record]) -> Vec<String> {
    let mut taken = HashSet::new();
    records
        .iter()
        .enumerate()
        .map(|(i, record)| {
            let fallback = format!("表{}", i + 1);
            let base = [record.header.name.as_str(), record.title.as_str()]
                .into_iter()
                .map(clean)
                .find(|name| !name.is_empty())
                .unwrap_or(fallback);
            let name = distinct(&base, &taken);
            taken.insert(name.to_lowercase());
            name
        })
        .collect()
}

/// `text` with what Excel refuses taken out: the forbidden signs become `_`, line breaks and
/// other control characters go, runs of white space become one space, leading and trailing
/// `'` and spaces are dropped, and the name is cut to Excel's length.
fn clean(text: &str) -> String {
    let mut name = String::new();
    for c in text.chars() {
        if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') {
            name.push('_');
        } else if c.is_whitespace() {
            if !name.ends_with(' ') {
                name.push(' ');
            }
        } else if !c.is_control() {
            name.push(c);
        }
    }
    let name = cut(
        name.trim_matches(|c: char| c == '\'' || c.is_whitespace()),
        MAX_UNITS,
    );
    let name = name.trim_end_matches(|c: char| c == '\'' || c.is_whitespace());
    if name.eq_ignore_ascii_case("history") {
        return format!("{name}_");
    }
    name.to_string()
}

/// The longest start of `text` within `units` UTF-16 code units, never splitting a character.
fn cut(text: &str, units: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += c.len_utf16();
        if used > units {
            return &text[..at];
        }
    }
    text
}

/// `base`, or `base(2)`, `base(3)` … (the base shortened to leave room for the number), the first
/// one not `taken` (lower-cased, as Excel compares names).
fn distinct(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(&base.to_lowercase()) {
        return base.to_string();
    }
    (2..)
        .map(|n| {
            let suffix = format!("({n})");
            let stem = cut(base, MAX_UNITS - suffix.len());
            let stem = stem.trim_end_matches(|c: char| c == '\'' || c.is_whitespace());
            format!("{stem}{suffix}")
        })
        .find(|name| !taken.contains(&name.to_lowercase()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Record {
        let mut record = Record::default();
        record.header.name = name.into();
        record
    }

    #[test]
    fn forbidden_signs_quotes_and_breaks_are_taken_out() {
        assert_eq!(clean("a/b:c*?"), "a_b_c__");
        assert_eq!(clean("'[x]'"), "_x_");
        assert_eq!(clean(" 项目\n名称\t "), "项目 名称");
        assert_eq!(clean("''"), "");
        assert_eq!(clean("History"), "History_");
    }

    #[test]
    fn long_names_are_cut_to_31_units_and_duplicates_numbered() {
        let long = "测".repeat(40);
        let names = sheet_names(&[named(&long), named(&long), named("A"), named("a")]);
        assert_eq!(names[0], "测".repeat(31));
        assert_eq!(names[1], format!("{}(2)", "测".repeat(28)));
        assert_eq!(names[2], "A");
        assert_eq!(names[3], "a(2)");
        assert!(names.iter().all(|n| n.encode_utf16().count() <= 31));
    }

    #[test]
    fn a_table_without_name_or_title_is_called_by_its_number() {
        let titled = Record {
            title: "部门项目支出预算绩效目标表 1".into(),
            ..Record::default()
        };
        let names = sheet_names(&[Record::default(), titled, named("???")]);
        assert_eq!(names, ["表1", "部门项目支出预算绩效目标表 1", "___"]);
    }
}
