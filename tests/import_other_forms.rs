//! Other offices' forms (tests/fixtures/other-forms): every table imports with the records,
//! names, kinds, years, amounts and indicator counts a reviewer reads off the page, every column
//! in its field, and what is not an indicator left out. The expectations were written by hand
//! from the raw text (`expected.json`, conventions in `EXPECTED.md`).

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::import::import_bytes;
use jixiao::model::{
    Confidence, Indicator, Level1Group, MoneyUnit, Record, RecordKind, comparison_in_cell,
    direction_in_cell,
};
use serde_json::Value;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/other-forms")
}

fn expected() -> serde_json::Map<String, Value> {
    let text = std::fs::read_to_string(fixtures().join("expected.json")).unwrap();
    match serde_json::from_str(&text).unwrap() {
        Value::Object(map) => map,
        _ => panic!("expected.json is an object"),
    }
}

fn import(stem: &str) -> Vec<Record> {
    let bytes = std::fs::read(fixtures().join(format!("{stem}.txt"))).unwrap();
    import_bytes(&bytes).unwrap().records
}

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

/// A label as the expectations write it: without a weight or range in brackets.
fn bare_label(label: &str) -> String {
    let mut out: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(cut) = out.find(['(', '（']) {
        out.truncate(cut);
    }
    out
}

fn level1_labels(groups: &[Level1Group]) -> Vec<String> {
    groups.iter().map(|g| bare_label(&g.label)).collect()
}

fn find<'r>(record: &'r Record, name: &str) -> Option<&'r Indicator> {
    record
        .indicators()
        .map(|(_, _, _, i)| i)
        .find(|i| i.name.trim() == name.trim())
}

fn check_sample(stem: &str, record: &Record, sample: &Value, problems: &mut Vec<String>) {
    // Nameless rows (a form whose 指标内容 was left empty) cannot be told apart by name.
    let Some(name) = str_of(sample, "name").filter(|n| !n.trim().is_empty()) else {
        return;
    };
    let Some(ind) = find(record, name) else {
        problems.push(format!("{stem}: indicator «{name}» not found"));
        return;
    };
    let mut differ = |what: &str, got: &str, want: &str| {
        if got.trim() != want.trim() {
            problems.push(format!("{stem} «{name}» {what}: {got:?} != {want:?}"));
        }
    };
    if let Some(want) = str_of(sample, "value")
        && ind.target.trim() != want.trim()
    {
        differ("value", &ind.target_text(), want);
    }
    for (key, got) in [
        ("target", ind.target.as_str()),
        ("unit", ind.unit.as_str()),
        ("weight", ind.weight.text()),
        ("actual", ind.actual.as_str()),
        ("score", ind.score.text()),
        ("deviation", ind.deviation.as_str()),
        ("remark", ind.remark.as_str()),
    ] {
        if let Some(want) = str_of(sample, key) {
            differ(key, got, want);
        }
    }
    if let Some(want) = str_of(sample, "standard") {
        let got = if ind.standard.is_empty() {
            &ind.description
        } else {
            &ind.standard
        };
        differ("standard", got, want);
    }
    if let Some(want) = str_of(sample, "operator").filter(|w| !w.is_empty())
        && ind.comparison_cell() != comparison_in_cell(want)
    {
        problems.push(format!(
            "{stem} «{name}» operator: {:?} != {want}",
            ind.comparison_cell()
        ));
    }
    if let Some(want) = str_of(sample, "direction").and_then(direction_in_cell)
        && ind.direction_of() != Some(want)
    {
        problems.push(format!(
            "{stem} «{name}» direction: {:?} != {want:?}",
            ind.direction_of()
        ));
    }
    if str_of(sample, "nature").is_some_and(|n| n.trim() == "定性") && !ind.is_marked_qualitative()
    {
        problems.push(format!("{stem} «{name}» is not marked 定性"));
    }
}

