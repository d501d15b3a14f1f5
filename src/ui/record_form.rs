//! The centre of the window: the selected record as its form lays it out — header, money,
//! goals, indicator trees, closing texts. What each form prints comes from its description
//! ([`crate::layout::Form`]), so a new form needs no code here.

use super::cell::{Cell, CellCtx, CellKind, CellName};
use super::command::Command;
use super::i18n::Lang;
use super::indicator_grid;
use super::theme::{self, size};
use crate::check::Severity;
use crate::edit::record_edit::RecordEdit;
use crate::edit::record_text::RecordText;
use crate::edit::suggestions::{self, NameIndex};
use crate::edit::tree_edit::IndicatorSet;
use crate::layout::Layout;
use crate::layout::{FieldSpec, MoneyTable};
use crate::model::{
    ClosingText, Confidence, CostCell, Funding, HeaderField, MoneyCell, MoneyUnit, Place, Record,
    Scheme,
};
use egui::{RichText, Ui};

/// Draws the whole form of the record in `cells`.
pub fn record_form_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, names: &NameIndex, lang: Lang) {
    review_banner_ui(ui, cells, lang);
    record_findings_ui(ui, cells);
    let fold = Fold::new(ui, cells);
    let table = lang.tr("表格信息");
    fold.section(ui, "table", table, lang, |ui| {
        table_info_ui(ui, cells, lang)
    });
    let project = lang.tr("项目信息");
    fold.section(ui, "project", project, lang, |ui| {
        header_ui(ui, cells, lang)
    });
    money_sections_ui(ui, cells, &fold, lang);
    let record = cells.record;
    let form = record.layout.form();
    if form.cost_lines || !record.cost_lines.is_empty() {
        let title = lang.bracketed(lang.tr("项目预算成本构成"), lang.unit(record.unit));
        fold.section(ui, "cost", &title, lang, |ui| {
            cost_lines_ui(ui, cells, lang)
        });
    }
    let goals = lang.tr("绩效目标");
    fold.section(ui, "goals", goals, lang, |ui| {
        goals_ui(ui, cells, &GOALS, lang)
    });
    section(ui, lang.tr("绩效指标"), |ui| {
        indicator_grid::indicator_tree_ui(ui, cells, names, lang, IndicatorSet::Annual);
    });
    let record = cells.record;
    if form.medium_set || !record.medium_groups.is_empty() || !record.header.medium_goal.is_empty()
    {
        section(ui, lang.tr("中期绩效目标与指标"), |ui| {
            goals_ui(ui, cells, &[HeaderField::MediumGoal], lang);
            indicator_grid::indicator_tree_ui(ui, cells, names, lang, IndicatorSet::Medium);
        });
    }
    if national_money(cells.record) || closing_written(cells.record) {
        section(ui, lang.tr("自评结论"), |ui| {
            closing_ui(ui, cells, lang)
        });
    }
}

/// The header fields written as paragraphs in the goals section, in the order they are shown
/// when a form prints them; the multi-year goal goes with the multi-year indicators.
const GOALS: [HeaderField; 3] = [
    HeaderField::FundUse,
    HeaderField::Goal,
    HeaderField::GoalResult,
];

/// Whether `field` is a paragraph shown with the goals rather than a line of the header.
fn is_paragraph(field: HeaderField) -> bool {
    GOALS.contains(&field) || field == HeaderField::MediumGoal
}

/// A record the importer doubts: what it doubted, and a button for the person who checked it.
fn review_banner_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let record = cells.record;
    if record.confidence() != Confidence::Review {
        return;
    }
    let warning = theme::severity_color(ui.visuals(), Severity::Warning);
    egui::Frame::new()
        .fill(theme::severity_fill(ui.visuals(), Severity::Warning))
        .stroke(egui::Stroke::new(size::MARK_STROKE, warning))
        .inner_margin(egui::Margin::same(8))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    theme::severity_symbol(Severity::Warning),
                    lang.tr("此表需要核对：导入时有以下疑问")
                ))
                .strong()
                .color(warning),
            );
            for note in record.doubts() {
                ui.label(lang.import_note(note));
            }
            if ui
                .button(lang.tr("标记为已核对"))
                .on_hover_text(lang.tr("确认导入无误，清除疑问标记（可撤销）"))
                .clicked()
            {
                cells.out.push(Command::Edit {
                    record: cells.index,
                    edit: RecordEdit::MarkReviewed,
                });
            }
        });
}

