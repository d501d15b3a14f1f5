//! `weight-sum`: self-evaluation weights (分值) add up to 100 — on the national form the 执行率
//! row's 10 points plus the indicators' 90 — and each group's weights to the weight it states
//! (`产出指标 (40分)`, in its weight cell or its label).
//!
//! Target tables that carry weights (the 一体化 list, some provinces' forms) are drafts of the
//! scoring to come: their rows add up to 100, or to 90 where the 10 points of budget execution
//! are scored elsewhere; anything else is only a warning. Ranges in labels (`成本指标(0-20)分`)
//! state no weight.

use super::amount_too_large;
use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::layout::MoneyTable;
use crate::model::{Amount, IndicatorCell, Place, checked_sum, parse_plain_decimal};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "weight-sum",
    severity: Severity::Error,
    title: "分值合计",
    description: "自评表各三级指标的分值（全国通用自评表加上预算执行率一行的分值，通常 10 + 90）合计应为 100 分；一级、二级指标标明的分值（如「产出指标 (40分)」，分值区间「(0-20)分」不算）应等于其下各项分值合计。目标表的分值合计应为 100 分或 90 分（另有 10 分预算执行率），不符为警告；各一级指标下分值各自合计 100 的分级权重不检查总数；被截断的表只检查分组分值不超过标明的分值。",
    reads: &[IndicatorCell::Weight],
    run: check,
};

/// The sum of the weights, or `None` when one of them is not a number (amount-format says so);
/// `Some(None)` when the sum is too large to compute.
fn sum<'a>(weights: impl Iterator<Item = &'a Amount>) -> Option<Option<Decimal>> {
    let written = weights.filter(|w| !w.is_blank()).map(Amount::value);
    written.collect::<Option<Vec<Decimal>>>().map(checked_sum)
}

/// The weight a group label states (`产出指标(50分)`, `数量指标（10分）`); `None` for a range
/// (`成本指标(0-20)分`), a hint (`(必填硬性指标)`) or no brackets.
pub(crate) fn label_weight(label: &str) -> Option<Decimal> {
    let open = label.find(['(', '（'])?;
    let inside = label.get(open..)?.trim_start_matches(['(', '（']);
    let inside = inside.get(..inside.find([')', '）'])?)?;
    let number = inside.trim().strip_suffix('分').unwrap_or(inside).trim();
    parse_plain_decimal(number)
}

