//! One table (项目支出预算绩效目标表 or 绩效自评表) and its parts.

use super::amount::{Amount, MoneyUnit};
use super::category::{Level1, Level2, Scheme};
use crate::layout::Layout;
use serde::{Deserialize, Serialize};

/// What a table is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum RecordKind {
    /// 项目支出预算绩效目标表: targets set before the year.
    #[default]
    Target,
    /// 绩效自评表: the same tree after the year, with weights and scores.
    SelfEvaluation,
}

impl RecordKind {
    /// The stable name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Target => "target",
            RecordKind::SelfEvaluation => "self-evaluation",
        }
    }

    /// Chinese name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Target => "绩效目标表",
            RecordKind::SelfEvaluation => "绩效自评表",
        }
    }
}

/// One table: header, money, goals and the indicator tree.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Target table or self-evaluation.
    pub kind: RecordKind,
    /// The official form this table follows.
    pub layout: Layout,
    /// Which category scheme the indicator tree follows.
    pub scheme: Scheme,
    /// The title line as written (`部门项目支出预算绩效目标表 1`, `1、…绩效目标表`), may be empty.
    pub title: String,
    /// The budget year (`(2026 年)`, `预算年度：2025`, `（2024年度）`).
    pub year: Option<i32>,
    /// The unit every amount of the table is written in.
    pub unit: MoneyUnit,
    /// The header fields.
    pub header: Header,
    /// The funding breakdown, where the layout has one.
    pub funding: Funding,
    /// The cumulative spending plan (资金支出计划), where the layout has one.
    pub spending_plan: Option<SpendingPlan>,
    /// The self-evaluation money table and total score, for 绩效自评表.
    pub evaluation: Option<Evaluation>,
    /// The indicator tree 一级 → 二级 → 三级.
    pub groups: Vec<Level1Group>,
    /// The multi-year (中期/长期) indicator set, where the form has one beside the year's.
    #[serde(default)]
    pub medium_groups: Vec<Level1Group>,
    /// The project's cost breakdown (项目预算成本构成), where the form has one.
    #[serde(default)]
    pub cost_lines: Vec<CostLine>,
    /// The indicator columns the table prints, in order, with their headings as written; empty
    /// means the columns of its layout ([`crate::layout::Form::columns`]).
    #[serde(default)]
    pub columns: Vec<IndicatorColumn>,
    /// What the importer saw and did while reading this table from a document.
    pub notes: Vec<ImportNote>,
    /// The file and sheet the table was read from; empty for a table made in jixiao.
    #[serde(default, skip_serializing_if = "Source::is_empty")]
    pub source: Source,
}

/// Where a table was read from (来源): the file, and the sheet (工作表) of a spreadsheet. The
/// line numbers of the record's notes count within that sheet, so a note can be found again.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The file as the user named it, empty when unknown (pasted text).
    #[serde(default)]
    pub file: String,
    /// The sheet's name in a spreadsheet; empty for text and Word documents.
    #[serde(default)]
    pub sheet: String,
}

impl Source {
    /// Whether nothing is known of where the table came from.
    pub fn is_empty(&self) -> bool {
        self.file.is_empty() && self.sheet.is_empty()
    }
}

/// How sure the importer is that it read a table right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Confidence {
    /// Every column and field was placed by its heading or label, the way its form lays it out.
    #[default]
    Sure,
    /// A column or field was placed by a guess, a required column is missing, or cells could not
    /// be placed: a person should look (the reasons are the notes marked as doubts).
    Review,
}

impl Confidence {
    /// The stable name used in JSON (`sure`, `review`).
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Sure => "sure",
            Confidence::Review => "review",
        }
    }
}

/// One line of a cost breakdown (项目预算成本构成): 成本构成 / 金额 / 测算依据.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostLine {
    /// 成本构成: what the money is spent on.
    pub item: String,
    /// 金额, in the record's unit.
    pub amount: Amount,
    /// 测算依据: how the amount was worked out.
    pub basis: String,
}

