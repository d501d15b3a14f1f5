//! The indicator tree as the form shows it: one band per first-level group, one per second-level
//! group, and a row of cells per indicator with the layout's columns.

use super::cell::{Cell, CellCtx, CellKind, CellName, Suggest};
use super::command::Command;
use super::i18n::Lang;
use super::suggestions::NameIndex;
use super::theme::{self, size};
use super::tree_edit::{TreeEdit, TreeItem};
use crate::model::{IndicatorCell, IndicatorPath, Level1, Level2, Place, Record};
use egui::{RichText, Ui};

/// How many suggestions an indicator name offers.
const SUGGESTION_LIMIT: usize = 12;

/// The columns of an indicator row, with their widths.
struct Columns {
    cells: Vec<(IndicatorCell, f32)>,
}

impl Columns {
    fn for_record(record: &Record, available: f32, actions: f32) -> Columns {
        let layout = record.layout;
        let mut fixed = size::ROW_NUMBER_WIDTH + size::VALUE_WIDTH + actions;
        if layout.has_score_columns() {
            fixed += 2.0 * size::SCORE_WIDTH;
        }
        let columns_count = if layout.has_description_columns() {
            5.0
        } else {
            3.0
        };
        let flexible = (available - fixed - columns_count * 10.0).max(size::NAME_MIN_WIDTH);
        let mut cells = Vec::new();
        if layout.has_description_columns() {
            cells.push((IndicatorCell::Name, flexible * 0.32));
            cells.push((IndicatorCell::Description, flexible * 0.40));
            cells.push((IndicatorCell::Value, size::VALUE_WIDTH));
            cells.push((IndicatorCell::Basis, flexible * 0.28));
        } else {
            cells.push((IndicatorCell::Name, flexible));
            cells.push((IndicatorCell::Value, size::VALUE_WIDTH));
        }
        if layout.has_score_columns() {
            cells.push((IndicatorCell::Weight, size::SCORE_WIDTH));
            cells.push((IndicatorCell::Score, size::SCORE_WIDTH));
        }
        Columns { cells }
    }
}

/// Draws the tree with its add/remove/move buttons.
pub fn indicator_tree_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, names: &NameIndex, lang: Lang) {
    let record = cells.record;
    let actions = 3.0 * (ui.spacing().interact_size.y + ui.spacing().item_spacing.x);
    let columns = Columns::for_record(record, ui.available_width(), actions);
    column_headers_ui(ui, &columns);
    for (level1, group) in record.groups.iter().enumerate() {
        ui.add_space(4.0);
        level1_band_ui(ui, cells, level1, record.groups.len(), lang);
        for (level2, sub) in group.groups.iter().enumerate() {
            level2_band_ui(ui, cells, level1, level2, group.groups.len());
            for row in 0..sub.indicators.len() {
                let path = IndicatorPath {
                    level1,
                    level2,
                    row,
                };
                indicator_row_ui(
                    ui,
                    cells,
                    &columns,
                    path,
                    sub.category,
                    sub.indicators.len(),
                    names,
                );
            }
            let place = group_place(record, level1, level2);
            ui.horizontal(|ui| {
                ui.add_space(size::ROW_NUMBER_WIDTH + ui.spacing().item_spacing.x);
                if ui
                    .small_button(format!("＋ {}", lang.tr("添加指标")))
                    .accessible_name(format!("{}：{place}", lang.tr("添加指标")))
                    .clicked()
                {
                    cells.out.push(Command::Tree {
                        record: cells.index,
                        edit: TreeEdit::AddIndicator { level1, level2 },
                    });
                }
            });
        }
    }
    ui.add_space(6.0);
    ui.menu_button(format!("＋ {}", lang.tr("添加一级指标")), |ui| {
        for category in Level1::ALL {
            if ui.button(category.canonical_name()).clicked() {
                cells.out.push(Command::Tree {
                    record: cells.index,
                    edit: TreeEdit::AddLevel1(category),
                });
            }
        }
    });
}

/// `产出指标/数量指标`, for names of buttons and cells.
fn group_place(record: &Record, level1: usize, level2: usize) -> String {
    let l1 = record.groups.get(level1);
    let l2 = l1.and_then(|g| g.groups.get(level2));
    match (l1, l2) {
        (Some(a), Some(b)) => format!("{}/{}", a.label.trim(), b.label.trim()),
        _ => String::new(),
    }
}

fn column_headers_ui(ui: &mut Ui, columns: &Columns) {
    ui.horizontal(|ui| {
        let weak = theme::weak_text(ui.visuals());
        ui.add_sized(
            [size::ROW_NUMBER_WIDTH, 18.0],
            egui::Label::new(RichText::new("#").color(weak)),
        );
        for (cell, width) in &columns.cells {
            ui.add_sized(
                [*width, 18.0],
                egui::Label::new(RichText::new(cell.label()).color(weak).strong()),
            );
        }
    });
}

