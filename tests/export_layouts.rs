//! Each layout's example table exports as its official form, byte for byte (see `docs/format.md`).
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::examples;
use jixiao::export::{Merge, convert, record_grid, record_rows, record_text, workbook_text};
use jixiao::layout::Layout;
use jixiao::model::{
    Amount, HeaderExtra, HeaderField, Indicator, IndicatorCell, IndicatorColumn, Level1,
    Level1Group, Place, Record,
};

const COUNTY: &str = "\
部门项目支出预算绩效目标表 1\t\t\t
(2026年)\t\t\t
项目名称\t人事制度改革、招聘事业单位人员工作经费\t\t
主管部门\t平罗县人力资源和社会保障局\t实施单位\t平罗县人力资源和社会保障局
项目属性\t常年性项目\t项目期限\t1年
资金主管处(科、股)室\t社会保障室\t项目年度金额(元)\t200000
项目年度绩效目标\t\"1.完成2026年度事业单位工作人员招聘；
2.完成岗前培训。\"\t\t
一级绩效指标\t二级绩效指标\t\t绩效值
产出指标\t数量指标\t指标 1：完成年度事业单位工作人员招聘次数\t1次
\t\t指标 2：完成年度事业单位工作人员岗前培训次数\t1次
\t质量指标\t指标 1：年度事业单位工作人员招聘完成率\t100%
\t时效指标\t指标 1：完成年度事业单位工作人员招聘时间\t2026年9月
\t成本指标\t指标 1：事业单位岗前培训及相关费用\t8万元
\t\t指标 2：办公设备及打印纸采购等费用\t12万元
效益指标\t社会效益\t指标 1：支持县域经济发展人才需求\t稳步提升
\t可持续影响\t指标 1：各部门人员紧缺情况\t持续下降
满意度指标\t服务对象满意度\t指标 1：新招录人员对招录工作的满意度\t≥95%
";

const COUNTY_CODED: &str = "\
2024年部门项目支出预算绩效目标表\t\t\t
\t\t\t单位：万元
项目名称\t政策性农业保险资金项目\t\t
主管部门\t平罗县农业农村局\t实施单位\t平罗县农业农村局本级
项目属性\t0101-一年期项目\t项目期限\t1年
项目主管处室\t07-农业与自然资源室\t项目年度金额\t400.000000
年度总体绩效目标\t不断扩大农业保险覆盖面和风险保障水平\t\t
一级指标\t二级指标\t三级指标\t绩效值
1-产出指标\t11-数量指标\t参保覆盖行政村\t144个
\t12-质量指标\t农业保险赔付率\t≥95%
\t13-时效指标\t项目完成时间\t2024年12月31日
\t14-成本指标\t投入保费\t补助金额≥400万元
2-效益指标\t21-经济效益\t受灾损失\t明显减少
\t23-生态效益\t\t
3-满意度指标\t31-服务对象满意度\t农民对政策满意度\t≥95%
";

const HEBEI: &str = "\
1、劳动监察仲裁办案经费绩效目标表\t\t\t\t\t\t
(2025年)\t\t\t\t\t\t
\t\t\t\t\t\t单位：万元
项目编码\t13032125P0086ET100033\t\t项目名称\t劳动监察仲裁办案经费\t\t
预算规模及资金用途\t预算数\t9.00\t其中：财政资金\t9.00\t其他资金\t
\t共安排9万元，其中财政拨款9万元，主要用于办公费、差旅费的及时支付。\t\t\t\t\t
资金支出计划（%）\t3月底\t2.25\t6月底\t4.50\t10月底\t6.75
\t12月底\t9.00\t\t\t\t
绩效目标\t1.通过巡查及查处案件，确保提高劳动监察结案率。\t\t\t\t\t
一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t
产出指标\t数量指标\t查处案件数量\t查处举报投诉案件的数量\t≥120件\t2025年工作计划\t
\t\t迎检次数\t迎接国家、省、市工作督导检查的次数\t≥2次\t2025年工作计划\t
\t成本指标\t工作完成成本\t反映劳动保障监察工作任务的成本\t≤9万元\t2025年预算批复\t
效益指标\t社会效益指标\t\"劳动保障监察\"\"两网化\"\"覆盖率\"\t提高劳动保障监察两网化覆盖率\t≥90%\t2025年工作计划\t
满意度指标\t服务对象满意度指标\t社会公众满意率\t反映社会公众对劳动监察工作的满意程度\t≥95%\t问卷调查\t
";

