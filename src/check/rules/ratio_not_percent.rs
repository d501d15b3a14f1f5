//! `ratio-not-percent`: an indicator named as a ratio (`…率`, `…（%）`) whose value is a number
//! of another kind — a date, a duration, money, a count.
//!
//! Words (`稳步提升`) under a ratio are vague but not contradictory and are left alone, as are
//! bare numbers (`≥0.95`). 效率, 频率, 功率 and 速率 are not ratios.

use crate::check::context::{Context, name_core};
use crate::check::{Finding, Rule, Severity};
use crate::value::ValueKind;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "ratio-not-percent",
    severity: Severity::Warning,
    title: "比率指标不是百分比",
    description: "名称以「率」结尾或标明（%）的指标（如「支付到位率」），指标值却是日期、时长、金额或带其他单位的数量（如「2024年底」）。效率、频率等不算比率；定性描述和不带单位的数字不报告。",
    reads: &[],
    run: check,
};

/// Whether a name announces a ratio.
fn is_ratio_name(name: &str) -> bool {
    if !name.contains(['率', '%']) {
        return false;
    }
    let core = name_core(name);
    let core = core.trim_end_matches(['。', '.', '，', ',', '：', ':']);
    if core.ends_with("(%)") || core.ends_with("（%）") {
        return true;
    }
    let stem = core
        .strip_suffix(')')
        .or_else(|| core.strip_suffix('）'))
        .and_then(|c| c.rfind(['(', '（']).and_then(|i| c.get(..i)))
        .unwrap_or(core);
    stem.ends_with('率')
        && !["效率", "频率", "功率", "速率"]
            .iter()
            .any(|w| stem.ends_with(w))
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for line in &cx.lines {
        let mismatched = match &line.value.kind {
            ValueKind::Measure(m) => !m.is_percent() && !m.unit.is_empty(),
            ValueKind::Range(r) => !(r.unit.is_empty() || r.unit == "%" || r.unit == "％"),
            ValueKind::Money(_) | ValueKind::Date(_) | ValueKind::Duration(_) => true,
            _ => false,
        };
        if mismatched && is_ratio_name(line.name) {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                line.target_place(),
                format!(
                    "{}是比率指标，指标值「{}」却不是百分比",
                    line.title(),
                    line.text
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_ratio_name;
    use crate::check::testing::{messages, push, sound};
    use crate::layout::Layout;
    use crate::model::Level2;

    #[test]
    fn ratio_names_are_recognised() {
        assert!(is_ratio_name("补贴资金在规定时间内支付到位率"));
        assert!(is_ratio_name("居民享受补贴发放覆盖面 (%)"));
        assert!(is_ratio_name("指标 1：参保率（城乡居民）"));
        assert!(!is_ratio_name("提高工作效率"));
        assert!(!is_ratio_name("巡查频率"));
        assert!(!is_ratio_name("项目完成时间"));
    }

    #[test]
    fn percentages_and_words_under_a_ratio_pass() {
        let mut record = sound(Layout::CountyForm);
        push(&mut record, Level2::Timeliness, "支付到位率", "≥95%");
        push(&mut record, Level2::Social, "就业率", "稳步提升");
        assert!(messages(&record, "ratio-not-percent").is_empty());
    }

    #[test]
    fn a_date_under_a_ratio_is_reported() {
        let mut record = sound(Layout::CodedCountyForm);
        record.year = Some(2024);
        push(
            &mut record,
            Level2::Timeliness,
            "补贴资金在规定时间内支付到位率",
            "2024年底",
        );
        assert_eq!(
            messages(&record, "ratio-not-percent"),
            ["「补贴资金在规定时间内支付到位率」是比率指标，指标值「2024年底」却不是百分比"]
        );
    }
}