/// One indicator column of a table: which cell it holds and its heading as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorColumn {
    /// The cell of an indicator row this column holds.
    pub cell: IndicatorCell,
    /// The heading as written (`年度指标值`, `度量单位`, `指标性质`).
    pub heading: String,
    /// Whether the importer placed the column by its content, not by a heading it knows.
    #[serde(default)]
    pub guessed: bool,
}

/// The header fields of a table. Empty text means the form left the cell empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// 项目名称
    pub name: String,
    /// 项目编码 (Hebei layout)
    pub code: String,
    /// 主管部门
    pub department: String,
    /// 实施单位
    pub implementer: String,
    /// 项目属性 (`常年性项目`, `0101-一年期项目`)
    pub project_kind: String,
    /// 项目期限 / 项目期 (`1年`, `99年`)
    pub duration: String,
    /// 资金主管处(科、股)室 / 项目主管处室
    pub office: String,
    /// 项目年度金额 / 预算数 / 项目总额 / 年度资金总额 (self-evaluation: 全年预算数), in the record's unit
    pub amount: Amount,
    /// What the money is for (Hebei 资金用途 line)
    pub fund_use: String,
    /// 年度(总体)绩效目标 (self-evaluation: 年初设定目标)
    pub goal: String,
    /// 年度总体目标完成情况 (self-evaluation only)
    pub goal_result: String,
    /// 项目类别 / 项目类型 / 项目分类, where the form has it beside 项目属性
    #[serde(default)]
    pub category: String,
    /// 中期目标 / 长期目标 / 实施期绩效目标: the multi-year goal
    #[serde(default)]
    pub medium_goal: String,
    /// Labelled header cells of the form that have no field of their own (`归口科室`,
    /// `项目负责人`, `项目审批`), in form order, kept so nothing written is lost.
    #[serde(default)]
    pub extra: Vec<HeaderExtra>,
}

/// A labelled header cell without a field of its own.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderExtra {
    /// The label as written.
    pub label: String,
    /// The cell's text as written.
    pub value: String,
}

/// A header field, used to point findings and the editor at one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HeaderField {
    /// 项目名称
    Name,
    /// 项目编码
    Code,
    /// 主管部门
    Department,
    /// 实施单位
    Implementer,
    /// 项目属性
    ProjectKind,
    /// 项目期限
    Duration,
    /// 资金主管处室
    Office,
    /// 项目年度金额
    Amount,
    /// 资金用途
    FundUse,
    /// 年度绩效目标
    Goal,
    /// 年度总体目标完成情况
    GoalResult,
    /// 预算年度
    Year,
    /// 项目类别
    Category,
    /// 中期目标
    MediumGoal,
}

impl HeaderField {
    /// Every field that holds text (all but the year, a number of the record), in the order of
    /// the enum: what walks a record cell by cell visit.
    pub const TEXT: [HeaderField; 13] = [
        HeaderField::Name,
        HeaderField::Code,
        HeaderField::Department,
        HeaderField::Implementer,
        HeaderField::ProjectKind,
        HeaderField::Duration,
        HeaderField::Office,
        HeaderField::Amount,
        HeaderField::FundUse,
        HeaderField::Goal,
        HeaderField::GoalResult,
        HeaderField::Category,
        HeaderField::MediumGoal,
    ];

    /// Chinese name of the field.
    pub fn label(self) -> &'static str {
        match self {
            HeaderField::Name => "项目名称",
            HeaderField::Code => "项目编码",
            HeaderField::Department => "主管部门",
            HeaderField::Implementer => "实施单位",
            HeaderField::ProjectKind => "项目属性",
            HeaderField::Duration => "项目期限",
            HeaderField::Office => "资金主管处室",
            HeaderField::Amount => "项目年度金额",
            HeaderField::FundUse => "资金用途",
            HeaderField::Goal => "年度绩效目标",
            HeaderField::GoalResult => "年度总体目标完成情况",
            HeaderField::Year => "预算年度",
            HeaderField::Category => "项目类别",
            HeaderField::MediumGoal => "中期目标",
        }
    }

    /// English name of the field, for the editor's English mode.
    pub fn english_label(self) -> &'static str {
        match self {
            HeaderField::Name => "Project name",
            HeaderField::Code => "Project code",
            HeaderField::Department => "Department",
            HeaderField::Implementer => "Implementing unit",
            HeaderField::ProjectKind => "Project type",
            HeaderField::Duration => "Duration",
            HeaderField::Office => "Funding office",
            HeaderField::Amount => "Amount",
            HeaderField::FundUse => "Use of funds",
            HeaderField::Goal => "Annual goal",
            HeaderField::GoalResult => "Goal achieved",
            HeaderField::Year => "Budget year",
            HeaderField::Category => "Project category",
            HeaderField::MediumGoal => "Multi-year goal",
        }
    }
}

