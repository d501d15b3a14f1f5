//! `cost-sum`: the money totals among the cost indicators add up to the project's amount.
//!
//! The money totals (`400万元`, `≤9 万元`, `补助金额 ≥ 400 万元`) are added up; a line whose money
//! is not a total — a rate (`5000 元/月`, `7200元/人/年`), a per-unit amount under a name with
//! 人均/标准/单价/（月）, a percentage, words — stays out of the sum. The sum may never exceed the
//! amount. It must equal it when every cost line is an exact total; a `≤` ceiling, a `≥` floor
//! or a rate line leaves room, so the sum may then lie below. A table whose cost lines hold no
//! money total stays silent. `万元/年` counts as the year's total: the tables budget one year.
//!
//! A line equal to the amount whose other lines add up to it too is the total written beside
//! its parts, and fits.
//!
//! The amount is the header amount (项目年度金额 / 预算数 / 项目总额). A region table also
//! accepts its 年度资金总额; a self-evaluation accepts 年初预算数 as well as 全年预算数, because
//! its cost targets were set at the start of the year, before the budget was adjusted.

use super::amount_too_large;
use crate::check::context::{Context, Line, is_not_applicable, name_core, show_money, show_number};
use crate::check::{Finding, Rule, Severity};
use crate::model::{Amount, Funding, IndicatorCell, Level1, Level2, checked_sum};
use crate::value::{Comparison, ValueKind};
use rust_decimal::Decimal;

/// The catalogue entry.
pub(crate) const RULE: Rule = Rule {
    code: "cost-sum",
    severity: Severity::Error,
    title: "成本指标合计",
    description: "成本指标中的金额合计（按表的金额单位精确换算）应等于项目金额（河北表为预算数，自治区表为项目总额或年度资金总额，自评表为全年预算数或年初预算数）。单价、标准、人均、按月等费率不计入合计，只要求其余金额合计不超过项目金额；「≤」上限可以低于项目金额；成本指标中没有金额合计时不检查。含「约」「左右」的金额不一致时为警告。",
    reads: &[
        IndicatorCell::Name,
        IndicatorCell::Value,
        IndicatorCell::Target,
    ],
    run: check,
};

/// Whether a row is a cost indicator: under a cost second-level group, or anywhere under a
/// first-level 成本指标 (national scheme).
pub(crate) fn is_cost_line(line: &Line<'_>) -> bool {
    line.level1.category == Level1::Cost
        || matches!(
            line.level2.category,
            Level2::Cost | Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost
        )
}

/// Whether an indicator's name says its money is per unit (人均标准, 单价, （月）…).
pub(crate) fn name_is_rate(name: &str) -> bool {
    const RATE_WORDS: [&str; 17] = [
        "人均",
        "户均",
        "月均",
        "年均",
        "平均",
        "单价",
        "均价",
        "每人",
        "每户",
        "每月",
        "每次",
        "（月）",
        "(月)",
        "/月",
        "/人",
        "/户",
        "/次",
    ];
    // Every rate word holds one of these characters; most names hold none.
    if !name.contains(['均', '价', '每', '月', '人', '户', '次', '标', '/']) {
        return false;
    }
    let compact = name_core(name);
    if RATE_WORDS.iter().any(|w| compact.contains(w)) {
        return true;
    }
    // `补助标准`, `人均标准/月`, `发放标准（元）` name a rate; `标准化建设` does not.
    let stem = compact
        .split(['/', '（', '('])
        .next()
        .unwrap_or_default()
        .trim_end_matches(['：', ':']);
    stem.ends_with("标准")
}

/// The money total a cost line states.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Total {
    /// The amount in 元.
    yuan: Decimal,
    /// Written without a bound (`400万元`, not `≤9 万元`).
    exact: bool,
    /// Written as approximate (`约90万元`).
    approximate: bool,
}

/// How much money a cost line stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// A money total.
    Total(Total),
    /// Some money, amount unknown (a rate, a percentage, words).
    Unknown,
    /// Nothing written.
    Nothing,
}

