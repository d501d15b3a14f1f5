//! A 1280×800 layout check: at every text size the editor shows the first indicator row of a
//! table without scrolling, its row buttons inside the window, and the list and status bar whole.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Rect, Vec2};
use egui_kittest::kittest::Queryable;
use jixiao::model::{IndicatorCell, Record};
use jixiao::ui::command::Command;
use jixiao::ui::i18n::Lang;
use jixiao::ui::record_list;
use jixiao::ui::theme::TextSize;
use ui_support::{Rig, fixture_workbook as fixture, rig_sized};

const WINDOW: Vec2 = egui::vec2(1280.0, 800.0);

/// `一级/二级/第1行`: the first indicator row of `record`, as the form names its cells.
fn first_row(record: &Record) -> String {
    record
        .groups
        .iter()
        .find_map(|l1| {
            l1.groups
                .iter()
                .find(|l2| !l2.indicators.is_empty())
                .map(|l2| format!("{}/{}/第1行", l1.label.trim(), l2.label.trim()))
        })
        .expect("a table with indicators")
}

fn rect(rig: &Rig, label: &str) -> Rect {
    rig.harness.get_by_label(label).rect()
}

/// Asserts what a user at 1280×800 sees of the open table's first indicator row, the list and
/// the status bar.
fn assert_fits(rig: &mut Rig, size: TextSize) {
    rig.app().push(Command::SetTextSize(size));
    rig.harness.run();
    rig.harness.run();
    let window = Rect::from_min_size(egui::Pos2::ZERO, WINDOW);
    let record = rig.app().editor().workbook().records[0].clone();
    let row = first_row(&record);
    let problems_top = rect(rig, "问题").top();

    let name = rect(rig, &format!("{row} {}", IndicatorCell::Name.label()));
    assert!(
        window.contains_rect(name) && name.bottom() <= problems_top,
        "{size:?}: the first indicator {name:?} shows above the problems panel at {problems_top}"
    );
    for button in ["上移", "下移", "删除"] {
        let button = rect(rig, &format!("{button}：{row}"));
        assert!(
            window.contains_rect(button) && button.bottom() <= problems_top,
            "{size:?}: the row button {button:?} is inside the window"
        );
    }

    let list_row = rect(rig, &record_list::row_name(0, &record, Lang::Chinese));
    let move_down = rect(rig, "下移");
    assert!(
        window.contains_rect(list_row) && window.contains_rect(move_down),
        "{size:?}: the list {list_row:?} and its buttons {move_down:?} are inside the window"
    );
    let counts = rig
        .harness
        .get_by(|node| {
            node.role() == egui::accesskit::Role::Label
                && node.value().is_some_and(|l| l.contains("张表 · "))
        })
        .rect();
    assert!(
        window.contains_rect(counts),
        "{size:?}: the status bar's counts {counts:?} are inside the window"
    );
}

/// The first table of the fixture `name`, at 1280×800, at every text size.
fn assert_fits_at_every_size(name: &str) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut rig = rig_sized(fixture(name), dir, WINDOW);
    for size in TextSize::ALL {
        assert_fits(&mut rig, size);
    }
}

#[test]
fn a_self_evaluation_fits_1280_by_800_at_every_text_size() {
    assert_fits_at_every_size("zhongwei-selfeval-2024.txt");
}

#[test]
fn a_region_table_with_its_money_fits_1280_by_800_at_every_text_size() {
    assert_fits_at_every_size("ningxia-region-2026.txt");
}

#[test]
fn a_folded_block_opens_to_its_fields_and_a_long_name_keeps_the_list_whole() {
    let mut workbook = fixture("pingluo-2026.txt");
    workbook.records[0].header.name = "很长的项目名称".repeat(12);
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut rig = rig_sized(workbook, dir, WINDOW);
    assert!(
        rig.harness.query_by_label("项目名称").is_none(),
        "the header starts folded on a short window"
    );
    rig.click("项目信息");
    let name = rig.app().editor().workbook().records[0].header.name.clone();
    assert_eq!(rig.value("项目名称"), name);
    let row = record_list::row_name(0, &rig.app().editor().workbook().records[0], Lang::Chinese);
    let list_row = rect(&rig, &row);
    assert!(
        list_row.right() <= WINDOW.x / 2.0,
        "the list row {list_row:?} is cut, not widened"
    );
}