/// The funding breakdown of a table, by layout.
#[expect(
    clippy::large_enum_variant,
    reason = "one breakdown per record; boxing would complicate every pattern for no real saving"
)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Funding {
    /// The layout has no breakdown.
    #[default]
    None,
    /// Region form: 项目总额 split into 本级资金 and 转移市县(区)资金.
    Region(RegionFunding),
    /// Hebei disclosure: 预算数 = 财政资金 + 其他资金.
    Hebei(HebeiFunding),
}

/// Region form breakdown; 项目总额 itself is [`Header::amount`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFunding {
    /// 其中：年度资金总额
    pub annual_total: Amount,
    /// 本级资金 资金总额
    pub local_total: Amount,
    /// 本级 财政拨款
    pub local_fiscal: Amount,
    /// 本级 其他资金
    pub local_other: Amount,
    /// 本级 结余结转资金
    pub local_carryover: Amount,
    /// 转移市县(区)资金 资金总额
    pub transfer_total: Amount,
    /// 转移 中央资金
    pub transfer_central: Amount,
    /// 转移 自治区资金
    pub transfer_region: Amount,
}

/// Hebei breakdown; 预算数 itself is [`Header::amount`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HebeiFunding {
    /// 其中：财政资金
    pub fiscal: Amount,
    /// 其他资金
    pub other: Amount,
}

/// Cumulative spending plan (资金支出计划), amounts in the record's unit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpendingPlan {
    /// 3月底
    pub march: Amount,
    /// 6月底
    pub june: Amount,
    /// 10月底
    pub october: Amount,
    /// 12月底
    pub december: Amount,
}

impl SpendingPlan {
    /// The four points with their labels, in order.
    pub fn points(&self) -> [(&'static str, &Amount); 4] {
        [
            ("3月底", &self.march),
            ("6月底", &self.june),
            ("10月底", &self.october),
            ("12月底", &self.december),
        ]
    }
}

/// The money table, total and closing texts of a self-evaluation (项目资金, 总分, 评价结论).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// 年度资金总额: 年初预算数, 全年预算数, 全年执行数 (and 分值, 执行率, 得分)
    pub total: EvaluationMoney,
    /// 其中：财政拨款 / 当年财政拨款
    pub fiscal: EvaluationMoney,
    /// 其他资金
    pub other: EvaluationMoney,
    /// 上年结转资金
    #[serde(default)]
    pub carryover: EvaluationMoney,
    /// 得分计算方法: one merged cell for the whole table
    pub scoring_method: String,
    /// 总分 as written
    pub total_score: Amount,
    /// The grade written beside the total (`优`, `良`), if any
    #[serde(default)]
    pub grade: String,
    /// 评价结论 / 自评结论
    #[serde(default)]
    pub conclusion: String,
    /// 存在问题 / 主要问题
    #[serde(default)]
    pub problems: String,
    /// 改进措施 / 整改措施
    #[serde(default)]
    pub improvements: String,
    /// 其他需要说明事项
    #[serde(default)]
    pub remarks: String,
}

impl Evaluation {
    /// The rows of the money table in form order: 年度资金总额, 财政拨款, 其他资金, 上年结转资金
    /// (the index is the row of [`crate::model::MoneyCell::Evaluation`]).
    pub fn rows(&self) -> [&EvaluationMoney; 4] {
        [&self.total, &self.fiscal, &self.other, &self.carryover]
    }

