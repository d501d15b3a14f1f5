//! 建议得分: the score the scoring rules give a self-evaluation row, shown read-only beside the
//! 得分 the user enters, with the computation on hover; and the suggested total beside 总分.
//! The computing is [`crate::check::score`]'s; this only draws it.

use super::theme::{self, size};
use crate::check::score::{self, Suggested, Unscorable};
use crate::model::{Indicator, Level2, Record};
use egui::{RichText, Ui};

/// The heading of the column.
pub const HEADING: &str = "建议得分";

/// Whether `record` gets the column: a self-evaluation whose rows carry scores.
pub fn applies(record: &Record) -> bool {
    record.evaluation.is_some()
}

/// The read-only 建议得分 cell of one row, named `name` for screen readers and tests.
pub fn row_ui(
    ui: &mut Ui,
    record: &Record,
    level2: Level2,
    indicator: Option<&Indicator>,
    name: &str,
) {
    let result = indicator.map(|ind| score::suggest_in(record, level2, ind));
    let (text, hover) = match &result {
        Some(Ok(Suggested { score, formula })) => (score.show(), formula.clone()),
        Some(Err(why)) => (String::from("—"), why.to_string()),
        None => (String::new(), String::new()),
    };
    // A row without a weight has nothing to suggest: no dash, no hover to explain it.
    let silent = matches!(result, Some(Err(Unscorable::NoWeight)) | None);
    let shown = if silent { String::new() } else { text };
    let colour = theme::weak_text(ui.visuals());
    let response = ui.add_sized(
        [size::SCORE_WIDTH, ui.spacing().interact_size.y],
        egui::Label::new(RichText::new(&shown).color(colour)).truncate(),
    );
    let spoken = format!("{name}：{shown}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
    if !silent {
        response.on_hover_text(hover);
    }
}

/// `建议总分 88–90（1 项无法计算）` beside 总分, the rows that could not be scored on hover.
pub fn total_ui(ui: &mut Ui, record: &Record) {
    let Some(total) = score::total(record) else {
        return;
    };
    let mut text = format!("{}：{}", "建议总分", total.score.show());
    if total.unscored > 0 {
        text.push_str(&format!("（{} 项无法计算）", total.unscored));
    }
    ui.add_space(12.0);
    ui.label(RichText::new(&text).color(theme::weak_text(ui.visuals())))
        .on_hover_text("执行率与各项指标按评分规则计算的得分之和；定性指标按档次计为区间");
}
