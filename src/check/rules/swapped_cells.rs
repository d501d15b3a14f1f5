//! `swapped-cells`: two cells of an indicator row filled the wrong way round — a target value in
//! the name column and words in the value column, or (Hebei) a target value in 指标值确定依据 and
//! a document reference or words in 指标值.
//!
//! Copying rows between drafts and PDF extraction both move cells sideways. A swapped row reads
//! as a name nobody could mean (`100%`) with a value no check can read, so only `value-unparsed`
//! would speak, as an info; this rule says what happened and offers to swap the cells back.

use crate::check::context::{Context, Line, is_not_applicable};
use crate::check::{Finding, Fix, Rule, Severity};
use crate::model::IndicatorCell;
use crate::value::{self, ValueKind};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "swapped-cells",
    severity: Severity::Warning,
    title: "单元格填反",
    description: "三级指标名称是一个单纯的指标值（100%、≥95%、2026年12月），指标值却是文字；或（河北表）指标值确定依据是单纯的指标值，指标值却是文件依据或文字：两格可能填反了。修正：交换两格。",
    reads: &[],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        if !is_words(line) {
            continue;
        }
        let ind = line.indicator;
        let group = line.level2.category.canonical_name();
        let row = line.path.row.saturating_add(1);
        if is_pure_target(line.name) {
            let (name, value) = (IndicatorCell::Name, IndicatorCell::Value);
            let finding = cx.finding(
                RULE.code,
                Severity::Warning,
                line.place(name),
                format!(
                    "{group}第{row}行的三级指标「{}」是一个指标值，指标值「{}」却是文字，两格可能填反了",
                    line.name, line.text
                ),
            );
            out.push(with_swap(
                cx,
                line,
                finding,
                name,
                value,
                "交换三级指标与指标值",
            ));
        } else if is_pure_target(ind.basis.trim()) {
            let (value, basis) = (IndicatorCell::Value, IndicatorCell::Basis);
            let finding = cx.finding(
                RULE.code,
                Severity::Warning,
                line.place(value),
                format!(
                    "{group}{}的指标值确定依据「{}」是一个指标值，指标值「{}」却是文字，两格可能填反了",
                    line.title(),
                    ind.basis.trim(),
                    line.text
                ),
            );
            out.push(with_swap(
                cx,
                line,
                finding,
                value,
                basis,
                "交换指标值与指标值确定依据",
            ));
        }
    }
}

/// Whether the row's value is words (a name, prose or a document reference) rather than a
/// target value.
fn is_words(line: &Line<'_>) -> bool {
    matches!(
        line.value.kind,
        ValueKind::Qualitative | ValueKind::Unparsed
    ) && !line.text.is_empty()
        && !is_not_applicable(line.text)
}

/// Whether a trimmed cell is nothing but a target value: a number with a unit, money, a date, a
/// length of time or a range, with no words naming what is measured.
fn is_pure_target(text: &str) -> bool {
    // Every such value has a digit; reading only those cells keeps the rule cheap.
    if !text
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return false;
    }
    value::parse(text).is_bare_target()
}

/// `finding` offering the swap of cells `a` and `b` of the line's row; a split target has no
/// one 指标值 cell to swap.
fn with_swap(
    cx: &Context<'_>,
    line: &Line<'_>,
    finding: Finding,
    a: IndicatorCell,
    b: IndicatorCell,
    label: &str,
) -> Finding {
    if line.split && [a, b].contains(&IndicatorCell::Value) {
        return finding;
    }
    match Fix::swap(cx.record, line.place(a), line.place(b), label) {
        Some(fix) => finding.with_fix(fix),
        None => finding,
    }
}

#[cfg(test)]
mod tests {
    use crate::check::Severity;
    use crate::check::testing::{bare, findings, messages, push, sound};
    use crate::layout::Layout;
    use crate::model::{IndicatorCell, Level2, Place};

    #[test]
    fn a_value_in_the_name_column_and_a_name_in_the_value_column_are_swapped_back() {
        let mut record = sound(Layout::CountyForm);
        let path = push(
            &mut record,
            Level2::Quality,
            "100%",
            "指标 2: 工伤案件结案率",
        );
        let found = findings(&record, "swapped-cells");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "质量指标第2行的三级指标「100%」是一个指标值，指标值「指标 2: 工伤案件结案率」却是文字，两格可能填反了"
        );
        let fix = &found[0].fixes[0];
        assert_eq!(fix.label, "交换三级指标与指标值");
        assert!(fix.apply(&mut record));
        let row = record.indicator(path).unwrap();
        assert_eq!(
            (row.name.as_str(), row.value.as_str()),
            ("指标 2: 工伤案件结案率", "100%")
        );
        assert!(messages(&record, "swapped-cells").is_empty());
    }

    #[test]
    fn a_hebei_target_in_the_basis_column_is_swapped_with_a_document_reference() {
        let mut record = sound(Layout::HebeiDisclosure);
        let path = push(
            &mut record,
            Level2::Quality,
            "资金发放准确率",
            "秦财社 [2019]133 号",
        );
        record.groups[path.level1].groups[path.level2].indicators[path.row].basis = "≥95%".into();
        let found = findings(&record, "swapped-cells");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place, Place::Indicator(path, IndicatorCell::Value));
        assert_eq!(
            found[0].message,
            "质量指标「资金发放准确率」的指标值确定依据「≥95%」是一个指标值，指标值「秦财社 [2019]133 号」却是文字，两格可能填反了"
        );
        assert!(found[0].fixes[0].apply(&mut record));
        let row = record.indicator(path).unwrap();
        assert_eq!(
            (row.value.as_str(), row.basis.as_str()),
            ("≥95%", "秦财社 [2019]133 号")
        );
    }

    #[test]
    fn ordinary_rows_and_rows_whose_value_is_a_target_are_left_alone() {
        for layout in Layout::ALL {
            assert!(
                messages(&sound(layout), "swapped-cells").is_empty(),
                "{layout:?}"
            );
        }
        let mut record = bare(Layout::CountyForm, "20");
        // A name with a number that names what is measured, a value that is itself a target, and
        // a value that says "not applicable".
        push(&mut record, Level2::Quality, "利用率>90%", "稳步提升");
        push(&mut record, Level2::Quantity, "2026年", "100人");
        push(&mut record, Level2::Quantity, "100%", "无");
        let mut hebei = sound(Layout::HebeiDisclosure);
        let path = push(&mut hebei, Level2::Quality, "准确率", "≥95%");
        hebei.groups[path.level1].groups[path.level2].indicators[path.row].basis = "2025年".into();
        for record in [record, hebei] {
            assert!(messages(&record, "swapped-cells").is_empty());
        }
    }

    #[test]
    fn a_split_target_in_words_beside_a_target_name_is_reported_without_a_swap() {
        let mut record = sound(Layout::IndicatorList);
        let path = push(&mut record, Level2::Quality, "x", "");
        *record.indicator_mut(path).unwrap() =
            crate::check::testing::split("100%", "定性", "", "验收合格率", "");
        let found = findings(&record, "swapped-cells");
        assert_eq!(found.len(), 1);
        assert!(found[0].fixes.is_empty());
    }
}