/// Whether the blocks above the indicators start folded, and whether one must open.
///
/// On a window shorter than [`size::FOLD_BELOW_HEIGHT`] they start folded to their title bands,
/// so the indicators show without scrolling; a click on a band opens or folds it (remembered for
/// the session), and a field to reveal above the indicators opens them all.
struct Fold {
    folded_by_default: bool,
    open_all: bool,
}

impl Fold {
    fn new(ui: &Ui, cells: &CellCtx<'_>) -> Fold {
        let open_all = cells.view.reveal.is_some_and(|place| {
            matches!(
                place,
                Place::Header(_) | Place::HeaderExtra(_) | Place::Money(_) | Place::Cost(..)
            )
        });
        Fold {
            folded_by_default: ui.ctx().content_rect().height() < size::FOLD_BELOW_HEIGHT,
            open_all,
        }
    }

    /// A block titled `title` that folds to its band; `key` tells it from the others.
    fn section(&self, ui: &mut Ui, key: &str, title: &str, lang: Lang, body: impl FnOnce(&mut Ui)) {
        let id = egui::Id::unique(("jixiao-form-section", key));
        let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(
            ui.ctx(),
            id,
            !self.folded_by_default,
        );
        if self.open_all {
            state.set_open(true);
        }
        let open = state.is_open();
        ui.add_space(6.0);
        let clicked = band_ui(ui, |ui| {
            let arrow = if open { "⏷" } else { "⏵" };
            ui.add(
                egui::Button::new(RichText::new(format!("{arrow} {title}")).strong()).frame(false),
            )
            .accessible_name(title)
            .on_hover_text(lang.tr(if open { "折叠" } else { "展开" }))
            .clicked()
        });
        if clicked {
            state.set_open(!open);
        }
        state.store(ui.ctx());
        if open {
            ui.add_space(2.0);
            body(ui);
        }
    }
}

/// The ground of a block's title, the width of the form.
fn band_ui<R>(ui: &mut Ui, title: impl FnOnce(&mut Ui) -> R) -> R {
    egui::Frame::new()
        .fill(theme::band_fill(ui.visuals()))
        .inner_margin(egui::Margin::symmetric(8, 4))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            title(ui)
        })
        .inner
}

/// A titled block of the form.
fn section(ui: &mut Ui, title: &str, body: impl FnOnce(&mut Ui)) {
    ui.add_space(6.0);
    band_ui(ui, |ui| ui.label(RichText::new(title).strong()));
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

/// What a conversion menu offers: the record's current choice among all, and their names.
struct Choice<'a, T, N> {
    current: T,
    all: &'a [T],
    name: N,
    heading: &'static str,
}

/// A menu that converts the record to another of its choices (its form, its scheme); the
/// conversion is one command, so one undo step.
fn convert_menu_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    choice: Choice<'_, T, impl Fn(T) -> &'static str>,
    edit: impl Fn(T) -> RecordEdit,
) -> egui::Response {
    let weak = theme::weak_text(ui.visuals());
    ui.menu_button((choice.name)(choice.current), |ui| {
        ui.label(RichText::new(choice.heading).color(weak));
        for &option in choice.all {
            let response = ui.selectable_label(choice.current == option, (choice.name)(option));
            if response.clicked() && choice.current != option {
                cells.out.push(Command::Edit {
                    record: cells.index,
                    edit: edit(option),
                });
                ui.close();
            }
        }
    })
    .response
}

