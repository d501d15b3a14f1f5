//! Live checks, quick fixes, the preview and import in the editor.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::check::Fix;
use jixiao::export;
use jixiao::model::{HeaderField, IndicatorCell, IndicatorPath, Place, Workbook};
use jixiao::ui::cell::cell_id;
use jixiao::ui::command::Command;
use jixiao::ui::dialogs::Dialog;
use ui_support::{county_record, export_from_the_file_menu, indicator_cell, rig, sample_workbook};

fn quality_value() -> Place {
    Place::Indicator(
        IndicatorPath {
            level1: 0,
            level2: 1,
            row: 0,
        },
        IndicatorCell::Value,
    )
}

#[test]
fn a_finding_appears_while_typing_and_disappears_when_corrected() {
    let mut rig = rig(sample_workbook());
    let cell = indicator_cell("产出指标/质量指标", 1, "指标值");
    rig.type_into(&cell, "105%");
    let has_percent_finding = |rig: &mut ui_support::Rig| {
        rig.app()
            .editor()
            .findings()
            .of_record(0)
            .iter()
            .any(|f| f.code == "percent-range" && f.place == quality_value())
    };
    assert!(has_percent_finding(&mut rig));
    assert!(
        rig.harness
            .query_by_label_contains("percent-range")
            .is_some(),
        "the problems panel lists it"
    );
    rig.type_into(&cell, "≥95%");
    assert!(!has_percent_finding(&mut rig));
}

/// A county table the checks find nothing wrong with.
fn clean_record(name: &str) -> jixiao::model::Record {
    let mut record = county_record(name);
    record.groups[0].groups[3].indicators[0].value = "20万元".into();
    for (level2, name, value) in [
        (0, "带动增收", "有所增加"),
        (2, "改善环境", "有所改善"),
        (3, "长效机制", "长期保障"),
    ] {
        record.groups[1].groups[level2]
            .indicators
            .push(jixiao::model::Indicator::new(name, value));
    }
    record
}

#[test]
fn clicking_a_finding_selects_its_record_and_focuses_its_field() {
    let mut wrong = clean_record("职业技能培训补助");
    wrong.groups[0].groups[1].indicators[0].value = "120%".into();
    let workbook = Workbook {
        records: vec![clean_record("事业单位招聘经费"), wrong],
    };
    assert!(jixiao::check::check_record(&workbook.records[0], 0).is_empty());
    let mut rig = rig(workbook);
    assert_eq!(rig.app().view().selected, Some(0));
    rig.click("全部");
    assert!(rig.harness.query_by_label("percent-range").is_some());
    rig.harness.get_by_label_contains("120%").click();
    rig.harness.run();
    assert_eq!(rig.app().view().selected, Some(1));
    let focused = rig.harness.ctx.memory(|m| m.focused());
    assert_eq!(focused, Some(cell_id(1, quality_value())));
}

#[test]
fn a_quick_fix_writes_its_text_and_can_be_undone() {
    let mut rig = rig(sample_workbook());
    let fix = Fix {
        label: "改为「≥95%」".into(),
        place: quality_value(),
        text: "≥95%".into(),
        also: Vec::new(),
    };
    rig.app().push(Command::ApplyFix { record: 0, fix });
    rig.harness.run();
    let value = |rig: &mut ui_support::Rig| {
        rig.app().editor().workbook().records[0]
            .text_at(quality_value())
            .map(str::to_owned)
    };
    assert_eq!(value(&mut rig).as_deref(), Some("≥95%"));
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(value(&mut rig).as_deref(), Some("100%"));
}

#[test]
fn the_preview_shows_the_form_grid_and_a_cell_leads_back_to_its_field() {
    let mut rig = rig(sample_workbook());
    rig.click("预览");
    let record = rig.app().editor().workbook().records[0].clone();
    let grid = export::record_grid(&record);
    assert!(!grid.rows.is_empty());
    assert!(rig.harness.query_by_label("某县就业服务中心").is_some());
    rig.click("某县就业服务中心");
    assert_eq!(rig.app().view().tab, jixiao::ui::view::CentralTab::Form);
    let focused = rig.harness.ctx.memory(|m| m.focused());
    assert_eq!(
        focused,
        Some(cell_id(0, Place::Header(HeaderField::Implementer)))
    );
}

