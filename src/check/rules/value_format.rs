//! `value-format`: a value not written the standard way (spaces inside numbers and dates,
//! full-width operators), with the tidied text as a fix.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::model::IndicatorCell;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "value-format",
    severity: Severity::Info,
    title: "指标值写法不规范",
    description: "指标值的写法可以规范（数字、日期中间的空格，全角比较符号等），如「2026 年 12 月」→「2026年12月」、「≥ 95%」→「≥95%」，并给出规范写法作为修正；意思不变。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        let text = &line.indicator.value;
        // A split target is joined by jixiao, not written by a person: nothing to tidy.
        if let Some(tidy) = line.tidy
            && !tidy.trim().is_empty()
            && let Some(fix) = line.target_fix(tidy)
        {
            out.push(
                cx.finding(
                    RULE.code,
                    Severity::Info,
                    line.place(IndicatorCell::Value),
                    format!("指标值「{text}」可规范写作「{tidy}」"),
                )
                .with_fix(fix),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, messages, push, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn standard_values_need_no_tidying() {
        assert!(messages(&sound(Layout::CountyForm), "value-format").is_empty());
    }

    #[test]
    fn spaced_dates_and_operators_are_fixed_and_the_fix_applies() {
        let mut record = sound(Layout::CountyForm);
        let date = push(&mut record, Level2::Timeliness, "完成时间", "2026 年 12 月");
        push(&mut record, Level2::Quality, "结案率", "≥ 95%");
        let found = findings(&record, "value-format");
        let texts: Vec<_> = found.iter().map(|f| f.fixes[0].text.as_str()).collect();
        assert_eq!(texts, ["≥95%", "2026年12月"]);
        assert!(found[1].fixes[0].apply(&mut record));
        assert_eq!(record.indicator(date).unwrap().value, "2026年12月");
    }
}
