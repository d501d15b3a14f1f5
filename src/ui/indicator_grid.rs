//! The indicator tree as the form shows it: one band per first-level group, one per second-level
//! group, and a row of cells per indicator with the columns the table prints — its own columns
//! as imported, else its form's — under their headings as written.

use super::cell::{Cell, CellCtx, CellKind, CellName, Completion, Suggest};
use super::command::Command;
use super::i18n::Lang;
use super::suggested_score;
use super::theme::{self, size};
use crate::check::Severity;
use crate::edit::suggestions::NameIndex;
use crate::edit::tree_edit::{IndicatorSet, TreeEdit, TreeItem};
use crate::model::{IndicatorCell, IndicatorPath, Level1, Level1Group, Level2, Place, Record};
use egui::{RichText, Ui};

/// How many suggestions an indicator name offers.
const SUGGESTION_LIMIT: usize = 12;

/// How wide a column is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Width {
    /// A fixed width.
    Fixed(f32),
    /// A share of the width the fixed columns leave.
    Share(f32),
}

impl Width {
    fn of(cell: IndicatorCell) -> Width {
        use IndicatorCell as C;
        match cell {
            C::Weight | C::Score => Width::Fixed(size::SCORE_WIDTH),
            C::Nature | C::Operator | C::Direction | C::Unit => Width::Fixed(size::NARROW_WIDTH),
            C::Target => Width::Fixed(size::TARGET_WIDTH),
            C::Value | C::Actual => Width::Fixed(size::VALUE_WIDTH),
            C::Name => Width::Share(32.0),
            C::Description => Width::Share(40.0),
            C::Basis => Width::Share(28.0),
            C::Deviation | C::Standard | C::ScoringRule => Width::Share(30.0),
            C::Remark | C::Other(_) => Width::Share(20.0),
        }
    }
}

/// One column of the grid.
struct Column {
    cell: IndicatorCell,
    heading: String,
    guessed: bool,
    width: f32,
}

impl Column {
    /// Whether the cell is too narrow to show a long text, so its text is also a tooltip.
    fn is_narrow(&self) -> bool {
        matches!(Width::of(self.cell), Width::Fixed(w) if w <= size::TARGET_WIDTH)
    }
}

/// The columns of an indicator row, with their widths.
struct Columns {
    cells: Vec<Column>,
    /// Whether a read-only 建议得分 column follows 得分 (self-evaluations).
    suggested: bool,
    /// The width of a whole row, buttons included.
    row_width: f32,
    /// The width of a row's buttons, which come before its cells.
    actions: f32,
}

impl Columns {
    fn for_record(record: &Record, available: f32, spacing: f32, actions: f32) -> Columns {
        let own = if record.columns.is_empty() {
            record.layout.form().indicator_columns()
        } else {
            record.columns.clone()
        };
        let mut printed: Vec<(IndicatorCell, String, bool)> = own
            .into_iter()
            .map(|c| (c.cell, c.heading, c.guessed))
            .collect();
        // A row without its name cannot be told from the others, whatever the table printed.
        if !printed
            .iter()
            .any(|(cell, ..)| *cell == IndicatorCell::Name)
        {
            printed.insert(
                0,
                (
                    IndicatorCell::Name,
                    IndicatorCell::Name.label().into(),
                    false,
                ),
            );
        }
        let suggested = suggested_score::applies(record)
            && printed
                .iter()
                .any(|(cell, ..)| *cell == IndicatorCell::Score);
        let extra = if suggested {
            size::SCORE_WIDTH + spacing
        } else {
            0.0
        };
        let count = printed.len() as f32;
        let mut fixed = size::ROW_NUMBER_WIDTH + actions + (count + 1.0) * spacing + extra;
        let mut shares = 0.0;
        for (cell, ..) in &printed {
            match Width::of(*cell) {
                Width::Fixed(w) => fixed += w,
                Width::Share(s) => shares += s,
            }
        }
        let flexible = (available - fixed).max(0.0);
        let alone = printed
            .iter()
            .filter(|(cell, ..)| matches!(Width::of(*cell), Width::Share(_)))
            .count()
            == 1;
        let smallest = if alone {
            size::NAME_MIN_WIDTH
        } else {
            size::TEXT_MIN_WIDTH
        };
        let cells: Vec<Column> = printed
            .into_iter()
            .map(|(cell, heading, guessed)| Column {
                cell,
                heading,
                guessed,
                width: match Width::of(cell) {
                    Width::Fixed(w) => w,
                    Width::Share(s) if shares > 0.0 => (flexible * s / shares).max(smallest),
                    Width::Share(_) => smallest,
                },
            })
            .collect();
        let row_width = size::ROW_NUMBER_WIDTH
            + actions
            + (count + 1.0) * spacing
            + extra
            + cells.iter().map(|c| c.width).sum::<f32>();
        Columns {
            cells,
            suggested,
            row_width,
            actions,
        }
    }
}

