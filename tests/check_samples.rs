//! The checks on the real sample documents: the findings per table, pinned after reading each
//! one against its source (see the comments), and the quick fixes applied to every table.
//!
//! `value-format` infos (spaces and full-width signs that can be tidied) are left out of the
//! snapshots; `every_value_format_fix_keeps_the_meaning` covers them.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::check::{Finding, check_record, check_workbook, record_fixes};
use jixiao::model::{Place, Workbook};
use jixiao::value;

fn sample(name: &str) -> Workbook {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    jixiao::import::import_bytes(&bytes).expect("the sample imports")
}

/// One line per table with findings: `N 项目名称: code:severity …`, value-format left out.
fn snapshot(workbook: &Workbook) -> String {
    let findings = check_workbook(workbook);
    let mut lines = Vec::new();
    for (i, record) in workbook.records.iter().enumerate() {
        let codes: Vec<String> = findings
            .iter()
            .filter(|f| f.record == i && f.code != "value-format")
            .map(|f| format!("{}:{}", f.code, f.severity.key()))
            .collect();
        if !codes.is_empty() {
            lines.push(format!(
                "{} {}: {}",
                i + 1,
                record.header.name,
                codes.join(" ")
            ));
        }
    }
    lines.join("\n")
}

fn messages(workbook: &Workbook, code: &str) -> Vec<String> {
    check_workbook(workbook)
        .into_iter()
        .filter(|f| f.code == code)
        .map(|f: Finding| format!("{} {}", f.record + 1, f.message))
        .collect()
}

// ningxia-region-2026 — every funding breakdown adds up; cost lines are mostly `万元/年` and
// rates, their totals stay within 项目总额.
// 1, 5: 经济效益 and 生态效益 rows left blank.
// 3: the goal says 预算资金861.37万元 while 项目总额 is 733.
// 4: the 项目验收合格率 row has no value in the document.
// 6: `城镇一类区4万元/人，二类区3.8万元/人，…` is prose the grammar leaves unread.
#[test]
fn ningxia_region_2026() {
    let workbook = sample("ningxia-region-2026");
    assert_eq!(
        snapshot(&workbook),
        "\
1 就业专项（本级）: empty-indicator:warning empty-indicator:warning
3 人力资源信息系统运行维护项目: goal-amount:warning
4 人事就业社会保障综合业务经费: empty-indicator:error
5 基本户资金项目: empty-indicator:warning empty-indicator:warning
6 就业专项（转移支付）: value-unparsed:info"
    );
    assert_eq!(
        messages(&workbook, "goal-amount"),
        ["3 年度绩效目标中写的「861.37万元」与项目总额 733 万元不一致"]
    );
}

// pingluo-2024 — 4: 绿化管护任务完成及时率 written as `2024年底`; 9: 支付到位率 as `2024年底`,
// blank effect rows; 12: cost lines 9670 + 695 + 548 万元 against 5744 万元, and their names
// lost characters in the PDF copy (`取暖费？ ？ ？ ？ ？`); 13, 14: blank
// effect rows. 公园广场及道路绿化管护 (150 + 300 + 350 = 800) and 职业年金 (500 + 5441 = 5941) add
// up; 义务兵 and 公益性岗位 cost lines are rates.
#[test]
fn pingluo_2024() {
    let workbook = sample("pingluo-2024");
    assert_eq!(
        snapshot(&workbook),
        "\
4 公园广场及道路绿化管护: ratio-not-percent:warning
9 公益性岗位人员县配资金: empty-indicator:warning empty-indicator:warning ratio-not-percent:warning
12 企业职工退休人员取暖费: lost-glyph:warning lost-glyph:warning lost-glyph:warning cost-sum:error
13 城乡居民医疗保险县配资金: empty-indicator:warning empty-indicator:warning
14 2024年育儿补贴县财政补助资金: empty-indicator:warning"
    );
    assert_eq!(
        messages(&workbook, "cost-sum"),
        ["12 成本指标合计 10913 万元（9670 + 695 + 548），与项目年度金额 5744 万元不一致"]
    );
}

