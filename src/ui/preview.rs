//! The preview tab: the record drawn as the official form's grid — merged cells, borders and all —
//! from the same grid the canonical text is written from; with copy and export. Clicking a cell
//! that shows a field goes to that field in the form; dragging across cells (or Shift+click)
//! selects a block, which 复制所选单元格 or Ctrl+C copies as cells a spreadsheet pastes.

use super::action::Action;
use super::command::{Command, Commands};
use super::i18n::Lang;
use super::theme;
use crate::export::{self, Grid};
use crate::model::Record;
use egui::{Align2, Rect, Role, Sense, Stroke, TextStyle, Ui, WidgetInfo, pos2, vec2};
use std::ops::Range;

/// Narrowest and widest a column may be, in points.
const COLUMN_WIDTH: (f32, f32) = (48.0, 300.0);
/// Room around a cell's text.
const CELL_PADDING: f32 = 5.0;

/// The grid of the record last previewed, kept until the record changes, and the block of cells
/// selected in it.
#[derive(Debug, Clone, Default)]
pub struct PreviewCache {
    key: Option<(usize, u64)>,
    grid: Grid,
    selection: Option<Block>,
}

impl PreviewCache {
    fn refresh(&mut self, index: usize, revision: u64, record: &Record) {
        if self.key != Some((index, revision)) {
            self.grid = export::record_grid(record);
            self.key = Some((index, revision));
            self.selection = None;
        }
    }
}

/// A rectangle of cells from the cell where the selection began to the cell it reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Block {
    anchor: (usize, usize),
    reach: (usize, usize),
}

impl Block {
    fn at(cell: (usize, usize)) -> Block {
        Block {
            anchor: cell,
            reach: cell,
        }
    }

    /// The rows and columns the block covers, grown to take in every merged cell it touches,
    /// as a spreadsheet selects.
    fn extent(&self, grid: &Grid) -> (Range<usize>, Range<usize>) {
        let mut rows = self.anchor.0.min(self.reach.0)..self.anchor.0.max(self.reach.0) + 1;
        let mut cols = self.anchor.1.min(self.reach.1)..self.anchor.1.max(self.reach.1) + 1;
        loop {
            let before = (rows.clone(), cols.clone());
            for m in &grid.merges {
                if overlaps(&rows, m.row, m.rows) && overlaps(&cols, m.col, m.cols) {
                    rows = rows.start.min(m.row)..rows.end.max(m.row + m.rows);
                    cols = cols.start.min(m.col)..cols.end.max(m.col + m.cols);
                }
            }
            if (rows.clone(), cols.clone()) == before {
                return (rows, cols);
            }
        }
    }
}

/// Whether `range` shares a position with the `len` positions from `start`.
fn overlaps(range: &Range<usize>, start: usize, len: usize) -> bool {
    start < range.end && range.start < start + len
}

/// Draws the preview of the record at `index`.
pub fn preview_ui(
    ui: &mut Ui,
    cache: &mut PreviewCache,
    index: usize,
    revision: u64,
    record: &Record,
    lang: Lang,
    out: &mut Commands,
) {
    cache.refresh(index, revision, record);
    let copy_shortcut = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)))
        && ui.memory(|m| m.focused().is_none());
    ui.horizontal(|ui| {
        if ui.button(lang.tr("复制规范文本")).clicked() {
            out.push(Command::Action(Action::CopyText));
        }
        let copy_block = ui
            .add_enabled(
                cache.selection.is_some(),
                egui::Button::new(lang.tr("复制所选单元格")),
            )
            .on_hover_text(lang.tr("拖动或按住 Shift 单击选择单元格，Ctrl+C 复制"))
            .clicked();
        if let Some(block) = cache.selection
            && (copy_block || copy_shortcut)
        {
            let (rows, cols) = block.extent(&cache.grid);
            ui.ctx().copy_text(cache.grid.block_text(rows, cols));
        }
        if ui.button(lang.tr("导出本表规范文本…")).clicked() {
            out.push(Command::Action(Action::ExportRecord));
        }
    });
    ui.separator();
    if cache.grid.rows.is_empty() {
        ui.label(lang.tr("没有可预览的内容"));
        return;
    }
    egui::ScrollArea::both()
        .id_salt("preview")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            grid_ui(ui, &cache.grid, &mut cache.selection, index, out)
        });
}

/// Where each cell of the grid is drawn.
struct Geometry {
    columns: Vec<f32>,
    rows: Vec<f32>,
}

