//! `score-exceeds-weight`: a score (得分) above its weight (分值), and a total score (总分) that is
//! not the sum of the scores or is above 100. On the national form the 执行率 row of the money
//! table is scored too, and its score is part of the total.
//!
//! When some rows have no score the sum is not known, but it is bounded: the missing scores add
//! at least nothing and at most their weights. A total outside those bounds is wrong whatever
//! the missing scores are; a total inside them is left to `score-missing`, which says it cannot
//! be verified.

use super::amount_too_large;
use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{IndicatorCell, MoneyCell, Place, checked_sum};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "score-exceeds-weight",
    severity: Severity::Error,
    title: "得分超过分值",
    description: "自评表中某项得分超过它的分值；总分与各项得分合计不一致或超过 100 分。有得分未填写时，总分低于已填得分合计、或高于已填得分加上未评分各项分值，同样报告。",
    reads: &[IndicatorCell::Weight, IndicatorCell::Score],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        let ind = line.indicator;
        if let (Some(score), Some(weight)) = (ind.score.value(), ind.weight.value())
            && score > weight
        {
            out.push(cx.finding(
                RULE.code,
                Severity::Error,
                line.place(IndicatorCell::Score),
                format!(
                    "{}得分 {} 分，超过分值 {} 分",
                    line.title(),
                    show_number(score),
                    show_number(weight)
                ),
            ));
        }
    }
    let Some(evaluation) = &cx.record.evaluation else {
        return;
    };
    let budget = &evaluation.total;
    if let (Some(score), Some(weight)) = (budget.score.value(), budget.weight.value())
        && score > weight
    {
        out.push(cx.finding(
            RULE.code,
            Severity::Error,
            Place::Money(MoneyCell::Evaluation(0, 5)),
            format!(
                "预算执行率得分 {} 分，超过分值 {} 分",
                show_number(score),
                show_number(weight)
            ),
        ));
    }
    let place = Place::Money(MoneyCell::TotalScore);
    let scores = Scores::of(cx);
    if let Err(Unknown::TooLarge) = scores {
        out.push(amount_too_large::finding(cx, place, "各项得分合计"));
        return;
    }
    let Some(total) = evaluation.total_score.value() else {
        return;
    };
    if total > Decimal::ONE_HUNDRED {
        out.push(cx.finding(
            RULE.code,
            Severity::Error,
            place,
            format!("总分 {} 分超过 100 分", show_number(total)),
        ));
    }
    // The scores after the cut of a table cut short are missing from the sum.
    if cx.cut {
        return;
    }
    if let Ok(Total::Wrong(message)) = scores.map(|s| s.judge(total)) {
        out.push(cx.finding(RULE.code, Severity::Error, place, message));
    }
}

/// What the scores say about a total score.
pub(super) enum Total {
    /// It is the sum of the scores, or could be once the missing ones are entered.
    Fits,
    /// It cannot be right whatever the missing scores are; the message says why.
    Wrong(String),
    /// Scores are missing, so it cannot be verified; the message says what is known.
    Unverified(String),
}

/// Why the sum of the scores is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unknown {
    /// A score that was entered is not a number (`amount-format` reports it).
    NotANumber,
    /// The scores add up beyond what can be computed (`amount-too-large`).
    TooLarge,
}

/// The scores of a self-evaluation's weighted rows: what was entered, and what is still open.
pub(super) struct Scores {
    /// The sum of the scores entered.
    pub entered: Decimal,
    /// The rows with a weight and no score, when there are any.
    pub open: Option<Open>,
}

/// Weighted rows left without a score.
pub(super) struct Open {
    /// How many.
    pub rows: usize,
    /// The sum of their weights, when every one is a number.
    pub weights: Option<Decimal>,
}