const REGION: &str = "\
2026年自治区本级部门项目支出预算绩效目标表\t\t\t\t\t
(2026年)\t\t\t\t\t
\t\t\t\t\t单位：万元
项目名称\t\t办公楼中央空调维修改造项目\t\t\t
主管部门\t\t自治区人力资源和社会保障厅\t实施单位\t\t自治区人力资源和社会保障厅本级
项目属性\t\t一年期项目\t项目期\t\t1年
项目总额\t\t408.68\t其中：年度资金总额\t\t408.68
其中：本级资金\t资金总额\t408.68\t其中：转移市县(区)资金\t资金总额\t0
\t财政拨款\t408.68\t\t中央资金\t0
\t其他资金\t0\t\t自治区资金\t0
\t结余结转资金\t0\t\t\t
年度总体绩效目标\t\t对办公楼中央空调进行维修改造，消除安全隐患。\t\t\t
一级指标\t二级指标\t三级指标\t\t指标值\t
产出指标\t数量指标\t办公楼中央空调维修改造项目\t\t1项\t
\t成本指标\t办公楼中央空调维修改造项目\t\t408.68万元\t
效益指标\t经济效益\t\t\t\t
\t可持续影响\t提升办公大楼利用率\t\t利用率>90%\t
满意度指标\t服务对象满意度\t职工对中央空调满意度\t\t>80%\t
";

const SELF_EVALUATION: &str = "\
中卫市社会保险事业管理中心项目支出绩效自评表（表8）\t\t\t\t\t\t\t
（2024年度）\t\t\t\t\t\t\t
项目名称\t\t工伤保险调查核实费专项业务经费\t\t\t\t\t
主管部门\t\t中卫市人力资源和社会保障局\t\t\t实施单位\t中卫市社会保险事业管理中心\t
项目资金(万元)\t\t\t\t年初预算数\t全年预算数\t全年执行数\t
\t\t年度资金总额\t\t10.00\t7.16\t7.16\t
\t\t其中：财政拨款\t\t10.00\t7.16\t7.16\t
\t\t其他资金\t\t0.00\t0.00\t0.00\t
年度总体目标\t\t年初设定目标\t\t\t年度总体目标完成情况\t\t
\t\t目标 1：确保工伤保险工作正常开展。\t\t\t目标 1：确保工伤保险工作正常开展。\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t分值\t指标值(A)\t得分计算方法\t得分
\t产出指标（40分）\t数量指标\t工伤保险参保人数\t20\t8.8万人(预估)\t\"1.若为定性指标，则根据“三档”原则记分。
2.若为定量指标，完成值达到指标值，记满分。\"\t20
\t\t成本指标\t工伤保险调查核实费工作经费\t20\t10万元\t\t20
\t效益指标（40分）\t社会效益指标\t保护参保人员合法权益\t20\t有效促进\t\t20
\t\t\t促进社会稳定\t20\t有效促进\t\t20
\t满意度指标（20分）\t服务对象满意度指标\t工伤保险参保职工满意\t20\t≥90%\t\t20
总分\t\t\t\t\t\t\t100
";

