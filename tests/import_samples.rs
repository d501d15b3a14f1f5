//! The five real sample documents, imported: how many tables, how many indicators in each, and
//! for the most damaged tables of every layout the whole record, checked by hand against the
//! source lines (line numbers in the comments).

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::import::import_bytes;
use jixiao::layout::Layout;
use jixiao::model::{Funding, MoneyUnit, Record, Workbook};

fn sample(name: &str) -> Workbook {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    import_bytes(&std::fs::read(path).unwrap()).unwrap()
}

fn counts(workbook: &Workbook) -> Vec<usize> {
    workbook
        .records
        .iter()
        .map(Record::indicator_count)
        .collect()
}

/// Every indicator as (一级 label, 二级 label, name, value).
fn tree(record: &Record) -> Vec<[&str; 4]> {
    record
        .indicators()
        .map(|(_, g1, g2, i)| [g1.label.as_str(), g2.label.as_str(), &i.name, &i.value])
        .collect()
}

/// Every Hebei indicator as (一级, 二级, name, description, value, basis).
fn hebei_tree(record: &Record) -> Vec<[&str; 6]> {
    record
        .indicators()
        .map(|(_, g1, g2, i)| {
            [
                g1.label.as_str(),
                g2.label.as_str(),
                &i.name,
                &i.description,
                &i.value,
                &i.basis,
            ]
        })
        .collect()
}

/// Every self-evaluation indicator as (一级, 二级, name, weight, value, score).
fn scored_tree(record: &Record) -> Vec<[&str; 6]> {
    record
        .indicators()
        .map(|(_, g1, g2, i)| {
            [
                g1.label.as_str(),
                g2.label.as_str(),
                &i.name,
                i.weight.text(),
                &i.value,
                i.score.text(),
            ]
        })
        .collect()
}

fn header(record: &Record) -> [&str; 9] {
    let h = &record.header;
    [
        &h.name,
        &h.code,
        &h.department,
        &h.implementer,
        &h.project_kind,
        &h.duration,
        &h.office,
        h.amount.text(),
        &h.goal,
    ]
}

#[test]
fn every_table_of_every_sample_is_one_record_with_all_its_indicator_rows() {
    let expected: [(&str, &[usize]); 5] = [
        (
            "pingluo-2026",
            &[14, 17, 9, 9, 14, 11, 9, 10, 10, 8, 9, 9, 9, 9, 9, 8],
        ),
        (
            "pingluo-2024",
            &[9, 9, 9, 11, 9, 9, 9, 9, 10, 10, 10, 13, 9, 11],
        ),
        ("ningxia-region-2026", &[11, 9, 23, 57, 17, 25]),
        ("zhongwei-selfeval-2024", &[8, 11, 8, 8, 9, 8]),
        (
            "qinglong-2025",
            &[
                11, 9, 9, 11, 9, 9, 10, 9, 10, 9, 9, 9, 9, 10, 11, 9, 9, 10, 9, 9, 10, 9, 10, 7,
                10, 9, 9, 9,
            ],
        ),
    ];
    for (name, per_table) in expected {
        let workbook = sample(name);
        assert_eq!(counts(&workbook), per_table, "{name}");
    }
}

#[test]
fn each_sample_is_read_in_its_own_layout_year_and_unit() {
    let expected = [
        ("pingluo-2026", Layout::CountyForm, 2026, MoneyUnit::Yuan),
        (
            "pingluo-2024",
            Layout::CodedCountyForm,
            2024,
            MoneyUnit::TenThousandYuan,
        ),
        (
            "ningxia-region-2026",
            Layout::RegionForm,
            2026,
            MoneyUnit::TenThousandYuan,
        ),
        (
            "zhongwei-selfeval-2024",
            Layout::SelfEvaluation,
            2024,
            MoneyUnit::TenThousandYuan,
        ),
        (
            "qinglong-2025",
            Layout::HebeiDisclosure,
            2025,
            MoneyUnit::TenThousandYuan,
        ),
    ];
    for (name, layout, year, unit) in expected {
        for record in sample(name).records {
            assert_eq!(record.layout, layout, "{name} {}", record.header.name);
            assert_eq!(record.kind, layout.kind(), "{name}");
            assert_eq!(record.year, Some(year), "{name} {}", record.header.name);
            assert_eq!(record.unit, unit, "{name} {}", record.header.name);
            assert!(!record.header.name.is_empty(), "{name}");
            assert!(
                !record.header.amount.is_blank(),
                "{name} {}",
                record.header.name
            );
            assert!(
                record.header.amount.value().is_some(),
                "{name} {}",
                record.header.name
            );
            assert!(
                !record.header.goal.is_empty(),
                "{name} {}",
                record.header.name
            );
        }
    }
}