/// Draws the tree of `set` with its add/remove/move buttons; a grid wider than the window
/// scrolls sideways.
pub fn indicator_tree_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    names: &NameIndex,
    lang: Lang,
    set: IndicatorSet,
) {
    let spacing = ui.spacing().item_spacing.x;
    let actions = 3.0 * (ui.spacing().interact_size.y + spacing);
    // The form's own scroll bar takes part of the width.
    let available = ui.available_width() - ui.spacing().scroll.bar_width;
    let columns = Columns::for_record(cells.record, available, spacing, actions);
    if columns.row_width > available {
        egui::ScrollArea::horizontal()
            .id_salt(("indicator-grid", cells.index, set))
            .auto_shrink([false, true])
            .show(ui, |ui| tree_ui(ui, cells, &columns, names, lang, set));
    } else {
        tree_ui(ui, cells, &columns, names, lang, set);
    }
}

fn tree_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    columns: &Columns,
    names: &NameIndex,
    lang: Lang,
    set: IndicatorSet,
) {
    let record = cells.record;
    let groups = set.groups(record);
    if !groups.is_empty() {
        column_headers_ui(ui, columns, lang);
    }
    for (level1, group) in groups.iter().enumerate() {
        ui.add_space(4.0);
        level1_band_ui(ui, cells, set, level1, lang);
        for (level2, sub) in group.groups.iter().enumerate() {
            level2_band_ui(ui, cells, set, (level1, level2), lang);
            for row in 0..sub.indicators.len() {
                let path = IndicatorPath {
                    level1,
                    level2,
                    row,
                };
                let row = Row {
                    set,
                    path,
                    category: sub.category,
                    count: sub.indicators.len(),
                };
                indicator_row_ui(ui, cells, columns, row, names, lang);
            }
            let place = group_place(set, groups, level1, level2, lang);
            ui.horizontal(|ui| {
                ui.add_space(size::ROW_NUMBER_WIDTH + ui.spacing().item_spacing.x);
                if ui
                    .small_button(format!("＋ {}", lang.tr("添加指标")))
                    .accessible_name(lang.on("添加指标", &place))
                    .clicked()
                {
                    cells.out.push(Command::Tree {
                        record: cells.index,
                        set,
                        edit: TreeEdit::AddIndicator { level1, level2 },
                    });
                }
            });
        }
    }
    ui.add_space(6.0);
    let add = ui.menu_button(format!("＋ {}", lang.tr("添加一级指标")), |ui| {
        for category in Level1::ALL {
            if ui.button(lang.level1(category)).clicked() {
                cells.out.push(Command::Tree {
                    record: cells.index,
                    set,
                    edit: TreeEdit::AddLevel1(category),
                });
            }
        }
    });
    if set == IndicatorSet::Medium {
        // Two such buttons on one form need names that tell them apart.
        add.response
            .accessible_name(lang.on("添加一级指标", lang.tr("中期指标")));
    }
}

/// `产出指标/数量指标` (`中期指标/产出指标/数量指标`), for names of buttons and cells.
fn group_place(
    set: IndicatorSet,
    groups: &[Level1Group],
    level1: usize,
    level2: usize,
    lang: Lang,
) -> String {
    let l1 = groups.get(level1);
    let l2 = l1.and_then(|g| g.groups.get(level2));
    let prefix = lang.set_prefix(set);
    match (l1, l2) {
        (Some(a), Some(b)) => format!("{prefix}{}/{}", a.label.trim(), b.label.trim()),
        _ => String::new(),
    }
}

