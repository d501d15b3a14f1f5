//! One editable cell of the form: its text field, its findings marked in place, keyboard moves
//! between cells, and the focus a clicked finding asks for.

use super::command::{Command, Commands};
use super::theme::{self, size};
use super::view::ViewState;
use crate::check::{Finding, Severity};
use crate::model::{Place, Record};
use egui::{Align, Event, EventFilter, Id, Key, Modifiers, Response, TextEdit, Ui};

/// How a cell's text is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    /// One line (names, departments); Enter moves on.
    Line,
    /// Text that wraps in a fixed width (indicator cells); Enter moves on.
    Wrapped,
    /// Paragraphs (goals); Enter starts a new line.
    Paragraph,
    /// A number, right-aligned; Enter moves on.
    Number,
}

/// How a cell is named for screen readers and tests.
#[derive(Debug, Clone)]
pub enum CellName {
    /// By the visible label with this id.
    LabelledBy(Id),
    /// By this text, when no label is next to it (grid cells).
    Accessible(String),
}

/// Gives completions for the text typed so far.
pub type Suggest<'a> = &'a dyn Fn(&str) -> Vec<Completion>;

/// A completion: the text it writes, and what it also writes elsewhere when picked (an
/// indicator's typical value into its value cell, which is then focused for editing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The text the cell gets.
    pub text: String,
    /// A further cell and its text, shown beside the completion in the list.
    pub also: Option<(Place, String)>,
}

/// What the cell shows and edits.
pub struct Cell<'a> {
    /// The field.
    pub place: Place,
    /// How it is edited.
    pub kind: CellKind,
    /// Its width in points.
    pub width: f32,
    /// Its accessible name.
    pub name: CellName,
    /// Grey text shown while it is empty.
    pub hint: &'a str,
    /// Completions for the text typed so far, if the cell offers any.
    pub suggest: Option<Suggest<'a>>,
    /// Text shown on hover beside the findings (a narrow cell's full text, a joined target).
    pub tooltip: Option<String>,
}

/// The editor's egui id of the cell for `place` of record `record`.
pub fn cell_id(record: usize, place: Place) -> Id {
    Id::unique(("jixiao-cell", record, place))
}

/// Where Tab and Enter go: the cells in the order they were drawn this frame.
#[derive(Debug, Default)]
pub struct Navigation {
    order: Vec<Place>,
    request: Option<(Place, bool)>,
}

impl Navigation {
    /// Moves the keyboard to the cell after (or before) the one that asked, if there is one.
    pub fn finish(self, ctx: &egui::Context, record: usize) {
        let Some((from, forward)) = self.request else {
            return;
        };
        let Some(position) = self.order.iter().position(|p| *p == from) else {
            return;
        };
        let target = if forward {
            self.order.get(position + 1)
        } else {
            position.checked_sub(1).and_then(|p| self.order.get(p))
        };
        if let Some(target) = target {
            ctx.memory_mut(|m| m.request_focus(cell_id(record, *target)));
        }
    }
}

/// What every cell of one record's form shares.
pub struct CellCtx<'a> {
    /// Index of the record.
    pub index: usize,
    /// The record.
    pub record: &'a Record,
    /// Its findings.
    pub findings: &'a [Finding],
    /// Window state (pending focus, IME).
    pub view: &'a mut ViewState,
    /// Where edits go.
    pub out: &'a mut Commands,
    /// Tab order.
    pub nav: Navigation,
}