#[test]
fn county_table_2_reads_the_shifted_sustainability_row_and_the_missing_effect_label() {
    let workbook = sample("pingluo-2026");
    let r = &workbook.records[1];
    assert_eq!(r.title, "部门项目支出预算绩效目标表 2");
    assert_eq!(
        header(r),
        [
            "构建和谐劳动关系及专业技术人才知识更新工作经费",
            "",
            "平罗县人力资源和社会保障局",
            "平罗县人力资源和社会保障局",
            "常年性项目",
            "1年",
            "社会保障室",
            "80000",
            "本项目主要用于构建和谐劳动关系以及事业单位初级职称评审方面，主要目标是：1.聘请法律顾问1年；2.开展工程类、农业类专业技术人员初级职称评审1次；3.保障联动中心以及工伤窗口正常运转。",
        ]
    );
    assert_eq!(r.header.amount.value(), Some(80000.into()));
    assert_eq!(r.funding, Funding::None);
    assert_eq!(
        tree(r),
        [
            ["产出指标", "数量指标", "指标 1: 初级职称评审次数", "1次"],
            ["产出指标", "数量指标", "指标 2: 工伤案件办理数量", "500件"],
            ["产出指标", "数量指标", "指标 3: 工伤案件办理周期", "60日"],
            [
                "产出指标",
                "质量指标",
                "指标 1: 农业、工程类初级职称评审完成度",
                "100%"
            ],
            ["产出指标", "质量指标", "指标 2: 工伤案件结案率", "100%"],
            [
                "产出指标",
                "质量指标",
                "指标 3: 按要求及时更换着装率",
                "100%"
            ],
            ["产出指标", "时效指标", "指标 1: 项目完成年度", "2026年12月"],
            ["产出指标", "时效指标", "指标 2: 法律顾问聘请时间", "1年"],
            ["产出指标", "成本指标", "指标 1: 法律顾问服务费", "2.5万元"],
            [
                "产出指标",
                "成本指标",
                "指标 2: 初级职称专家评审费",
                "1万元"
            ],
            [
                "产出指标",
                "成本指标",
                "指标 3: 工伤案件办理差旅费、租车费等相关费用",
                "3万元"
            ],
            [
                "产出指标",
                "成本指标",
                "指标 4: 按审批局要求更换着装",
                "1.5万元"
            ],
            // Line 52: 社会效益 printed under 产出指标 with no 效益指标 label of its own.
            [
                "效益指标",
                "社会效益",
                "指标 1: 职工工伤维权意识",
                "有效提高"
            ],
            [
                "效益指标",
                "社会效益",
                "指标 2: 受工伤职工合法权益",
                "有效保障"
            ],
            ["效益指标", "可持续影响", "指标 1: 人社窗口形象", "持续保持"],
            // Line 55: the row lost its leading empty cell.
            [
                "效益指标",
                "可持续影响",
                "指标 2: 工伤保险资金安全保障",
                "持续提高"
            ],
            [
                "满意度指标",
                "服务对象满意度",
                "指标 1: 参加职称评审人员满意度",
                "100%"
            ],
        ]
    );
    assert!(r.notes.iter().any(|n| n.line == 55));
    assert!(r.notes.iter().any(|n| n.line == 52));
}

#[test]
fn county_table_7_keeps_merged_groups_and_the_row_that_lost_its_leading_cells() {
    let workbook = sample("pingluo-2026");
    let r = &workbook.records[4];
    assert_eq!(r.title, "部门项目支出预算绩效目标表 7");
    assert_eq!(
        header(r),
        [
            "提前下达 2026 年中央及自治区就业补助资金",
            "",
            "平罗县人力资源和社会保障局",
            "平罗县就业创业服务局",
            "一年期项目",
            "1 年",
            "社会保障室",
            "66214100",
            "资金按规定用于国家确定的各项就业项目支出，确保资金及时下达、到位。",
        ]
    );
    assert_eq!(
        tree(r),
        [
            [
                "产出指标",
                "数量指标",
                "享受公益性岗位人员岗位补贴人数(人)",
                "564 人"
            ],
            [
                "产出指标",
                "数量指标",
                "享受就业困难人员及高校毕业生灵活就业社会保险补贴人数(人)",
                "2000 人"
            ],
            [
                "产出指标",
                "数量指标",
                "享受高校毕业生生活补贴人数",
                "2000 人"
            ],
            ["产出指标", "质量指标", "资金在规定时间内下达率", "100%"],
            [
                "产出指标",
                "时效指标",
                "补贴资金在规定时间内支付到位率",
                "100%"
            ],
            [
                "产出指标",
                "成本指标",
                "公益性岗位人员岗位补贴人均标准",
                "3602.67 元"
            ],
            [
                "产出指标",
                "成本指标",
                "就业困难人员及高校毕业生灵活就业社会保险补贴人均标准",
                "7000 元/人"
            ],
            [
                "产出指标",
                "成本指标",
                "高校毕业生生活补贴人均标准",
                "500 元/月"
            ],
            // Line 116: name in the first-level column, value in the name column.
            [
                "产出指标",
                "成本指标",
                "实习见习人员生活补贴人均标准",
                "2235 元/月"
            ],
            ["效益指标", "经济效益", "确保就业补助资金发放", "有效保障"],
            [
                "效益指标",
                "社会效益",
                "因就业问题发生重大群体性事件数量",
                "明显改善"
            ],
            ["效益指标", "生态效益", "无", "无"],
            ["效益指标", "可持续影响", "就业困难人员就业压力", "显著改善"],
            ["满意度指标", "服务对象满意度", "公共就业服务满意度", "≥95%"],
        ]
    );
    assert!(r.notes.iter().any(|n| n.line == 116));
}

