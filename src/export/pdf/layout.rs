//! Where everything of one table goes on paper: the sheet's orientation, column widths, the
//! wrapped lines of every cell, row heights and the page breaks. Pure arithmetic on the grid and
//! the glyph advances, so it is tested without drawing anything.
//!
//! A table is laid out as one long strip (y grows down from the table's top); a page shows a
//! window of that strip, after the repeated heading rows on continuation pages.

use super::wrap::{self, Advance};
use crate::export::Grid;
use std::ops::Range;

/// How the printed form is set, in points (1/72 inch).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Text in the cells.
    pub font_size: f32,
    /// The table's title, the first line above the table.
    pub title_size: f32,
    /// Line height as a multiple of the font size.
    pub leading: f32,
    /// Space between a cell's border and its text, left and right.
    pub pad_x: f32,
    /// Space between a cell's border and its text, top and bottom.
    pub pad_y: f32,
    /// Margin on every side of the sheet.
    pub margin: f32,
    /// Height kept free above the bottom margin for the page number.
    pub footer: f32,
    /// The narrowest a column is made, in em: two characters (`分值`, `得分`).
    pub min_column: f32,
    /// Above this width (em) a word or number is broken rather than widen its column.
    pub max_unbreakable: f32,
    /// Above this width (em) a column is taken to want wrapping, when choosing the orientation.
    pub comfortable_column: f32,
    /// Up to this width (em) a cell's text is kept on one line when the page allows.
    pub short_cell: f32,
}

impl Default for Style {
    fn default() -> Style {
        Style {
            font_size: 9.0,
            title_size: 15.0,
            leading: 1.4,
            pad_x: 3.0,
            pad_y: 3.0,
            margin: 36.0,
            footer: 20.0,
            min_column: 2.0,
            max_unbreakable: 8.0,
            comfortable_column: 10.0,
            short_cell: 7.0,
        }
    }
}

impl Style {
    /// The height of one line of cell text.
    pub fn line_step(&self) -> f32 {
        self.font_size * self.leading
    }
}

/// A sheet of paper, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sheet {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl Sheet {
    /// A4 upright.
    pub const A4_PORTRAIT: Sheet = Sheet {
        width: 595.28,
        height: 841.89,
    };
    /// A4 on its side, for wide tables.
    pub const A4_LANDSCAPE: Sheet = Sheet {
        width: 841.89,
        height: 595.28,
    };

    /// The width between the margins.
    pub fn content_width(&self, style: &Style) -> f32 {
        (self.width - 2.0 * style.margin).max(1.0)
    }

    /// The height a table may take on one page: between the margins, above the footer.
    pub fn body_height(&self, style: &Style) -> f32 {
        (self.height - 2.0 * style.margin - style.footer).max(1.0)
    }
}

/// What a box of the printed form is, for how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The first line above the table, larger.
    Title,
    /// Another line above the table without a border: the year, `单位：万元`.
    Caption,
    /// A label the form prints (`项目名称`, `一级指标`), shaded.
    Label,
    /// A cell of the table: a value of the record, an empty cell, a long printed text.
    Cell,
}

/// How a box's lines sit between its left and right edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Flush right.
    Right,
}

/// One cell of the printed form, a merged cell being one box.
#[derive(Debug, Clone, PartialEq)]
pub struct CellBox {
    /// First row.
    pub row: usize,
    /// First column.
    pub col: usize,
    /// Rows covered (at least 1).
    pub rows: usize,
    /// Columns covered (at least 1).
    pub cols: usize,
    /// The text, wrapped to the box's width.
    pub lines: Vec<String>,
    /// Font size of the text.
    pub size: f32,
    /// What it is.
    pub kind: Kind,
    /// Where its lines sit.
    pub align: Align,
    /// Whether a line is wider than the box (a single glyph wider than a narrow column): the
    /// drawing clips it.
    pub overflows: bool,
}

