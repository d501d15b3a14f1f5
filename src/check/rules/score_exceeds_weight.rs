//! `score-exceeds-weight`: a score (得分) above its weight (分值), and a total score (总分) that is
//! not the sum of the scores or is above 100.

use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{IndicatorCell, MoneyCell, Place};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "score-exceeds-weight",
    severity: Severity::Error,
    title: "得分超过分值",
    description: "自评表中某项得分超过它的分值；总分与各项得分合计不一致（各项得分都已填写时）或超过 100 分。",
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
    let Some(total) = cx
        .record
        .evaluation
        .as_ref()
        .and_then(|e| e.total_score.value())
    else {
        return;
    };
    let place = Place::Money(MoneyCell::TotalScore);
    if total > Decimal::ONE_HUNDRED {
        out.push(cx.finding(
            RULE.code,
            Severity::Error,
            place,
            format!("总分 {} 分超过 100 分", show_number(total)),
        ));
    }
    let scores: Option<Decimal> = cx
        .lines
        .iter()
        .filter(|l| !l.indicator.weight.is_blank() || !l.indicator.score.is_blank())
        .map(|l| l.indicator.score.value())
        .sum();
    if let Some(sum) = scores
        && sum != total
    {
        out.push(cx.finding(
            RULE.code,
            Severity::Error,
            place,
            format!(
                "总分 {} 分与各项得分合计 {} 分不一致",
                show_number(total),
                show_number(sum)
            ),
        ));
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