#[test]
fn coded_table_4_puts_the_stray_cost_rows_back_under_their_cost_group() {
    let workbook = sample("pingluo-2024");
    let r = &workbook.records[3];
    assert_eq!(r.title, "部门项目支出预算绩效目标表");
    assert_eq!(
        header(r),
        [
            "公园广场及道路绿化管护",
            "",
            "平罗县住房和城乡建设局",
            "平罗县城市公共事业管理所",
            "0101--一年期项目",
            "1年",
            "08-经济建设室",
            "800.000000",
            "巩固园林城市、改善人居环境，提高人均绿地面积。",
        ]
    );
    assert_eq!(r.header.amount.value(), Some(800.into()));
    assert_eq!(
        tree(r),
        [
            ["1-产出指标", "11-数量指标", "绿化管护完成率", "95%"],
            ["1-产出指标", "12-质量指标", "绿地管护成活率", "90%"],
            [
                "1-产出指标",
                "13-时效指标",
                "绿化管护任务完成及时率",
                "2024年底"
            ],
            // Lines 78–80: values one column right, then a row that lost its leading cells.
            ["1-产出指标", "14-成本指标", "灌溉用水及零星费用", "150万元"],
            ["1-产出指标", "14-成本指标", "绿化工工资", "300万元"],
            ["1-产出指标", "14-成本指标", "苗木农药采购", "350万元"],
            [
                "2-效益指标",
                "21-经济效益",
                "通过改善人居环境，吸引投资",
                "逐步提升"
            ],
            [
                "2-效益指标",
                "22-社会效益",
                "有效提升城区容貌品质",
                "逐步提升"
            ],
            [
                "2-效益指标",
                "23-生态效益",
                "县城绿化覆盖率、建成区绿地率、人均绿地面积",
                "逐步提升"
            ],
            [
                "2-效益指标",
                "24-可持续影响",
                "推动县城区绿化面积、品质提升",
                "逐步提升"
            ],
            [
                "3-满意度指标",
                "31-服务对象满意度",
                "县城区居民满意度",
                "95%"
            ],
        ]
    );
    assert!(r.notes.iter().any(|n| n.line == 80));
}

#[test]
fn coded_table_12_reads_every_heating_cost_line() {
    let workbook = sample("pingluo-2024");
    let r = &workbook.records[11];
    assert_eq!(
        header(r),
        [
            "企业职工退休人员取暖费",
            "",
            "平罗县人力资源和社会保障局",
            "平罗县社会保险事业管理中心",
            "0101-一年期项目",
            "1年",
            "06-社会保障室",
            "5744.000000",
            "确保全县企业职工退休人员冬季取暖费足额及时发放到位。全力推进社会维稳工作，保障民生，广大群众对全县社保工作满意度逐年提升。",
        ]
    );
    let cost = "全县企业职工退休人员冬季取暖费？ ？ ？ ？ ？";
    assert_eq!(
        tree(r),
        [
            [
                "1-产出指标",
                "11-数量指标",
                "全县企业职工退休人数（2021年12月以前）",
                "25979人"
            ],
            [
                "1-产出指标",
                "11-数量指标",
                "全县企业职工退休人数（2022年-2023退休）",
                "1525人"
            ],
            [
                "1-产出指标",
                "11-数量指标",
                "全县企业职工退休人数（2024年新退）",
                "1200人"
            ],
            [
                "1-产出指标",
                "12-质量指标",
                "全县企业退休人员冬季取暖费支付及时率",
                "100%"
            ],
            [
                "1-产出指标",
                "13-时效指标",
                "冬季取暖费及时足额发放到位",
                "2024年12月"
            ],
            [
                "1-产出指标",
                "14-成本指标",
                &format!("{cost}（2021年12月以前）"),
                "9670万元"
            ],
            [
                "1-产出指标",
                "14-成本指标",
                &format!("{cost}（2022年退休+2023年新退）"),
                "695万元"
            ],
            [
                "1-产出指标",
                "14-成本指标",
                &format!("{cost}（2024年新退）"),
                "548万元"
            ],
            [
                "2-效益指标",
                "21-经济效益",
                "全力推进社会维稳工作，保障民生。",
                "全力推进"
            ],
            [
                "2-效益指标",
                "22-社会效益",
                "全力推进社会维稳工作，保障民生。",
                "有效推进"
            ],
            [
                "2-效益指标",
                "23-生态效益",
                "全力推进社会维稳工作，保障民生。",
                "明显推进"
            ],
            [
                "2-效益指标",
                "24-可持续影响",
                "不断提升企业退休人员获得感、幸福感。",
                "有效提升"
            ],
            [
                "3-满意度指标",
                "31-服务对象满意度",
                "全县企业退休人员对社保工作总体满意度达",
                "≥95%"
            ],
        ]
    );
}

fn region_funding(r: &Record) -> [&str; 8] {
    let Funding::Region(f) = &r.funding else {
        panic!("not a region breakdown: {:?}", r.funding);
    };
    [
        f.annual_total.text(),
        f.local_total.text(),
        f.local_fiscal.text(),
        f.local_other.text(),
        f.local_carryover.text(),
        f.transfer_total.text(),
        f.transfer_central.text(),
        f.transfer_region.text(),
    ]
}

