//! A document of another office's form, the way a user goes through it: imported with 导入,
//! read on screen, edited until the checks are content, saved as a workbook and exported as
//! text — a national self-evaluation and a 一体化 indicator list of two projects — and a table
//! the importer doubted, badged with its reasons until a person marks it checked.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use jixiao::layout::Layout;
use jixiao::model::{Confidence, IndicatorCell, IndicatorPath, MoneyCell, Place, Record, Workbook};
use jixiao::store;
use std::path::PathBuf;
use ui_support::{Rig, cell_name, export_from_the_file_menu, indicator_cell, rig_sized};

fn other_form(name: &str) -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/other-forms")
        .join(name)
}

/// The editor, empty, after 文件 → 导入 (Ctrl+I) of the fixture `name`; the window is tall
/// enough to show every indicator of the fixtures.
fn imported(name: &str) -> Rig {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut rig = rig_sized(Workbook::default(), dir, egui::vec2(1400.0, 2000.0));
    rig.picker.answer(Some(other_form(name)));
    rig.shortcut(Modifiers::COMMAND, Key::I);
    assert_eq!(
        rig.app().editor().imported_from(),
        Some(other_form(name).as_path())
    );
    rig
}

/// Where the indicator named `name` is in `record`.
fn path_of(record: &Record, name: &str) -> IndicatorPath {
    record
        .indicators()
        .find(|(.., indicator)| indicator.name == name)
        .map(|(path, ..)| path)
        .unwrap_or_else(|| panic!("no indicator {name}"))
}

/// Whether record `record` has a finding `code` at `place`.
fn has_finding(rig: &mut Rig, record: usize, code: &str, place: Place) -> bool {
    rig.app()
        .editor()
        .findings()
        .of_record(record)
        .iter()
        .any(|f| f.code == code && f.place == place)
}

/// Whether the problems panel lists a finding whose line contains `text`.
fn listed(rig: &Rig, text: &str) -> bool {
    rig.harness.query_by_label_contains(text).is_some()
}

/// The first text on screen (a label's or a field's) that contains `text`.
fn shown_text(rig: &Rig, text: &str) -> Option<String> {
    rig.harness.root().children_recursive().find_map(|node| {
        let node = node.accesskit_node();
        [node.label(), node.value()]
            .into_iter()
            .flatten()
            .find(|t| t.contains(text))
            .map(|t| t.to_string())
    })
}

/// Leaves the field being typed in, which ends its edit as one undo step.
fn leave_field(rig: &mut Rig) {
    rig.harness.key_press(Key::Tab);
    rig.harness.run();
}

fn undo(rig: &mut Rig) {
    rig.shortcut(Modifiers::COMMAND, Key::Z);
}

fn redo(rig: &mut Rig) {
    rig.shortcut(Modifiers::COMMAND, Key::Y);
}

