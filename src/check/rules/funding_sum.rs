//! `funding-sum`: the funding breakdown of the header adds up.
//!
//! Region form: 项目总额 = 本级 + 转移; 本级 = 财政拨款 + 其他资金 + 结余结转; 转移 = 中央 + 自治区;
//! 年度资金总额 = 项目总额 − 结余结转. Hebei: 预算数 = 财政资金 + 其他资金. Self-evaluation: in each
//! column, 年度资金总额 = 财政拨款 + 其他资金 (+ 上年结转资金 on the national form). Sums are exact; a blank part counts as 0, and an
//! equation whose total or every part is blank is not checked.

use super::amount_too_large;
use crate::check::context::{Context, show_money};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Amount, Funding, HeaderField, MoneyCell, Place, checked_sum};
use rust_decimal::Decimal;
use std::ops::Neg;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "funding-sum",
    severity: Severity::Error,
    title: "资金构成合计",
    description: "资金构成要相加一致：自治区表 项目总额 = 本级资金 + 转移市县资金，本级资金 = 财政拨款 + 其他资金 + 结余结转资金，转移资金 = 中央资金 + 自治区资金，年度资金总额 = 项目总额 − 结余结转资金；河北表 预算数 = 财政资金 + 其他资金（其他资金空白按 0 计）；自评表每一列 年度资金总额 = 财政拨款 + 其他资金（全国通用自评表另加上年结转资金，结转计入财政拨款的写法也认可）。精确比较，不容许误差。",
    reads: &[],
    run: check,
};

/// One cell of an equation.
struct Term<'a> {
    label: &'a str,
    amount: &'a Amount,
}

/// `total = Σ parts`, each part added (`true`) or subtracted (`false`).
struct Equation<'a> {
    place: Place,
    total: Term<'a>,
    parts: Vec<(bool, Term<'a>)>,
    /// Whether the last part may already be counted in another: forms that print 上年结转资金
    /// as a part of 财政拨款 rather than beside it.
    last_nested: bool,
}

fn term<'a>(label: &'a str, amount: &'a Amount) -> Term<'a> {
    Term { label, amount }
}

