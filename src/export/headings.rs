//! A table of a form jixiao does not know, read by its headings: written back in its own
//! columns, with every header cell as a label/value row under a label an import recognises.

use super::grid::{Grid, GridBuilder};
use super::labelled::{Printed, cost_rows, header_rows};
use super::national_self_evaluation::{closing_rows, money_rows, total_row};
use super::national_target::{MIN_WIDTH, indicator_sets};
use super::parts::{title_row, unit_row, year_row};
use crate::layout::Layout;
use crate::model::{IndicatorCell, Record};

/// The table of `record` in its own columns.
pub(super) fn grid(record: &Record) -> Grid {
    let form = record.layout.form();
    let columns = Printed::of(record);
    let evaluation = record.is_self_evaluation() && record.evaluation.is_some();
    let min = if evaluation {
        super::national_self_evaluation::MIN_WIDTH
    } else {
        MIN_WIDTH
    };
    let mut b = GridBuilder::new(min.max(2 + columns.len() + columns.grade_room(record)));
    title_row(&mut b, record, || {
        // A self-evaluation read by its headings keeps calling itself one.
        let standard = if record.is_self_evaluation() {
            Layout::NationalSelfEvaluation
        } else {
            record.layout
        };
        standard.form().title.to_string()
    });
    year_row(&mut b, record, |year| format!("({year}年)"));
    unit_row(&mut b, record);
    header_rows(&mut b, record, form);
    if evaluation {
        money_rows(&mut b, record);
    }
    cost_rows(&mut b, record);
    if !record.lacks_indicator_part() {
        indicator_sets(&mut b, record, &columns);
    }
    if evaluation {
        let score_col = columns.position(IndicatorCell::Score).map(|c| c + 2);
        total_row(&mut b, record, score_col);
        closing_rows(&mut b, record);
    }
    b.finish()
}
