//! One small, realistic table per layout, built in code: the examples of `docs/format.md` and the
//! byte-for-byte expectations of `tests/export_layouts.rs`.

use jixiao::layout::Layout;
use jixiao::model::{
    Amount, Evaluation, EvaluationMoney, Funding, HebeiFunding, Indicator, Level1, Level1Group,
    Level2, Level2Group, Record, RegionFunding, SpendingPlan, Workbook,
};

fn level2(category: Level2, label: &str, indicators: Vec<Indicator>) -> Level2Group {
    Level2Group {
        label: label.into(),
        indicators,
        ..Level2Group::new(category)
    }
}

fn level1(category: Level1, label: &str, groups: Vec<Level2Group>) -> Level1Group {
    Level1Group {
        label: label.into(),
        groups,
        ..Level1Group::new(category)
    }
}

fn ind(name: &str, value: &str) -> Indicator {
    Indicator::new(name, value)
}

/// A county form table (元, plain labels, `指标 1：` names).
pub fn county() -> Record {
    let mut r = Record::blank(Layout::CountyForm, Some(2026));
    r.title = "部门项目支出预算绩效目标表 1".into();
    r.header.name = "人事制度改革、招聘事业单位人员工作经费".into();
    r.header.department = "平罗县人力资源和社会保障局".into();
    r.header.implementer = "平罗县人力资源和社会保障局".into();
    r.header.project_kind = "常年性项目".into();
    r.header.duration = "1年".into();
    r.header.office = "社会保障室".into();
    r.header.amount = Amount::new("200000");
    r.header.goal = "1.完成2026年度事业单位工作人员招聘；\n2.完成岗前培训。".into();
    r.groups = vec![
        level1(
            Level1::Output,
            "产出指标",
            vec![
                level2(
                    Level2::Quantity,
                    "数量指标",
                    vec![
                        ind("指标 1：完成年度事业单位工作人员招聘次数", "1次"),
                        ind("指标 2：完成年度事业单位工作人员岗前培训次数", "1次"),
                    ],
                ),
                level2(
                    Level2::Quality,
                    "质量指标",
                    vec![ind("指标 1：年度事业单位工作人员招聘完成率", "100%")],
                ),
                level2(
                    Level2::Timeliness,
                    "时效指标",
                    vec![ind("指标 1：完成年度事业单位工作人员招聘时间", "2026年9月")],
                ),
                level2(
                    Level2::Cost,
                    "成本指标",
                    vec![
                        ind("指标 1：事业单位岗前培训及相关费用", "8万元"),
                        ind("指标 2：办公设备及打印纸采购等费用", "12万元"),
                    ],
                ),
            ],
        ),
        level1(
            Level1::Effect,
            "效益指标",
            vec![
                level2(
                    Level2::Social,
                    "社会效益",
                    vec![ind("指标 1：支持县域经济发展人才需求", "稳步提升")],
                ),
                level2(
                    Level2::Sustainable,
                    "可持续影响",
                    vec![ind("指标 1：各部门人员紧缺情况", "持续下降")],
                ),
            ],
        ),
        level1(
            Level1::Satisfaction,
            "满意度指标",
            vec![level2(
                Level2::Satisfaction,
                "服务对象满意度",
                vec![ind("指标 1：新招录人员对招录工作的满意度", "≥95%")],
            )],
        ),
    ];
    r
}

/// A coded county form table (万元, coded labels, no title: the standard title is written).
pub fn coded_county() -> Record {
    let mut r = Record::blank(Layout::CodedCountyForm, Some(2024));
    r.header.name = "政策性农业保险资金项目".into();
    r.header.department = "平罗县农业农村局".into();
    r.header.implementer = "平罗县农业农村局本级".into();
    r.header.project_kind = "0101-一年期项目".into();
    r.header.duration = "1年".into();
    r.header.office = "07-农业与自然资源室".into();
    r.header.amount = Amount::new("400.000000");
    r.header.goal = "不断扩大农业保险覆盖面和风险保障水平".into();
    r.groups = vec![
        level1(
            Level1::Output,
            "1-产出指标",
            vec![
                level2(
                    Level2::Quantity,
                    "11-数量指标",
                    vec![ind("参保覆盖行政村", "144个")],
                ),
                level2(
                    Level2::Quality,
                    "12-质量指标",
                    vec![ind("农业保险赔付率", "≥95%")],
                ),
                level2(
                    Level2::Timeliness,
                    "13-时效指标",
                    vec![ind("项目完成时间", "2024年12月31日")],
                ),
                level2(
                    Level2::Cost,
                    "14-成本指标",
                    vec![ind("投入保费", "补助金额≥400万元")],
                ),
            ],
        ),
        level1(
            Level1::Effect,
            "2-效益指标",
            vec![
                level2(
                    Level2::Economic,
                    "21-经济效益",
                    vec![ind("受灾损失", "明显减少")],
                ),
                level2(Level2::Ecological, "23-生态效益", vec![]),
            ],
        ),
        level1(
            Level1::Satisfaction,
            "3-满意度指标",
            vec![level2(
                Level2::Satisfaction,
                "31-服务对象满意度",
                vec![ind("农民对政策满意度", "≥95%")],
            )],
        ),
    ];
    r
}

