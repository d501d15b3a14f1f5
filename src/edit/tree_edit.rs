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

    /// The set, row and column of an indicator cell's place; `None` for any other place.
    pub fn of_cell(place: Place) -> Option<(IndicatorSet, IndicatorPath, IndicatorCell)> {
        match place {
            Place::Indicator(path, cell) => Some((IndicatorSet::Annual, path, cell)),
            Place::MediumIndicator(path, cell) => Some((IndicatorSet::Medium, path, cell)),
            _ => None,
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
    /// Inserts an empty indicator right after the row.
    InsertIndicator(IndicatorPath),
    /// Moves an indicator out of its second-level group to the end of the one before it (in form
    /// order, across first-level groups), or to the start of the one after it.
    MoveToGroup {
        /// The row that moves.
        path: IndicatorPath,
        /// Into the next group (else the previous one).
        next: bool,
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

/// What an edit did: whether the tree changed, and the indicator row the edit was about, where
/// it is now (the new or moved row, the one that took a removed row's place), for the keyboard to
/// follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Whether the tree changed.
    pub changed: bool,
    /// The row to go on with, if the edit was about a row and one is there.
    pub row: Option<IndicatorPath>,
}

impl Outcome {
    const UNCHANGED: Outcome = Outcome {
        changed: false,
        row: None,
    };

    fn changed(row: Option<IndicatorPath>) -> Outcome {
        Outcome { changed: true, row }
    }

    fn of(changed: bool) -> Outcome {
        Outcome { changed, row: None }
    }
}

impl TreeEdit {
    /// Applies the edit to the tree `groups`; returns whether it changed.
    pub fn apply(self, groups: &mut Vec<Level1Group>) -> bool {
        self.apply_to(groups).changed
    }

    /// Applies the edit to the tree `groups`; returns what it did.
    pub fn apply_to(self, groups: &mut Vec<Level1Group>) -> Outcome {
        match self {
            TreeEdit::AddIndicator { level1, level2 } => match level2_mut(groups, level1, level2) {
                Some(g) => {
                    g.indicators.push(Indicator::default());
                    let row = g.indicators.len() - 1;
                    Outcome::changed(Some(IndicatorPath {
                        level1,
                        level2,
                        row,
                    }))
                }
                None => Outcome::UNCHANGED,
            },
            TreeEdit::InsertIndicator(path) => match level2_mut(groups, path.level1, path.level2) {
                Some(g) if path.row < g.indicators.len() => {
                    g.indicators.insert(path.row + 1, Indicator::default());
                    Outcome::changed(Some(IndicatorPath {
                        row: path.row + 1,
                        ..path
                    }))
                }
                _ => Outcome::UNCHANGED,
            },
            TreeEdit::MoveToGroup { path, next } => move_to_group(groups, path, next),
            TreeEdit::AddLevel1(category) => {
                groups.push(Level1Group::new(category));
                Outcome::changed(None)
            }
            TreeEdit::AddLevel2 { level1, category } => {
                Outcome::of(groups.get_mut(level1).is_some_and(|g| {
                    g.groups.push(Level2Group::new(category));
                    true
                }))
            }
            TreeEdit::Remove(item) => match item {
                TreeItem::Level1(level1) => Outcome::of(remove_at(groups, level1)),
                TreeItem::Level2 { level1, level2 } => Outcome::of(
                    groups
                        .get_mut(level1)
                        .is_some_and(|g| remove_at(&mut g.groups, level2)),
                ),
                TreeItem::Indicator(path) => {
                    let Some(g) = level2_mut(groups, path.level1, path.level2)
                        .filter(|g| path.row < g.indicators.len())
                    else {
                        return Outcome::UNCHANGED;
                    };
                    g.indicators.remove(path.row);
                    // The row below moves up into the place; the last row's is the one above.
                    let row = path.row.min(g.indicators.len().saturating_sub(1));
                    let left = !g.indicators.is_empty();
                    Outcome::changed(left.then_some(IndicatorPath { row, ..path }))
                }
            },
            TreeEdit::Move { item, up } => match item {
                TreeItem::Level1(level1) => Outcome::of(move_at(groups, level1, up)),
                TreeItem::Level2 { level1, level2 } => Outcome::of(
                    groups
                        .get_mut(level1)
                        .is_some_and(|g| move_at(&mut g.groups, level2, up)),
                ),
                TreeItem::Indicator(path) => {
                    let moved = level2_mut(groups, path.level1, path.level2)
                        .is_some_and(|g| move_at(&mut g.indicators, path.row, up));
                    let row = if up {
                        path.row - usize::from(moved)
                    } else {
                        path.row + usize::from(moved)
                    };
                    Outcome {
                        changed: moved,
                        row: moved.then_some(IndicatorPath { row, ..path }),
                    }
                }
            },
        }
    }
}

/// Moves the indicator at `path` into the neighbouring second-level group: the end of the
/// previous one or the start of the next, so it keeps its place in reading order.
fn move_to_group(groups: &mut [Level1Group], path: IndicatorPath, next: bool) -> Outcome {
    let order: Vec<(usize, usize)> = groups
        .iter()
        .enumerate()
        .flat_map(|(l1, g)| (0..g.groups.len()).map(move |l2| (l1, l2)))
        .collect();
    let Some(here) = order
        .iter()
        .position(|&place| place == (path.level1, path.level2))
    else {
        return Outcome::UNCHANGED;
    };
    let there = if next {
        order.get(here + 1)
    } else {
        here.checked_sub(1).and_then(|i| order.get(i))
    };
    let Some(&(level1, level2)) = there else {
        return Outcome::UNCHANGED;
    };
    let Some(indicator) = level2_mut(groups, path.level1, path.level2)
        .filter(|g| path.row < g.indicators.len())
        .map(|g| g.indicators.remove(path.row))
    else {
        return Outcome::UNCHANGED;
    };
    let Some(target) = level2_mut(groups, level1, level2) else {
        return Outcome::UNCHANGED;
    };
    let row = if next { 0 } else { target.indicators.len() };
    target.indicators.insert(row, indicator);
    Outcome::changed(Some(IndicatorPath {
        level1,
        level2,
        row,
    }))
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

    fn named(record: &mut Record, level1: usize, level2: usize, names: &[&str]) {
        record.groups[level1].groups[level2].indicators =
            names.iter().map(|n| Indicator::new(*n, "")).collect();
    }

    fn names(record: &Record, level1: usize, level2: usize) -> Vec<&str> {
        record.groups[level1].groups[level2]
            .indicators
            .iter()
            .map(|i| i.name.as_str())
            .collect()
    }

    #[test]
    fn an_indicator_cell_tells_its_set_row_and_column() {
        let cell = IndicatorSet::Medium.indicator(path(2), IndicatorCell::Value);
        assert_eq!(
            IndicatorSet::of_cell(cell),
            Some((IndicatorSet::Medium, path(2), IndicatorCell::Value))
        );
        assert_eq!(IndicatorSet::of_cell(Place::Level1(0)), None);
    }

    #[test]
    fn a_row_inserted_after_the_current_one_is_where_the_keyboard_goes_next() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        named(&mut record, 0, 0, &["甲", "乙"]);
        let outcome = TreeEdit::InsertIndicator(path(0)).apply_to(&mut record.groups);
        assert_eq!(outcome.row, Some(path(1)));
        assert_eq!(names(&record, 0, 0), ["甲", "", "乙"]);
        let outcome = TreeEdit::InsertIndicator(path(7)).apply_to(&mut record.groups);
        assert!(!outcome.changed, "no row to insert after");
    }

    #[test]
    fn an_added_row_at_the_end_of_its_group_is_reported_for_the_focus() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        named(&mut record, 0, 1, &["甲"]);
        let outcome = TreeEdit::AddIndicator {
            level1: 0,
            level2: 1,
        }
        .apply_to(&mut record.groups);
        assert_eq!(
            outcome.row,
            Some(IndicatorPath {
                level1: 0,
                level2: 1,
                row: 1
            })
        );
    }

    #[test]
    fn a_removed_row_leaves_the_keyboard_on_the_row_that_takes_its_place() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        named(&mut record, 0, 0, &["甲", "乙"]);
        let remove = |record: &mut Record, row| {
            TreeEdit::Remove(TreeItem::Indicator(path(row))).apply_to(&mut record.groups)
        };
        assert_eq!(
            remove(&mut record, 1).row,
            Some(path(0)),
            "the last row: the one above"
        );
        assert_eq!(names(&record, 0, 0), ["甲"]);
        let outcome = remove(&mut record, 0);
        assert!(outcome.changed);
        assert_eq!(outcome.row, None, "the group is empty");
    }

    #[test]
    fn a_moved_row_is_followed_to_its_new_place() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        named(&mut record, 0, 0, &["甲", "乙"]);
        let down = TreeEdit::Move {
            item: TreeItem::Indicator(path(0)),
            up: false,
        };
        assert_eq!(down.apply_to(&mut record.groups).row, Some(path(1)));
        assert_eq!(names(&record, 0, 0), ["乙", "甲"]);
        assert_eq!(
            TreeEdit::Move {
                item: TreeItem::Indicator(path(1)),
                up: false
            }
            .apply_to(&mut record.groups),
            Outcome::UNCHANGED
        );
    }

    #[test]
    fn a_row_moves_into_the_neighbouring_group_across_first_level_groups() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        // 产出指标 has 数量, 质量, 时效, 成本; 效益指标 follows.
        named(&mut record, 0, 3, &["培训费用"]);
        named(&mut record, 1, 0, &["经济效益"]);
        let next = TreeEdit::MoveToGroup {
            path: IndicatorPath {
                level1: 0,
                level2: 3,
                row: 0,
            },
            next: true,
        };
        let landed = IndicatorPath {
            level1: 1,
            level2: 0,
            row: 0,
        };
        assert_eq!(next.apply_to(&mut record.groups).row, Some(landed));
        assert_eq!(names(&record, 1, 0), ["培训费用", "经济效益"]);
        assert!(names(&record, 0, 3).is_empty());
        let back = TreeEdit::MoveToGroup {
            path: landed,
            next: false,
        };
        let outcome = back.apply_to(&mut record.groups);
        assert_eq!(
            outcome.row,
            Some(IndicatorPath {
                level1: 0,
                level2: 3,
                row: 0
            }),
            "at the end of the previous group"
        );
        let first = TreeEdit::MoveToGroup {
            path: path(0),
            next: false,
        };
        named(&mut record, 0, 0, &["招聘次数"]);
        assert!(
            !first.apply(&mut record.groups),
            "no group before the first"
        );
        assert_eq!(record.indicator_count(), 3, "no row is lost");
    }
}