fn equations<'a>(cx: &'a Context<'a>) -> Vec<Equation<'a>> {
    let record = cx.record;
    let amount = term(cx.amount_label(), &record.header.amount);
    let header = Place::Header(HeaderField::Amount);
    match &record.funding {
        Funding::Region(f) => vec![
            Equation {
                place: header,
                total: amount,
                parts: vec![
                    (true, term("本级资金总额", &f.local_total)),
                    (true, term("转移市县(区)资金总额", &f.transfer_total)),
                ],
                last_nested: false,
            },
            Equation {
                place: Place::Money(MoneyCell::LocalTotal),
                total: term("本级资金总额", &f.local_total),
                parts: vec![
                    (true, term("财政拨款", &f.local_fiscal)),
                    (true, term("其他资金", &f.local_other)),
                    (true, term("结余结转资金", &f.local_carryover)),
                ],
                last_nested: false,
            },
            Equation {
                place: Place::Money(MoneyCell::TransferTotal),
                total: term("转移市县(区)资金总额", &f.transfer_total),
                parts: vec![
                    (true, term("中央资金", &f.transfer_central)),
                    (true, term("自治区资金", &f.transfer_region)),
                ],
                last_nested: false,
            },
            Equation {
                place: Place::Money(MoneyCell::AnnualTotal),
                total: term("年度资金总额", &f.annual_total),
                parts: vec![
                    (true, term(cx.amount_label(), &record.header.amount)),
                    (false, term("结余结转资金", &f.local_carryover)),
                ],
                last_nested: false,
            },
        ],
        Funding::Hebei(f) => vec![Equation {
            place: header,
            total: amount,
            parts: vec![
                (true, term("财政资金", &f.fiscal)),
                (true, term("其他资金", &f.other)),
            ],
            last_nested: false,
        }],
        Funding::None => match &record.evaluation {
            Some(e) => {
                const COLUMNS: [&str; 3] = ["年初预算数", "全年预算数", "全年执行数"];
                let cells = |m: &'a crate::model::EvaluationMoney| {
                    [&m.initial_budget, &m.full_year_budget, &m.executed]
                };
                let columns = COLUMNS.into_iter().zip(cells(&e.total)).zip(
                    cells(&e.fiscal)
                        .into_iter()
                        .zip(cells(&e.other))
                        .zip(cells(&e.carryover)),
                );
                (0u8..)
                    .zip(columns)
                    .map(|(c, ((label, total), ((fiscal, other), carryover)))| {
                        let mut parts = vec![
                            (true, term("财政拨款", fiscal)),
                            (true, term("其他资金", other)),
                        ];
                        // Blank counts as 0: named only where the form fills it.
                        if !carryover.is_blank() {
                            parts.push((true, term("上年结转资金", carryover)));
                        }
                        Equation {
                            place: Place::Money(MoneyCell::Evaluation(0, c)),
                            total: term(label, total),
                            last_nested: parts.len() > 2,
                            parts,
                        }
                    })
                    .collect()
            }
            None => Vec::new(),
        },
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for equation in equations(cx) {
        let Some(total) = cx.yuan(equation.total.amount) else {
            continue;
        };
        if equation.parts.iter().all(|(_, t)| t.amount.is_blank()) {
            continue;
        }
        // A blank part counts as 0; a part that is not a number leaves the sum unknown.
        let parts: Option<Vec<(bool, &Term<'_>, Decimal)>> = equation
            .parts
            .iter()
            .map(|(add, part)| {
                let value = if part.amount.is_blank() {
                    Some(Decimal::ZERO)
                } else {
                    cx.yuan(part.amount)
                };
                value.map(|v| (*add, part, v))
            })
            .collect();
        let Some(parts) = parts else {
            continue;
        };
        let Some(sum) = checked_sum(
            parts
                .iter()
                .map(|&(add, _, v)| if add { v } else { v.neg() }),
        ) else {
            let what = format!("{}的各项资金合计", equation.total.label);
            out.push(amount_too_large::finding(cx, equation.place, &what));
            continue;
        };
        let without_last = parts.last().and_then(|&(_, _, v)| sum.checked_sub(v));
        if sum == total || (equation.last_nested && without_last == Some(total)) {
            continue;
        }
        let shown: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, (add, part, v))| {
                let sign = match (i, add) {
                    (0, true) => "",
                    (_, true) => " + ",
                    (_, false) => " − ",
                };
                format!("{sign}{} {}", part.label, cx.show(*v))
            })
            .collect();
        out.push(cx.finding(
            RULE.code,
            Severity::Error,
            equation.place,
            format!(
                "{} {}与{} = {}不一致",
                equation.total.label,
                cx.show(total),
                shown.concat(),
                show_money(sum, cx.unit())
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{bare, findings, messages, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, Funding, MoneyCell, Place};

    fn region(cells: [&str; 8], total: &str) -> crate::model::Record {
        let mut record = bare(Layout::RegionForm, total);
        if let Funding::Region(f) = &mut record.funding {
            let [
                annual,
                local,
                fiscal,
                other,
                carry,
                transfer,
                central,
                region,
            ] = cells;
            f.annual_total = Amount::new(annual);
            f.local_total = Amount::new(local);
            f.local_fiscal = Amount::new(fiscal);
            f.local_other = Amount::new(other);
            f.local_carryover = Amount::new(carry);
            f.transfer_total = Amount::new(transfer);
            f.transfer_central = Amount::new(central);
            f.transfer_region = Amount::new(region);
        }
        record
    }

    #[test]
    fn a_region_breakdown_that_adds_up_passes() {
        let carryover = region(
            ["163.16", "590.29", "0", "163.16", "427.13", "0", "0", "0"],
            "590.29",
        );
        assert!(messages(&carryover, "funding-sum").is_empty());
        let transfer = region(
            ["139429", "0", "0", "0", "0", "139429", "101903", "37526"],
            "139429",
        );
        assert!(messages(&transfer, "funding-sum").is_empty());
    }

    #[test]
    fn a_region_breakdown_that_does_not_add_up_names_the_cells() {
        let record = region(
            ["590.29", "590.29", "0", "163.16", "427.13", "0", "0", "0"],
            "590.29",
        );
        let found = findings(&record, "funding-sum");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place, Place::Money(MoneyCell::AnnualTotal));
        assert_eq!(
            found[0].message,
            "年度资金总额 590.29 万元与项目总额 590.29 万元 − 结余结转资金 427.13 万元 = 163.16 万元不一致"
        );
    }

    #[test]
    fn hebei_other_funds_left_blank_count_as_zero() {
        let record = bare(Layout::HebeiDisclosure, "8.28");
        assert!(messages(&record, "funding-sum").is_empty());
        let mut wrong = bare(Layout::HebeiDisclosure, "8.28");
        if let Funding::Hebei(f) = &mut wrong.funding {
            f.fiscal = Amount::new("8.2768");
        }
        assert_eq!(
            messages(&wrong, "funding-sum"),
            ["预算数 8.28 万元与财政资金 8.2768 万元 + 其他资金 0 万元 = 8.2768 万元不一致"]
        );
    }

    #[test]
    fn self_evaluation_columns_add_up_fiscal_and_other_funds() {
        let mut record = sound(Layout::SelfEvaluation);
        assert!(messages(&record, "funding-sum").is_empty());
        record.evaluation.as_mut().unwrap().other.executed = Amount::new("1.00");
        assert_eq!(
            messages(&record, "funding-sum"),
            ["全年执行数 20 万元与财政拨款 20 万元 + 其他资金 1 万元 = 21 万元不一致"]
        );
    }

    #[test]
    fn the_national_money_table_adds_last_year_s_carryover() {
        let mut record = sound(Layout::NationalSelfEvaluation);
        let e = record.evaluation.as_mut().unwrap();
        e.fiscal.full_year_budget = Amount::new("15");
        e.carryover.full_year_budget = Amount::new("5");
        assert!(messages(&record, "funding-sum").is_empty());
        record
            .evaluation
            .as_mut()
            .unwrap()
            .carryover
            .full_year_budget = Amount::new("6");
        assert_eq!(
            messages(&record, "funding-sum"),
            [
                "全年预算数 20 万元与财政拨款 15 万元 + 其他资金 0 万元 + 上年结转资金 6 万元 = 21 万元不一致"
            ]
        );
    }
}
