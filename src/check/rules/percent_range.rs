//! `percent-range`: a percentage outside 0–100%, and `≥100%`, which only 100% satisfies.
//!
//! Growth-style indicators (增长率, 增幅, 提高 …) are exempt from the upper bound and from the
//! sign: a quantity can grow by more than 100%, or shrink. Decline rates (下降率) are not exempt:
//! nothing falls by more than 100%.

use crate::check::context::{Context, Line};
use crate::check::{Finding, Rule, Severity};
use crate::value::{Comparison, Value, ValueKind};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "percent-range",
    severity: Severity::Error,
    title: "百分比超出范围",
    description: "百分比超出 0–100% 为错误（增长率、增幅等增长类指标可以超过 100%，不检查）；「≥100%」只有 100% 能满足，为警告，并给出「100%」作为修正；「≤120%」这类不起约束作用的上限为警告。",
    reads: &[],
    run: check,
};

const GROWTH_WORDS: [&str; 6] = ["增长", "增幅", "增速", "提高", "提升", "增加"];

fn is_growth(name: &str) -> bool {
    GROWTH_WORDS.iter().any(|w| name.contains(w))
}

/// What is wrong with a percentage.
enum Problem {
    /// `≥100%`: only 100% satisfies it.
    OnlyHundred,
    /// Above 100%; `loose` when it is only a ceiling (`≤120%`).
    Over { loose: bool },
    /// Below 0%; `loose` when it is only a floor (`≥-5%`).
    Under { loose: bool },
    /// A range reaching outside 0–100%.
    RangeOutside,
}

fn problem(value: &Value) -> Option<Problem> {
    let hundred = Decimal::ONE_HUNDRED;
    let negative = |n: Decimal| n.is_sign_negative() && !n.is_zero();
    let comparison = value.comparison;
    match &value.kind {
        ValueKind::Measure(m) if m.is_percent() => {
            let n = m.number;
            if n == hundred && comparison == Some(Comparison::AtLeast) {
                Some(Problem::OnlyHundred)
            } else if n > hundred || (n == hundred && comparison == Some(Comparison::Above)) {
                let loose = matches!(comparison, Some(Comparison::AtMost | Comparison::Below));
                Some(Problem::Over { loose })
            } else if negative(n) {
                let loose = matches!(comparison, Some(Comparison::AtLeast | Comparison::Above));
                Some(Problem::Under { loose })
            } else {
                None
            }
        }
        ValueKind::Range(r) if r.unit == "%" || r.unit == "％" => [r.low, r.high]
            .iter()
            .any(|&n| n > hundred || negative(n))
            .then_some(Problem::RangeOutside),
        _ => None,
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        let Some(problem) = problem(line.value) else {
            continue;
        };
        if is_growth(line.name) || is_growth(&line.value.subject) {
            continue;
        }
        match problem {
            Problem::OnlyHundred => at_least_hundred(cx, line, out),
            Problem::Over { loose } => report(cx, line, loose, "超过 100%", out),
            Problem::Under { loose } => report(cx, line, loose, "小于 0%", out),
            Problem::RangeOutside => report(cx, line, false, "超出 0–100% 的范围", out),
        }
    }
}

fn report(cx: &Context<'_>, line: &Line<'_>, loose: bool, what: &str, out: &mut Vec<Finding>) {
    let value = line.text;
    let (severity, message) = if loose {
        (
            Severity::Warning,
            format!(
                "{}的指标值「{value}」界限{what}，起不到约束作用",
                line.title()
            ),
        )
    } else {
        (
            Severity::Error,
            format!(
                "{}的指标值「{value}」{what}，百分比应在 0–100% 之间",
                line.title()
            ),
        )
    };
    out.push(cx.finding(RULE.code, severity, line.target_place(), message));
}

fn at_least_hundred(cx: &Context<'_>, line: &Line<'_>, out: &mut Vec<Finding>) {
    let place = line.target_place();
    let value = line.text;
    let finding = cx.finding(
        RULE.code,
        Severity::Warning,
        place,
        format!(
            "{}的指标值「{value}」只有 100% 能满足，应直接写作 100%",
            line.title()
        ),
    );
    let fix = line
        .value
        .subject
        .is_empty()
        .then(|| line.target_fix("100%"))
        .flatten();
    out.push(match fix {
        Some(fix) => finding.with_fix(fix),
        None => finding,
    });
}

#[cfg(test)]
mod tests {
    use crate::check::Severity;
    use crate::check::testing::{findings, messages, push, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn percentages_within_range_pass() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Quality, "结案率", "≥ 95%");
        push(&mut record, Level2::Quality, "投诉新增", "≤2%");
        push(&mut record, Level2::Quality, "完成率", "100%");
        assert!(messages(&record, "percent-range").is_empty());
    }

    #[test]
    fn at_least_a_hundred_percent_is_a_warning_fixed_to_a_hundred() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Quality, "支付及时率", "≥100%");
        let found = findings(&record, "percent-range");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "「支付及时率」的指标值「≥100%」只有 100% 能满足，应直接写作 100%"
        );
        assert_eq!(found[0].fixes[0].text, "100%");
    }

    #[test]
    fn a_rate_above_a_hundred_percent_is_an_error_unless_it_measures_growth() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Quality, "覆盖率", "120%");
        push(&mut record, Level2::Economic, "收入增长率", "≥150%");
        push(&mut record, Level2::Economic, "案件下降率", "≥120%");
        let found = findings(&record, "percent-range");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.severity == Severity::Error));
        assert_eq!(
            found[1].message,
            "「案件下降率」的指标值「≥120%」超过 100%，百分比应在 0–100% 之间"
        );
    }

    #[test]
    fn an_upper_bound_above_a_hundred_percent_is_only_loose() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Quality, "误差率", "≤120%");
        let found = findings(&record, "percent-range");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_split_target_is_checked_like_the_same_target_in_one_cell_without_a_rewrite() {
        let mut record = sound(Layout::IndicatorList);
        let over = push(&mut record, Level2::Quality, "x", "");
        *record.indicator_mut(over).unwrap() =
            crate::check::testing::split("验收合格率", "定量", "大于", "120", "%");
        let full = push(&mut record, Level2::Quality, "x", "");
        *record.indicator_mut(full).unwrap() =
            crate::check::testing::split("资金到位率", "定量", "大于等于", "100", "%");
        let found = findings(&record, "percent-range");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            found[0].place,
            crate::model::Place::Indicator(over, crate::model::IndicatorCell::Target)
        );
        assert!(
            found[0].message.contains("「>120%」"),
            "{}",
            found[0].message
        );
        assert_eq!(found[1].severity, Severity::Warning);
        assert!(found[1].fixes.is_empty());
        assert!(messages(&record, "value-format").is_empty());
    }
}
