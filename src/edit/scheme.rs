//! A record's indicator tree put in another category scheme: groups are matched by category, the
//! older scheme's 成本指标 under 产出 becoming the newer one's 经济成本指标 and back, and groups the
//! other scheme has no place for kept, with every indicator, under one group named for that.

use crate::model::{Level1, Level1Group, Level2, Level2Group, Record, Scheme};

/// The first-level label of the groups the new scheme has no category for. It is not a category
/// name, so the checks point at it until a person places those indicators.
pub const UNPLACED_LABEL: &str = "待归类指标（所选口径下无对应类别）";

/// Puts both of the record's trees in `to`; returns whether the record changed.
pub fn convert(record: &mut Record, to: Scheme) -> bool {
    if record.scheme == to {
        return false;
    }
    regroup(&mut record.groups, to);
    regroup(&mut record.medium_groups, to);
    record.scheme = to;
    true
}

/// Where a second-level group of `category` under a first-level group of `parent` goes in `to`,
/// or `None` where `to` has no place for it.
fn home(to: Scheme, parent: Level1, category: Level2) -> Option<(Level1, Level2)> {
    let has_level1 = |l1: Level1| to.level1_categories().contains(&l1);
    if category == Level2::Other {
        return (has_level1(parent) || parent == Level1::Other).then_some((parent, category));
    }
    // The same cost, filed under 产出 in the older scheme and as 经济成本 in the newer one.
    let category = match (to, category) {
        (Scheme::National, Level2::Cost) => Level2::EconomicCost,
        (Scheme::Older, Level2::EconomicCost) => Level2::Cost,
        _ => category,
    };
    let level1 = category.parent(to);
    to.level2_categories(level1)
        .contains(&category)
        .then_some((level1, category))
}

fn regroup(groups: &mut Vec<Level1Group>, to: Scheme) {
    let mut unplaced = Vec::new();
    for old in std::mem::take(groups) {
        let known = to.level1_categories().contains(&old.category) || old.category == Level1::Other;
        if known {
            level1_mut(groups, to, old.category, || Level1Group {
                groups: Vec::new(),
                ..old.clone()
            });
        }
        for sub in old.groups {
            match home(to, old.category, sub.category) {
                Some((level1, category)) => {
                    let into = level1_mut(groups, to, level1, || Level1Group::new(level1));
                    level2_mut(into, to, sub, category);
                }
                None => unplaced.push(sub),
            }
        }
    }
    if !unplaced.is_empty() {
        groups.push(Level1Group {
            label: UNPLACED_LABEL.to_owned(),
            groups: unplaced,
            ..Level1Group::new(Level1::Other)
        });
    }
}

/// Where a category comes in `to`'s form order; unknown ones after every known one.
fn rank<T: PartialEq>(order: &[T], item: &T) -> usize {
    order.iter().position(|x| x == item).unwrap_or(order.len())
}

/// The first-level group of `category`, made by `make` and put in form order when there is none.
fn level1_mut(
    groups: &mut Vec<Level1Group>,
    to: Scheme,
    category: Level1,
    make: impl FnOnce() -> Level1Group,
) -> &mut Level1Group {
    let index = match groups.iter().position(|g| g.category == category) {
        Some(index) => index,
        None => {
            let order = to.level1_categories();
            let at = groups
                .iter()
                .position(|g| rank(order, &g.category) > rank(order, &category))
                .unwrap_or(groups.len());
            groups.insert(at, make());
            at
        }
    };
    &mut groups[index]
}

/// Files `sub` as `category` under `into`: with a group of that category already there, its
/// indicators join it; a group whose category changed takes the category's name.
fn level2_mut(into: &mut Level1Group, to: Scheme, mut sub: Level2Group, category: Level2) {
    if sub.category != category {
        sub.category = category;
        sub.label = category.canonical_name().to_owned();
    }
    let same = |g: &&mut Level2Group| g.category == category && category != Level2::Other;
    if let Some(existing) = into.groups.iter_mut().find(same) {
        existing.indicators.append(&mut sub.indicators);
        return;
    }
    let order = to.level2_categories(into.category);
    let at = into
        .groups
        .iter()
        .position(|g| rank(order, &g.category) > rank(order, &category))
        .unwrap_or(into.groups.len());
    into.groups.insert(at, sub);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_record;
    use crate::layout::Layout;
    use crate::model::{Indicator, Place};

    fn categories(record: &Record) -> Vec<(Level1, Vec<Level2>)> {
        record
            .groups
            .iter()
            .map(|g| (g.category, g.groups.iter().map(|s| s.category).collect()))
            .collect()
    }

    fn with_cost() -> Record {
        let mut record = Record::blank(Layout::NationalTarget, Some(2026));
        record.groups[0].groups[0].indicators = vec![Indicator::new("招聘次数", "1次")];
        record.groups[0].groups[3].indicators = vec![Indicator::new("培训费用", "20万元")];
        record
    }

    #[test]
    fn the_older_cost_group_becomes_the_newer_first_level_economic_cost() {
        let mut record = with_cost();
        assert!(convert(&mut record, Scheme::National));
        assert_eq!(record.scheme, Scheme::National);
        let (level1, level2) = &categories(&record)[1];
        assert_eq!(*level1, Level1::Cost, "成本 comes right after 产出");
        assert_eq!(level2, &[Level2::EconomicCost]);
        assert_eq!(record.groups[1].groups[0].indicators[0].name, "培训费用");
        assert_eq!(record.groups[1].groups[0].label, "经济成本指标");
        assert_eq!(
            categories(&record)[0].1,
            [Level2::Quantity, Level2::Quality, Level2::Timeliness]
        );
        assert!(!convert(&mut record, Scheme::National));
    }

    #[test]
    fn converting_there_and_back_keeps_every_indicator_in_its_group() {
        let mut record = with_cost();
        let before = record.groups.clone();
        convert(&mut record, Scheme::National);
        convert(&mut record, Scheme::Older);
        assert_eq!(record.groups, before);
    }

    #[test]
    fn a_group_the_older_scheme_has_no_place_for_is_kept_under_a_group_the_checks_point_at() {
        let mut record = Record::blank(Layout::NationalTarget, Some(2026));
        convert(&mut record, Scheme::National);
        let cost = record
            .groups
            .iter()
            .position(|g| g.category == Level1::Cost)
            .expect("a cost group");
        record.groups[cost].groups.push(Level2Group {
            indicators: vec![Indicator::new("噪声影响", "无")],
            ..Level2Group::new(Level2::SocialCost)
        });
        let count = record.indicator_count();
        assert!(convert(&mut record, Scheme::Older));
        assert_eq!(record.indicator_count(), count, "no indicator dropped");
        let last = record.groups.len() - 1;
        assert_eq!(record.groups[last].label, UNPLACED_LABEL);
        let unplaced = &record.groups[last].groups;
        assert_eq!(unplaced.len(), 1, "经济成本 has its place under 产出");
        assert_eq!(unplaced[0].category, Level2::SocialCost);
        assert_eq!(unplaced[0].indicators[0].name, "噪声影响");
        assert!(
            check_record(&record, 0)
                .iter()
                .any(|f| f.place == Place::Level1(last)),
            "a finding says the group needs placing"
        );
    }
}
