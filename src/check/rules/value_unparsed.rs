//! `value-unparsed`: a value the grammar could not read, so no number check looked at it.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::value::ValueKind;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "value-unparsed",
    severity: Severity::Info,
    title: "指标值无法识别",
    description: "指标值既不是数值、金额、日期、时长，也不是定性描述（如夹杂多个数值的说明文字），其他规则无法检查它；本身不算错误。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        if line.value.kind == ValueKind::Unparsed {
            out.push(cx.finding(
                RULE.code,
                Severity::Info,
                line.target_place(),
                format!(
                    "{}的指标值「{}」无法识别，未做数值检查",
                    line.title(),
                    line.text
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{messages, push_under, sound};
    use crate::layout::Layout;
    use crate::model::{Level1, Level2};

    #[test]
    fn readable_values_are_not_reported() {
        assert!(messages(&sound(Layout::CountyForm), "value-unparsed").is_empty());
    }

    #[test]
    fn mixed_prose_is_an_info() {
        let mut record = sound(Layout::CountyForm);
        push_under(
            &mut record,
            Level1::Output,
            Level2::Cost,
            "公益性岗位补贴人均标准",
            "城镇一类区4万元/人，二类区3.8万元/人，乡村平均约1.8万元/人",
        );
        assert_eq!(messages(&record, "value-unparsed").len(), 1);
    }
}
