//! Frame time of the editor on a generated workbook of 1,000 tables, while scrolling the record
//! list and while typing in a field.
//!
//! Two measures per scenario:
//! - *egui pass + tessellation*: what eframe does on the CPU each frame before handing triangles to
//!   the GPU (`Context::run_ui` around the real `EditorApp::show`, then `Context::tessellate`);
//! - *kittest step*: the same frame driven through the `egui_kittest` harness, which also builds
//!   the AccessKit tree every frame (the real application only does that for a screen reader).
//!
//! The workbook is `benches/support/workbook_gen.rs` with seed 7 (all five layouts, about a
//! quarter of the tables with a planted mistake), so the live checks have findings to report.
//! Run with `cargo run --release --example ui_frame_time`; `docs/perf.md` (section Editor) has the
//! figures.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "../benches/support/workbook_gen.rs"]
mod workbook_gen;

use egui::{Event, Modifiers, MouseWheelSource, MouseWheelUnit, RawInput, TouchPhase, pos2, vec2};
use jixiao::model::{IndicatorCell, Place, Workbook};
use jixiao::ui::command::Command;
use jixiao::ui::picker::ScriptedPicker;
use jixiao::ui::settings::Settings;
use jixiao::ui::{Config, EditorApp, fonts};
use std::time::{Duration, Instant};

const RECORDS: usize = 1000;
const FRAMES: usize = 300;
const SCREEN: egui::Vec2 = egui::Vec2::new(1600.0, 1000.0);

fn main() {
    let workbook = workbook_gen::generate(RECORDS, 7);
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
                    delta: vec2(
                        0.0,
                        if (i / 100).is_multiple_of(2) {
                            -45.0
                        } else {
                            45.0
                        },
                    ),
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

/// The field typed into: the value of the first indicator of the middle table.
fn typing_target(workbook: &Workbook) -> Command {
    let record = RECORDS / 2;
    let path = workbook.records[record]
        .indicators()
        .next()
        .map(|(path, ..)| path)
        .expect("generated tables have indicators");
    Command::Reveal {
        record,
        place: Place::Indicator(path, IndicatorCell::Value),
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
        app.push(typing_target(workbook));
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
    let target = typing_target(app.editor().workbook());
    if let (Scenario::Typing, Command::Reveal { record, place }) = (scenario, target) {
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
        app.push(typing_target(workbook));
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
