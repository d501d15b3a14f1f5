//! Column widths and row heights for the grid, estimated from its texts.
//!
//! Excel sizes neither by itself when a file is opened: a column keeps the width the file gives
//! it, and a row with wrapped text in a merged cell keeps one line's height. So both are worked
//! out here, in Excel's units (a column's width in widths of `0`, a row's height in points),
//! counting a CJK character as two `0`s.

use crate::export::Grid;

/// The narrowest column, so an empty one still shows as a cell.
const MIN_WIDTH: f64 = 6.0;
/// The widest column: a long goal text wraps instead of making one column as wide as the page.
const MAX_WIDTH: f64 = 40.0;
/// Room for the cell's padding and border, in widths of `0`.
const PADDING: f64 = 2.0;
/// Height of one line of body text, in points.
pub(super) const LINE_HEIGHT: f64 = 14.5;
/// Space above and below the lines of a cell, in points.
const ROW_PADDING: f64 = 4.0;
/// The tallest row Excel allows, in points; a longer text is cut off on screen, not refused.
const MAX_HEIGHT: f64 = 409.0;

/// How wide `text`'s longest line is, in widths of `0`: characters of the wide East Asian forms
/// (CJK, full-width signs) count two, others one.
pub(super) fn text_width(text: &str) -> f64 {
    text.lines().map(line_width).fold(0.0, f64::max)
}

fn line_width(line: &str) -> f64 {
    line.chars()
        .map(|c| if is_wide(c) { 2.0 } else { 1.0 })
        .sum()
}

/// Whether `c` is drawn two columns wide (CJK ideographs, kana, hangul, full-width forms and
/// CJK punctuation), by the ranges the wide forms live in.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// The width of each column: the widest text of a cell that sits in that column alone (cells
/// merged across columns wrap within the columns they cover), between the minimum and the cap.
pub(super) fn column_widths(grid: &Grid) -> Vec<f64> {
    let mut widths = vec![MIN_WIDTH; grid.width()];
    for (r, row) in grid.rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let spans_columns = grid.merge_at(r, c).is_some_and(|m| m.cols > 1);
            if spans_columns || text.is_empty() {
                continue;
            }
            if let Some(width) = widths.get_mut(c) {
                *width = width.max((text_width(text) + PADDING).min(MAX_WIDTH));
            }
        }
    }
    widths
}

/// How many lines `text` takes wrapped in `width` (widths of `0`), at least one.
pub(super) fn wrapped_lines(text: &str, width: f64) -> usize {
    let room = (width - PADDING).max(1.0);
    text.lines()
        .map(|line| (line_width(line) / room).ceil().max(1.0) as usize)
        .sum::<usize>()
        .max(1)
}

/// The height of each row in points for `widths`, `scale(r, c)` giving how many times the body
/// text height a cell's font is (the title is larger). A cell merged down over several rows
/// shares its lines among them: the rows it covers grow only where it needs more than they have.
pub(super) fn row_heights(
    grid: &Grid,
    widths: &[f64],
    scale: impl Fn(usize, usize) -> f64,
) -> Vec<f64> {
    let height = |r: usize, c: usize, cols: usize| {
        let width: f64 = widths.iter().skip(c).take(cols).sum();
        let text = &grid.rows[r][c];
        let lines = wrapped_lines(text, width / scale(r, c)) as f64;
        lines * LINE_HEIGHT * scale(r, c) + ROW_PADDING
    };
    let mut heights = vec![LINE_HEIGHT + ROW_PADDING; grid.rows.len()];
    let mut tall = Vec::new();
    for (r, row) in grid.rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if text.is_empty() || grid.is_covered(r, c) {
                continue;
            }
            match grid.merge_at(r, c) {
                Some(m) if m.rows > 1 => tall.push((r, c, m.rows, m.cols)),
                Some(m) => heights[r] = heights[r].max(height(r, c, m.cols)),
                None => heights[r] = heights[r].max(height(r, c, 1)),
            }
        }
    }
    for (r, c, rows, cols) in tall {
        let needed = height(r, c, cols);
        let end = (r + rows).min(heights.len());
        let have: f64 = heights[r..end].iter().sum();
        if needed > have
            && let Some(last) = heights.get_mut(end.saturating_sub(1))
        {
            *last += needed - have;
        }
    }
    for height in &mut heights {
        *height = height.min(MAX_HEIGHT);
    }
    heights
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Merge;

    fn grid(rows: Vec<Vec<&str>>, merges: Vec<Merge>) -> Grid {
        let places = rows.iter().map(|r| vec![None; r.len()]).collect();
        Grid {
            rows: rows
                .into_iter()
                .map(|r| r.into_iter().map(String::from).collect())
                .collect(),
            merges,
            places,
        }
    }

    #[test]
    fn cjk_characters_count_two() {
        assert_eq!(text_width("项目名称"), 8.0);
        assert_eq!(text_width("≥95%"), 4.0);
        assert_eq!(text_width("ab\n项目"), 4.0);
    }

    #[test]
    fn a_long_text_is_capped_and_wraps() {
        let long = "保障日常办公办案装备需要".repeat(10);
        let g = grid(vec![vec!["一级指标", long.as_str()]], vec![]);
        let widths = column_widths(&g);
        assert_eq!(widths[0], 10.0);
        assert_eq!(widths[1], MAX_WIDTH);
        let heights = row_heights(&g, &widths, |_, _| 1.0);
        assert!(heights[0] > 6.0 * LINE_HEIGHT, "{heights:?}");
        let huge = "目标".repeat(5000);
        let g = grid(vec![vec![huge.as_str()]], vec![]);
        assert_eq!(row_heights(&g, &[40.0], |_, _| 1.0), vec![MAX_HEIGHT]);
    }

    #[test]
    fn cells_merged_across_columns_do_not_widen_a_column() {
        let long = "目标".repeat(60);
        let merge = Merge {
            row: 0,
            col: 0,
            rows: 1,
            cols: 2,
        };
        let g = grid(vec![vec![long.as_str(), ""], vec!["a", "b"]], vec![merge]);
        assert_eq!(column_widths(&g), vec![MIN_WIDTH, MIN_WIDTH]);
    }

    #[test]
    fn a_cell_merged_down_grows_only_the_last_row_it_covers() {
        let long = "目标".repeat(20);
        let merge = Merge {
            row: 0,
            col: 0,
            rows: 2,
            cols: 1,
        };
        let g = grid(vec![vec![long.as_str(), "x"], vec!["", "y"]], vec![merge]);
        let widths = vec![10.0, 10.0];
        let heights = row_heights(&g, &widths, |_, _| 1.0);
        assert_eq!(heights[0], LINE_HEIGHT + ROW_PADDING);
        assert!(heights[1] > heights[0]);
    }
}
