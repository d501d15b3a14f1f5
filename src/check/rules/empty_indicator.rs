//! `empty-indicator`: third-level rows without a name or without a value, and second-level
//! groups left with no rows. A row that says `无` states "not applicable" and is left alone.

use crate::check::context::{Context, is_not_applicable};
use crate::check::{Finding, Rule, Severity};
use crate::model::{IndicatorCell, Place};

use super::missing_category;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "empty-indicator",
    severity: Severity::Error,
    title: "空指标",
    description: "三级指标有名称没有指标值、或有指标值没有名称为错误（自评表中已填写实际完成值而没有指标值的为警告）；整行空白或二级指标下没有任何三级指标为警告（必需的二级指标为空时只由「指标类别缺失」报告一次）。写「无」表示不适用，不报告。",
    reads: &[IndicatorCell::Name, IndicatorCell::Value],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (i1, g1) in cx.record.groups.iter().enumerate() {
        for (i2, g2) in g1.groups.iter().enumerate() {
            if g2.indicators.is_empty() && !missing_category::speaks_for(cx, g2) {
                out.push(cx.finding(
                    RULE.code,
                    Severity::Warning,
                    Place::Level2 {
                        level1: i1,
                        level2: i2,
                    },
                    format!("{}下没有三级指标", g2.category.canonical_name()),
                ));
            }
        }
    }
    for line in &cx.lines {
        let name = line.name;
        let value = line.text;
        let filled = !name.is_empty() && !value.is_empty();
        if filled || is_not_applicable(name) || is_not_applicable(value) {
            continue;
        }
        let group = line.level2.category.canonical_name();
        let row = line.path.row.saturating_add(1);
        let finding = match (name.is_empty(), value.is_empty()) {
            (true, true) => cx.finding(
                RULE.code,
                Severity::Warning,
                line.place(IndicatorCell::Name),
                format!("{group}第{row}行三级指标和指标值都未填写"),
            ),
            // An evaluated row (its result written) without a target is how evaluation
            // frameworks print their common indicators (项目决策, 项目管理): a person decides.
            (false, true) if !line.indicator.actual.trim().is_empty() => cx.finding(
                RULE.code,
                Severity::Warning,
                line.target_place(),
                format!("{group}「{name}」未填写指标值（已填写实际完成值）"),
            ),
            (false, true) => cx.finding(
                RULE.code,
                Severity::Error,
                line.target_place(),
                format!("{group}「{name}」未填写指标值"),
            ),
            (true, false) => cx.finding(
                RULE.code,
                Severity::Error,
                line.place(IndicatorCell::Name),
                format!("{group}第{row}行有指标值「{value}」但没有三级指标名称"),
            ),
            (false, false) => continue,
        };
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_evaluated_row_without_a_target_is_only_a_warning() {
        use crate::check::testing::{findings, push, sound};
        let mut record = sound(crate::layout::Layout::NationalSelfEvaluation);
        let path = push(&mut record, crate::model::Level2::Quality, "可行性", "");
        record.indicator_mut(path).unwrap().actual = "实际工作需求".into();
        let found = findings(&record, "empty-indicator");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, crate::check::Severity::Warning);
    }

    use crate::check::Severity;
    use crate::check::testing::{findings, messages, push, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn filled_rows_and_not_applicable_rows_are_not_empty() {
        let mut record = sound(Layout::CodedCountyForm);
        push(&mut record, Level2::Economic, "无", "");
        push(&mut record, Level2::Ecological, "无", "无");
        assert!(messages(&record, "empty-indicator").is_empty());
    }

    #[test]
    fn a_named_row_without_a_value_is_an_error() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Economic, "受灾损失", " ");
        let found = findings(&record, "empty-indicator");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(found[0].message, "经济效益指标「受灾损失」未填写指标值");
    }

    #[test]
    fn a_blank_economic_row_is_a_warning() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Economic, "", "");
        let found = findings(&record, "empty-indicator");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "经济效益指标第1行三级指标和指标值都未填写"
        );
    }

    #[test]
    fn a_value_without_a_name_and_a_group_without_rows_are_reported() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Ecological, "", "显著改善");
        record.groups[1]
            .groups
            .push(crate::model::Level2Group::new(Level2::Sustainable));
        assert_eq!(
            messages(&record, "empty-indicator"),
            [
                "可持续影响指标下没有三级指标",
                "生态效益指标第1行有指标值「显著改善」但没有三级指标名称"
            ]
        );
    }
}