fn table_info_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let record = cells.record;
    ui.horizontal_wrapped(|ui| {
        let weak = theme::weak_text(ui.visuals());
        ui.label(RichText::new(lang.tr("表格格式")).color(weak));
        let choice = Choice {
            current: record.layout,
            all: &Layout::ALL,
            name: |l| lang.layout(l),
            heading: lang.tr("转换为另一种格式"),
        };
        convert_menu_ui(ui, cells, choice, RecordEdit::ConvertTo)
            .on_hover_text(lang.tr("点击可把本表转换为另一种表格格式（可撤销）"));
        ui.separator();
        let scheme_label = ui.label(RichText::new(lang.tr("指标口径")).color(weak));
        let choice = Choice {
            current: record.scheme,
            all: &Scheme::ALL,
            name: |s| lang.scheme(s),
            heading: lang.tr("转换为另一种口径"),
        };
        convert_menu_ui(ui, cells, choice, RecordEdit::ConvertScheme)
            .labelled_by(scheme_label.id)
            .on_hover_text(lang.tr(
                "点击可把指标按类别移到另一种口径（可撤销）；无对应类别的指标放入「待归类指标」",
            ));
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.tr("标题"));
        let width = (ui.available_width() - 380.0).max(200.0);
        record_text_ui(ui, cells, RecordText::Title, label.id, width, false);
        ui.add_space(12.0);
        let year = HeaderField::Year;
        let label = ui.label(lang.field(year, year.label()));
        year_cell_ui(ui, cells, label.id);
        ui.add_space(12.0);
        let unit_label = ui.label(lang.tr("金额单位"));
        for unit in MoneyUnit::ALL {
            let response = ui
                .selectable_label(record.unit == unit, lang.unit(unit))
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

/// A labelled cell of the header section.
#[derive(Debug, Clone, Copy)]
enum HeaderItem {
    /// A field the form prints.
    Field(&'static FieldSpec),
    /// A labelled cell without a field of its own (index into the header's extra cells).
    Extra(usize),
}

/// Whether `field` is a self-evaluation's 全年预算数, which its money table shows and edits: the
/// header holds only a copy of it.
fn shown_in_money_table(record: &Record, field: HeaderField) -> bool {
    field == HeaderField::Amount && record.amount_follows_money()
}

/// The header cells of `record` as rows of one or two: the form's line fields in form order,
/// then the extra cells. The name takes a row of its own unless the code comes just before it.
fn header_rows(record: &Record) -> Vec<Vec<HeaderItem>> {
    let fields = record
        .layout
        .form()
        .fields
        .iter()
        .filter(|f| !is_paragraph(f.field))
        .filter(|f| !shown_in_money_table(record, f.field))
        .map(HeaderItem::Field);
    let extras = (0..record.header.extra.len()).map(HeaderItem::Extra);
    let mut rows: Vec<Vec<HeaderItem>> = Vec::new();
    let mut pending: Vec<HeaderItem> = Vec::new();
    for item in fields.chain(extras) {
        let is_name = matches!(item, HeaderItem::Field(f) if f.field == HeaderField::Name);
        let after_code = matches!(
            pending.as_slice(),
            [HeaderItem::Field(f)] if f.field == HeaderField::Code
        );
        if is_name && !after_code {
            rows.extend((!pending.is_empty()).then(|| std::mem::take(&mut pending)));
            rows.push(vec![item]);
            continue;
        }
        pending.push(item);
        if pending.len() == 2 {
            rows.push(std::mem::take(&mut pending));
        }
    }
    rows.extend((!pending.is_empty()).then_some(pending));
    rows
}

fn header_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let spacing = ui.spacing().item_spacing.x;
    let available = ui.available_width();
    let full = (available - size::LABEL_WIDTH - spacing * 2.0).max(160.0);
    let half = ((available - 2.0 * size::LABEL_WIDTH) / 2.0 - spacing * 3.0).max(120.0);
    for row in header_rows(cells.record) {
        let width = if row.len() == 1 { full } else { half };
        ui.horizontal(|ui| {
            for item in row {
                match item {
                    HeaderItem::Field(spec) => {
                        let label = lang.field(spec.field, spec.label);
                        field_ui(ui, cells, spec.field, label, width, lang);
                    }
                    HeaderItem::Extra(i) => extra_ui(ui, cells, i, width),
                }
            }
        });
    }
}

/// A labelled header cell the form has no field for: its label as written, its value editable.
fn extra_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, index: usize, width: f32) {
    // A cell the importer found no label for is still named, by its position.
    let place = Place::HeaderExtra(index);
    let label = form_label(ui, &place.describe(cells.record), size::LABEL_WIDTH);
    cells.cell_ui(
        ui,
        Cell {
            place,
            kind: CellKind::Line,
            width,
            name: CellName::LabelledBy(label),
            hint: "",
            suggest: None,
            tooltip: None,
        },
    );
}

fn field_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    field: HeaderField,
    label: &str,
    width: f32,
    lang: Lang,
) {
    let choose = lang.on("选择", label);
    let label = form_label(ui, label, size::LABEL_WIDTH);
    let choices: &[&str] = match field {
        HeaderField::ProjectKind => &suggestions::PROJECT_KINDS,
        HeaderField::Duration => &suggestions::DURATIONS,
        _ => &[],
    };
    let unit = (field == HeaderField::Amount).then(|| lang.unit(cells.record.unit));
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
                tooltip: None,
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
            .on_hover_text(choose);
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

fn money_sections_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, fold: &Fold, lang: Lang) {
    let unit = lang.unit(cells.record.unit);
    let title = |zh: &'static str| lang.bracketed(lang.tr(zh), unit);
    match &cells.record.funding {
        Funding::Region(_) => {
            fold.section(ui, "funding", &title("资金"), lang, |ui| {
                region_funding_ui(ui, cells, lang)
            });
        }
        Funding::Hebei(_) => {
            fold.section(ui, "funding", &title("资金"), lang, |ui| {
                money_grid_ui(
                    ui,
                    cells,
                    &[&[MoneyCell::HebeiFiscal, MoneyCell::HebeiOther]],
                    lang,
                );
            });
        }
        Funding::None => {}
    }
    if cells.record.spending_plan.is_some() {
        fold.section(ui, "plan", &title("资金支出计划"), lang, |ui| {
            spending_plan_ui(ui, cells, lang)
        });
    }
    if cells.record.evaluation.is_some() {
        fold.section(ui, "evaluation", &title("项目资金"), lang, |ui| {
            evaluation_ui(ui, cells, lang)
        });
    }
}

