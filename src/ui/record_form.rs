//! The centre of the window: the selected record as the official form lays it out — header,
//! money, goals — followed by its indicator tree.

use super::cell::{Cell, CellCtx, CellKind, CellName};
use super::command::Command;
use super::i18n::Lang;
use super::indicator_grid;
use super::record_text::RecordText;
use super::suggestions::{self, NameIndex};
use super::theme::{self, size};
use crate::check::Severity;
use crate::layout::Layout;
use crate::model::{Funding, HeaderField, MoneyCell, MoneyUnit, Place};
use egui::{RichText, Ui};

/// Draws the whole form of the record in `cells`.
pub fn record_form_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, names: &NameIndex, lang: Lang) {
    record_findings_ui(ui, cells);
    section(ui, lang.tr("表格信息"), |ui| {
        table_info_ui(ui, cells, lang)
    });
    section(ui, lang.tr("项目信息"), |ui| header_ui(ui, cells));
    money_sections_ui(ui, cells, lang);
    section(ui, lang.tr("绩效目标"), |ui| goals_ui(ui, cells));
    section(ui, lang.tr("绩效指标"), |ui| {
        indicator_grid::indicator_tree_ui(ui, cells, names, lang);
    });
}

/// A titled block of the form.
fn section(ui: &mut Ui, title: &str, body: impl FnOnce(&mut Ui)) {
    ui.add_space(6.0);
    egui::Frame::new()
        .fill(theme::band_fill(ui.visuals()))
        .inner_margin(egui::Margin::symmetric(8, 4))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title).strong());
        });
    ui.add_space(2.0);
    body(ui);
}

/// Findings about the record as a whole, which no field can show.
fn record_findings_ui(ui: &mut Ui, cells: &CellCtx<'_>) {
    for finding in cells.findings.iter().filter(|f| f.place == Place::Record) {
        let color = theme::severity_color(ui.visuals(), finding.severity);
        ui.label(
            RichText::new(format!(
                "{} {}（{}）",
                theme::severity_symbol(finding.severity),
                finding.message,
                finding.code
            ))
            .color(color),
        );
    }
}

fn table_info_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let record = cells.record;
    ui.horizontal_wrapped(|ui| {
        let weak = theme::weak_text(ui.visuals());
        ui.label(RichText::new(lang.tr("表格格式")).color(weak));
        ui.label(record.layout.label());
        ui.separator();
        ui.label(RichText::new(lang.tr("指标口径")).color(weak));
        ui.label(record.scheme.label());
    });
    ui.horizontal(|ui| {
        let label = ui.label(lang.tr("标题"));
        let width = (ui.available_width() - 380.0).max(200.0);
        record_text_ui(ui, cells, RecordText::Title, label.id, width, false);
        ui.add_space(12.0);
        let label = ui.label(HeaderField::Year.label());
        year_cell_ui(ui, cells, label.id);
        ui.add_space(12.0);
        let unit_label = ui.label(lang.tr("金额单位"));
        for unit in MoneyUnit::ALL {
            let response = ui
                .selectable_label(record.unit == unit, unit.label())
                .labelled_by(unit_label.id);
            if response.clicked() && record.unit != unit {
                cells.out.push(Command::SetUnit {
                    record: cells.index,
                    unit,
                });
            }
        }
    });
}

/// The budget year: a number cell whose text is the year.
fn year_cell_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, label: egui::Id) {
    let place = Place::Header(HeaderField::Year);
    let original = cells.record.year.map(|y| y.to_string()).unwrap_or_default();
    let id = super::cell::cell_id(cells.index, place);
    let (response, edited) = plain_field_ui(ui, id, label, &original, 60.0, false);
    if let Some((severity, messages)) = cells.marks(place) {
        mark(ui, &response, severity);
        response.on_hover_text(messages);
    }
    if let Some(text) = edited {
        cells.out.push(Command::SetText {
            record: cells.index,
            place,
            text,
        });
    }
}

/// A text of the record that no place addresses (title, scoring method).
fn record_text_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    field: RecordText,
    label: egui::Id,
    width: f32,
    multiline: bool,
) {
    let id = egui::Id::unique(("jixiao-record-text", cells.index, field));
    let original = field.get(cells.record);
    if let (_, Some(text)) = plain_field_ui(ui, id, label, original, width, multiline) {
        cells.out.push(Command::SetRecordText {
            record: cells.index,
            field,
            text,
        });
    }
}

/// A text field over a copy of `original`; returns its response and the new text when edited.
fn plain_field_ui(
    ui: &mut Ui,
    id: egui::Id,
    label: egui::Id,
    original: &str,
    width: f32,
    multiline: bool,
) -> (egui::Response, Option<String>) {
    let mut text = original.to_owned();
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(2)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui.add(edit.id(id).desired_width(width)).labelled_by(label);
    let edited = (text != original).then_some(text);
    (response, edited)
}

fn mark(ui: &Ui, response: &egui::Response, severity: Severity) {
    ui.painter().rect_stroke(
        response.rect,
        2.0,
        egui::Stroke::new(
            size::MARK_STROKE,
            theme::severity_color(ui.visuals(), severity),
        ),
        egui::StrokeKind::Outside,
    );
}

