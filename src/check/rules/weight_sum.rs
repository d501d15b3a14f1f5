//! `weight-sum`: self-evaluation weights (分值) add up to 100, and each first-level group's
//! weights to the weight it states (`产出指标 (40分)`).

use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Amount, IndicatorCell, Place};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "weight-sum",
    severity: Severity::Error,
    title: "分值合计",
    description: "自评表各三级指标的分值合计应为 100 分；每个一级指标下的分值合计应等于它标明的分值（如「产出指标 (40分)」）。",
    reads: &[IndicatorCell::Weight],
    run: check,
};

/// The sum of the weights, or `None` when one of them is not a number (amount-format says so).
fn sum<'a>(weights: impl Iterator<Item = &'a Amount>) -> Option<Decimal> {
    weights
        .filter(|w| !w.is_blank())
        .map(Amount::value)
        .sum::<Option<Decimal>>()
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let weights = || cx.lines.iter().map(|l| &l.indicator.weight);
    if !cx.record.is_self_evaluation() && weights().all(Amount::is_blank) {
        return;
    }
    for (i, group) in cx.record.groups.iter().enumerate() {
        let Some(stated) = group.weight.value() else {
            continue;
        };
        let inside = cx.lines.iter().filter(|l| l.path.level1 == i);
        if let Some(total) = sum(inside.map(|l| &l.indicator.weight))
            && total != stated
        {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                Place::Level1(i),
                format!(
                    "{}下各项分值合计 {} 分，与标明的 {} 分不一致",
                    group.category.canonical_name(),
                    show_number(total),
                    show_number(stated)
                ),
            ));
        }
    }
    if let Some(total) = sum(weights())
        && total != Decimal::ONE_HUNDRED
    {
        out.push(cx.finding(
            RULE.code,
            Severity::Error,
            Place::Record,
            format!("各项分值合计 {} 分，应为 100 分", show_number(total)),
        ));
    }
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
