//! `score-missing`: a self-evaluation row without its weight or its score, and a blank total
//! score, which leave the weight and score sums unverifiable; and a total score that missing
//! scores leave unverifiable, so that a reader does not take it for checked.

use super::score_exceeds_weight::{Scores, Total};
use crate::check::context::{Context, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{IndicatorCell, MoneyCell, Place};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "score-missing",
    severity: Severity::Warning,
    title: "分值或得分未填写",
    description: "自评表中有三级指标未填写分值或得分，或总分未填写；有得分未填写而总分无法核对时也提醒（总分不可能正确时由「得分超过分值」报告）；被截断的表总分未填写只作提示。",
    reads: &[IndicatorCell::Weight, IndicatorCell::Score],
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
    let scores = Scores::of(cx);
    let place = Place::Money(MoneyCell::TotalScore);
    if evaluation.total_score.is_blank() {
        let sum = scores.ok().map_or_else(String::new, |s| {
            format!("（各项得分合计 {} 分）", show_number(s.entered))
        });
        // The 总分 row closes the table: a cut table may have it after the cut.
        let (severity, cut) = if cx.cut {
            (Severity::Info, "（表格被截断，总分可能在截断处之后）")
        } else {
            (Severity::Warning, "")
        };
        out.push(cx.finding(RULE.code, severity, place, format!("总分未填写{sum}{cut}")));
    } else if !cx.cut
        && let (Ok(scores), Some(total)) = (scores, evaluation.total_score.value())
        && let Total::Unverified(message) = scores.judge(total)
    {
        out.push(cx.finding(RULE.code, Severity::Warning, place, message));
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
    fn a_total_that_missing_scores_leave_unverifiable_is_reported() {
        let mut record = sound(Layout::SelfEvaluation);
        // 就业率 (weight 40) left without a score; total 100, entered 60.
        record.groups[1].groups[0].indicators[0].score = Amount::new("");
        assert_eq!(
            messages(&record, "score-missing"),
            [
                "「就业率」未填写得分",
                "总分 100 分无法核对：1 项未填写得分，已填得分合计 60 分"
            ]
        );
        assert!(messages(&record, "score-exceeds-weight").is_empty());
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

    #[test]
    fn a_blank_total_of_a_cut_table_is_only_information() {
        let mut record = sound(Layout::SelfEvaluation);
        record.evaluation.as_mut().unwrap().total_score = Amount::new("");
        record.notes.push(crate::model::ImportNote {
            line: 9,
            seen: "…".into(),
            action: format!("{}，读到截断处为止", crate::model::ImportNote::CUT),
            doubt: false,
        });
        let found = crate::check::testing::findings(&record, "score-missing");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, crate::check::Severity::Info);
        assert!(found[0].message.contains("截断"));
    }
}