const NATIONAL_TARGET: &str = "\
项目支出绩效目标表\t\t\t\t\t\t\t\t\t
（2024年度）\t\t\t\t\t\t\t\t\t
\t\t\t\t\t\t\t\t\t单位：万元
项目名称\t食品安全监督抽检经费\t\t\t\t项目编码\t51092324T000010263357\t\t\t
主管部门\t[017]县市场监督管理局\t\t\t\t\t\t\t\t
实施单位\t县市场监督管理局\t\t\t\t\t\t\t\t
项目属性\t一次性项目\t\t\t\t\t\t\t\t
项目期\t1年\t\t\t\t\t\t\t\t
年度资金总额\t50.00\t\t\t\t\t\t\t\t
项目负责人\t王明\t\t\t\t\t\t\t\t
中期目标\t建立覆盖全县的食品安全抽检体系。\t\t\t\t\t\t\t\t
年度目标\t完成食品安全监督抽检1200批次，问题产品处置率100%。\t\t\t\t\t\t\t\t
项目预算成本构成\t\t\t\t\t\t\t\t\t
成本构成\t金额\t测算依据\t\t\t\t\t\t\t
抽检检验费\t42.00\t1200批次×350元\t\t\t\t\t\t\t
样品购置费\t8.00\t按市场价\t\t\t\t\t\t\t
合计\t50.00\t\t\t\t\t\t\t\t
一级指标\t二级指标\t三级指标\t指标性质\t计算符号\t指标值\t度量单位\t权重\t指标方向\t指标解释
产出指标\t数量指标\t抽检批次\t定量\t≥\t1200\t批次\t20\t正向\t全年完成的抽检批次
\t质量指标\t问题产品处置率\t定量\t大于等于\t100\t%\t20\t正向\t
\t成本指标\t抽检经费\t定量\t≤\t50\t万元\t10\t反向\t
效益指标\t社会效益指标\t群众食品安全感\t定性\t\t明显提升\t\t30\t\t
满意度指标\t服务对象满意度指标\t群众满意度\t定量\t≥\t90\t%\t20\t正向\t
中期一级指标\t二级指标（中期）\t三级指标（中期）\t指标性质（中期）\t计算符号（中期）\t指标值（中期）\t度量单位（中期）\t权重（中期）\t指标方向（中期）\t指标解释（中期）
产出指标\t数量指标\t累计抽检批次\t定量\t≥\t3600\t批次\t\t\t
";

const INDICATOR_LIST: &str = "\
项目绩效目标表\t\t\t\t\t\t\t\t\t\t\t\t\t
\t\t\t\t\t\t\t\t\t\t\t\t\t单位：元
项目编码\t项目名称\t项目单位\t项目类别\t预算数\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值
\t业务装备经费\t776001-扎赉特旗人民检察院\t32-专项资金项目\t1030700.00\t保障日常办公办案装备需要，提高办公效率。\t满意度指标（10分）\t服务对象满意度\t使用人员满意度\t正向\t大于等于\t98\t%\t10
\t\t\t\t\t\t产出指标（50分）\t成本指标\t车辆购置成本\t反向\t小于等于\t12\t万元\t5
\t\t\t\t\t\t产出指标（50分）\t时效指标\t采购计划完成时间\t定性\t\t11月底之前\t\t5
\t\t\t\t\t\t产出指标（50分）\t时效指标\t设备验收及时率\t正向\t大于等于\t98\t%\t5
";

const NATIONAL_SELF_EVALUATION: &str = "\
项目支出绩效自评表\t\t\t\t\t\t\t\t
（2022年度）\t\t\t\t\t\t\t\t
项目名称\t义务教育营养改善计划专项资金\t\t\t\t\t\t\t
主管部门\t县教育体育局\t\t\t实施单位\t县第一中学\t\t\t
项目资金（万元）\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t\t40.00\t38.77\t38.77\t10\t100%\t10
\t其中：当年财政拨款\t\t40.00\t38.77\t38.77\t\t\t
\t上年结转资金\t\t0\t0\t0\t\t\t
\t其他资金\t\t0\t0\t0\t\t\t
年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t
\t为735名学生提供营养膳食补助。\t\t\t已为735名学生提供营养膳食补助。\t\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标（50分）\t数量指标\t学生受资助人数\t≥735人次\t735人次\t25\t25\t
\t\t时效指标\t资金到位及时率\t100%\t90%\t25\t22\t资金到位稍晚，下年提前申请。
\t效益指标（30分）\t社会效益指标\t学生营养状况\t有效改善\t有效改善\t30\t30\t
\t满意度指标（10分）\t服务对象满意度指标\t学生家长满意度\t≥90%\t95%\t10\t10\t
总分\t\t\t\t\t\t\t97\t优
评价结论\t项目完成年度目标。\t\t\t\t\t\t\t
存在问题\t资金到位稍晚。\t\t\t\t\t\t\t
";

const HEADINGS: &str = "\
2023年度项目绩效目标申报表\t\t\t\t\t\t
(2023年)\t\t\t\t\t\t
\t\t\t\t\t\t单位：万元
项目名称\t雾炮车降尘抑尘服务\t\t\t\t\t
主管部门\t市城市管理局\t\t\t\t\t
实施单位\t市环境卫生管理处\t\t\t\t\t
项目期限\t2023年1月-12月\t\t\t\t\t
项目金额\t250\t\t\t\t\t
资金来源\t市级财政\t\t\t\t\t
年度绩效目标\t配备雾炮车10辆，降低城区扬尘。\t\t\t\t\t
一级指标\t二级指标\t指标名称\t指标值\t分值\t评(扣)分标准\t备注
产出指标\t数量指标\t配备车辆数\t10辆\t30\t少1辆扣3分\t
\t成本指标\t服务成本\t≤250万元\t20\t超支不得分\t
效益指标\t生态效益指标\t城区降尘量\t逐步下降\t50\t\t环保部门监测
";

