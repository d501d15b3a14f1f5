//! The editor on the national forms: a national self-evaluation and a 一体化 indicator list,
//! end to end — their own columns are shown under their headings and edited through the undo
//! history, the money table has the national columns, and a table the importer doubted carries
//! a banner until a person marks it checked.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use jixiao::layout::Layout;
use jixiao::model::{
    Amount, Confidence, CostLine, HeaderExtra, ImportNote, Indicator, IndicatorCell, Record,
    Workbook,
};
use ui_support::{Rig, cell_name, indicator_cell, rig, rig_sized};

/// A national self-evaluation as the importer gives it, with one doubt about a column.
fn national_self_evaluation() -> Record {
    let mut record = Record::blank(Layout::NationalSelfEvaluation, Some(2022));
    record.header.name = "农村饮水安全巩固提升工程".into();
    record.header.department = "某县水务局".into();
    record.header.implementer = "某县农村供水管理站".into();
    record.header.amount.set_text("120");
    record.header.goal = "新建蓄水池12座，保障农村人口饮水安全。".into();
    record.header.extra.push(HeaderExtra {
        label: "项目负责人".into(),
        value: "张某".into(),
    });
    if let Some(evaluation) = record.evaluation.as_mut() {
        evaluation.total.full_year_budget.set_text("120");
        evaluation.total.executed.set_text("114");
        evaluation.total.weight.set_text("10");
        evaluation.total_score.set_text("95.5");
    }
    record.groups[0].groups[0].indicators = vec![Indicator {
        actual: "12座".into(),
        weight: Amount::new("20"),
        score: Amount::new("20"),
        ..Indicator::new("新建蓄水池", "≥12座")
    }];
    record.columns = Layout::NationalSelfEvaluation.form().indicator_columns();
    for column in &mut record.columns {
        column.guessed = column.cell == IndicatorCell::Actual;
    }
    record.notes.push(ImportNote {
        line: 14,
        seen: "完成值".into(),
        action: "按内容推定为实际完成值列".into(),
        doubt: true,
    });
    record
}

/// One project of a 一体化 indicator list: every target split over 指标性质 / 指标方向 / 目标值 /
/// 计量单位.
fn indicator_list_record() -> Record {
    let mut record = Record::blank(Layout::IndicatorList, Some(2025));
    record.header.name = "城乡居民医疗救助".into();
    record.header.amount.set_text("3500000");
    record.groups[0].groups[0].indicators = vec![Indicator {
        nature: "定量".into(),
        direction: "大于等于".into(),
        target: "98".into(),
        unit: "%".into(),
        weight: Amount::new("20"),
        ..Indicator::new("救助对象覆盖率", "")
    }];
    record
}

fn first_indicator(rig: &mut Rig, index: usize) -> Indicator {
    rig.app().editor().workbook().records[index].groups[0].groups[0].indicators[0].clone()
}

#[test]
fn a_national_self_evaluation_edits_its_own_columns_and_undoes_them() {
    let mut rig = rig(Workbook {
        records: vec![national_self_evaluation()],
    });
    let deviation = indicator_cell("产出指标/数量指标", 1, IndicatorCell::Deviation.label());
    rig.type_into(&deviation, "按期完成，无偏差");
    assert_eq!(first_indicator(&mut rig, 0).deviation, "按期完成，无偏差");
    let actual = indicator_cell("产出指标/数量指标", 1, IndicatorCell::Actual.label());
    assert_eq!(rig.value(&actual), "12座");
    rig.harness.key_press(Key::Tab);
    rig.harness.run();
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(first_indicator(&mut rig, 0).deviation, "");

    // The money table has the national columns and the 上年结转资金 row.
    rig.type_into("年度资金总额 执行率", "95%");
    rig.type_into("上年结转资金 全年执行数", "6");
    rig.type_into("评价结论", "项目完成较好。");
    rig.type_into("项目负责人", "李某");
    let record = &rig.app().editor().workbook().records[0];
    let evaluation = record.evaluation.as_ref().expect("a self-evaluation");
    assert_eq!(evaluation.total.rate.text(), "95%");
    assert_eq!(evaluation.carryover.executed.text(), "6");
    assert_eq!(evaluation.conclusion, "项目完成较好。");
    assert_eq!(record.header.extra[0].value, "李某");
}

