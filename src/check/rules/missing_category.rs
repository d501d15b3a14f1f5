//! `missing-category`: the first- and second-level groups the record's scheme requires.
//!
//! A category counts as present wherever it sits in the tree, so a group that only landed under
//! the wrong parent is reported once, by `misplaced-category`, and not again here.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::model::{IndicatorCell, Level1, Level2, Level2Group, Place, Scheme};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "missing-category",
    severity: Severity::Error,
    title: "指标类别缺失",
    description: "按表的指标口径检查类别是否齐全（按表头读取的未知格式、被截断的表、有自定一级指标的表只作提示）：每个一级指标都要有；旧口径下产出指标须有数量、质量、时效、成本指标，新口径下产出指标须有数量、质量、时效指标、成本指标（一级）须有经济成本、社会成本、生态环境成本之一；效益指标至少有经济效益、社会效益、生态效益、可持续影响之一；满意度指标须有服务对象满意度。只有空行或「无」的类别视为缺失。",
    reads: &[IndicatorCell::Name],
    run: check,
};

/// What a first-level group needs under it.
enum Need {
    /// Every one of these.
    All(&'static [Level2]),
    /// At least one of these.
    AnyOf(&'static [Level2]),
}

fn need(scheme: Scheme, level1: Level1) -> Need {
    let categories = scheme.level2_categories(level1);
    match level1 {
        Level1::Effect | Level1::Cost => Need::AnyOf(categories),
        _ => Need::All(categories),
    }
}

/// The category a group stands for: its own, or for a label jixiao does not know, the one its
/// words name (`社会公众或服务对象满意度指标` is the satisfaction group of the older national
/// form, `可持续性发展影响指标` the sustainable one).
fn stands_for(group: &Level2Group) -> Level2 {
    if group.category != Level2::Other {
        return group.category;
    }
    let label = &group.label;
    if label.contains("满意度") {
        Level2::Satisfaction
    } else if label.contains("可持续") {
        Level2::Sustainable
    } else {
        Level2::Other
    }
}

/// The second-level categories some filled row of the record stands for.
fn filled(cx: &Context<'_>) -> Vec<Level2> {
    cx.lines
        .iter()
        .filter(|l| l.is_named())
        .map(|l| stands_for(l.level2))
        .collect()
}

/// Whether this rule already speaks for `group`, a second-level group that holds no row: the
/// scheme requires it (or one of its siblings, none filled), so `empty-indicator` leaves it alone
/// and the user reads one finding for one empty group.
pub(crate) fn speaks_for(cx: &Context<'_>, group: &Level2Group) -> bool {
    let scheme = cx.scheme();
    let category = stands_for(group);
    let level1 = category.parent(scheme);
    if !scheme.level1_categories().contains(&level1) {
        return false;
    }
    let filled = filled(cx);
    match need(scheme, level1) {
        Need::All(required) => required.contains(&category) && !filled.contains(&category),
        Need::AnyOf(options) => {
            options.contains(&category) && !options.iter().any(|c| filled.contains(c))
        }
    }
}

/// Where the group of `category` sits in the tree, when the table has one.
fn group_of<'a>(cx: &Context<'a>, category: Level2) -> Option<(Place, &'a Level2Group)> {
    cx.record.groups.iter().enumerate().find_map(|(i1, g1)| {
        g1.groups
            .iter()
            .enumerate()
            .find(|(_, g2)| stands_for(g2) == category)
            .map(|(i2, g2)| {
                let place = Place::Level2 {
                    level1: i1,
                    level2: i2,
                };
                (place, g2)
            })
    })
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let scheme = cx.scheme();
    let filled = filled(cx);
    let present = |category: Level2| filled.contains(&category);
    // A form jixiao does not know, or one with first-level groups of its own, may group its
    // indicators its own way; a table cut short may have the group after the cut.
    let own_groups = cx.record.groups.iter().any(|g| {
        g.category == Level1::Other && g.groups.iter().any(|g2| !g2.indicators.is_empty())
    });
    let (severity, unknown) = if cx.form_unknown() {
        (Severity::Info, "（未知格式的表，可能本无此类别）")
    } else if cx.cut {
        (Severity::Info, "（表格被截断，可能在截断处之后）")
    } else if own_groups {
        (
            Severity::Info,
            "（表中有自定的一级指标，可能按其他口径分组）",
        )
    } else {
        (Severity::Error, "")
    };
    for &level1 in scheme.level1_categories() {
        let group = cx.record.groups.iter().position(|g| g.category == level1);
        let any_child_group = cx.record.groups.iter().any(|g| {
            g.groups
                .iter()
                .any(|g2| stands_for(g2).parent(scheme) == level1)
        });
        if group.is_none() && !any_child_group {
            out.push(cx.finding(
                RULE.code,
                severity,
                Place::Record,
                format!("缺少一级指标「{}」{unknown}", level1.canonical_name()),
            ));
            continue;
        }
        let place = group.map_or(Place::Record, Place::Level1);
        let parent = level1.canonical_name();
        match need(scheme, level1) {
            Need::All(required) => {
                for &level2 in required.iter().filter(|&&c| !present(c)) {
                    let name = level2.canonical_name();
                    // A group on screen with nothing in it is empty, not missing.
                    let (place, message) = match group_of(cx, level2) {
                        Some((at, group)) if group.indicators.is_empty() => (
                            at,
                            format!("{parent}下的二级指标「{name}」没有三级指标{unknown}"),
                        ),
                        Some((at, _)) => (
                            at,
                            format!("{parent}下的二级指标「{name}」没有已填写的三级指标{unknown}"),
                        ),
                        None => (place, format!("{parent}下缺少二级指标「{name}」{unknown}")),
                    };
                    out.push(cx.finding(RULE.code, severity, place, message));
                }
            }
            Need::AnyOf(options) => {
                if !options.iter().any(|&c| present(c)) {
                    let names: Vec<_> = options.iter().map(|c| c.canonical_name()).collect();
                    out.push(cx.finding(
                        RULE.code,
                        severity,
                        place,
                        format!(
                            "{parent}下没有任何已填写的二级指标（应至少有{}之一）{unknown}",
                            names.join("、")
                        ),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::Severity;
    use crate::check::testing::{bare, findings, messages, push, push_under, sound};
    use crate::layout::Layout;
    use crate::model::{Level1, Level2, Place, Scheme};

    #[test]
    fn a_table_with_every_category_misses_none() {
        assert!(messages(&sound(Layout::CountyForm), "missing-category").is_empty());
    }

    #[test]
    fn a_missing_timeliness_and_an_absent_effect_group_are_reported() {
        let mut record = bare(Layout::CountyForm, "200000");
        push(&mut record, Level2::Quantity, "招聘次数", "1次");
        push(&mut record, Level2::Quality, "完成率", "100%");
        push_under(&mut record, Level1::Output, Level2::Cost, "费用", "20万元");
        push(&mut record, Level2::Satisfaction, "满意度", "≥95%");
        record.groups.retain(|g| g.category != Level1::Effect);
        assert_eq!(
            messages(&record, "missing-category"),
            [
                "产出指标下缺少二级指标「时效指标」",
                "缺少一级指标「效益指标」"
            ]
        );
    }

    #[test]
    fn an_empty_required_group_on_screen_is_one_finding_that_says_it_is_empty() {
        let mut record = sound(Layout::CountyForm);
        for g2 in &mut record.groups[0].groups {
            if g2.category == Level2::Timeliness {
                g2.indicators.clear();
            }
        }
        let found: Vec<_> = crate::check::check_record(&record, 0)
            .into_iter()
            .filter(|f| matches!(f.place, Place::Level2 { .. }))
            .map(|f| (f.code, f.message))
            .collect();
        assert_eq!(
            found,
            [(
                "missing-category",
                "产出指标下的二级指标「时效指标」没有三级指标".to_owned()
            )]
        );
    }

    #[test]
    fn a_required_group_holding_only_blank_rows_has_no_filled_indicator() {
        let mut record = bare(Layout::CountyForm, "200000");
        push(&mut record, Level2::Quantity, "招聘次数", "1次");
        push(&mut record, Level2::Quality, "完成率", "100%");
        push(&mut record, Level2::Timeliness, "", "");
        push_under(&mut record, Level1::Output, Level2::Cost, "费用", "20万元");
        push(&mut record, Level2::Social, "就业率", "稳步提升");
        push(&mut record, Level2::Satisfaction, "满意度", "≥95%");
        assert_eq!(
            messages(&record, "missing-category"),
            ["产出指标下的二级指标「时效指标」没有已填写的三级指标"]
        );
    }

    #[test]
    fn an_empty_group_that_is_not_required_is_left_to_empty_indicator() {
        let mut record = sound(Layout::CountyForm);
        record.groups[1]
            .groups
            .push(crate::model::Level2Group::new(Level2::Sustainable));
        assert!(messages(&record, "missing-category").is_empty());
        assert_eq!(
            messages(&record, "empty-indicator"),
            ["可持续影响指标下没有三级指标"]
        );
    }

    #[test]
    fn effect_groups_holding_only_blank_or_not_applicable_rows_count_as_missing() {
        let mut record = sound(Layout::CountyForm);
        record.groups.retain(|g| g.category != Level1::Effect);
        push(&mut record, Level2::Economic, "", "");
        push(&mut record, Level2::Ecological, "无", "无");
        assert_eq!(
            messages(&record, "missing-category"),
            [
                "效益指标下没有任何已填写的二级指标（应至少有经济效益指标、社会效益指标、生态效益指标、可持续影响指标之一）"
            ]
        );
    }

    #[test]
    fn the_national_scheme_wants_cost_as_a_first_level_group() {
        let mut record = sound(Layout::RegionForm);
        record.scheme = Scheme::National;
        record.groups[0]
            .groups
            .retain(|g| g.category != Level2::Cost);
        assert_eq!(
            messages(&record, "missing-category"),
            ["缺少一级指标「成本指标」"]
        );
        push(&mut record, Level2::EconomicCost, "培训费用", "20万元");
        assert!(messages(&record, "missing-category").is_empty());
    }

    #[test]
    fn satisfaction_as_a_second_level_group_under_effects_counts_as_present() {
        let mut record = sound(Layout::NationalTarget);
        record.groups.retain(|g| g.category != Level1::Satisfaction);
        let path = push(&mut record, Level2::Social, "受益群众满意度", "≥90%");
        let group = &mut record.groups[path.level1].groups[path.level2];
        group.category = Level2::Other;
        group.label = "社会公众或服务对象满意度指标".into();
        // The social-benefit row moved into it; give 效益 another.
        push(&mut record, Level2::Ecological, "扬尘减少", "有效减少");
        assert!(messages(&record, "missing-category").is_empty());
        assert!(messages(&record, "misplaced-category").is_empty());
    }

    #[test]
    fn a_cost_group_written_first_makes_another_office_s_table_follow_the_newer_scheme() {
        let mut record = bare(Layout::NationalTarget, "65");
        push_under(
            &mut record,
            Level1::Cost,
            Level2::EconomicCost,
            "建设成本",
            "≤65万元",
        );
        push(&mut record, Level2::Quantity, "晾晒房", "1座");
        push(&mut record, Level2::Quality, "验收合格率", "100%");
        push(&mut record, Level2::Timeliness, "完工时间", "2026年12月");
        push(&mut record, Level2::Social, "带动就业", "200人");
        push(&mut record, Level2::Satisfaction, "群众满意度", "≥95%");
        record.groups.rotate_right(1);
        assert_eq!(record.groups[0].category, Level1::Cost);
        assert!(messages(&record, "missing-category").is_empty());
        assert!(messages(&record, "misplaced-category").is_empty());
    }

    #[test]
    fn groups_missing_from_a_table_cut_short_or_grouped_its_own_way_are_only_infos() {
        let mut record = bare(Layout::NationalTarget, "20");
        push(&mut record, Level2::Quantity, "培训人次", "≥100人次");
        record.notes.push(crate::model::ImportNote {
            line: 9,
            seen: "…".into(),
            action: "表格在此截断，读到截断处为止".into(),
            doubt: false,
        });
        let found = findings(&record, "missing-category");
        assert!(!found.is_empty());
        assert!(found.iter().all(|f| f.severity == Severity::Info));
        assert!(
            found[0]
                .message
                .ends_with("（表格被截断，可能在截断处之后）")
        );
        let mut own = bare(Layout::NationalTarget, "20");
        let path = push(&mut own, Level2::Quantity, "资助人数", "≥100人");
        own.groups[path.level1].category = Level1::Other;
        own.groups[path.level1].label = "项目年度绩效目标(定量指标)".into();
        let found = findings(&own, "missing-category");
        assert!(!found.is_empty());
        assert!(
            found.iter().all(|f| f.severity == Severity::Info),
            "{found:?}"
        );
    }

    #[test]
    fn groups_missing_from_a_form_read_by_its_headings_are_only_infos() {
        let mut record = bare(Layout::Headings, "20");
        push(&mut record, Level2::Quantity, "培训人次", "≥100人次");
        let found = findings(&record, "missing-category");
        assert!(!found.is_empty());
        for f in &found {
            assert_eq!(f.severity, Severity::Info);
            assert!(
                f.message.ends_with("（未知格式的表，可能本无此类别）"),
                "{}",
                f.message
            );
        }
    }

    #[test]
    fn a_group_found_under_the_wrong_parent_is_not_also_missing() {
        let mut record = sound(Layout::CountyForm);
        record.groups.retain(|g| g.category != Level1::Effect);
        push_under(
            &mut record,
            Level1::Output,
            Level2::Social,
            "就业率",
            "稳步提升",
        );
        assert!(messages(&record, "missing-category").is_empty());
    }
}