impl CellCtx<'_> {
    /// The worst severity and the messages of the findings at `place`.
    pub fn marks(&self, place: Place) -> Option<(Severity, String)> {
        let mut worst: Option<Severity> = None;
        let mut messages = Vec::new();
        for finding in self.findings.iter().filter(|f| f.place == place) {
            worst = Some(worst.map_or(finding.severity, |w| w.min(finding.severity)));
            messages.push(format!(
                "{} {}（{}）",
                theme::severity_symbol(finding.severity),
                finding.message,
                finding.code
            ));
        }
        worst.map(|w| (w, messages.join("\n")))
    }

    /// Draws the cell.
    pub fn cell_ui(&mut self, ui: &mut Ui, cell: Cell<'_>) -> Response {
        let id = cell_id(self.index, cell.place);
        self.nav.order.push(cell.place);
        self.take_navigation_keys(ui, id, cell.place, cell.kind);

        let original = self.record.text_at(cell.place).unwrap_or_default();
        let mut text = original.to_owned();
        let marks = self.marks(cell.place);
        let mut edit = match cell.kind {
            CellKind::Line => TextEdit::singleline(&mut text),
            CellKind::Number => TextEdit::singleline(&mut text).align(egui::Align2::RIGHT_CENTER),
            CellKind::Wrapped => TextEdit::multiline(&mut text)
                .desired_rows(1)
                .return_key(None),
            CellKind::Paragraph => TextEdit::multiline(&mut text).desired_rows(3),
        }
        .id(id)
        .desired_width(cell.width)
        .hint_text(cell.hint)
        .event_filter(EventFilter {
            tab: true,
            horizontal_arrows: true,
            vertical_arrows: cell.kind == CellKind::Paragraph || cell.kind == CellKind::Wrapped,
            escape: false,
        });
        if let Some((severity, _)) = &marks {
            edit = edit.background_color(theme::severity_fill(ui.visuals(), *severity));
        }
        let mut offered: Vec<Completion> = Vec::new();
        let mut also = None;
        let response = match cell.suggest {
            Some(suggest) => {
                let output = egui::CompletionPopup::new(id)
                    .word_boundary(|_| false)
                    .show(ui, edit, |query| {
                        if query.word.trim().is_empty() {
                            Vec::new()
                        } else {
                            offered = suggest(query.word);
                            offered
                                .iter()
                                .map(|c| {
                                    let shown = egui::Suggestion::new(c.text.clone());
                                    match &c.also {
                                        Some((_, value)) if !value.is_empty() => {
                                            shown.description(value.clone())
                                        }
                                        _ => shown,
                                    }
                                })
                                .collect()
                        }
                    });
                let picked = output.accepted.as_ref().and_then(|a| {
                    offered
                        .iter()
                        .find(|c| c.text == a.insert)
                        .and_then(|c| c.also.clone())
                });
                if let Some((place, value)) = picked.filter(|(_, v)| !v.is_empty()) {
                    also = Some((place, value));
                }
                // While the list is open, Enter and Tab choose from it instead of moving on.
                if output.is_open {
                    self.view.completing = Some(id);
                } else if self.view.completing == Some(id) {
                    self.view.completing = None;
                }
                output.text_edit.response.response
            }
            None => edit.show(ui).response.response,
        };
        let response = match cell.name {
            CellName::LabelledBy(label) => response.labelled_by(label),
            CellName::Accessible(name) => response.accessible_name(name),
        };

        let mut hover = Vec::new();
        if let Some((severity, messages)) = marks {
            let color = theme::severity_color(ui.visuals(), severity);
            ui.painter().rect_stroke(
                response.rect,
                ui.visuals().widgets.inactive.corner_radius,
                egui::Stroke::new(size::MARK_STROKE, color),
                egui::StrokeKind::Outside,
            );
            hover.push(messages);
        }
        hover.extend(cell.tooltip);
        if !hover.is_empty() {
            response.clone().on_hover_text(hover.join("\n"));
        }
        if text != original {
            self.out.push(Command::SetText {
                record: self.index,
                place: cell.place,
                text,
            });
        }
        if let Some((place, value)) = also {
            self.out.push(Command::SetText {
                record: self.index,
                place,
                text: value,
            });
            // The value is the part most often changed: it gets the focus.
            self.view.reveal = Some(place);
        }
        if self.view.reveal == Some(cell.place) {
            self.view.reveal = None;
            response.request_focus();
            response.scroll_to_me(Some(Align::Center));
        }
        response
    }

    /// Takes Tab (and Enter where it does not start a line) away from a focused cell before it
    /// sees them, and remembers where to move; never while an input method is composing.
    fn take_navigation_keys(&mut self, ui: &Ui, id: Id, place: Place, kind: CellKind) {
        if ui.memory(|m| m.has_focus(id)) {
            self.view.focused_cell = Some((self.index, place));
        }
        if self.view.composing
            || self.view.completing == Some(id)
            || !ui.memory(|m| m.has_focus(id))
        {
            return;
        }
        let forward = ui.input_mut(|input| {
            if input.consume_key(Modifiers::SHIFT, Key::Tab) {
                Some(false)
            } else if input.consume_key(Modifiers::NONE, Key::Tab)
                || (kind != CellKind::Paragraph && input.consume_key(Modifiers::NONE, Key::Enter))
            {
                Some(true)
            } else {
                None
            }
        });
        if let Some(forward) = forward {
            self.nav.request = Some((place, forward));
        }
    }
}

/// Removes Enter and Tab key presses while an input method composes, so they reach it and not
/// the form; returns whether a composition is going on after this frame's events.
pub fn guard_composition(ctx: &egui::Context, composing: bool) -> bool {
    ctx.input_mut(|input| {
        let mut composing_now = composing;
        let mut busy = composing;
        for event in &input.events {
            if let Event::Ime(ime) = event {
                busy = true;
                composing_now = match ime {
                    egui::ImeEvent::Preedit { text, .. } => !text.is_empty(),
                    _ => false,
                };
            }
        }
        if busy {
            input.events.retain(|event| {
                !matches!(
                    event,
                    Event::Key {
                        key: Key::Enter | Key::Tab,
                        ..
                    }
                )
            });
        }
        composing_now
    })
}
