//! `unit-missing`: a quantitative row without its 计量单位 on a form that has a unit column.
//!
//! A row is quantitative when its target is a number and no cell marks it 定性 (its 指标性质
//! says 定量, or it has a comparison, or only the number). The unit may also be written in the target
//! itself (`95%`, `20万元`) or at the end of the name (`造林面积(亩)`); a date serial, a date or a
//! length of time carries its own meaning.

use crate::check::context::{Context, is_date_serial, is_not_applicable};
use crate::check::{Finding, Rule, Severity};
use crate::model::{IndicatorCell, is_qualitative_word};
use crate::value::{self, ValueKind};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "unit-missing",
    severity: Severity::Warning,
    title: "定量指标缺计量单位",
    description: "有计量单位列的表中，定量指标（目标值是数字、且未标为定性）没有填写计量单位；目标值本身带单位（95%、20万元）、指标名称末尾括注单位（如「造林面积(亩)」）或是日期、时长的不报告。",
    reads: &[
        IndicatorCell::Unit,
        IndicatorCell::Nature,
        IndicatorCell::Operator,
        IndicatorCell::Target,
    ],
    run: check,
};

/// Whether the name ends with a unit in brackets (`造林面积(亩)`, `培训人数（人次）`).
fn name_has_unit(name: &str) -> bool {
    let Some(inner) = name.strip_suffix(')').or_else(|| name.strip_suffix('）')) else {
        return false;
    };
    inner
        .rfind(['(', '（'])
        .and_then(|at| inner.get(at..))
        .is_some_and(|unit| unit.chars().count() <= 5)
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    if !cx.has_column(IndicatorCell::Unit) {
        return;
    }
    for line in &cx.lines {
        let ind = line.indicator;
        // The number sits in 目标值 where the form splits the target, else in 指标值.
        let target = match ind.target.trim() {
            "" => ind.value.trim(),
            split => split,
        };
        if !ind.unit.trim().is_empty()
            || target.is_empty()
            || is_not_applicable(target)
            || is_qualitative_word(target)
            || ind.is_marked_qualitative()
            || name_has_unit(line.name)
        {
            continue;
        }
        let value = value::parse(target);
        let bare = matches!(&value.kind, ValueKind::Measure(m) if m.unit.is_empty())
            || matches!(&value.kind, ValueKind::Range(r) if r.unit.is_empty());
        if !bare || is_date_serial(&value) {
            continue;
        }
        out.push(cx.finding(
            RULE.code,
            Severity::Warning,
            line.place(IndicatorCell::Unit),
            format!("定量指标{}的目标值「{target}」没有计量单位", line.title()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, messages, push, sound, split};
    use crate::layout::Layout;
    use crate::model::{IndicatorCell, Level2, Place, Record};

    fn with_row(layout: Layout, row: crate::model::Indicator) -> Record {
        let mut record = sound(layout);
        let path = push(&mut record, Level2::Quantity, "x", "");
        *record.indicator_mut(path).unwrap() = row;
        record
    }

    #[test]
    fn a_quantitative_row_without_a_unit_is_a_warning_at_the_unit_cell() {
        let record = with_row(
            Layout::IndicatorList,
            split("办公设备采购数量", "定量", "大于等于", "10", ""),
        );
        let found = findings(&record, "unit-missing");
        assert_eq!(found.len(), 1);
        assert!(matches!(
            found[0].place,
            Place::Indicator(_, IndicatorCell::Unit)
        ));
        assert_eq!(
            found[0].message,
            "定量指标「办公设备采购数量」的目标值「10」没有计量单位"
        );
    }

    #[test]
    fn a_bare_number_without_any_nature_is_quantitative_too() {
        let record = with_row(Layout::IndicatorList, split("出差人数", "", "", "8", ""));
        assert_eq!(messages(&record, "unit-missing").len(), 1);
    }

    #[test]
    fn qualitative_rows_without_unit_are_fine() {
        let record = with_row(
            Layout::IndicatorList,
            split("提升工作效率", "定性", "", "有效提升", ""),
        );
        assert!(messages(&record, "unit-missing").is_empty());
        assert!(messages(&sound(Layout::IndicatorList), "unit-missing").is_empty());
    }

    #[test]
    fn a_unit_in_the_name_or_the_target_or_a_date_serial_needs_no_unit_cell() {
        for row in [
            split("造林面积(亩)", "定量", "≥", "80000", ""),
            split("合格率", "定量", "≥", "95%", ""),
            split("资金到位时间", "正向", "=", "44,561", ""),
        ] {
            let record = with_row(Layout::IndicatorList, row);
            assert!(messages(&record, "unit-missing").is_empty());
        }
    }

    #[test]
    fn a_bare_number_in_the_one_value_cell_of_a_form_with_a_unit_column_is_checked_too() {
        let mut row = crate::model::Indicator::new("培训人数", "≥10");
        row.nature = "定量".into();
        let found = findings(&with_row(Layout::IndicatorList, row), "unit-missing");
        assert_eq!(found.len(), 1);
        let mut with_unit = crate::model::Indicator::new("合格率", "≥95%");
        with_unit.nature = "定量".into();
        assert!(messages(&with_row(Layout::IndicatorList, with_unit), "unit-missing").is_empty());
    }

    #[test]
    fn a_form_without_a_unit_column_is_not_checked() {
        let record = with_row(
            Layout::CountyForm,
            split("办公设备采购数量", "定量", "≥", "10", ""),
        );
        assert!(messages(&record, "unit-missing").is_empty());
    }
}