/// The weight a group states: its weight cell, else its label.
fn stated(weight: &Amount, label: &str) -> Option<Decimal> {
    if weight.is_blank() {
        label_weight(label)
    } else {
        weight.value()
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let weights = || cx.lines.iter().map(|l| &l.indicator.weight);
    let evaluation = cx.record.is_self_evaluation();
    if !evaluation && weights().all(Amount::is_blank) {
        return;
    }
    let sums: Vec<Option<Decimal>> = (0..cx.record.groups.len())
        .map(|i| {
            sum(cx
                .lines
                .iter()
                .filter(|l| l.path.level1 == i)
                .map(|l| &l.indicator.weight))
            .flatten()
        })
        .collect();
    // Forms with a weight per first-level group and percentages within each (50/25/25, each
    // group's rows adding to 100) weigh hierarchically: their rows never add to 100 overall.
    let hierarchical = sums.len() > 1 && sums.iter().all(|s| *s == Some(Decimal::ONE_HUNDRED));
    if hierarchical {
        return;
    }
    for ((i, group), total) in cx.record.groups.iter().enumerate().zip(&sums) {
        if let (Some(stated), Some(total)) = (stated(&group.weight, &group.label), *total)
            && differs(cx, total, stated)
        {
            // A weight in its own cell is what the person corrects; one only in the label
            // (`产出指标(40)`, no 分) is corrected there.
            let place = if group.weight.is_blank() {
                Place::Level1(i)
            } else {
                Place::Level1Weight(i)
            };
            out.push(mismatch(
                cx,
                place,
                group.category.canonical_name(),
                total,
                stated,
            ));
        }
        for (j, group2) in group.groups.iter().enumerate() {
            let Some(stated) = label_weight(&group2.label) else {
                continue;
            };
            if let Some(Some(total)) = sum(group2.indicators.iter().map(|r| &r.weight))
                && differs(cx, total, stated)
            {
                let place = Place::Level2 {
                    level1: i,
                    level2: j,
                };
                out.push(mismatch(
                    cx,
                    place,
                    group2.category.canonical_name(),
                    total,
                    stated,
                ));
            }
        }
    }
    // Groups too large to add up are left to the sum of all rows, reported here.
    let rows = match sum(weights()) {
        None => return,
        Some(None) => {
            out.push(amount_too_large::finding(cx, Place::Record, "各项分值合计"));
            return;
        }
        Some(Some(rows)) => rows,
    };
    // The rows after the cut of a table cut short carry the missing points.
    if cx.cut {
        return;
    }
    let budget = cx
        .record
        .evaluation
        .as_ref()
        .map(|e| &e.total.weight)
        .filter(|w| !w.is_blank());
    let national = cx.record.layout.form().money == MoneyTable::Evaluation { national: true };
    let execution = Decimal::TEN;
    match budget.map(Amount::value) {
        // Not a number: amount-format reports it.
        Some(None) => {}
        Some(Some(budget)) => {
            let Some(total) = checked_sum([rows, budget]) else {
                out.push(amount_too_large::finding(cx, Place::Record, "各项分值合计"));
                return;
            };
            if total != Decimal::ONE_HUNDRED {
                out.push(cx.finding(
                    RULE.code,
                    Severity::Error,
                    Place::Record,
                    format!(
                        "预算执行率分值 {} 分加各项指标分值合计 {} 分为 {} 分，应为 100 分",
                        show_number(budget),
                        show_number(rows),
                        show_number(total)
                    ),
                ));
            }
        }
        // A national self-evaluation, or a target table, may leave the 10 points of budget
        // execution to a row of its own.
        None if rows == Decimal::ONE_HUNDRED => {}
        None if (national || !evaluation)
            && checked_sum([rows, execution]) == Some(Decimal::ONE_HUNDRED) => {}
        None => out.push(cx.finding(
            RULE.code,
            if evaluation {
                Severity::Error
            } else {
                Severity::Warning
            },
            Place::Record,
            format!("各项分值合计 {} 分，应为 100 分", show_number(rows)),
        )),
    }
}

/// Whether a group's rows, adding up to `total`, miss its `stated` weight: on a table cut
/// short only by exceeding it, since rows after the cut are missing.
fn differs(cx: &Context<'_>, total: Decimal, stated: Decimal) -> bool {
    if cx.cut {
        total > stated
    } else {
        total != stated
    }
}

/// A group whose rows do not add up to its stated weight: wrong on a self-evaluation, a
/// warning on a target table, whose weights are a draft.
fn mismatch(
    cx: &Context<'_>,
    place: Place,
    name: &str,
    total: Decimal,
    stated: Decimal,
) -> Finding {
    cx.finding(
        RULE.code,
        if cx.record.is_self_evaluation() {
            Severity::Error
        } else {
            Severity::Warning
        },
        place,
        format!(
            "{name}下各项分值合计 {} 分，与标明的 {} 分不一致",
            show_number(total),
            show_number(stated)
        ),
    )
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{messages, sound};
    use crate::layout::Layout;
    use crate::model::Amount;

    #[test]
    fn weights_adding_up_to_each_group_and_to_a_hundred_pass() {
        assert!(messages(&sound(Layout::SelfEvaluation), "weight-sum").is_empty());
        assert!(messages(&sound(Layout::CountyForm), "weight-sum").is_empty());
    }

    #[test]
    fn a_table_cut_short_only_fails_by_exceeding_a_stated_weight() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        record.groups.truncate(1);
        record.notes.push(crate::model::ImportNote {
            line: 20,
            seen: "…".into(),
            action: "表格在此截断，读到截断处为止".into(),
            doubt: false,
        });
        record.groups[0].groups[0].indicators[0].weight = Amount::new("5");
        assert!(messages(&record, "weight-sum").is_empty());
        record.groups[0].groups[0].indicators[0].weight = Amount::new("50");
        assert_eq!(
            messages(&record, "weight-sum"),
            ["产出指标下各项分值合计 90 分，与标明的 50 分不一致"]
        );
    }

    #[test]
    fn the_national_form_counts_the_execution_row_and_label_weights() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        assert!(messages(&record, "weight-sum").is_empty());
        record.groups[1].weight = Amount::default();
        record.groups[1].label = "效益指标(35分)".into();
        record.evaluation.as_mut().unwrap().total.weight = Amount::new("20");
        assert_eq!(
            messages(&record, "weight-sum"),
            [
                "效益指标下各项分值合计 30 分，与标明的 35 分不一致",
                "预算执行率分值 20 分加各项指标分值合计 90 分为 110 分，应为 100 分"
            ]
        );
        assert_eq!(super::label_weight("成本指标(0-20)分"), None);
        assert_eq!(super::label_weight("数量指标 (必填硬性指标)"), None);
        assert_eq!(
            super::label_weight("满意度指标（10分）"),
            Some(rust_decimal::Decimal::TEN)
        );
    }

    #[test]
    fn a_group_whose_weights_miss_its_stated_weight_and_the_total_are_reported() {
        let mut record = sound(Layout::SelfEvaluation);
        record.groups[0].groups[0].indicators[0].weight = Amount::new("5");
        assert_eq!(
            messages(&record, "weight-sum"),
            [
                "产出指标下各项分值合计 35 分，与标明的 40 分不一致",
                "各项分值合计 95 分，应为 100 分"
            ]
        );
    }
}