#[test]
fn a_doubted_table_shows_its_reasons_until_marked_checked() {
    let mut rig = rig(Workbook {
        records: vec![national_self_evaluation()],
    });
    assert!(
        rig.harness
            .query_by_label_contains("按内容推定为实际完成值列")
            .is_some()
    );
    assert!(rig.harness.query_by_label("？实际完成值").is_some());
    let row = "第1张 农村饮水安全巩固提升工程";
    assert!(
        rig.harness
            .query_by_label(&format!("{row} · 待核对"))
            .is_some()
    );
    rig.click("标记为已核对");
    assert!(rig.harness.query_by_label(row).is_some(), "the badge goes");
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.confidence(), Confidence::Sure);
    assert!(!record.column_guessed(IndicatorCell::Actual));
    assert_eq!(record.notes.len(), 1, "the note stays, only the doubt goes");
    assert!(rig.harness.query_by_label("标记为已核对").is_none());
    assert!(rig.harness.query_by_label("实际完成值").is_some());

    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(
        rig.app().editor().workbook().records[0].confidence(),
        Confidence::Review
    );
    assert!(rig.harness.query_by_label("标记为已核对").is_some());
}

#[test]
fn an_indicator_list_edits_its_split_target_on_a_narrow_screen() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut rig = rig_sized(
        Workbook {
            records: vec![indicator_list_record()],
        },
        dir,
        egui::vec2(1280.0, 800.0),
    );
    for heading in ["指标性质", "指标方向", "目标值", "计量单位", "分值"] {
        assert!(
            rig.harness.query_by_label(heading).is_some(),
            "heading {heading}"
        );
    }
    let unit = indicator_cell("产出指标/数量指标", 1, IndicatorCell::Unit.label());
    assert_eq!(rig.value(&unit), "%");
    let target = indicator_cell("产出指标/数量指标", 1, IndicatorCell::Target.label());
    rig.type_into(&target, "99");
    rig.harness.key_press(Key::Tab);
    rig.harness.run();
    assert_eq!(first_indicator(&mut rig, 0).target_text(), "≥99%");
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(first_indicator(&mut rig, 0).target, "98");
}

#[test]
fn the_multi_year_set_and_the_cost_lines_are_edited_beside_the_years() {
    let mut record = Record::blank(Layout::NationalTarget, Some(2025));
    record.header.name = "高标准农田建设".into();
    record.medium_groups = record.groups.clone();
    record.medium_groups[0].groups[0]
        .indicators
        .push(Indicator::new("新建高标准农田", "≥3万亩"));
    record.cost_lines.push(CostLine {
        item: "土地平整".into(),
        ..CostLine::default()
    });
    let mut rig = rig(Workbook {
        records: vec![record],
    });
    rig.type_into("中期目标", "三年新建高标准农田9万亩。");
    let medium_name = indicator_cell("中期指标/产出指标/数量指标", 1, "三级指标");
    rig.type_into(&medium_name, "新建高标准农田面积");
    rig.type_into("成本构成第1行 金额", "150");
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.header.medium_goal, "三年新建高标准农田9万亩。");
    assert_eq!(
        record.medium_groups[0].groups[0].indicators[0].name,
        "新建高标准农田面积"
    );
    assert!(record.groups[0].groups[0].indicators.is_empty());
    assert_eq!(record.cost_lines[0].amount.text(), "150");

    rig.click("＋ 添加成本构成");
    assert_eq!(rig.app().editor().workbook().records[0].cost_lines.len(), 2);
    rig.click("删除：成本构成第1行");
    let lines = &rig.app().editor().workbook().records[0].cost_lines;
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].item, "");
}

#[test]
fn a_new_table_can_follow_every_known_form() {
    let mut rig = rig(Workbook::default());
    for layout in Layout::ALL {
        rig.click("＋ 添加");
        let offered = rig.harness.query_by_label(layout.label()).is_some();
        assert_eq!(offered, layout != Layout::Headings, "{layout:?}");
        if offered {
            rig.click(layout.label());
        } else {
            rig.harness.key_press(Key::Escape);
            rig.harness.run();
        }
    }
    let layouts: Vec<Layout> = rig
        .app()
        .editor()
        .workbook()
        .records
        .iter()
        .map(|r| r.layout)
        .collect();
    let expected: Vec<Layout> = Layout::ALL
        .into_iter()
        .filter(|&l| l != Layout::Headings)
        .collect();
    assert_eq!(layouts, expected);
}

/// The records the importer reads from a fixture of another office's form.
fn imported(name: &str) -> Workbook {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/other-forms")
        .join(name);
    let text = std::fs::read_to_string(path).expect("the fixture");
    jixiao::import::import_text(&text)
}