impl CellBox {
    /// Whether it is drawn with a border (captions sit above the table without one).
    pub fn bordered(&self) -> bool {
        matches!(self.kind, Kind::Label | Kind::Cell)
    }
}

/// What one page shows of a table: the strip from `from` to `to`, after the heading rows when
/// `heading` is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSpan {
    /// Whether the heading rows are repeated at the top of this page.
    pub heading: bool,
    /// Top of the window, in strip coordinates.
    pub from: f32,
    /// Bottom of the window.
    pub to: f32,
}

/// A table laid out for printing.
#[derive(Debug, Clone, PartialEq)]
pub struct TableLayout {
    /// The sheet it is printed on.
    pub sheet: Sheet,
    /// Column edges from the left margin: `width + 1` values, the first 0.
    pub columns: Vec<f32>,
    /// Row edges in the strip: `rows + 1` values, the first 0.
    pub rows: Vec<f32>,
    /// The boxes, in row then column order.
    pub boxes: Vec<CellBox>,
    /// The rows repeated on continuation pages.
    pub heading: Option<Range<usize>>,
    /// The pages, at least one.
    pub pages: Vec<PageSpan>,
    /// The most rows any box covers.
    pub tallest: usize,
}

impl TableLayout {
    /// The top and bottom of `cell` in the strip.
    pub fn extent(&self, cell: &CellBox) -> (f32, f32) {
        (self.rows[cell.row], self.rows[cell.row + cell.rows])
    }

    /// The left and right of `cell` from the left margin.
    pub fn span(&self, cell: &CellBox) -> (f32, f32) {
        (self.columns[cell.col], self.columns[cell.col + cell.cols])
    }

    /// Which of `cell`'s lines go into its part from `from` to `to` (a page's window), and where
    /// the first of them starts, for a box cut by page breaks whose text does not fit each
    /// part: the lines run on from part to part, each part taking as many whole lines as it
    /// holds below the ones before, so no line is cut or lost at a break. The last part takes
    /// the rest.
    pub fn flow(&self, cell: &CellBox, from: f32, to: f32, style: &Style) -> (Range<usize>, f32) {
        const EPS: f32 = 0.01;
        let (top, bottom) = self.extent(cell);
        let step = cell.size * style.leading;
        let holds = |a: f32, b: f32| {
            let pad = if a <= top + EPS { style.pad_y } else { 0.0 };
            (
                ((b - a - pad + EPS) / step).floor().max(0.0) as usize,
                a + pad,
            )
        };
        let before: usize = self
            .pages
            .iter()
            .filter(|p| p.to <= from + EPS && p.to > top + EPS)
            .map(|p| holds(p.from.max(top), p.to).0)
            .sum();
        let (fits, text_top) = holds(from.max(top), to.min(bottom));
        let end = if to >= bottom - EPS {
            cell.lines.len()
        } else {
            (before + fits).min(cell.lines.len())
        };
        (before.min(end)..end, text_top)
    }

    /// The boxes that may show between `from` and `to`: those starting above `to`, from the
    /// first whose rows could reach `from` (boxes are in row order), so a page of a long table
    /// does not look at every box of it.
    pub fn boxes_between(&self, from: f32, to: f32) -> &[CellBox] {
        let tallest = self.tallest.max(1);
        let first_row = self.rows.partition_point(|&y| y <= from).saturating_sub(1);
        let start = self.boxes.partition_point(|b| b.row + tallest <= first_row);
        let end = self.boxes.partition_point(|b| self.rows[b.row] < to);
        self.boxes.get(start..end.max(start)).unwrap_or(&[])
    }

    /// The strip window of the heading rows.
    pub fn heading_window(&self) -> Option<(f32, f32)> {
        let heading = self.heading.as_ref()?;
        Some((self.rows[heading.start], self.rows[heading.end]))
    }
}

