//! `cost-not-number`: a cost indicator whose value is words where a cost must be a number.
//!
//! Only 成本指标 (older scheme) and 经济成本指标 are meant to be money; 社会成本 and 生态环境成本
//! may be described in words.

use crate::check::context::{Context, is_not_applicable};
use crate::check::{Finding, Rule, Severity};
use crate::model::Level2;
use crate::value::ValueKind;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "cost-not-number",
    severity: Severity::Warning,
    title: "成本指标不是金额",
    description: "成本指标（旧口径）或经济成本指标的指标值是定性描述（如「合理控制」），成本应写成金额。社会成本、生态环境成本可以定性描述，不检查。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        let money_group = matches!(line.level2.category, Level2::Cost | Level2::EconomicCost);
        let words = matches!(line.value.kind, ValueKind::Qualitative);
        if money_group && words && !is_not_applicable(line.text) {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                line.target_place(),
                format!("成本指标{}的指标值「{}」不是金额", line.title(), line.text),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{messages, push, push_under, sound};
    use crate::layout::Layout;
    use crate::model::{Level1, Level2, Scheme};

    #[test]
    fn money_and_rates_are_numbers() {
        let mut record = sound(Layout::CountyForm);
        push_under(
            &mut record,
            Level1::Output,
            Level2::Cost,
            "补助标准",
            "500 元/月",
        );
        assert!(messages(&record, "cost-not-number").is_empty());
    }

    #[test]
    fn words_in_a_cost_line_are_reported() {
        let mut record = sound(Layout::CountyForm);
        push_under(
            &mut record,
            Level1::Output,
            Level2::Cost,
            "成本控制",
            "合理控制",
        );
        assert_eq!(
            messages(&record, "cost-not-number"),
            ["成本指标「成本控制」的指标值「合理控制」不是金额"]
        );
    }

    #[test]
    fn social_costs_may_be_words() {
        let mut record = sound(Layout::RegionForm);
        record.scheme = Scheme::National;
        push(
            &mut record,
            Level2::SocialCost,
            "对居民生活的影响",
            "影响较小",
        );
        assert!(messages(&record, "cost-not-number").is_empty());
    }
}