    /// The rows of the money table with their index (the row of
    /// [`crate::model::MoneyCell::Evaluation`]) and label.
    pub fn labelled_rows(&self) -> impl Iterator<Item = (u8, &EvaluationMoney, &'static str)> {
        (0u8..)
            .zip(self.rows())
            .zip(crate::model::MoneyCell::EVALUATION_ROWS)
            .map(|((r, row), label)| (r, row, label))
    }

    /// The rows of the money table, mutably, in the order of [`Evaluation::rows`].
    pub fn rows_mut(&mut self) -> [&mut EvaluationMoney; 4] {
        [
            &mut self.total,
            &mut self.fiscal,
            &mut self.other,
            &mut self.carryover,
        ]
    }
}

/// One row of the self-evaluation money table.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationMoney {
    /// 年初预算数
    pub initial_budget: Amount,
    /// 全年预算数 / 调整后预算数 / 预算数
    pub full_year_budget: Amount,
    /// 全年执行数 / 预算执行数
    pub executed: Amount,
    /// 分值 (national form: 10 on 年度资金总额)
    #[serde(default)]
    pub weight: Amount,
    /// 执行率 as written (`100%`)
    #[serde(default)]
    pub rate: Amount,
    /// 得分
    #[serde(default)]
    pub score: Amount,
}

impl EvaluationMoney {
    /// The cells in column order: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (the
    /// index is the column of [`crate::model::MoneyCell::Evaluation`]).
    pub fn cells(&self) -> [&Amount; 6] {
        [
            &self.initial_budget,
            &self.full_year_budget,
            &self.executed,
            &self.weight,
            &self.rate,
            &self.score,
        ]
    }

    /// The cells, mutably, in the order of [`EvaluationMoney::cells`].
    pub fn cells_mut(&mut self) -> [&mut Amount; 6] {
        [
            &mut self.initial_budget,
            &mut self.full_year_budget,
            &mut self.executed,
            &mut self.weight,
            &mut self.rate,
            &mut self.score,
        ]
    }
}

/// A first-level group (一级指标) with its second-level groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level1Group {
    /// The category the label names.
    pub category: Level1,
    /// The label as written (`1-产出指标`, `产出指标 (40分)`).
    pub label: String,
    /// The group's stated weight in a self-evaluation (`(40分)`).
    pub weight: Amount,
    /// The second-level groups, in form order.
    pub groups: Vec<Level2Group>,
}

impl Level1Group {
    /// An empty group of `category` labelled with its canonical name.
    pub fn new(category: Level1) -> Level1Group {
        Level1Group {
            category,
            label: category.canonical_name().to_string(),
            weight: Amount::default(),
            groups: Vec::new(),
        }
    }
}

/// A second-level group (二级指标) with its indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level2Group {
    /// The category the label names.
    pub category: Level2,
    /// The label as written (`11-数量指标`, `社会效益`).
    pub label: String,
    /// The third-level indicators, in form order.
    pub indicators: Vec<Indicator>,
}

impl Level2Group {
    /// An empty group of `category` labelled with its canonical name.
    pub fn new(category: Level2) -> Level2Group {
        Level2Group {
            category,
            label: category.canonical_name().to_string(),
            indicators: Vec::new(),
        }
    }
}

