//! Properties of the canonical text over arbitrary workbooks: the same content always gives the
//! same bytes, every table is a rectangle, and the text reads back cell for cell by the rules of
//! `docs/format.md`.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::generate::{record, workbook};
use common::tsv::{as_read, read_rows, read_tables};
use jixiao::export::{record_grid, record_rows, record_text, workbook_text};
use proptest::prelude::*;

proptest! {
    #[test]
    fn exporting_twice_or_a_clone_gives_identical_bytes(w in workbook()) {
        let first = workbook_text(&w);
        prop_assert_eq!(&first, &workbook_text(&w));
        prop_assert_eq!(&first, &workbook_text(&w.clone()));
    }

    #[test]
    fn every_row_of_a_table_has_the_same_number_of_cells(r in record()) {
        let rows = record_rows(&r);
        prop_assert!(!rows.is_empty());
        let width = rows[0].len();
        prop_assert!(width >= 4);
        for row in &rows {
            prop_assert_eq!(row.len(), width);
        }
    }

    #[test]
    fn a_table_reads_back_cell_for_cell(r in record()) {
        let text = record_text(&r);
        prop_assert!(!text.contains('\r'));
        let read = read_rows(&text).map_err(TestCaseError::fail)?;
        let expected: Vec<Vec<String>> = record_rows(&r)
            .iter()
            .map(|row| row.iter().map(|c| as_read(c)).collect())
            .collect();
        prop_assert_eq!(read, expected);
    }

    #[test]
    fn a_workbook_reads_back_as_its_tables_in_order(w in workbook()) {
        let tables = read_tables(&workbook_text(&w)).map_err(TestCaseError::fail)?;
        prop_assert_eq!(tables.len(), w.records.len());
        for (table, r) in tables.iter().zip(&w.records) {
            let expected: Vec<Vec<String>> = record_rows(r)
                .iter()
                .map(|row| row.iter().map(|c| as_read(c)).collect())
                .collect();
            prop_assert_eq!(table, &expected);
        }
    }

    #[test]
    fn merged_cells_stay_inside_the_grid_and_cover_only_empty_cells(r in record()) {
        let grid = record_grid(&r);
        let width = grid.width();
        prop_assert_eq!(grid.places.len(), grid.rows.len());
        for places in &grid.places {
            prop_assert_eq!(places.len(), width);
        }
        let mut covered = vec![vec![false; width]; grid.rows.len()];
        for m in &grid.merges {
            prop_assert!(m.rows * m.cols > 1, "{:?} merges nothing", m);
            prop_assert!(m.row + m.rows <= grid.rows.len() && m.col + m.cols <= width, "{:?}", m);
            let cells = (m.row..m.row + m.rows)
                .flat_map(|row| (m.col..m.col + m.cols).map(move |col| (row, col)));
            for (row, col) in cells {
                let seen = std::mem::replace(&mut covered[row][col], true);
                prop_assert!(!seen, "merges overlap at {},{}", row, col);
                if (row, col) != (m.row, m.col) {
                    prop_assert_eq!(&grid.rows[row][col], "", "covered cell {},{} has text", row, col);
                    prop_assert_eq!(grid.places[row][col], None);
                }
            }
        }
    }

    #[test]
    fn every_place_in_the_grid_shows_the_records_text(r in record()) {
        let grid = record_grid(&r);
        for (row, places) in grid.places.iter().enumerate() {
            for (col, place) in places.iter().enumerate() {
                if let Some(place) = place
                    && let Some(text) = r.text_at(*place)
                {
                    // Group labels may gain a canonical name or a weight; all else is verbatim.
                    let verbatim = !matches!(
                        place,
                        jixiao::model::Place::Level1(_) | jixiao::model::Place::Level2 { .. }
                    );
                    if verbatim {
                        prop_assert_eq!(&grid.rows[row][col], text);
                    }
                }
            }
        }
    }
}
