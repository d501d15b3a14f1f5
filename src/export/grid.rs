//! The form as a rectangle of cells with merged spans, built row by row.
//!
//! Every layout is drawn into a [`Grid`] first; the canonical text and the editor's preview are
//! both read from it, so they can never disagree about where a cell sits.

use crate::model::Place;

/// A table drawn as the official form draws it: every row has the same number of cells, a merged
/// cell holds its text in its top-left cell and the other cells it covers are empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grid {
    /// The cells, row by row; all rows have [`Grid::width`] cells.
    pub rows: Vec<Vec<String>>,
    /// The merged cells, ordered by row then column; they never overlap.
    pub merges: Vec<Merge>,
    /// What each cell shows, where it is a part of the record (`None` for the form's own labels
    /// and empty cells); same shape as `rows`.
    pub places: Vec<Vec<Option<Place>>>,
}

impl Grid {
    /// The number of cells in every row.
    pub fn width(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }

    /// The rows of the indicator table's heading (`一级指标 二级指标 三级指标 …`, with the row
    /// below it where a heading cell is merged down over two rows): what a printed page repeats
    /// when the table runs over. `None` for a table without an indicator heading.
    pub fn heading_rows(&self) -> Option<std::ops::Range<usize>> {
        let is_label =
            |r: usize, c: usize| self.places.get(r).and_then(|p| p.get(c)) == Some(&None);
        let row = self.rows.iter().enumerate().position(|(r, cells)| {
            cells
                .iter()
                .enumerate()
                // `一级指标`, `一级绩效指标`: the first column of every form's indicator heading.
                .any(|(c, text)| {
                    let text = text.trim();
                    is_label(r, c) && text.starts_with("一级") && text.ends_with("指标")
                })
        })?;
        let merged = self
            .merges
            .iter()
            .filter(|m| m.row == row)
            .map(|m| m.rows)
            .max()
            .unwrap_or(1);
        // A cell merged down beside the whole indicator tree (the self-evaluation's `绩效指标`)
        // is no heading: the heading goes on only over rows of the form's own labels.
        let labels_only = |r: usize| (0..self.width()).all(|c| is_label(r, c));
        let rows = (1..merged)
            .take_while(|&below| labels_only(row + below))
            .count()
            + 1;
        Some(row..row + rows)
    }

    /// The cells of a block (`rows` × `cols`, clamped to the grid) as tab-separated text, quoted
    /// the way a spreadsheet reads a paste: what copying a selection of the preview gives.
    pub fn block_text(&self, rows: std::ops::Range<usize>, cols: std::ops::Range<usize>) -> String {
        let block: Vec<Vec<String>> = self
            .rows
            .get(rows.start.min(self.rows.len())..rows.end.min(self.rows.len()))
            .unwrap_or_default()
            .iter()
            .map(|row| {
                row.get(cols.start.min(row.len())..cols.end.min(row.len()))
                    .unwrap_or_default()
                    .to_vec()
            })
            .collect();
        super::text::rows_text(&block)
    }

    /// Whether the cell at `row`, `col` is covered by a merged cell that starts elsewhere (it is
    /// drawn as part of that cell, not on its own).
    pub fn is_covered(&self, row: usize, col: usize) -> bool {
        self.merges
            .iter()
            .any(|m| m.covers(row, col) && (m.row, m.col) != (row, col))
    }

    /// The merged cell whose top-left cell is at `row`, `col`.
    pub fn merge_at(&self, row: usize, col: usize) -> Option<&Merge> {
        self.merges.iter().find(|m| m.row == row && m.col == col)
    }
}

/// A merged cell: `rows` × `cols` cells whose top-left cell is at `row`, `col`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Merge {
    /// Row of the top-left cell.
    pub row: usize,
    /// Column of the top-left cell.
    pub col: usize,
    /// How many rows it covers (at least 1).
    pub rows: usize,
    /// How many columns it covers (at least 1).
    pub cols: usize,
}

impl Merge {
    /// Whether the merge covers the cell at `row`, `col`.
    pub fn covers(&self, row: usize, col: usize) -> bool {
        (self.row..self.row + self.rows).contains(&row)
            && (self.col..self.col + self.cols).contains(&col)
    }
}