#[test]
fn region_table_4_survives_page_breaks_shifts_and_missing_first_level_labels() {
    let workbook = sample("ningxia-region-2026");
    let r = &workbook.records[3];
    assert_eq!(r.title, "2026年自治区本级部门项目支出预算绩效目标表");
    assert_eq!(
        header(r),
        [
            "人事就业社会保障综合业务经费",
            "",
            "自治区人力资源和社会保障厅",
            "自治区人力资源和社会保障厅本级",
            "经常性项目",
            "99年",
            "",
            "1140",
            "保障人社事业发展各项工作，以促进人社事业发展，稳定和扩大就业，完善社会保障体系，深化薪酬制度改革，聚焦人事人才体制机制改革，促进人力资源优化配置，构建和谐劳动关系，提升人社公共服务效能。",
        ]
    );
    assert_eq!(
        region_funding(r),
        ["1140", "1140", "1140", "0", "0", "0", "0", "0"]
    );
    let quantity = [
        ("办公设备购置", "1批"),
        ("档案室、会议室等办公设施维修改造", "≥2项"),
        ("档案修复、整理、数字化处理、查询利用等档案管理工作", "1年"),
        ("法律顾问、内部审计、内控建设、课题研究等第三方服务", "≥4项"),
        ("各类专家评审评估及案件联席会议面试选调等劳务费", "≥500人"),
        ("国有企业收入监督检查", "≥5家"),
        ("机关运行综合经费", "1年"),
        ("劳动保障监察工作经费", "1年"),
        ("聘用人员工资及12333电话咨询服务费", "24人"),
        ("企业薪酬调查", "≥3000户"),
        (
            "区直事业单位优秀工作人员、省部级表彰奖励获得者健康休养",
            "230人",
        ),
        (
            "全区人社系统法治知识竞赛、技工院校安全知识竞赛等各类竞赛活动",
            "≥2项",
        ),
        ("全区人社系统双先表彰", "300个"),
        (
            "人社业务政策文件汇编、退休证和技工院校证书、牌匾制作等各类印制服务",
            "1年",
        ),
        ("人社政策、八五普法、内容监测、政务宣传等宣传服务", "1年"),
        ("社会车辆租赁费", "1年"),
        ("省部级表彰奖励获得者慰问活动", "100人"),
        ("事业单位面试评委培训与管理系统维护费及课程更新", "1年"),
        (
            "四下基层、业务指导、社保基金督查等各类人社专项活动调研督查办公费",
            "1年",
        ),
        ("厅系统党务活动", "≥4次"),
        (
            "消防监控采暖空调电梯等各类专用设备设施年度保养维护费",
            "1年",
        ),
        ("行政大厅、劳动监察、12333等窗口服务人员工装", "42套"),
        ("因公出国境差旅费、保险费等各类费用", "2人"),
        ("驻村工作队工作经费", "3队"),
        ("自治区社会保险基金监督举报奖励", "1年"),
    ];
    let cost = [
        ("办公设备购置", "31万元/年"),
        ("档案室、会议室等办公设施维修改造", "15万元/年"),
        (
            "档案修复、整理、数字化处理、查询利用等档案管理工作",
            "30万元/年",
        ),
        (
            "法律顾问、课题研究、内部审计、绩效评价、内控建设等第三方服务",
            "77.8万元/年",
        ),
        (
            "各类专家评审评估及案件联席会议面试选调等劳务费",
            "平均800元/人",
        ),
        ("国有企业收入监督检查", "4万元/家"),
        ("机关运行综合经费", "124万元/年"),
        ("劳动保障监察工作经费", "15万元/年"),
        ("聘用人员工资及12333电话咨询服务费", "平均8万元/人"),
        ("企业薪酬调查", "80元/户"),
        (
            "区直事业单位优秀工作人员、省部级表彰奖励获得者健康休养",
            "85万元/年",
        ),
        (
            "全区人社系统法治知识竞赛、技工院校安全知识竞赛等各类竞赛活动",
            "32万元/年",
        ),
        ("全区人社系统双先表彰", "64万元"),
        (
            "人社业务政策文件汇编、退休证和技工院校证书、牌匾制作等各类印制服务",
            "35万元/年",
        ),
        (
            "人社政策、八五普法、内容监测、政务宣传等宣传服务",
            "95万元/年",
        ),
        ("社会车辆租赁费", "20万元/年"),
        ("省部级表彰奖励获得者慰问活动", "1000元/人"),
        (
            "事业单位面试评委培训与管理系统维护费及课程更新",
            "11万元/年",
        ),
        (
            "四下基层、业务指导、社保基金督查等各类人社专项活动调研督查办公费",
            "135万元/年",
        ),
        ("厅系统党务活动", "1万元/次"),
        (
            "消防监控采暖空调电梯等各类专用设备设施年度保养维护费",
            "32万元/年",
        ),
        (
            "行政大厅、劳动监察、12333等窗口服务人员工装",
            "平均6000元/套",
        ),
        ("因公出国境差旅费、保险费等各类费用", "≤7.5万元/人"),
        ("驻村工作队工作经费", "1万元/队"),
        ("自治区社会保险基金监督举报奖励", "5万元/年"),
    ];
    let mut expected: Vec<[&str; 4]> = Vec::new();
    expected.extend(
        quantity
            .iter()
            .map(|(n, v)| ["产出指标", "数量指标", *n, *v]),
    );
    // Line 140: shifted right, its value lost.
    expected.push(["产出指标", "质量指标", "项目验收合格率", ""]);
    expected.push(["产出指标", "时效指标", "资金支付及时率", "≥90%"]);
    expected.extend(cost.iter().map(|(n, v)| ["产出指标", "成本指标", *n, *v]));
    expected.extend([
        ["效益指标", "经济效益", "提高财政资金使用效益", "提高"],
        [
            "效益指标",
            "社会效益",
            "就业创业、人事人才、劳动关系、社会保险等人社政策推广",
            "提升",
        ],
        ["效益指标", "生态效益", "提高绿色办公", "提高"],
        ["效益指标", "可持续影响", "促进人社事业高质量发展", "促进"],
        ["满意度指标", "服务对象满意度", "人社政务服务好评率", "≥85%"],
    ]);
    assert_eq!(tree(r), expected);
    for line in [114, 128, 140, 141, 142, 159] {
        assert!(
            r.notes.iter().any(|n| n.line == line),
            "no note for line {line}"
        );
    }
}

