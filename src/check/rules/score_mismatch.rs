//! `score-mismatch`: an entered 得分 that is not the score the row's 分值, target and 实际完成值
//! give by the scoring rules ([`crate::check::score`]). A qualitative row passes anywhere within
//! its band; a row whose score cannot be computed (no 实际完成值, a target in words the rules
//! cannot band) is not checked. Reviewers deduct for reasons the table does not show, so this is
//! a warning; an exact score is offered as the fix.

use crate::check::context::{Context, show_number};
use crate::check::score::{self, Score};
use crate::check::{Finding, Fix, Rule, Severity};
use crate::model::IndicatorCell;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "score-mismatch",
    severity: Severity::Warning,
    title: "得分与计算不符",
    description: "自评表中填写的得分与按评分规则计算的得分不一致：正向指标（≥、＞）达到目标得满分，未达到按 实际 ÷ 目标 × 分值；反向指标（≤、＜）不超过目标得满分，超过按 (1 − (实际 − 目标) ÷ 目标) × 分值，达到两倍为 0；＝ 达到得满分，否则 0 分（表中评分方法写明按比例的，按比例）；时限达到得满分，否则 0 分；定性指标按三档（达成 100%–80%，部分达成 80%–60%，未达成 60% 以下；表中写明档次界限的按表），得分在档内即可。保留 2 位小数，得分按其写出的位数四舍五入后一致即可。无法计算（未填实际完成值、文字无法判断档次、目标为 0）时不检查。可计算出确定得分时提供改为该得分的修复。",
    reads: &[
        IndicatorCell::Weight,
        IndicatorCell::Actual,
        IndicatorCell::Value,
        IndicatorCell::Target,
        IndicatorCell::Operator,
        IndicatorCell::Direction,
        IndicatorCell::Nature,
    ],
    run: check,
};

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    if cx.record.evaluation.is_none() {
        return;
    }
    for line in &cx.lines {
        let Some(entered) = line.indicator.score.value() else {
            continue;
        };
        let Ok(suggested) = score::suggest_in(cx.record, line.level2.category, line.indicator)
        else {
            continue;
        };
        if suggested.score.admits(entered) {
            continue;
        }
        let place = line.place(IndicatorCell::Score);
        let finding = cx.finding(
            RULE.code,
            Severity::Warning,
            place,
            format!(
                "{}得分 {} 分，按评分规则应为 {} 分（{}）",
                line.title(),
                show_number(entered),
                suggested.score.show(),
                suggested.formula
            ),
        );
        out.push(match suggested.score {
            Score::Exact(computed) => finding.with_fix(Fix::replace(place, show_number(computed))),
            Score::Range { .. } => finding,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, guess_column, messages, sound};
    use crate::check::{Severity, record_fixes};
    use crate::layout::Layout;
    use crate::model::{Amount, IndicatorCell, Record};

    /// The sound national self-evaluation with 实际完成值 for its rows, every score right.
    fn evaluated() -> Record {
        let mut record = sound(Layout::NationalSelfEvaluation);
        let rows = record
            .groups
            .iter_mut()
            .flat_map(|g| &mut g.groups)
            .flat_map(|g| &mut g.indicators);
        for ind in rows {
            ind.actual = ind
                .target_text()
                .trim_start_matches(['≥', '≤', '='])
                .to_string();
        }
        record
    }

    #[test]
    fn scores_that_follow_the_rules_pass() {
        let record = evaluated();
        assert!(messages(&record, "score-mismatch").is_empty());
    }

    #[test]
    fn a_planted_wrong_score_is_flagged_with_the_computed_one_as_its_fix() {
        let mut record = evaluated();
        let ind = &mut record.groups[2].groups[0].indicators[0];
        ind.actual = "90%".into();
        let weight = ind.weight.clone();
        let found = findings(&record, "score-mismatch");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
        let expected = (rust_decimal::Decimal::from(90) / rust_decimal::Decimal::from(95)
            * weight.value().unwrap())
        .round_dp(2);
        assert_eq!(found[0].fixes[0].text, expected.normalize().to_string());
        assert!(found[0].message.contains("90 ÷ 95"), "{}", found[0].message);
        for fix in record_fixes(&record) {
            fix.apply(&mut record);
        }
        assert!(messages(&record, "score-mismatch").is_empty());
    }

    #[test]
    fn a_qualitative_score_within_its_band_passes_and_outside_has_no_fix() {
        let mut record = evaluated();
        let ind = &mut record.groups[1].groups[0].indicators[0];
        let weight = ind.weight.value().unwrap();
        ind.score = Amount::from_decimal(weight * rust_decimal::Decimal::new(9, 1));
        assert!(messages(&record, "score-mismatch").is_empty());
        record.groups[1].groups[0].indicators[0].score =
            Amount::from_decimal(weight * rust_decimal::Decimal::new(5, 1));
        let found = findings(&record, "score-mismatch");
        assert_eq!(found.len(), 1);
        assert!(found[0].fixes.is_empty());
    }

    #[test]
    fn a_mismatch_on_a_guessed_actual_column_says_so() {
        let mut record = evaluated();
        record.groups[2].groups[0].indicators[0].actual = "90%".into();
        guess_column(&mut record, IndicatorCell::Actual);
        let found = findings(&record, "score-mismatch");
        assert!(found[0].message.ends_with("（此列由内容推断，请核对）"));
    }
}