/// A Hebei disclosure table (six indicator columns, spending plan, a quoted cell).
pub fn hebei() -> Record {
    let mut r = Record::blank(Layout::HebeiDisclosure, Some(2025));
    r.title = "1、劳动监察仲裁办案经费绩效目标表".into();
    r.header.code = "13032125P0086ET100033".into();
    r.header.name = "劳动监察仲裁办案经费".into();
    r.header.amount = Amount::new("9.00");
    r.funding = Funding::Hebei(HebeiFunding {
        fiscal: Amount::new("9.00"),
        other: Amount::new(""),
    });
    r.header.fund_use = "共安排9万元，其中财政拨款9万元，主要用于办公费、差旅费的及时支付。".into();
    r.spending_plan = Some(SpendingPlan {
        march: Amount::new("2.25"),
        june: Amount::new("4.50"),
        october: Amount::new("6.75"),
        december: Amount::new("9.00"),
    });
    r.header.goal = "1.通过巡查及查处案件，确保提高劳动监察结案率。".into();
    let hebei = |name: &str, description: &str, value: &str, basis: &str| Indicator {
        description: description.into(),
        basis: basis.into(),
        ..Indicator::new(name, value)
    };
    r.groups = vec![
        level1(
            Level1::Output,
            "产出指标",
            vec![
                level2(
                    Level2::Quantity,
                    "数量指标",
                    vec![
                        hebei(
                            "查处案件数量",
                            "查处举报投诉案件的数量",
                            "≥120件",
                            "2025年工作计划",
                        ),
                        hebei(
                            "迎检次数",
                            "迎接国家、省、市工作督导检查的次数",
                            "≥2次",
                            "2025年工作计划",
                        ),
                    ],
                ),
                level2(
                    Level2::Cost,
                    "成本指标",
                    vec![hebei(
                        "工作完成成本",
                        "反映劳动保障监察工作任务的成本",
                        "≤9万元",
                        "2025年预算批复",
                    )],
                ),
            ],
        ),
        level1(
            Level1::Effect,
            "效益指标",
            vec![level2(
                Level2::Social,
                "社会效益指标",
                vec![hebei(
                    "劳动保障监察\"两网化\"覆盖率",
                    "提高劳动保障监察两网化覆盖率",
                    "≥90%",
                    "2025年工作计划",
                )],
            )],
        ),
        level1(
            Level1::Satisfaction,
            "满意度指标",
            vec![level2(
                Level2::Satisfaction,
                "服务对象满意度指标",
                vec![hebei(
                    "社会公众满意率",
                    "反映社会公众对劳动监察工作的满意程度",
                    "≥95%",
                    "问卷调查",
                )],
            )],
        ),
    ];
    r
}

