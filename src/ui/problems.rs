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
use crate::edit::findings::Line;
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
    let scope = match (view.scope, selected) {
        (ProblemScope::Record, Some(index)) => Some(Some(index)),
        (ProblemScope::Workbook, _) => Some(None),
        (ProblemScope::Record | ProblemScope::ImportNotes, _) => None,
    };
    let lines = scope.map_or_else(Vec::new, |scope| editor.findings().lines(scope));
    let record = selected.and_then(|i| editor.record(i));
    header_ui(ui, editor, view, selected, lang, out);
    ui.separator();
    if view.scope == ProblemScope::ImportNotes {
        notes_ui(ui, record, lang);
    } else if lines.is_empty() {
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
        list_ui(ui, editor, view, &rows(&lines, view), lang, out);
    }
}

/// A row of the list: a finding, a folded line, or a finding shown under its opened-out line.
enum Row<'a> {
    Finding(&'a Finding),
    Fold {
        record: usize,
        code: &'static str,
        findings: &'a [&'a Finding],
    },
    Inside(&'a Finding),
}

fn rows<'a>(lines: &'a [Line<'a>], view: &ViewState) -> Vec<Row<'a>> {
    let mut rows = Vec::with_capacity(lines.len());
    for line in lines {
        match line {
            Line::One(finding) => rows.push(Row::Finding(finding)),
            Line::Folded {
                record,
                code,
                findings,
            } => {
                rows.push(Row::Fold {
                    record: *record,
                    code,
                    findings,
                });
                if view.unfolded.contains(record) {
                    rows.extend(findings.iter().map(|f| Row::Inside(f)));
                }
            }
        }
    }
    rows
}

fn notes_ui(ui: &mut Ui, record: Option<&Record>, lang: Lang) {
    let notes = record.map_or(&[][..], |r| r.notes.as_slice());
    let row_height = ui.text_style_height(&TextStyle::Body) + 6.0;
    egui::ScrollArea::vertical()
        .id_salt("import-notes")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, notes.len(), |ui, range| {
            for note in notes.get(range).unwrap_or_default() {
                let text = lang.import_note(note);
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
    lang: Lang,
    out: &mut Commands,
) {
    ui.horizontal(|ui| {
        ui.heading(lang.tr("问题"));
        let counts = match view.scope {
            ProblemScope::Workbook => editor.findings().total(),
            ProblemScope::Record | ProblemScope::ImportNotes => selected
                .map(|i| editor.findings().counts(i))
                .unwrap_or_default(),
        };
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
            let fixable = editor
                .findings()
                .of_record(record)
                .iter()
                .any(|f| !f.fixes.is_empty());
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
    view: &mut ViewState,
    rows: &[Row<'_>],
    lang: Lang,
    out: &mut Commands,
) {
    let row_height = ui.text_style_height(&TextStyle::Body) + 6.0;
    let mut list = egui::ScrollArea::vertical()
        .id_salt("problems")
        .auto_shrink([false, false]);
    // The list of one table starts at its top: the previous table's position could hide an error.
    if view.new_table && view.scope == ProblemScope::Record {
        list = list.vertical_scroll_offset(0.0);
    }
    list.show_rows(ui, row_height, rows.len(), |ui, range| {
        for row in rows.get(range).unwrap_or_default() {
            match row {
                Row::Finding(finding) => finding_row_ui(ui, editor, view, finding, lang, out),
                Row::Inside(finding) => {
                    ui.horizontal(|ui| {
                        ui.add_space(24.0);
                        finding_row_ui(ui, editor, view, finding, lang, out);
                    });
                }
                Row::Fold {
                    record,
                    code,
                    findings,
                } => fold_row_ui(ui, editor, view, (*record, code), findings, lang, out),
            }
        }
    });
}

/// One line for every finding of a folded rule on a table, with one button for all their fixes.
fn fold_row_ui(
    ui: &mut Ui,
    editor: &Editor,
    view: &mut ViewState,
    (record, code): (usize, &'static str),
    findings: &[&Finding],
    lang: Lang,
    out: &mut Commands,
) {
    let (Some(table), Some(first)) = (editor.record(record), findings.first()) else {
        return;
    };
    ui.horizontal(|ui| {
        severity_ui(ui, first, lang);
        let open = view.unfolded.contains(&record);
        let mut text = String::new();
        if view.scope == ProblemScope::Workbook {
            text.push_str(&format!("{}. {} · ", record + 1, display_name(table, lang)));
        }
        text.push_str(
            &lang
                .tr("{} 处数值格式（空格等）")
                .replace("{}", &findings.len().to_string()),
        );
        let toggle = if open {
            lang.tr("收起")
        } else {
            lang.tr("展开")
        };
        let line = ui.add(egui::Label::new(text).truncate().sense(Sense::click()));
        if line.clicked() || ui.small_button(toggle).clicked() {
            if open {
                view.unfolded.remove(&record);
            } else {
                view.unfolded.insert(record);
            }
        }
        if findings.iter().any(|f| !f.fixes.is_empty())
            && ui.small_button(lang.tr("全部改为规范写法")).clicked()
        {
            out.push(Command::FixRule { record, code });
        }
    });
}

fn severity_ui(ui: &mut Ui, finding: &Finding, lang: Lang) {
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
        severity_ui(ui, finding, lang);
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