/// A third-level indicator (三级指标) and the layout's extra columns. The columns of the other
/// forms and the number cells are saved only when written: most tables have none of them, and
/// writing every empty one made a saved workbook six times the size of its tables as text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// The indicator's name as written (`指标 1：招聘完成率`).
    pub name: String,
    /// The target value (绩效值 / 指标值 / 指标值(A)) as written.
    pub value: String,
    /// 绩效指标描述 (Hebei)
    pub description: String,
    /// 指标值确定依据 (Hebei)
    pub basis: String,
    /// 分值 / 权重
    #[serde(default, skip_serializing_if = "unwritten")]
    pub weight: Amount,
    /// 得分 / 自评分
    #[serde(default, skip_serializing_if = "unwritten")]
    pub score: Amount,
    /// 指标性质 as written (`定量`, `定性`; some forms write `正向`/`反向` or a sign here)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nature: String,
    /// 计算符号 as written (`≥`, `大于等于`, `＝`, `≧`)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub operator: String,
    /// 指标方向 as written (`正向`, `反向`; some forms write the sign here)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub direction: String,
    /// The target number when the form splits the value (目标值 / 指标值 beside 计量单位)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// 计量单位 / 度量单位
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// 实际完成值 / 全年实际值 (self-evaluation)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub actual: String,
    /// 偏差原因分析及改进措施 / 未完成原因分析 (self-evaluation)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deviation: String,
    /// 指标解释 / 绩效标准 / 指标说明
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub standard: String,
    /// 评(扣)分标准 / 得分计算方法 of the row
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scoring_rule: String,
    /// 备注
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub remark: String,
    /// The cells of columns no form names (`考核方式`), in the order of the record's
    /// [`IndicatorCell::Other`] columns: kept as written so the table exports in its own columns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<String>,
}

/// Whether an indicator's number cell was left as it starts, empty: not worth a place in the file.
fn unwritten(amount: &Amount) -> bool {
    *amount == Amount::default()
}

impl Indicator {
    /// An indicator with a name and a value and no other columns.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Indicator {
        Indicator {
            name: name.into(),
            value: value.into(),
            ..Indicator::default()
        }
    }
}

/// A cell of an indicator row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum IndicatorCell {
    /// 三级指标 name
    Name,
    /// 指标值
    Value,
    /// 绩效指标描述
    Description,
    /// 指标值确定依据
    Basis,
    /// 分值
    Weight,
    /// 得分
    Score,
    /// 指标性质
    Nature,
    /// 计算符号
    Operator,
    /// 指标方向
    Direction,
    /// 目标值 (split value)
    Target,
    /// 计量单位
    Unit,
    /// 实际完成值
    Actual,
    /// 偏差原因分析及改进措施
    Deviation,
    /// 指标解释 / 绩效标准
    Standard,
    /// 评(扣)分标准
    ScoringRule,
    /// 备注
    Remark,
    /// A column under a heading no form names, the `n`-th of its table (read by its headings):
    /// its heading is the record's column heading, its cells [`Indicator::others`].
    Other(u8),
}

impl IndicatorCell {
    /// Every cell of an indicator row, in the order the national forms print them.
    pub const ALL: [IndicatorCell; 16] = [
        IndicatorCell::Name,
        IndicatorCell::Description,
        IndicatorCell::Nature,
        IndicatorCell::Operator,
        IndicatorCell::Direction,
        IndicatorCell::Value,
        IndicatorCell::Target,
        IndicatorCell::Unit,
        IndicatorCell::Basis,
        IndicatorCell::Weight,
        IndicatorCell::Actual,
        IndicatorCell::Score,
        IndicatorCell::Deviation,
        IndicatorCell::Standard,
        IndicatorCell::ScoringRule,
        IndicatorCell::Remark,
    ];

