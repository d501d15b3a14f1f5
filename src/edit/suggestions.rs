//! What the editor offers while typing: indicators (name and typical value) from the open
//! workbook and the indicator library, and choices for header fields. Nothing here is checked
//! against; a person may always write something else.

use crate::library::Library;
use crate::model::{Level2, Workbook};

/// Choices offered for 项目属性 (free text is still allowed).
pub const PROJECT_KINDS: [&str; 4] = ["常年性项目", "一年期项目", "经常性项目", "延续性项目"];

/// Choices offered for 项目期限 (free text is still allowed).
pub const DURATIONS: [&str; 5] = ["1年", "2年", "3年", "5年", "99年"];

/// The indicators offered for names: the open workbook's own, then a user's library file, then
/// the built-in library ([`Library`]).
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    learned: Library,
    user: Option<Library>,
}

/// One offered indicator: its name and its typical value (the budget year filled in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSuggestion {
    /// The third-level name.
    pub name: String,
    /// Its usual value, empty when none is known.
    pub value: String,
}

impl NameIndex {
    /// Learns every indicator name of `workbook`, with its most common value.
    pub fn build(workbook: &Workbook) -> NameIndex {
        NameIndex {
            learned: Library::learn(workbook),
            user: None,
        }
    }

    /// The same index, also offering `user`'s library (a workbook file the user chose).
    pub fn with_user_library(mut self, user: Option<Library>) -> NameIndex {
        self.user = user;
        self
    }

    /// Indicators for a cell under `category` whose name contains `typed` (and is not just
    /// it): the workbook's own first, then the user's library, then the built-in one.
    pub fn suggest(
        &self,
        category: Level2,
        typed: &str,
        limit: usize,
        year: Option<i32>,
    ) -> Vec<NameSuggestion> {
        let mut libraries = vec![&self.learned];
        libraries.extend(self.user.as_ref());
        libraries.push(Library::builtin());
        Library::suggest(&libraries, category, typed, limit)
            .into_iter()
            .map(|entry| NameSuggestion {
                name: entry.name.clone(),
                value: entry.value_for(year),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{Indicator, Record};

    #[test]
    fn suggestions_put_the_workbooks_own_names_before_the_common_ones() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        record.groups[0].groups[1]
            .indicators
            .push(Indicator::new("档案验收合格率", "100%"));
        let index = NameIndex::build(&Workbook {
            records: vec![record],
        });
        let names = index.suggest(Level2::Quality, "合格率", 5, Some(2026));
        assert_eq!(
            names.first().map(|n| (n.name.as_str(), n.value.as_str())),
            Some(("档案验收合格率", "100%"))
        );
        assert!(
            names
                .iter()
                .any(|n| n.name == "验收合格率" && n.value == "≥95%")
        );
        assert!(
            index
                .suggest(Level2::Quality, "验收合格率", 5, None)
                .iter()
                .all(|n| n.name != "验收合格率")
        );
        let timely = index.suggest(Level2::Timeliness, "完成时间", 5, Some(2026));
        assert!(timely.iter().any(|n| n.value == "2026年12月底前"));
    }
}
