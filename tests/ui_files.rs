//! Files in the editor: saving and reopening, the unsaved-changes prompt, failures shown to the
//! user, recovery after a crash.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::model::Workbook;
use jixiao::store;
use jixiao::ui::dialogs::Dialog;
use ui_support::{Rig, county_record, rig, rig_for_in_app_dialogs, rig_with_dir, sample_workbook};

#[test]
fn a_workbook_saved_with_ctrl_s_reloads_equal_and_the_title_loses_its_mark() {
    let mut rig = rig(sample_workbook());
    rig.type_into("项目名称", "已改名的项目");
    assert!(rig.app().window_title().starts_with('●'));
    let path = rig.path("部门.ron");
    rig.picker.answer(Some(path.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::S);

    let saved = store::load(&path).unwrap();
    assert_eq!(saved, *rig.app().editor().workbook());
    assert_eq!(saved.records[0].header.name, "已改名的项目");
    assert!(!rig.app().is_dirty());
    assert_eq!(rig.app().window_title(), "部门.ron — jixiao 绩效");
    assert_eq!(rig.app().settings().recent_files.first(), Some(&path));

    // A second save goes to the same file without asking.
    rig.type_into("项目名称", "再次改名");
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert_eq!(
        store::load(&path).unwrap().records[0].header.name,
        "再次改名"
    );

    // Reopening shows what was saved.
    rig.shortcut(Modifiers::COMMAND, Key::N);
    assert!(rig.app().editor().is_empty());
    rig.picker.answer(Some(path.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::O);
    assert_eq!(
        rig.app().editor().workbook().records[0].header.name,
        "再次改名"
    );
    assert_eq!(rig.app().editor().path(), Some(path.as_path()));
}

#[test]
fn new_over_unsaved_changes_asks_first_and_cancel_keeps_the_work() {
    let mut rig = rig(sample_workbook());
    rig.type_into("项目名称", "未保存的修改");
    rig.shortcut(Modifiers::COMMAND, Key::N);
    assert!(matches!(rig.app().dialog(), Some(Dialog::Unsaved(_))));
    rig.click("取消");
    assert!(rig.app().dialog().is_none());
    assert_eq!(rig.app().editor().len(), 3);

    rig.shortcut(Modifiers::COMMAND, Key::N);
    rig.click("不保存");
    assert!(rig.app().editor().is_empty());
    assert!(!rig.app().is_dirty());
}

#[test]
fn saving_from_the_prompt_saves_then_opens() {
    let mut rig = rig(sample_workbook());
    rig.type_into("项目名称", "先保存再打开");
    let other = rig.path("另一个.ron");
    let records = vec![county_record("另一个工作簿的表")];
    store::save(&other, &Workbook { records }).unwrap();
    let first = rig.path("第一个.ron");
    // The prompt comes first, then the save dialog, then the open dialog.
    rig.picker.answer(Some(first.clone()));
    rig.picker.answer(Some(other.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::O);
    assert!(matches!(rig.app().dialog(), Some(Dialog::Unsaved(_))));
    rig.click("保存");
    assert_eq!(
        store::load(&first).unwrap().records[0].header.name,
        "先保存再打开"
    );
    assert_eq!(rig.app().editor().path(), Some(other.as_path()));
    assert_eq!(
        rig.app().editor().workbook().records[0].header.name,
        "另一个工作簿的表"
    );
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let mut rig = rig(sample_workbook());
    rig.type_into("主管部门", "某部门");
    rig.harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    rig.harness.run();
    assert!(matches!(rig.app().dialog(), Some(Dialog::Unsaved(_))));
    rig.click("取消");
    assert_eq!(
        rig.app().editor().workbook().records[0].header.department,
        "某部门"
    );
}

#[test]
fn a_file_that_cannot_be_opened_is_reported_with_its_name() {
    let mut rig = rig(sample_workbook());
    let missing = rig.path("不存在.ron");
    rig.picker.answer(Some(missing));
    rig.shortcut(Modifiers::COMMAND, Key::O);
    match rig.app().dialog() {
        Some(Dialog::Error(message)) => assert!(message.contains("不存在.ron"), "{message}"),
        other => panic!("expected an error, got {other:?}"),
    }
    assert_eq!(rig.app().editor().len(), 3, "the open workbook stays");
    rig.click("确定");
    assert!(rig.app().dialog().is_none());
}

#[test]
fn a_damaged_workbook_is_reported_not_opened() {
    let mut rig = rig(sample_workbook());
    let damaged = rig.path("坏的.ron");
    std::fs::write(&damaged, "(format_version: 1, workbook: (records: [").unwrap();
    rig.picker.answer(Some(damaged));
    rig.shortcut(Modifiers::COMMAND, Key::O);
    assert!(matches!(rig.app().dialog(), Some(Dialog::Error(m)) if m.contains("坏的.ron")));
}

#[test]
fn a_save_that_fails_is_reported_and_the_work_stays_unsaved() {
    let mut rig = rig(sample_workbook());
    rig.type_into("项目名称", "保存失败");
    rig.picker
        .answer(Some(rig.path("没有这个目录").join("w.ron")));
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert!(matches!(rig.app().dialog(), Some(Dialog::Error(m)) if m.contains("没有这个目录")));
    assert!(rig.app().is_dirty());
}

#[test]
fn unsaved_work_left_by_a_crash_is_offered_back() {
    let mut first = rig(sample_workbook());
    first.type_into("项目名称", "崩溃前的修改");
    first.app().autosave(1.0e6);
    first.app().wait_for_recovery();
    // The session ends without closing: the harness is dropped, the folder stays.
    let Rig { harness, dir, .. } = first;
    drop(harness);

    let mut second = rig_with_dir(Workbook::default(), dir);
    assert!(matches!(second.app().dialog(), Some(Dialog::Recovery(_))));
    second.click("恢复到新的未命名工作簿");
    assert_eq!(
        second.app().editor().workbook().records[0].header.name,
        "崩溃前的修改"
    );
    assert!(second.app().is_dirty(), "recovered work is not saved yet");
}

#[test]
fn the_editor_writes_a_recovery_copy_of_unsaved_work() {
    let mut rig = rig(sample_workbook());
    rig.type_into("项目名称", "自动保存");
    rig.app().autosave(1.0e6);
    rig.app().wait_for_recovery();
    let copy = rig.recovery_dir().join("recovery.ron");
    assert_eq!(
        store::load(&copy).unwrap().records[0].header.name,
        "自动保存"
    );
    rig.picker.answer(Some(rig.path("saved.ron")));
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert!(!copy.exists(), "saving removes the recovery copy");
}

/// The accessible widgets with this label, last first: the in-app dialog draws above the editor.
fn last_with_label<'a>(rig: &'a Rig, label: &'a str) -> egui_kittest::Node<'a> {
    rig.harness
        .query_all_by_label(label)
        .last()
        .unwrap_or_else(|| panic!("no widget labelled {label}"))
}

#[test]
fn without_a_native_dialog_saving_an_imported_document_goes_through_the_editors_own_beside_it() {
    let mut rig = rig_for_in_app_dialogs(Workbook::default());
    let document = rig.path("部门报送.txt");
    std::fs::write(&document, jixiao::export::workbook_text(&sample_workbook())).unwrap();
    rig.picker.answer(Some(document.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::I);
    assert_eq!(rig.app().editor().len(), 3);

    rig.picker.unavailable();
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert!(rig.harness.query_by_label_contains("保存文件").is_some());
    // It starts beside the document, proposing the document's name as a workbook.
    assert_eq!(rig.picker.folders_asked().last(), Some(&Some(rig.path(""))));
    last_with_label(&rig, "保存").click();
    rig.harness.run();

    let saved = rig.path("部门报送.ron");
    assert_eq!(store::load(&saved).unwrap(), *rig.app().editor().workbook());
    assert!(!rig.app().is_dirty());
    assert!(rig.harness.query_by_label_contains("保存文件").is_none());
}

#[test]
fn cancelling_the_editors_own_open_dialog_changes_nothing() {
    let mut rig = rig_for_in_app_dialogs(sample_workbook());
    rig.picker.unavailable();
    rig.shortcut(Modifiers::COMMAND, Key::O);
    assert!(rig.harness.query_by_label_contains("打开文件").is_some());
    last_with_label(&rig, "取消").click();
    rig.harness.run();
    assert!(rig.harness.query_by_label_contains("打开文件").is_none());
    assert_eq!(rig.app().editor().len(), 3);
}

#[test]
fn an_export_onto_the_document_the_tables_were_imported_from_is_refused_and_the_document_kept() {
    let mut rig = rig(Workbook::default());
    let document = rig.path("部门报送.txt");
    let text = jixiao::export::workbook_text(&sample_workbook());
    std::fs::write(&document, &text).unwrap();
    rig.picker.answer(Some(document.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::I);
    rig.picker.answer(Some(document.clone()));
    rig.shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    assert!(
        matches!(rig.app().dialog(), Some(Dialog::Error(m)) if m.contains("导入时读取的文件")),
        "{:?}",
        rig.app().dialog()
    );
    assert_eq!(std::fs::read_to_string(&document).unwrap(), text);
}

#[test]
fn opening_a_folder_builds_one_workbook_with_the_records_of_every_file() {
    let mut rig = rig(Workbook::default());
    let folder = rig.path("报送材料");
    std::fs::create_dir_all(folder.join("乡镇")).unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::copy(
        fixtures.join("pingluo-2026.txt"),
        folder.join("pingluo-2026.txt"),
    )
    .unwrap();
    std::fs::copy(
        fixtures.join("office/qinglong-2025.xlsx"),
        folder.join("乡镇/qinglong-2025.xlsx"),
    )
    .unwrap();
    store::save(
        &folder.join("草稿.ron"),
        &Workbook {
            records: vec![county_record("草稿中的表")],
        },
    )
    .unwrap();
    std::fs::write(folder.join("损坏.docx"), b"not a zip").unwrap();

    rig.picker.answer(Some(folder.clone()));
    rig.click("文件");
    rig.click("打开文件夹…");

    let expected = jixiao::review::read_folder(&folder, 1).0;
    let workbook = rig.app().editor().workbook().clone();
    assert_eq!(workbook, expected);
    let files: std::collections::BTreeSet<String> = workbook
        .records
        .iter()
        .map(|r| r.source.file.clone())
        .collect();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(
        workbook
            .records
            .iter()
            .any(|r| r.header.name == "草稿中的表")
    );
    assert!(rig.app().is_dirty() || rig.app().editor().path().is_none());
    let Some(Dialog::Notice(notice)) = rig.app().dialog() else {
        panic!("the unreadable file is listed: {:?}", rig.app().dialog());
    };
    assert!(notice.contains("损坏.docx"), "{notice}");
    rig.click("确定");
    assert!(rig.app().dialog().is_none());
}
