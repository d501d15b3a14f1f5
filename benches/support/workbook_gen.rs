//! Realistic generated workbooks for benchmarks, performance tests and demonstrations.
//!
//! Test data stays out of the library: this file is compiled into the example
//! `examples/generate_workbook.rs`, the benches and tests that need many tables, each through
//! `#[path = "…/benches/support/workbook_gen.rs"] mod workbook_gen;`.
//!
//! The tables look like the published ones — all five layouts, Chinese indicator names and values
//! in the forms offices write — and about one table in four carries a deliberate mistake the
//! checks should find: cost lines that do not add up to the amount, `≥100%`, a deadline outside the
//! budget year, a month 13, an empty value, a funding breakdown or spending plan that does not add
//! up, self-evaluation weights or scores that do not add up, an amount in the goal text that
//! differs from the table's. The same count and seed always give the same workbook.

use jixiao::layout::Layout;
use jixiao::model::{
    Amount, Evaluation, EvaluationMoney, Funding, HebeiFunding, Indicator, Level1, Level1Group,
    Level2, Level2Group, MoneyUnit, Record, RegionFunding, Scheme, SpendingPlan, Workbook,
};
use rust_decimal::Decimal;

/// A workbook of `count` generated tables, cycling through the five layouts.
pub fn generate(count: usize, seed: u64) -> Workbook {
    let mut rng = Rng(seed ^ 0x6a69_7869_616f);
    let records = (0..count)
        .map(|i| {
            let layout = Layout::LOCAL[i % Layout::LOCAL.len()];
            generate_record(&mut rng, layout, i / Layout::LOCAL.len() + 1)
        })
        .collect();
    Workbook { records }
}

/// SplitMix64: small, fast and the same on every platform and version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    /// Up to `count` different items, in random order.
    fn pick_distinct<'a, T>(&mut self, items: &'a [T], count: usize) -> Vec<&'a T> {
        let mut order: Vec<usize> = (0..items.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, (self.next() % (i as u64 + 1)) as usize);
        }
        order.iter().take(count).map(|&i| &items[i]).collect()
    }
}

const PLACES: [&str; 6] = [
    "平罗县",
    "青龙满族自治县",
    "中卫市",
    "惠农区",
    "贺兰县",
    "自治区",
];
const DEPARTMENTS: [&str; 8] = [
    "人力资源和社会保障局",
    "农业农村局",
    "住房和城乡建设局",
    "教育局",
    "卫生健康局",
    "民政局",
    "水务局",
    "交通运输局",
];
const UNITS: [&str; 4] = ["本级", "社会保险事业管理中心", "综合执法大队", "服务中心"];
const TOPICS: [&str; 12] = [
    "事业单位公开招聘",
    "劳动监察仲裁办案",
    "社保卡补卡换卡",
    "农田水利建设",
    "污水处理",
    "公园广场及道路绿化管护",
    "政策性农业保险",
    "职业技能培训",
    "城乡居民养老保险补助",
    "信息系统运行维护",
    "农村公路养护",
    "困难群众救助",
];
const PROJECT_SUFFIXES: [&str; 4] = ["经费", "项目", "专项资金", "补助资金"];
const OFFICES: [&str; 4] = ["社会保障室", "农业与自然资源室", "经济建设室", "行政政法室"];