#[test]
fn region_table_6_completes_the_funding_labels_broken_over_two_rows() {
    let workbook = sample("ningxia-region-2026");
    let r = &workbook.records[5];
    assert_eq!(
        header(r),
        [
            "就业专项（转移支付）",
            "",
            "自治区人力资源和社会保障厅",
            "自治区人力资源和社会保障厅本级",
            "经常性项目",
            "99年",
            "",
            "139429",
            "该项目资金按规定用于国家和自治区确定的各项就业项目支出，确保各市、县（区）2026年度各项就业任务高质量高校完成，确保服务对象满意度，确保合规就业项目资金有保障。",
        ]
    );
    assert_eq!(
        region_funding(r),
        ["139429", "0", "0", "0", "0", "139429", "101903", "37526"]
    );
    assert_eq!(
        tree(r),
        [
            [
                "产出指标",
                "数量指标",
                "享受高校毕业生生活费补贴人数",
                "约0.15万人"
            ],
            ["产出指标", "数量指标", "享受公益性岗位补贴人数", "≥0.5万人"],
            [
                "产出指标",
                "数量指标",
                "享受就业见习（实习）补贴人数",
                "≥1万人"
            ],
            ["产出指标", "数量指标", "享受社会保险补贴人数", "4万人"],
            [
                "产出指标",
                "质量指标",
                "高校毕业生生活费补贴发放准确率",
                "≥98%"
            ],
            ["产出指标", "质量指标", "公益性岗位补贴发放准确率", "≥98%"],
            ["产出指标", "质量指标", "就业见习补贴发放准确率", "≥98%"],
            ["产出指标", "质量指标", "社会保险补贴发放准确率", "≥98%"],
            [
                "产出指标",
                "时效指标",
                "补贴资金在规定时间内支付到位率",
                "≥98%"
            ],
            ["产出指标", "时效指标", "资金在规定时间内下达率", "≥98%"],
            ["产出指标", "成本指标", "高校毕业生生活费补贴", "500元/月"],
            [
                "产出指标",
                "成本指标",
                "公益性岗位补贴人均标准",
                "城镇一类区4万元/人，二类区3.8万元/人，乡村平均约1.8万元/人",
            ],
            [
                "产出指标",
                "成本指标",
                "就业见习补贴人均标准",
                "约2.7万元/人"
            ],
            ["产出指标", "成本指标", "社会保险补贴人均标准", "0.4687万元"],
            ["效益指标", "经济效益", "城镇新增就业人数", "≥7.5万人"],
            ["效益指标", "经济效益", "就业困难人数就业数", "0.7万人"],
            ["效益指标", "经济效益", "年末城镇调查失业率", "5.5%左右"],
            [
                "效益指标",
                "经济效益",
                "年末高校毕业生总体就业率",
                "保持稳定"
            ],
            ["效益指标", "经济效益", "失业人员再就业人数", "4万人"],
            ["效益指标", "社会效益", "零就业家庭帮扶率", "≥99%"],
            [
                "效益指标",
                "社会效益",
                "因就业问题发生重大群体性事件数量",
                "0起"
            ],
            ["效益指标", "生态效益", "防范大规模裁员和失业", "保持稳定"],
            // Line 248: shifted left, the second-level label in the first-level column.
            [
                "效益指标",
                "可持续影响",
                "提供就业困难群体兜底就业保障",
                "长期提供公共就业服务"
            ],
            ["满意度指标", "服务对象满意度", "公共就业服务满意度", "≥90%"],
            [
                "满意度指标",
                "服务对象满意度",
                "就业扶持政策经办服务满意度",
                "≥90%"
            ],
        ]
    );
    // The fragment 「金」 of the broken label is kept in a note, not dropped.
    assert!(r.notes.iter().any(|n| n.line == 222 && n.seen == "金"));
}

fn hebei(r: &Record) -> ([&str; 2], [&str; 4], &str) {
    let Funding::Hebei(f) = &r.funding else {
        panic!("not a Hebei breakdown: {:?}", r.funding);
    };
    let plan = r.spending_plan.as_ref().unwrap();
    (
        [f.fiscal.text(), f.other.text()],
        [
            plan.march.text(),
            plan.june.text(),
            plan.october.text(),
            plan.december.text(),
        ],
        &r.header.fund_use,
    )
}

#[test]
fn hebei_table_11_rejoins_cells_across_the_page_break_and_regroups_effect_rows() {
    let workbook = sample("qinglong-2025");
    let r = &workbook.records[7];
    assert_eq!(r.title, "11、退休人员社会化管理服务费绩效目标表");
    assert_eq!(
        header(r),
        [
            "退休人员社会化管理服务费",
            "13032125P00334910274F",
            "",
            "",
            "",
            "",
            "",
            "4.00",
            "1.通过社会化管理服务工作，使退休人员老有所养、老有所乐。 2.通过日常工作运转，加快推进全县企业退休人员社会化管理服务工作。",
        ]
    );
    assert_eq!(
        hebei(r),
        (
            ["4.00", ""],
            ["", "", "", "4.00"],
            "加强社会化管理服务工作，使退休人员老有所养、老有所乐"
        )
    );
    let basis = "青政办[2005]51号关于印发《青龙满族自治县企业退休人员社会化管理服务工作实施方案》";
    assert_eq!(
        hebei_tree(r),
        [
            [
                "产出指标",
                "数量指标",
                "离退休人员认证服务的人数",
                "离退休人员认证服务的人数",
                "≥7800人",
                basis
            ],
            // Lines 769 and 772: the basis continues after the page break.
            [
                "产出指标",
                "质量指标",
                "离退休人员认证服务完成率",
                "为确保离退休人员社会化管理服务工作正常开展，完成离退休人员认证服务比率",
                "≥90%",
                basis,
            ],
            [
                "产出指标",
                "质量指标",
                "离退休人员养老金准确发放率",
                "反映离退休人员养老金准确发放率",
                "≥90%",
                basis
            ],
            [
                "产出指标",
                "时效指标",
                "离退休人员养老金发放及时率",
                "反映离退休人员养老金发放及时率",
                "≥90%",
                "年度工作计划"
            ],
            [
                "产出指标",
                "时效指标",
                "离退休人员认证服务完成及时率",
                "反映离退休人员认证服务完成及时率",
                "≥90%",
                "年度工作计划"
            ],
            [
                "产出指标",
                "成本指标",
                "社会化管理服务费",
                "对离退休人员的社会化管理服务经费",
                "≤4万元",
                "预算安排"
            ],
            // Line 777: 社会效益 under 产出; line 778: labels shifted right, the name lost.
            [
                "效益指标",
                "社会效益指标",
                "保证企业退休人员基本生活水平",
                "企业退休人员养老金增长率",
                "≥3%",
                "年度工作计划"
            ],
            [
                "效益指标",
                "可持续影响指标",
                "",
                "通过认证、养老金发放、待遇调整等工作，保证工作可持续",
                "≥1年",
                basis
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "退休人员满意率",
                "退休人员对提供各种政务等服务的满意程度",
                "≥90%",
                "满意度问卷"
            ],
        ]
    );
    for line in [772, 777, 778, 781] {
        assert!(
            r.notes.iter().any(|n| n.line == line),
            "no note for line {line}"
        );
    }
}

