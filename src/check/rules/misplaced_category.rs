//! `misplaced-category`: a second-level group under a first-level group it does not belong to
//! in the record's scheme, or a first-level group the scheme does not have.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::model::{Level1, Level2, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "misplaced-category",
    severity: Severity::Error,
    title: "指标类别错位",
    description: "二级指标放在了不属于它的一级指标下（如社会效益放在产出指标下；新口径下成本指标放在产出指标下），或出现本口径没有的一级指标（本地格式旧口径下的一级「成本指标」；其他格式有一级成本指标即按新口径）。服务对象满意度放在效益指标下是旧版全国格式的写法，不报告。",
    reads: &[],
    run: check,
};

/// Whether a second-level group may sit under a first-level one it does not belong to by the
/// scheme: satisfaction under 效益 is how the older national form (and Hunan's) prints it.
fn allowed(level2: Level2, level1: Level1) -> bool {
    level2 == Level2::Satisfaction && level1 == Level1::Effect
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let scheme = cx.scheme();
    for (i1, g1) in cx.record.groups.iter().enumerate() {
        if g1.category == Level1::Other {
            continue;
        }
        if !scheme.level1_categories().contains(&g1.category) {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                Place::Level1(i1),
                format!(
                    "按{}，「{}」不是一级指标",
                    scheme.label(),
                    g1.category.canonical_name()
                ),
            ));
            continue;
        }
        for (i2, g2) in g1.groups.iter().enumerate() {
            if g2.category == Level2::Other {
                continue;
            }
            let parent = g2.category.parent(scheme);
            if parent != g1.category && !allowed(g2.category, g1.category) {
                out.push(cx.finding(
                    RULE.code,
                    Severity::Error,
                    Place::Level2 {
                        level1: i1,
                        level2: i2,
                    },
                    format!(
                        "二级指标「{}」属于{}，不应放在{}下",
                        g2.category.canonical_name(),
                        parent.canonical_name(),
                        g1.category.canonical_name()
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, messages, push, push_under, sound};
    use crate::layout::Layout;
    use crate::model::{Level1, Level2, Place, Scheme};

    #[test]
    fn groups_under_their_parents_are_in_place() {
        assert!(messages(&sound(Layout::CodedCountyForm), "misplaced-category").is_empty());
    }

    #[test]
    fn a_social_effect_group_under_outputs_is_misplaced() {
        let mut record = sound(Layout::CountyForm);
        let path = push_under(
            &mut record,
            Level1::Output,
            Level2::Social,
            "就业率",
            "稳步提升",
        );
        let found = findings(&record, "misplaced-category");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "二级指标「社会效益指标」属于效益指标，不应放在产出指标下"
        );
        assert_eq!(
            found[0].place,
            Place::Level2 {
                level1: path.level1,
                level2: path.level2
            }
        );
    }

    #[test]
    fn cost_under_outputs_is_misplaced_only_under_the_national_scheme() {
        let mut record = sound(Layout::RegionForm);
        assert!(messages(&record, "misplaced-category").is_empty());
        record.scheme = Scheme::National;
        assert_eq!(
            messages(&record, "misplaced-category"),
            ["二级指标「成本指标」属于成本指标，不应放在产出指标下"]
        );
    }

    #[test]
    fn satisfaction_under_effects_is_the_older_national_form_not_a_misplacement() {
        let mut record = sound(Layout::NationalTarget);
        record.groups.retain(|g| g.category != Level1::Satisfaction);
        push_under(
            &mut record,
            Level1::Effect,
            Level2::Satisfaction,
            "社会公众满意度",
            "≥90%",
        );
        assert!(messages(&record, "misplaced-category").is_empty());
        assert!(messages(&record, "missing-category").is_empty());
    }

    #[test]
    fn a_first_level_cost_group_does_not_exist_in_the_older_scheme() {
        let mut record = sound(Layout::RegionForm);
        push(&mut record, Level2::EconomicCost, "培训费用", "20万元");
        assert_eq!(
            messages(&record, "misplaced-category"),
            ["按旧口径（成本在产出下），「成本指标」不是一级指标"]
        );
    }
}