fn region_funding_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
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
        lang,
    );
}

/// Label/amount pairs in rows.
fn money_grid_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, rows: &[&[MoneyCell]], lang: Lang) {
    for row in rows {
        ui.horizontal(|ui| {
            for &money in *row {
                let label = form_label(ui, &lang.money(money), size::MONEY_LABEL_WIDTH);
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
        tooltip: None,
    }
}

fn spending_plan_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let points = match lang {
        Lang::Chinese => ["3月底", "6月底", "10月底", "12月底"],
        Lang::English => ["March", "June", "October", "December"],
    };
    let labels: Vec<egui::Id> = ui
        .horizontal(|ui| {
            points
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

/// Whether the self-evaluation money table shows the national columns (分值, 执行率, 得分) and
/// the 上年结转资金 row: when the form prints them, or the record has something written there.
fn national_money(record: &Record) -> bool {
    let written = record.evaluation.as_ref().is_some_and(|e| {
        let rows = e.rows();
        rows.iter()
            .any(|row| row.cells().iter().skip(3).any(|a| !a.is_blank()))
            || rows
                .last()
                .is_some_and(|row| row.cells().iter().any(|a| !a.is_blank()))
    });
    written || record.layout.form().money == (MoneyTable::Evaluation { national: true })
}

fn evaluation_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let national = national_money(cells.record);
    let (rows, columns) = if national { (4, 6) } else { (3, 3) };
    ui.horizontal(|ui| {
        ui.add_space(size::MONEY_LABEL_WIDTH + ui.spacing().item_spacing.x);
        for column in 0..columns {
            column_label(ui, lang.evaluation_column(column), size::MONEY_WIDTH);
        }
    });
    for row in (0u8..).take(rows) {
        ui.horizontal(|ui| {
            let row_label = lang.evaluation_row(usize::from(row));
            form_label(ui, row_label, size::MONEY_LABEL_WIDTH);
            for column in (0u8..).take(columns) {
                let money = MoneyCell::Evaluation(row, column);
                cells.cell_ui(
                    ui,
                    money_cell(money, CellName::Accessible(lang.money(money))),
                );
            }
        });
    }
    let grade = national
        || cells
            .record
            .text_at(Place::Closing(ClosingText::Grade))
            .is_some_and(|t| !t.is_empty());
    ui.horizontal(|ui| {
        let total = lang.money(MoneyCell::TotalScore);
        let label = form_label(ui, &total, size::MONEY_LABEL_WIDTH);
        cells.cell_ui(
            ui,
            money_cell(MoneyCell::TotalScore, CellName::LabelledBy(label)),
        );
        super::suggested_score::total_ui(ui, cells.record);
        if !grade {
            return;
        }
        ui.add_space(12.0);
        let label = ui.label(lang.closing(ClosingText::Grade));
        cells.cell_ui(
            ui,
            Cell {
                place: Place::Closing(ClosingText::Grade),
                kind: CellKind::Line,
                width: size::SCORE_WIDTH,
                name: CellName::LabelledBy(label.id),
                hint: "",
                suggest: None,
                tooltip: None,
            },
        );
    });
    ui.horizontal(|ui| {
        let label = form_label(ui, lang.tr("得分计算方法"), size::MONEY_LABEL_WIDTH);
        let width = ui.available_width() - ui.spacing().item_spacing.x;
        record_text_ui(ui, cells, RecordText::ScoringMethod, label, width, true);
    });
}

/// The label the record's form prints for `field`.
fn field_label(record: &Record, field: HeaderField) -> &'static str {
    let form = record.layout.form();
    match field {
        HeaderField::Amount => form.field_label(field).unwrap_or(form.amount_label),
        _ => form.field_label(field).unwrap_or(field.label()),
    }
}

/// A paragraph cell with its label in the label column.
fn paragraph_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, place: Place, label: &str, hint: &str) {
    let width = ui.available_width() - size::LABEL_WIDTH - ui.spacing().item_spacing.x * 2.0;
    ui.horizontal(|ui| {
        let label = form_label(ui, label, size::LABEL_WIDTH);
        cells.cell_ui(
            ui,
            Cell {
                place,
                kind: CellKind::Paragraph,
                width: width.max(200.0),
                name: CellName::LabelledBy(label),
                hint,
                suggest: None,
                tooltip: None,
            },
        );
    });
}

/// The goal paragraphs among `fields` that the record's form prints, or that the record has.
fn goals_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, fields: &[HeaderField], lang: Lang) {
    let record = cells.record;
    let form = record.layout.form();
    for &field in fields {
        let written = record.header_text(field).is_some_and(|t| !t.is_empty());
        if field == HeaderField::Goal || written || form.field_label(field).is_some() {
            paragraph_ui(
                ui,
                cells,
                Place::Header(field),
                lang.field(field, field_label(record, field)),
                lang.tr("目标 1：……"),
            );
        }
    }
}

/// Whether a closing text of a self-evaluation is written, whatever its form.
fn closing_written(record: &Record) -> bool {
    ClosingText::AFTER_INDICATORS.into_iter().any(|text| {
        record
            .text_at(Place::Closing(text))
            .is_some_and(|t| !t.is_empty())
    })
}

/// The closing texts of a self-evaluation.
fn closing_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    for text in ClosingText::AFTER_INDICATORS {
        paragraph_ui(ui, cells, Place::Closing(text), lang.closing(text), "");
    }
}

