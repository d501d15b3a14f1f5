//! Picking an indicator from the name completion fills its typical value too, with the budget
//! year put in, and the value cell gets the focus.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui_kittest::kittest::Queryable;
use jixiao::layout::Layout;
use jixiao::model::{Indicator, Record, Workbook};
use ui_support::{indicator_cell, rig};

fn blank_rows() -> Workbook {
    let mut record = Record::blank(Layout::CountyForm, Some(2027));
    record.header.name = "某县职业技能培训".into();
    record.groups[0].groups[1]
        .indicators
        .push(Indicator::new("", ""));
    record.groups[0].groups[2]
        .indicators
        .push(Indicator::new("", ""));
    Workbook {
        records: vec![record],
    }
}

#[test]
fn picking_a_suggestion_fills_the_name_and_its_typical_value() {
    let mut rig = rig(blank_rows());
    let name = indicator_cell("产出指标/质量指标", 1, "三级指标");
    rig.type_into(&name, "资金到");
    // The list shows each name with its typical value.
    rig.harness.get_by_label("资金到位率 ≥95%").click();
    rig.harness.run();
    assert_eq!(rig.value(&name), "资金到位率");
    let value = indicator_cell("产出指标/质量指标", 1, "指标值");
    assert_eq!(rig.value(&value), "≥95%");
    assert!(rig.harness.get_by_label(&value).is_focused());

    let timely = indicator_cell("产出指标/时效指标", 1, "三级指标");
    rig.type_into(&timely, "项目完成");
    rig.harness
        .get_by_label("项目完成时间 2027年12月底前")
        .click();
    rig.harness.run();
    let value = indicator_cell("产出指标/时效指标", 1, "指标值");
    assert_eq!(rig.value(&value), "2027年12月底前");
}

#[test]
fn a_library_loaded_from_the_users_own_workbook_is_offered_while_typing() {
    let mut rig = rig(blank_rows());
    let mut own = Record::blank(Layout::CountyForm, Some(2026));
    own.groups[0].groups[1]
        .indicators
        .push(Indicator::new("农机具检定合格率", "≥98%"));
    let path = rig.path("本单位指标.ron");
    jixiao::store::save(&path, &Workbook { records: vec![own] }).unwrap();

    rig.picker.answer(Some(path.clone()));
    rig.click("文件");
    rig.click("载入指标库…");
    assert_eq!(rig.app().settings().indicator_library, Some(path));

    let name = indicator_cell("产出指标/质量指标", 1, "三级指标");
    rig.type_into(&name, "农机具");
    rig.harness.get_by_label("农机具检定合格率 ≥98%").click();
    rig.harness.run();
    let value = indicator_cell("产出指标/质量指标", 1, "指标值");
    assert_eq!(rig.value(&value), "≥98%");
}