/// Lays out `grid` with `style`, measuring text with `advance` (em per character).
pub fn lay_out(grid: &Grid, style: &Style, advance: Advance) -> TableLayout {
    let spans = anchors(grid);
    let captions = caption_rows(grid, &spans);
    // The orientation is chosen from the wishes as an upright page would cap them.
    let upright = Sheet::A4_PORTRAIT.content_width(style);
    let (min, max) = column_wants(grid, &spans, captions, style, advance, upright);
    let sheet = orientation(&min, &max, style);
    let content = sheet.content_width(style);
    let (min, max) = if sheet == Sheet::A4_PORTRAIT {
        (min, max)
    } else {
        column_wants(grid, &spans, captions, style, advance, content)
    };
    let widths = distribute(&min, &max, content);
    let columns = edges(&widths);
    let heading = grid
        .heading_rows()
        .filter(|h| h.start >= captions && h.end <= grid.rows.len());
    let boxes = boxes(grid, &spans, captions, &columns, style, advance, content);
    let heights = row_heights(grid.rows.len(), &boxes, style);
    let rows = edges(&heights);
    let pages = paginate(
        &rows,
        heading.clone(),
        sheet.body_height(style),
        style.pad_y,
        style.line_step(),
    );
    let tallest = boxes.iter().map(|b| b.rows).max().unwrap_or(1);
    TableLayout {
        sheet,
        columns,
        rows,
        boxes,
        heading,
        pages,
        tallest,
    }
}

/// Every cell that starts a box, with the rows and columns it covers; `None` for a cell covered
/// by a merge. Merges running off the grid are cut to it; a merge whose top-left cell another
/// merge covers is dropped, so boxes never overlap whatever the grid says.
fn anchors(grid: &Grid) -> Vec<Vec<Option<(usize, usize)>>> {
    let (height, width) = (grid.rows.len(), grid.width());
    let mut spans = vec![vec![Some((1, 1)); width]; height];
    for merge in &grid.merges {
        let (row, col) = (merge.row, merge.col);
        if row >= height || col >= width || spans[row][col] != Some((1, 1)) {
            continue;
        }
        let rows = merge.rows.clamp(1, height - row);
        let cols = merge.cols.clamp(1, width - col);
        // Shrink the merge to the cells still free, so it cannot swallow another box.
        let free = |r: usize, c: usize| (r, c) == (row, col) || spans[r][c] == Some((1, 1));
        let cols = (col..col + cols).take_while(|&c| free(row, c)).count();
        let rows = (row..row + rows)
            .take_while(|&r| (col..col + cols).all(|c| free(r, c)))
            .count();
        for covered in &mut spans[row..row + rows] {
            covered[col..col + cols].fill(None);
        }
        spans[row][col] = Some((rows, cols));
    }
    spans
}

/// The text of a cell, empty where the grid is short.
fn text(grid: &Grid, row: usize, col: usize) -> &str {
    grid.rows
        .get(row)
        .and_then(|r| r.get(col))
        .map_or("", |t| t.trim())
}

/// Whether the cell is one of the form's own labels.
fn is_label(grid: &Grid, row: usize, col: usize) -> bool {
    grid.places.get(row).and_then(|p| p.get(col)) == Some(&None)
}

/// How many rows at the top are lines above the table (title, year, `单位：万元`): rows with at
/// most one filled cell and nothing merged down. At most three, and never the whole table.
fn caption_rows(grid: &Grid, spans: &[Vec<Option<(usize, usize)>>]) -> usize {
    let captions = spans
        .iter()
        .enumerate()
        .take(3)
        .take_while(|(r, row)| {
            let filled = (0..row.len())
                .filter(|&c| row[c].is_some() && !text(grid, *r, c).is_empty())
                .count();
            let merged_down = row.iter().any(|s| s.is_some_and(|(rows, _)| rows > 1));
            filled <= 1 && !merged_down
        })
        .count();
    if captions >= grid.rows.len() {
        captions.min(1)
    } else {
        captions
    }
}

