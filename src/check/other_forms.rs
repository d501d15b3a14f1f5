//! What other offices' forms legitimately do, each built in code as a table of that kind would
//! be imported, and checked to raise no error (the traps of `tests/fixtures/other-forms`).

use super::testing::{bare, push, push_under, sound, split};
use super::{Finding, Severity, check_record};
use crate::layout::Layout;
use crate::model::{
    Amount, Indicator, IndicatorPath, Level1, Level1Group, Level2, Level2Group, Record, RecordKind,
};

/// The errors the checks raise on `record`.
fn errors(record: &Record) -> Vec<Finding> {
    check_record(record, 0)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

fn assert_no_error(record: &Record) {
    let found = errors(record);
    assert!(found.is_empty(), "{found:#?}");
}

/// Replaces the row at `path` with `row`.
fn set(record: &mut Record, path: IndicatorPath, row: Indicator) {
    if let Some(slot) = record.indicator_mut(path) {
        *slot = row;
    }
}

/// A 一体化 indicator list in 元 of the kind a procuratorate exports: weights in the labels and
/// on every row (50 + 30 + 10 = 90), split targets, the sign in words under 指标方向.
fn indicator_list() -> Record {
    let mut record = bare(Layout::IndicatorList, "1030700.00");
    let rows: [(Level1, Level2, Indicator, &str); 8] = [
        (
            Level1::Output,
            Level2::Cost,
            split("业务装备购置成本", "反向", "", "12", "万元"),
            "10",
        ),
        (
            Level1::Output,
            Level2::Cost,
            split("办公设备购置成本", "反向", "", "90", "万元"),
            "10",
        ),
        (
            Level1::Output,
            Level2::Quality,
            split("设备验收合格率", "正向", "", "100", "%"),
            "10",
        ),
        (
            Level1::Output,
            Level2::Quantity,
            split("车辆采购数量", "反向", "", "1", "辆"),
            "10",
        ),
        (
            Level1::Output,
            Level2::Timeliness,
            split("采购计划完成时间", "定性", "", "11月底之前", ""),
            "10",
        ),
        (
            Level1::Effect,
            Level2::Social,
            split("提升工作效率", "定性", "", "有效提升", ""),
            "15",
        ),
        (
            Level1::Effect,
            Level2::Sustainable,
            split("推动标准化规范化配置", "定性", "", "长期", ""),
            "15",
        ),
        (
            Level1::Satisfaction,
            Level2::Satisfaction,
            split("干警满意度", "正向", "", "95", "%"),
            "10",
        ),
    ];
    for (level1, level2, mut row, weight) in rows {
        row.direction = match row.nature.as_str() {
            "正向" => "大于等于",
            "反向" => "小于等于",
            _ => "",
        }
        .into();
        row.weight = Amount::new(weight);
        let name = row.name.clone();
        let path = push_under(&mut record, level1, level2, &name, "");
        set(&mut record, path, row);
    }
    for (group, weight) in record.groups.iter_mut().zip(["50", "30", "10"]) {
        group.label = format!("{}({weight}分)", group.category.canonical_name());
    }
    // The list's rows come in any order: satisfaction first, outputs last.
    record.groups.reverse();
    record
}

#[test]
fn an_indicator_list_in_any_group_order_with_qualitative_rows_and_ninety_points_has_no_error() {
    let record = indicator_list();
    assert_no_error(&record);
    let findings = check_record(&record, 0);
    assert!(
        findings
            .iter()
            .all(|f| f.code != "weight-sum" && f.code != "empty-indicator"),
        "{findings:#?}"
    );
}

#[test]
fn a_second_level_group_recurring_further_down_is_the_same_group_not_a_duplicate() {
    let mut record = indicator_list();
    let outputs = record
        .groups
        .iter()
        .position(|g| g.category == Level1::Output);
    let group = &mut record.groups[outputs.unwrap_or_default()];
    let mut again = Level2Group::new(Level2::Quality);
    again.indicators.push(Indicator {
        weight: Amount::new("0"),
        ..split("档案归档率", "正向", "大于等于", "100", "%")
    });
    group.groups.push(again);
    assert_no_error(&record);
}

#[test]
fn a_target_table_with_weights_off_a_hundred_is_only_warned() {
    let mut record = indicator_list();
    let row = IndicatorPath {
        level1: 0,
        level2: 0,
        row: 0,
    };
    if let Some(r) = record.indicator_mut(row) {
        r.weight = Amount::new("5");
    }
    assert_no_error(&record);
    assert!(
        check_record(&record, 0)
            .iter()
            .any(|f| f.code == "weight-sum")
    );
}

#[test]
fn a_spreadsheet_date_serial_in_the_target_and_unit_cells_is_no_error() {
    let mut record = sound(Layout::NationalTarget);
    let mut row = split("项目财政资金到位时间", "正向", "", "44,561", "44,561");
    row.operator.clear();
    row.direction = "=".into();
    let path = push(&mut record, Level2::Timeliness, "x", "");
    set(&mut record, path, row);
    assert_no_error(&record);
    let on_row: Vec<_> = check_record(&record, 0)
        .into_iter()
        .filter(|f| matches!(f.place, crate::model::Place::Indicator(p, _) if p == path))
        .filter(|f| f.severity != Severity::Info)
        .collect();
    assert!(on_row.is_empty(), "{on_row:#?}");
}

#[test]
fn zero_cost_targets_and_an_equal_sign_on_a_negative_cost_are_fine() {
    let mut record = bare(Layout::NationalTarget, "3");
    for (name, target) in [("出差总成本", "3"), ("办公费总成本", "0")] {
        let mut row = split(name, "反向", "", target, "万元");
        row.direction = "=".into();
        let path = push_under(&mut record, Level1::Output, Level2::Cost, name, "");
        set(&mut record, path, row);
    }
    let found: Vec<_> = check_record(&record, 0)
        .into_iter()
        .filter(|f| {
            matches!(
                f.code,
                "cost-sum" | "amount-format" | "direction-conflict" | "percent-range"
            )
        })
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

/// A national self-evaluation as a county school publishes it: money table in 元 with 分值 10,
/// 执行率 and 得分; 年初预算数 empty, `—` in 其他资金; a row scored below its weight.
fn national_self_evaluation() -> Record {
    let mut record = sound(Layout::NationalSelfEvaluation);
    let e = record.evaluation.get_or_insert_with(Default::default);
    for row in [&mut e.total, &mut e.fiscal] {
        row.initial_budget = Amount::new("");
    }
    e.other = Default::default();
    e.other.full_year_budget = Amount::new("—");
    e.other.executed = Amount::new("—");
    record
}

#[test]
fn a_national_self_evaluation_scored_below_its_weights_with_empty_and_dashed_money_has_no_error() {
    let mut record = national_self_evaluation();
    // 资金到位及时率 ≧100 %, actual 100%, scored 7 of 10; 总分 10 + 86.
    let path = IndicatorPath {
        level1: 0,
        level2: 1,
        row: 0,
    };
    let mut row = split("资金到位及时率", "≧", "", "100", "%");
    row.nature = "≧".into();
    row.actual = "100%".into();
    row.weight = Amount::new("10");
    row.score = Amount::new("7");
    set(&mut record, path, row);
    if let Some(e) = &mut record.evaluation {
        e.total_score = Amount::new("97");
    }
    assert_no_error(&record);
}

#[test]
fn an_execution_rate_and_its_score_rounded_as_published_are_no_error() {
    let mut record = national_self_evaluation();
    if let Some(e) = &mut record.evaluation {
        e.total.full_year_budget = Amount::new("310.2");
        e.total.executed = Amount::new("154.74");
        e.total.rate = Amount::new("50%");
        e.total.score = Amount::new("5");
        e.fiscal = e.total.clone();
        e.total_score = Amount::new("95");
    }
    record.header.amount = Amount::new("310.2");
    let found: Vec<_> = check_record(&record, 0)
        .into_iter()
        .filter(|f| f.code.starts_with("execution") || f.code.starts_with("score"))
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn first_level_groups_named_project_completion_and_project_effect_are_placed_by_their_children() {
    let mut record = sound(Layout::Headings);
    record.kind = RecordKind::Target;
    for (group, label) in record
        .groups
        .iter_mut()
        .zip(["项目完成 指标", "项目效益 指标"])
    {
        group.category = Level1::Other;
        group.label = label.into();
    }
    assert_no_error(&record);
    let mut known = sound(Layout::NationalTarget);
    for (group, label) in known
        .groups
        .iter_mut()
        .zip(["项目完成指标", "项目效益指标"])
    {
        group.category = Level1::Other;
        group.label = label.into();
    }
    assert_no_error(&known);
}

#[test]
fn money_cells_holding_only_the_unit_are_empty() {
    let mut record = national_self_evaluation();
    if let Some(e) = &mut record.evaluation {
        e.other.full_year_budget = Amount::new("万元");
        e.other.executed = Amount::new("万元");
    }
    assert!(
        check_record(&record, 0)
            .iter()
            .all(|f| f.code != "amount-format")
    );
}

#[test]
fn hierarchical_weights_of_an_evaluation_framework_are_not_summed_to_a_hundred() {
    let mut record = bare(Layout::Headings, "");
    record.kind = RecordKind::SelfEvaluation;
    record.groups.clear();
    for (label, weight, rows) in [
        (
            "预算绩效",
            "50",
            [("预算执行率", "-0%", "75"), ("结转结余资金率", "-0%", "25")],
        ),
        (
            "项目产出",
            "25",
            [("完成率", "100%", "60"), ("及时率", "100%", "40")],
        ),
        (
            "项目效果",
            "25",
            [("通关时间压缩", "是", "50"), ("用户满意度", "是", "50")],
        ),
    ] {
        let mut group = Level1Group::new(Level1::Other);
        group.label = label.into();
        group.weight = Amount::new(weight);
        let mut inner = Level2Group::new(Level2::Other);
        inner.label = format!("{label}指标");
        for (name, value, w) in rows {
            inner.indicators.push(Indicator {
                weight: Amount::new(w),
                ..Indicator::new(name, value)
            });
        }
        group.groups.push(inner);
        record.groups.push(group);
    }
    let found: Vec<_> = check_record(&record, 0)
        .into_iter()
        .filter(|f| matches!(f.code, "weight-sum" | "percent-range" | "missing-category"))
        .filter(|f| f.severity != Severity::Info)
        .collect();
    assert!(found.is_empty(), "{found:#?}");
    assert_no_error(&record);
}

#[test]
fn a_cost_in_wan_without_yuan_equals_the_amount() {
    let mut record = bare(Layout::Headings, "250");
    push_under(
        &mut record,
        Level1::Output,
        Level2::Cost,
        "服务成本",
        "250万",
    );
    assert!(
        check_record(&record, 0)
            .iter()
            .all(|f| f.code != "cost-sum")
    );
}

#[test]
fn empty_long_term_rows_are_not_checked_as_the_year_s_indicators() {
    let mut record = sound(Layout::Headings);
    let mut medium = Level1Group::new(Level1::Output);
    let mut group = Level2Group::new(Level2::Quantity);
    group.indicators.push(Indicator::new("", ""));
    medium.groups.push(group);
    record.medium_groups.push(medium);
    assert!(
        check_record(&record, 0)
            .iter()
            .all(|f| f.code != "empty-indicator")
    );
}

#[test]
fn a_range_in_a_group_label_is_not_its_weight() {
    let mut record = sound(Layout::NationalTarget);
    record.groups[0].label = "产出指标(40-50)分".into();
    record.groups[1].label = "效益指标 (0-20)分".into();
    let path = IndicatorPath {
        level1: 0,
        level2: 0,
        row: 0,
    };
    if let Some(r) = record.indicator_mut(path) {
        r.weight = Amount::new("10");
    }
    let on_groups: Vec<_> = check_record(&record, 0)
        .into_iter()
        .filter(|f| f.code == "weight-sum" && f.place != crate::model::Place::Record)
        .collect();
    assert!(on_groups.is_empty(), "{on_groups:#?}");
}

#[test]
fn template_hints_in_labels_and_a_bare_cost_number_raise_no_error() {
    let mut record = bare(Layout::NationalTarget, "6070.00");
    let path = push(
        &mut record,
        Level2::Quantity,
        "实施营造林总面积(亩)",
        "80000",
    );
    record.groups[path.level1].groups[path.level2].label = "数量指标 (必填硬性指标)".into();
    push(&mut record, Level2::Quality, "苗木成活率(≥**%)", "85");
    push(&mut record, Level2::Timeliness, "项目完成时间", "2026年底");
    push_under(
        &mut record,
        Level1::Output,
        Level2::Cost,
        "项目总投入(≥**万元)",
        "6070",
    );
    let effect = push(&mut record, Level2::Economic, "增加就业机会", "增加");
    record.groups[effect.level1].groups[effect.level2].label = "经济效益 指标 (选填)".into();
    push(&mut record, Level2::Satisfaction, "群众满意度", "≥90%");
    assert_no_error(&record);
}

#[test]
fn an_indicator_named_in_its_description_column_is_not_nameless() {
    let mut record = sound(Layout::Headings);
    let rows = record
        .groups
        .iter_mut()
        .flat_map(|g| &mut g.groups)
        .flat_map(|g| &mut g.indicators);
    for row in rows {
        row.description = std::mem::take(&mut row.name);
        if row.value == "稳步提升" {
            row.value = "是".into();
        }
    }
    assert!(
        check_record(&record, 0)
            .iter()
            .all(|f| f.code != "empty-indicator")
    );
}

#[test]
fn a_department_wide_table_of_an_unknown_form_without_name_or_amount_has_no_error() {
    let mut record = sound(Layout::Headings);
    record.header.name.clear();
    record.header.amount = Amount::default();
    record.header.project_kind.clear();
    record.header.duration.clear();
    assert_no_error(&record);
}

#[test]
fn not_applicable_values_and_a_misread_score_are_no_error() {
    let mut record = sound(Layout::SelfEvaluation);
    push(&mut record, Level2::Quality, "决策依据充分性", "/");
    push(&mut record, Level2::Quality, "绩效目标明确性", "—");
    let path = IndicatorPath {
        level1: 0,
        level2: 0,
        row: 0,
    };
    if let Some(r) = record.indicator_mut(path) {
        r.score = Amount::new("IO");
    }
    assert_no_error(&record);
    let misread: Vec<_> = check_record(&record, 0)
        .into_iter()
        .filter(|f| f.code == "amount-format")
        .collect();
    assert_eq!(misread.len(), 1);
    assert_eq!(misread[0].severity, Severity::Info);
    assert_eq!(misread[0].fixes[0].text, "10");
}