/// The label a layout's form prints for a header field.
fn field_label(layout: Layout, field: HeaderField) -> &'static str {
    match (layout, field) {
        (Layout::CountyForm | Layout::CodedCountyForm, HeaderField::Amount) => "项目年度金额",
        (Layout::HebeiDisclosure, HeaderField::Amount) => "预算数",
        (Layout::RegionForm, HeaderField::Amount) => "项目总额",
        (Layout::SelfEvaluation, HeaderField::Amount) => "全年预算数",
        (Layout::RegionForm, HeaderField::Duration) => "项目期",
        (Layout::RegionForm, HeaderField::Goal) => "年度总体绩效目标",
        (Layout::SelfEvaluation, HeaderField::Goal) => "年初设定目标",
        (Layout::HebeiDisclosure, HeaderField::Goal) => "绩效目标",
        (Layout::CountyForm | Layout::CodedCountyForm, HeaderField::Goal) => "项目年度绩效目标",
        (_, field) => field.label(),
    }
}

/// The header fields a layout's form has, as rows of one or two fields.
fn header_rows(layout: Layout) -> &'static [&'static [HeaderField]] {
    use HeaderField as F;
    match layout {
        Layout::CountyForm | Layout::CodedCountyForm => &[
            &[F::Name],
            &[F::Department, F::Implementer],
            &[F::ProjectKind, F::Duration],
            &[F::Office, F::Amount],
        ],
        Layout::HebeiDisclosure => &[&[F::Code, F::Name], &[F::Amount]],
        Layout::RegionForm => &[
            &[F::Name],
            &[F::Department, F::Implementer],
            &[F::ProjectKind, F::Duration],
            &[F::Amount],
        ],
        Layout::SelfEvaluation | Layout::NationalSelfEvaluation => {
            &[&[F::Name], &[F::Department, F::Implementer], &[F::Amount]]
        }
        Layout::NationalTarget | Layout::IndicatorList | Layout::Headings => &[
            &[F::Code, F::Name],
            &[F::Department, F::Implementer],
            &[F::ProjectKind, F::Category],
            &[F::Duration, F::Amount],
        ],
    }
}

fn header_ui(ui: &mut Ui, cells: &mut CellCtx<'_>) {
    let layout = cells.record.layout;
    let spacing = ui.spacing().item_spacing.x;
    let available = ui.available_width();
    let full = (available - size::LABEL_WIDTH - spacing * 2.0).max(160.0);
    let half = ((available - 2.0 * size::LABEL_WIDTH) / 2.0 - spacing * 3.0).max(120.0);
    for row in header_rows(layout) {
        let width = if row.len() == 1 { full } else { half };
        ui.horizontal(|ui| {
            for &field in *row {
                field_ui(ui, cells, layout, field, width);
            }
        });
    }
}

fn field_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, layout: Layout, field: HeaderField, width: f32) {
    let label = form_label(ui, field_label(layout, field), size::LABEL_WIDTH);
    let choices: &[&str] = match field {
        HeaderField::ProjectKind => &suggestions::PROJECT_KINDS,
        HeaderField::Duration => &suggestions::DURATIONS,
        _ => &[],
    };
    let unit = (field == HeaderField::Amount).then(|| cells.record.unit.label());
    let extra = if choices.is_empty() && unit.is_none() {
        0.0
    } else {
        40.0
    };
    let width = if unit.is_some() {
        width.min(size::AMOUNT_WIDTH)
    } else {
        width
    };
    ui.horizontal(|ui| {
        ui.set_width(width);
        cells.cell_ui(
            ui,
            Cell {
                place: Place::Header(field),
                kind: if field == HeaderField::Amount {
                    CellKind::Number
                } else {
                    CellKind::Line
                },
                width: width - extra,
                name: CellName::LabelledBy(label),
                hint: "",
                suggest: None,
            },
        );
        if let Some(unit) = unit {
            ui.label(unit);
        }
        if !choices.is_empty() {
            ui.menu_button("▼", |ui| {
                for choice in choices {
                    if ui.button(*choice).clicked() {
                        cells.out.push(Command::SetText {
                            record: cells.index,
                            place: Place::Header(field),
                            text: (*choice).to_owned(),
                        });
                    }
                }
            })
            .response
            .on_hover_text(format!("选择{}", field.label()));
        }
    });
}

/// A field's label, right-aligned in a column of `width`; a long label wraps inside the column
/// instead of pushing the form sideways.
fn form_label(ui: &mut Ui, text: &str, width: f32) -> egui::Id {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ui.spacing().interact_size.y),
        egui::Layout::right_to_left(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            ui.add(egui::Label::new(text).wrap()).id
        },
    )
    .inner
}