impl Geometry {
    fn measure(ui: &Ui, grid: &Grid) -> Geometry {
        let font = TextStyle::Body.resolve(ui.style());
        let width = grid.width();
        let mut columns = vec![COLUMN_WIDTH.0; width];
        for (r, row) in grid.rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                let spans_columns = grid.merge_at(r, c).is_some_and(|m| m.cols > 1);
                if text.is_empty() || spans_columns {
                    continue;
                }
                let natural = ui
                    .painter()
                    .layout_no_wrap(text.clone(), font.clone(), egui::Color32::PLACEHOLDER)
                    .size()
                    .x
                    + 2.0 * CELL_PADDING;
                if let Some(column) = columns.get_mut(c) {
                    *column = column.max(natural.min(COLUMN_WIDTH.1));
                }
            }
        }
        let mut geometry = Geometry {
            columns,
            rows: vec![
                ui.text_style_height(&TextStyle::Body) + 2.0 * CELL_PADDING;
                grid.rows.len()
            ],
        };
        // Row heights: a cell's wrapped text must fit; a merge over several rows stretches its last.
        for (r, row) in grid.rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                if text.is_empty() || grid.is_covered(r, c) {
                    continue;
                }
                let (rows, cols) = grid.merge_at(r, c).map_or((1, 1), |m| (m.rows, m.cols));
                let wrap = geometry.span_width(c, cols) - 2.0 * CELL_PADDING;
                let height = ui
                    .painter()
                    .layout(text.clone(), font.clone(), egui::Color32::PLACEHOLDER, wrap)
                    .size()
                    .y
                    + 2.0 * CELL_PADDING;
                let have: f32 = geometry.rows.iter().skip(r).take(rows).sum();
                if height > have
                    && let Some(last) = geometry.rows.get_mut(r + rows - 1)
                {
                    *last += height - have;
                }
            }
        }
        geometry
    }

    /// The cell under `offset` from the grid's top-left corner, clamped to the grid.
    fn cell_at(&self, offset: egui::Vec2) -> Option<(usize, usize)> {
        let index = |sizes: &[f32], at: f32| -> Option<usize> {
            let mut end = 0.0;
            let last = sizes.len().checked_sub(1)?;
            Some(
                sizes
                    .iter()
                    .position(|size| {
                        end += size;
                        at < end
                    })
                    .unwrap_or(last),
            )
        };
        Some((
            index(&self.rows, offset.y)?,
            index(&self.columns, offset.x)?,
        ))
    }

    fn span_width(&self, col: usize, cols: usize) -> f32 {
        self.columns.iter().skip(col).take(cols).sum()
    }

    fn cell_rect(
        &self,
        origin: egui::Pos2,
        row: usize,
        col: usize,
        rows: usize,
        cols: usize,
    ) -> Rect {
        let x: f32 = self.columns.iter().take(col).sum();
        let y: f32 = self.rows.iter().take(row).sum();
        let height: f32 = self.rows.iter().skip(row).take(rows).sum();
        Rect::from_min_size(
            origin + vec2(x, y),
            vec2(self.span_width(col, cols), height),
        )
    }
}

/// Turns a press, drag or Shift+click on the cell at `cell` into the selected block.
fn select(
    ui: &Ui,
    response: &egui::Response,
    geometry: &Geometry,
    origin: egui::Pos2,
    cell: (usize, usize),
    selection: &mut Option<Block>,
) {
    if response.clicked() || response.drag_started() {
        *selection = Some(match *selection {
            Some(block) if ui.input(|i| i.modifiers.shift) => Block {
                reach: cell,
                ..block
            },
            _ => Block::at(cell),
        });
    }
    if response.dragged()
        && let Some(block) = selection.as_mut()
        && let Some(pointer) = ui.input(|i| i.pointer.interact_pos())
        && let Some(reached) = geometry.cell_at(pointer - origin)
    {
        block.reach = reached;
    }
}

fn grid_ui(
    ui: &mut Ui,
    grid: &Grid,
    selection: &mut Option<Block>,
    index: usize,
    out: &mut Commands,
) {
    let geometry = Geometry::measure(ui, grid);
    let size = vec2(geometry.columns.iter().sum(), geometry.rows.iter().sum());
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let origin = area.min;
    let visuals = ui.visuals().clone();
    let font = TextStyle::Body.resolve(ui.style());
    let stroke = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    let selected = selection.map(|block| block.extent(grid));
    for (r, row) in grid.rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if grid.is_covered(r, c) {
                continue;
            }
            let (rows, cols) = grid.merge_at(r, c).map_or((1, 1), |m| (m.rows, m.cols));
            let rect = geometry.cell_rect(origin, r, c, rows, cols);
            if !ui.is_rect_visible(rect) {
                continue;
            }
            let place = grid.places.get(r).and_then(|p| p.get(c)).copied().flatten();
            let id = egui::Id::unique(("preview-cell", index, r, c));
            let response = ui.interact(rect, id, Sense::click_and_drag());
            response.widget_info(|| WidgetInfo::labeled(Role::Label, true, text));
            select(ui, &response, &geometry, origin, (r, c), selection);
            let painter = ui.painter();
            if selected
                .as_ref()
                .is_some_and(|(sr, sc)| overlaps(sr, r, rows) && overlaps(sc, c, cols))
            {
                painter.rect_filled(rect, 0.0, visuals.selection.bg_fill.gamma_multiply(0.5));
            } else if place.is_some() && response.hovered() {
                painter.rect_filled(rect, 0.0, visuals.widgets.hovered.weak_bg_fill);
            } else if place.is_none() && !text.is_empty() {
                painter.rect_filled(rect, 0.0, theme::band_fill(&visuals));
            }
            painter.rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Inside);
            if !text.is_empty() {
                let galley = painter.layout(
                    text.clone(),
                    font.clone(),
                    visuals.text_color(),
                    rect.width() - 2.0 * CELL_PADDING,
                );
                let anchor = if place.is_some() {
                    Align2::LEFT_CENTER
                } else {
                    Align2::CENTER_CENTER
                };
                let pos = anchor
                    .align_size_within_rect(galley.size(), rect.shrink(CELL_PADDING))
                    .min;
                painter.galley(pos2(pos.x, pos.y), galley, visuals.text_color());
            }
            if let Some(place) = place
                && response.clicked()
                && !ui.input(|i| i.modifiers.shift)
            {
                out.push(Command::Reveal {
                    record: index,
                    place,
                });
            }
        }
    }
}