/// What each column needs (the widest piece of its cells that may not be broken) and wants (its
/// widest cell unwrapped), in points: first from the boxes of one column, capped at half the
/// page, then widened where a merged box across several columns needs or wants more than they
/// have together (narrow spans first, so a wide one sees what they got).
fn column_wants(
    grid: &Grid,
    spans: &[Vec<Option<(usize, usize)>>],
    captions: usize,
    style: &Style,
    advance: Advance,
    content: f32,
) -> (Vec<f32>, Vec<f32>) {
    let pad = 2.0 * style.pad_x;
    let floor = style.min_column * style.font_size + pad;
    let width = grid.width();
    let mut min = vec![floor; width];
    let mut max = vec![floor; width];
    let mut merged: Vec<(usize, usize, f32, f32)> = Vec::new();
    for (r, row) in spans.iter().enumerate().skip(captions) {
        for (c, span) in row.iter().enumerate() {
            let Some((_, cols)) = *span else { continue };
            let text = text(grid, r, c);
            let natural = wrap::natural_width(text, advance);
            // A short value (`≥120件`, `2025年工作计划`) is read as one: never broken.
            let piece = if natural <= style.short_cell {
                natural
            } else {
                wrap::unbreakable_width(text, advance).min(style.max_unbreakable)
            };
            let (need, want) = (
                piece * style.font_size + pad,
                natural * style.font_size + pad,
            );
            if cols == 1 {
                min[c] = min[c].max(need);
                max[c] = max[c].max(want).min(content / 2.0);
            } else {
                merged.push((c, cols, need, want.min(content)));
            }
        }
    }
    merged.sort_by_key(|&(_, cols, _, _)| cols);
    for (col, cols, need, want) in merged {
        for (sizes, wish) in [(&mut min, need), (&mut max, want)] {
            let have: f32 = sizes[col..col + cols].iter().sum();
            if wish > have {
                let more = (wish - have) / cols as f32;
                for size in &mut sizes[col..col + cols] {
                    *size += more;
                }
            }
        }
    }
    for (max, min) in max.iter_mut().zip(&min) {
        *max = max.max(*min);
    }
    (min, max)
}

/// Upright, unless the columns at a comfortable width do not fit across it.
fn orientation(min: &[f32], max: &[f32], style: &Style) -> Sheet {
    let comfortable = style.comfortable_column * style.font_size + 2.0 * style.pad_x;
    let wanted: f32 = min
        .iter()
        .zip(max)
        .map(|(min, max)| max.min(comfortable).max(*min))
        .sum();
    if wanted > Sheet::A4_PORTRAIT.content_width(style) {
        Sheet::A4_LANDSCAPE
    } else {
        Sheet::A4_PORTRAIT
    }
}

/// Shares `total` out among columns that need `min` and want `max`: everyone gets their wish
/// and the rest in proportion when all wishes fit; else the needs, and the rest in proportion to
/// how much more each wants; else the needs shrunk alike (their text breaks inside words).
pub fn distribute(min: &[f32], max: &[f32], total: f32) -> Vec<f32> {
    let sum_min: f32 = min.iter().sum();
    let sum_max: f32 = max.iter().sum();
    if min.is_empty() || sum_min <= 0.0 {
        return vec![total / min.len().max(1) as f32; min.len()];
    }
    if sum_max <= total {
        return max.iter().map(|m| m * total / sum_max).collect();
    }
    if sum_min <= total {
        let spare = (total - sum_min) / (sum_max - sum_min);
        return min
            .iter()
            .zip(max)
            .map(|(min, max)| min + (max - min) * spare)
            .collect();
    }
    min.iter().map(|m| m * total / sum_min).collect()
}

/// The running sums of `sizes`, starting at 0.
fn edges(sizes: &[f32]) -> Vec<f32> {
    let mut edges = Vec::with_capacity(sizes.len() + 1);
    let mut at = 0.0;
    edges.push(at);
    for size in sizes {
        at += size;
        edges.push(at);
    }
    edges
}

