//! 编辑 → 结转到下一年度 and 文件 → 与…比较 in the editor.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::model::Indicator;
use jixiao::store;
use jixiao::ui::dialogs::Dialog;
use ui_support::{rig, sample_workbook};

#[test]
fn rolling_the_selected_table_forward_is_one_undo_step_and_lists_its_changes() {
    let mut workbook = sample_workbook();
    workbook.records[0].groups[0].groups[2].indicators =
        vec![Indicator::new("完成时间", "2026年12月底")];
    let mut rig = rig(workbook.clone());
    rig.click("编辑");
    rig.click("结转到下一年度");

    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.year, Some(2027));
    assert_eq!(
        record.groups[0].groups[2].indicators[0].value,
        "2027年12月底"
    );
    let Some(Dialog::Notice(text)) = rig.app().dialog() else {
        panic!("no notice: {:?}", rig.app().dialog());
    };
    assert!(text.contains("预算年度：「2026」改为「2027」"), "{text}");
    assert!(
        text.contains("「2026年12月底」改为「2027年12月底」"),
        "{text}"
    );
    // The other tables are left as they were.
    assert_eq!(
        rig.app().editor().workbook().records[1],
        workbook.records[1]
    );
    rig.click("确定");

    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(*rig.app().editor().workbook(), workbook);
}

#[test]
fn comparing_with_another_version_lists_the_changes_and_each_reveals_its_place() {
    let workbook = sample_workbook();
    let older = earlier_version(&workbook);
    let mut rig = rig(workbook);
    let path = rig.path("上一版.ron");
    store::save(&path, &older).unwrap();
    rig.picker.answer(Some(path));
    rig.click("文件");
    rig.click("与…比较");

    let comparison = rig.app().comparison().expect("the panel is shown").clone();
    let texts: Vec<_> = comparison.entries.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        texts,
        ["项目「劳动监察办案经费」：指标「查处案件数量」指标值由「≥100件」改为「≥120件」"]
    );
    rig.click(texts[0]);
    assert_eq!(rig.app().view().selected, Some(1));

    rig.click("关闭比较");
    assert!(rig.app().comparison().is_none());
    assert!(rig.harness.query_by_label(texts[0]).is_none());
}

/// The workbook as an earlier version had it: the Hebei table's target was lower.
fn earlier_version(workbook: &jixiao::model::Workbook) -> jixiao::model::Workbook {
    let mut older = workbook.clone();
    older.records[1].groups[0].groups[0].indicators[0].value = "≥100件".into();
    older
}
