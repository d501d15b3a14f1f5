//! `direction-conflict`: a comparison that contradicts the row's 指标方向 — `反向` (less is
//! better) with `≥`/`＞`, or `正向` with `≤`/`＜`.
//!
//! Forms disagree about which heading holds the sign and which the direction (some print 正向
//! under 指标性质 and `大于等于` under 指标方向), so every sign cell is read for both. `＝` fixes a
//! value and fits either direction (`出差总成本 = 1 万元`, 反向).

use crate::check::context::{Context, Line};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Direction, IndicatorCell, comparison_in_cell, direction_in_cell};
use crate::value::Comparison;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "direction-conflict",
    severity: Severity::Warning,
    title: "计算符号与指标方向矛盾",
    description: "计算符号与指标方向相反：反向指标（越小越好）写了「≥」「＞」，或正向指标写了「≤」「＜」。各表把符号和方向放在不同的列（指标性质、计算符号、指标方向），每一列都会读取；「＝」与任一方向都不矛盾。",
    reads: &[
        IndicatorCell::Operator,
        IndicatorCell::Direction,
        IndicatorCell::Nature,
    ],
    run: check,
};

/// The sign cells of a row with the cell each is in.
fn sign_cells<'a>(line: &'a Line<'_>) -> [(IndicatorCell, &'a str); 3] {
    let ind = line.indicator;
    [
        (IndicatorCell::Operator, ind.operator.as_str()),
        (IndicatorCell::Direction, ind.direction.as_str()),
        (IndicatorCell::Nature, ind.nature.as_str()),
    ]
}

fn contradicts(direction: Direction, comparison: Comparison) -> bool {
    match direction {
        Direction::Negative => matches!(comparison, Comparison::AtLeast | Comparison::Above),
        Direction::Positive => matches!(comparison, Comparison::AtMost | Comparison::Below),
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        let cells = sign_cells(line);
        let Some(direction) = cells.iter().find_map(|&(_, text)| direction_in_cell(text)) else {
            continue;
        };
        let separate = cells
            .iter()
            .find_map(|&(cell, text)| comparison_in_cell(text).map(|c| (line.place(cell), c)));
        let Some((place, comparison)) =
            separate.or_else(|| line.value.comparison.map(|c| (line.target_place(), c)))
        else {
            continue;
        };
        if contradicts(direction, comparison) {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                place,
                format!(
                    "{}的指标方向为「{}」（{}），计算符号却是「{}」",
                    line.title(),
                    direction.word(),
                    meaning(direction),
                    comparison.sign()
                ),
            ));
        }
    }
}

fn meaning(direction: Direction) -> &'static str {
    match direction {
        Direction::Positive => "越大越好",
        Direction::Negative => "越小越好",
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, messages, push, sound, split};
    use crate::layout::Layout;
    use crate::model::{Indicator, IndicatorCell, Level2, Place, Record};

    fn with_row(row: Indicator) -> Record {
        let mut record = sound(Layout::NationalTarget);
        let path = push(&mut record, Level2::Quality, "x", "");
        *record.indicator_mut(path).unwrap() = row;
        record
    }

    #[test]
    fn a_negative_indicator_with_at_least_is_a_warning_at_the_sign() {
        let mut row = split("投诉率", "定量", "≥", "5", "%");
        row.direction = "反向".into();
        let found = findings(&with_row(row), "direction-conflict");
        assert_eq!(found.len(), 1);
        assert!(matches!(
            found[0].place,
            Place::Indicator(_, IndicatorCell::Operator)
        ));
        assert_eq!(
            found[0].message,
            "「投诉率」的指标方向为「反向」（越小越好），计算符号却是「≥」"
        );
    }

    #[test]
    fn swapped_headings_are_read_by_what_the_cells_say() {
        // 指标性质 holds the direction, 指标方向 the comparison in words.
        let mut row = split("车辆采购数量", "正向", "", "1", "辆");
        row.direction = "小于等于".into();
        assert_eq!(messages(&with_row(row), "direction-conflict").len(), 1);
        let mut fits = split("车辆采购数量", "反向", "", "1", "辆");
        fits.direction = "小于等于".into();
        assert!(messages(&with_row(fits), "direction-conflict").is_empty());
    }

    #[test]
    fn equal_fits_either_direction_and_a_one_cell_sign_is_read_too() {
        let mut row = split("出差总成本", "反向", "", "1", "万元");
        row.direction = "=".into();
        assert!(messages(&with_row(row), "direction-conflict").is_empty());
        let mut one_cell = Indicator::new("差错率", "≥2%");
        one_cell.direction = "反向".into();
        assert_eq!(messages(&with_row(one_cell), "direction-conflict").len(), 1);
        assert!(messages(&sound(Layout::NationalTarget), "direction-conflict").is_empty());
    }
}
