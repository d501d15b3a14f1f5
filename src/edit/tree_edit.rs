//! Structural edits of a record's indicator trees: adding, removing and moving rows and groups,
//! in the year's set or the multi-year (中期/长期) one.

use crate::model::{
    Indicator, IndicatorCell, IndicatorPath, Level1, Level1Group, Level2, Level2Group, Place,
    Record,
};

/// Which of a record's indicator trees: the year's, or the multi-year set some forms print beside
/// it. Both are drawn and edited the same way; only their places differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndicatorSet {
    /// The year's indicators ([`Record::groups`]).
    Annual,
    /// The multi-year indicators ([`Record::medium_groups`]).
    Medium,
}

impl IndicatorSet {
    /// The set's tree in `record`.
    pub fn groups(self, record: &Record) -> &[Level1Group] {
        match self {
            IndicatorSet::Annual => &record.groups,
            IndicatorSet::Medium => &record.medium_groups,
        }
    }

    /// The set's tree in `record`, mutably.
    pub fn groups_mut(self, record: &mut Record) -> &mut Vec<Level1Group> {
        match self {
            IndicatorSet::Annual => &mut record.groups,
            IndicatorSet::Medium => &mut record.medium_groups,
        }
    }

    /// The place of a first-level label of this set.
    pub fn level1(self, level1: usize) -> Place {
        match self {
            IndicatorSet::Annual => Place::Level1(level1),
            IndicatorSet::Medium => Place::MediumLevel1(level1),
        }
    }

    /// The place of a second-level label of this set.
    pub fn level2(self, level1: usize, level2: usize) -> Place {
        match self {
            IndicatorSet::Annual => Place::Level2 { level1, level2 },
            IndicatorSet::Medium => Place::MediumLevel2 { level1, level2 },
        }
    }

    /// The place of an indicator cell of this set.
    pub fn indicator(self, path: IndicatorPath, cell: IndicatorCell) -> Place {
        match self {
            IndicatorSet::Annual => Place::Indicator(path, cell),
            IndicatorSet::Medium => Place::MediumIndicator(path, cell),
        }
    }

    /// What accessible names of this set's cells start with, so the two sets' cells differ.
    pub fn name_prefix(self) -> &'static str {
        match self {
            IndicatorSet::Annual => "",
            IndicatorSet::Medium => "中期指标/",
        }
    }
}

/// A row or group of the indicator tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeItem {
    /// A first-level group.
    Level1(usize),
    /// A second-level group.
    Level2 {
        /// First-level group index.
        level1: usize,
        /// Second-level group index.
        level2: usize,
    },
    /// An indicator row.
    Indicator(IndicatorPath),
}

/// One structural change to the indicator tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeEdit {
    /// Appends an empty indicator to a second-level group.
    AddIndicator {
        /// First-level group index.
        level1: usize,
        /// Second-level group index.
        level2: usize,
    },
    /// Appends a first-level group of the category.
    AddLevel1(Level1),
    /// Appends a second-level group of the category to a first-level group.
    AddLevel2 {
        /// First-level group index.
        level1: usize,
        /// Category of the new group.
        category: Level2,
    },
    /// Removes a row, or a group with everything in it.
    Remove(TreeItem),
    /// Moves a row or group one place up or down among its siblings.
    Move {
        /// What moves.
        item: TreeItem,
        /// Up (towards the first) or down.
        up: bool,
    },
}

impl TreeEdit {
    /// Applies the edit to the tree `groups`; returns whether it changed.
    pub fn apply(self, groups: &mut Vec<Level1Group>) -> bool {
        match self {
            TreeEdit::AddIndicator { level1, level2 } => level2_mut(groups, level1, level2)
                .is_some_and(|g| {
                    g.indicators.push(Indicator::default());
                    true
                }),
            TreeEdit::AddLevel1(category) => {
                groups.push(Level1Group::new(category));
                true
            }
            TreeEdit::AddLevel2 { level1, category } => groups.get_mut(level1).is_some_and(|g| {
                g.groups.push(Level2Group::new(category));
                true
            }),
            TreeEdit::Remove(item) => match item {
                TreeItem::Level1(level1) => remove_at(groups, level1),
                TreeItem::Level2 { level1, level2 } => groups
                    .get_mut(level1)
                    .is_some_and(|g| remove_at(&mut g.groups, level2)),
                TreeItem::Indicator(path) => level2_mut(groups, path.level1, path.level2)
                    .is_some_and(|g| remove_at(&mut g.indicators, path.row)),
            },
            TreeEdit::Move { item, up } => match item {
                TreeItem::Level1(level1) => move_at(groups, level1, up),
                TreeItem::Level2 { level1, level2 } => groups
                    .get_mut(level1)
                    .is_some_and(|g| move_at(&mut g.groups, level2, up)),
                TreeItem::Indicator(path) => level2_mut(groups, path.level1, path.level2)
                    .is_some_and(|g| move_at(&mut g.indicators, path.row, up)),
            },
        }
    }
}

fn level2_mut(
    groups: &mut [Level1Group],
    level1: usize,
    level2: usize,
) -> Option<&mut Level2Group> {
    groups.get_mut(level1)?.groups.get_mut(level2)
}

fn remove_at<T>(items: &mut Vec<T>, index: usize) -> bool {
    if index < items.len() {
        items.remove(index);
        true
    } else {
        false
    }
}

fn move_at<T>(items: &mut [T], index: usize, up: bool) -> bool {
    let other = if up {
        index.checked_sub(1)
    } else {
        index.checked_add(1)
    };
    match other {
        Some(other) if other < items.len() && index < items.len() => {
            items.swap(index, other);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;

    fn path(row: usize) -> IndicatorPath {
        IndicatorPath {
            level1: 0,
            level2: 0,
            row,
        }
    }

    #[test]
    fn rows_are_added_moved_and_removed_within_their_group() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        assert!(
            TreeEdit::AddIndicator {
                level1: 0,
                level2: 0
            }
            .apply(&mut record.groups)
        );
        assert!(
            TreeEdit::AddIndicator {
                level1: 0,
                level2: 0
            }
            .apply(&mut record.groups)
        );
        record.groups[0].groups[0].indicators[1].name = "第二".into();
        assert!(
            TreeEdit::Move {
                item: TreeItem::Indicator(path(1)),
                up: true
            }
            .apply(&mut record.groups)
        );
        assert_eq!(record.groups[0].groups[0].indicators[0].name, "第二");
        assert!(
            !TreeEdit::Move {
                item: TreeItem::Indicator(path(0)),
                up: true
            }
            .apply(&mut record.groups)
        );
        assert!(TreeEdit::Remove(TreeItem::Indicator(path(0))).apply(&mut record.groups));
        assert_eq!(record.indicator_count(), 1);
        assert!(!TreeEdit::Remove(TreeItem::Indicator(path(5))).apply(&mut record.groups));
    }

    #[test]
    fn groups_are_added_and_moved() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        assert!(TreeEdit::AddLevel1(Level1::Cost).apply(&mut record.groups));
        assert_eq!(record.groups.len(), 4);
        assert!(
            TreeEdit::Move {
                item: TreeItem::Level1(3),
                up: true
            }
            .apply(&mut record.groups)
        );
        assert_eq!(record.groups[2].category, Level1::Cost);
        assert!(
            TreeEdit::AddLevel2 {
                level1: 2,
                category: Level2::EconomicCost
            }
            .apply(&mut record.groups)
        );
        assert_eq!(record.groups[2].groups.len(), 1);
    }
}
