use super::*;
use crate::model::{Amount, EvaluationMoney};
use rust_decimal::dec;

fn row(value: &str, weight: &str, actual: &str) -> Indicator {
    Indicator {
        weight: Amount::new(weight),
        actual: actual.into(),
        ..Indicator::new("指标", value)
    }
}

fn setting(level2: Level2) -> Setting {
    Setting {
        level2,
        year: Some(2024),
        method: Method::default(),
    }
}

fn scored(ind: &Indicator, level2: Level2) -> Result<Suggested, Unscorable> {
    suggest(ind, &setting(level2))
}

fn exact(value: &str, weight: &str, actual: &str) -> Decimal {
    match scored(&row(value, weight, actual), Level2::Quality).map(|s| s.score) {
        Ok(Score::Exact(x)) => x,
        other => panic!("{value} / {actual}: {other:?}"),
    }
}

#[test]
fn a_positive_row_earns_full_marks_when_reached_else_in_proportion() {
    let s = scored(&row("≥95%", "10", "98%"), Level2::Quality).unwrap();
    assert_eq!(s.score, Score::Exact(dec!(10)));
    assert_eq!(s.formula, "实际 98% ≥ 目标 95%，得满分 10");
    let s = scored(&row("≥95%", "10", "90%"), Level2::Quality).unwrap();
    assert_eq!(s.score, Score::Exact(dec!(9.47)));
    assert_eq!(s.formula, "实际 90% < 目标 95%，90 ÷ 95 × 10 = 9.47");
    assert_eq!(exact("＞1000人次", "5", "500人次"), dec!(2.5));
    assert_eq!(exact("≥735人次", "10", "735"), dec!(10));
}

#[test]
fn a_negative_row_loses_in_proportion_to_the_overrun_and_never_goes_below_zero() {
    assert_eq!(exact("≤10万元", "10", "8万元"), dec!(10));
    let s = scored(&row("≤10万元", "10", "12万元"), Level2::Quality).unwrap();
    assert_eq!(s.score, Score::Exact(dec!(8)));
    assert_eq!(
        s.formula,
        "实际 12万元 > 目标 10万元，(1 − (120000 − 100000) ÷ 100000) × 10 = 8"
    );
    assert_eq!(exact("≤24小时", "6", "48小时"), dec!(0));
    assert_eq!(exact("≤24小时", "6", "100小时"), dec!(0));
}

#[test]
fn a_bare_cost_target_is_reached_by_spending_no_more() {
    let cost = scored(&row("15万元", "4", "16.5万元"), Level2::Cost).unwrap();
    assert_eq!(cost.score, Score::Exact(dec!(3.6)));
    let count = scored(&row("2370人", "10", "2000人"), Level2::Quantity).unwrap();
    assert_eq!(count.score, Score::Exact(dec!(8.44)));
}

#[test]
fn an_equal_row_is_all_or_nothing_unless_the_form_scores_in_proportion() {
    assert_eq!(exact("=100%", "10", "100%"), dec!(10));
    let missed = scored(&row("=100%", "10", "98%"), Level2::Social).unwrap();
    assert_eq!(missed.score, Score::Exact(dec!(0)));
    let mut proportional = setting(Level2::Social);
    proportional.method = Method::read("完成得满分，未完成按比例扣分");
    let s = suggest(&row("=100%", "10", "98%"), &proportional).unwrap();
    assert_eq!(s.score, Score::Exact(dec!(9.8)));
}

#[test]
fn a_deadline_is_met_or_not() {
    let s = scored(
        &row("2024年12月底前", "5", "2024年11月"),
        Level2::Timeliness,
    )
    .unwrap();
    assert_eq!(s.score, Score::Exact(dec!(5)));
    assert_eq!(s.formula, "实际 2024年11月 不晚于 2024年12月底前，得满分 5");
    let late = scored(&row("2024年6月底前", "5", "2024年9月"), Level2::Timeliness).unwrap();
    assert_eq!(late.score, Score::Exact(dec!(0)));
    let words = scored(&row("12月底前", "5", "按时完成"), Level2::Timeliness).unwrap();
    assert_eq!(words.score, Score::Exact(dec!(5)));
}

