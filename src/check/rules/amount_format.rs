//! `amount-format`: every money, weight and score cell holds a plain non-negative number; a
//! spending-plan point may also be a percentage (`25%`), as the form's `（%）` heading asks.

use crate::check::context::{Context, is_not_applicable, show_number};
use crate::check::{Finding, Fix, Rule, Severity};
use crate::model::{
    Amount, HeaderField, IndicatorCell, MoneyCell, Place, Record, parse_plain_decimal,
};
use crate::value;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "amount-format",
    severity: Severity::Error,
    title: "金额格式",
    description: "金额（项目金额、资金构成、支出计划、自评表资金）以及分值、得分必须是表中单位下的非负数字，资金支出计划也可写百分比（25%）；写成「400万元」之类带单位的文字时给出换算好的数字作为修正。",
    reads: &[],
    run: check,
};

/// The header amount and every number cell outside the indicator tree that the record's layout
/// has; a self-evaluation's header amount only where it is not the copy of its 全年预算数.
pub(crate) fn money_cells(record: &Record) -> impl Iterator<Item = (Place, &Amount)> {
    let header = (Place::Header(HeaderField::Amount), &record.header.amount);
    let header = (!record.amount_follows_money()).then_some(header);
    header.into_iter().chain(
        MoneyCell::ALL
            .into_iter()
            .filter_map(|cell| record.money(cell).map(|a| (Place::Money(cell), a))),
    )
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for (place, amount) in money_cells(cx.record) {
        check_cell(cx, place, amount, Kind::of(place), out);
    }
    for (i, group) in cx.record.groups.iter().enumerate() {
        check_cell(cx, Place::Level1Weight(i), &group.weight, Kind::Score, out);
    }
    for line in &cx.lines {
        let ind = line.indicator;
        check_cell(
            cx,
            line.place(IndicatorCell::Weight),
            &ind.weight,
            Kind::Score,
            out,
        );
        check_cell(
            cx,
            line.place(IndicatorCell::Score),
            &ind.score,
            Kind::Score,
            out,
        );
    }
}

/// What a number cell holds, which decides what it may be written as.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Money in the table's unit.
    Money,
    /// A spending-plan point: money in the table's unit or a percentage.
    PlanPoint,
    /// A weight or score.
    Score,
    /// A rate (执行率): a percentage, or a plain number.
    Rate,
}

impl Kind {
    /// What the cell at `place`, one of [`money_cells`], holds.
    pub(crate) fn of(place: Place) -> Kind {
        match place {
            Place::Money(MoneyCell::TotalScore | MoneyCell::Evaluation(_, 3 | 5)) => Kind::Score,
            Place::Money(MoneyCell::Evaluation(_, 4)) => Kind::Rate,
            Place::Money(MoneyCell::Plan(_)) => Kind::PlanPoint,
            _ => Kind::Money,
        }
    }
}

fn check_cell(cx: &Context<'_>, place: Place, amount: &Amount, kind: Kind, out: &mut Vec<Finding>) {
    let text = amount.text().trim();
    let where_ = || place.describe(cx.record);
    let value = match kind {
        Kind::PlanPoint | Kind::Rate => super::spending_plan::point(amount).map(|(v, _)| v),
        Kind::Money | Kind::Score => amount.value(),
    };
    match value {
        None if says_nothing(cx, text) => {}
        None if kind == Kind::Score
            && let Some(number) = misread_digits(text) =>
        {
            out.push(
                cx.finding(
                    RULE.code,
                    Severity::Info,
                    place,
                    format!("{}「{text}」疑为识别错误的数字「{number}」", where_()),
                )
                .with_fix(Fix::replace(place, number)),
            );
        }
        Some(v) if v.is_sign_negative() && !v.is_zero() => out.push(cx.finding(
            RULE.code,
            Severity::Error,
            place,
            format!("{}为负数 {text}", where_()),
        )),
        Some(_) => {}
        None => {
            let what = match kind {
                Kind::Money => "金额",
                Kind::PlanPoint => "金额或百分比",
                Kind::Score => "分值",
                Kind::Rate => "百分比",
            };
            let finding = cx.finding(
                RULE.code,
                Severity::Error,
                place,
                format!("{}「{text}」不是{what}数字", where_()),
            );
            let fixed = match kind {
                Kind::Score => score_number(text),
                Kind::Money | Kind::PlanPoint => money_number(cx, text),
                Kind::Rate => None,
            };
            out.push(match fixed {
                Some(number) => finding.with_fix(Fix::replace(place, number)),
                None => finding,
            });
        }
    }
}

/// Whether a cell says nothing: blank, "not applicable" (`—`, `/`, `无`), or only the unit
/// the table is written in (`万元`), as forms print in cells left empty.
fn says_nothing(cx: &Context<'_>, text: &str) -> bool {
    text.is_empty() || is_not_applicable(text) || text == cx.unit().label() || text == "元"
}

/// A score whose digits a scan read as letters (`IO` for 10, `l5` for 15): the number meant,
/// when every letter is one that looks like a digit and at least one is.
fn misread_digits(text: &str) -> Option<String> {
    let mut letters = false;
    let digits: String = text
        .chars()
        .map(|c| match c {
            'O' | 'o' => {
                letters = true;
                '0'
            }
            'I' | 'l' => {
                letters = true;
                '1'
            }
            other => other,
        })
        .collect();
    let number = parse_plain_decimal(&digits).filter(|_| letters)?;
    Some(show_number(number))
}

/// `10分` → `10`.
fn score_number(text: &str) -> Option<String> {
    let number = parse_plain_decimal(text.strip_suffix('分')?)?;
    Some(show_number(number))
}

/// `400万元` in a 万元 table → `400`; only when the whole cell is one money total.
fn money_number(cx: &Context<'_>, text: &str) -> Option<String> {
    let mentions = value::find_money(text);
    let [mention] = mentions.as_slice() else {
        return None;
    };
    if mention.is_rate || mention.text.trim() != text {
        return None;
    }
    Some(show_number(cx.unit().from_yuan(mention.yuan)))
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{bare, findings, messages, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, Funding, IndicatorCell, Place};

    #[test]
    fn plain_and_coded_amounts_are_well_formed() {
        assert!(
            messages(
                &bare(Layout::CodedCountyForm, "400.000000"),
                "amount-format"
            )
            .is_empty()
        );
        assert!(messages(&sound(Layout::SelfEvaluation), "amount-format").is_empty());
    }

    #[test]
    fn an_amount_with_words_is_not_a_number() {
        let record = bare(Layout::CountyForm, "约20万");
        assert_eq!(
            messages(&record, "amount-format"),
            ["项目年度金额「约20万」不是金额数字"]
        );
    }

    #[test]
    fn a_negative_funding_cell_is_reported_at_its_cell() {
        let mut record = bare(Layout::HebeiDisclosure, "9.00");
        if let Funding::Hebei(f) = &mut record.funding {
            f.other = Amount::new("-1");
        }
        let found = findings(&record, "amount-format");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "其他资金为负数 -1");
    }

    #[test]
    fn a_score_written_with_its_unit_is_fixed_to_the_number() {
        let mut record = sound(Layout::SelfEvaluation);
        record.groups[0].groups[0].indicators[0].weight = Amount::new("10分");
        let found = findings(&record, "amount-format");
        assert_eq!(found.len(), 1);
        let fix = &found[0].fixes[0];
        assert_eq!(fix.text, "10");
        assert!(matches!(
            fix.place,
            Place::Indicator(_, IndicatorCell::Weight)
        ));
    }
}
