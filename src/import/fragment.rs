//! Indicator rows outside any table: the tail of a table whose header was on an earlier page.
//!
//! Such rows are no record (without 项目名称, heading row or amount there is nothing to check them
//! against), but a document holding only them should say so rather than that it has no table.

use crate::model::{Level1, Level2};

/// The first and last line (1-based) of the rows of `text` that name an indicator group
/// (`产出指标`, `数量指标`) in one of their first three cells, when there are at least two.
pub fn indicator_rows(text: &str) -> Option<(usize, usize)> {
    let mut lines = text.lines().enumerate().filter(|(_, line)| {
        line.split('\t')
            .take(3)
            .any(|cell| Level2::from_label(cell).is_some() || Level1::from_label(cell).is_some())
    });
    let (first, _) = lines.next()?;
    let (last, _) = lines.last()?;
    Some((first + 1, last + 1))
}

/// [`indicator_rows`] of a document given as bytes in any encoding the importer reads; `None`
/// for bytes that are no text.
pub fn indicator_rows_in(bytes: &[u8]) -> Option<(usize, usize)> {
    indicator_rows(&super::decode::decode(bytes).ok()?)
}

#[cfg(test)]
mod tests {
    use super::indicator_rows;

    #[test]
    fn rows_naming_indicator_groups_are_found_with_their_lines() {
        let text = "说明\n产出指标\t数量指标\t人数\t10人\n\t质量指标\t合格率\t100%\n效益指标\t社会效益\t提升\n";
        assert_eq!(indicator_rows(text), Some((2, 4)));
    }

    #[test]
    fn prose_or_a_single_row_is_no_fragment() {
        assert_eq!(indicator_rows("只是一段说明文字。\n"), None);
        assert_eq!(indicator_rows("产出指标\t数量指标\t人数\t10人\n"), None);
    }
}
