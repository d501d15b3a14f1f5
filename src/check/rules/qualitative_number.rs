//! `qualitative-number`: a row marked 定性 whose target is a bare number (`100`, `95%`, `3-5`):
//! either the nature or the target is wrong. Dates (`11月底之前`), lengths of time and words are
//! what qualitative rows hold and pass; so does a leaked Excel date serial.

use crate::check::context::{Context, is_date_serial};
use crate::check::{Finding, Rule, Severity};
use crate::model::IndicatorCell;
use crate::value::ValueKind;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "qualitative-number",
    severity: Severity::Warning,
    title: "定性指标写了数值",
    description: "指标性质标为定性，目标值却是单纯的数值（如「100」「95%」「3-5」）：指标性质或目标值有一个填错了。日期、时长和文字描述不报告。",
    reads: &[
        IndicatorCell::Nature,
        IndicatorCell::Operator,
        IndicatorCell::Direction,
        IndicatorCell::Target,
        IndicatorCell::Value,
    ],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        if !line.indicator.is_marked_qualitative() || !line.value.subject.is_empty() {
            continue;
        }
        let number = matches!(line.value.kind, ValueKind::Measure(_) | ValueKind::Range(_));
        if number && !is_date_serial(line.value) {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                line.target_place(),
                format!(
                    "{}标为定性指标，目标值「{}」却是数值",
                    line.title(),
                    line.text
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, messages, push, sound, split};
    use crate::layout::Layout;
    use crate::model::{IndicatorCell, Level2, Place, Record};

    fn with_row(row: crate::model::Indicator) -> Record {
        let mut record = sound(Layout::IndicatorList);
        let path = push(&mut record, Level2::Quality, "x", "");
        *record.indicator_mut(path).unwrap() = row;
        record
    }

    #[test]
    fn a_qualitative_row_with_a_bare_number_is_a_warning() {
        let record = with_row(split("验收合格率", "定性", "", "100", "%"));
        let found = findings(&record, "qualitative-number");
        assert_eq!(found.len(), 1);
        assert!(matches!(
            found[0].place,
            Place::Indicator(_, IndicatorCell::Target)
        ));
        assert_eq!(
            found[0].message,
            "「验收合格率」标为定性指标，目标值「100%」却是数值"
        );
    }

    #[test]
    fn qualitative_words_dates_and_quantitative_numbers_pass() {
        for row in [
            split("推动标准化配置", "定性", "", "长期", ""),
            split("采购计划完成时间", "定性", "", "11月底之前", ""),
            split("办公设备采购数量", "正向", "大于等于", "10", "台"),
            split("是否按期完成", "定性", "", "是", ""),
        ] {
            assert!(messages(&with_row(row), "qualitative-number").is_empty());
        }
    }
}
