//! One small, realistic table per layout, built in code: the examples of `docs/format.md` and the
//! byte-for-byte expectations of `tests/export_layouts.rs`.

use jixiao::layout::Layout;
use jixiao::model::{
    Amount, CostLine, Evaluation, EvaluationMoney, Funding, HeaderExtra, HebeiFunding, Indicator,
    IndicatorCell, IndicatorColumn, Level1, Level1Group, Level2, Level2Group, MoneyUnit, Record,
    RecordKind, RegionFunding, SpendingPlan, Workbook,
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

/// An indicator written split over 指标性质 / 计算符号 / 指标值 / 度量单位, with its weight and
/// direction.
fn split(name: &str, nature: &str, operator: &str, target: &str, unit: &str) -> Indicator {
    Indicator {
        nature: nature.into(),
        operator: operator.into(),
        target: target.into(),
        unit: unit.into(),
        ..Indicator::new(name, "")
    }
}

/// A national target table (split targets, 权重, 指标方向, 指标解释, a cost breakdown, an extra
/// header cell and a multi-year set).
pub fn national_target() -> Record {
    let mut r = Record::blank(Layout::NationalTarget, Some(2024));
    r.header.code = "51092324T000010263357".into();
    r.header.name = "食品安全监督抽检经费".into();
    r.header.department = "[017]县市场监督管理局".into();
    r.header.implementer = "县市场监督管理局".into();
    r.header.project_kind = "一次性项目".into();
    r.header.duration = "1年".into();
    r.header.amount = Amount::new("50.00");
    r.header.medium_goal = "建立覆盖全县的食品安全抽检体系。".into();
    r.header.goal = "完成食品安全监督抽检1200批次，问题产品处置率100%。".into();
    r.header.extra = vec![HeaderExtra {
        label: "项目负责人".into(),
        value: "王明".into(),
    }];
    r.cost_lines = vec![
        CostLine {
            item: "抽检检验费".into(),
            amount: Amount::new("42.00"),
            basis: "1200批次×350元".into(),
        },
        CostLine {
            item: "样品购置费".into(),
            amount: Amount::new("8.00"),
            basis: "按市场价".into(),
        },
    ];
    let with = |mut ind: Indicator, weight: &str, direction: &str, standard: &str| {
        ind.weight = Amount::new(weight);
        ind.direction = direction.into();
        ind.standard = standard.into();
        ind
    };
    r.groups = vec![
        level1(
            Level1::Output,
            "产出指标",
            vec![
                level2(
                    Level2::Quantity,
                    "数量指标",
                    vec![with(
                        split("抽检批次", "定量", "≥", "1200", "批次"),
                        "20",
                        "正向",
                        "全年完成的抽检批次",
                    )],
                ),
                level2(
                    Level2::Quality,
                    "质量指标",
                    vec![with(
                        split("问题产品处置率", "定量", "大于等于", "100", "%"),
                        "20",
                        "正向",
                        "",
                    )],
                ),
                level2(
                    Level2::Cost,
                    "成本指标",
                    vec![with(
                        split("抽检经费", "定量", "≤", "50", "万元"),
                        "10",
                        "反向",
                        "",
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
                vec![with(
                    split("群众食品安全感", "定性", "", "明显提升", ""),
                    "30",
                    "",
                    "",
                )],
            )],
        ),
        level1(
            Level1::Satisfaction,
            "满意度指标",
            vec![level2(
                Level2::Satisfaction,
                "服务对象满意度指标",
                vec![with(
                    split("群众满意度", "定量", "≥", "90", "%"),
                    "20",
                    "正向",
                    "",
                )],
            )],
        ),
    ];
    r.medium_groups = vec![level1(
        Level1::Output,
        "产出指标",
        vec![level2(
            Level2::Quantity,
            "数量指标",
            vec![split("累计抽检批次", "定量", "≥", "3600", "批次")],
        )],
    )];
    r
}

/// A 一体化 indicator list of one project (元, split targets with 正向 in 指标性质 and the sign in
/// 指标方向 as the 一体化 export writes them, first-level weights).
pub fn indicator_list() -> Record {
    let mut r = Record::blank(Layout::IndicatorList, None);
    r.title = "项目绩效目标表".into();
    r.header.name = "业务装备经费".into();
    r.header.implementer = "776001-扎赉特旗人民检察院".into();
    r.header.category = "32-专项资金项目".into();
    r.header.amount = Amount::new("1030700.00");
    r.header.goal = "保障日常办公办案装备需要，提高办公效率。".into();
    let listed =
        |name: &str, nature: &str, direction: &str, target: &str, unit: &str, weight| Indicator {
            weight: Amount::new(weight),
            direction: direction.into(),
            ..split(name, nature, "", target, unit)
        };
    let weighted = |category, label: &str, weight: &str, groups| Level1Group {
        weight: Amount::new(weight),
        ..level1(category, label, groups)
    };
    r.groups = vec![
        weighted(
            Level1::Satisfaction,
            "满意度指标",
            "10",
            vec![level2(
                Level2::Satisfaction,
                "服务对象满意度",
                vec![listed(
                    "使用人员满意度",
                    "正向",
                    "大于等于",
                    "98",
                    "%",
                    "10",
                )],
            )],
        ),
        weighted(
            Level1::Output,
            "产出指标",
            "50",
            vec![
                level2(
                    Level2::Cost,
                    "成本指标",
                    vec![listed(
                        "车辆购置成本",
                        "反向",
                        "小于等于",
                        "12",
                        "万元",
                        "5",
                    )],
                ),
                level2(
                    Level2::Timeliness,
                    "时效指标",
                    vec![
                        listed("采购计划完成时间", "定性", "", "11月底之前", "", "5"),
                        listed("设备验收及时率", "正向", "大于等于", "98", "%", "5"),
                    ],
                ),
            ],
        ),
    ];
    r
}

/// A national self-evaluation (money table with 分值 / 执行率 / 得分, 实际完成值, 偏差原因, 总分
/// with its grade, closing texts).
pub fn national_self_evaluation() -> Record {
    let mut r = Record::blank(Layout::NationalSelfEvaluation, Some(2022));
    r.header.name = "义务教育营养改善计划专项资金".into();
    r.header.department = "县教育体育局".into();
    r.header.implementer = "县第一中学".into();
    r.header.amount = Amount::new("38.77");
    r.header.goal = "为735名学生提供营养膳食补助。".into();
    r.header.goal_result = "已为735名学生提供营养膳食补助。".into();
    let money = |cells: [&str; 6]| {
        let [initial, full, executed, weight, rate, score] = cells.map(Amount::new);
        EvaluationMoney {
            initial_budget: initial,
            full_year_budget: full,
            executed,
            weight,
            rate,
            score,
        }
    };
    r.evaluation = Some(Evaluation {
        total: money(["40.00", "38.77", "38.77", "10", "100%", "10"]),
        fiscal: money(["40.00", "38.77", "38.77", "", "", ""]),
        carryover: money(["0", "0", "0", "", "", ""]),
        other: money(["0", "0", "0", "", "", ""]),
        total_score: Amount::new("97"),
        grade: "优".into(),
        conclusion: "项目完成年度目标。".into(),
        problems: "资金到位稍晚。".into(),
        ..Evaluation::default()
    });
    let evaluated = |name: &str, value: &str, actual: &str, weight: &str, score: &str| Indicator {
        actual: actual.into(),
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
            "50",
            vec![
                level2(
                    Level2::Quantity,
                    "数量指标",
                    vec![evaluated(
                        "学生受资助人数",
                        "≥735人次",
                        "735人次",
                        "25",
                        "25",
                    )],
                ),
                level2(
                    Level2::Timeliness,
                    "时效指标",
                    vec![Indicator {
                        deviation: "资金到位稍晚，下年提前申请。".into(),
                        ..evaluated("资金到位及时率", "100%", "90%", "25", "22")
                    }],
                ),
            ],
        ),
        weighted(
            Level1::Effect,
            "效益指标",
            "30",
            vec![level2(
                Level2::Social,
                "社会效益指标",
                vec![evaluated(
                    "学生营养状况",
                    "有效改善",
                    "有效改善",
                    "30",
                    "30",
                )],
            )],
        ),
        weighted(
            Level1::Satisfaction,
            "满意度指标",
            "10",
            vec![level2(
                Level2::Satisfaction,
                "服务对象满意度指标",
                vec![evaluated("学生家长满意度", "≥90%", "95%", "10", "10")],
            )],
        ),
    ];
    r
}

/// A table of a form jixiao does not know, in its own columns (指标名称, 指标值, 分值, 评(扣)分标准,
/// 备注) with a header cell that has no field of its own.
pub fn headings() -> Record {
    let mut r = Record::blank(Layout::Headings, Some(2023));
    r.kind = RecordKind::Target;
    r.unit = MoneyUnit::TenThousandYuan;
    r.title = "2023年度项目绩效目标申报表".into();
    r.header.name = "雾炮车降尘抑尘服务".into();
    r.header.department = "市城市管理局".into();
    r.header.implementer = "市环境卫生管理处".into();
    r.header.duration = "2023年1月-12月".into();
    r.header.amount = Amount::new("250");
    r.header.goal = "配备雾炮车10辆，降低城区扬尘。".into();
    r.header.extra = vec![HeaderExtra {
        label: "资金来源".into(),
        value: "市级财政".into(),
    }];
    let column = |cell, heading: &str| IndicatorColumn {
        cell,
        heading: heading.into(),
        guessed: false,
    };
    r.columns = vec![
        column(IndicatorCell::Name, "指标名称"),
        column(IndicatorCell::Value, "指标值"),
        column(IndicatorCell::Weight, "分值"),
        column(IndicatorCell::ScoringRule, "评(扣)分标准"),
        column(IndicatorCell::Remark, "备注"),
    ];
    let row = |name: &str, value: &str, weight: &str, rule: &str| Indicator {
        weight: Amount::new(weight),
        scoring_rule: rule.into(),
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
                    vec![row("配备车辆数", "10辆", "30", "少1辆扣3分")],
                ),
                level2(
                    Level2::Cost,
                    "成本指标",
                    vec![row("服务成本", "≤250万元", "20", "超支不得分")],
                ),
            ],
        ),
        level1(
            Level1::Effect,
            "效益指标",
            vec![level2(
                Level2::Ecological,
                "生态效益指标",
                vec![Indicator {
                    remark: "环保部门监测".into(),
                    ..row("城区降尘量", "逐步下降", "50", "")
                }],
            )],
        ),
    ];
    r
}