// pingluo-2026 — amounts in 元, cost lines in 万元 and 元 all add up (8 + 4 + 8 万元 = 200000 元,
// 0.7932 万元 = 7932 元, `200 万` = 2000000 元); 表7, 8, 10, 11, 14, 23 cost lines are rates.
// 13, 14, 15 (表19, 20, 22): `≥100%`. Blank 经济效益/生态效益 rows in 10–16.
#[test]
fn pingluo_2026() {
    let workbook = sample("pingluo-2026");
    assert_eq!(
        snapshot(&workbook),
        "\
10 行政事业单位退休人员养老金支出差额财政兜底资金: empty-indicator:warning
11 被征地农民参加养老保险县配资金: empty-indicator:warning empty-indicator:warning
12 社保经办机构管理服务能力提升工作经费: empty-indicator:warning empty-indicator:warning
13 企业职工基本养老保险离退休人员取暖费: empty-indicator:warning empty-indicator:warning percent-range:warning
14 城乡居民参加养老保险县配资金: empty-indicator:warning empty-indicator:warning percent-range:warning
15 城乡居民参加养老保险中央财政补助资金: empty-indicator:warning empty-indicator:warning percent-range:warning
16 机关事业单位养老保险中央财政补助待遇: empty-indicator:warning"
    );
    let titles: Vec<_> = check_workbook(&workbook)
        .into_iter()
        .filter(|f| f.code == "percent-range")
        .map(|f| workbook.records[f.record].title.clone())
        .collect();
    assert_eq!(
        titles,
        [
            "部门项目支出预算绩效目标表 19",
            "部门项目支出预算绩效目标表 20",
            "部门项目支出预算绩效目标表 22"
        ]
    );
}

// qinglong-2025 — every cost line is a `≤` ceiling at the 预算数 (13, 表19: ≤82 + ≤18 = 100, the first under a
// 补助标准 name stays out of the sum, the rest fits).
// spending-plan: the extracted text lost the 12月底 cell of these plans (warning).
// 4, 5, 21: the fund-use text gives 8.2768 / 3.0498 / 0.746 万元, the table rounds (info).
// 8 (表11): the 可持续影响 row lost its 三级指标 name. 9, 18: `≥5600 人` under 时效.
// 14 (表20): text says 160 万元, 预算数 190. 22 (表32): text says 4 万元, 预算数 2.
// 23, 25, 27, 28: a 及时率 written as a deadline. 26 (表38): `2024 年 12 月 27 日前` in 2025.
#[test]
fn qinglong_2025() {
    let workbook = sample("qinglong-2025");
    assert_eq!(
        snapshot(&workbook),
        "\
1 劳动监察仲裁办案经费: spending-plan:warning
2 社保卡补卡换卡经费: spending-plan:warning
4 劳动监察仲裁办案经费: spending-plan:warning goal-amount:info
5 事业单位干部考核和流动人员档案管理经费: spending-plan:warning goal-amount:info
6 事业单位公开招聘经费: spending-plan:warning
8 退休人员社会化管理服务费: empty-indicator:error
9 财政对机关事业单位养老保险的补助: timeliness-value:warning
10 财政对企业职工养老保险的补助: spending-plan:warning
14 城乡居民养老保险缴费补贴县级配套: goal-amount:warning
17 关于提前下达 2025 年中央财政城乡居民养老保险补助经费预算的通知（冀财社【2024】133 号）: spending-plan:warning
18 关于提前下达 2025 年中央财政机关事业单位养老保险制度改革补助经费预算的通知（冀财社【2024】155 号）: timeliness-value:warning
21 社会保险业务档案一体化管理经费: goal-amount:info
22 退休人员社会化管理服务费: goal-amount:warning
23 公共就业管理专项业务费: ratio-not-percent:warning spending-plan:warning
24 关于提前下达 2025 年省级就业补助资金预算指标的通知（冀财社[2024]159 号）: spending-plan:warning
25 就业扶贫工作业务费: ratio-not-percent:warning spending-plan:warning
26 就业专项资金县级配套: date-year:error
27 特困慰问资金: ratio-not-percent:warning spending-plan:warning
28 小额担保贷款专项业务费: ratio-not-percent:warning spending-plan:warning"
    );
    assert_eq!(
        messages(&workbook, "goal-amount"),
        [
            "4 资金用途中写的「8.2768 万元」在表中四舍五入记为预算数 8.28 万元",
            "5 资金用途中写的「3.0498 万元」在表中四舍五入记为预算数 3.05 万元",
            "14 资金用途中写的「160 万元」与预算数 190 万元不一致",
            "21 资金用途中写的「0.746 万元」在表中四舍五入记为预算数 0.75 万元",
            "22 资金用途中写的「4 万元」与预算数 2 万元不一致",
        ]
    );
    assert_eq!(
        messages(&workbook, "date-year"),
        [
            "26 「就业补助资金发放时间」的时限「2024 年 12 月 27 日前」（2024 年）早于预算年度 2025 年"
        ]
    );
}

