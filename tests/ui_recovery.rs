//! Work is only where the user left it: recovery copies of unsaved work, what the offer says and
//! where it restores to, imported documents, and a problems list that leads to the errors.

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::model::{Indicator, Workbook};
use jixiao::store;
use jixiao::ui::action::Action;
use jixiao::ui::command::Command;
use jixiao::ui::dialogs::Dialog;
use std::path::PathBuf;
use ui_support::{Rig, county_record, rig, rig_with_dir, sample_workbook};

fn copy_of(rig: &Rig) -> PathBuf {
    rig.recovery_dir().join("recovery.ron")
}

/// Types a change and lets the editor write its recovery copy.
fn change_and_copy(rig: &mut Rig, name: &str) {
    rig.type_into("项目名称", name);
    rig.app().autosave(1.0e6);
    rig.app().wait_for_recovery();
    assert!(copy_of(rig).exists());
}

/// Ends the session the way a crash does: the harness goes, the folder stays.
fn crash(rig: Rig) -> tempfile::TempDir {
    let Rig { harness, dir, .. } = rig;
    drop(harness);
    dir
}

#[test]
fn quitting_without_saving_deletes_the_recovery_copy_and_writes_no_new_one() {
    let mut rig = rig(sample_workbook());
    change_and_copy(&mut rig, "不要的修改");
    rig.app().push(Command::Action(Action::Quit));
    rig.harness.run();
    assert!(matches!(rig.app().dialog(), Some(Dialog::Unsaved(_))));
    rig.click("不保存");
    assert!(!copy_of(&rig).exists(), "不保存 deletes the copy");
    // The window takes a few more frames to close: nothing is copied again meanwhile.
    rig.harness.run();
    rig.app().autosave(2.0e6);
    rig.app().wait_for_recovery();
    assert!(!copy_of(&rig).exists());

    let next = rig_with_dir(Workbook::default(), crash(rig));
    assert!(
        next.harness.state().dialog().is_none(),
        "nothing is offered"
    );
}

#[test]
fn starting_over_without_saving_deletes_the_recovery_copy() {
    let mut rig = rig(sample_workbook());
    change_and_copy(&mut rig, "不要的修改");
    rig.shortcut(Modifiers::COMMAND, Key::N);
    rig.click("不保存");
    rig.app().autosave(2.0e6);
    assert!(!copy_of(&rig).exists());
}

/// A workbook saved at `部门.ron`, changed, and left by a crash; the next session opens the
/// saved file and is offered the change.
fn offered_after_a_crash() -> (Rig, PathBuf, Workbook) {
    let mut first = rig(sample_workbook());
    let file = first.path("部门.ron");
    first.picker.answer(Some(file.clone()));
    first.shortcut(Modifiers::COMMAND, Key::S);
    let saved = store::load(&file).unwrap();
    change_and_copy(&mut first, "崩溃前的修改");
    let mut second = rig_with_dir(Workbook::default(), crash(first));
    second
        .app()
        .load_workbook(saved.clone(), Some(file.clone()));
    second.harness.run();
    assert!(matches!(second.app().dialog(), Some(Dialog::Recovery(_))));
    (second, file, saved)
}

#[test]
fn the_recovery_offer_names_the_file_the_time_and_what_the_copy_holds() {
    let (rig, file, _) = offered_after_a_crash();
    let shown = |text: &str| {
        rig.harness
            .query_all_by_label_contains(text)
            .next()
            .is_some()
    };
    assert!(shown(&file.display().to_string()));
    assert!(shown("分钟前") || shown("刚刚"), "the time of the copy");
    assert!(shown("3张表"));
    assert!(shown("崩溃前的修改、劳动监察办案经费、职业技能培训补助"));
}

