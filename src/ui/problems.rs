//! The problems panel: the findings of the selected record or of the whole workbook, each with
//! its quick fixes; clicking one goes to its field. A third tab lists what the importer noted
//! while reading the selected record.

use super::command::{Command, Commands};
use super::i18n::Lang;
use super::record_list::display_name;
use super::theme;
use super::view::{ProblemScope, ViewState};
use crate::check::Finding;
use crate::edit::editor::Editor;
use crate::model::Record;
use egui::{RichText, Sense, TextStyle, Ui};

/// Draws the panel.
pub fn problems_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &mut ViewState,
    lang: Lang,
    out: &mut Commands,
) {
    let selected = view.selected.filter(|&i| i < editor.len());
    let mut findings: Vec<&Finding> = match (view.scope, selected) {
        (ProblemScope::Record, Some(index)) => editor.findings().of_record(index).iter().collect(),
        (ProblemScope::Workbook, _) => editor.findings().all().collect(),
        (ProblemScope::Record | ProblemScope::ImportNotes, _) => Vec::new(),
    };
    // Table by table, errors before warnings before notes; otherwise in the engine's order.
    findings.sort_by_key(|f| (f.record, f.severity));
    let record = selected.and_then(|i| editor.record(i));
    header_ui(ui, editor, view, selected, &findings, lang, out);
    ui.separator();
    if view.scope == ProblemScope::ImportNotes {
        notes_ui(ui, record, lang);
    } else if findings.is_empty() {
        // In a scroll area like the list, so the panel keeps the size the user chose.
        egui::ScrollArea::vertical()
            .id_salt("no-problems")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!("✓ {}", lang.tr("没有发现问题")))
                        .color(theme::weak_text(ui.visuals())),
                );
            });
    } else {
        list_ui(ui, editor, view, &findings, lang, out);
    }
}

fn notes_ui(ui: &mut Ui, record: Option<&Record>, lang: Lang) {
    let notes = record.map_or(&[][..], |r| r.notes.as_slice());
    let row_height = ui.text_style_height(&TextStyle::Body) + 6.0;
    egui::ScrollArea::vertical()
        .id_salt("import-notes")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, notes.len(), |ui, range| {
            for note in notes.get(range).unwrap_or_default() {
                let text = format!(
                    "{}：{} → {}",
                    lang.tr("第{}行").replace("{}", &note.line.to_string()),
                    note.seen.trim(),
                    note.action
                );
                ui.add(egui::Label::new(text.clone()).truncate())
                    .on_hover_text(text);
            }
        });
}

fn header_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &mut ViewState,
    selected: Option<usize>,
    findings: &[&Finding],
    lang: Lang,
    out: &mut Commands,
) {
    ui.horizontal(|ui| {
        ui.heading(lang.tr("问题"));
        let counts = editor.findings().total();
        ui.label(
            RichText::new(lang.finding_counts(counts.errors, counts.warnings))
                .color(theme::weak_text(ui.visuals())),
        );
        ui.separator();
        ui.selectable_value(&mut view.scope, ProblemScope::Record, lang.tr("本表"));
        ui.selectable_value(&mut view.scope, ProblemScope::Workbook, lang.tr("全部"));
        let notes = selected
            .and_then(|i| editor.record(i))
            .map_or(0, |r| r.notes.len());
        if notes > 0 || view.scope == ProblemScope::ImportNotes {
            ui.selectable_value(
                &mut view.scope,
                ProblemScope::ImportNotes,
                format!("{}（{notes}）", lang.tr("导入说明")),
            );
        }
        if let Some(record) = selected {
            let fixable = findings
                .iter()
                .any(|f| f.record == record && !f.fixes.is_empty());
            if ui
                .add_enabled(fixable, egui::Button::new(lang.tr("全部修复")))
                .clicked()
            {
                out.push(Command::FixAll { record });
            }
        }
    });
}

fn list_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &ViewState,
    findings: &[&Finding],
    lang: Lang,
    out: &mut Commands,
) {
    let row_height = ui.text_style_height(&TextStyle::Body) + 6.0;
    egui::ScrollArea::vertical()
        .id_salt("problems")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, findings.len(), |ui, range| {
            for finding in findings.get(range).unwrap_or_default() {
                finding_row_ui(ui, editor, view, finding, lang, out);
            }
        });
}

fn finding_row_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &ViewState,
    finding: &Finding,
    lang: Lang,
    out: &mut Commands,
) {
    let Some(record) = editor.record(finding.record) else {
        return;
    };
    ui.horizontal(|ui| {
        let color = theme::severity_color(ui.visuals(), finding.severity);
        ui.label(
            RichText::new(format!(
                "{} {}",
                theme::severity_symbol(finding.severity),
                theme::severity_label(finding.severity, lang)
            ))
            .color(color),
        );
        ui.label(
            RichText::new(finding.code)
                .monospace()
                .color(theme::weak_text(ui.visuals())),
        );
        // The message stays in the forms' Chinese; in English the rule is named beside it.
        if lang == Lang::English {
            ui.label(RichText::new(lang.rule_title(finding.code)).strong());
        }
        let mut text = String::new();
        if view.scope == ProblemScope::Workbook {
            text.push_str(&format!(
                "{}. {} · ",
                finding.record + 1,
                display_name(record, lang)
            ));
        }
        text.push_str(&finding.place.describe(record));
        text.push('：');
        text.push_str(&finding.message);
        let response = ui
            .add(
                egui::Label::new(text.clone())
                    .truncate()
                    .sense(Sense::click()),
            )
            .on_hover_text(text);
        if response.clicked() {
            out.push(Command::Reveal {
                record: finding.record,
                place: finding.place,
            });
        }
        for fix in &finding.fixes {
            if ui.small_button(&fix.label).clicked() {
                out.push(Command::ApplyFix {
                    record: finding.record,
                    fix: fix.clone(),
                });
            }
        }
    });
}