/// Indicator names and how their values are written, by second-level category.
fn indicator_pool(category: Level2) -> &'static [(&'static str, &'static str)] {
    match category {
        Level2::Quantity => &[
            ("培训人次", "≥{n}人次"),
            ("查处案件数量", "≥{n}件"),
            ("参保覆盖行政村", "{n} 个"),
            ("新建高标准农田", "{n}万亩"),
            ("补卡制卡数量", "≥{n}张"),
            ("巡查单位数量", "≥{n}家"),
            ("组织招聘次数", "{s}次/年"),
        ],
        Level2::Quality => &[
            ("验收合格率", "≥{p}%"),
            ("资金拨付率", "100%"),
            ("举报投诉案件结案率", "≥ {p}%"),
            ("水质综合合格率", "≥{p}%"),
            ("设备完好率", "＞{p}%"),
        ],
        Level2::Timeliness => &[
            ("项目完成时间", "{y}年12月底"),
            ("资金拨付时限", "{y} 年 {m} 月前"),
            ("系统故障修复处理时间", "≤24小时"),
            ("工伤案件办理周期", "60日"),
            ("任务完成及时率", "≥{p}%"),
        ],
        Level2::Economic => &[
            ("受灾损失", "明显减少"),
            ("带动农民增收", "稳步提升"),
            ("延长设备使用年限", ">5年"),
        ],
        Level2::Social => &[
            ("支持县域经济发展人才需求", "稳步提升"),
            ("群众办事便利程度", "有效提升"),
            ("受益人数", "约{s}万人"),
            ("社会和谐稳定", "效果显著"),
        ],
        Level2::Ecological => &[("绿色环保生产", "基本实现"), ("污水排放量", "持续下降")],
        Level2::Sustainable => &[
            ("长效管理机制", "逐步建立"),
            ("对社会和谐的促进作用", "≥1年"),
            ("参保人员权益保障", "长期保障"),
        ],
        Level2::Satisfaction => &[
            ("服务对象满意度", "≥{p}%"),
            ("群众满意度", "≥ {p}%"),
            ("参保人员满意度", "{p}%左右"),
        ],
        _ => &[("相关工作完成情况", "按期完成")],
    }
}

/// Fills `{n}` (a count), `{s}` (a small number), `{p}` (a percentage), `{y}` (the year) and `{m}`
/// (a month) in a value pattern.
fn fill(rng: &mut Rng, pattern: &str, year: i32) -> String {
    pattern
        .replace("{n}", &rng.range(2, 800).to_string())
        .replace("{s}", &rng.range(1, 9).to_string())
        .replace("{p}", &rng.range(80, 98).to_string())
        .replace("{y}", &year.to_string())
        .replace("{m}", &rng.range(6, 12).to_string())
}

/// How each layout writes group labels.
fn level1_label(layout: Layout, category: Level1, index: usize) -> String {
    let name = category.canonical_name();
    match layout {
        Layout::CodedCountyForm => format!("{}-{name}", index + 1),
        _ => name.to_string(),
    }
}

/// Coded and county-level forms shorten the effect and satisfaction labels (`社会效益`,
/// `31-服务对象满意度`); the coded form numbers them (`11-数量指标`).
fn level2_label(layout: Layout, scheme: Scheme, category: Level2, l1: usize, l2: usize) -> String {
    let full = category.canonical_name();
    let keeps_suffix = matches!(layout, Layout::HebeiDisclosure | Layout::SelfEvaluation)
        || category.parent(scheme) == Level1::Output;
    let name = if keeps_suffix {
        full
    } else {
        full.strip_suffix("指标").unwrap_or(full)
    };
    match layout {
        Layout::CodedCountyForm => format!("{}{}-{name}", l1 + 1, l2 + 1),
        _ => name.to_string(),
    }
}

/// Money in the record's unit, written as offices write it in that layout.
fn money_text(layout: Layout, value: Decimal) -> String {
    match layout {
        Layout::CodedCountyForm => format!("{value:.6}"),
        Layout::CountyForm => value.round_dp(0).to_string(),
        _ => format!("{value:.2}"),
    }
}

/// The amount as an indicator value (`8万元`, `≤9 万元`, `230000 元`).
fn money_value(rng: &mut Rng, unit: MoneyUnit, value: Decimal) -> String {
    let wan = unit.to_yuan(value).unwrap_or_default() / Decimal::from(10_000);
    match rng.range(0, 3) {
        0 => format!("{}万元", wan.normalize()),
        1 => format!("{} 万元", wan.normalize()),
        2 => format!("≤{}万元", wan.normalize()),
        _ => format!("{}元", unit.to_yuan(value).unwrap_or_default().round_dp(0)),
    }
}