/// A region form table (本级/转移 breakdown, a group left without indicators).
pub fn region() -> Record {
    let mut r = Record::blank(Layout::RegionForm, Some(2026));
    r.title = "2026年自治区本级部门项目支出预算绩效目标表".into();
    r.header.name = "办公楼中央空调维修改造项目".into();
    r.header.department = "自治区人力资源和社会保障厅".into();
    r.header.implementer = "自治区人力资源和社会保障厅本级".into();
    r.header.project_kind = "一年期项目".into();
    r.header.duration = "1年".into();
    r.header.amount = Amount::new("408.68");
    r.funding = Funding::Region(RegionFunding {
        annual_total: Amount::new("408.68"),
        local_total: Amount::new("408.68"),
        local_fiscal: Amount::new("408.68"),
        local_other: Amount::new("0"),
        local_carryover: Amount::new("0"),
        transfer_total: Amount::new("0"),
        transfer_central: Amount::new("0"),
        transfer_region: Amount::new("0"),
    });
    r.header.goal = "对办公楼中央空调进行维修改造，消除安全隐患。".into();
    r.groups = vec![
        level1(
            Level1::Output,
            "产出指标",
            vec![
                level2(
                    Level2::Quantity,
                    "数量指标",
                    vec![ind("办公楼中央空调维修改造项目", "1项")],
                ),
                level2(
                    Level2::Cost,
                    "成本指标",
                    vec![ind("办公楼中央空调维修改造项目", "408.68万元")],
                ),
            ],
        ),
        level1(
            Level1::Effect,
            "效益指标",
            vec![
                level2(Level2::Economic, "经济效益", vec![]),
                level2(
                    Level2::Sustainable,
                    "可持续影响",
                    vec![ind("提升办公大楼利用率", "利用率>90%")],
                ),
            ],
        ),
        level1(
            Level1::Satisfaction,
            "满意度指标",
            vec![level2(
                Level2::Satisfaction,
                "服务对象满意度",
                vec![ind("职工对中央空调满意度", ">80%")],
            )],
        ),
    ];
    r
}

/// A self-evaluation table (weights, scores, merged 得分计算方法, 总分).
pub fn self_evaluation() -> Record {
    let mut r = Record::blank(Layout::SelfEvaluation, Some(2024));
    r.title = "中卫市社会保险事业管理中心项目支出绩效自评表（表8）".into();
    r.header.name = "工伤保险调查核实费专项业务经费".into();
    r.header.department = "中卫市人力资源和社会保障局".into();
    r.header.implementer = "中卫市社会保险事业管理中心".into();
    r.header.amount = Amount::new("7.16");
    let money = |a: &str, b: &str, c: &str| EvaluationMoney {
        initial_budget: Amount::new(a),
        full_year_budget: Amount::new(b),
        executed: Amount::new(c),
        ..EvaluationMoney::default()
    };
    r.evaluation = Some(Evaluation {
        total: money("10.00", "7.16", "7.16"),
        fiscal: money("10.00", "7.16", "7.16"),
        other: money("0.00", "0.00", "0.00"),
        scoring_method:
            "1.若为定性指标，则根据“三档”原则记分。\n2.若为定量指标，完成值达到指标值，记满分。"
                .into(),
        total_score: Amount::new("100"),
        ..Evaluation::default()
    });
    r.header.goal = "目标 1：确保工伤保险工作正常开展。".into();
    r.header.goal_result = "目标 1：确保工伤保险工作正常开展。".into();
    let scored = |name: &str, weight: &str, value: &str, score: &str| Indicator {
        weight: Amount::new(weight),
        score: Amount::new(score),
        ..Indicator::new(name, value)
    };
    let weighted = |category, label: &str, weight: &str, groups| Level1Group {
        weight: Amount::new(weight),
        ..level1(category, label, groups)
    };
    r.groups = vec![
        weighted(
            Level1::Output,
            "产出指标",
            "40",
            vec![
                level2(
                    Level2::Quantity,
                    "数量指标",
                    vec![scored("工伤保险参保人数", "20", "8.8万人(预估)", "20")],
                ),
                level2(
                    Level2::Cost,
                    "成本指标",
                    vec![scored("工伤保险调查核实费工作经费", "20", "10万元", "20")],
                ),
            ],
        ),
        weighted(
            Level1::Effect,
            "效益指标 (40分)",
            "40",
            vec![level2(
                Level2::Social,
                "社会效益指标",
                vec![
                    scored("保护参保人员合法权益", "20", "有效促进", "20"),
                    scored("促进社会稳定", "20", "有效促进", "20"),
                ],
            )],
        ),
        weighted(
            Level1::Satisfaction,
            "满意度指标",
            "20",
            vec![level2(
                Level2::Satisfaction,
                "服务对象满意度指标",
                vec![scored("工伤保险参保职工满意", "20", "≥90%", "20")],
            )],
        ),
    ];
    r
}

/// The example of each layout, in [`Layout::LOCAL`] order.
pub fn examples() -> Vec<(Layout, Record)> {
    vec![
        (Layout::CountyForm, county()),
        (Layout::CodedCountyForm, coded_county()),
        (Layout::HebeiDisclosure, hebei()),
        (Layout::RegionForm, region()),
        (Layout::SelfEvaluation, self_evaluation()),
    ]
}

/// All five examples as one workbook.
pub fn example_workbook() -> Workbook {
    Workbook {
        records: examples().into_iter().map(|(_, r)| r).collect(),
    }
}