/// The boxes with their text wrapped to their width. A caption row is one box across the
/// table, aligned as its cell sat: centred when it spanned the table, right when it stood at
/// the right (`单位：万元`).
fn boxes(
    grid: &Grid,
    spans: &[Vec<Option<(usize, usize)>>],
    captions: usize,
    columns: &[f32],
    style: &Style,
    advance: Advance,
    content: f32,
) -> Vec<CellBox> {
    let width = grid.width();
    let mut boxes = Vec::new();
    for (r, row) in spans.iter().enumerate() {
        for (c, span) in row.iter().enumerate() {
            let Some((rows, cols)) = *span else { continue };
            let text = text(grid, r, c);
            if r < captions {
                if text.is_empty() {
                    continue;
                }
                let (kind, size) = if r == 0 {
                    (Kind::Title, style.title_size)
                } else {
                    (Kind::Caption, style.font_size)
                };
                let align = match (c, cols) {
                    (0, cols) if cols == width => Align::Center,
                    (0, _) => Align::Left,
                    _ => Align::Right,
                };
                let inner = content - 2.0 * style.pad_x;
                boxes.push(wrapped(
                    text,
                    inner,
                    size,
                    advance,
                    kind,
                    align,
                    (r, 0, 1, width),
                ));
                continue;
            }
            let inner = columns[c + cols] - columns[c] - 2.0 * style.pad_x;
            let mut cell = wrapped(
                text,
                inner,
                style.font_size,
                advance,
                Kind::Cell,
                Align::Center,
                (r, c, rows, cols),
            );
            // Long printed texts (the self-evaluation's scoring method) are read, not looked
            // up: only short labels are shaded.
            if is_label(grid, r, c) && !text.is_empty() && cell.lines.len() <= 3 {
                cell.kind = Kind::Label;
            }
            if cell.lines.len() > 1 && cell.kind == Kind::Cell {
                cell.align = Align::Left;
            }
            boxes.push(cell);
        }
    }
    boxes
}

/// A box of `text` wrapped within `inner` points at `size`.
fn wrapped(
    text: &str,
    inner: f32,
    size: f32,
    advance: Advance,
    kind: Kind,
    align: Align,
    (row, col, rows, cols): (usize, usize, usize, usize),
) -> CellBox {
    let max = (inner / size).max(0.0);
    let lines: Vec<String> = wrap::wrap(text, max, advance)
        .into_iter()
        .map(str::to_string)
        .collect();
    let overflows = lines
        .iter()
        .any(|line| wrap::natural_width(line, advance) > max + 0.01);
    CellBox {
        row,
        col,
        rows,
        cols,
        lines,
        size,
        kind,
        align,
        overflows,
    }
}

/// The height of every row: its tallest one-row box, then rows under a merged box taller than
/// them grown alike until it fits (short merges first, so a long one sees their heights).
fn row_heights(rows: usize, boxes: &[CellBox], style: &Style) -> Vec<f32> {
    let need = |cell: &CellBox| {
        let lines = cell.lines.len().max(1) as f32;
        let step = cell.size * style.leading;
        match cell.kind {
            Kind::Title => lines * step + style.pad_y * 2.0,
            Kind::Caption => lines * step + style.pad_y,
            Kind::Label | Kind::Cell => lines * step + style.pad_y * 2.0,
        }
    };
    let mut heights = vec![style.line_step() + 2.0 * style.pad_y; rows];
    for cell in boxes.iter().filter(|b| b.rows == 1) {
        heights[cell.row] = heights[cell.row].max(need(cell));
    }
    let mut merged: Vec<&CellBox> = boxes.iter().filter(|b| b.rows > 1).collect();
    merged.sort_by_key(|b| b.rows);
    for cell in merged {
        let span = cell.row..cell.row + cell.rows;
        let have: f32 = heights[span.clone()].iter().sum();
        let want = need(cell);
        if want > have {
            let more = (want - have) / cell.rows as f32;
            for h in &mut heights[span] {
                *h += more;
            }
        }
    }
    heights
}