impl Scores {
    /// The scores of the record's rows that have a weight or a score, with the 执行率 row of
    /// the money table where the form scores it, unless their sum is [`Unknown`].
    pub fn of(cx: &Context<'_>) -> Result<Scores, Unknown> {
        let mut entered = Decimal::ZERO;
        let mut rows = 0_usize;
        let mut weights = Some(Decimal::ZERO);
        let budget = cx.record.evaluation.as_ref().map(|e| &e.total);
        let indicators = cx
            .lines
            .iter()
            .map(|l| (&l.indicator.weight, &l.indicator.score));
        for (weight, score) in budget
            .map(|b| (&b.weight, &b.score))
            .into_iter()
            .chain(indicators)
        {
            if score.is_blank() {
                if weight.is_blank() {
                    continue;
                }
                rows = rows.saturating_add(1);
                // Weights too large to add leave the bound unknown, as words in a weight do.
                weights = weights
                    .zip(weight.value())
                    .and_then(|(a, b)| checked_sum([a, b]));
            } else {
                let score = score.value().ok_or(Unknown::NotANumber)?;
                entered = checked_sum([entered, score]).ok_or(Unknown::TooLarge)?;
            }
        }
        Ok(Scores {
            entered,
            open: (rows > 0).then_some(Open { rows, weights }),
        })
    }

    /// What these scores say about the total score `total`.
    pub fn judge(&self, total: Decimal) -> Total {
        let (shown, entered) = (show_number(total), show_number(self.entered));
        let Some(open) = &self.open else {
            return if total == self.entered {
                Total::Fits
            } else {
                Total::Wrong(format!("总分 {shown} 分与各项得分合计 {entered} 分不一致"))
            };
        };
        let rows = open.rows;
        if total < self.entered {
            return Total::Wrong(format!(
                "总分 {shown} 分低于已填得分合计 {entered} 分（另有 {rows} 项未填写得分）"
            ));
        }
        if let Some(weights) = open.weights
            && checked_sum([self.entered, weights]).is_some_and(|most| total > most)
        {
            return Total::Wrong(format!(
                "总分 {shown} 分高于已填得分合计 {entered} 分加上未填写得分的 {rows} 项分值 {} 分",
                show_number(weights)
            ));
        }
        if total == self.entered {
            // The missing scores may all be 0.
            return Total::Fits;
        }
        Total::Unverified(format!(
            "总分 {shown} 分无法核对：{rows} 项未填写得分，已填得分合计 {entered} 分"
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, messages, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, IndicatorCell, Place};

    #[test]
    fn full_marks_within_weights_pass() {
        assert!(messages(&sound(Layout::SelfEvaluation), "score-exceeds-weight").is_empty());
    }

    #[test]
    fn a_score_above_its_weight_breaks_the_total_too() {
        let mut record = sound(Layout::SelfEvaluation);
        record.groups[1].groups[0].indicators[0].weight = Amount::new("15");
        record.groups[1].groups[0].indicators[0].score = Amount::new("20");
        let found = findings(&record, "score-exceeds-weight");
        assert_eq!(found.len(), 2);
        assert!(matches!(
            found[0].place,
            Place::Indicator(_, IndicatorCell::Score)
        ));
        assert_eq!(found[0].message, "「就业率」得分 20 分，超过分值 15 分");
        assert_eq!(found[1].message, "总分 100 分与各项得分合计 80 分不一致");
    }

    #[test]
    fn with_scores_missing_a_total_no_filling_can_reach_is_reported() {
        let mut record = sound(Layout::SelfEvaluation);
        // 就业率 (weight 40) and 满意度 (weight 20) left without scores: 40 entered.
        record.groups[1].groups[0].indicators[0].score = Amount::new("");
        record.groups[2].groups[0].indicators[0].score = Amount::new("");
        let total = |record: &mut crate::model::Record, text: &str| {
            record.evaluation.as_mut().unwrap().total_score = Amount::new(text);
            messages(record, "score-exceeds-weight")
        };
        assert_eq!(
            total(&mut record, "30"),
            ["总分 30 分低于已填得分合计 40 分（另有 2 项未填写得分）"]
        );
        assert_eq!(
            total(&mut record, "100.5"),
            [
                "总分 100.5 分超过 100 分",
                "总分 100.5 分高于已填得分合计 40 分加上未填写得分的 2 项分值 60 分"
            ]
        );
        assert!(total(&mut record, "100").is_empty());
        assert!(total(&mut record, "40").is_empty());
    }

    #[test]
    fn a_total_that_is_not_the_sum_of_the_scores_is_reported() {
        let mut record = sound(Layout::SelfEvaluation);
        record.evaluation.as_mut().unwrap().total_score = Amount::new("105");
        assert_eq!(
            messages(&record, "score-exceeds-weight"),
            [
                "总分 105 分超过 100 分",
                "总分 105 分与各项得分合计 100 分不一致"
            ]
        );
    }
}
