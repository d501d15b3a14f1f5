//! Editing a self-evaluation (绩效自评表): the first-level weights in cells of their own, one
//! 全年预算数, and the money table, 执行率 and 总分 edited, checked live and undone.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::model::{MoneyCell, Place, Workbook};
use std::path::Path;
use ui_support::{Rig, rig};

fn fixture(name: &str) -> Workbook {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    jixiao::import::import_bytes(&std::fs::read(path).unwrap()).unwrap()
}

/// The first table of the 中卫 self-evaluations: 产出 40, 效益 40, 满意度 20, each row full marks.
fn zhongwei() -> Workbook {
    fixture("zhongwei-selfeval-2024.txt")
}

/// A national self-evaluation (云南 永德) with 分值 10, 执行率 100% and 得分 10 on its money table.
fn yongde() -> Workbook {
    fixture("other-forms/yunnan-yongde-2022-selfeval.txt")
}

fn first_text(rig: &mut Rig) -> String {
    jixiao::export::record_text(&rig.app().editor().workbook().records[0])
}

/// The findings of the first record with `code`, as (place, message).
fn findings(rig: &mut Rig, code: &str) -> Vec<(Place, String)> {
    rig.app()
        .editor()
        .findings()
        .of_record(0)
        .iter()
        .filter(|f| f.code == code)
        .map(|f| (f.place, f.message.clone()))
        .collect()
}

fn undo(rig: &mut Rig) {
    // Moving to another field finishes the edit, so it is one undo step.
    rig.harness.key_press(Key::Tab);
    rig.harness.run();
    rig.shortcut(Modifiers::COMMAND, Key::Z);
}

#[test]
fn self_evaluation_weights_edited_and_exported() {
    let mut rig = rig(zhongwei());
    assert_eq!(
        rig.value("一级指标 1"),
        "产出指标",
        "the label without its weight"
    );
    assert_eq!(rig.value("一级指标 1 分值"), "40");
    assert!(first_text(&mut rig).contains("产出指标（40分）"));
    assert!(findings(&mut rig, "weight-sum").is_empty());

    rig.type_into("一级指标 1 分值", "50");
    assert!(first_text(&mut rig).contains("产出指标（50分）"));
    assert!(!first_text(&mut rig).contains("产出指标（40分）"));
    let found = findings(&mut rig, "weight-sum");
    assert!(
        found.contains(&(
            Place::Level1Weight(0),
            "产出指标下各项分值合计 40 分，与标明的 50 分不一致".to_owned()
        )),
        "{found:?}"
    );
    assert!(
        rig.harness.query_by_label_contains("weight-sum").is_some(),
        "the problems panel lists it"
    );

    undo(&mut rig);
    assert_eq!(rig.value("一级指标 1 分值"), "40");
    assert!(findings(&mut rig, "weight-sum").is_empty());
}

#[test]
fn a_weight_typed_into_a_group_label_moves_into_its_weight_cell() {
    let mut rig = rig(zhongwei());
    rig.type_into("一级指标 2", "效益指标（45分）");
    assert_eq!(rig.value("一级指标 2"), "效益指标");
    assert_eq!(rig.value("一级指标 2 分值"), "45");
    let text = first_text(&mut rig);
    assert!(text.contains("效益指标（45分）"), "{text}");
    assert!(!text.contains("（45分）（"), "the weight is written once");
}

#[test]
fn a_weight_that_is_not_a_number_is_flagged_on_its_cell() {
    let mut rig = rig(zhongwei());
    rig.type_into("一级指标 3 分值", "二十");
    let found = findings(&mut rig, "amount-format");
    assert!(
        found
            .iter()
            .any(|(place, _)| *place == Place::Level1Weight(2)),
        "{found:?}"
    );
}

#[test]
fn the_full_year_budget_is_one_value_edited_in_the_money_table() {
    let mut rig = rig(zhongwei());
    let budget = "年度资金总额 全年预算数";
    assert_eq!(rig.value(budget), "5932.30");
    rig.type_into(budget, "6000");
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(
        record.header.amount.text(),
        "6000",
        "the header copy follows"
    );
    let text = first_text(&mut rig);
    assert!(text.contains("6000"), "{text}");
    let found = findings(&mut rig, "funding-sum");
    assert!(
        found
            .iter()
            .any(|(place, _)| *place == Place::Money(MoneyCell::Evaluation(0, 1))),
        "6000 ≠ 5932.30 + 0: {found:?}"
    );
    undo(&mut rig);
    assert_eq!(rig.value(budget), "5932.30");
    assert!(findings(&mut rig, "funding-sum").is_empty());
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.header.amount.text(), "5932.30");
}

#[test]
fn the_execution_rate_and_the_total_score_are_edited_checked_and_undone() {
    let mut rig = rig(yongde());
    rig.type_into("年度资金总额 执行率", "50%");
    let rate = Place::Money(MoneyCell::Evaluation(0, 4));
    assert!(
        findings(&mut rig, "execution-rate")
            .iter()
            .any(|(place, _)| *place == rate)
    );
    assert!(first_text(&mut rig).contains("50%"));
    undo(&mut rig);
    assert!(findings(&mut rig, "execution-rate").is_empty());

    let before = findings(&mut rig, "score-exceeds-weight");
    rig.type_into("总分", "90");
    let total = Place::Money(MoneyCell::TotalScore);
    let after = findings(&mut rig, "score-exceeds-weight");
    assert!(after.iter().any(|(place, _)| *place == total), "{after:?}");
    undo(&mut rig);
    assert_eq!(findings(&mut rig, "score-exceeds-weight"), before);
}