/// The cost breakdown: one line per cost with its amount and how it was worked out.
fn cost_lines_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, lang: Lang) {
    let spacing = ui.spacing().item_spacing.x;
    let button = ui.spacing().interact_size.y + spacing;
    let text_width = ((ui.available_width()
        - size::ROW_NUMBER_WIDTH
        - size::MONEY_WIDTH
        - button
        - 4.0 * spacing)
        / 2.0)
        .max(size::TEXT_MIN_WIDTH);
    let width = |cell: CostCell| match cell {
        CostCell::Amount => size::MONEY_WIDTH,
        CostCell::Item | CostCell::Basis => text_width,
    };
    ui.horizontal(|ui| {
        ui.add_space(size::ROW_NUMBER_WIDTH + spacing);
        for cell in CostCell::ALL {
            column_label(ui, lang.cost(cell), width(cell));
        }
    });
    for line in 0..cells.record.cost_lines.len() {
        ui.horizontal(|ui| {
            ui.add_sized(
                [size::ROW_NUMBER_WIDTH, ui.spacing().interact_size.y],
                egui::Label::new(
                    RichText::new((line + 1).to_string()).color(theme::weak_text(ui.visuals())),
                ),
            );
            for cell in CostCell::ALL {
                let place = Place::Cost(line, cell);
                cells.cell_ui(
                    ui,
                    Cell {
                        place,
                        kind: if cell == CostCell::Amount {
                            CellKind::Number
                        } else {
                            CellKind::Wrapped
                        },
                        width: width(cell),
                        name: CellName::Accessible(lang.cost_cell(line, cell)),
                        hint: "",
                        suggest: None,
                        tooltip: None,
                    },
                );
            }
            let what = lang.on("删除", &lang.cost_line(line));
            if ui
                .add(egui::Button::new("×").small())
                .on_hover_text(lang.tr("删除"))
                .accessible_name(what)
                .clicked()
            {
                cells.out.push(Command::Edit {
                    record: cells.index,
                    edit: RecordEdit::RemoveCostLine(line),
                });
            }
        });
    }
    ui.horizontal(|ui| {
        ui.add_space(size::ROW_NUMBER_WIDTH + spacing);
        if ui
            .small_button(format!("＋ {}", lang.tr("添加成本构成")))
            .clicked()
        {
            cells.out.push(Command::Edit {
                record: cells.index,
                edit: RecordEdit::AddCostLine,
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::HeaderExtra;
    use HeaderField as F;

    fn rows(record: &Record) -> Vec<Vec<String>> {
        header_rows(record)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|item| match item {
                        HeaderItem::Field(spec) => spec.label.to_owned(),
                        HeaderItem::Extra(i) => record.header.extra[i].label.clone(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_local_forms_keep_their_header_rows() {
        let county = Record::blank(Layout::CountyForm, Some(2026));
        assert_eq!(
            rows(&county),
            [
                vec!["项目名称"],
                vec!["主管部门", "实施单位"],
                vec!["项目属性", "项目期限"],
                vec!["资金主管处(科、股)室", "项目年度金额"],
            ]
        );
        let hebei = Record::blank(Layout::HebeiDisclosure, Some(2025));
        assert_eq!(rows(&hebei), [vec!["项目编码", "项目名称"], vec!["预算数"]]);
    }

    #[test]
    fn a_self_evaluation_states_its_full_year_budget_once_in_the_money_table() {
        let mut record = Record::blank(Layout::SelfEvaluation, Some(2024));
        record.set_text_at(Place::Money(crate::model::FULL_YEAR_BUDGET), "35.00");
        assert_eq!(
            rows(&record),
            [vec!["项目名称"], vec!["主管部门", "实施单位"]]
        );
        record.header.amount.set_text("40");
        assert!(rows(&record).concat().contains(&"全年预算数".to_owned()));
    }

    #[test]
    fn extra_header_cells_follow_the_forms_fields() {
        let mut record = Record::blank(Layout::IndicatorList, Some(2025));
        record.header.extra.push(HeaderExtra {
            label: "归口科室".into(),
            value: "社保科".into(),
        });
        assert_eq!(
            rows(&record),
            [
                vec!["项目编码", "项目名称"],
                vec!["项目单位", "项目类别"],
                vec!["预算数", "归口科室"],
            ]
        );
    }

    #[test]
    fn paragraphs_go_to_the_goals_not_the_header() {
        for layout in Layout::ALL {
            let record = Record::blank(layout, Some(2025));
            for row in header_rows(&record) {
                for item in row {
                    if let HeaderItem::Field(spec) = item {
                        assert!(!is_paragraph(spec.field), "{layout:?} {:?}", spec.field);
                    }
                }
            }
        }
        assert!(is_paragraph(F::MediumGoal));
    }

    #[test]
    fn the_national_money_columns_show_on_the_national_form_or_when_written() {
        assert!(national_money(&Record::blank(
            Layout::NationalSelfEvaluation,
            Some(2022)
        )));
        let mut local = Record::blank(Layout::SelfEvaluation, Some(2024));
        assert!(!national_money(&local));
        if let Some(e) = local.evaluation.as_mut() {
            e.carryover.executed.set_text("3");
        }
        assert!(national_money(&local));
    }
}
