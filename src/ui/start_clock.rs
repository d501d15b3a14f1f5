//! How long the editor takes from launch to its first frame on screen, for `docs/perf.md`.
//!
//! With [`VARIABLE`] set to the launch time in nanoseconds since the Unix epoch (what
//! `date +%s%N` prints just before starting the program), the editor prints the time since
//! launch at each step of its start, up to the first frame drawn, and closes.

use super::app::EditorApp;
use std::time::{Duration, SystemTime};

/// The environment variable that turns the measurement on.
pub const VARIABLE: &str = "JIXIAO_MEASURE_START";

/// The launch time, and what has been printed.
pub struct StartClock {
    launched: SystemTime,
}

impl StartClock {
    /// The clock, when the measurement is asked for; a value that is no time counts from now.
    pub fn from_env() -> Option<StartClock> {
        let value = std::env::var(VARIABLE).ok()?;
        let launched = value
            .trim()
            .parse::<u64>()
            .ok()
            .map(|ns| SystemTime::UNIX_EPOCH + Duration::from_nanos(ns))
            .unwrap_or_else(SystemTime::now);
        Some(StartClock { launched })
    }

    /// Prints how long after launch `step` was reached.
    pub fn mark(&self, step: &str) {
        let since = SystemTime::now()
            .duration_since(self.launched)
            .unwrap_or_default();
        eprintln!(
            "{VARIABLE}: {:>7.1} ms  {step}",
            since.as_secs_f64() * 1000.0
        );
    }
}

/// The editor, timed until its first frame is on screen.
pub struct Timed {
    /// The editor.
    pub app: EditorApp,
    /// The clock.
    pub clock: StartClock,
    /// Whether the first frame was reported (closing takes another frame).
    pub reported: bool,
}

impl eframe::App for Timed {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // The first frame is on screen once the second one starts.
        if ctx.cumulative_frame_nr() > 0 {
            if !self.reported {
                self.clock.mark("first frame on screen");
                self.reported = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            return;
        }
        eframe::App::ui(&mut self.app, ui, frame);
        self.clock.mark("first frame laid out");
        ctx.request_repaint();
    }
}