fn generate_record(rng: &mut Rng, layout: Layout, number: usize) -> Record {
    let year = 2024 + rng.range(0, 2) as i32;
    let mut record = Record::blank(layout, Some(year));
    record.scheme = if layout != Layout::SelfEvaluation && rng.chance(10) {
        Scheme::National
    } else {
        Scheme::Older
    };
    let place = *rng.pick(&PLACES);
    let department = format!("{place}{}", rng.pick(&DEPARTMENTS));
    let topic = *rng.pick(&TOPICS);
    let name = format!("{topic}{}", rng.pick(&PROJECT_SUFFIXES));
    // Whole 万元 for the county form in 元, two decimals of 万元 elsewhere, as offices budget.
    let wan = match layout {
        Layout::CountyForm => Decimal::from(rng.range(8, 400)),
        _ => Decimal::new(rng.range(300, 200_000) as i64, 2),
    };
    let amount = record.unit.from_yuan(wan * Decimal::from(10_000));
    let h = &mut record.header;
    h.name = name.clone();
    h.code = format!("1303212{}P00{:06}", year % 100, rng.range(0, 999_999));
    h.department = department.clone();
    h.implementer = format!("{department}{}", rng.pick(&UNITS));
    h.project_kind = match layout {
        Layout::CodedCountyForm => "0101-一年期项目".into(),
        _ => rng
            .pick(&["常年性项目", "一年期项目", "经常性项目"])
            .to_string(),
    };
    h.duration = if h.project_kind.contains("一年期") {
        "1年".into()
    } else {
        rng.pick(&["1年", "99年", "3年"]).to_string()
    };
    h.office = match layout {
        Layout::CodedCountyForm => format!("0{}-{}", rng.range(1, 9), rng.pick(&OFFICES)),
        _ => rng.pick(&OFFICES).to_string(),
    };
    h.amount = Amount::new(money_text(layout, amount));
    let said = if rng.chance(5) {
        // goal-amount: the text names another sum than the table.
        wan * Decimal::new(12, 1)
    } else {
        wan
    };
    h.goal = format!(
        "本项目主要用于{topic}相关工作，预算资金{}万元，主要目标是：1.完成{year}年度{topic}任务；2.保障工作正常开展。",
        said.round_dp(2).normalize()
    );
    h.fund_use = format!(
        "共安排{}万元，主要用于{topic}相关支出，保证工作顺利完成。",
        said.round_dp(2).normalize()
    );
    if layout == Layout::SelfEvaluation {
        h.goal_result = format!("{year}年度{topic}任务已按期完成。");
    }
    record.title = match layout {
        Layout::CountyForm => format!("部门项目支出预算绩效目标表 {number}"),
        Layout::CodedCountyForm => "部门项目支出预算绩效目标表".into(),
        Layout::HebeiDisclosure => format!("{number}、{name}绩效目标表"),
        Layout::RegionForm => format!("{year}年自治区本级部门项目支出预算绩效目标表"),
        Layout::SelfEvaluation => format!("{department}项目支出绩效自评表（表{number}）"),
        other => other.form().title.into(),
    };
    fill_money(rng, &mut record, amount);
    record.groups = groups(rng, &record, amount, year);
    if layout == Layout::SelfEvaluation {
        score(rng, &mut record);
    }
    record
}