#[test]
fn a_national_self_evaluation_is_imported_corrected_saved_and_exported_with_its_edits() {
    let mut rig = imported("yunnan-yongde-2022-selfeval.txt");
    assert_eq!(rig.app().editor().len(), 1);
    assert!(!rig.app().is_dirty(), "nothing is unsaved until edited");

    // What the user sees: the form, the money table and an indicator's national columns.
    assert!(
        rig.harness
            .query_by_label(Layout::NationalSelfEvaluation.label())
            .is_some(),
        "the form is named in the table info"
    );
    assert_eq!(rig.value("标题"), "2022年度项目支出绩效自评表");
    for (column, shown) in [
        ("全年预算数", "387664.62"),
        ("全年执行数", "387664.62"),
        ("执行率", "100%"),
        ("分值", "10"),
        ("得分", "10"),
    ] {
        assert_eq!(
            rig.value(&format!("年度资金总额 {column}")),
            shown,
            "{column}"
        );
    }
    // The table's own headings over the split 年度指标值.
    for heading in [
        "指标性质",
        "指标值",
        "度量单位",
        "实际完成值",
        "偏差原因分析及改进措施",
    ] {
        assert!(rig.harness.query_by_label(heading).is_some(), "{heading}");
    }
    let row = |cell: IndicatorCell| indicator_cell("效益指标/社会效益 指标", 1, cell.label());
    assert_eq!(rig.value(&row(IndicatorCell::Name)), "政策知晓率");
    for (cell, shown) in [
        (IndicatorCell::Nature, "═"),
        (IndicatorCell::Target, "100"),
        (IndicatorCell::Unit, "%"),
        (IndicatorCell::Actual, "98%"),
        (IndicatorCell::Weight, "10"),
        (IndicatorCell::Score, "9"),
        (IndicatorCell::Deviation, ""),
    ] {
        assert_eq!(rig.value(&row(cell)), shown, "{cell:?}");
    }

    // Less spent than budgeted: the written 执行率 no longer follows, and the panel says so.
    let rate = Place::Money(MoneyCell::Evaluation(0, 4));
    assert!(!has_finding(&mut rig, 0, "execution-rate", rate));
    rig.type_into("年度资金总额 全年执行数", "300000");
    assert!(has_finding(&mut rig, 0, "execution-rate", rate));
    let line = "执行率写作「100%」，全年执行数 300000";
    assert!(listed(&rig, line), "the problems panel lists it");
    rig.type_into("年度资金总额 执行率", "77.39%");
    assert!(!has_finding(&mut rig, 0, "execution-rate", rate));
    assert!(!listed(&rig, line), "corrected, it goes from the panel");

    // The score the rules give for a row is a quick fix on its finding.
    let timely = indicator_cell("产出指标/时效指标", 1, IndicatorCell::Score.label());
    let record = rig.app().editor().workbook().records[0].clone();
    let (timely_path, social_path) = (
        path_of(&record, "资金到位及时率"),
        path_of(&record, "政策知晓率"),
    );
    let timely_score = Place::Indicator(timely_path, IndicatorCell::Score);
    let fix = rig
        .app()
        .editor()
        .findings()
        .of_record(0)
        .iter()
        .find(|f| f.code == "score-mismatch" && f.place == timely_score)
        .and_then(|f| f.fixes.first().cloned())
        .expect("资金到位及时率 scores 7 of 10 at 100% of its target");
    assert_eq!(rig.value(&timely), "7");
    rig.click(&fix.label);
    assert_eq!(rig.value(&timely), "10");
    assert!(!has_finding(&mut rig, 0, "score-mismatch", timely_score));

    let reason = "宣传覆盖不足，下年度加强政策宣传";
    rig.type_into(&row(IndicatorCell::Deviation), reason);
    leave_field(&mut rig);

    // Saved as a workbook: the file holds every edit.
    let saved = rig.path("永德自评.ron");
    rig.picker.answer(Some(saved.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::S);
    assert!(!rig.app().is_dirty());
    let on_disk = store::load(&saved).expect("the saved workbook");
    assert_eq!(on_disk, *rig.app().editor().workbook());
    let holds_the_edits = |record: &Record| {
        let evaluation = record.evaluation.as_ref().expect("a self-evaluation");
        assert_eq!(evaluation.total.executed.text(), "300000");
        assert_eq!(evaluation.total.rate.text(), "77.39%");
        assert_eq!(record.indicator(timely_path).unwrap().score.text(), "10");
        assert_eq!(record.indicator(social_path).unwrap().deviation, reason);
    };
    holds_the_edits(&on_disk.records[0]);

    // Exported as the canonical text, which reads back to the same values.
    let text_path = rig.path("永德自评.txt");
    rig.picker.answer(Some(text_path.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::E);
    let text = std::fs::read_to_string(&text_path).expect("the exported text");
    assert!(text.contains(reason), "{text}");
    holds_the_edits(&jixiao::import::import_text(&text).records[0]);

    // The history goes on across the save: undone edits leave the file as saved.
    undo(&mut rig);
    assert_eq!(rig.value(&row(IndicatorCell::Deviation)), "");
    assert!(rig.app().is_dirty());
    undo(&mut rig);
    assert_eq!(rig.value(&timely), "7");
    redo(&mut rig);
    redo(&mut rig);
    assert_eq!(rig.value(&row(IndicatorCell::Deviation)), reason);
    assert!(
        !rig.app().is_dirty(),
        "redone, it is the saved workbook again"
    );
    assert_eq!(store::load(&saved).unwrap(), on_disk);
}

/// Every indicator of `record` as (name, 指标方向, 目标值, 计量单位, 分值).
fn split_targets(record: &Record) -> Vec<[String; 5]> {
    record
        .indicators()
        .map(|(.., i)| {
            [&i.name, &i.direction, &i.target, &i.unit, i.weight.text()].map(|t| t.to_string())
        })
        .collect()
}

#[test]
fn the_second_project_of_an_indicator_list_is_edited_checked_and_exported_in_its_place() {
    let mut rig = imported("neimenggu-zhalaiteqi-2025-flat.txt");
    let first = rig.app().editor().workbook().records[0].clone();
    assert_eq!(rig.app().editor().len(), 2);
    assert_eq!(first.layout, Layout::IndicatorList);
    for row in ["第1张 业务装备经费", "第2张 办案(业务)经费"] {
        assert!(
            rig.harness.query_by_label_contains(row).is_some(),
            "the list shows {row}"
        );
    }
    assert_eq!(rig.value("项目名称"), "业务装备经费");

    rig.harness
        .get_by_label_contains("第2张 办案(业务)经费")
        .click();
    rig.harness.run();
    assert_eq!(rig.app().view().selected, Some(1));
    assert_eq!(rig.value("项目名称"), "办案(业务)经费");
    for heading in ["指标性质", "指标方向", "目标值", "计量单位", "分值"] {
        assert!(rig.harness.query_by_label(heading).is_some(), "{heading}");
    }

    // 办结案件数量 is counted with no unit: the checks say so until the unit is written.
    let record = rig.app().editor().workbook().records[1].clone();
    let cases = path_of(&record, "办结案件数量");
    let cell = |cell: IndicatorCell| cell_name(&record, cases, cell);
    assert_eq!(rig.value(&cell(IndicatorCell::Direction)), "大于等于");
    assert_eq!(rig.value(&cell(IndicatorCell::Target)), "70");
    assert_eq!(rig.value(&cell(IndicatorCell::Unit)), "");
    assert_eq!(rig.value(&cell(IndicatorCell::Weight)), "8");
    let unit = Place::Indicator(cases, IndicatorCell::Unit);
    let line = "「办结案件数量」的目标值「70」没有计量单位";
    assert!(has_finding(&mut rig, 1, "unit-missing", unit));
    assert!(listed(&rig, line), "the problems panel lists it");

    rig.type_into(&cell(IndicatorCell::Unit), "件");
    assert!(!has_finding(&mut rig, 1, "unit-missing", unit));
    assert!(!listed(&rig, line), "with its unit, it goes from the panel");
    leave_field(&mut rig);
    undo(&mut rig);
    assert!(
        has_finding(&mut rig, 1, "unit-missing", unit),
        "undone, it is back"
    );
    redo(&mut rig);
    assert_eq!(rig.value(&cell(IndicatorCell::Unit)), "件");

    rig.type_into(&cell(IndicatorCell::Direction), "大于");
    rig.type_into(&cell(IndicatorCell::Target), "75");
    rig.type_into(&cell(IndicatorCell::Weight), "10");
    leave_field(&mut rig);
    let edited = rig.app().editor().workbook().records[1].clone();
    let indicator = edited.indicator(cases).expect("the edited indicator");
    assert_eq!(indicator.target_text(), ">75件");
    assert_eq!(indicator.weight.text(), "10");
    assert_eq!(
        rig.app().editor().workbook().records[0],
        first,
        "the first project is untouched"
    );

    // Exported as text and as the indicator list: the edit is in the second project only.
    let text_path = rig.path("扎赉特旗.txt");
    rig.picker.answer(Some(text_path.clone()));
    rig.shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    let list_path = rig.path("扎赉特旗清单.tsv");
    export_from_the_file_menu(&mut rig, "导出一体化指标清单…", &list_path);
    for path in [text_path, list_path] {
        let text = std::fs::read_to_string(&path).expect("the exported file");
        let read = jixiao::import::import_text(&text);
        assert_eq!(read.records.len(), 2, "{}", path.display());
        let project = &read.records[1];
        assert_eq!(project.header.name, "办案(业务)经费");
        let row = project
            .indicator(path_of(project, "办结案件数量"))
            .expect("the edited indicator");
        assert_eq!(
            (
                row.direction.as_str(),
                row.target.as_str(),
                row.unit.as_str()
            ),
            ("大于", "75", "件"),
            "{}",
            path.display()
        );
        assert_eq!(row.weight.text(), "10");
        let other = &read.records[0];
        assert_eq!(other.header.name, "业务装备经费");
        assert_eq!(
            split_targets(other),
            split_targets(&first),
            "{}",
            path.display()
        );
    }
}

#[test]
fn an_imported_table_read_by_its_headings_carries_its_badge_and_reasons_until_checked() {
    let mut rig = imported("jilin-ciq-2016-selfeval.txt");
    let record = rig.app().editor().workbook().records[0].clone();
    assert_eq!(record.confidence(), Confidence::Review);
    let reasons: Vec<String> = record.doubts().map(|n| n.action.clone()).collect();
    assert!(!reasons.is_empty(), "the importer says why it doubts");

    let badge = format!(" · {}", jixiao::ui::record_list::REVIEW_BADGE);
    let row = |rig: &Rig| {
        rig.harness
            .query_by_label_contains("第1张")
            .and_then(|n| n.accesskit_node().label())
    };
    assert!(
        row(&rig).is_some_and(|l| l.ends_with(&badge)),
        "{:?}",
        row(&rig)
    );
    assert!(shown_text(&rig, "此表需要核对：导入时有以下疑问").is_some());
    for reason in &reasons {
        let shown = shown_text(&rig, reason)
            .unwrap_or_else(|| panic!("the banner gives the reason {reason}"));
        assert!(
            !shown.starts_with("第0行"),
            "a note from no line of the document names none: {shown}"
        );
    }

    rig.click("标记为已核对");
    assert!(shown_text(&rig, "此表需要核对：导入时有以下疑问").is_none());
    assert!(
        row(&rig).is_some_and(|l| !l.ends_with(&badge)),
        "{:?}",
        row(&rig)
    );
    let saved = rig.path("吉林.ron");
    rig.picker.answer(Some(saved.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::S);
    let on_disk = store::load(&saved).expect("the saved workbook");
    assert_eq!(on_disk.records[0].confidence(), Confidence::Sure);
    assert!(
        on_disk.records[0]
            .notes
            .iter()
            .any(|n| n.action == reasons[0]),
        "the notes stay, only the doubt goes"
    );

    undo(&mut rig);
    assert!(
        row(&rig).is_some_and(|l| l.ends_with(&badge)),
        "{:?}",
        row(&rig)
    );
    assert!(shown_text(&rig, "此表需要核对：导入时有以下疑问").is_some());
}