    /// Chinese name of the column.
    pub fn label(self) -> &'static str {
        match self {
            IndicatorCell::Name => "三级指标",
            IndicatorCell::Value => "指标值",
            IndicatorCell::Description => "绩效指标描述",
            IndicatorCell::Basis => "指标值确定依据",
            IndicatorCell::Weight => "分值",
            IndicatorCell::Score => "得分",
            IndicatorCell::Nature => "指标性质",
            IndicatorCell::Operator => "计算符号",
            IndicatorCell::Direction => "指标方向",
            IndicatorCell::Target => "目标值",
            IndicatorCell::Unit => "计量单位",
            IndicatorCell::Actual => "实际完成值",
            IndicatorCell::Deviation => "偏差原因分析及改进措施",
            IndicatorCell::Standard => "指标解释",
            IndicatorCell::ScoringRule => "评(扣)分标准",
            IndicatorCell::Remark => "备注",
            IndicatorCell::Other(_) => "其他列",
        }
    }

    /// English name of the column, for the editor's English mode.
    pub fn english_label(self) -> &'static str {
        match self {
            IndicatorCell::Name => "Indicator",
            IndicatorCell::Value => "Target value",
            IndicatorCell::Description => "Description",
            IndicatorCell::Basis => "Basis of the value",
            IndicatorCell::Weight => "Weight",
            IndicatorCell::Score => "Score",
            IndicatorCell::Nature => "Nature",
            IndicatorCell::Operator => "Sign",
            IndicatorCell::Direction => "Direction",
            IndicatorCell::Target => "Target",
            IndicatorCell::Unit => "Unit",
            IndicatorCell::Actual => "Actual",
            IndicatorCell::Deviation => "Deviation and remedies",
            IndicatorCell::Standard => "Explanation",
            IndicatorCell::ScoringRule => "Scoring rule",
            IndicatorCell::Remark => "Remark",
            IndicatorCell::Other(_) => "Other column",
        }
    }

    /// Whether the cell holds a number kept as an [`Amount`] (分值, 得分).
    pub fn is_number(self) -> bool {
        matches!(self, IndicatorCell::Weight | IndicatorCell::Score)
    }
}

impl Indicator {
    /// The text of `cell` as written.
    pub fn text(&self, cell: IndicatorCell) -> &str {
        match cell {
            IndicatorCell::Name => &self.name,
            IndicatorCell::Value => &self.value,
            IndicatorCell::Description => &self.description,
            IndicatorCell::Basis => &self.basis,
            IndicatorCell::Weight => self.weight.text(),
            IndicatorCell::Score => self.score.text(),
            IndicatorCell::Nature => &self.nature,
            IndicatorCell::Operator => &self.operator,
            IndicatorCell::Direction => &self.direction,
            IndicatorCell::Target => &self.target,
            IndicatorCell::Unit => &self.unit,
            IndicatorCell::Actual => &self.actual,
            IndicatorCell::Deviation => &self.deviation,
            IndicatorCell::Standard => &self.standard,
            IndicatorCell::ScoringRule => &self.scoring_rule,
            IndicatorCell::Remark => &self.remark,
            IndicatorCell::Other(n) => self.others.get(usize::from(n)).map_or("", String::as_str),
        }
    }

    /// Writes `text` into `cell` (numbers re-derive their value).
    pub fn set_text(&mut self, cell: IndicatorCell, text: &str) {
        let field = match cell {
            IndicatorCell::Weight => return self.weight.set_text(text),
            IndicatorCell::Score => return self.score.set_text(text),
            IndicatorCell::Name => &mut self.name,
            IndicatorCell::Value => &mut self.value,
            IndicatorCell::Description => &mut self.description,
            IndicatorCell::Basis => &mut self.basis,
            IndicatorCell::Nature => &mut self.nature,
            IndicatorCell::Operator => &mut self.operator,
            IndicatorCell::Direction => &mut self.direction,
            IndicatorCell::Target => &mut self.target,
            IndicatorCell::Unit => &mut self.unit,
            IndicatorCell::Actual => &mut self.actual,
            IndicatorCell::Deviation => &mut self.deviation,
            IndicatorCell::Standard => &mut self.standard,
            IndicatorCell::ScoringRule => &mut self.scoring_rule,
            IndicatorCell::Remark => &mut self.remark,
            IndicatorCell::Other(n) => {
                let n = usize::from(n);
                if self.others.len() <= n {
                    self.others.resize(n.saturating_add(1), String::new());
                }
                &mut self.others[n]
            }
        };
        *field = text.to_string();
    }
}

/// Where an indicator sits in the tree: indices into `groups`, `groups[l1].groups`, and its indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct IndicatorPath {
    /// Index of the first-level group.
    pub level1: usize,
    /// Index of the second-level group within it.
    pub level2: usize,
    /// Index of the indicator within that.
    pub row: usize,
}