#[test]
fn the_county_form_is_written_as_the_official_form() {
    assert_eq!(record_text(&examples::county()), COUNTY);
}

#[test]
fn the_coded_county_form_is_written_as_the_official_form() {
    assert_eq!(record_text(&examples::coded_county()), COUNTY_CODED);
}

#[test]
fn the_hebei_form_is_written_as_the_official_form() {
    assert_eq!(record_text(&examples::hebei()), HEBEI);
}

#[test]
fn the_region_form_is_written_as_the_official_form() {
    assert_eq!(record_text(&examples::region()), REGION);
}

#[test]
fn the_self_evaluation_form_is_written_as_the_official_form() {
    assert_eq!(record_text(&examples::self_evaluation()), SELF_EVALUATION);
}

#[test]
fn the_national_target_table_is_written_with_its_split_columns_costs_and_multi_year_set() {
    assert_eq!(record_text(&examples::national_target()), NATIONAL_TARGET);
}

#[test]
fn the_indicator_list_is_written_one_row_per_indicator() {
    assert_eq!(record_text(&examples::indicator_list()), INDICATOR_LIST);
}

#[test]
fn the_national_self_evaluation_is_written_as_the_national_form() {
    assert_eq!(
        record_text(&examples::national_self_evaluation()),
        NATIONAL_SELF_EVALUATION
    );
}

#[test]
fn a_table_read_by_its_headings_is_written_in_its_own_columns() {
    assert_eq!(record_text(&examples::headings()), HEADINGS);
}

#[test]
fn a_workbook_is_its_tables_separated_by_one_empty_line() {
    let expected = [
        COUNTY,
        COUNTY_CODED,
        HEBEI,
        REGION,
        SELF_EVALUATION,
        NATIONAL_TARGET,
        INDICATOR_LIST,
        NATIONAL_SELF_EVALUATION,
        HEADINGS,
    ]
    .join("\n");
    assert_eq!(workbook_text(&examples::example_workbook()), expected);
}

#[test]
fn every_example_is_rectangular_and_exports_the_same_bytes_every_time() {
    assert_eq!(
        examples::examples()
            .iter()
            .map(|(layout, _)| *layout)
            .collect::<Vec<_>>(),
        Layout::ALL
    );
    for (layout, record) in examples::examples() {
        let rows = record_rows(&record);
        let width = rows[0].len();
        assert!(rows.iter().all(|r| r.len() == width), "{layout:?}");
        assert_eq!(
            record_text(&record),
            record_text(&record.clone()),
            "{layout:?}"
        );
    }
}

#[test]
fn the_forms_have_the_official_widths() {
    let widths: Vec<(Layout, usize)> = examples::examples()
        .iter()
        .map(|(layout, record)| (*layout, record_grid(record).width()))
        .collect();
    assert_eq!(
        widths,
        vec![
            (Layout::CountyForm, 4),
            (Layout::CodedCountyForm, 4),
            (Layout::HebeiDisclosure, 7),
            (Layout::RegionForm, 6),
            (Layout::SelfEvaluation, 8),
            (Layout::NationalTarget, 10),
            (Layout::IndicatorList, 14),
            (Layout::NationalSelfEvaluation, 9),
            (Layout::Headings, 7),
        ]
    );
}

fn merge(row: usize, col: usize, rows: usize, cols: usize) -> Merge {
    Merge {
        row,
        col,
        rows,
        cols,
    }
}

#[test]
fn group_labels_are_merged_down_over_their_groups() {
    let grid = record_grid(&examples::county());
    // Rows 8–17 are the indicators: 产出 has 6 rows, 数量 and 成本 two each.
    assert_eq!(grid.merge_at(8, 0), Some(&merge(8, 0, 6, 1)));
    assert_eq!(grid.merge_at(8, 1), Some(&merge(8, 1, 2, 1)));
    assert_eq!(grid.merge_at(12, 1), Some(&merge(12, 1, 2, 1)));
    assert_eq!(grid.merge_at(14, 0), Some(&merge(14, 0, 2, 1)));
    assert_eq!(grid.merge_at(16, 0), None);
    // The title, the name and the heading 二级绩效指标 over the label and name columns.
    assert_eq!(grid.merge_at(0, 0), Some(&merge(0, 0, 1, 4)));
    assert_eq!(grid.merge_at(2, 1), Some(&merge(2, 1, 1, 3)));
    assert_eq!(grid.merge_at(7, 1), Some(&merge(7, 1, 1, 2)));
}

