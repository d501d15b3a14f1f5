//! The shared harness for the editor's UI tests: the real application, headless, with the bundled
//! fonts, a fixed size and theme, a scripted file picker and a temporary recovery folder.

#![allow(dead_code, reason = "each test file uses part of the shared helper")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jixiao::layout::Layout;
use jixiao::model::{Indicator, IndicatorCell, IndicatorPath, Record, Workbook};
use jixiao::ui::dialogs::Dialog;
use jixiao::ui::picker::ScriptedPicker;
use jixiao::ui::settings::Settings;
use jixiao::ui::{Config, EditorApp, fonts};
use std::path::{Path, PathBuf};

/// The harness, its scripted picker and its temporary folder.
pub struct Rig {
    /// The harness driving the real editor.
    pub harness: Harness<'static, EditorApp>,
    /// Answers for file dialogs.
    pub picker: ScriptedPicker,
    /// A folder for files and recovery copies, removed at the end.
    pub dir: tempfile::TempDir,
}

impl Rig {
    /// A path inside the rig's folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The recovery folder the rig's editor uses.
    pub fn recovery_dir(&self) -> PathBuf {
        self.dir.path().join("recovery")
    }

    /// The editor.
    pub fn app(&mut self) -> &mut EditorApp {
        self.harness.state_mut()
    }

    /// Presses a key with modifiers and lets the editor settle.
    pub fn shortcut(&mut self, modifiers: egui::Modifiers, key: egui::Key) {
        self.harness.key_press_modifiers(modifiers, key);
        self.harness.run();
    }

    /// Clicks the widget labelled `label` and lets the editor settle.
    pub fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    /// Focuses the field labelled `label`, selects its text and types `text` over it.
    pub fn type_into(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).focus();
        self.harness.run();
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.run();
        self.harness.get_by_label(label).type_text(text);
        self.harness.run();
    }

    /// The text of the field labelled `label`.
    pub fn value(&self, label: &str) -> String {
        self.harness.get_by_label(label).value().unwrap_or_default()
    }
}

/// The editor on `workbook`, in a window of 1400×900 points, light theme.
pub fn rig(workbook: Workbook) -> Rig {
    rig_with_dir(workbook, tempfile::tempdir().expect("temporary folder"))
}

/// The editor on `workbook`, with its recovery copies in `dir`/recovery.
pub fn rig_with_dir(workbook: Workbook, dir: tempfile::TempDir) -> Rig {
    rig_sized(workbook, dir, egui::vec2(1400.0, 900.0))
}

/// The editor on `workbook` in a window of `size` points (a narrow laptop screen, say).
pub fn rig_sized(workbook: Workbook, dir: tempfile::TempDir, size: egui::Vec2) -> Rig {
    build_rig(workbook, dir, size, true)
}

/// The editor on `workbook` where the in-app file dialog will be used. That dialog is
/// `egui_file`'s, whose folder and file-name fields carry no accessible names, so the harness's
/// accessibility check (which every other test keeps) is off here.
pub fn rig_for_in_app_dialogs(workbook: Workbook) -> Rig {
    let dir = tempfile::tempdir().expect("temporary folder");
    build_rig(workbook, dir, egui::vec2(1400.0, 900.0), false)
}

fn build_rig(
    workbook: Workbook,
    dir: tempfile::TempDir,
    size: egui::Vec2,
    accessibility_check: bool,
) -> Rig {
    let picker = ScriptedPicker::new();
    let mut app = EditorApp::new(Config {
        picker: Box::new(picker.clone()),
        recovery_dir: Some(dir.path().join("recovery")),
        settings: Settings::default(),
    });
    app.load_workbook(workbook, None);
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_max_steps(12)
        .with_accessibility_check(accessibility_check)
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut EditorApp| app.show(ui), app);
    harness.run();
    Rig {
        harness,
        picker,
        dir,
    }
}

/// A county-form table with a few indicators, one of them a percentage above 100%.
pub fn county_record(name: &str) -> Record {
    let mut record = Record::blank(Layout::CountyForm, Some(2026));
    record.header.name = name.into();
    record.header.department = "某县人力资源和社会保障局".into();
    record.header.implementer = "某县就业服务中心".into();
    record.header.project_kind = "一年期项目".into();
    record.header.duration = "1年".into();
    record.header.office = "社会保障室".into();
    record.header.amount.set_text("200000");
    record.header.goal = "完成年度招聘和培训任务。".into();
    let groups = &mut record.groups;
    groups[0].groups[0].indicators = vec![
        Indicator::new("招聘次数", "1次"),
        Indicator::new("培训次数", "2次"),
    ];
    groups[0].groups[1].indicators = vec![Indicator::new("招聘完成率", "100%")];
    groups[0].groups[2].indicators = vec![Indicator::new("完成时间", "2026年9月")];
    groups[0].groups[3].indicators = vec![Indicator::new("培训费用", "20 万元")];
    groups[1].groups[1].indicators = vec![Indicator::new("服务水平", "稳步提升")];
    groups[2].groups[0].indicators = vec![Indicator::new("服务对象满意度", "≥90%")];
    record
}

/// A workbook of three tables in two layouts.
pub fn sample_workbook() -> Workbook {
    let mut hebei = Record::blank(Layout::HebeiDisclosure, Some(2025));
    hebei.header.name = "劳动监察办案经费".into();
    hebei.header.amount.set_text("9.00");
    hebei.groups[0].groups[0].indicators = vec![Indicator {
        description: "查处举报投诉案件的数量".into(),
        basis: "年度工作计划".into(),
        ..Indicator::new("查处案件数量", "≥120件")
    }];
    Workbook {
        records: vec![
            county_record("事业单位招聘经费"),
            hebei,
            county_record("职业技能培训补助"),
        ],
    }
}

/// The tables of the document `name` under tests/fixtures, as the importer reads them.
pub fn fixture_workbook(name: &str) -> Workbook {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = std::fs::read_to_string(path).expect("fixture");
    jixiao::import::import_text(&text)
}

/// The accessible name of an indicator cell of the first record's tree.
pub fn indicator_cell(group: &str, row: usize, column: &str) -> String {
    format!("{group}/第{row}行 {column}")
}

/// The accessible name of `cell` of the indicator at `path` of `record`: its groups' labels
/// and its row.
pub fn cell_name(record: &Record, path: IndicatorPath, cell: IndicatorCell) -> String {
    let level1 = &record.groups[path.level1];
    let group = format!(
        "{}/{}",
        level1.label.trim(),
        level1.groups[path.level2].label.trim()
    );
    indicator_cell(&group, path.row.saturating_add(1), record.column_name(cell))
}

/// Chooses 文件 → `item` with the next file dialog answering `path`, and closes the notice of
/// what an indicator list could not split.
pub fn export_from_the_file_menu(rig: &mut Rig, item: &str, path: &Path) {
    rig.picker.answer(Some(path.to_path_buf()));
    rig.click("文件");
    rig.click(item);
    if matches!(rig.app().dialog(), Some(Dialog::Notice(_))) {
        rig.click("确定");
    }
}