/// Something the importer saw and did, kept so a reviewer can see and undo its guesses.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportNote {
    /// 1-based line of the source document.
    pub line: usize,
    /// The source text involved.
    pub seen: String,
    /// What the importer did, in Chinese.
    pub action: String,
    /// Whether the note is a doubt that makes the record [`Confidence::Review`]: a column or
    /// field placed by a guess, a required column missing, cells that could not be placed.
    #[serde(default)]
    pub doubt: bool,
}

impl ImportNote {
    /// How every note on a table cut off by the end of its document begins: the checks read a
    /// cut table's missing groups and short sums as the cut, not as errors.
    pub const CUT: &'static str = "表格在此截断";

    /// How the note begins on rows that continue a table from an earlier page.
    pub const CONTINUED: &'static str = "上一页表格的续行";

    /// Whether this note says the rows continue a table from an earlier page.
    pub fn is_continued(&self) -> bool {
        self.action.starts_with(Self::CONTINUED)
    }

    /// Whether this note says the table was cut off.
    pub fn is_cut(&self) -> bool {
        self.action.starts_with(Self::CUT)
    }
}

impl Record {
    /// An empty table of `layout` in the older scheme, with its groups present and empty.
    pub fn blank(layout: Layout, year: Option<i32>) -> Record {
        Record::blank_in(layout, year, Scheme::Older)
    }

    /// A new table as the editor starts one: in the scheme its form follows today (see
    /// [`Scheme::for_new_table`]).
    pub fn new_table(layout: Layout, year: Option<i32>) -> Record {
        Record::blank_in(layout, year, Scheme::for_new_table(layout))
    }

    /// An empty table of `layout`, with the groups of `scheme` present and empty.
    pub fn blank_in(layout: Layout, year: Option<i32>, scheme: Scheme) -> Record {
        let groups = scheme
            .level1_categories()
            .iter()
            .map(|&l1| Level1Group {
                groups: scheme
                    .level2_categories(l1)
                    .iter()
                    .map(|&l2| Level2Group::new(l2))
                    .collect(),
                ..Level1Group::new(l1)
            })
            .collect();
        Record {
            kind: layout.kind(),
            layout,
            scheme,
            year,
            unit: layout.default_unit(),
            funding: layout.blank_funding(),
            spending_plan: layout.has_spending_plan().then(SpendingPlan::default),
            evaluation: (layout.kind() == RecordKind::SelfEvaluation).then(Evaluation::default),
            groups,
            ..Record::default()
        }
    }

    /// Whether the table is a department's overall targets (部门整体绩效目标), by its title: it
    /// names the department and its goal, and has no project name, amount, kind or duration.
    pub fn is_department_wide(&self) -> bool {
        is_department_wide_title(&self.title)
    }

    /// Whether the importer found the table cut off by the end of its document.
    pub fn is_cut(&self) -> bool {
        self.notes.iter().any(ImportNote::is_cut)
    }

    /// How sure the importer was: [`Confidence::Review`] when any note is a doubt.
    pub fn confidence(&self) -> Confidence {
        if self.notes.iter().any(|n| n.doubt) {
            Confidence::Review
        } else {
            Confidence::Sure
        }
    }

    /// The notes that make the record [`Confidence::Review`].
    pub fn doubts(&self) -> impl Iterator<Item = &ImportNote> {
        self.notes.iter().filter(|n| n.doubt)
    }

    /// Whether the table prints an indicator column for `cell`: its own columns when it keeps
    /// them, else its form's.
    pub fn prints_column(&self, cell: IndicatorCell) -> bool {
        if self.columns.is_empty() {
            self.layout.form().has_column(cell)
        } else {
            self.columns.iter().any(|c| c.cell == cell)
        }
    }

    /// The name a message gives the column holding `cell`: a column no form names goes by its
    /// heading as written, every other by its cell's name.
    pub fn column_name(&self, cell: IndicatorCell) -> &str {
        match cell {
            IndicatorCell::Other(_) => self
                .columns
                .iter()
                .find(|c| c.cell == cell && !c.heading.trim().is_empty())
                .map_or(cell.label(), |c| c.heading.as_str()),
            cell => cell.label(),
        }
    }