#[test]
fn the_scoring_method_is_one_cell_over_every_indicator_row() {
    let grid = record_grid(&examples::self_evaluation());
    // Heading on row 10, five indicator rows 11–15, 总分 on row 16.
    assert_eq!(grid.merge_at(11, 6), Some(&merge(11, 6, 5, 1)));
    assert_eq!(grid.merge_at(10, 0), Some(&merge(10, 0, 6, 1)));
    assert_eq!(grid.merge_at(16, 0), Some(&merge(16, 0, 1, 7)));
    assert_eq!(grid.rows[16][7], "100");
}

#[test]
fn the_region_funding_labels_span_their_four_rows() {
    let grid = record_grid(&examples::region());
    assert_eq!(grid.rows[7][0], "其中：本级资金");
    assert_eq!(grid.merge_at(7, 0), Some(&merge(7, 0, 4, 1)));
    assert_eq!(grid.merge_at(7, 3), Some(&merge(7, 3, 4, 1)));
}

#[test]
fn cells_know_which_part_of_the_record_they_show() {
    let grid = record_grid(&examples::county());
    assert_eq!(grid.places[8][0], Some(Place::Level1(0)));
    assert_eq!(grid.places[0][0], None);
    let record = examples::county();
    for (row, places) in grid.places.iter().enumerate() {
        for (col, place) in places.iter().enumerate() {
            if let Some(p @ Place::Indicator(..)) = place {
                assert_eq!(Some(grid.rows[row][col].as_str()), record.text_at(*p));
            }
        }
    }
}

#[test]
fn a_blank_table_keeps_every_group_with_its_canonical_label() {
    let mut record = Record::blank(Layout::CountyForm, None);
    record.groups[2].label.clear();
    let text = record_text(&record);
    assert!(
        text.starts_with("部门项目支出预算绩效目标表\t\t\t\n项目名称\t"),
        "{text}"
    );
    let rows = record_rows(&record);
    let labels: Vec<&str> = rows[7..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        labels,
        [
            "数量指标",
            "质量指标",
            "时效指标",
            "成本指标",
            "经济效益指标",
            "社会效益指标",
            "生态效益指标",
            "可持续影响指标",
            "服务对象满意度指标"
        ]
    );
    assert_eq!(rows[15][0], "满意度指标");
}

#[test]
fn a_first_level_group_without_second_level_groups_keeps_its_row() {
    let mut record = examples::region();
    record.groups.push(Level1Group::new(Level1::Cost));
    let rows = record_rows(&record);
    assert_eq!(
        rows.last().map(|r| r.join("|")),
        Some("成本指标|||||".to_string())
    );
}

#[test]
fn untitled_tables_get_the_standard_title_of_their_form() {
    let titles: Vec<String> = examples::examples()
        .into_iter()
        .map(|(_, mut record)| {
            record.title.clear();
            record_rows(&record)[0][0].clone()
        })
        .collect();
    assert_eq!(
        titles,
        [
            "部门项目支出预算绩效目标表",
            "2024年部门项目支出预算绩效目标表",
            "2025年劳动监察仲裁办案经费绩效目标表",
            "2026年自治区本级部门项目支出预算绩效目标表",
            "项目支出绩效自评表",
            "项目支出绩效目标表",
            "项目绩效目标表",
            "项目支出绩效自评表",
            "项目绩效目标表",
        ]
    );
}

/// The first column of the lines above `项目名称`/`项目编码`: title, year and unit lines.
fn lines_above_header(record: &Record) -> Vec<String> {
    record_rows(record)
        .into_iter()
        .map(|row| row[0].clone())
        .take_while(|cell| cell != "项目名称" && cell != "项目编码")
        .collect()
}