/// The accessible name of `cell` of the first indicator of record `record`, and its path.
fn first_cell_name(record: &Record, cell: IndicatorCell) -> (jixiao::model::IndicatorPath, String) {
    let (path, ..) = record.indicators().next().expect("an indicator");
    (path, cell_name(record, path, cell))
}

/// Types `text` into `cell` of the first indicator of the first record, checks the model took it
/// and that undo gives the imported text back.
fn edit_and_undo(workbook: Workbook, cell: IndicatorCell, text: &str) {
    let record = workbook.records[0].clone();
    let (path, name) = first_cell_name(&record, cell);
    let before = record
        .indicator(path)
        .expect("the indicator")
        .text(cell)
        .to_owned();
    let mut rig = rig(workbook);
    rig.type_into(&name, text);
    rig.harness.key_press(Key::Tab);
    rig.harness.run();
    let now = |rig: &mut Rig| {
        rig.app().editor().workbook().records[0]
            .indicator(path)
            .map(|i| i.text(cell).to_owned())
    };
    assert_eq!(now(&mut rig).as_deref(), Some(text));
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(now(&mut rig), Some(before));
}

#[test]
fn an_imported_national_self_evaluation_edits_its_completed_values() {
    let workbook = imported("yunnan-yongde-2022-selfeval.txt");
    let record = &workbook.records[0];
    assert_eq!(record.layout, Layout::NationalSelfEvaluation);
    let shows_actual = record
        .columns
        .iter()
        .any(|c| c.cell == IndicatorCell::Actual)
        || (record.columns.is_empty() && record.layout.form().has_column(IndicatorCell::Actual));
    assert!(shows_actual, "the table prints 实际完成值");
    edit_and_undo(workbook, IndicatorCell::Actual, "736");
}

#[test]
fn an_imported_indicator_list_edits_its_units() {
    let workbook = imported("neimenggu-zhalaiteqi-2025-flat.txt");
    assert!(
        workbook.records.len() >= 2,
        "the sheet holds several projects"
    );
    assert_eq!(workbook.records[0].layout, Layout::IndicatorList);
    edit_and_undo(workbook, IndicatorCell::Unit, "人次");
}

#[test]
fn a_column_no_form_names_is_edited_under_its_own_heading() {
    let workbook = jixiao::import::import_text(
        "项目绩效目标表\n项目名称\t社区服务\n\
         一级指标\t二级指标\t三级指标\t指标值\t考核方式\n\
         产出指标\t数量指标\t服务人次\t≥500人次\t台账核查\n",
    );
    assert_eq!(workbook.records[0].layout, Layout::Headings);
    let rig = rig(workbook.clone());
    rig.harness.get_by_label("考核方式");
    edit_and_undo(workbook, IndicatorCell::Other(0), "现场检查");
}

#[test]
fn every_table_of_the_other_forms_fixtures_draws_with_the_bundled_font() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/other-forms");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .filter_map(|entry| {
            entry
                .ok()
                .map(|e| e.file_name().to_string_lossy().into_owned())
        })
        .filter(|name| name.ends_with(".txt") && name != "README.md")
        .collect();
    names.sort();
    let records: Vec<Record> = names
        .iter()
        .flat_map(|name| imported(name).records)
        .collect();
    let count = records.len();
    assert!(count >= names.len(), "every fixture gives a table");
    // The harness panics on a glyph the font lacks and on an unnamed input.
    let mut rig = rig(Workbook { records });
    for index in 0..count {
        rig.app().push(jixiao::ui::command::Command::Select(index));
        rig.harness.run();
    }
}

#[test]
fn a_table_read_by_its_headings_converts_to_a_known_form_and_back_by_undo() {
    let mut record = national_self_evaluation();
    record.layout = Layout::Headings;
    let mut rig = rig(Workbook {
        records: vec![record],
    });
    rig.click(Layout::Headings.label());
    rig.click(Layout::NationalSelfEvaluation.label());
    let record = &rig.app().editor().workbook().records[0];
    assert_eq!(record.layout, Layout::NationalSelfEvaluation);
    assert!(
        record.columns.is_empty(),
        "a known form prints its own columns"
    );
    rig.shortcut(Modifiers::COMMAND, Key::Z);
    assert_eq!(
        rig.app().editor().workbook().records[0].layout,
        Layout::Headings
    );
}