/// Breaks the strip with row edges `rows` into pages of `body` points. A page breaks at the last
/// row edge that fits; the heading rows are repeated on every page after them, and are moved to
/// the next page rather than be left alone at the bottom of one. A row taller than a page is
/// cut between its lines (at `pad + k × step` below its top), so every part holds whole lines.
pub fn paginate(
    rows: &[f32],
    heading: Option<Range<usize>>,
    body: f32,
    pad: f32,
    step: f32,
) -> Vec<PageSpan> {
    const EPS: f32 = 0.01;
    let body = body.max(1.0);
    let end = rows.last().copied().unwrap_or(0.0);
    let heading = heading.filter(|h| h.start < h.end && h.end < rows.len());
    let (heading_top, heading_bottom) = heading
        .as_ref()
        .map_or((0.0, 0.0), |h| (rows[h.start], rows[h.end]));
    // A heading that takes most of the page is not repeated: the rows could never fit after it.
    let repeatable = heading.is_some() && heading_bottom - heading_top <= body / 2.0;
    let heading_height = if repeatable {
        heading_bottom - heading_top
    } else {
        0.0
    };
    let mut pages = Vec::new();
    let mut from = 0.0f32;
    while from < end - EPS {
        let repeat = repeatable && !pages.is_empty() && from >= heading_bottom - EPS;
        let limit = from + body - if repeat { heading_height } else { 0.0 };
        let last_edge = rows
            .iter()
            .rposition(|&y| y <= limit + EPS)
            .filter(|&k| rows[k] > from + EPS);
        // A row no page could hold is cut here rather than moved on, not to waste the page.
        let next_too_tall = |k: usize| {
            rows.get(k + 1)
                .is_some_and(|&next| next - rows[k] > body - heading_height + EPS)
        };
        let to = match last_edge {
            Some(k) if !next_too_tall(k) => {
                let alone = heading
                    .as_ref()
                    .is_some_and(|h| k == h.end && k + 1 < rows.len() && heading_top > from + EPS);
                if alone { heading_top } else { rows[k] }
            }
            _ => {
                // Cut the row reaching past the page between two of its lines.
                let row = rows.iter().rposition(|&y| y <= limit + EPS).unwrap_or(0);
                let top = rows[row] + pad;
                let cut = top + ((limit - top) / step).floor().max(0.0) * step;
                match last_edge {
                    _ if cut > from + EPS && cut <= limit + EPS => cut,
                    Some(k) => rows[k],
                    None => limit,
                }
            }
        };
        pages.push(PageSpan {
            heading: repeat,
            from,
            to,
        });
        from = to;
    }
    if pages.is_empty() {
        pages.push(PageSpan {
            heading: false,
            from: 0.0,
            to: end,
        });
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Place;

    fn em(c: char) -> f32 {
        if c.is_ascii() { 0.5 } else { 1.0 }
    }

    #[test]
    fn rows_go_to_the_next_page_when_they_do_not_fit() {
        let rows = [0.0, 40.0, 80.0, 120.0, 160.0];
        let pages = paginate(&rows, None, 100.0, 3.0, 10.0);
        assert_eq!(
            pages,
            [
                PageSpan {
                    heading: false,
                    from: 0.0,
                    to: 80.0
                },
                PageSpan {
                    heading: false,
                    from: 80.0,
                    to: 160.0
                },
            ]
        );
    }

    #[test]
    fn the_heading_is_repeated_on_pages_after_it() {
        // Title row 0..20, heading row 20..40, then rows of 30.
        let rows = [0.0, 20.0, 40.0, 70.0, 100.0, 130.0, 160.0, 190.0];
        let pages = paginate(&rows, Some(1..2), 100.0, 3.0, 10.0);
        assert!(!pages[0].heading);
        assert!(pages[1..].iter().all(|p| p.heading));
        // Each continuation page holds 80 points of rows after the 20 of the heading.
        assert_eq!((pages[1].from, pages[1].to), (100.0, 160.0));
        assert_eq!(pages.last().map(|p| p.to), Some(190.0));
    }

    #[test]
    fn a_heading_alone_at_the_bottom_moves_to_the_next_page() {
        // The heading (50..80) fits on page one, the row after it does not.
        let rows = [0.0, 50.0, 80.0, 140.0];
        let pages = paginate(&rows, Some(1..2), 100.0, 3.0, 10.0);
        assert_eq!(pages[0].to, 50.0);
        assert_eq!((pages[1].from, pages[1].heading), (50.0, false));
    }

    #[test]
    fn a_row_taller_than_a_page_is_cut_between_its_lines() {
        let rows = [0.0, 20.0, 20.0 + 6.0 + 100.0 * 12.0];
        let pages = paginate(&rows, None, 500.0, 3.0, 12.0);
        assert_eq!(pages.len(), 3);
        for page in &pages[..2] {
            let lines = (page.to - 20.0 - 3.0) / 12.0;
            assert!((lines - lines.round()).abs() < 1e-3, "{page:?}");
        }
        assert!(pages.windows(2).all(|w| w[0].to == w[1].from));
    }

    #[test]
    fn a_cell_cut_by_page_breaks_runs_its_lines_on_from_part_to_part() {
        let style = Style::default();
        let step = style.line_step();
        let cell = CellBox {
            row: 0,
            col: 0,
            rows: 2,
            cols: 1,
            lines: (0..10).map(|i| i.to_string()).collect(),
            size: style.font_size,
            kind: Kind::Cell,
            align: Align::Left,
            overflows: false,
        };
        // Two rows, the break between them: 4.5 lines fit above it.
        let first = style.pad_y + 4.5 * step;
        let layout = TableLayout {
            sheet: Sheet::A4_PORTRAIT,
            columns: vec![0.0, 100.0],
            rows: vec![0.0, first, first + 8.0 * step],
            boxes: vec![cell.clone()],
            heading: None,
            tallest: 2,
            pages: vec![
                PageSpan {
                    heading: false,
                    from: 0.0,
                    to: first,
                },
                PageSpan {
                    heading: false,
                    from: first,
                    to: first + 8.0 * step,
                },
            ],
        };
        let (lines, top) = layout.flow(&cell, 0.0, first, &style);
        assert_eq!((lines, top), (0..4, style.pad_y));
        let (lines, top) = layout.flow(&cell, first, first + 8.0 * step, &style);
        assert_eq!((lines, top), (4..10, first));
    }

    #[test]
    fn a_page_looks_only_at_the_boxes_that_can_reach_it() {
        let style = Style::default();
        let rows: Vec<Vec<String>> = (0..200)
            .map(|i| vec![format!("第{i}行"), String::new()])
            .collect();
        let places = rows
            .iter()
            .map(|r| vec![Some(Place::Record); r.len()])
            .collect();
        let mut table = Grid {
            rows,
            merges: vec![],
            places,
        };
        table.merges.push(crate::export::Merge {
            row: 10,
            col: 1,
            rows: 150,
            cols: 1,
        });
        let layout = lay_out(&table, &style, &em);
        assert!(layout.pages.len() > 2);
        for page in &layout.pages {
            let near = layout.boxes_between(page.from, page.to);
            for cell in &layout.boxes {
                let (top, bottom) = layout.extent(cell);
                if bottom > page.from + 0.01 && top < page.to - 0.01 {
                    assert!(near.contains(cell), "{cell:?} missing from {page:?}");
                }
            }
            assert!(near.len() < layout.boxes.len());
        }
    }

    #[test]
    fn an_empty_table_is_one_page() {
        assert_eq!(paginate(&[0.0], None, 100.0, 3.0, 10.0).len(), 1);
        assert_eq!(paginate(&[], None, 100.0, 3.0, 10.0).len(), 1);
    }

    #[test]
    fn widths_share_the_page_by_what_columns_want() {
        // All wishes fit: scaled up alike.
        assert_eq!(
            distribute(&[10.0, 10.0], &[20.0, 60.0], 160.0),
            [40.0, 120.0]
        );
        // Needs fit, wishes do not: the spare goes by how much more each wants.
        assert_eq!(distribute(&[10.0, 10.0], &[20.0, 60.0], 50.0), [15.0, 35.0]);
        // Not even the needs fit: shrunk alike.
        assert_eq!(distribute(&[30.0, 10.0], &[40.0, 60.0], 20.0), [15.0, 5.0]);
        assert!(distribute(&[], &[], 100.0).is_empty());
    }

    fn grid(rows: &[&[&str]], labels: bool) -> Grid {
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect();
        let place = if labels { None } else { Some(Place::Record) };
        let places = rows.iter().map(|r| vec![place; r.len()]).collect();
        Grid {
            rows,
            merges: vec![],
            places,
        }
    }

    #[test]
    fn a_narrow_table_is_upright_and_a_wide_one_on_its_side() {
        let style = Style::default();
        let narrow = grid(&[&["项目名称", "名称"], &["一级指标", "指标值"]], true);
        assert_eq!(lay_out(&narrow, &style, &em).sheet, Sheet::A4_PORTRAIT);
        let long = "反映劳动保障监察工作任务的完成情况";
        let wide = grid(&[&["一级指标"; 8], &[long; 8]], true);
        assert_eq!(lay_out(&wide, &style, &em).sheet, Sheet::A4_LANDSCAPE);
    }

    #[test]
    fn the_columns_fill_the_width_and_rows_grow_with_their_lines() {
        let style = Style::default();
        let long = "本项目主要用于平罗县事业单位公开招聘工作".repeat(10);
        let table = grid(&[&["标题", ""], &["目标", &long], &["a", "b"]], true);
        let layout = lay_out(&table, &style, &em);
        let content = layout.sheet.content_width(&style);
        assert!((layout.columns[2] - content).abs() < 0.01);
        let heights: Vec<f32> = layout.rows.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(heights[1] > 3.0 * heights[2], "{heights:?}");
        let cell = layout.boxes.iter().find(|b| b.row == 1 && b.col == 1);
        assert!(cell.is_some_and(|b| b.lines.len() > 2 && b.align == Align::Left));
    }

    #[test]
    fn the_lines_above_the_table_are_captions_across_it() {
        let style = Style::default();
        let mut table = grid(
            &[
                &["标题", "", ""],
                &["", "", "单位：万元"],
                &["项目名称", "x", "y"],
            ],
            true,
        );
        table.merges.push(crate::export::Merge {
            row: 0,
            col: 0,
            rows: 1,
            cols: 3,
        });
        let layout = lay_out(&table, &style, &em);
        let kinds: Vec<(usize, Kind, Align)> = layout
            .boxes
            .iter()
            .map(|b| (b.row, b.kind, b.align))
            .collect();
        assert_eq!(kinds[0], (0, Kind::Title, Align::Center));
        assert_eq!(kinds[1], (1, Kind::Caption, Align::Right));
        assert_eq!(kinds[2], (2, Kind::Label, Align::Center));
        assert!(
            layout.boxes[..2]
                .iter()
                .all(|b| !b.bordered() && b.cols == 3)
        );
    }

    #[test]
    fn merges_off_the_grid_or_over_each_other_are_cut_not_trusted() {
        let style = Style::default();
        let mut table = grid(&[&["a", "b"], &["c", "d"]], false);
        let merge = |row, col, rows, cols| crate::export::Merge {
            row,
            col,
            rows,
            cols,
        };
        table.merges = vec![merge(0, 1, 9, 9), merge(1, 0, 1, 5), merge(5, 5, 1, 1)];
        let layout = lay_out(&table, &style, &em);
        let spans: Vec<_> = layout
            .boxes
            .iter()
            .map(|b| (b.row, b.col, b.rows, b.cols))
            .collect();
        // The first merge is cut to the grid; the second then may only take its own cell.
        assert!(spans.contains(&(0, 1, 2, 1)));
        assert!(spans.contains(&(1, 0, 1, 1)));
    }
}