fn money_sections_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let unit = cells.record.unit.label();
    match &cells.record.funding {
        Funding::Region(_) => {
            section(ui, &format!("{}（{unit}）", lang.tr("资金")), |ui| {
                region_funding_ui(ui, cells);
            });
        }
        Funding::Hebei(_) => {
            section(ui, &format!("{}（{unit}）", lang.tr("资金")), |ui| {
                money_grid_ui(
                    ui,
                    cells,
                    &[&[MoneyCell::HebeiFiscal, MoneyCell::HebeiOther]],
                );
            });
        }
        Funding::None => {}
    }
    if cells.record.spending_plan.is_some() {
        section(
            ui,
            &format!("{}（{unit}）", lang.tr("资金支出计划")),
            |ui| {
                spending_plan_ui(ui, cells);
            },
        );
    }
    if cells.record.evaluation.is_some() {
        section(
            ui,
            &format!("{}（{unit}）", lang.tr("项目资金")),
            |ui| {
                evaluation_ui(ui, cells);
            },
        );
    }
}

fn region_funding_ui(ui: &mut Ui, cells: &mut CellCtx<'_>) {
    use MoneyCell as M;
    money_grid_ui(
        ui,
        cells,
        &[
            &[M::AnnualTotal],
            &[M::LocalTotal, M::TransferTotal],
            &[M::LocalFiscal, M::TransferCentral],
            &[M::LocalOther, M::TransferRegion],
            &[M::LocalCarryover],
        ],
    );
}

/// Label/amount pairs in rows.
fn money_grid_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, rows: &[&[MoneyCell]]) {
    for row in rows {
        ui.horizontal(|ui| {
            for &money in *row {
                let label = form_label(ui, &money.label(), size::MONEY_LABEL_WIDTH);
                cells.cell_ui(ui, money_cell(money, CellName::LabelledBy(label)));
            }
        });
    }
}

/// A column heading of a fixed width.
fn column_label(ui: &mut Ui, text: &str, width: f32) -> egui::Id {
    ui.add_sized(
        [width, ui.spacing().interact_size.y],
        egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend),
    )
    .id
}

fn money_cell(money: MoneyCell, name: CellName) -> Cell<'static> {
    Cell {
        place: Place::Money(money),
        kind: CellKind::Number,
        width: size::MONEY_WIDTH,
        name,
        hint: "",
        suggest: None,
    }
}

fn spending_plan_ui(ui: &mut Ui, cells: &mut CellCtx<'_>) {
    let labels: Vec<egui::Id> = ui
        .horizontal(|ui| {
            ["3月底", "6月底", "10月底", "12月底"]
                .iter()
                .map(|text| column_label(ui, text, size::MONEY_WIDTH))
                .collect()
        })
        .inner;
    ui.horizontal(|ui| {
        for (point, label) in (0u8..).zip(labels) {
            cells.cell_ui(
                ui,
                money_cell(MoneyCell::Plan(point), CellName::LabelledBy(label)),
            );
        }
    });
}

fn evaluation_ui(ui: &mut Ui, cells: &mut CellCtx<'_>) {
    const ROWS: [&str; 3] = ["年度资金总额", "其中：财政拨款", "其他资金"];
    const COLUMNS: [&str; 3] = ["年初预算数", "全年预算数", "全年执行数"];
    ui.horizontal(|ui| {
        ui.add_space(size::MONEY_LABEL_WIDTH + ui.spacing().item_spacing.x);
        for column in COLUMNS {
            column_label(ui, column, size::MONEY_WIDTH);
        }
    });
    for (row, row_label) in (0u8..).zip(ROWS) {
        ui.horizontal(|ui| {
            form_label(ui, row_label, size::MONEY_LABEL_WIDTH);
            for column in 0u8..3 {
                let money = MoneyCell::Evaluation(row, column);
                cells.cell_ui(ui, money_cell(money, CellName::Accessible(money.label())));
            }
        });
    }
    ui.horizontal(|ui| {
        let label = form_label(ui, &MoneyCell::TotalScore.label(), size::MONEY_LABEL_WIDTH);
        cells.cell_ui(
            ui,
            money_cell(MoneyCell::TotalScore, CellName::LabelledBy(label)),
        );
    });
    ui.horizontal(|ui| {
        let label = form_label(ui, "得分计算方法", size::MONEY_LABEL_WIDTH);
        let width = ui.available_width() - ui.spacing().item_spacing.x;
        record_text_ui(ui, cells, RecordText::ScoringMethod, label, width, true);
    });
}

fn goals_ui(ui: &mut Ui, cells: &mut CellCtx<'_>) {
    let layout = cells.record.layout;
    let mut fields = vec![HeaderField::Goal];
    if layout == Layout::HebeiDisclosure {
        fields.insert(0, HeaderField::FundUse);
    }
    if layout == Layout::SelfEvaluation {
        fields.push(HeaderField::GoalResult);
    }
    let width = ui.available_width() - size::LABEL_WIDTH - ui.spacing().item_spacing.x * 2.0;
    for field in fields {
        ui.horizontal(|ui| {
            let label = form_label(ui, field_label(layout, field), size::LABEL_WIDTH);
            cells.cell_ui(
                ui,
                Cell {
                    place: Place::Header(field),
                    kind: CellKind::Paragraph,
                    width: width.max(200.0),
                    name: CellName::LabelledBy(label),
                    hint: "目标 1：……",
                    suggest: None,
                },
            );
        });
    }
}
