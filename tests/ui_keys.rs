//! The editor by keyboard: indicator rows inserted, deleted and moved by shortcut with the
//! keyboard following the row, 全部修复 through the checks' own fixes, a deleted table taken back
//! from the notice, and the category scheme chosen in the form.

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::check::record_fixes;
use jixiao::layout::Layout;
use jixiao::model::{IndicatorCell, IndicatorPath, Level1, Level2, Place, Scheme, Workbook};
use jixiao::ui::command::Command;
use ui_support::{Rig, county_record, indicator_cell, rig, sample_workbook};

const QUANTITY: &str = "产出指标/数量指标";

fn names(rig: &mut Rig, level1: usize, level2: usize) -> Vec<String> {
    rig.app().editor().workbook().records[0].groups[level1].groups[level2]
        .indicators
        .iter()
        .map(|i| i.name.clone())
        .collect()
}

fn focus(rig: &mut Rig, label: &str) {
    rig.harness.get_by_label(label).focus();
    rig.harness.run();
}

fn ctrl_shift() -> Modifiers {
    Modifiers::COMMAND | Modifiers::SHIFT
}

#[test]
fn ctrl_enter_inserts_a_row_after_the_current_one_and_the_keyboard_moves_into_it() {
    let mut rig = rig(sample_workbook());
    focus(&mut rig, &indicator_cell(QUANTITY, 1, "指标值"));
    rig.shortcut(Modifiers::COMMAND, Key::Enter);
    assert_eq!(names(&mut rig, 0, 0), ["招聘次数", "", "培训次数"]);
    let new_name = indicator_cell(QUANTITY, 2, "三级指标");
    assert!(rig.harness.get_by_label(&new_name).is_focused());
    rig.harness.get_by_label(&new_name).type_text("宣传次数");
    rig.harness.run();
    assert_eq!(names(&mut rig, 0, 0), ["招聘次数", "宣传次数", "培训次数"]);
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(
        names(&mut rig, 0, 0),
        ["招聘次数", "培训次数"],
        "two undo steps"
    );
}

#[test]
fn a_row_moves_and_is_deleted_by_key_and_the_keyboard_stays_with_it() {
    let mut rig = rig(sample_workbook());
    focus(&mut rig, &indicator_cell(QUANTITY, 1, "指标值"));
    rig.shortcut(ctrl_shift(), Key::ArrowDown);
    assert_eq!(names(&mut rig, 0, 0), ["培训次数", "招聘次数"]);
    let moved = indicator_cell(QUANTITY, 2, "指标值");
    assert!(rig.harness.get_by_label(&moved).is_focused());
    rig.shortcut(ctrl_shift(), Key::ArrowUp);
    assert_eq!(names(&mut rig, 0, 0), ["招聘次数", "培训次数"]);
    rig.shortcut(ctrl_shift(), Key::Delete);
    assert_eq!(names(&mut rig, 0, 0), ["培训次数"]);
    let next = indicator_cell(QUANTITY, 1, "指标值");
    assert!(
        rig.harness.get_by_label(&next).is_focused(),
        "the row that took its place"
    );
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(names(&mut rig, 0, 0), ["招聘次数", "培训次数"]);
}

#[test]
fn a_row_moves_into_the_next_and_previous_group_by_key() {
    let mut rig = rig(sample_workbook());
    focus(
        &mut rig,
        &indicator_cell("产出指标/质量指标", 1, "三级指标"),
    );
    rig.shortcut(Modifiers::COMMAND, Key::CloseBracket);
    assert!(names(&mut rig, 0, 1).is_empty());
    assert_eq!(names(&mut rig, 0, 2), ["招聘完成率", "完成时间"]);
    let moved = indicator_cell("产出指标/时效指标", 1, "三级指标");
    assert!(rig.harness.get_by_label(&moved).is_focused());
    rig.shortcut(Modifiers::COMMAND, Key::OpenBracket);
    assert_eq!(names(&mut rig, 0, 1), ["招聘完成率"]);
    assert_eq!(names(&mut rig, 0, 2), ["完成时间"]);
}

