//! `duplicate-indicator`: the same indicator twice — the same name within one second-level
//! group, or the same name with the same value anywhere in the table.
//!
//! The same name in two groups with different values is normal (a quantity and its cost: `办公设备
//! 购置 1批` and `办公设备购置 31万元`) and is left alone, as are rows of the Hebei form whose
//! 绩效指标描述 tells them apart (`归档卷数`: 纸质档案 and 电子档案).

use crate::check::context::{Context, Line, TextKey, after_numbering, same_text, text_key};
use crate::check::{Finding, Rule, Severity};
use crate::model::IndicatorCell;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "duplicate-indicator",
    severity: Severity::Warning,
    title: "指标重复",
    description: "同一个二级指标下出现名称相同的三级指标，或表中两处三级指标名称和指标值都相同（忽略空格和「指标 1：」编号；河北表的绩效指标描述不同则不算重复）。",
    reads: &[IndicatorCell::Name, IndicatorCell::Value],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // Names are compared by a cheap key first, so most pairs cost one comparison.
    let named: Vec<(&Line<'_>, &str, TextKey)> = cx
        .lines
        .iter()
        .filter(|l| l.is_named())
        .map(|l| {
            let name = after_numbering(l.name);
            (l, name, text_key(name))
        })
        .collect();
    for (i, &(line, name, key)) in named.iter().enumerate() {
        let earlier = named
            .iter()
            .take(i)
            .find(|&&(other, other_name, other_key)| {
                other_key == key
                    && same_text(other_name, name)
                    && same_text(&other.indicator.description, &line.indicator.description)
                    && ((other.path.level1, other.path.level2)
                        == (line.path.level1, line.path.level2)
                        || other.text == line.text)
            });
        if let Some(&(first, ..)) = earlier {
            let message =
                if first.path.level1 == line.path.level1 && first.path.level2 == line.path.level2 {
                    format!(
                        "{}下三级指标{}重复出现",
                        line.level2.category.canonical_name(),
                        line.title()
                    )
                } else {
                    format!(
                        "三级指标{}（{}）在{}和{}下重复出现",
                        line.title(),
                        line.text,
                        first.level2.category.canonical_name(),
                        line.level2.category.canonical_name()
                    )
                };
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                line.place(IndicatorCell::Name),
                message,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{messages, push, push_under, sound};
    use crate::layout::Layout;
    use crate::model::{Level1, Level2};

    #[test]
    fn a_quantity_and_its_cost_under_one_name_are_not_duplicates() {
        let mut record = sound(Layout::RegionForm);
        push(&mut record, Level2::Quantity, "办公设备购置", "1批");
        push_under(
            &mut record,
            Level1::Output,
            Level2::Cost,
            "办公设备购置",
            "31万元/年",
        );
        push(&mut record, Level2::Economic, "无", "无");
        push(&mut record, Level2::Ecological, "无", "无");
        assert!(messages(&record, "duplicate-indicator").is_empty());
    }

    #[test]
    fn the_same_name_twice_in_a_group_is_a_duplicate() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Quantity, "指标 2：招聘次数", "2次");
        assert_eq!(
            messages(&record, "duplicate-indicator"),
            ["数量指标下三级指标「指标 2：招聘次数」重复出现"]
        );
    }

    #[test]
    fn rows_told_apart_by_their_description_are_not_duplicates() {
        let mut record = sound(Layout::HebeiDisclosure);
        let paper = push(&mut record, Level2::Quantity, "归档卷数", "≥100本");
        let digital = push(&mut record, Level2::Quantity, "归档卷数", "≥100项");
        record.indicator_mut(paper).unwrap().description = "反映纸质档案归档卷数".into();
        record.indicator_mut(digital).unwrap().description = "反映电子档案归档卷数".into();
        assert!(messages(&record, "duplicate-indicator").is_empty());
    }

    #[test]
    fn the_same_row_copied_into_another_group_is_a_duplicate() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Sustainable, "就业率", "稳步提升");
        assert_eq!(
            messages(&record, "duplicate-indicator"),
            ["三级指标「就业率」（稳步提升）在社会效益指标和可持续影响指标下重复出现"]
        );
    }
}
