//! The indicator library: per second-level group (二级指标), the indicators people use with
//! their usual value form (`资金到位率 ≥95%`, `项目完成时间 {年}年12月底前`).
//!
//! Three sources, in the order they are offered: what the open workbook uses ([`Library::learn`]),
//! a user's own workbook file ([`Library::from_file`]), and the built-in data file
//! `assets/indicator-library.ron` ([`Library::builtin`], parsed once). Years are written `{年}`
//! in the data and filled with the record's budget year when offered.

use crate::model::{Level2, Workbook};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;
use thiserror::Error;

/// The placeholder the data writes for the budget year.
pub const YEAR: &str = "{年}";

/// One indicator with its usual value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The third-level name (`资金到位率`).
    pub name: String,
    /// The usual value (`≥95%`), `{年}` standing for the budget year.
    pub value: String,
}

impl Entry {
    /// The value with `{年}` replaced by `year` (left as written when there is none).
    pub fn value_for(&self, year: Option<i32>) -> String {
        match year {
            Some(year) => self.value.replace(YEAR, &year.to_string()),
            None => self.value.clone(),
        }
    }
}

/// Why a library file cannot be used.
#[derive(Debug, Error)]
pub enum LibraryError {
    /// The data file is not in the library's format.
    #[error("指标库格式错误：{0}")]
    Format(String),
    /// A group the data names is not a second-level group jixiao knows.
    #[error("指标库中的二级指标「{0}」无法识别")]
    UnknownGroup(String),
    /// The user's workbook cannot be read.
    #[error("无法读取指标库文件「{path}」：{reason}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        reason: String,
    },
}

/// How often a name is used, and how often with each value.
type Uses<'a> = (usize, HashMap<&'a str, usize>);

/// The data file as written.
#[derive(Deserialize)]
struct Data {
    groups: Vec<GroupData>,
}

#[derive(Deserialize)]
struct GroupData {
    group: String,
    indicators: Vec<(String, String)>,
}

/// Indicators by second-level group, each group in the order they are offered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    by_group: BTreeMap<Level2, Vec<Entry>>,
}

impl Library {
    /// The built-in library, parsed on first use.
    pub fn builtin() -> &'static Library {
        static BUILTIN: OnceLock<Library> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The file is part of the build and tested; an error here would be caught by
            // `the_builtin_library_parses`, so an empty library is only a last resort.
            Library::parse(include_str!("../../assets/indicator-library.ron")).unwrap_or_default()
        })
    }

    /// A library from its RON text (`docs/indicator-library.md`).
    pub fn parse(text: &str) -> Result<Library, LibraryError> {
        let data: Data = ron::from_str(text).map_err(|e| LibraryError::Format(e.to_string()))?;
        let mut library = Library::default();
        for group in data.groups {
            let level2 = Level2::from_label(&group.group)
                .filter(|l| *l != Level2::Other)
                .ok_or_else(|| LibraryError::UnknownGroup(group.group.clone()))?;
            let entries = library.by_group.entry(level2).or_default();
            for (name, value) in group.indicators {
                entries.push(Entry { name, value });
            }
        }
        Ok(library)
    }

    /// The names a workbook uses, each with its most common value, per group; the most used
    /// names first.
    pub fn learn(workbook: &Workbook) -> Library {
        let mut seen: HashMap<(Level2, &str), Uses<'_>> = HashMap::new();
        for record in &workbook.records {
            for (_, _, group, ind) in record.indicators() {
                let name = ind.name.trim();
                if name.is_empty() || group.category == Level2::Other {
                    continue;
                }
                let (uses, values) = seen.entry((group.category, name)).or_default();
                *uses = uses.saturating_add(1);
                let value = ind.value.trim();
                if !value.is_empty() {
                    let count = values.entry(value).or_default();
                    *count = count.saturating_add(1);
                }
            }
        }
        let mut ranked: Vec<_> = seen.into_iter().collect();
        ranked.sort_by(|a, b| b.1.0.cmp(&a.1.0).then_with(|| a.0.cmp(&b.0)));
        let mut library = Library::default();
        for ((level2, name), (_, values)) in ranked {
            // The most common value; among equals the first in text order, so the result does
            // not depend on hashing.
            let value = values
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
                .map_or_else(String::new, |(v, _)| v.to_owned());
            library.by_group.entry(level2).or_default().push(Entry {
                name: name.to_owned(),
                value,
            });
        }
        library
    }

    /// What a user's own workbook (`.ron`, table text, a spreadsheet) teaches.
    pub fn from_file(path: &Path) -> Result<Library, LibraryError> {
        let failed = |reason: String| LibraryError::File {
            path: path.display().to_string(),
            reason,
        };
        let workbook = crate::store::open(path)
            .map_err(|e| failed(e.to_string()))?
            .into_workbook();
        Ok(Library::learn(&workbook))
    }

    /// How many indicators the library offers, over all groups.
    pub fn len(&self) -> usize {
        self.by_group.values().map(Vec::len).sum()
    }

    /// Whether the library offers nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entries of `level2`.
    pub fn entries(&self, level2: Level2) -> &[Entry] {
        self.by_group.get(&level2).map_or(&[], Vec::as_slice)
    }

    /// Up to `limit` entries of `level2` whose name contains `typed` (and is not just it),
    /// from `libraries` in order, each name once.
    pub fn suggest<'a>(
        libraries: &[&'a Library],
        level2: Level2,
        typed: &str,
        limit: usize,
    ) -> Vec<&'a Entry> {
        let typed = typed.trim();
        let mut out: Vec<&Entry> = Vec::new();
        let all = libraries.iter().flat_map(|l| l.entries(level2));
        for entry in all {
            if entry.name != typed
                && entry.name.contains(typed)
                && !out.iter().any(|e| e.name == entry.name)
            {
                out.push(entry);
                if out.len() == limit {
                    break;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