#[test]
fn every_table_of_other_offices_imports_as_a_reviewer_reads_it() {
    let mut problems = Vec::new();
    for (stem, want) in expected() {
        let records = import(&stem);
        let wanted = want["records"].as_array().cloned().unwrap_or_default();
        if records.len() != wanted.len() {
            problems.push(format!(
                "{stem}: {} records, expected {}",
                records.len(),
                wanted.len()
            ));
            continue;
        }
        for (record, w) in records.iter().zip(&wanted) {
            let mut differ = |what: &str, got: String, want: String| {
                if got != want {
                    problems.push(format!("{stem} {what}: {got:?} != {want:?}"));
                }
            };
            differ(
                "name",
                record.header.name.trim().into(),
                str_of(w, "name").unwrap_or_default().into(),
            );
            let kind = match record.kind {
                RecordKind::Target => "target",
                RecordKind::SelfEvaluation => "self-evaluation",
            };
            differ(
                "kind",
                kind.into(),
                str_of(w, "kind").unwrap_or_default().into(),
            );
            differ(
                "year",
                format!("{:?}", record.year),
                format!("{:?}", w["year"].as_i64().map(|y| y as i32)),
            );
            differ(
                "indicators",
                record.indicator_count().to_string(),
                w["indicator_count"].to_string(),
            );
            if let Some(medium) = w.get("medium_indicator_count").and_then(Value::as_u64) {
                let got: usize = record
                    .medium_groups
                    .iter()
                    .flat_map(|g| &g.groups)
                    .map(|g| g.indicators.len())
                    .sum();
                differ("medium indicators", got.to_string(), medium.to_string());
            }
            if let Some(amount) = str_of(w, "amount") {
                let got = record
                    .header
                    .amount
                    .value()
                    .map(|v| v.normalize().to_string());
                let want = amount
                    .replace(',', "")
                    .parse::<rust_decimal::Decimal>()
                    .ok();
                differ(
                    "amount",
                    format!("{got:?}"),
                    format!("{:?}", want.map(|v| v.normalize().to_string())),
                );
                let unit = match record.unit {
                    MoneyUnit::Yuan => "元",
                    MoneyUnit::TenThousandYuan => "万元",
                };
                if let Some(want_unit) = str_of(w, "unit") {
                    differ("unit", unit.into(), want_unit.into());
                }
            }
            let want_l1: Vec<String> = w["level1"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(bare_label)
                .collect();
            differ(
                "level1",
                format!("{:?}", level1_labels(&record.groups)),
                format!("{want_l1:?}"),
            );
            for sample in w["indicators_sample"].as_array().into_iter().flatten() {
                check_sample(&stem, record, sample, &mut problems);
            }
            for text in w["not_indicators"].as_array().into_iter().flatten() {
                let text = text.as_str().unwrap_or_default();
                if !text.is_empty() && find(record, text).is_some() {
                    problems.push(format!("{stem}: «{text}» read as an indicator"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The header cell an expectation key names: a field of the record, or for labels without a
/// field of their own (`预算单位`, `省级主管部门`, `部门编码`), the value of an extra cell.
fn header_differences(stem: &str, record: &Record, want: &Value, problems: &mut Vec<String>) {
    let Some(want) = want.as_object() else {
        return;
    };
    let h = &record.header;
    let total_score = record.evaluation.as_ref().map(|e| e.total_score.text());
    for (key, value) in want {
        let want = value.as_str().unwrap_or_default().trim();
        let (got, ok): (String, bool) = match key.as_str() {
            "department" => (h.department.clone(), h.department.trim() == want),
            "implementer" => (h.implementer.clone(), h.implementer.trim() == want),
            "duration" => (h.duration.clone(), h.duration.trim() == want),
            "office" => (h.office.clone(), h.office.trim() == want),
            // 项目类别 / 项目分类 have a field of their own beside 项目属性.
            "project_kind" => (
                format!("{} / {}", h.project_kind, h.category),
                h.project_kind.trim() == want || h.category.trim() == want,
            ),
            "goal_starts_with" => (h.goal.clone(), h.goal.trim().starts_with(want)),
            "medium_goal_starts_with" => (
                h.medium_goal.clone(),
                h.medium_goal.trim().starts_with(want),
            ),
            "self_score" => (
                format!("{total_score:?}"),
                total_score.is_some_and(|s| s.trim() == want),
            ),
            _ => (
                format!("{:?}", h.extra),
                h.extra.iter().any(|x| x.value.trim() == want),
            ),
        };
        if !ok {
            problems.push(format!("{stem} header {key}: {got:?} != {want:?}"));
        }
    }
}

/// The self-evaluation money table's 年度资金总额 row, cell by cell.
fn money_differences(stem: &str, record: &Record, want: &Value, problems: &mut Vec<String>) {
    let Some(want) = want.as_object() else {
        return;
    };
    let Some(e) = record.evaluation.as_ref() else {
        problems.push(format!("{stem} money: no self-evaluation money table"));
        return;
    };
    let t = &e.total;
    for (key, value) in want {
        let want = value.as_str().unwrap_or_default().trim();
        let got = match key.as_str() {
            "initial" => t.initial_budget.text(),
            "budget" => t.full_year_budget.text(),
            "executed" => t.executed.text(),
            "weight" => t.weight.text(),
            "rate" => t.rate.text(),
            "score" => t.score.text(),
            other => {
                problems.push(format!("{stem} money: unknown key {other}"));
                continue;
            }
        };
        if got.trim() != want {
            problems.push(format!("{stem} money {key}: {got:?} != {want:?}"));
        }
    }
}

#[test]
fn every_table_of_other_offices_reads_its_header_money_and_cut_as_a_reviewer_does() {
    let mut problems = Vec::new();
    for (stem, want) in expected() {
        // The record count is compared by the test above.
        let records = import(&stem);
        for (record, w) in records
            .iter()
            .zip(want["records"].as_array().into_iter().flatten())
        {
            header_differences(&stem, record, &w["header"], &mut problems);
            money_differences(&stem, record, &w["money"], &mut problems);
            if let Some(cut) = w["cut"].as_bool()
                && record.is_cut() != cut
            {
                problems.push(format!("{stem} cut: {} != {cut}", record.is_cut()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_form_jixiao_does_not_know_is_marked_for_review_with_its_reasons() {
    let records = import("jilin-ciq-2016-selfeval");
    let record = &records[0];
    assert_eq!(record.confidence(), Confidence::Review);
    assert!(
        record
            .doubts()
            .any(|n| n.action.contains("不是 jixiao 认识的格式"))
    );
}

#[test]
fn a_national_self_evaluation_is_read_with_sure_confidence_and_its_money_table() {
    let records = import("yunnan-yongde-2022-selfeval");
    let record = &records[0];
    assert_eq!(
        record.layout,
        jixiao::layout::Layout::NationalSelfEvaluation
    );
    assert_eq!(record.confidence(), Confidence::Sure, "{:#?}", record.notes);
    let money = &record.evaluation.as_ref().unwrap().total;
    assert_eq!(money.full_year_budget.text(), "387664.62");
    assert_eq!(money.weight.text(), "10");
    assert_eq!(money.rate.text(), "100%");
    assert_eq!(money.score.text(), "10");
    assert_eq!(record.evaluation.as_ref().unwrap().total_score.text(), "96");
}

#[test]
fn an_indicator_list_becomes_one_record_per_project_grouped_by_level() {
    let records = import("neimenggu-zhalaiteqi-2025-flat");
    assert_eq!(records.len(), 2);
    let first = &records[0];
    assert_eq!(first.layout, jixiao::layout::Layout::IndicatorList);
    assert_eq!(first.unit, MoneyUnit::Yuan);
    assert_eq!(first.header.category, "32-专项资金项目");
    let output = first
        .groups
        .iter()
        .find(|g| g.label.starts_with("产出指标"))
        .unwrap();
    let labels: Vec<&str> = output.groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(labels, ["成本指标", "质量指标", "数量指标", "时效指标"]);
    assert!(
        first
            .notes
            .iter()
            .any(|n| n.action.contains("已按一级、二级指标归组"))
    );
}

#[test]
fn template_placeholders_and_cut_rows_are_notes_not_indicators() {
    let records = import("ningxia-yinchuan-2021-selfeval");
    let record = &records[0];
    assert!(
        record
            .indicators()
            .all(|(_, _, _, i)| !i.name.starts_with("指标2"))
    );
    assert!(record.notes.iter().any(|n| n.action.contains("模板占位行")));
    assert!(record.notes.iter().any(|n| n.action.contains("截断")));
}

#[test]
fn the_tail_of_a_table_from_an_earlier_page_is_not_a_record() {
    assert!(import("sichuan-dayingjkq-2020-selfeval").is_empty());
}

/// A national self-evaluation written the way many offices word it, with what is not an
/// indicator mixed in.
const WORDED_OTHERWISE: &str = "\
项目支出绩效自评表\n\
（2025年度）\n\
项目名称\t乡村道路养护\n\
主管部门\t某县交通运输局\t实施单位\t某县公路段\n\
项目性质\t经常性项目\t实施期\t1年\n\
项目资金（万元）\t\t年初预算数\t调整后预算数\t预算执行数\t分值\t执行率\t得分\n\
\t年度资金总额:\t100\t120\t108\t10\t90%\t9\n\
\t其中：当年财政拨款\t100\t120\t108\t—\t\t\n\
\t上年结转资金\t\t\t\t—\t\t\n\
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n\
产出指标(50分)\t数量指标\t养护里程\t≥120公里\t125公里\t20\t20\t\n\
\t\t指标2：\t\t\t\t\t\n\
\t质量指标\t/\t/\t\t\t\t\n\
\t\t路况优良率\t≥85%\t88%\t30\t30\t\n\
满意度指标(40分)\t服务对象满意度\t群众满意度\t≥90%\t93%\t40\t38\t个别路段反映养护不及时\n\
总分\t\t\t\t\t100\t97\t优\n\
存在问题\t部分路段养护频次不足\n\
改进措施\t增加巡查\n\
填表人：（略）\t联系电话：（略）\n";

#[test]
fn labels_worded_otherwise_fill_their_fields_and_non_indicators_stay_out() {
    let workbook = jixiao::import::import_text(WORDED_OTHERWISE);
    assert_eq!(workbook.records.len(), 1);
    let record = &workbook.records[0];
    assert_eq!(
        record.layout,
        jixiao::layout::Layout::NationalSelfEvaluation
    );
    assert_eq!(record.year, Some(2025));
    assert_eq!(record.header.project_kind, "经常性项目");
    assert_eq!(record.header.duration, "1年");
    assert_eq!(record.header.implementer, "某县公路段");
    let e = record.evaluation.as_ref().unwrap();
    assert_eq!(e.total.full_year_budget.text(), "120");
    assert_eq!(e.total.executed.text(), "108");
    assert_eq!(e.total.rate.text(), "90%");
    assert_eq!(e.total.score.text(), "9");
    assert_eq!(record.header.amount.text(), "120");
    assert_eq!(e.total_score.text(), "97");
    assert_eq!(e.grade, "优");
    assert_eq!(e.problems, "部分路段养护频次不足");
    assert_eq!(e.improvements, "增加巡查");
    let names: Vec<&str> = record
        .indicators()
        .map(|(_, _, _, i)| i.name.as_str())
        .collect();
    assert_eq!(names, ["养护里程", "路况优良率", "群众满意度"]);
    let satisfied = record.indicators().last().map(|(_, _, _, i)| i).unwrap();
    assert_eq!(satisfied.actual, "93%");
    assert_eq!(satisfied.score.text(), "38");
    assert_eq!(satisfied.deviation, "个别路段反映养护不及时");
    assert_eq!(record.groups[0].weight.text(), "50");
    assert!(record.notes.iter().any(|n| n.action.contains("签字")));
    assert!(record.notes.iter().any(|n| n.action.contains("不适用")));
    assert_eq!(record.confidence(), Confidence::Sure, "{:#?}", record.notes);
}

#[test]
fn a_cost_breakdown_and_a_code_before_the_name_are_read_into_their_fields() {
    let text = "\
项目支出绩效目标表\n\
项目名称\t51092324T000010263357-城乡环境综合治理\n\
主管部门\t某县住房和城乡建设局\t实施单位\t某县环卫所\n\
年度资金总额\t30\n\
年度目标\t完成全县环境综合治理\n\
项目预算成本构成\n\
成本构成\t金额\t测算依据\n\
人工费\t20\t10人×2万元\n\
设备费\t10\t按采购合同\n\
合计\t30\n\
一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向\n\
产出指标\t数量指标\t清运垃圾量\t≥\t5000\t吨\t20\t正向\n";
    let workbook = jixiao::import::import_text(text);
    let record = &workbook.records[0];
    assert_eq!(record.layout, jixiao::layout::Layout::NationalTarget);
    assert_eq!(record.header.code, "51092324T000010263357");
    assert_eq!(record.header.name, "城乡环境综合治理");
    let lines: Vec<(&str, &str, &str)> = record
        .cost_lines
        .iter()
        .map(|l| (l.item.as_str(), l.amount.text(), l.basis.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            ("人工费", "20", "10人×2万元"),
            ("设备费", "10", "按采购合同")
        ]
    );
    let (_, _, _, ind) = record.indicators().next().unwrap();
    assert_eq!(ind.target_text(), "≥5000吨");
    assert_eq!(ind.weight.text(), "20");
    assert!(record.header.extra.is_empty(), "{:?}", record.header.extra);
}

#[test]
fn a_column_nobody_named_before_is_kept_as_the_tables_own_column_with_a_doubt() {
    let text = "\
项目绩效目标表\n\
项目名称\t社区服务\n\
年度目标\t完成社区服务\n\
一级指标\t二级指标\t三级指标\t指标值\t考核方式\n\
产出指标\t数量指标\t服务人次\t≥500人次\t台账核查\n\
\t质量指标\t投诉率\t≤1%\t抽查回访\n";
    let workbook = jixiao::import::import_text(text);
    let record = &workbook.records[0];
    assert_eq!(record.layout, jixiao::layout::Layout::Headings);
    assert_eq!(record.confidence(), Confidence::Review);
    assert_eq!(record.indicator_count(), 2);
    assert!(
        record
            .doubts()
            .any(|n| n.action.contains("考核方式") && n.action.contains("保留")),
        "a doubt names the unknown column: {:#?}",
        record.notes
    );
    let other = jixiao::model::IndicatorCell::Other(0);
    let column = record.columns.iter().find(|c| c.cell == other).unwrap();
    assert_eq!(column.heading, "考核方式");
    let cells: Vec<&str> = record
        .indicators()
        .map(|(_, _, _, i)| i.text(other))
        .collect();
    assert_eq!(cells, ["台账核查", "抽查回访"]);
    // Exported in its own columns, under its own heading, and read back the same.
    let text = jixiao::export::workbook_text(&workbook);
    assert!(
        text.contains("指标值\t考核方式\n") && text.contains("≥500人次\t台账核查\n"),
        "{text}"
    );
    let again = jixiao::import::import_text(&text);
    assert_eq!(jixiao::export::workbook_text(&again), text);
}

#[test]
fn an_indicator_list_continued_after_a_repeated_heading_joins_its_project() {
    let heading = "项目名称\t预算数\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值\n";
    let text = format!(
        "单位:元\n{heading}\
甲项目\t1000\t完成甲\t产出指标\t数量指标\t件数\t正向\t大于等于\t10\t件\t20\n\
\t\t\t\t质量指标\t合格率\t正向\t大于等于\t95\t%\t20\n\
{heading}\
\t\t\t效益指标\t社会效益\t覆盖面\t定性\t\t扩大\t\t30\n\
乙项目\t2000\t完成乙\t产出指标\t时效指标\t完成时间\t定性\t\t年底\t\t100\n"
    );
    let records = jixiao::import::import_text(&text).records;
    let names: Vec<&str> = records.iter().map(|r| r.header.name.as_str()).collect();
    assert_eq!(names, ["甲项目", "乙项目"]);
    assert_eq!(records[0].indicator_count(), 3);
    assert!(
        records[0]
            .notes
            .iter()
            .any(|n| n.action.contains("接续上一页"))
    );
    assert_eq!(records[1].indicator_count(), 1);
}

/// Reads one table of text.
fn one(text: &str) -> Record {
    let mut records = jixiao::import::import_text(text).records;
    assert_eq!(records.len(), 1, "one table");
    records.remove(0)
}

const SELF_EVALUATION_HEAD: &str = "项目支出绩效自评表（2024年度）\n";
const SCORED_INDICATORS: &str = "\
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n\
产出指标\t数量指标\t清运次数\t≥300次\t320次\t50\t50\n";

#[test]
fn a_value_written_in_the_empty_columns_below_its_label_belongs_to_that_label() {
    let record = one(&format!(
        "{SELF_EVALUATION_HEAD}\
项目名称\t乡村垃圾清运\n\
主管部门\t某县城管局\t项目单位\t\t\t负责人\t张某\n\
\t\t\t\t某县环卫站\n\
预算部门\t某县财政局\t自评总分\n\
资金来源\t本级\t\t92\n\
{SCORED_INDICATORS}"
    ));
    assert_eq!(record.header.implementer, "某县环卫站");
    let e = record.evaluation.as_ref().unwrap();
    assert_eq!(e.total_score.text(), "92");
    assert!(
        record
            .header
            .extra
            .iter()
            .any(|x| x.label == "资金来源" && x.value == "本级")
    );
    assert!(record.notes.iter().any(|n| n.action.contains("写在下一行")));
}

#[test]
fn a_label_misread_in_one_character_fills_its_field_as_a_doubt() {
    let record = one(&format!(
        "{SELF_EVALUATION_HEAD}\
项目名称\t乡村垃圾清运\n\
主管部问\t某县城管局\t实施单位\t某县环卫站\n\
{SCORED_INDICATORS}"
    ));
    assert_eq!(record.header.department, "某县城管局");
    assert_eq!(record.confidence(), Confidence::Review);
    assert!(record.doubts().any(|n| n.action.contains("「主管部门」")));
}

#[test]
fn a_money_table_with_a_heading_nobody_uses_is_read_by_the_order_of_its_columns() {
    let record = one(&format!(
        "{SELF_EVALUATION_HEAD}\
项目名称\t乡村垃圾清运\n\
主管部门\t某县城管局\t实施单位\t某县环卫站\n\
资金情况（万元）\t\t年初预算数\t全年预算数\t实际支付金额\t分值\t执行率\t得分\n\
\t年度资金总额\t50\t60\t54\t10\t90%\t9\n\
\t其中：上级补助拨款\t40\t40\t36\t\t\t\n\
\t单位自有资金\t10\t20\t18\t\t\t\n\
{SCORED_INDICATORS}"
    ));
    let e = record.evaluation.as_ref().unwrap();
    assert_eq!(e.total.executed.text(), "54");
    assert_eq!(e.total.full_year_budget.text(), "60");
    assert_eq!(e.total.score.text(), "9");
    assert_eq!(e.fiscal.executed.text(), "36");
    assert_eq!(e.other.full_year_budget.text(), "20");
    assert!(record.doubts().any(|n| n.action.contains("实际支付金额")));
    assert!(record.header.extra.iter().all(|x| !x.value.contains("36")));
}

#[test]
fn money_written_as_labels_and_numbers_on_one_row_fills_the_money_table() {
    let record = one(&format!(
        "{SELF_EVALUATION_HEAD}\
项目名称\t乡村垃圾清运\n\
主管部门\t某县城管局\t实施单位\t某县环卫站\n\
资金执行\t全年预算数：\t80\t全年执行数：\t76\t10\n\
{SCORED_INDICATORS}"
    ));
    let e = record.evaluation.as_ref().unwrap();
    assert_eq!(e.total.full_year_budget.text(), "80");
    assert_eq!(e.total.executed.text(), "76");
    assert_eq!(e.total.weight.text(), "10");
    assert_eq!(record.header.amount.text(), "80");
    assert!(record.doubts().any(|n| n.action.contains("分值")));
}

#[test]
fn values_under_a_row_of_labels_may_be_short_words_and_the_row_may_end_in_its_points() {
    let record = one(&format!(
        "{SELF_EVALUATION_HEAD}\
项目名称\t乡村垃圾清运\n\
主管部门\t某县城管局\t实施单位\t某县环卫站\n\
总体目标\t年初设定目标\t全年实际完成情况\t15\n\
\t按期清运\t已按期清运\n\
{SCORED_INDICATORS}"
    ));
    assert_eq!(record.header.goal, "按期清运");
    assert_eq!(record.header.goal_result, "已按期清运");
    assert!(
        record
            .header
            .extra
            .iter()
            .any(|x| x.label == "总体目标" && x.value == "15")
    );
}

#[test]
fn a_department_wide_table_is_read_from_its_department_row_and_asks_no_project_fields() {
    let text = "\
2025年度部门整体支出绩效目标\n\
单位名称\t某县档案馆\t单位编码\t101\n\
年度总体目标\t完成档案数字化\n\
一级指标\t二级指标\t三级指标\t指标值\n\
产出指标\t数量指标\t数字化卷数\t≥1000卷\n";
    let workbook = jixiao::import::import_text(text);
    let record = &workbook.records[0];
    assert!(record.is_department_wide());
    assert_eq!(record.header.department, "某县档案馆");
    assert_eq!(record.header.goal, "完成档案数字化");
    assert!(record.header.extra.iter().any(|x| x.value == "101"));
    let findings = jixiao::check::check_workbook(&workbook);
    assert!(
        findings.iter().all(|f| f.code != "missing-field"),
        "{findings:?}"
    );
}

/// A table whose 申报单位 is written above it, label and value in one cell.
const LABELLED_ABOVE: &str = "\
项目支出绩效目标申报表\n\
申报单位：某县卫生健康局\t\t金额单位：万元\n\
项目名称\t基层医疗设备购置\n\
项目实施周期\t2024年1月-12月\n\
年度资金总额\t30\n\
年度目标\t购置设备10台\n\
一级指标\t二级指标\t三级指标\t指标值\t指标解释\n\
产出指标\t数量指标\t设备台数\t10台\t购置台数\n";

#[test]
fn a_labelled_cell_above_the_table_fills_a_field_the_table_left_empty() {
    let record = one(LABELLED_ABOVE);
    assert_eq!(record.header.department, "某县卫生健康局");
    assert_eq!(record.header.duration, "2024年1月-12月");
    assert!(record.notes.iter().any(|n| n.action.contains("表格上方")));
}

#[test]
fn a_labelled_cell_above_a_later_table_is_noted_at_its_own_line() {
    let table = LABELLED_ABOVE;
    let records = jixiao::import::import_text(&format!("{table}\n{table}")).records;
    let above_at = |record: &Record| {
        record
            .notes
            .iter()
            .find(|n| n.action.contains("表格上方"))
            .map(|n| n.line)
    };
    assert_eq!(records.len(), 2);
    assert_eq!(above_at(&records[0]), Some(2));
    assert_eq!(above_at(&records[1]), Some(2 + table.lines().count() + 1));
}

#[test]
fn a_header_whose_main_fields_went_unread_makes_the_table_one_to_review() {
    let record = one("\
项目支出绩效目标申报表\n\
项目名称\t基层医疗设备购置\n\
归属科室代号\t03\t经办人\t李某\n\
一级指标\t二级指标\t三级指标\t指标值\t指标解释\n\
产出指标\t数量指标\t设备台数\t10台\t购置台数\n");
    assert_eq!(record.confidence(), Confidence::Review);
    let doubt = record
        .doubts()
        .find(|n| n.action.contains("大多没有读到"))
        .expect("a doubt says the header went unread");
    assert!(doubt.action.contains("归属科室代号") && doubt.action.contains("金额"));
}

#[test]
fn a_table_cut_right_after_its_heading_row_is_marked_cut() {
    let record = one("\
项目支出绩效目标申报表\n\
项目名称\t基层医疗设备购置\n\
主管部门\t某县卫生健康局\n\
年度目标\t购置设备10台\n\
一级指标\t二级指标\t三级指标\t指标值\t指标解释\n\
…\n");
    assert!(record.is_cut());
    assert_eq!(record.indicator_count(), 0);
}

#[test]
fn a_second_label_of_a_field_already_filled_is_kept_under_its_own_wording() {
    let text = "\
项目支出绩效目标申报表\n\
单位：万元\n\
项目名称\t基层医疗设备购置\n\
主管部门\t某县卫生健康局\t申报单位\t某县人民医院\n\
年度资金总额\t30\n\
年度目标\t购置设备10台\n\
一级指标\t二级指标\t三级指标\t指标值\t指标解释\n\
产出指标\t数量指标\t设备台数\t10台\t购置台数\n";
    let workbook = jixiao::import::import_text(text);
    let record = &workbook.records[0];
    assert_eq!(record.header.department, "某县卫生健康局");
    assert!(
        record
            .header
            .extra
            .iter()
            .any(|x| x.label == "申报单位" && x.value == "某县人民医院"),
        "{:?}",
        record.header.extra
    );
    let canonical = jixiao::export::workbook_text(&workbook);
    let again = jixiao::import::import_text(&canonical);
    assert_eq!(again.records[0].header.extra, record.header.extra);
}

#[test]
fn the_national_amount_label_opening_its_row_is_no_sign_of_the_region_form() {
    let text = "\
项目名称\t乡村道路建设\n\
主管部门\t县交通运输局\n\
年度资金总额\t100\n\
年度目标\t完成道路建设\n\
一级指标\t二级指标\t三级指标\t指标值\n\
产出指标\t数量指标\t道路里程\t10公里\n";
    let record = one(text);
    assert_eq!(record.layout, jixiao::layout::Layout::NationalTarget);
    assert_eq!(record.header.amount.text(), "100");
    assert_eq!(record.funding, jixiao::model::Funding::None);
}

#[test]
fn the_multi_year_heading_below_an_empty_years_set_opens_that_set() {
    let text = "\
项目名称\t镇域基础设施建设\n\
主管部门\t某镇人民政府\n\
年度资金总额\t100\n\
一级指标\t二级指标\t三级指标\t指标值\t备注\n\
中期一级指标\t二级指标（中期）\t三级指标（中期）\t指标值（中期）\t备注（中期）\n\
产出指标\t数量指标\t道路里程\t30公里\t三年合计\n";
    let record = one(text);
    assert_eq!(record.indicator_count(), 0);
    let medium: Vec<&str> = record
        .medium_groups
        .iter()
        .flat_map(|g| &g.groups)
        .flat_map(|g| &g.indicators)
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(medium, ["道路里程"]);
    assert!(
        !record.notes.iter().any(|n| n.action.contains("表头行重复")),
        "{:?}",
        record.notes
    );
}