fn part(line: &Line<'_>) -> Part {
    let value = &line.value;
    match &value.kind {
        ValueKind::Empty => Part::Nothing,
        // `M.8万元`: the digits before the point were lost (a scan misread them), so the
        // amount is not known.
        ValueKind::Money(_) if value.subject.ends_with(['.', '．']) => Part::Unknown,
        ValueKind::Money(money) => {
            let annual = matches!(money.per.as_slice(), [per] if per == "年" || per == "年度");
            if (money.is_rate() && !annual) || name_is_rate(line.name) {
                return Part::Unknown;
            }
            Part::Total(Total {
                yuan: money.yuan,
                exact: matches!(value.comparison, None | Some(Comparison::Equal)),
                approximate: value.approximate,
            })
        }
        _ if is_not_applicable(line.text) => Part::Nothing,
        _ => Part::Unknown,
    }
}

/// The amounts the cost lines may add up to, with their names.
fn references(cx: &Context<'_>) -> Vec<(&'static str, Decimal)> {
    let mut found: Vec<(&'static str, Decimal)> = Vec::new();
    let mut add = |label: &'static str, amount: &Amount| {
        if let Some(yuan) = cx.yuan(amount)
            && !found.iter().any(|(_, y)| *y == yuan)
        {
            found.push((label, yuan));
        }
    };
    add(cx.amount_label(), &cx.record.header.amount);
    if let Funding::Region(f) = &cx.record.funding {
        add("年度资金总额", &f.annual_total);
    }
    if let Some(e) = &cx.record.evaluation {
        add("全年预算数", &e.total.full_year_budget);
        add("年初预算数", &e.total.initial_budget);
    }
    found
}

fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let parts: Vec<(&Line<'_>, Part)> = cx
        .lines
        .iter()
        .filter(|l| is_cost_line(l))
        .map(|l| (l, part(l)))
        .collect();
    let totals: Vec<(&Line<'_>, Total)> = parts
        .iter()
        .filter_map(|&(l, p)| match p {
            Part::Total(t) => Some((l, t)),
            _ => None,
        })
        .collect();
    let Some(&(first, _)) = totals.first() else {
        return;
    };
    let references = references(cx);
    if references.is_empty() {
        return;
    }
    let Some(sum) = checked_sum(totals.iter().map(|(_, t)| t.yuan)) else {
        out.push(amount_too_large::finding(
            cx,
            first.target_place(),
            "成本指标合计",
        ));
        return;
    };
    // Only a table whose every cost line is an exact total pins the sum down; a ceiling, a
    // floor or a rate leaves room below the amount, never above it.
    // A table cut short may have cost lines after the cut.
    let pinned = !cx.cut
        && totals.iter().all(|(_, t)| t.exact)
        && !parts.iter().any(|(_, p)| *p == Part::Unknown);
    // Some forms list the total cost beside its parts (年度预算总成本 3 = 1 + 2 + 0): a line
    // equal to the amount with the other lines adding up to it as well.
    let with_grand_total =
        |a: Decimal| a.checked_add(a) == Some(sum) && totals.iter().any(|(_, t)| t.yuan == a);
    let fits = |a: Decimal| sum == a || (sum < a && !pinned) || with_grand_total(a);
    if references.iter().any(|&(_, a)| fits(a)) {
        return;
    }
    let severity = if totals.iter().any(|(_, t)| t.approximate) {
        Severity::Warning
    } else {
        Severity::Error
    };
    let unit = cx.unit();
    let amounts: Vec<String> = references
        .iter()
        .map(|&(label, a)| format!("{label} {}", show_money(a, unit)))
        .collect();
    let amounts = amounts.join("、");
    let terms = if totals.len() > 1 {
        let shown: Vec<String> = totals
            .iter()
            .map(|(_, t)| show_number(unit.from_yuan(t.yuan)))
            .collect();
        format!("（{}）", shown.join(" + "))
    } else {
        String::new()
    };
    let sum = show_money(sum, unit);
    let message = match (pinned, references.len()) {
        (true, 1) => format!("成本指标合计 {sum}{terms}，与{amounts}不一致"),
        (true, _) => format!("成本指标合计 {sum}{terms}，与{amounts}都不一致"),
        (false, _) => format!("成本指标合计 {sum}{terms}，超过{amounts}"),
    };
    out.push(cx.finding(RULE.code, severity, first.target_place(), message));
}

#[cfg(test)]
mod tests {
    use super::name_is_rate;
    use crate::check::Severity;
    use crate::check::testing::{bare, findings, messages, push, push_under, sound};
    use crate::layout::Layout;
    use crate::model::{Amount, IndicatorCell, Level1, Level2, Place, Scheme};

    fn with_costs(layout: Layout, amount: &str, costs: &[(&str, &str)]) -> crate::model::Record {
        let mut record = bare(layout, amount);
        for (name, value) in costs {
            push_under(&mut record, Level1::Output, Level2::Cost, name, value);
        }
        record
    }

    #[test]
    fn cost_lines_adding_up_to_the_amount_after_unit_conversion_pass() {
        let record = with_costs(
            Layout::CountyForm,
            "200000",
            &[
                ("培训费", "8 万元"),
                ("宣传费", "4 万元"),
                ("办公设备", "80000元"),
            ],
        );
        assert!(messages(&record, "cost-sum").is_empty());
        let small = with_costs(Layout::CountyForm, "7932", &[("公积金", "0.7932 万元")]);
        assert!(messages(&small, "cost-sum").is_empty());
    }

    #[test]
    fn an_amount_whose_leading_digits_were_lost_is_not_summed_as_written() {
        let record = with_costs(
            Layout::NationalSelfEvaluation,
            "64.8",
            &[
                ("维修成本", "35万元"),
                ("劳务成本", "15万元"),
                ("水电费", "M.8万元"),
            ],
        );
        assert!(messages(&record, "cost-sum").is_empty());
    }

    #[test]
    fn a_grand_total_written_beside_its_parts_fits() {
        let record = with_costs(
            Layout::NationalTarget,
            "3",
            &[
                ("年度预算总成本", "=3万元"),
                ("出差总成本", "=1万元"),
                ("劳务人员总成本", "=2万元"),
                ("办公费总成本", "=0万元"),
                ("出差单位成本", "=0万元/人"),
            ],
        );
        assert!(messages(&record, "cost-sum").is_empty());
        let wrong = with_costs(
            Layout::NationalTarget,
            "3",
            &[("年度预算总成本", "=3万元"), ("出差总成本", "=2万元")],
        );
        assert_eq!(messages(&wrong, "cost-sum").len(), 1);
    }

    #[test]
    fn cost_lines_above_the_amount_are_an_error_with_the_numbers() {
        let record = with_costs(
            Layout::CodedCountyForm,
            "5744.000000",
            &[
                ("取暖费（2021年12月以前）", "9670万元"),
                ("取暖费（2022年）", "695万元"),
                ("取暖费（2024年新退）", "548万元"),
            ],
        );
        let found = findings(&record, "cost-sum");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            found[0].message,
            "成本指标合计 10913 万元（9670 + 695 + 548），与项目年度金额 5744 万元不一致"
        );
        assert!(matches!(found[0].place, Place::Indicator(p, IndicatorCell::Value) if p.row == 0));
    }

    #[test]
    fn cost_lines_with_rates_do_not_enter_the_sum() {
        let rates_only = with_costs(
            Layout::CountyForm,
            "66214100",
            &[
                ("公益性岗位人员岗位补贴人均标准", "3602.67 元"),
                ("社会保险补贴人均标准", "7000 元/人"),
                ("高校毕业生生活补贴", "500 元/月"),
            ],
        );
        assert!(messages(&rates_only, "cost-sum").is_empty());
        let mixed = with_costs(
            Layout::RegionForm,
            "100",
            &[("数据采集", "60万元"), ("驻外办就业补助", "10万元/个")],
        );
        assert!(messages(&mixed, "cost-sum").is_empty());
        let over = with_costs(
            Layout::RegionForm,
            "100",
            &[("数据采集", "160万元"), ("驻外办就业补助", "10万元/个")],
        );
        assert_eq!(
            messages(&over, "cost-sum"),
            ["成本指标合计 160 万元，超过项目总额 100 万元"]
        );
    }

    #[test]
    fn a_ceiling_may_lie_below_the_amount_but_a_total_may_not() {
        let ceiling = with_costs(
            Layout::HebeiDisclosure,
            "9.00",
            &[("工作完成成本", "≤8 万元")],
        );
        assert!(messages(&ceiling, "cost-sum").is_empty());
        let loose = with_costs(
            Layout::HebeiDisclosure,
            "9.00",
            &[("工作完成成本", "≤10 万元")],
        );
        assert_eq!(
            messages(&loose, "cost-sum"),
            ["成本指标合计 10 万元，超过预算数 9 万元"]
        );
        let exact = with_costs(
            Layout::HebeiDisclosure,
            "190.00",
            &[("补贴总金额", "160万元")],
        );
        assert_eq!(
            messages(&exact, "cost-sum"),
            ["成本指标合计 160 万元，与预算数 190 万元不一致"]
        );
    }

    #[test]
    fn yearly_amounts_count_as_the_years_total() {
        let record = with_costs(
            Layout::RegionForm,
            "733",
            &[
                ("系统升级改造", "114.86万元"),
                ("网络安全测评", "95万元/年"),
                ("运维服务", "523.14万元/年"),
            ],
        );
        assert!(messages(&record, "cost-sum").is_empty());
        let short = with_costs(Layout::RegionForm, "733", &[("运维服务", "523.14万元/年")]);
        assert_eq!(
            messages(&short, "cost-sum"),
            ["成本指标合计 523.14 万元，与项目总额 733 万元不一致"]
        );
    }

    #[test]
    fn a_self_evaluation_accepts_the_initial_budget() {
        let mut record = sound(Layout::SelfEvaluation);
        let e = record.evaluation.as_mut().unwrap();
        e.total.initial_budget = Amount::new("2400.00");
        e.total.full_year_budget = Amount::new("2318.87");
        record.header.amount = Amount::new("2318.87");
        record.groups[0].groups[3].indicators[0].value = "2400万元".into();
        assert!(messages(&record, "cost-sum").is_empty());
        record.groups[0].groups[3].indicators[0].value = "2500万元".into();
        assert_eq!(
            messages(&record, "cost-sum"),
            ["成本指标合计 2500 万元，与全年预算数 2318.87 万元、年初预算数 2400 万元都不一致"]
        );
    }

    #[test]
    fn an_approximate_total_that_differs_is_only_a_warning() {
        let record = with_costs(Layout::RegionForm, "100", &[("补贴", "约90万元")]);
        let found = findings(&record, "cost-sum");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn national_scheme_costs_are_every_line_under_the_first_level_cost_group() {
        let mut record = bare(Layout::RegionForm, "100");
        record.scheme = Scheme::National;
        push(&mut record, Level2::EconomicCost, "设备购置", "60万元");
        push_under(&mut record, Level1::Cost, Level2::Other, "运维", "30万元");
        assert_eq!(
            messages(&record, "cost-sum"),
            ["成本指标合计 90 万元（60 + 30），与项目总额 100 万元不一致"]
        );
    }

    #[test]
    fn names_with_per_unit_words_are_rates() {
        assert!(name_is_rate("公益性岗位人员岗位补贴人均标准/月"));
        assert!(name_is_rate("义务兵家庭优待金补助标准"));
        assert!(name_is_rate("生活补贴（月）"));
        assert!(!name_is_rate("标准化建设费用"));
        assert!(!name_is_rate("办公设备及打印纸采购费用"));
    }
}
