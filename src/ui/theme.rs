//! Colours and sizes, in one place, so light and dark both work and widgets hold no literals.

use super::i18n::Lang;
use crate::check::Severity;
use egui::{Color32, FontId, TextStyle, Visuals};
use serde::{Deserialize, Serialize};

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on light ground (the default: the official forms are printed on paper).
    #[default]
    Light,
    /// Light text on dark ground.
    Dark,
}

/// How large the editor's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextSize {
    /// 13 points.
    Small,
    /// 15 points (the default; Chinese needs more than egui's 12.5).
    #[default]
    Medium,
    /// 17 points.
    Large,
    /// 20 points.
    ExtraLarge,
}

impl TextSize {
    /// Every size, for the 视图 menu.
    pub const ALL: [TextSize; 4] = [
        TextSize::Small,
        TextSize::Medium,
        TextSize::Large,
        TextSize::ExtraLarge,
    ];

    /// Chinese name for the menu.
    pub fn label(self) -> &'static str {
        match self {
            TextSize::Small => "小",
            TextSize::Medium => "中",
            TextSize::Large => "大",
            TextSize::ExtraLarge => "特大",
        }
    }

    /// Body text size in points.
    fn body_points(self) -> f32 {
        match self {
            TextSize::Small => 13.0,
            TextSize::Medium => 15.0,
            TextSize::Large => 17.0,
            TextSize::ExtraLarge => 20.0,
        }
    }
}

/// Applies the theme and text size to the whole context.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice, size: TextSize) {
    let body = size.body_points();
    ctx.set_theme(match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    });
    ctx.all_styles_mut(|style| {
        use egui::FontFamily::{Monospace, Proportional};
        style.text_styles = [
            (TextStyle::Heading, FontId::new(body * 1.3, Proportional)),
            (TextStyle::Body, FontId::new(body, Proportional)),
            (TextStyle::Button, FontId::new(body, Proportional)),
            (TextStyle::Small, FontId::new(body * 0.8, Proportional)),
            (TextStyle::Monospace, FontId::new(body * 0.95, Monospace)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        style.spacing.button_padding = egui::vec2(6.0, 3.0);
        style.spacing.interact_size.y = body + 8.0;
    });
}

/// The colour that marks a finding of `severity`.
pub fn severity_color(visuals: &Visuals, severity: Severity) -> Color32 {
    match (severity, visuals.dark_mode) {
        (Severity::Error, false) => Color32::from_rgb(0xC6, 0x28, 0x28),
        (Severity::Error, true) => Color32::from_rgb(0xFF, 0x6B, 0x6B),
        (Severity::Warning, false) => Color32::from_rgb(0xB2, 0x6A, 0x00),
        (Severity::Warning, true) => Color32::from_rgb(0xFF, 0xB7, 0x4D),
        (Severity::Info, false) => Color32::from_rgb(0x1E, 0x63, 0xB5),
        (Severity::Info, true) => Color32::from_rgb(0x7F, 0xB2, 0xFF),
    }
}

/// The symbol shown before a finding of `severity`.
pub fn severity_symbol(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "●",
        Severity::Warning => "⚠",
        Severity::Info => "○",
    }
}

/// The name of `severity` in `lang`.
pub fn severity_label(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::Chinese) => "错误",
        (Severity::Warning, Lang::Chinese) => "警告",
        (Severity::Info, Lang::Chinese) => "提示",
        (Severity::Error, Lang::English) => "Error",
        (Severity::Warning, Lang::English) => "Warning",
        (Severity::Info, Lang::English) => "Note",
    }
}

/// A soft background for a field with a finding of `severity`.
pub fn severity_fill(visuals: &Visuals, severity: Severity) -> Color32 {
    severity_color(visuals, severity).gamma_multiply(if visuals.dark_mode { 0.18 } else { 0.10 })
}

/// The colour of the selected record in the list.
pub fn selection_fill(visuals: &Visuals) -> Color32 {
    visuals.selection.bg_fill
}

/// Weak text, for units, counts and hints.
pub fn weak_text(visuals: &Visuals) -> Color32 {
    visuals.weak_text_color()
}

/// The ground of a heading band (first-level group, section titles).
pub fn band_fill(visuals: &Visuals) -> Color32 {
    visuals.faint_bg_color
}

/// Sizes used by more than one widget.
pub mod size {
    /// Default width of the record list.
    pub const RECORD_LIST_WIDTH: f32 = 320.0;
    /// Default height of the problems panel.
    pub const PROBLEMS_HEIGHT: f32 = 190.0;
    /// Width of a header field's label column.
    pub const LABEL_WIDTH: f32 = 132.0;
    /// Width of a money cell's label column.
    pub const MONEY_LABEL_WIDTH: f32 = 172.0;
    /// Width of the amount field with its unit.
    pub const AMOUNT_WIDTH: f32 = 240.0;
    /// Width of a money cell.
    pub const MONEY_WIDTH: f32 = 110.0;
    /// Width of an indicator's value cell.
    pub const VALUE_WIDTH: f32 = 150.0;
    /// Width of a weight or score cell.
    pub const SCORE_WIDTH: f32 = 56.0;
    /// Width of a sign, unit, nature or direction cell (`大于等于` on one line).
    pub const NARROW_WIDTH: f32 = 72.0;
    /// Width of a split target's number (目标值 beside 计量单位).
    pub const TARGET_WIDTH: f32 = 90.0;
    /// Smallest width of a text column that shares the row with others (描述, 依据, 偏差原因).
    pub const TEXT_MIN_WIDTH: f32 = 120.0;
    /// Smallest width of an indicator name cell.
    pub const NAME_MIN_WIDTH: f32 = 200.0;
    /// Width of the row-number column.
    pub const ROW_NUMBER_WIDTH: f32 = 28.0;
    /// Windows shorter than this start with the form's blocks above the indicators folded.
    pub const FOLD_BELOW_HEIGHT: f32 = 880.0;
    /// Stroke width of a finding's mark around a field.
    pub const MARK_STROKE: f32 = 1.5;
}