/// One cell of a row being built, possibly spanning several columns.
#[derive(Debug, Clone)]
pub(super) struct Cell {
    text: String,
    place: Option<Place>,
    cols: usize,
    merged: bool,
}

impl Cell {
    /// A label the form itself prints (`项目名称`, `一级指标`).
    pub(super) fn label(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            place: None,
            cols: 1,
            merged: true,
        }
    }

    /// A cell showing a part of the record.
    pub(super) fn field(text: impl Into<String>, place: Place) -> Cell {
        Cell {
            place: Some(place),
            ..Cell::label(text)
        }
    }

    /// A cell showing a part of the record when there is one, else an empty cell.
    pub(super) fn maybe(text: Option<&str>, place: Place) -> Cell {
        match text {
            Some(text) => Cell::field(text, place),
            None => Cell::label(""),
        }
    }

    /// `n` separate empty cells, not merged: padding where the form has nothing.
    pub(super) fn gap(n: usize) -> Cell {
        Cell {
            text: String::new(),
            place: None,
            cols: n,
            merged: false,
        }
    }

    /// The same cell merged across `cols` columns.
    pub(super) fn span(self, cols: usize) -> Cell {
        Cell { cols, ..self }
    }
}

/// Builds a [`Grid`] of a fixed width row by row.
pub(super) struct GridBuilder {
    width: usize,
    grid: Grid,
}

impl GridBuilder {
    /// An empty grid `width` cells wide.
    pub(super) fn new(width: usize) -> GridBuilder {
        GridBuilder {
            width,
            grid: Grid::default(),
        }
    }

    /// How many cells wide the grid is.
    pub(super) fn width(&self) -> usize {
        self.width
    }

    /// Index the next row will have.
    pub(super) fn next_row(&self) -> usize {
        self.grid.rows.len()
    }

    /// Appends a row. Cells past the width are cut and a short row is padded with empty cells,
    /// so the grid stays rectangular whatever the caller passes.
    pub(super) fn row(&mut self, cells: Vec<Cell>) -> usize {
        let row = self.grid.rows.len();
        let mut texts = Vec::with_capacity(self.width);
        let mut places = Vec::with_capacity(self.width);
        for cell in cells {
            if cell.cols == 0 {
                continue;
            }
            let col = texts.len();
            let cols = cell.cols.min(self.width - col);
            if cols == 0 {
                break;
            }
            if cell.merged && cols > 1 {
                self.grid.merges.push(Merge {
                    row,
                    col,
                    rows: 1,
                    cols,
                });
            }
            texts.push(cell.text);
            places.push(cell.place);
            texts.resize(col + cols, String::new());
            places.resize(col + cols, None);
        }
        texts.resize(self.width, String::new());
        places.resize(self.width, None);
        self.grid.rows.push(texts);
        self.grid.places.push(places);
        row
    }

    /// Extends the cell (or merged cell) whose top-left is at `row`, `col` down to cover `rows`
    /// rows. The cells it comes to cover must have been left empty by the caller.
    pub(super) fn merge_down(&mut self, row: usize, col: usize, rows: usize) {
        if rows <= 1 {
            return;
        }
        match self
            .grid
            .merges
            .iter_mut()
            .find(|m| m.row == row && m.col == col)
        {
            Some(merge) => merge.rows = rows,
            None => self.grid.merges.push(Merge {
                row,
                col,
                rows,
                cols: 1,
            }),
        }
    }

    /// Writes `text` into an existing cell, for cells whose content is only known after the rows
    /// below them are built.
    pub(super) fn set(&mut self, row: usize, col: usize, text: &str, place: Option<Place>) {
        if let Some(cell) = self.grid.rows.get_mut(row).and_then(|r| r.get_mut(col)) {
            *cell = text.to_string();
        }
        if let Some(slot) = self.grid.places.get_mut(row).and_then(|r| r.get_mut(col)) {
            *slot = place;
        }
    }