#[test]
fn recovered_work_goes_into_its_own_untitled_workbook_and_the_opened_file_is_kept() {
    let (mut rig, file, saved) = offered_after_a_crash();
    rig.click("恢复到新的未命名工作簿");
    assert_eq!(rig.app().editor().path(), None);
    assert_eq!(
        rig.app().editor().workbook().records[0].header.name,
        "崩溃前的修改"
    );
    assert!(rig.app().is_dirty());
    // Saving asks for a new file: the file opened at the start stays as it was.
    let elsewhere = rig.path("恢复的.ron");
    rig.picker.answer(Some(elsewhere.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert_eq!(store::load(&file).unwrap(), saved);
    assert_eq!(
        store::load(&elsewhere).unwrap().records[0].header.name,
        "崩溃前的修改"
    );
}

#[test]
fn replacing_puts_recovered_work_back_on_its_own_file() {
    let (mut rig, file, _) = offered_after_a_crash();
    rig.click("替换当前文档");
    assert_eq!(rig.app().editor().path(), Some(file.as_path()));
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert_eq!(
        store::load(&file).unwrap().records[0].header.name,
        "崩溃前的修改"
    );
}

#[test]
fn an_imported_document_is_no_unsaved_work_until_edited_and_says_so() {
    let mut rig = rig(Workbook::default());
    let document = rig.path("部门报送.txt");
    std::fs::write(&document, jixiao::export::workbook_text(&sample_workbook())).unwrap();
    rig.picker.answer(Some(document.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::I);
    assert!(!rig.app().is_dirty());
    assert_eq!(
        rig.app().window_title(),
        "部门报送.txt（已导入，尚未保存为工作簿） — jixiao 绩效"
    );
    assert!(
        rig.harness
            .query_by_label("已导入，尚未保存为工作簿")
            .is_some()
    );
    assert_eq!(rig.app().settings().recent_files.first(), Some(&document));
    rig.app().autosave(1.0e6);
    rig.app().wait_for_recovery();
    assert!(!copy_of(&rig).exists(), "the document itself holds it");

    change_and_copy(&mut rig, "导入后修改");
    assert!(rig.app().window_title().starts_with("● 部门报送.txt"));
    assert!(
        rig.harness
            .query_by_label("● 已导入，修改尚未保存")
            .is_some()
    );
    let next = rig_with_dir(Workbook::default(), crash(rig));
    assert!(
        next.harness
            .query_by_label_contains("部门报送.txt（导入的文档）")
            .is_some()
    );
}

#[test]
fn a_status_message_goes_when_the_document_changes_or_an_action_fails() {
    let mut rig = rig(sample_workbook());
    rig.picker.answer(Some(rig.path("部门.ron")));
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert!(rig.harness.query_by_label("已保存").is_some());
    rig.type_into("项目名称", "保存后又改");
    assert!(rig.harness.query_by_label("已保存").is_none());
    assert!(rig.harness.query_by_label("● 未保存").is_some());

    rig.app().push(Command::Action(Action::CopyText));
    rig.harness.run();
    assert!(rig.harness.query_by_label("已复制到剪贴板").is_some());
    rig.picker
        .answer(Some(rig.path("没有这个目录").join("表.txt")));
    rig.app().push(Command::Action(Action::ExportWorkbook));
    rig.harness.run();
    assert!(matches!(rig.app().dialog(), Some(Dialog::Error(_))));
    assert!(rig.harness.query_by_label("已复制到剪贴板").is_none());
}

/// A table with a dozen spaced values (infos) after an unnamed row with a value (an error).
fn spaced_table() -> Workbook {
    let mut record = county_record("数值带空格的表");
    let quantity = &mut record.groups[0].groups[0].indicators;
    for k in 1..=12 {
        quantity.push(Indicator::new(format!("培训{k}期"), format!("≥ {k}次")));
    }
    quantity.push(Indicator::new("", "3次"));
    Workbook {
        records: vec![record, county_record("第二张表")],
    }
}

/// The folded line of the first table's spacing infos.
fn folded_line(rig: &mut Rig) -> String {
    let spaced = rig
        .app()
        .editor()
        .findings()
        .of_record(0)
        .iter()
        .filter(|f| f.code == "value-format")
        .count();
    assert!(spaced > 12);
    format!("{spaced} 处数值格式（空格等）")
}

/// The severity words of the problems list, top to bottom.
fn listed_severities(rig: &Rig) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = ["● 错误", "⚠ 警告", "○ 提示"]
        .iter()
        .flat_map(|label| {
            rig.harness
                .query_all_by_label(label)
                .map(|n| (n.rect().top(), (*label).to_owned()))
                .collect::<Vec<_>>()
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, label)| label).collect()
}

#[test]
fn the_problems_list_puts_errors_first_and_folds_the_spacing_infos_into_one_line() {
    let mut rig = rig(spaced_table());
    let listed = listed_severities(&rig);
    assert_eq!(
        listed.first().map(String::as_str),
        Some("● 错误"),
        "{listed:?}"
    );
    let mut sorted = listed.clone();
    sorted.sort_by_key(|l| ["● 错误", "⚠ 警告", "○ 提示"].iter().position(|s| s == l));
    assert_eq!(listed, sorted, "errors, then warnings, then infos");
    let counts = rig.app().editor().findings().counts(0);
    assert!(
        rig.harness
            .query_by_label(&format!(
                "{} 错误 · {} 警告",
                counts.errors, counts.warnings
            ))
            .is_some(),
        "本表 counts this table"
    );

    let line = folded_line(&mut rig);
    assert!(rig.harness.query_by_label_contains(&line).is_some());
    assert!(
        rig.harness.query_by_label_contains("「≥ 5次」").is_none(),
        "folded"
    );
    rig.click("全部改为规范写法");
    let findings = rig.app().editor().findings().of_record(0);
    assert!(findings.iter().all(|f| f.code != "value-format"));
    assert_eq!(
        rig.app().editor().workbook().records[0].groups[0].groups[0].indicators[5].value,
        "≥4次"
    );
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(
        rig.app().editor().workbook().records[0].groups[0].groups[0].indicators[5].value,
        "≥ 4次",
        "one undo step"
    );
}

#[test]
fn opening_out_a_folded_line_lists_its_findings() {
    let mut rig = rig(spaced_table());
    let line = folded_line(&mut rig);
    let inside = "指标值「≥ 1次」可规范写作「≥1次」";
    assert!(rig.harness.query_by_label_contains(inside).is_none());
    rig.harness.get_by_label_contains(&line).click();
    rig.harness.run();
    rig.harness.get_by_label_contains(&line).scroll_down();
    rig.harness.run();
    assert!(rig.harness.query_by_label_contains(inside).is_some());
}

/// Two tables, each with more errors than the problems panel shows at once.
fn tables_with_many_errors() -> Workbook {
    let record = |name: &str| {
        let mut record = county_record(name);
        for k in 1..=20 {
            record.groups[0].groups[0]
                .indicators
                .push(Indicator::new("", format!("{k}次")));
        }
        record
    };
    Workbook {
        records: vec![record("第一张表"), record("第二张表")],
    }
}

/// The top of the widget labelled `label`, when it is drawn.
fn top_of(rig: &Rig, label: &str) -> Option<f32> {
    rig.harness
        .query_by_label_contains(label)
        .map(|n| n.rect().top())
}

#[test]
fn another_table_starts_its_problems_and_form_at_the_top() {
    let mut rig = rig(tables_with_many_errors());
    let first_row = "有指标值「1次」但没有";
    let listed_top = top_of(&rig, first_row).expect("the first error is listed");
    let form_top = top_of(&rig, "项目名称").expect("the form starts at the top");
    rig.harness.get_by_label_contains(first_row).scroll_down();
    rig.harness.run();
    rig.harness.get_by_label("项目名称").scroll_down();
    rig.harness.run();
    assert_ne!(top_of(&rig, first_row), Some(listed_top), "scrolled away");
    assert_ne!(top_of(&rig, "项目名称"), Some(form_top), "scrolled away");

    rig.app().push(Command::Select(1));
    rig.harness.run();
    rig.app().push(Command::Select(0));
    rig.harness.run();
    assert_eq!(top_of(&rig, first_row), Some(listed_top));
    assert_eq!(top_of(&rig, "项目名称"), Some(form_top));
}