// zhongwei-selfeval-2024 — cost lines equal 年初预算数 (2400, 4869, 35, 30, 10 万元) while the
// 全年预算数 was cut: not findings. 1: rates in prose. 3 (表4): `满意度 指标` broken by a space,
// 总分 blank. 4 (表5): 社会效益 scored 20 of 15, total 100 against 105. 5 (表7): `规定时限内`,
// two scores blank, so 总分 100 cannot be verified (65 entered, 35 of weight unscored). 6 (表8):
// `规定时限内`, 总分 blank.
#[test]
fn zhongwei_selfeval_2024() {
    let workbook = sample("zhongwei-selfeval-2024");
    assert_eq!(
        snapshot(&workbook),
        "\
1 企业退休职工民族团结奖财政补助: value-unparsed:info
3 全额供款机关事业单位在职人员做实补助及改革期内退休及转移人员职业年金补助: category-label:info score-missing:warning value-unparsed:info
4 宁夏社会保障卡补卡制作费补助资金: score-exceeds-weight:error score-exceeds-weight:error
5 企业职工养老保险、城乡居民养老保险经办专项业务经费: timeliness-value:warning score-missing:warning score-missing:warning score-missing:warning
6 工伤保险调查核实费专项业务经费: timeliness-value:warning score-missing:warning"
    );
    assert_eq!(
        messages(&workbook, "score-exceeds-weight"),
        [
            "4 「开展多种优惠便民行动，引导持卡人用卡，稳步提升社会保障卡社保和金融功能激活率」得分 20 分，超过分值 15 分",
            "4 总分 100 分与各项得分合计 105 分不一致"
        ]
    );
    assert_eq!(
        messages(&workbook, "score-missing")
            .into_iter()
            .filter(|m| m.starts_with("5 "))
            .collect::<Vec<_>>(),
        [
            "5 「为养老保险参保人员提供经办服务,依法依规及时办理各项社保业务」未填写得分",
            "5 「落实养老保险待遇政策,长期保障参保人员权益」未填写得分",
            "5 总分 100 分无法核对：2 项未填写得分，已填得分合计 65 分"
        ]
    );
}

const SAMPLES: [&str; 5] = [
    "ningxia-region-2026",
    "pingluo-2024",
    "pingluo-2026",
    "qinglong-2025",
    "zhongwei-selfeval-2024",
];

#[test]
fn every_value_format_fix_keeps_the_meaning() {
    for name in SAMPLES {
        let workbook = sample(name);
        for finding in check_workbook(&workbook)
            .into_iter()
            .filter(|f| f.code == "value-format")
        {
            let record = &workbook.records[finding.record];
            let before = record.text_at(finding.place).expect("the place exists");
            let after = &finding.fixes[0].text;
            let (a, b) = (value::parse(before), value::parse(after));
            assert_eq!(
                (&a.kind, a.comparison, a.approximate),
                (&b.kind, b.comparison, b.approximate),
                "{name}: {before} → {after}"
            );
        }
    }
}

#[test]
fn applying_every_fix_of_a_record_leaves_no_fixable_finding_and_adds_none() {
    for name in SAMPLES {
        let workbook = sample(name);
        for (i, record) in workbook.records.iter().enumerate() {
            let before: Vec<(&str, Place)> = check_record(record, i)
                .iter()
                .map(|f| (f.code, f.place))
                .collect();
            let mut fixed = record.clone();
            for fix in record_fixes(record) {
                assert!(fix.apply(&mut fixed), "{name} {}: {fix:?}", i + 1);
            }
            for finding in check_record(&fixed, i) {
                assert!(finding.fixes.is_empty(), "{name} {}: {finding:?}", i + 1);
                assert!(
                    before.contains(&(finding.code, finding.place)),
                    "{name} {}: a fix added {finding:?}",
                    i + 1
                );
            }
        }
    }
}