fn column_headers_ui(ui: &mut Ui, columns: &Columns, lang: Lang) {
    ui.horizontal(|ui| {
        let weak = theme::weak_text(ui.visuals());
        ui.add_sized(
            [size::ROW_NUMBER_WIDTH, 18.0],
            egui::Label::new(RichText::new("#").color(weak)),
        );
        ui.add_space(columns.actions);
        for column in &columns.cells {
            // In English the column's name is shown, the heading as written on hover.
            let shown = lang.column(column.cell, &column.heading);
            // The mark goes first, so a heading cut to its column's width keeps it.
            let (heading, hover) = if column.guessed {
                let warning = theme::severity_color(ui.visuals(), Severity::Warning);
                (
                    RichText::new(format!("？{shown}")).color(warning),
                    format!("{}\n{}", column.heading, lang.tr("此列由导入推测，请核对")),
                )
            } else {
                (RichText::new(shown).color(weak), column.heading.clone())
            };
            ui.add_sized(
                [column.width, 18.0],
                egui::Label::new(heading.strong()).truncate(),
            )
            .on_hover_text(hover);
            if columns.suggested && column.cell == IndicatorCell::Score {
                let heading = RichText::new(lang.tr(suggested_score::HEADING)).color(weak);
                ui.add_sized(
                    [size::SCORE_WIDTH, 18.0],
                    egui::Label::new(heading.strong()).truncate(),
                )
                .on_hover_text(lang.tr("按评分规则计算的得分（只读），悬停查看计算过程"));
            }
        }
    });
}

/// Up, down and delete buttons for a row or group, named after `what` for screen readers.
fn row_buttons_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    set: IndicatorSet,
    item: TreeItem,
    what: &str,
    (can_up, can_down): (bool, bool),
    lang: Lang,
) {
    let buttons = [
        ("↑", "上移", can_up, TreeEdit::Move { item, up: true }),
        ("↓", "下移", can_down, TreeEdit::Move { item, up: false }),
        ("×", "删除", true, TreeEdit::Remove(item)),
    ];
    // Square buttons of one size, so the grid's headings line up over the cells after them.
    let side = egui::vec2(ui.spacing().interact_size.y, 0.0);
    for (symbol, name, enabled, edit) in buttons {
        let clicked = ui
            .add_enabled(enabled, egui::Button::new(symbol).small().min_size(side))
            .on_hover_text(lang.tr(name))
            .accessible_name(lang.on(name, what))
            .clicked();
        if clicked {
            cells.out.push(Command::Tree {
                record: cells.index,
                set,
                edit,
            });
        }
    }
}

fn level1_band_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    set: IndicatorSet,
    level1: usize,
    lang: Lang,
) {
    let record = cells.record;
    let groups = set.groups(record);
    let Some(group) = groups.get(level1) else {
        return;
    };
    egui::Frame::new()
        .fill(theme::band_fill(ui.visuals()))
        .inner_margin(egui::Margin::symmetric(4, 2))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(lang.tr("一级指标")).strong());
                cells.cell_ui(
                    ui,
                    Cell {
                        place: set.level1(level1),
                        kind: CellKind::Line,
                        width: 200.0,
                        name: CellName::Accessible(format!(
                            "{}{} {}",
                            lang.set_prefix(set),
                            lang.tr("一级指标"),
                            level1 + 1
                        )),
                        hint: lang.level1(Level1::Output),
                        suggest: None,
                        tooltip: None,
                    },
                );
                if set == IndicatorSet::Annual && shows_group_weight(record, group) {
                    group_weight_ui(ui, cells, level1, lang);
                }
                let scheme = record.scheme;
                let categories: Vec<Level2> = scheme
                    .level2_categories(group.category)
                    .iter()
                    .copied()
                    .filter(|c| !group.groups.iter().any(|g| g.category == *c))
                    .collect();
                let what = format!("{}{}", lang.set_prefix(set), group.label.trim());
                ui.menu_button(format!("＋ {}", lang.tr("添加二级指标")), |ui| {
                    for category in categories.iter().copied().chain([Level2::Other]) {
                        if ui.button(lang.level2(category)).clicked() {
                            cells.out.push(Command::Tree {
                                record: cells.index,
                                set,
                                edit: TreeEdit::AddLevel2 { level1, category },
                            });
                        }
                    }
                });
                let moves = (level1 > 0, level1 + 1 < groups.len());
                row_buttons_ui(ui, cells, set, TreeItem::Level1(level1), &what, moves, lang);
            });
        });
}