#[test]
fn forms_without_a_year_line_write_one_when_their_title_lacks_the_year() {
    let mut coded = examples::coded_county();
    coded.title = "部门项目支出预算绩效目标表".into();
    assert_eq!(
        lines_above_header(&coded),
        ["部门项目支出预算绩效目标表", "(2024年)", ""]
    );
    let hebei = examples::hebei();
    assert_eq!(
        lines_above_header(&hebei),
        ["1、劳动监察仲裁办案经费绩效目标表", "(2025年)", ""]
    );
    let year_cell = record_grid(&hebei).places[1][0];
    assert_eq!(year_cell, Some(Place::Header(HeaderField::Year)));
}

#[test]
fn a_title_that_begins_with_the_year_needs_no_year_line() {
    let mut coded = examples::coded_county();
    coded.title = "2024 年部门项目支出预算绩效目标表".into();
    assert_eq!(
        lines_above_header(&coded),
        ["2024 年部门项目支出预算绩效目标表", ""]
    );
    let mut hebei = examples::hebei();
    hebei.title.clear();
    assert_eq!(
        lines_above_header(&hebei),
        ["2025年劳动监察仲裁办案经费绩效目标表", ""]
    );
    // A title with another year still gets the record's year line, which an import reads last.
    hebei.title = "2024年劳动监察仲裁办案经费绩效目标表".into();
    assert_eq!(
        lines_above_header(&hebei),
        ["2024年劳动监察仲裁办案经费绩效目标表", "(2025年)", ""]
    );
    hebei.year = None;
    assert_eq!(
        lines_above_header(&hebei),
        ["2024年劳动监察仲裁办案经费绩效目标表", ""]
    );
}

#[test]
fn a_title_naming_the_other_kind_of_form_gives_way_to_the_standard_title() {
    let mut hebei = examples::hebei();
    hebei.layout = Layout::SelfEvaluation;
    assert_eq!(record_rows(&hebei)[0][0], "项目支出绩效自评表");
    let mut evaluation = examples::self_evaluation();
    evaluation.layout = Layout::HebeiDisclosure;
    assert_eq!(
        lines_above_header(&evaluation),
        ["2024年工伤保险调查核实费专项业务经费绩效目标表", ""]
    );
    evaluation.layout = Layout::CountyForm;
    assert_eq!(
        lines_above_header(&evaluation),
        ["部门项目支出预算绩效目标表", "(2024年)"]
    );
    // A title naming its own kind of form is kept, whatever the layout.
    let mut county = examples::county();
    county.layout = Layout::RegionForm;
    assert_eq!(record_rows(&county)[0][0], "部门项目支出预算绩效目标表 1");
}

#[test]
fn a_target_table_drawn_as_a_self_evaluation_keeps_its_amount_as_the_full_year_budget() {
    let mut hebei = examples::hebei();
    hebei.layout = Layout::SelfEvaluation;
    let grid = record_grid(&hebei);
    let row = total_row(&grid);
    assert_eq!(grid.rows[row][4..7], ["", "9.00", ""]);
    assert_eq!(
        grid.places[row][5],
        Some(Place::Header(HeaderField::Amount))
    );
    // A self-evaluation keeps its own money table, whatever its header amount says.
    let mut evaluation = examples::self_evaluation();
    evaluation.header.amount = jixiao::model::Amount::new("99");
    let grid = record_grid(&evaluation);
    assert_eq!(grid.rows[total_row(&grid)][5], "7.16");
}

/// The row of a self-evaluation's money table that holds the 年度资金总额.
fn total_row(grid: &jixiao::export::Grid) -> usize {
    grid.rows
        .iter()
        .position(|r| r[2] == "年度资金总额")
        .unwrap()
}

/// The rows of `record`'s text whose first cell is `first`.
fn row_starting(record: &Record, first: &str) -> Vec<String> {
    record_rows(record)
        .into_iter()
        .find(|row| row[0] == first)
        .unwrap_or_else(|| panic!("no row starts with {first}"))
}