#[test]
fn the_add_button_puts_the_keyboard_in_the_new_row() {
    let mut rig = rig(sample_workbook());
    rig.click(&format!("添加指标：{QUANTITY}"));
    assert_eq!(names(&mut rig, 0, 0), ["招聘次数", "培训次数", ""]);
    let new_name = indicator_cell(QUANTITY, 3, "三级指标");
    assert!(rig.harness.get_by_label(&new_name).is_focused());
}

#[test]
fn every_row_shortcut_is_listed_under_help() {
    let mut rig = rig(sample_workbook());
    rig.app().push(Command::ShowShortcuts);
    rig.harness.run();
    for label in [
        "在下方插入指标行",
        "删除指标行",
        "上移指标行",
        "下移指标行",
        "移到上一个二级指标",
        "移到下一个二级指标",
    ] {
        assert!(rig.harness.query_by_label(label).is_some(), "{label}");
    }
}

#[test]
fn fix_all_on_a_spaced_percentage_writes_its_one_fix_and_the_warning_goes() {
    let mut record = county_record("事业单位招聘经费");
    let path = IndicatorPath {
        level1: 0,
        level2: 1,
        row: 0,
    };
    let place = Place::Indicator(path, IndicatorCell::Value);
    record.set_text_at(place, "≥ 100%");
    let offered: Vec<_> = record_fixes(&record)
        .into_iter()
        .filter(|f| f.place == place)
        .collect();
    assert_eq!(offered.len(), 1, "one fix for the cell");
    let mut rig = rig(Workbook {
        records: vec![record],
    });
    rig.click("全部修复");
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.text_at(place), Some(offered[0].text.as_str()));
    let left: Vec<_> = rig
        .app()
        .editor()
        .findings()
        .of_record(0)
        .iter()
        .filter(|f| f.place == place)
        .map(|f| f.message.clone())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_deleted_table_comes_back_from_the_notice() {
    let mut rig = rig(sample_workbook());
    rig.app()
        .push(Command::Action(jixiao::ui::action::Action::DeleteRecord));
    rig.harness.run();
    assert_eq!(rig.app().editor().len(), 2);
    assert!(
        rig.harness
            .query_by_label_contains("已删除项目表「事业单位招聘经费」")
            .is_some()
    );
    rig.click("撤销删除");
    assert_eq!(rig.app().editor().len(), 3);
    let first = &rig.app().editor().workbook().records[0];
    assert_eq!(first.header.name, "事业单位招聘经费");
    assert!(
        rig.harness.query_by_label("撤销删除").is_none(),
        "the notice goes"
    );
}

#[test]
fn the_scheme_chosen_in_the_form_moves_the_cost_group_and_undoes() {
    let mut rig = rig(sample_workbook());
    rig.click("指标口径");
    rig.click(Scheme::National.label());
    let record = rig.app().editor().workbook().records[0].clone();
    assert_eq!(record.scheme, Scheme::National);
    let cost = record
        .groups
        .iter()
        .find(|g| g.category == Level1::Cost)
        .expect("成本指标 is a first-level group");
    assert_eq!(cost.groups[0].category, Level2::EconomicCost);
    assert_eq!(cost.groups[0].indicators[0].name, "培训费用");
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(
        rig.app().editor().workbook().records[0].scheme,
        Scheme::Older
    );
}

#[test]
fn a_new_national_table_starts_in_the_newer_scheme() {
    let mut rig = rig(sample_workbook());
    rig.app().push(Command::NewRecord(Layout::NationalTarget));
    rig.harness.run();
    let index = rig.app().view().selected.expect("the new table is shown");
    let record = &rig.app().editor().workbook().records[index];
    assert_eq!(record.scheme, Scheme::National);
    assert!(record.groups.iter().any(|g| g.category == Level1::Cost));
}