#[test]
fn copy_puts_the_canonical_text_on_the_clipboard() {
    let mut rig = rig(sample_workbook());
    rig.click("预览");
    rig.harness.get_by_label("复制规范文本").click();
    // The command is applied in the frame that sees the click, and copies in that frame's output.
    rig.harness.step();
    let expected = export::record_text(&rig.app().editor().workbook().records[0]);
    let copied = rig
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if *t == expected));
    assert!(copied);
}

#[test]
fn export_writes_the_canonical_text_of_the_record_and_of_the_workbook() {
    let mut rig = rig(sample_workbook());
    let one = rig.path("一张.txt");
    rig.picker.answer(Some(one.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::E);
    let workbook = rig.app().editor().workbook().clone();
    assert_eq!(
        std::fs::read_to_string(&one).unwrap(),
        export::record_text(&workbook.records[0])
    );
    let all = rig.path("全部.txt");
    rig.picker.answer(Some(all.clone()));
    rig.shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    assert_eq!(
        std::fs::read_to_string(&all).unwrap(),
        export::workbook_text(&workbook)
    );
}

#[test]
fn pasted_text_without_tables_is_refused_with_a_reason() {
    let mut rig = rig(sample_workbook());
    rig.shortcut(Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    assert!(matches!(rig.app().dialog(), Some(Dialog::Paste { .. })));
    rig.harness
        .get_by_label("将表格文本粘贴到下面（Ctrl+V），然后点击“导入”。")
        .type_text("这不是表格");
    rig.harness.run();
    rig.click("导入");
    assert!(matches!(rig.app().dialog(), Some(Dialog::Error(m)) if m.contains("没有找到项目表")));
    assert_eq!(rig.app().editor().len(), 3);
}

#[test]
fn a_fixture_document_imports_as_imported_and_not_yet_saved_as_a_workbook() {
    let mut rig = rig(sample_workbook());
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ningxia-region-2026.txt");
    rig.picker.answer(Some(fixture.clone()));
    rig.shortcut(Modifiers::COMMAND, Key::I);
    assert!(rig.app().editor().len() > 3);
    // Its tables are all in the document: nothing is lost until the user changes them.
    assert!(!rig.app().is_dirty());
    assert_eq!(rig.app().editor().path(), None);
    assert_eq!(rig.app().editor().imported_from(), Some(fixture.as_path()));
    let first = rig.app().editor().workbook().records[0].header.name.clone();
    assert_eq!(rig.value("项目名称"), first);
}

#[test]
fn a_workbook_of_five_thousand_tables_draws_only_the_visible_rows() {
    let records = (0..5000)
        .map(|i| county_record(&format!("项目{i}")))
        .collect();
    let mut rig = rig(Workbook { records });
    let rows = |rig: &ui_support::Rig| {
        rig.harness
            .get_all_by(|node| {
                node.label()
                    .is_some_and(|l| l.starts_with('第') && l.contains("张 项目"))
            })
            .count()
    };
    assert!(rows(&rig) < 60, "{} rows drawn", rows(&rig));
    rig.app().push(Command::Reveal {
        record: 4321,
        place: Place::Header(HeaderField::Name),
    });
    rig.harness.run();
    assert!(rig.harness.query_by_label("第4322张 项目4321").is_some());
    assert_eq!(rig.value("项目名称"), "项目4321");
}

#[test]
fn a_quick_fix_from_the_checks_is_a_button_on_its_finding() {
    let mut rig = rig(Workbook {
        records: vec![county_record("事业单位招聘经费")],
    });
    let finding = rig
        .app()
        .editor()
        .findings()
        .of_record(0)
        .iter()
        .find(|f| !f.fixes.is_empty())
        .cloned()
        .expect("the sample has a finding with a fix");
    let fix = finding.fixes[0].clone();
    rig.click(&fix.label);
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.text_at(fix.place), Some(fix.text.as_str()));
    assert!(
        !rig.app()
            .editor()
            .findings()
            .of_record(0)
            .iter()
            .any(|f| f.code == finding.code && f.place == finding.place),
        "the fixed finding is gone"
    );
}

#[test]
fn fix_all_applies_every_fix_of_the_record() {
    let mut record = county_record("事业单位招聘经费");
    record.groups[0].groups[0].indicators[0].value = "1 次".into();
    let mut rig = rig(Workbook {
        records: vec![record],
    });
    let fixable = |rig: &mut ui_support::Rig| {
        rig.app()
            .editor()
            .findings()
            .of_record(0)
            .iter()
            .filter(|f| !f.fixes.is_empty())
            .count()
    };
    assert!(fixable(&mut rig) >= 2);
    rig.click("全部修复");
    assert_eq!(fixable(&mut rig), 0);
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert!(fixable(&mut rig) >= 2, "全部修复 is one undo step");
}

#[test]
fn a_block_selected_in_the_preview_is_copied_as_spreadsheet_cells() {
    let mut rig = rig(sample_workbook());
    rig.click("预览");
    let record = rig.app().editor().workbook().records[0].clone();
    let grid = export::record_grid(&record);
    // Two label cells the form prints, on the row of the indicator heading.
    let heading = grid
        .heading_rows()
        .expect("the sample has indicators")
        .start;
    rig.click("一级绩效指标");
    rig.harness
        .get_by_label("二级绩效指标")
        .click_modifiers(Modifiers::SHIFT);
    rig.harness.run();
    rig.harness.get_by_label("复制所选单元格").click();
    // Copied in the output of the frame that sees the click.
    rig.harness.step();
    let expected = grid.block_text(heading..heading + 1, 0..3);
    // 二级绩效指标 spans two columns of the plain county form: the block covers both.
    assert_eq!(expected, "一级绩效指标\t二级绩效指标\t\n");
    let copied = rig
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if *t == expected));
    assert!(
        copied,
        "{:?}",
        rig.harness.output().platform_output.commands
    );
}

