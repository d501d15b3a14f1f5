//! Frame time of the editor on a generated workbook of 1,000 tables, while scrolling the record
//! list and while typing in a field.
//!
//! Two measures per scenario:
//! - *egui pass + tessellation*: what eframe does on the CPU each frame before handing triangles to
//!   the GPU (`Context::run_ui` around the real `EditorApp::show`, then `Context::tessellate`);
//! - *kittest step*: the same frame driven through the `egui_kittest` harness, which also builds
//!   the AccessKit tree every frame (the real application only does that for a screen reader).
//!
//! Run with `cargo run --release --example ui_frame_time`; `docs/perf.md` (section Editor) has the
//! figures.

use egui::{Event, Modifiers, MouseWheelSource, MouseWheelUnit, RawInput, TouchPhase, pos2, vec2};
use jixiao::layout::Layout;
use jixiao::model::{HeaderField, Indicator, Place, Record, Workbook};
use jixiao::ui::command::Command;
use jixiao::ui::picker::ScriptedPicker;
use jixiao::ui::settings::Settings;
use jixiao::ui::{Config, EditorApp, fonts};
use std::time::{Duration, Instant};

const RECORDS: usize = 1000;
const FRAMES: usize = 300;
const SCREEN: egui::Vec2 = egui::Vec2::new(1600.0, 1000.0);

fn main() {
    let workbook = generated_workbook(RECORDS);
    println!(
        "# Editor frame time: {RECORDS} tables, {FRAMES} frames per scenario, window {}×{}\n",
        SCREEN.x, SCREEN.y
    );
    println!("| scenario | measure | median | p90 | max |");
    println!("| --- | --- | --- | --- | --- |");
    for scenario in [Scenario::ScrollList, Scenario::Typing] {
        report(
            scenario,
            "egui pass + tessellation",
            &raw_frames(&workbook, scenario),
        );
        report(
            scenario,
            "kittest step",
            &kittest_frames(&workbook, scenario),
        );
    }
}

#[derive(Debug, Clone, Copy)]
enum Scenario {
    ScrollList,
    Typing,
}

impl Scenario {
    fn label(self) -> &'static str {
        match self {
            Scenario::ScrollList => "scrolling the record list",
            Scenario::Typing => "typing in an indicator value",
        }
    }

    /// The events of frame `i`.
    fn events(self, i: usize) -> Vec<Event> {
        match self {
            Scenario::ScrollList => vec![
                Event::PointerMoved(pos2(150.0, 500.0)),
                Event::MouseWheel {
                    unit: MouseWheelUnit::Point,
                    delta: vec2(0.0, if (i / 100) % 2 == 0 { -45.0 } else { 45.0 }),
                    phase: TouchPhase::Move,
                    source: MouseWheelSource::Unknown,
                    modifiers: Modifiers::NONE,
                },
            ],
            Scenario::Typing => {
                let text = ["≥", "9", "5", "%", "左", "右"][i % 6];
                vec![Event::Text(text.to_owned())]
            }
        }
    }
}

fn report(scenario: Scenario, measure: &str, frames: &[Duration]) {
    let mut sorted = frames.to_vec();
    sorted.sort();
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
    println!(
        "| {} | {measure} | {} | {} | {} |",
        scenario.label(),
        ms(at(0.5)),
        ms(at(0.9)),
        ms(*sorted.last().unwrap_or(&Duration::ZERO))
    );
}

fn editor(workbook: &Workbook) -> EditorApp {
    let mut app = EditorApp::new(Config {
        picker: Box::new(ScriptedPicker::new()),
        recovery_dir: None,
        settings: Settings::default(),
    });
    app.load_workbook(workbook.clone(), None);
    app
}

/// The field typed into: the value of the first quality indicator of table 500.
fn typing_target() -> Command {
    Command::Reveal {
        record: RECORDS / 2,
        place: Place::Indicator(
            jixiao::model::IndicatorPath {
                level1: 0,
                level2: 1,
                row: 0,
            },
            jixiao::model::IndicatorCell::Value,
        ),
    }
}

fn raw_frames(workbook: &Workbook, scenario: Scenario) -> Vec<Duration> {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let mut app = editor(workbook);
    let mut time = 0.0;
    let mut frame = |app: &mut EditorApp, events: Vec<Event>| {
        time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(pos2(0.0, 0.0), SCREEN)),
            time: Some(time),
            events,
            ..RawInput::default()
        };
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| app.show(ui));
        let _primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        start.elapsed()
    };
    if matches!(scenario, Scenario::Typing) {
        app.push(typing_target());
    }
    for _ in 0..10 {
        frame(&mut app, Vec::new());
    }
    let frames = (0..FRAMES)
        .map(|i| frame(&mut app, scenario.events(i)))
        .collect();
    check_typed(&app, scenario);
    frames
}

/// Proves the typing scenario typed into the field (a measure of nothing would look fast).
fn check_typed(app: &EditorApp, scenario: Scenario) {
    if let (Scenario::Typing, Command::Reveal { record, place }) = (scenario, typing_target()) {
        let text = app
            .editor()
            .record(record)
            .and_then(|r| r.text_at(place))
            .unwrap_or_default();
        assert!(
            text.chars().count() >= FRAMES,
            "typing did not reach the field: {text:?}"
        );
    }
}

fn kittest_frames(workbook: &Workbook, scenario: Scenario) -> Vec<Duration> {
    let mut app = editor(workbook);
    if matches!(scenario, Scenario::Typing) {
        app.push(typing_target());
    }
    let mut harness = egui_kittest::Harness::builder()
        .with_size(SCREEN)
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut EditorApp| app.show(ui), app);
    for _ in 0..10 {
        harness.step();
    }
    let frames = (0..FRAMES)
        .map(|i| {
            for event in scenario.events(i) {
                harness.input_mut().events.push(event);
            }
            let start = Instant::now();
            harness.step();
            start.elapsed()
        })
        .collect();
    check_typed(harness.state(), scenario);
    frames
}

/// `count` tables of every layout, each with a full header and a dozen indicators.
fn generated_workbook(count: usize) -> Workbook {
    let records = (0..count)
        .map(|i| {
            let layout = Layout::ALL[i % Layout::ALL.len()];
            let mut record = Record::blank(layout, Some(2026));
            for (field, text) in [
                (HeaderField::Name, format!("第{i}号项目专项资金")),
                (HeaderField::Department, format!("第{}部门", i % 37)),
                (HeaderField::Implementer, format!("第{}实施单位", i % 91)),
                (HeaderField::ProjectKind, "一年期项目".to_owned()),
                (HeaderField::Duration, "1年".to_owned()),
                (HeaderField::Amount, format!("{}", 100 + i)),
                (
                    HeaderField::Goal,
                    "目标 1：完成年度任务；目标 2：提高服务质量。".to_owned(),
                ),
            ] {
                record.set_text_at(Place::Header(field), &text);
            }
            for group in &mut record.groups {
                for sub in &mut group.groups {
                    for row in 0..2 {
                        let mut indicator = Indicator::new(
                            format!("{}{row}", sub.label),
                            format!("≥{}%", 80 + row),
                        );
                        if layout.has_description_columns() {
                            indicator.description = "反映任务完成情况".into();
                            indicator.basis = "年度工作计划".into();
                        }
                        sub.indicators.push(indicator);
                    }
                }
            }
            record
        })
        .collect();
    Workbook { records }
}