#[test]
fn the_national_self_evaluation_prints_the_split_columns_its_table_had() {
    let mut record = examples::national_self_evaluation();
    record.columns = examples::split_self_evaluation_columns("实际完成值");
    let ind = record.groups[0].groups[0].indicators[0].clone();
    record.groups[0].groups[0].indicators[0] = Indicator {
        nature: "≧".into(),
        target: "735".into(),
        unit: "人次".into(),
        ..Indicator {
            value: String::new(),
            ..ind
        }
    };
    let grid = record_grid(&record);
    // 得分 is the last column, so the form gains a cell for the grade beside 总分.
    assert_eq!(grid.width(), 11);
    assert_eq!(row_starting(&record, "总分")[9..], ["97", "优"]);
    assert_eq!(
        row_starting(&record, "绩效指标")[3..10],
        [
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "实际完成值",
            "权重",
            "得分"
        ]
    );
    let rows = record_rows(&record);
    let first = rows.iter().find(|r| r[3] == "学生受资助人数").unwrap();
    assert_eq!(
        first[1..10],
        [
            "产出指标（50分）",
            "数量指标",
            "学生受资助人数",
            "≧",
            "735",
            "人次",
            "735人次",
            "25",
            "25"
        ]
    );
    // A row written in one cell keeps it in 指标值, so the split form loses no target.
    let second = rows.iter().find(|r| r[3] == "资金到位及时率").unwrap();
    assert_eq!(second[4..6], ["", "100%"]);
}

#[test]
fn a_split_target_converted_to_a_one_value_form_is_written_joined() {
    let mut record = examples::indicator_list();
    convert(&mut record, Layout::CountyForm);
    let rows = record_rows(&record);
    let values: Vec<(&str, &str)> = rows
        .iter()
        .skip_while(|r| r[0] != "一级绩效指标")
        .skip(1)
        .map(|r| (r[2].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        values,
        [
            ("使用人员满意度", "≥98%"),
            ("车辆购置成本", "≤12万元"),
            ("采购计划完成时间", "11月底之前"),
            ("设备验收及时率", "≥98%"),
        ]
    );
    // The joined target is no single cell of the record, so the editor has no place to show.
    let grid = record_grid(&record);
    let row = grid
        .rows
        .iter()
        .position(|r| r[2] == "使用人员满意度")
        .unwrap();
    assert_eq!(grid.places[row][3], None);
}

#[test]
fn a_one_cell_target_converted_to_a_split_form_lands_in_its_target_column() {
    let mut record = examples::coded_county();
    convert(&mut record, Layout::IndicatorList);
    let rows = record_rows(&record);
    let row = rows
        .iter()
        .find(|r| r.contains(&"农业保险赔付率".to_string()))
        .unwrap();
    let at = |heading: &str| {
        let headings = rows.iter().find(|r| r[0] == "项目编码").unwrap();
        let col = headings.iter().position(|h| h == heading).unwrap();
        row[col].as_str()
    };
    assert_eq!(at("目标值"), "≥95%");
    assert_eq!(at("计量单位"), "");
}

#[test]
fn converting_to_a_form_without_a_column_drops_it() {
    let mut record = examples::national_self_evaluation();
    convert(&mut record, Layout::SelfEvaluation);
    let text = record_text(&record);
    assert!(!text.contains("实际完成值"), "{text}");
    assert!(!text.contains("资金到位稍晚，下年提前申请。"), "{text}");
    assert!(text.contains("≥735人次"), "{text}");
    // A known form prints its own columns, whatever the table had.
    let mut headings = examples::headings();
    convert(&mut headings, Layout::NationalTarget);
    assert!(headings.columns.is_empty());
    assert!(!record_text(&headings).contains("评(扣)分标准"));
}

#[test]
fn converting_to_the_headings_form_keeps_the_columns_the_table_was_printed_in() {
    let mut record = examples::hebei();
    convert(&mut record, Layout::Headings);
    let headings: Vec<&str> = record.columns.iter().map(|c| c.heading.as_str()).collect();
    assert_eq!(
        headings,
        ["三级指标", "绩效指标描述", "指标值", "指标值确定依据"]
    );
    let text = record_text(&record);
    assert!(
        text.contains("查处举报投诉案件的数量\t≥120件\t2025年工作计划"),
        "{text}"
    );
    assert!(text.contains("项目编码\t13032125P0086ET100033"), "{text}");
}

#[test]
fn the_list_repeats_group_labels_and_writes_project_cells_once() {
    let record = examples::indicator_list();
    let grid = record_grid(&record);
    let body = &grid.rows[3..];
    assert_eq!(body.len(), 4);
    assert!(body.iter().all(|r| !r[6].is_empty() && !r[7].is_empty()));
    assert_eq!(body[0][1], "业务装备经费");
    assert!(
        body[1..]
            .iter()
            .all(|r| r[..6].iter().all(String::is_empty))
    );
    // Only the title is merged.
    assert_eq!(grid.merges, [merge(0, 0, 1, 14)]);
    // A project without indicators keeps its row.
    let mut bare = record.clone();
    bare.groups.clear();
    let rows = record_rows(&bare);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3][1], "业务装备经费");
}