    /// The finished grid, merges ordered by position.
    pub(super) fn finish(mut self) -> Grid {
        self.grid.merges.sort_by_key(|m| (m.row, m.col));
        self.grid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_leave_the_covered_cells_empty_and_record_a_merge() {
        let mut b = GridBuilder::new(4);
        b.row(vec![Cell::label("项目名称"), Cell::label("名").span(3)]);
        let grid = b.finish();
        assert_eq!(grid.rows, vec![vec!["项目名称", "名", "", ""]]);
        assert_eq!(
            grid.merges,
            vec![Merge {
                row: 0,
                col: 1,
                rows: 1,
                cols: 3
            }]
        );
    }

    #[test]
    fn the_heading_rows_are_the_indicator_heading_and_the_rows_it_is_merged_over() {
        let mut b = GridBuilder::new(3);
        b.row(vec![Cell::label("项目绩效目标表").span(3)]);
        let heading = b.row(vec![
            Cell::label("一级指标"),
            Cell::label("二级指标"),
            Cell::label("指标值"),
        ]);
        b.row(vec![Cell::gap(2), Cell::label("年度")]);
        b.merge_down(heading, 0, 2);
        b.row(vec![Cell::field("一级指标", Place::Record)]);
        assert_eq!(b.finish().heading_rows(), Some(1..3));
    }

    #[test]
    fn a_cell_merged_down_beside_the_indicators_does_not_make_them_heading() {
        let mut b = GridBuilder::new(3);
        let heading = b.row(vec![
            Cell::label("绩效指标"),
            Cell::label("一级指标"),
            Cell::label("二级指标"),
        ]);
        b.row(vec![
            Cell::gap(1),
            Cell::field("产出指标", Place::Record),
            Cell::field("数量指标", Place::Record),
        ]);
        b.row(vec![]);
        b.merge_down(heading, 0, 3);
        assert_eq!(b.finish().heading_rows(), Some(0..1));
    }

    #[test]
    fn the_county_forms_heading_says_yiji_jixiao_zhibiao() {
        let mut b = GridBuilder::new(2);
        b.row(vec![Cell::label("一级绩效指标"), Cell::label("绩效值")]);
        assert_eq!(b.finish().heading_rows(), Some(0..1));
    }

    #[test]
    fn a_table_without_indicators_has_no_heading_rows() {
        let mut b = GridBuilder::new(2);
        b.row(vec![
            Cell::label("项目名称"),
            Cell::field("一级指标", Place::Record),
        ]);
        assert_eq!(b.finish().heading_rows(), None);
    }

    #[test]
    fn a_block_is_copied_as_the_tab_separated_cells_it_covers() {
        let mut b = GridBuilder::new(3);
        b.row(vec![Cell::label("项目名称"), Cell::label("名").span(2)]);
        b.row(vec![
            Cell::label("a"),
            Cell::label("目标1\n目标2"),
            Cell::label("c"),
        ]);
        let grid = b.finish();
        assert_eq!(grid.block_text(0..2, 1..3), "名\t\n\"目标1\n目标2\"\tc\n");
        assert_eq!(grid.block_text(1..9, 2..9), "c\n");
        assert_eq!(grid.block_text(5..9, 0..1), "");
    }

    #[test]
    fn short_and_long_rows_are_made_rectangular() {
        let mut b = GridBuilder::new(3);
        b.row(vec![Cell::label("a")]);
        b.row(vec![Cell::label("b").span(2), Cell::label("c").span(5)]);
        let grid = b.finish();
        assert_eq!(grid.rows, vec![vec!["a", "", ""], vec!["b", "", "c"]]);
        assert_eq!(grid.merges.len(), 1);
    }

    #[test]
    fn gaps_are_not_merged_and_merges_extend_down() {
        let mut b = GridBuilder::new(3);
        b.row(vec![Cell::gap(2), Cell::label("单位：万元")]);
        b.row(vec![Cell::label("本级").span(2), Cell::label("x")]);
        b.row(vec![]);
        b.merge_down(1, 0, 2);
        let grid = b.finish();
        assert_eq!(
            grid.merges,
            vec![Merge {
                row: 1,
                col: 0,
                rows: 2,
                cols: 2
            }]
        );
        assert!(grid.merges[0].covers(2, 1));
    }
}