/// Up, down and delete buttons for a row or group, named after `what` for screen readers.
fn row_buttons_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    item: TreeItem,
    what: &str,
    (can_up, can_down): (bool, bool),
) {
    let buttons = [
        ("↑", "上移", can_up, TreeEdit::Move { item, up: true }),
        ("↓", "下移", can_down, TreeEdit::Move { item, up: false }),
        ("×", "删除", true, TreeEdit::Remove(item)),
    ];
    for (symbol, name, enabled, edit) in buttons {
        let clicked = ui
            .add_enabled(enabled, egui::Button::new(symbol).small())
            .on_hover_text(name)
            .accessible_name(format!("{name}：{what}"))
            .clicked();
        if clicked {
            cells.out.push(Command::Tree {
                record: cells.index,
                edit,
            });
        }
    }
}

fn level1_band_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, level1: usize, count: usize, lang: Lang) {
    let record = cells.record;
    let Some(group) = record.groups.get(level1) else {
        return;
    };
    egui::Frame::new()
        .fill(theme::band_fill(ui.visuals()))
        .inner_margin(egui::Margin::symmetric(4, 2))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("一级指标").strong());
                cells.cell_ui(
                    ui,
                    Cell {
                        place: Place::Level1(level1),
                        kind: CellKind::Line,
                        width: 200.0,
                        name: CellName::Accessible(format!("一级指标 {}", level1 + 1)),
                        hint: "产出指标",
                        suggest: None,
                    },
                );
                let scheme = record.scheme;
                let categories: Vec<Level2> = scheme
                    .level2_categories(group.category)
                    .iter()
                    .copied()
                    .filter(|c| !group.groups.iter().any(|g| g.category == *c))
                    .collect();
                ui.menu_button(format!("＋ {}", lang.tr("添加二级指标")), |ui| {
                    for category in categories.iter().copied().chain([Level2::Other]) {
                        if ui.button(category.canonical_name()).clicked() {
                            cells.out.push(Command::Tree {
                                record: cells.index,
                                edit: TreeEdit::AddLevel2 { level1, category },
                            });
                        }
                    }
                });
                let what = group.label.trim().to_owned();
                let moves = (level1 > 0, level1 + 1 < count);
                row_buttons_ui(ui, cells, TreeItem::Level1(level1), &what, moves);
            });
        });
}

fn level2_band_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    level1: usize,
    level2: usize,
    count: usize,
) {
    let what = group_place(cells.record, level1, level2);
    ui.horizontal(|ui| {
        ui.add_space(size::ROW_NUMBER_WIDTH);
        ui.label(RichText::new("二级指标").color(theme::weak_text(ui.visuals())));
        cells.cell_ui(
            ui,
            Cell {
                place: Place::Level2 { level1, level2 },
                kind: CellKind::Line,
                width: 180.0,
                name: CellName::Accessible(format!("二级指标 {}-{}", level1 + 1, level2 + 1)),
                hint: "数量指标",
                suggest: None,
            },
        );
        let moves = (level2 > 0, level2 + 1 < count);
        row_buttons_ui(ui, cells, TreeItem::Level2 { level1, level2 }, &what, moves);
    });
}

fn indicator_row_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    columns: &Columns,
    path: IndicatorPath,
    category: Level2,
    count: usize,
    names: &NameIndex,
) {
    let what = format!(
        "{}/第{}行",
        group_place(cells.record, path.level1, path.level2),
        path.row + 1
    );
    let suggest = |typed: &str| names.suggest(category, typed, SUGGESTION_LIMIT);
    ui.horizontal(|ui| {
        ui.add_sized(
            [size::ROW_NUMBER_WIDTH, ui.spacing().interact_size.y],
            egui::Label::new(
                RichText::new((path.row + 1).to_string()).color(theme::weak_text(ui.visuals())),
            ),
        );
        for &(column, width) in &columns.cells {
            let kind = match column {
                IndicatorCell::Weight | IndicatorCell::Score => CellKind::Number,
                _ => CellKind::Wrapped,
            };
            cells.cell_ui(
                ui,
                Cell {
                    place: Place::Indicator(path, column),
                    kind,
                    width,
                    name: CellName::Accessible(format!("{what} {}", column.label())),
                    hint: "",
                    suggest: (column == IndicatorCell::Name).then_some(&suggest as Suggest<'_>),
                },
            );
        }
        let moves = (path.row > 0, path.row + 1 < count);
        row_buttons_ui(ui, cells, TreeItem::Indicator(path), &what, moves);
    });
}