#[test]
fn the_list_keeps_extra_header_cells_and_fields_it_has_no_column_for() {
    let mut record = examples::indicator_list();
    record.header.department = "扎赉特旗人民检察院".into();
    record.header.extra.push(HeaderExtra {
        label: "资金性质".into(),
        value: "一般公共预算".into(),
    });
    let rows = record_rows(&record);
    assert_eq!(rows[2][6..8], ["主管部门", "资金性质"]);
    assert_eq!(rows[3][6..8], ["扎赉特旗人民检察院", "一般公共预算"]);
}

#[test]
fn the_cost_total_is_left_empty_when_an_amount_is_not_a_number() {
    let mut record = examples::national_target();
    assert_eq!(row_starting(&record, "合计")[1], "50.00");
    record.cost_lines[1].amount = Amount::new("约8万");
    assert_eq!(row_starting(&record, "合计")[1], "");
    record.cost_lines.clear();
    assert!(!record_text(&record).contains("成本构成"));
}

#[test]
fn the_multi_year_set_is_a_second_block_without_places() {
    let record = examples::national_target();
    let grid = record_grid(&record);
    let heading = grid
        .rows
        .iter()
        .position(|r| r[0] == "中期一级指标")
        .unwrap();
    assert_eq!(grid.rows[heading + 1][2], "累计抽检批次");
    assert!(grid.places[heading + 1].iter().all(Option::is_none));
    let mut without = record.clone();
    without.medium_groups.clear();
    assert!(!record_text(&without).contains("（中期）"));
}

#[test]
fn optional_fields_left_empty_are_left_out_of_a_label_value_header() {
    let mut record = examples::national_target();
    record.header.code.clear();
    record.header.medium_goal.clear();
    let text = record_text(&record);
    assert!(!text.contains("项目编码"), "{text}");
    assert!(!text.contains("中期目标"), "{text}");
    // Required fields stay, empty, so a clerk sees what to fill.
    record.header.department.clear();
    assert_eq!(row_starting(&record, "主管部门")[1], "");
}

#[test]
fn a_self_evaluation_read_by_its_headings_keeps_its_title_and_money_table() {
    let mut record = examples::national_self_evaluation();
    convert(&mut record, Layout::Headings);
    record.title = "2022年度项目支出绩效自评表".into();
    let rows = record_rows(&record);
    assert_eq!(rows[0][0], "2022年度项目支出绩效自评表");
    let total = row_starting(&record, "总分");
    assert_eq!(total[total.len() - 2..], ["97", "优"]);
    assert_eq!(row_starting(&record, "评价结论")[1], "项目完成年度目标。");
    assert!(rows.iter().any(|r| r[1] == "其中：当年财政拨款"));
    record.title.clear();
    assert_eq!(record_rows(&record)[0][0], "项目支出绩效自评表");
}

#[test]
fn a_column_placed_without_a_heading_gets_the_heading_offices_print() {
    let mut record = examples::headings();
    record.columns.push(IndicatorColumn {
        cell: IndicatorCell::Actual,
        heading: String::new(),
        guessed: true,
    });
    assert_eq!(
        row_starting(&record, "一级指标").last().unwrap(),
        "实际完成值"
    );
}

#[test]
fn without_a_score_column_the_total_takes_the_last_cell_and_the_grade_the_label() {
    let mut record = examples::national_self_evaluation();
    record.columns = examples::headings().columns;
    assert_eq!(row_starting(&record, "总分（优）")[6..], ["", "97"]);
}

#[test]
fn a_heading_an_import_would_misread_gives_way_to_the_one_offices_print() {
    let mut record = examples::headings();
    // 指标性质 names another column than the sign it holds here; a guessed column keeps its
    // heading, as its content places it again.
    record.columns[2] = IndicatorColumn {
        cell: IndicatorCell::Operator,
        heading: "指标性质".into(),
        guessed: false,
    };
    record.columns[3] = IndicatorColumn {
        cell: IndicatorCell::Weight,
        heading: "考值参分".into(),
        guessed: true,
    };
    let heading = row_starting(&record, "一级指标");
    assert_eq!(
        heading[2..6],
        ["指标名称", "指标值", "计算符号", "考值参分"]
    );
}
