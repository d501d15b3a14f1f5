//! The egui editor: a thin window over the library for drafting and correcting tables with live
//! checks, in Chinese.
//!
//! The document lives in [`crate::edit::editor::Editor`] (workbook, clean copy, undo history, findings); the
//! window state in [`view::ViewState`]; drawing code reads both and returns [`command::Command`]s
//! that [`app::EditorApp`] applies once per frame. Nothing here decides what is wrong with a table:
//! that is [`crate::check`]; nothing here lays out the canonical text: that is [`crate::export`].

pub mod action;
pub mod app;
pub mod cell;
pub mod command;
pub mod compare;
pub mod dialogs;
pub mod file_dialog;
pub mod fonts;
pub mod getting_started;
pub mod i18n;
pub mod indicator_grid;
pub mod menu;
pub mod picker;
pub mod preview;
pub mod problems;
pub mod record_form;
pub mod record_list;
pub mod settings;
pub mod start_clock;
pub mod suggested_score;
pub mod theme;
pub mod toast;
pub mod view;
pub mod words;

pub use app::{Config, EditorApp};

use std::path::PathBuf;

/// The application id: names the settings and recovery folder.
pub const APP_ID: &str = "jixiao";

/// The window icon: 64×64 RGBA pixels.
static ICON_RGBA: &[u8] = include_bytes!("../../assets/icon-64.rgba");

/// Opens the editor window on `file` (a workbook or table text), or on the bundled example.
pub fn run(file: Option<PathBuf>) -> Result<(), String> {
    let icon = egui::IconData {
        rgba: ICON_RGBA.to_vec(),
        width: 64,
        height: 64,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("jixiao 绩效")
            .with_app_id(APP_ID)
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_icon(icon),
        ..eframe::NativeOptions::default()
    };
    let clock = start_clock::StartClock::from_env();
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            if let Some(clock) = &clock {
                clock.mark("window and graphics ready");
            }
            fonts::install(&cc.egui_ctx);
            let settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, settings::STORAGE_KEY))
                .unwrap_or_default();
            let recovery_dir = eframe::storage_dir(APP_ID).map(|d| d.join("recovery"));
            let mut app = EditorApp::new(Config {
                picker: Box::new(picker::NativePicker),
                recovery_dir,
                settings,
            });
            app.open_startup(file);
            crate::edit::recovery::install_panic_hook(app.recovery_latest());
            match clock {
                Some(clock) => {
                    clock.mark("editor made, file opened");
                    Ok(Box::new(start_clock::Timed {
                        app,
                        clock,
                        reported: false,
                    }))
                }
                None => Ok(Box::new(app)),
            }
        }),
    )
    .map_err(|e| e.to_string())
}