    /// Whether the indicator column holding `cell` was placed by a guess.
    pub fn column_guessed(&self, cell: IndicatorCell) -> bool {
        self.columns.iter().any(|c| c.cell == cell && c.guessed)
    }

    /// The indicator at `path`, if the path is in the tree.
    pub fn indicator(&self, path: IndicatorPath) -> Option<&Indicator> {
        self.groups
            .get(path.level1)?
            .groups
            .get(path.level2)?
            .indicators
            .get(path.row)
    }

    /// The indicator at `path`, mutably.
    pub fn indicator_mut(&mut self, path: IndicatorPath) -> Option<&mut Indicator> {
        self.groups
            .get_mut(path.level1)?
            .groups
            .get_mut(path.level2)?
            .indicators
            .get_mut(path.row)
    }

    /// Every indicator with its path and its groups, in form order.
    pub fn indicators(
        &self,
    ) -> impl Iterator<Item = (IndicatorPath, &Level1Group, &Level2Group, &Indicator)> {
        self.groups.iter().enumerate().flat_map(|(i1, g1)| {
            g1.groups.iter().enumerate().flat_map(move |(i2, g2)| {
                g2.indicators.iter().enumerate().map(move |(row, ind)| {
                    (
                        IndicatorPath {
                            level1: i1,
                            level2: i2,
                            row,
                        },
                        g1,
                        g2,
                        ind,
                    )
                })
            })
        })
    }

    /// Whether the record names no indicator columns and has no indicators: a table without an
    /// indicator part (the copy cut it off), which is written back without one.
    pub fn lacks_indicator_part(&self) -> bool {
        self.columns.is_empty() && self.groups.is_empty() && self.medium_groups.is_empty()
    }

    /// How many third-level indicators the tree holds.
    pub fn indicator_count(&self) -> usize {
        self.groups
            .iter()
            .flat_map(|g| &g.groups)
            .map(|g| g.indicators.len())
            .sum()
    }

    /// The header text of `field`, or `None` for fields that are not text (amount, year).
    pub fn header_text(&self, field: HeaderField) -> Option<&str> {
        let h = &self.header;
        Some(match field {
            HeaderField::Name => &h.name,
            HeaderField::Code => &h.code,
            HeaderField::Department => &h.department,
            HeaderField::Implementer => &h.implementer,
            HeaderField::ProjectKind => &h.project_kind,
            HeaderField::Duration => &h.duration,
            HeaderField::Office => &h.office,
            HeaderField::Amount => h.amount.text(),
            HeaderField::FundUse => &h.fund_use,
            HeaderField::Goal => &h.goal,
            HeaderField::GoalResult => &h.goal_result,
            HeaderField::Category => &h.category,
            HeaderField::MediumGoal => &h.medium_goal,
            HeaderField::Year => return None,
        })
    }
}

/// Whether a title names a department's overall targets (`部门整体绩效目标表`,
/// `2026年度部门整体支出绩效目标`), spaces aside.
pub fn is_department_wide_title(title: &str) -> bool {
    // Asked of every title-like line: most have no 整 and are not copied.
    if !title.contains('整') {
        return false;
    }
    let squeezed: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.contains("部门整体") && squeezed.contains("绩效")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_record_has_every_group_of_its_scheme() {
        let record = Record::blank(Layout::CountyForm, Some(2026));
        let names: Vec<_> = record.groups.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(names, ["产出指标", "效益指标", "满意度指标"]);
        assert_eq!(record.groups[0].groups.len(), 4);
        assert_eq!(record.indicator_count(), 0);
    }

    #[test]
    fn indicators_are_found_by_path() {
        let mut record = Record::blank(Layout::RegionForm, Some(2026));
        record.groups[0].groups[1]
            .indicators
            .push(Indicator::new("验收合格率", "≥80%"));
        let path = IndicatorPath {
            level1: 0,
            level2: 1,
            row: 0,
        };
        assert_eq!(
            record.indicator(path).map(|i| i.value.as_str()),
            Some("≥80%")
        );
        assert_eq!(record.indicators().count(), 1);
    }
}