#[test]
fn a_qualitative_row_gets_its_band_with_the_limits_the_form_names() {
    let s = scored(&row("有效提升", "10", "有效提升"), Level2::Social).unwrap();
    assert_eq!(
        s.score,
        Score::Range {
            low: dec!(8),
            high: dec!(10)
        }
    );
    assert!(s.score.admits(dec!(9)) && !s.score.admits(dec!(7.5)));
    let partial = scored(&row("有效提升", "10", "部分达成"), Level2::Social).unwrap();
    assert_eq!(
        partial.score,
        Score::Range {
            low: dec!(6),
            high: dec!(8)
        }
    );
    let mut older = setting(Level2::Social);
    older.method = Method::read("按照指标值的 100-80%（含）、80-50%（含）、50-0%来记分");
    let partial = suggest(&row("有效提升", "10", "部分达成"), &older).unwrap();
    assert_eq!(
        partial.score,
        Score::Range {
            low: dec!(5),
            high: dec!(8)
        }
    );
    assert_eq!(
        scored(&row("有效提升", "10", "群众反映良好"), Level2::Social),
        Err(Unscorable::BandUnclear("群众反映良好".into()))
    );
}

#[test]
fn what_cannot_be_scored_says_why_and_never_panics() {
    assert_eq!(
        scored(&row("≥95%", "", "98%"), Level2::Quality),
        Err(Unscorable::NoWeight)
    );
    assert_eq!(
        scored(&row("≥95%", "10", ""), Level2::Quality),
        Err(Unscorable::NoActual)
    );
    assert_eq!(
        scored(&row("—", "10", "98%"), Level2::Quality),
        Err(Unscorable::NoTarget)
    );
    assert_eq!(
        scored(&row("≥0次", "10", "0次"), Level2::Quality).map(|s| s.score),
        Ok(Score::Exact(dec!(10)))
    );
    assert_eq!(
        scored(&row("≤0次", "10", "2次"), Level2::Quality),
        Err(Unscorable::ZeroTarget)
    );
    assert!(matches!(
        scored(&row("≥95%", "10", "98人"), Level2::Quality),
        Err(Unscorable::UnitsDiffer { .. })
    ));
    assert!(matches!(
        scored(&row("M.8万元", "3", "14.8万元"), Level2::Cost),
        Err(Unscorable::TargetUnreadable(_))
    ));
    let huge = "79228162514264337593543950335";
    for (value, actual) in [
        (huge, "1"),
        ("0.0000000001", huge),
        (huge, huge),
        ("≤0.0000000001", huge),
    ] {
        let _ = scored(&row(value, huge, actual), Level2::Quality);
        let _ = scored(&row(value, "10", actual), Level2::Cost);
    }
}

#[test]
fn the_execution_row_earns_weight_times_rate_capped_at_full_marks() {
    let money = |budget: &str, executed: &str, rate: &str| EvaluationMoney {
        full_year_budget: Amount::new(budget),
        executed: Amount::new(executed),
        weight: Amount::new("10"),
        rate: Amount::new(rate),
        ..EvaluationMoney::default()
    };
    let s = execution(&money("310.2", "154.74", "")).unwrap();
    assert_eq!(s.score, Score::Exact(dec!(4.99)));
    assert_eq!(s.formula, "分值 10 × 执行率 49.88% = 4.99");
    assert!(s.score.admits(dec!(5)));
    assert_eq!(
        execution(&money("20", "21", "")).unwrap().score,
        Score::Exact(dec!(10))
    );
    assert_eq!(
        execution(&money("0", "0", "")),
        Err(Unscorable::NoExecution)
    );
}