/// Whether a first-level group shows its weight cell: a self-evaluation's groups always, any
/// other table's where it prints weights or the group has one.
fn shows_group_weight(record: &Record, group: &Level1Group) -> bool {
    record.is_self_evaluation()
        || record.prints_column(IndicatorCell::Weight)
        || !group.weight.is_blank()
}

/// The group's weight (`（40分）` on the form), beside its label and edited apart from it; the
/// 分 after it reads as the form prints it (the 分值 heading is the rows' column).
fn group_weight_ui(ui: &mut Ui, cells: &mut CellCtx<'_>, level1: usize, lang: Lang) {
    let name = lang.group_weight(level1 + 1);
    cells.cell_ui(
        ui,
        Cell {
            place: Place::Level1Weight(level1),
            kind: CellKind::Number,
            width: size::SCORE_WIDTH,
            name: CellName::Accessible(name),
            hint: "",
            suggest: None,
            tooltip: Some(
                lang.tr("一级指标分值，导出为「产出指标（40分）」")
                    .to_owned(),
            ),
        },
    );
    ui.label(lang.tr("分"));
}

fn level2_band_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    set: IndicatorSet,
    (level1, level2): (usize, usize),
    lang: Lang,
) {
    let groups = set.groups(cells.record);
    let count = groups.get(level1).map_or(0, |g| g.groups.len());
    let what = group_place(set, groups, level1, level2, lang);
    ui.horizontal(|ui| {
        ui.add_space(size::ROW_NUMBER_WIDTH);
        ui.label(RichText::new(lang.tr("二级指标")).color(theme::weak_text(ui.visuals())));
        cells.cell_ui(
            ui,
            Cell {
                place: set.level2(level1, level2),
                kind: CellKind::Line,
                width: 180.0,
                name: CellName::Accessible(format!(
                    "{}{} {}-{}",
                    lang.set_prefix(set),
                    lang.tr("二级指标"),
                    level1 + 1,
                    level2 + 1
                )),
                hint: lang.level2(Level2::Quantity),
                suggest: None,
                tooltip: None,
            },
        );
        let moves = (level2 > 0, level2 + 1 < count);
        let item = TreeItem::Level2 { level1, level2 };
        row_buttons_ui(ui, cells, set, item, &what, moves, lang);
    });
}

/// Whether `text` shows whole on one line of a cell `width` wide.
fn fits(ui: &Ui, text: &str, width: f32) -> bool {
    if text.is_empty() {
        return true;
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let size = ui
        .ctx()
        .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font, color).size());
    size.x <= width
}

/// Where an indicator row is and what its group allows.
struct Row {
    set: IndicatorSet,
    path: IndicatorPath,
    category: Level2,
    count: usize,
}

