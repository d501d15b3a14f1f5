//! How long the checks take: one record (live checking in the editor, well under a millisecond)
//! and a workbook of 1,000 records (`jixiao check` on a department's document, under 10 ms).
//!
//! `cargo bench --no-default-features --bench check`

use criterion::{Criterion, criterion_group, criterion_main};
use jixiao::check::{check_record, check_workbook};
use jixiao::layout::Layout;
use jixiao::model::{
    Amount, Funding, Indicator, Level1, Level1Group, Level2, Level2Group, Record, Workbook,
};
use std::hint::black_box;

/// A table like the ones the offices publish: every category, a dozen rows, money in the cost
/// group, spaced dates and operators, a goal text with amounts. `n` varies names and amounts.
fn record(n: usize) -> Record {
    let layouts = [
        Layout::CountyForm,
        Layout::CodedCountyForm,
        Layout::HebeiDisclosure,
        Layout::RegionForm,
        Layout::SelfEvaluation,
    ];
    let layout = layouts[n % layouts.len()];
    let mut record = Record::blank(layout, Some(2026));
    let amount = 100 + n % 900;
    record.header.name = format!("项目{n}：人事制度改革工作经费");
    record.header.department = "人力资源和社会保障局".into();
    record.header.implementer = "就业创业服务局".into();
    record.header.project_kind = "常年性项目".into();
    record.header.duration = "1 年".into();
    record.header.office = "社会保障室".into();
    record.header.code = format!("13032125P{n:012}");
    record.header.amount = Amount::new(format!("{amount}.00"));
    record.header.goal = format!(
        "目标 1：预算安排资金 {amount} 万元，其中财政资金 {amount} 万元，按每人每月 2500 元发放补贴；目标 2：完成 2026 年度招聘。"
    );
    if let Funding::Hebei(f) = &mut record.funding {
        f.fiscal = Amount::new(format!("{amount}.00"));
    }
    if let Some(plan) = &mut record.spending_plan {
        plan.december = Amount::new(format!("{amount}.00"));
    }
    let rows: [(Level1, Level2, &str, String); 14] = [
        (
            Level1::Output,
            Level2::Quantity,
            "指标 1：完成年度招聘次数",
            "1 次".into(),
        ),
        (
            Level1::Output,
            Level2::Quantity,
            "享受补贴人数",
            format!("≥{} 人", n % 500 + 10),
        ),
        (
            Level1::Output,
            Level2::Quality,
            "补贴发放准确率",
            "≥ 95%".into(),
        ),
        (
            Level1::Output,
            Level2::Quality,
            "支付及时率",
            "≥100%".into(),
        ),
        (
            Level1::Output,
            Level2::Timeliness,
            "完成时间",
            "2026 年 12 月底".into(),
        ),
        (
            Level1::Output,
            Level2::Timeliness,
            "支付到位率",
            "2026年底前".into(),
        ),
        (
            Level1::Output,
            Level2::Cost,
            "培训及相关费用",
            format!("{} 万元", amount - 40),
        ),
        (Level1::Output, Level2::Cost, "宣传费用", "40万元".into()),
        (
            Level1::Output,
            Level2::Cost,
            "补贴人均标准",
            "500 元/月".into(),
        ),
        (Level1::Effect, Level2::Economic, "", "".into()),
        (
            Level1::Effect,
            Level2::Social,
            "支持县域经济发展人才需求",
            "稳步提升".into(),
        ),
        (
            Level1::Effect,
            Level2::Sustainable,
            "就业困难人员就业压力",
            "明显改善".into(),
        ),
        (
            Level1::Effect,
            Level2::Sustainable,
            "公益性岗位补贴",
            "城镇一类区4万元/人，二类区3.8万元/人".into(),
        ),
        (
            Level1::Satisfaction,
            Level2::Satisfaction,
            "服务对象满意度",
            "≥95%".into(),
        ),
    ];
    record.groups.clear();
    for (l1, l2, name, value) in rows {
        if record.groups.last().is_none_or(|g| g.category != l1) {
            record.groups.push(Level1Group::new(l1));
        }
        let Some(g1) = record.groups.last_mut() else {
            continue;
        };
        if g1.groups.last().is_none_or(|g| g.category != l2) {
            g1.groups.push(Level2Group::new(l2));
        }
        let Some(g2) = g1.groups.last_mut() else {
            continue;
        };
        let mut indicator = Indicator::new(name, value);
        if layout.has_score_columns() {
            indicator.weight = Amount::new("5");
            indicator.score = Amount::new("5");
        }
        g2.indicators.push(indicator);
    }
    record
}

fn workbook(records: usize) -> Workbook {
    Workbook {
        records: (0..records).map(record).collect(),
    }
}

fn bench(c: &mut Criterion) {
    let one = record(7);
    assert!(
        !check_record(&one, 0).is_empty(),
        "the sample record should raise findings"
    );
    c.bench_function("check_record (14 rows)", |b| {
        b.iter(|| check_record(black_box(&one), 0))
    });
    let book = workbook(1000);
    c.bench_function("check_workbook (1000 records)", |b| {
        b.iter(|| check_workbook(black_box(&book)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