/// The layout's funding breakdown, spending plan or evaluation money, sometimes not adding up.
fn fill_money(rng: &mut Rng, record: &mut Record, amount: Decimal) {
    let layout = record.layout;
    let text = |v: Decimal| Amount::new(money_text(layout, v));
    let wrong = rng.chance(8);
    match layout {
        Layout::RegionForm => {
            let carryover = if rng.chance(30) {
                (amount / Decimal::from(10)).round_dp(2)
            } else {
                Decimal::ZERO
            };
            let transfer = if rng.chance(30) {
                (amount / Decimal::from(4)).round_dp(2)
            } else {
                Decimal::ZERO
            };
            let local = amount - transfer;
            let other = if wrong { Decimal::ONE } else { Decimal::ZERO };
            let central = (transfer / Decimal::from(2)).round_dp(2);
            record.funding = Funding::Region(RegionFunding {
                annual_total: text(amount - carryover),
                local_total: text(local),
                local_fiscal: text(local - carryover),
                local_other: text(other),
                local_carryover: text(carryover),
                transfer_total: text(transfer),
                transfer_central: text(central),
                transfer_region: text(transfer - central),
            });
        }
        Layout::HebeiDisclosure => {
            let other = if wrong { Decimal::ONE } else { Decimal::ZERO };
            record.funding = Funding::Hebei(HebeiFunding {
                fiscal: text(amount),
                other: if other.is_zero() {
                    Amount::default()
                } else {
                    text(other)
                },
            });
            let part = |q: i64| text((amount * Decimal::from(q) / Decimal::from(4)).round_dp(2));
            let mut plan = SpendingPlan {
                march: part(1),
                june: part(2),
                october: part(3),
                december: part(4),
            };
            if rng.chance(8) {
                // spending-plan: the plan goes down before the end of the year.
                plan.october = part(1);
            }
            if rng.chance(5) {
                plan.december = Amount::default();
            }
            record.spending_plan = Some(plan);
        }
        Layout::SelfEvaluation => {
            let executed =
                (amount * Decimal::from(rng.range(70, 100)) / Decimal::from(100)).round_dp(2);
            let row = |a: Decimal, b: Decimal, c: Decimal| EvaluationMoney {
                initial_budget: text(a),
                full_year_budget: text(b),
                executed: text(c),
                ..EvaluationMoney::default()
            };
            record.header.amount = text(amount);
            record.evaluation = Some(Evaluation {
                total: row(amount, amount, executed),
                fiscal: row(amount, amount, executed),
                other: row(Decimal::ZERO, Decimal::ZERO, Decimal::ZERO),
                scoring_method: "1.若为定性指标，则根据“三档”原则分别按照指标值的100-80%（含）、80-50%（含）、50-0%来记分。\n2.若为定量指标，完成值达到指标值，记满分；未达到指标值，按B/A或A/B×该指标分值记分。".into(),
                total_score: Amount::default(),
                ..Evaluation::default()
            });
        }
        _ => {}
    }
}

/// The indicator tree of the record's scheme, with cost lines that add up to `amount` (unless a
/// mistake is planted) and a few planted value mistakes.
fn groups(rng: &mut Rng, record: &Record, amount: Decimal, year: i32) -> Vec<Level1Group> {
    let layout = record.layout;
    let scheme = record.scheme;
    let mut cost_lines = cost_lines(rng, record.unit, amount);
    let mut out = Vec::new();
    for (i1, &l1) in scheme.level1_categories().iter().enumerate() {
        let mut group = Level1Group {
            label: level1_label(layout, l1, i1),
            ..Level1Group::new(l1)
        };
        for (i2, &l2) in scheme.level2_categories(l1).iter().enumerate() {
            let is_cost = l2 == Level2::Cost || l1 == Level1::Cost;
            // Effect groups other than 社会效益 are often left out of a table.
            if l1 == Level1::Effect && l2 != Level2::Social && rng.chance(40) {
                continue;
            }
            if l1 == Level1::Cost && l2 != Level2::EconomicCost {
                continue;
            }
            let indicators: Vec<Indicator> = if is_cost {
                std::mem::take(&mut cost_lines)
            } else {
                let count = rng.range(1, 3) as usize;
                rng.pick_distinct(indicator_pool(l2), count)
                    .into_iter()
                    .map(|&(name, pattern)| Indicator::new(name, fill(rng, pattern, year)))
                    .collect()
            };
            group.groups.push(Level2Group {
                label: level2_label(layout, scheme, l2, i1, i2),
                indicators,
                ..Level2Group::new(l2)
            });
        }
        out.push(group);
    }
    plant_value_mistake(rng, &mut out, year);
    for g1 in &mut out {
        let satisfaction = g1.category == Level1::Satisfaction;
        for ind in g1.groups.iter_mut().flat_map(|g| &mut g.indicators) {
            decorate(layout, satisfaction, ind, year);
        }
    }
    number_names(layout, &mut out);
    out
}

