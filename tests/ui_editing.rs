//! Editing a workbook in the editor: selecting, typing, rows, undo and redo, keyboard moves.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::model::{IndicatorCell, IndicatorPath, Place};
use jixiao::ui::cell::cell_id;
use ui_support::{indicator_cell, rig, sample_workbook};

#[test]
fn clicking_a_record_in_the_list_shows_it_in_the_form() {
    let mut rig = rig(sample_workbook());
    assert_eq!(rig.app().view().selected, Some(0));
    rig.click("第2张 劳动监察办案经费");
    assert_eq!(rig.app().view().selected, Some(1));
    assert_eq!(rig.value("项目名称"), "劳动监察办案经费");
    // The Hebei layout shows its extra indicator columns.
    let description = indicator_cell("产出指标/数量指标", 1, "绩效指标描述");
    assert_eq!(rig.value(&description), "查处举报投诉案件的数量");
}

#[test]
fn typing_in_a_field_changes_the_record_and_marks_the_workbook_unsaved() {
    let mut rig = rig(sample_workbook());
    assert!(!rig.app().window_title().starts_with('●'));
    rig.type_into("主管部门", "某县财政局");
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.header.department, "某县财政局");
    assert!(rig.app().is_dirty());
    assert!(rig.app().window_title().starts_with('●'));
}

#[test]
fn chinese_text_typed_through_an_input_method_lands_in_the_field() {
    let mut rig = rig(sample_workbook());
    let name = indicator_cell("产出指标/数量指标", 1, "三级指标");
    rig.harness.get_by_label(&name).focus();
    rig.harness.run();
    rig.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    rig.harness.run();
    rig.harness.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "zhaopin".into(),
        active_range_chars: None,
    }));
    rig.harness.run();
    // Enter confirms the composition; it must not move to the next cell.
    rig.harness.key_press(Key::Enter);
    rig.harness
        .event(egui::Event::Ime(egui::ImeEvent::Commit("招聘人数".into())));
    rig.harness.run();
    assert!(rig.harness.get_by_label(&name).is_focused());
    let path = IndicatorPath {
        level1: 0,
        level2: 0,
        row: 0,
    };
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(
        record.indicator(path).map(|i| i.name.as_str()),
        Some("招聘人数")
    );
}

#[test]
fn tab_and_enter_move_to_the_next_cell() {
    let mut rig = rig(sample_workbook());
    let name = indicator_cell("产出指标/数量指标", 1, "三级指标");
    let value = indicator_cell("产出指标/数量指标", 1, "指标值");
    let next_name = indicator_cell("产出指标/数量指标", 2, "三级指标");
    rig.harness.get_by_label(&name).focus();
    rig.harness.run();
    rig.harness.key_press(Key::Tab);
    rig.harness.run();
    assert!(rig.harness.get_by_label(&value).is_focused());
    rig.harness.key_press(Key::Enter);
    rig.harness.run();
    assert!(rig.harness.get_by_label(&next_name).is_focused());
    rig.harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    rig.harness.run();
    assert!(rig.harness.get_by_label(&value).is_focused());
}

#[test]
fn an_indicator_row_is_added_and_deleted_with_its_buttons() {
    let mut rig = rig(sample_workbook());
    let before = rig.app().editor().workbook().records[0].indicator_count();
    rig.click("添加指标：产出指标/数量指标");
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.indicator_count(), before + 1);
    assert_eq!(record.groups[0].groups[0].indicators.len(), 3);
    rig.type_into(
        &indicator_cell("产出指标/数量指标", 3, "三级指标"),
        "宣传次数",
    );
    rig.click("删除：产出指标/数量指标/第1行");
    let record = &rig.app().editor().workbook().records[0];
    let names: Vec<&str> = record.groups[0].groups[0]
        .indicators
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(names, ["培训次数", "宣传次数"]);
}