#[test]
fn hebei_table_19_splits_the_december_cell_and_appends_two_continued_cells() {
    let workbook = sample("qinglong-2025");
    let r = &workbook.records[12];
    assert_eq!(
        r.title,
        "19、城乡居民养老保险计划生育双女户或独生子女享受政府补贴县级配套绩效目标表"
    );
    assert_eq!(r.header.code, "13032125P00324510004B");
    assert_eq!(r.header.amount.text(), "100.00");
    assert_eq!(
        r.header.goal,
        "1.通过足额、准确发放计生补贴，实现对领取待遇人员进行补助的目的 2.通过年底及时发放，实现每个领取计生补贴的人员及时享受待遇"
    );
    assert_eq!(
        hebei(r),
        (
            ["100.00", ""],
            ["", "", "", "100.00"],
            "主要用于发放城乡居民养老保险独生子女或双女户政府补贴"
        )
    );
    let notice = "青龙满族自治县人民政府关于在开展城镇居民社会养老保险试点工作中对计划生育家庭实行优先优惠政策的通知";
    let basis = format!("青政[2011]86号{notice}");
    let spaced = format!("青政 [2011]86号 {notice}");
    let joined = format!("青政[2011]86号 {notice}");
    assert_eq!(
        hebei_tree(r),
        [
            [
                "产出指标",
                "数量指标",
                "满足条件人数",
                "满60岁，计划生育独生子女和双女户家庭及独生子女死亡、计划生育手术并发症人员给予补贴",
                "≥7800人",
                "年度工作计划",
            ],
            [
                "产出指标",
                "质量指标",
                "居民补贴准确发放率",
                "反映居民补贴准确发放率",
                "≥90%",
                &basis
            ],
            [
                "产出指标",
                "质量指标",
                "财政补助资金到位率",
                "实际拨入财政专户的补助资金占最少应拨入财政专户的补助资金的比率",
                "≥90%",
                &joined,
            ],
            [
                "产出指标",
                "成本指标",
                "独生子女和双女户家庭补助标准",
                "计划生育独生子女和双女户家庭参保户增加补助标准",
                "≤82万元",
                "预算安排",
            ],
            [
                "产出指标",
                "成本指标",
                "伤残、死亡和计划生育手术增加标准",
                "对独生子女伤残、死亡和计划生育手术并发症等特殊困难家庭参保的夫妻，按每人每月不低于15元的基础养老金。",
                "≤18万元",
                "预算安排",
            ],
            [
                "产出指标",
                "时效指标",
                "补助支出及时性",
                "支付计划生育补贴及时性",
                "≥90%",
                &spaced
            ],
            [
                "效益指标",
                "社会效益指标",
                "居民享受补贴发放覆盖面 (%)",
                "实际发放补贴人数占应享受补贴人数的比率",
                "≥90%",
                &basis,
            ],
            [
                "效益指标",
                "可持续影响指标",
                "养老保险工作可持续",
                "通过及时发放补贴，准确核实领取人员等工作，实现工作可持续",
                "≥1年",
                "年度工作计划",
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "补助对象满意度",
                "补助对象对各项补助政策执行的满意程度",
                "≥90%",
                "满意度调查"
            ],
        ]
    );
}