/// One to three cost totals adding up to the amount, sometimes with a rate beside them; one table
/// in ten has lines that do not add up.
fn cost_lines(rng: &mut Rng, unit: MoneyUnit, amount: Decimal) -> Vec<Indicator> {
    let parts = rng.range(1, 3);
    let mut left = amount;
    let mut lines = Vec::new();
    for k in 0..parts {
        let share = if k + 1 == parts {
            left
        } else {
            (left * Decimal::from(rng.range(20, 60)) / Decimal::from(100)).round_dp(2)
        };
        left -= share;
        let share = if k == 0 && rng.chance(10) {
            share * Decimal::from(2)
        } else {
            share
        };
        let name = *rng.pick(&[
            "办公及差旅费用",
            "设备采购费用",
            "劳务费用",
            "培训及宣传费用",
        ]);
        lines.push(Indicator::new(name, money_value(rng, unit, share)));
    }
    if rng.chance(25) {
        lines.push(Indicator::new(
            "人均补助标准",
            format!("{}元/人/月", rng.range(10, 60) * 100),
        ));
    }
    lines
}

/// One table in four gets one wrong or doubtful value, where such a value is written: `≥100%` as
/// a quality rate, a deadline of the year before or a month 13 as a timeliness date, or an empty
/// value anywhere outside the cost lines.
fn plant_value_mistake(rng: &mut Rng, groups: &mut [Level1Group], year: i32) {
    if !rng.chance(25) {
        return;
    }
    let (category, value) = match rng.range(0, 3) {
        0 => (Some(Level2::Quality), "≥100%".to_string()),
        1 => (
            Some(Level2::Timeliness),
            format!("{} 年 12 月 27 日前", year - 1),
        ),
        2 => (Some(Level2::Timeliness), format!("{year}年13月")),
        _ => (None, String::new()),
    };
    let target = groups
        .iter_mut()
        .flat_map(|g| &mut g.groups)
        .filter(|g| match category {
            Some(c) => g.category == c,
            None => g.category != Level2::Cost,
        })
        .flat_map(|g| &mut g.indicators)
        .next();
    if let Some(ind) = target {
        ind.value = value;
    }
}

/// The Hebei description and basis columns.
fn decorate(layout: Layout, satisfaction: bool, ind: &mut Indicator, year: i32) {
    if layout != Layout::HebeiDisclosure {
        return;
    }
    ind.description = format!("反映{}情况", ind.name);
    ind.basis = if satisfaction {
        "问卷调查".into()
    } else if ind.value.contains('元') {
        format!("{year}年预算批复")
    } else {
        format!("{year}年工作计划")
    };
}

/// The county form numbers the names within each second-level group (`指标 1：…`).
fn number_names(layout: Layout, groups: &mut [Level1Group]) {
    if layout != Layout::CountyForm {
        return;
    }
    for g2 in groups.iter_mut().flat_map(|g| &mut g.groups) {
        for (k, ind) in g2.indicators.iter_mut().enumerate() {
            ind.name = format!("指标 {}：{}", k + 1, ind.name);
        }
    }
}

/// Self-evaluation weights (40/40/20 spread over the indicators) and scores, sometimes a score
/// above its weight or a total that differs from the sum.
fn score(rng: &mut Rng, record: &mut Record) {
    let mut total = Decimal::ZERO;
    for group in &mut record.groups {
        let weight = match group.category {
            Level1::Satisfaction => 20,
            _ => 40,
        };
        group.weight = Amount::new(weight.to_string());
        let count = group
            .groups
            .iter()
            .map(|g| g.indicators.len())
            .sum::<usize>();
        let Some(each) = u64::try_from(count)
            .ok()
            .filter(|&c| c > 0)
            .map(|c| weight / c)
        else {
            continue;
        };
        let mut given = 0;
        let indicators: Vec<&mut Indicator> = group
            .groups
            .iter_mut()
            .flat_map(|g| &mut g.indicators)
            .collect();
        let last = indicators.len() - 1;
        for (k, ind) in indicators.into_iter().enumerate() {
            let w = if k == last { weight - given } else { each };
            given += w;
            let s = if rng.chance(15) {
                w.saturating_sub(2)
            } else {
                w
            };
            let s = if rng.chance(3) { w + 5 } else { s };
            ind.weight = Amount::new(w.to_string());
            ind.score = Amount::new(s.to_string());
            total += Decimal::from(s);
        }
    }
    if rng.chance(5) {
        total += Decimal::from(3);
    }
    if let Some(evaluation) = &mut record.evaluation {
        evaluation.total_score = Amount::from_decimal(total);
    }
}