#[test]
fn undo_and_redo_step_through_finished_edits() {
    let mut rig = rig(sample_workbook());
    rig.type_into("项目名称", "新的项目名称");
    // Moving to another field finishes the edit.
    rig.harness.key_press(Key::Tab);
    rig.harness.run();
    rig.click("添加指标：产出指标/质量指标");
    let name =
        |rig: &mut ui_support::Rig| rig.app().editor().workbook().records[0].header.name.clone();
    let quality_rows = |rig: &mut ui_support::Rig| {
        rig.app().editor().workbook().records[0].groups[0].groups[1]
            .indicators
            .len()
    };
    assert_eq!(quality_rows(&mut rig), 2);

    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(quality_rows(&mut rig), 1);
    assert_eq!(name(&mut rig), "新的项目名称");
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(name(&mut rig), "事业单位招聘经费");
    assert!(!rig.app().is_dirty());

    rig.shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(name(&mut rig), "新的项目名称");
    rig.shortcut(Modifiers::COMMAND, Key::Y);
    assert_eq!(quality_rows(&mut rig), 2);
}

#[test]
fn records_are_added_duplicated_moved_and_deleted() {
    let mut rig = rig(sample_workbook());
    rig.shortcut(Modifiers::COMMAND, Key::D);
    let names = |rig: &mut ui_support::Rig| -> Vec<String> {
        rig.app()
            .editor()
            .workbook()
            .records
            .iter()
            .map(|r| r.header.name.clone())
            .collect()
    };
    assert_eq!(
        names(&mut rig)[..2],
        ["事业单位招聘经费", "事业单位招聘经费"]
    );
    assert_eq!(rig.app().view().selected, Some(1));
    rig.click("下移");
    assert_eq!(rig.app().view().selected, Some(2));
    assert_eq!(names(&mut rig)[1], "劳动监察办案经费");
    rig.click("删除");
    assert_eq!(names(&mut rig).len(), 3);
    rig.click("＋ 添加");
    rig.click("自治区本级格式");
    assert_eq!(names(&mut rig).len(), 4);
    let added = rig.app().view().selected.unwrap();
    let record = &rig.app().editor().workbook().records[added];
    assert_eq!(record.layout, jixiao::layout::Layout::RegionForm);
    assert_eq!(
        record.year,
        Some(2026),
        "a new table takes the selected table's year"
    );
}

#[test]
fn the_filter_keeps_the_records_whose_name_or_department_match() {
    let mut rig = rig(sample_workbook());
    rig.type_into("筛选", "培训");
    assert!(
        rig.harness
            .query_by_label("第3张 职业技能培训补助")
            .is_some()
    );
    assert!(
        rig.harness
            .query_by_label("第1张 事业单位招聘经费")
            .is_none()
    );
}

#[test]
fn a_revealed_place_gets_the_keyboard() {
    let mut rig = rig(sample_workbook());
    let place = Place::Indicator(
        IndicatorPath {
            level1: 2,
            level2: 0,
            row: 0,
        },
        IndicatorCell::Value,
    );
    rig.app()
        .push(jixiao::ui::command::Command::Reveal { record: 2, place });
    rig.harness.run();
    assert_eq!(rig.app().view().selected, Some(2));
    let focused = rig.harness.ctx.memory(|m| m.focused());
    assert_eq!(focused, Some(cell_id(2, place)));
}

#[test]
fn an_indicator_name_offers_names_used_elsewhere_and_common_ones() {
    let mut rig = rig(sample_workbook());
    let name = indicator_cell("产出指标/质量指标", 1, "三级指标");
    rig.type_into(&name, "合格");
    // The popup appears the frame after the text changes; Enter then takes its first entry.
    assert!(
        rig.harness.query_by_label("验收合格率").is_some(),
        "a common quality indicator is offered"
    );
    rig.harness.key_press(Key::Enter);
    rig.harness.run();
    let record = &rig.app().editor().workbook().records[0];
    let path = IndicatorPath {
        level1: 0,
        level2: 1,
        row: 0,
    };
    let typed = record
        .indicator(path)
        .map(|i| i.name.clone())
        .unwrap_or_default();
    assert!(typed.contains("合格") && typed != "合格", "{typed}");
}

#[test]
fn the_interface_switches_to_english_and_back() {
    let mut rig = rig(sample_workbook());
    rig.app().push(jixiao::ui::command::Command::SetLang(
        jixiao::ui::i18n::Lang::English,
    ));
    rig.harness.run();
    assert!(rig.harness.query_by_label("File").is_some());
    assert!(rig.harness.query_by_label("文件").is_none());
    // Field names are in English too; what the table says stays as written.
    assert!(rig.harness.query_by_label("Project name").is_some());
    assert!(rig.harness.query_by_label("项目名称").is_none());
    rig.click("View");
    rig.click("Language");
    rig.click("中文");
    assert!(rig.harness.query_by_label("文件").is_some());
}