#[test]
fn hebei_table_38_reads_a_goal_without_its_label_and_december_on_its_own_row() {
    let workbook = sample("qinglong-2025");
    let r = &workbook.records[25];
    assert_eq!(r.title, "38、就业专项资金县级配套绩效目标表");
    assert_eq!(r.header.code, "13032124P00295510002G");
    assert_eq!(r.header.name, "就业专项资金县级配套");
    assert_eq!(r.header.amount.text(), "50.00");
    assert_eq!(
        r.header.goal,
        "1.通过对就业困难人员的认定，促进就业见习补贴的发放。 2.通过开展对已经认定为就业困难的人员提供就业服务，达到增加就业困难人员收入。"
    );
    assert_eq!(
        hebei(r),
        (
            ["50.00", ""],
            ["12.50", "25.00", "37.50", "50.00"],
            "资金共 50 万元，其中财政预算安排 50 万元，主要用于就业见习补贴的发放。"
        )
    );
    let basis = "秦财社 [2019]133 号";
    assert_eq!(
        hebei_tree(r),
        [
            [
                "产出指标",
                "数量指标",
                "就业见习补贴人数",
                "就业见习补贴人数的标准",
                "≥188 人",
                basis
            ],
            [
                "产出指标",
                "数量指标",
                "就业见习补贴调查次数",
                "反应就业见习补贴调查次数的标准",
                "≥10 次",
                basis
            ],
            [
                "产出指标",
                "质量指标",
                "就业见习补贴到位率",
                "反应就业见习补贴发放率",
                "≥95%",
                basis
            ],
            [
                "产出指标",
                "质量指标",
                "就业见习补贴调查到位率",
                "反应就业见习补贴调查的比率",
                "≥95%",
                basis
            ],
            [
                "产出指标",
                "时效指标",
                "就业补助资金发放时间",
                "反映就业补助资金发放时间",
                "2024 年 12 月 27 日前",
                basis
            ],
            // Lines 1245 and 1248: 「号」 continued after the page break.
            [
                "产出指标",
                "成本指标",
                "就业见习补贴金额",
                "反应就业补助资金支付就业见习补贴的金额",
                "≤50 万元",
                "秦财社 [2019]133号"
            ],
            [
                "效益指标",
                "社会效益指标",
                "促进就业，增加收入",
                "促进就业困难人员就业创业，增加就业困难人员收入",
                "≥98%",
                basis,
            ],
            [
                "效益指标",
                "可持续影响指标",
                "维护社会稳定性",
                "稳定就业岗位人员，增加社会稳定性",
                "≥97%",
                basis
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "受益对象满意度(%)",
                "通过问卷调查，满意和较满意的受益对象占全部调研对象的比例",
                "≥95%",
                basis,
            ],
        ]
    );
    assert!(r.notes.iter().any(|n| n.line == 1238));
}

#[test]
fn hebei_documents_pass_over_the_budget_summary_tables_and_prose() {
    let workbook = sample("qinglong-2025");
    let titles: Vec<&str> = workbook.records.iter().map(|r| r.title.as_str()).collect();
    assert!(
        titles.iter().all(|t| t.ends_with("绩效目标表")),
        "{titles:?}"
    );
    assert_eq!(titles.first(), Some(&"1、劳动监察仲裁办案经费绩效目标表"));
    assert_eq!(titles.last(), Some(&"41、小额担保贷款专项业务费绩效目标表"));
    assert_eq!(
        titles[17],
        "26、关于提前下达 2025 年中央财政机关事业单位养老保险制度改革补助经费预算的通知（冀财社【2024】155 号）绩效目标表"
    );
}

fn evaluation(r: &Record) -> [[&str; 3]; 3] {
    let e = r.evaluation.as_ref().unwrap();
    [&e.total, &e.fiscal, &e.other].map(|m| {
        [
            m.initial_budget.text(),
            m.full_year_budget.text(),
            m.executed.text(),
        ]
    })
}

#[test]
fn self_evaluation_2_reads_shifted_rows_scores_in_the_method_column_and_multi_line_goals() {
    let workbook = sample("zhongwei-selfeval-2024");
    let r = &workbook.records[1];
    assert_eq!(
        r.title,
        "中卫市社会保险事业管理中心项目支出绩效自评表（表2）"
    );
    assert_eq!(r.header.name, "城乡居民养老保险市级补助");
    assert_eq!(r.header.department, "中卫市人力资源和社会保障局");
    assert_eq!(r.header.implementer, "中卫市社会保险事业管理中心");
    assert_eq!(r.header.amount.text(), "2318.87");
    assert_eq!(
        evaluation(r),
        [
            ["2400.00", "2318.87", "2318.87"],
            ["2400.00", "2318.87", "2318.87"],
            ["0.00", "0.00", "0.00"],
        ]
    );
    let goals = "目标 1：对每月符合待遇领取条件的城乡居民养老保险退休人员按时足额发放养老金\n目标 2：保障城乡居民养老保险退休人员基本生活，确保生活质量\n目标 3：对符合领取条件的人员按时足额支付丧葬抚恤费";
    assert_eq!(r.header.goal, goals);
    assert_eq!(r.header.goal_result, goals);
    let e = r.evaluation.as_ref().unwrap();
    assert_eq!(
        e.scoring_method,
        "1.若为定性指标，则根据“三档”原则分别按照指标值的100-80%（含）、80-50%（含）、50-0%来记分。 2.若为定量指标，完成值达到指标值，记满分；未达到指标值，按 B/A 或 A/B×该指标分值记分。"
    );
    assert_eq!(e.total_score.text(), "100");
    let weights: Vec<&str> = r.groups.iter().map(|g| g.weight.text()).collect();
    assert_eq!(weights, ["40", "40", "20"]);
    assert_eq!(
        scored_tree(r),
        [
            [
                "产出指标",
                "数量指标",
                "城乡居民养老保险退休人员",
                "5",
                "2.5万人",
                "5"
            ],
            [
                "产出指标",
                "数量指标",
                "城乡居民养老保险缴费补贴人员",
                "5",
                "3.9万人",
                "5"
            ],
            [
                "产出指标",
                "数量指标",
                "丧葬抚恤费支付人员",
                "5",
                "740人",
                "5"
            ],
            [
                "产出指标",
                "数量指标",
                "补助特殊困难人员",
                "5",
                "3850人",
                "5"
            ],
            [
                "产出指标",
                "质量指标",
                "对符合条件的人员，按时足额补贴到位率",
                "10",
                "≥90%",
                "10"
            ],
            ["产出指标", "时效指标", "资金拨付时限", "5", "2024年", "5"],
            ["产出指标", "成本指标", "相关补贴成本", "5", "2400万元", "5"],
            // Lines 48–49: the score written in the scoring-method column.
            [
                "效益指标",
                "经济效益指标",
                "提升参保人员经济水平",
                "10",
                "保障",
                "10"
            ],
            [
                "效益指标",
                "社会效益指标",
                "对符合条件的人员按时足额补贴到位，使退休人员生活有保障、政策落实到位",
                "10",
                "保障",
                "10",
            ],
            // Line 50: shifted left into the first-level column.
            [
                "效益指标",
                "可持续影响指标",
                "长期保障参保人员合法权益",
                "20",
                "长期保障参保人员合法权益",
                "20"
            ],
            // Line 51: shifted left with its first-level label.
            [
                "满意度指标",
                "服务对象满意度指标",
                "参保人员满意度",
                "20",
                "≥95%",
                "20"
            ],
        ]
    );
}

