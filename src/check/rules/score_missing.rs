//! `score-missing`: a self-evaluation row without its weight or its score, and a blank total
//! score, which leave the weight and score sums unverifiable.

use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Amount, IndicatorCell, MoneyCell, Place};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "score-missing",
    severity: Severity::Warning,
    title: "分值或得分未填写",
    description: "自评表中有三级指标未填写分值或得分，或总分未填写。",
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(evaluation) = &cx.record.evaluation else {
        return;
    };
    for line in &cx.lines {
        let ind = line.indicator;
        if !line.is_named() {
            continue;
        }
        let (cell, what) = if ind.weight.is_blank() {
            (IndicatorCell::Weight, "分值")
        } else if ind.score.is_blank() {
            (IndicatorCell::Score, "得分")
        } else {
            continue;
        };
        out.push(cx.finding(
            RULE.code,
            Severity::Warning,
            line.place(cell),
            format!("{}未填写{what}", line.title()),
        ));
    }
    if evaluation.total_score.is_blank() {
        let scores: Option<Decimal> = cx
            .lines
            .iter()
            .map(|l| &l.indicator.score)
            .filter(|s| !s.is_blank())
            .map(Amount::value)
            .sum();
        let sum = scores.map_or_else(String::new, |s| {
            format!("（各项得分合计 {} 分）", show_number(s))
        });
        out.push(cx.finding(
            RULE.code,
            Severity::Warning,
            Place::Money(MoneyCell::TotalScore),
            format!("总分未填写{sum}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{messages, sound};
    use crate::layout::Layout;
    use crate::model::Amount;

    #[test]
    fn a_fully_scored_evaluation_and_a_target_table_miss_nothing() {
        assert!(messages(&sound(Layout::SelfEvaluation), "score-missing").is_empty());
        assert!(messages(&sound(Layout::CountyForm), "score-missing").is_empty());
    }

    #[test]
    fn blank_scores_and_a_blank_total_are_reported() {
        let mut record = sound(Layout::SelfEvaluation);
        record.groups[1].groups[0].indicators[0].score = Amount::new("");
        record.evaluation.as_mut().unwrap().total_score = Amount::new("");
        assert_eq!(
            messages(&record, "score-missing"),
            ["「就业率」未填写得分", "总分未填写（各项得分合计 60 分）"]
        );
    }
}
