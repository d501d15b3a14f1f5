//! Every layout's form and preview draws with the bundled fonts (the harness panics on a missing
//! glyph) and names every input (the harness checks accessibility after each run), in both
//! languages and themes; and the indicator tree's groups can be added, moved and removed.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui_kittest::kittest::Queryable;
use jixiao::layout::Layout;
use jixiao::model::{HeaderField, Level1, Level2, Record, Workbook};
use jixiao::ui::command::Command;
use jixiao::ui::i18n::Lang;
use jixiao::ui::theme::{TextSize, ThemeChoice};
use ui_support::{county_record, rig};

fn one_of_each_layout() -> Workbook {
    let records = Layout::ALL
        .iter()
        .map(|&layout| {
            let mut record = Record::blank(layout, Some(2026));
            record.header.name = format!("{}示例", layout.label());
            record.groups[0].groups[0]
                .indicators
                .push(jixiao::model::Indicator::new("服务人次", "≥100人次"));
            record
        })
        .collect();
    Workbook { records }
}

#[test]
fn every_layout_draws_its_form_and_preview_in_both_languages_and_themes() {
    let mut rig = rig(one_of_each_layout());
    for (lang, theme, size) in [
        (Lang::Chinese, ThemeChoice::Light, TextSize::Medium),
        (Lang::English, ThemeChoice::Dark, TextSize::ExtraLarge),
    ] {
        rig.app().push(Command::SetLang(lang));
        rig.app().push(Command::SetTheme(theme));
        rig.app().push(Command::SetTextSize(size));
        rig.harness.run();
        let name_label = lang.field(HeaderField::Name, "项目名称");
        for (index, layout) in Layout::ALL.iter().enumerate() {
            rig.app().push(Command::Select(index));
            rig.harness.run();
            assert_eq!(
                rig.harness
                    .get_by_label(name_label)
                    .value()
                    .unwrap_or_default(),
                format!("{}示例", layout.label())
            );
            rig.click(lang.tr("预览"));
            // The name is in the tab bar, and now also in the preview's grid.
            let name = format!("{}示例", layout.label());
            assert_eq!(
                rig.harness.query_all_by_label(&name).count(),
                2,
                "the preview of {layout:?} shows the name"
            );
            rig.click(lang.tr("表单"));
        }
    }
}

#[test]
fn groups_of_the_indicator_tree_are_added_moved_and_removed() {
    let mut rig = rig(Workbook {
        records: vec![county_record("事业单位招聘经费")],
    });
    let level2_names = |rig: &mut ui_support::Rig| -> Vec<Level2> {
        rig.app().editor().workbook().records[0].groups[0]
            .groups
            .iter()
            .map(|g| g.category)
            .collect()
    };
    rig.click("上移：产出指标/质量指标");
    assert_eq!(
        level2_names(&mut rig),
        [
            Level2::Quality,
            Level2::Quantity,
            Level2::Timeliness,
            Level2::Cost
        ]
    );
    rig.click("删除：产出指标/时效指标");
    assert_eq!(level2_names(&mut rig).len(), 3);
    rig.harness
        .get_all_by_label("＋ 添加二级指标")
        .next()
        .expect("the first group's add button")
        .click();
    rig.harness.run();
    rig.click("时效指标");
    assert_eq!(level2_names(&mut rig).last(), Some(&Level2::Timeliness));

    rig.click("＋ 添加一级指标");
    rig.click("成本指标");
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.groups.last().map(|g| g.category), Some(Level1::Cost));
    rig.click("删除：成本指标");
    assert_eq!(rig.app().editor().workbook().records[0].groups.len(), 3);
}

#[test]
fn the_import_notes_of_an_imported_table_are_listed() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pingluo-2024.txt"),
    )
    .unwrap();
    let workbook = jixiao::import::import_text(&text);
    let (index, note) = workbook
        .records
        .iter()
        .enumerate()
        .find_map(|(i, r)| r.notes.first().map(|n| (i, n.clone())))
        .expect("the sample gets at least one import note");
    let mut rig = rig(workbook);
    rig.app().push(Command::Select(index));
    rig.harness.run();
    let count = rig.app().editor().workbook().records[index].notes.len();
    rig.click(&format!("导入说明（{count}）"));
    assert!(rig.harness.query_by_label_contains(&note.action).is_some());
}
