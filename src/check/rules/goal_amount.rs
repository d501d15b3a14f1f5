//! `goal-amount`: an amount written in the goal or fund-use text that differs from the table's
//! money.
//!
//! Every money total in the text must be one of the table's figures (the amount or a cell of its
//! funding breakdown or self-evaluation money table). Rates are not totals; the grammar marks them
//! (`600 元/人/次`, `每人每月 2500 元`, `标准 113 元`). A smaller amount after 其中 in the same
//! clause is a part (`其中培训费 2 万元`). The amount cells are written to a precision (`8.28`): a
//! text amount that rounds to a figure at that precision (`8.2768 万元`) is only worth an info.

use crate::check::context::Context;
use crate::check::{Finding, Rule, Severity};
use crate::model::{HeaderField, MoneyCell, Place};
use crate::value;
use rust_decimal::{Decimal, RoundingStrategy};

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "goal-amount",
    severity: Severity::Warning,
    title: "文字中的金额",
    description: "年度绩效目标、资金用途（及自评表的完成情况）文字中写的金额应与表中金额一致（项目金额或资金构成中的某一项）。不一致为警告；文字金额按表中金额的小数位四舍五入后一致（如文字 8.2768 万元、预算数 8.28）为提示。单价、每人每月等费率和「其中」之后的分项金额不比较。",
    reads: &[],
    run: check,
};

/// A money figure of the table, in the record's unit and written to its precision (`8.28`).
struct Figure {
    place: Place,
    value: Decimal,
}

impl Figure {
    fn label(&self, cx: &Context<'_>) -> String {
        match self.place {
            Place::Money(cell) => cell.label(),
            _ => cx.amount_label().to_string(),
        }
    }
}

fn figures(cx: &Context<'_>) -> Vec<Figure> {
    super::amount_format::money_cells(cx.record)
        .filter(|(place, _)| *place != Place::Money(MoneyCell::TotalScore))
        .filter_map(|(place, amount)| {
            Some(Figure {
                place,
                value: amount.value()?,
            })
        })
        .collect()
}

/// The clause of `text` before byte `at`: back to the last `，。；` (or the start).
fn clause_before(text: &str, at: usize) -> &str {
    let before = text.get(..at).unwrap_or_default();
    before
        .rsplit(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or(before)
}

/// What one text says about money: amounts that differ, and amounts that only differ by rounding.
#[derive(Default)]
struct Verdict<'f> {
    differ: Vec<String>,
    rounded: Vec<(String, &'f Figure)>,
}

fn judge<'f>(
    cx: &Context<'_>,
    text: &str,
    figures: &'f mut Option<Vec<Figure>>,
    amount: Decimal,
) -> Verdict<'f> {
    let mut verdict = Verdict::default();
    let mentions = value::find_money(text);
    if mentions.is_empty() {
        return verdict;
    }
    let figures = figures.get_or_insert_with(|| self::figures(cx));
    let unit = cx.unit();
    let mut cursor = 0;
    for mention in mentions {
        let at = text
            .get(cursor..)
            .and_then(|rest| rest.find(&mention.text))
            .map_or(cursor, |i| cursor.saturating_add(i));
        cursor = at.saturating_add(mention.text.len()).min(text.len());
        if mention.is_rate || mention.yuan.is_zero() {
            continue;
        }
        let written = unit.from_yuan(mention.yuan);
        if clause_before(text, at).contains("其中") && written < amount {
            continue;
        }
        if figures.iter().any(|f| f.value == written) {
            continue;
        }
        let rounded = figures.iter().find(|f| {
            written.round_dp_with_strategy(f.value.scale(), RoundingStrategy::MidpointAwayFromZero)
                == f.value
        });
        let shown = mention.text.trim().to_string();
        match rounded {
            Some(f) => verdict.rounded.push((shown, f)),
            None if !verdict.differ.contains(&shown) => verdict.differ.push(shown),
            None => {}
        }
    }
    verdict
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(amount) = cx.record.header.amount.value() else {
        return;
    };
    let mut figures: Option<Vec<Figure>> = None;
    let label = cx.amount_label();
    for field in [
        HeaderField::Goal,
        HeaderField::FundUse,
        HeaderField::GoalResult,
    ] {
        let Some(text) = cx.record.header_text(field) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        let name = match field {
            HeaderField::Goal if cx.record.is_self_evaluation() => "年初设定目标",
            other => other.label(),
        };
        let place = Place::Header(field);
        let verdict = judge(cx, text, &mut figures, amount);
        if !verdict.differ.is_empty() {
            out.push(cx.finding(
                RULE.code,
                Severity::Warning,
                place,
                format!(
                    "{name}中写的「{}」与{label} {}不一致",
                    verdict.differ.join("」「"),
                    cx.show_in_unit(amount)
                ),
            ));
        }
        if let Some((shown, figure)) = verdict.rounded.first() {
            out.push(cx.finding(
                RULE.code,
                Severity::Info,
                place,
                format!(
                    "{name}中写的「{shown}」在表中四舍五入记为{} {}",
                    figure.label(cx),
                    cx.show_in_unit(figure.value)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::clause_before;
    use crate::check::Severity;
    use crate::check::testing::{bare, findings, messages};
    use crate::layout::Layout;

    #[test]
    fn the_clause_before_a_mention_starts_after_the_last_comma() {
        let text = "共安排9万元，其中财政拨款9万元";
        let at = text.rfind('9').unwrap();
        assert_eq!(clause_before(text, at), "其中财政拨款");
    }

    #[test]
    fn amounts_that_match_the_table_pass() {
        let mut record = bare(Layout::HebeiDisclosure, "9.00");
        record.header.fund_use =
            "共安排9万元，其中财政拨款9万元，其他资金 0 万元，主要用于办公费。".into();
        record.header.goal = "按每人补贴51元发放，人均标准 600 元/人。".into();
        assert!(messages(&record, "goal-amount").is_empty());
    }

    #[test]
    fn an_amount_that_differs_from_the_budget_is_a_warning() {
        let mut record = bare(Layout::HebeiDisclosure, "190.00");
        record.header.fund_use =
            "预算安排资金 160 万元，其中：财政资金 160 万元，其他资金 0 万元，主要用于县级补贴"
                .into();
        let found = findings(&record, "goal-amount");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "资金用途中写的「160 万元」与预算数 190 万元不一致"
        );
    }

    #[test]
    fn a_goal_amount_above_the_region_total_is_reported() {
        let mut record = bare(Layout::RegionForm, "733");
        record.header.goal = "按照相关要求，预算资金861.37万元，主要用于信息系统升级改造。".into();
        assert_eq!(
            messages(&record, "goal-amount"),
            ["年度绩效目标中写的「861.37万元」与项目总额 733 万元不一致"]
        );
    }

    #[test]
    fn an_amount_the_table_rounds_is_only_an_info() {
        let mut record = bare(Layout::HebeiDisclosure, "8.28");
        record.header.fund_use =
            "共安排 8.2768 万元，其中财政拨款 8.2768 万元，主要用于办案经费。".into();
        let found = findings(&record, "goal-amount");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(
            found[0].message,
            "资金用途中写的「8.2768 万元」在表中四舍五入记为预算数 8.28 万元"
        );
    }
}