#[test]
fn the_file_menu_exports_the_workbook_as_excel_pdf_and_the_indicator_list() {
    let mut rig = rig(sample_workbook());
    let workbook = rig.app().editor().workbook().clone();

    let xlsx = rig.path("报送.xlsx");
    export_from_the_file_menu(&mut rig, "导出 Excel 工作簿…", &xlsx);
    let bytes = std::fs::read(&xlsx).unwrap();
    let read = jixiao::import::import_file("报送.xlsx", &bytes).unwrap();
    assert_eq!(read.records.len(), workbook.records.len());
    assert_eq!(read.records[1].header.name, workbook.records[1].header.name);

    let pdf = rig.path("打印.pdf");
    export_from_the_file_menu(&mut rig, "导出 PDF（打印）…", &pdf);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    // The list is text or a workbook by the name chosen.
    let list = rig.path("清单.tsv");
    export_from_the_file_menu(&mut rig, "导出一体化指标清单…", &list);
    let (flat, _) = export::flat_workbook(&workbook);
    assert_eq!(
        std::fs::read_to_string(&list).unwrap(),
        export::workbook_text(&flat)
    );
    let list = rig.path("清单.xlsx");
    export_from_the_file_menu(&mut rig, "导出一体化指标清单…", &list);
    assert!(std::fs::read(&list).unwrap().starts_with(b"PK"));
}

#[test]
fn an_indicator_list_with_values_it_cannot_split_says_so_after_exporting() {
    let mut workbook = sample_workbook();
    workbook.records[0].groups[0].groups[0].indicators[0].value = "补助金额 ≥ 400 万元".into();
    let mut rig = rig(workbook);
    let list = rig.path("清单.tsv");
    rig.picker.answer(Some(list.clone()));
    rig.click("文件");
    rig.click("导出一体化指标清单…");
    assert!(list.exists());
    assert!(
        matches!(rig.app().dialog(), Some(Dialog::Notice(m)) if m.contains("定性")),
        "{:?}",
        rig.app().dialog()
    );
}