#[test]
fn self_evaluation_5_joins_the_scoring_method_split_over_two_rows() {
    let workbook = sample("zhongwei-selfeval-2024");
    let r = &workbook.records[3];
    assert_eq!(
        r.title,
        "中卫市社会保险事业管理中心项目支出绩效自评表（表5）"
    );
    assert_eq!(r.header.name, "宁夏社会保障卡补卡制作费补助资金");
    assert_eq!(r.header.amount.text(), "22.79");
    assert_eq!(
        evaluation(r),
        [
            ["35.00", "22.79", "22.79"],
            ["35.00", "22.79", "22.79"],
            ["0.00", "0.00", "0.00"],
        ]
    );
    let goals = "目标 1：社会保障卡补卡、换卡数为 35000 张 目标 2：激活社会保障卡社保和金融功能，有效提高社会保障卡使用率 目标 3：完善社会保障卡综合应用工作";
    assert_eq!(r.header.goal, goals);
    assert_eq!(r.header.goal_result, goals);
    let e = r.evaluation.as_ref().unwrap();
    assert_eq!(
        e.scoring_method,
        "1.若为定性指标，则根据“三档”原则分别按照指标值的100-80%（含）、80-50%（含）、50-0%来记分。 2.若为定量指标，完成值达到指标值，记满分；未达到指标值，按 B/A 或 A/B×该指标分值记分。"
    );
    assert_eq!(e.total_score.text(), "100");
    assert_eq!(
        scored_tree(r),
        [
            [
                "产出指标",
                "数量指标",
                "宁夏社会保障卡补卡张数",
                "10",
                "35000 张",
                "10"
            ],
            [
                "产出指标",
                "质量指标",
                "及时维护社会保障卡制卡机，确保制卡机正常运行",
                "10",
                "100%",
                "10"
            ],
            [
                "产出指标",
                "时效指标",
                "资金拨付时限",
                "10",
                "2024 年",
                "10"
            ],
            [
                "产出指标",
                "成本指标",
                "宁夏社会保障卡补卡制作费补助资金",
                "10",
                "35 万元",
                "10"
            ],
            [
                "效益指标",
                "经济效益指标",
                "实现“一卡通用、全国通用”",
                "5",
                "普及城乡",
                "5"
            ],
            [
                "效益指标",
                "社会效益指标",
                "开展多种优惠便民行动，引导持卡人用卡，稳步提升社会保障卡社保和金融功能激活率",
                "15",
                "惠及人民",
                "20",
            ],
            [
                "效益指标",
                "可持续影响指标",
                "实现“一卡通用、全国通用”",
                "20",
                "长期",
                "20"
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "持卡人办卡满意度",
                "20",
                "≥90%",
                "20"
            ],
        ]
    );
}

#[test]
fn a_self_evaluation_total_left_empty_stays_empty() {
    let workbook = sample("zhongwei-selfeval-2024");
    let r = &workbook.records[2];
    assert_eq!(r.evaluation.as_ref().unwrap().total_score.text(), "");
    // Line 74: 「满意度 指标 (20分)」 — the label as written, the weight split off.
    let satisfaction = r.groups.last().unwrap();
    assert_eq!(satisfaction.label, "满意度 指标");
    assert_eq!(satisfaction.weight.text(), "20");
}

#[test]
fn web_paragraph_marks_in_goals_become_lines() {
    let workbook = sample("pingluo-2026");
    let r = &workbook.records[10];
    assert_eq!(r.title, "部门项目支出预算绩效目标表 16");
    // Line 234: `<p>目标 1: …</p> <p>目标 2: …</p>`.
    assert_eq!(
        r.header.goal,
        "目标 1: 对符合条件的被征地农民缴纳养老金财政给予补贴, 提升参保人员对社会公共服务满意度。\n目标 2: 被征地农民实现应保尽保, 广大群众对全县社保工作满意度逐年提升。"
    );
    assert!(r.notes.iter().any(|n| n.line == 234));
}

#[test]
fn lost_glyphs_are_kept_as_written_without_a_note() {
    // Lines 245–247: `？ ？ ？` stands for glyphs the extraction lost. Nothing is repaired or
    // guessed, so the text stays as written and no import note is made: the same text comes
    // back from the canonical export, and a note there would claim damage the export has not.
    let workbook = sample("pingluo-2024");
    let r = &workbook.records[11];
    let names: Vec<&str> = r.indicators().map(|(_, _, _, i)| i.name.as_str()).collect();
    assert!(names.contains(&"全县企业职工退休人员冬季取暖费？ ？ ？ ？ ？（2024年新退）"));
    assert!(
        r.notes.iter().all(|n| !n.action.contains("丢失")),
        "{:?}",
        r.notes
    );
}