/// The example of each layout, in [`Layout::ALL`] order.
pub fn examples() -> Vec<(Layout, Record)> {
    vec![
        (Layout::CountyForm, county()),
        (Layout::CodedCountyForm, coded_county()),
        (Layout::HebeiDisclosure, hebei()),
        (Layout::RegionForm, region()),
        (Layout::SelfEvaluation, self_evaluation()),
        (Layout::NationalTarget, national_target()),
        (Layout::IndicatorList, indicator_list()),
        (Layout::NationalSelfEvaluation, national_self_evaluation()),
        (Layout::Headings, headings()),
    ]
}

/// All nine examples as one workbook.
pub fn example_workbook() -> Workbook {
    Workbook {
        records: examples().into_iter().map(|(_, r)| r).collect(),
    }
}

/// The columns of a national self-evaluation that splits its target over 指标性质 / 指标值 /
/// 度量单位, with its actual values under `actual` (`实际完成值`, `完成值`).
pub fn split_self_evaluation_columns(actual: &str) -> Vec<IndicatorColumn> {
    let column = |cell, heading: &str| IndicatorColumn {
        cell,
        heading: heading.into(),
        guessed: false,
    };
    vec![
        column(IndicatorCell::Name, "三级指标"),
        column(IndicatorCell::Nature, "指标性质"),
        column(IndicatorCell::Target, "指标值"),
        column(IndicatorCell::Unit, "度量单位"),
        column(IndicatorCell::Actual, actual),
        column(IndicatorCell::Weight, "权重"),
        column(IndicatorCell::Score, "得分"),
    ]
}