fn indicator_row_ui(
    ui: &mut Ui,
    cells: &mut CellCtx<'_>,
    columns: &Columns,
    row: Row,
    names: &NameIndex,
    lang: Lang,
) {
    let Row {
        set,
        path,
        category,
        count,
    } = row;
    let groups = set.groups(cells.record);
    let what = format!(
        "{}/{}",
        group_place(set, groups, path.level1, path.level2, lang),
        lang.row(path.row + 1)
    );
    let indicator = groups
        .get(path.level1)
        .and_then(|g| g.groups.get(path.level2))
        .and_then(|g| g.indicators.get(path.row));
    // A target split over 计算符号 / 目标值 / 计量单位 is read as one on hover.
    let joined = indicator
        .filter(|i| i.has_split_target())
        .map(|i| lang.on("指标值", &i.target_text()));
    // Picking a name fills the row's value too, where the row shows a value cell and the value
    // is still empty: a value already written is the user's, never replaced.
    let value_place = (columns.cells.iter().any(|c| c.cell == IndicatorCell::Value)
        && indicator.is_some_and(|i| i.value.trim().is_empty()))
    .then(|| set.indicator(path, IndicatorCell::Value));
    let year = cells.record.year;
    let suggest = |typed: &str| {
        names
            .suggest(category, typed, SUGGESTION_LIMIT, year)
            .into_iter()
            .map(|s| Completion {
                text: s.name,
                also: value_place.map(|place| (place, s.value)),
            })
            .collect()
    };
    ui.horizontal(|ui| {
        ui.add_sized(
            [size::ROW_NUMBER_WIDTH, ui.spacing().interact_size.y],
            egui::Label::new(
                RichText::new((path.row + 1).to_string()).color(theme::weak_text(ui.visuals())),
            ),
        );
        // The buttons come first, so a grid wider than the window never hides them.
        let moves = (path.row > 0, path.row + 1 < count);
        row_buttons_ui(
            ui,
            cells,
            set,
            TreeItem::Indicator(path),
            &what,
            moves,
            lang,
        );
        for column in &columns.cells {
            let kind = if column.cell.is_number() {
                CellKind::Number
            } else {
                CellKind::Wrapped
            };
            let text = indicator.map_or("", |i| i.text(column.cell)).trim();
            let full =
                (column.is_narrow() && !fits(ui, text, column.width)).then(|| text.to_owned());
            let split = matches!(
                column.cell,
                IndicatorCell::Operator | IndicatorCell::Target | IndicatorCell::Unit
            );
            let tooltip = match (full, joined.clone().filter(|_| split)) {
                (Some(full), Some(joined)) => Some(format!("{full}\n{joined}")),
                (full, joined) => full.or(joined),
            };
            cells.cell_ui(
                ui,
                Cell {
                    place: set.indicator(path, column.cell),
                    kind,
                    width: column.width,
                    name: CellName::Accessible(format!(
                        "{what} {}",
                        match column.cell {
                            // Each column no form names is told apart by its own heading.
                            IndicatorCell::Other(_) => lang.column(column.cell, &column.heading),
                            cell => lang.column(cell, cell.label()),
                        }
                    )),
                    hint: "",
                    suggest: (column.cell == IndicatorCell::Name)
                        .then_some(&suggest as Suggest<'_>),
                    tooltip,
                },
            );
            if columns.suggested && column.cell == IndicatorCell::Score {
                let name = format!("{what} {}", lang.tr(suggested_score::HEADING));
                suggested_score::row_ui(ui, cells.record, category, indicator, &name);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::IndicatorColumn;

    /// The form's width beside the record list in a 1280-point window.
    const FORM_AT_1280: f32 = 1280.0 - size::RECORD_LIST_WIDTH - 24.0;

    #[test]
    fn every_form_fits_beside_the_list_at_1280_points() {
        for layout in Layout::ALL {
            let record = Record::blank(layout, Some(2025));
            let columns = Columns::for_record(&record, FORM_AT_1280, 8.0, 100.0);
            assert!(columns.row_width <= FORM_AT_1280, "{layout:?}");
            let headings: Vec<_> = columns.cells.iter().map(|c| c.heading.as_str()).collect();
            let form: Vec<_> = layout.form().columns.iter().map(|c| c.heading).collect();
            assert_eq!(headings, form, "{layout:?} shows its form's headings");
        }
    }

    #[test]
    fn a_table_shows_its_own_columns_and_always_the_name() {
        let mut record = Record::blank(Layout::Headings, Some(2025));
        record.columns = [
            (IndicatorCell::Value, "指标值"),
            (IndicatorCell::Description, "指标描述"),
        ]
        .into_iter()
        .map(|(cell, heading)| IndicatorColumn {
            cell,
            heading: heading.into(),
            guessed: cell == IndicatorCell::Description,
        })
        .collect();
        let columns = Columns::for_record(&record, FORM_AT_1280, 8.0, 100.0);
        let cells: Vec<_> = columns
            .cells
            .iter()
            .map(|c| (c.cell, c.heading.as_str(), c.guessed))
            .collect();
        assert_eq!(
            cells,
            [
                (IndicatorCell::Name, "三级指标", false),
                (IndicatorCell::Value, "指标值", false),
                (IndicatorCell::Description, "指标描述", true),
            ]
        );
    }

    #[test]
    fn a_grid_wider_than_the_window_keeps_its_text_columns_readable() {
        let mut record = Record::blank(Layout::Headings, Some(2025));
        record.columns = IndicatorCell::ALL
            .into_iter()
            .map(|cell| IndicatorColumn {
                cell,
                heading: cell.label().into(),
                guessed: false,
            })
            .collect();
        let columns = Columns::for_record(&record, FORM_AT_1280, 8.0, 100.0);
        assert!(
            columns.row_width > FORM_AT_1280,
            "this one scrolls sideways"
        );
        for column in &columns.cells {
            if matches!(Width::of(column.cell), Width::Share(_)) {
                assert!(column.width >= size::TEXT_MIN_WIDTH, "{:?}", column.cell);
            }
        }
    }
}
