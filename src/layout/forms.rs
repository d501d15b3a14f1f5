//! One description per official form: what its header asks, its money table, its indicator
//! columns, and what it requires.

use super::Layout;
use crate::model::{HeaderField, IndicatorCell, IndicatorColumn, MoneyUnit, RecordKind};

/// A header field a form prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field.
    pub field: HeaderField,
    /// The label the form prints for it.
    pub label: &'static str,
    /// Whether a table of this form must fill it (`missing-field`).
    pub required: bool,
}

/// An indicator column a form prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSpec {
    /// The cell of the indicator row it holds.
    pub cell: IndicatorCell,
    /// The heading the form prints.
    pub heading: &'static str,
}

/// The money table a form has beside its header amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyTable {
    /// Only the header amount.
    None,
    /// Region form: 本级资金 and 转移市县(区)资金.
    Region,
    /// Hebei disclosure: 其中：财政资金, 其他资金.
    Hebei,
    /// Self-evaluation 项目资金: rows 年度资金总额 / 财政拨款 / 其他资金 and, on the national
    /// form, 上年结转资金, with 分值 / 执行率 / 得分 columns.
    Evaluation {
        /// Whether the form has the national columns and rows.
        national: bool,
    },
}

/// What an official form has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    /// The layout this describes.
    pub layout: Layout,
    /// Stable name (command line, JSON).
    pub key: &'static str,
    /// Chinese name shown to users.
    pub label: &'static str,
    /// The form's standard title, used when a table has none of its own.
    pub title: &'static str,
    /// Target table or self-evaluation (a table read by its headings says its own).
    pub kind: RecordKind,
    /// The money unit unless the document says otherwise.
    pub unit: MoneyUnit,
    /// What the form calls the table's amount.
    pub amount_label: &'static str,
    /// The header fields, in form order.
    pub fields: &'static [FieldSpec],
    /// The money table.
    pub money: MoneyTable,
    /// The indicator columns after 一级 and 二级, in form order.
    pub columns: &'static [ColumnSpec],
    /// Whether the form has a 资金支出计划.
    pub spending_plan: bool,
    /// Whether the form has a cost breakdown (项目预算成本构成).
    pub cost_lines: bool,
    /// Whether the form has a second, multi-year indicator set (中期/长期).
    pub medium_set: bool,
}

impl Form {
    /// Whether the form prints a column for `cell`.
    pub fn has_column(&self, cell: IndicatorCell) -> bool {
        self.columns.iter().any(|c| c.cell == cell)
    }

    /// The form's indicator columns as a record keeps its own ([`crate::model::Record::columns`]).
    pub fn indicator_columns(&self) -> Vec<IndicatorColumn> {
        self.columns
            .iter()
            .map(|c| IndicatorColumn {
                cell: c.cell,
                heading: c.heading.to_string(),
                guessed: false,
            })
            .collect()
    }

    /// The fields a table of this form must fill.
    pub fn required_fields(&self) -> impl Iterator<Item = &FieldSpec> {
        self.fields.iter().filter(|f| f.required)
    }

    /// The label the form prints for `field`, if it prints the field.
    pub fn field_label(&self, field: HeaderField) -> Option<&'static str> {
        self.fields
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.label)
    }
}

const fn field(field: HeaderField, label: &'static str) -> FieldSpec {
    FieldSpec {
        field,
        label,
        required: true,
    }
}

const fn optional(field: HeaderField, label: &'static str) -> FieldSpec {
    FieldSpec {
        field,
        label,
        required: false,
    }
}

const fn column(cell: IndicatorCell, heading: &'static str) -> ColumnSpec {
    ColumnSpec { cell, heading }
}

use HeaderField as F;
use IndicatorCell as C;

const COUNTY: Form = Form {
    layout: Layout::CountyForm,
    key: "county",
    label: "县级格式（元）",
    title: "部门项目支出预算绩效目标表",
    kind: RecordKind::Target,
    unit: MoneyUnit::Yuan,
    amount_label: "项目年度金额",
    fields: &[
        field(F::Name, "项目名称"),
        field(F::Department, "主管部门"),
        field(F::Implementer, "实施单位"),
        field(F::ProjectKind, "项目属性"),
        field(F::Duration, "项目期限"),
        field(F::Office, "资金主管处(科、股)室"),
        field(F::Amount, "项目年度金额"),
        field(F::Goal, "项目年度绩效目标"),
    ],
    money: MoneyTable::None,
    columns: &[column(C::Name, "三级绩效指标"), column(C::Value, "绩效值")],
    spending_plan: false,
    cost_lines: false,
    medium_set: false,
};

const CODED_COUNTY: Form = Form {
    layout: Layout::CodedCountyForm,
    key: "county-coded",
    label: "县级编码格式（万元）",
    unit: MoneyUnit::TenThousandYuan,
    fields: &[
        field(F::Name, "项目名称"),
        field(F::Department, "主管部门"),
        field(F::Implementer, "实施单位"),
        field(F::ProjectKind, "项目属性"),
        field(F::Duration, "项目期限"),
        field(F::Office, "项目主管处室"),
        field(F::Amount, "项目年度金额"),
        field(F::Goal, "年度总体绩效目标"),
    ],
    columns: &[column(C::Name, "三级指标"), column(C::Value, "绩效值")],
    ..COUNTY
};

const HEBEI: Form = Form {
    layout: Layout::HebeiDisclosure,
    key: "hebei",
    label: "河北部门公开格式",
    title: "项目绩效目标表",
    kind: RecordKind::Target,
    unit: MoneyUnit::TenThousandYuan,
    amount_label: "预算数",
    fields: &[
        field(F::Code, "项目编码"),
        field(F::Name, "项目名称"),
        field(F::Amount, "预算数"),
        optional(F::FundUse, "资金用途"),
        field(F::Goal, "年度绩效目标"),
    ],
    money: MoneyTable::Hebei,
    columns: &[
        column(C::Name, "三级指标"),
        column(C::Description, "绩效指标描述"),
        column(C::Value, "指标值"),
        column(C::Basis, "指标值确定依据"),
    ],
    spending_plan: true,
    cost_lines: false,
    medium_set: false,
};

const REGION: Form = Form {
    layout: Layout::RegionForm,
    key: "region",
    label: "自治区本级格式",
    title: "自治区本级部门项目支出预算绩效目标表",
    kind: RecordKind::Target,
    unit: MoneyUnit::TenThousandYuan,
    amount_label: "项目总额",
    fields: &[
        field(F::Name, "项目名称"),
        field(F::Department, "主管部门"),
        field(F::Implementer, "实施单位"),
        field(F::ProjectKind, "项目属性"),
        field(F::Duration, "项目期"),
        field(F::Amount, "项目总额"),
        field(F::Goal, "年度绩效目标"),
    ],
    money: MoneyTable::Region,
    columns: &[column(C::Name, "三级指标"), column(C::Value, "指标值")],
    spending_plan: false,
    cost_lines: false,
    medium_set: false,
};

const SELF_EVALUATION: Form = Form {
    layout: Layout::SelfEvaluation,
    key: "self-evaluation",
    label: "绩效自评表",
    title: "项目支出绩效自评表",
    kind: RecordKind::SelfEvaluation,
    unit: MoneyUnit::TenThousandYuan,
    amount_label: "全年预算数",
    fields: &[
        field(F::Name, "项目名称"),
        field(F::Department, "主管部门"),
        field(F::Implementer, "实施单位"),
        field(F::Amount, "全年预算数"),
        field(F::Goal, "年初设定目标"),
        optional(F::GoalResult, "年度总体目标完成情况"),
    ],
    money: MoneyTable::Evaluation { national: false },
    columns: &[
        column(C::Name, "三级指标"),
        column(C::Weight, "分值"),
        column(C::Value, "指标值(A)"),
        column(C::Score, "得分"),
    ],
    spending_plan: false,
    cost_lines: false,
    medium_set: false,
};

const NATIONAL_TARGET: Form = Form {
    layout: Layout::NationalTarget,
    key: "national-target",
    label: "全国通用目标表",
    title: "项目支出绩效目标表",
    kind: RecordKind::Target,
    unit: MoneyUnit::TenThousandYuan,
    amount_label: "年度资金总额",
    fields: &[
        optional(F::Code, "项目编码"),
        field(F::Name, "项目名称"),
        field(F::Department, "主管部门"),
        field(F::Implementer, "实施单位"),
        optional(F::ProjectKind, "项目属性"),
        optional(F::Category, "项目类别"),
        optional(F::Duration, "项目期"),
        field(F::Amount, "年度资金总额"),
        optional(F::MediumGoal, "中期目标"),
        field(F::Goal, "年度目标"),
    ],
    money: MoneyTable::None,
    columns: &[
        column(C::Name, "三级指标"),
        column(C::Nature, "指标性质"),
        column(C::Operator, "计算符号"),
        column(C::Target, "指标值"),
        column(C::Unit, "度量单位"),
        column(C::Weight, "权重"),
        column(C::Direction, "指标方向"),
        column(C::Standard, "指标解释"),
    ],
    spending_plan: false,
    cost_lines: true,
    medium_set: true,
};

const INDICATOR_LIST: Form = Form {
    layout: Layout::IndicatorList,
    key: "indicator-list",
    label: "一体化指标清单",
    title: "项目绩效目标表",
    kind: RecordKind::Target,
    unit: MoneyUnit::Yuan,
    amount_label: "预算数",
    fields: &[
        optional(F::Code, "项目编码"),
        field(F::Name, "项目名称"),
        optional(F::Implementer, "项目单位"),
        optional(F::Category, "项目类别"),
        field(F::Amount, "预算数"),
        field(F::Goal, "年度绩效目标"),
    ],
    money: MoneyTable::None,
    columns: &[
        column(C::Name, "三级指标"),
        column(C::Nature, "指标性质"),
        column(C::Direction, "指标方向"),
        column(C::Target, "目标值"),
        column(C::Unit, "计量单位"),
        column(C::Weight, "分值"),
    ],
    spending_plan: false,
    cost_lines: false,
    medium_set: false,
};

const NATIONAL_SELF_EVALUATION: Form = Form {
    layout: Layout::NationalSelfEvaluation,
    key: "national-self-evaluation",
    label: "全国通用自评表",
    title: "项目支出绩效自评表",
    kind: RecordKind::SelfEvaluation,
    unit: MoneyUnit::TenThousandYuan,
    amount_label: "全年预算数",
    fields: &[
        field(F::Name, "项目名称"),
        field(F::Department, "主管部门"),
        field(F::Implementer, "实施单位"),
        field(F::Amount, "全年预算数"),
        field(F::Goal, "预期目标"),
        optional(F::GoalResult, "实际完成情况"),
    ],
    money: MoneyTable::Evaluation { national: true },
    columns: &[
        column(C::Name, "三级指标"),
        column(C::Value, "年度指标值"),
        column(C::Actual, "实际完成值"),
        column(C::Weight, "分值"),
        column(C::Score, "得分"),
        column(C::Deviation, "偏差原因分析及改进措施"),
    ],
    spending_plan: false,
    cost_lines: false,
    medium_set: false,
};

const HEADINGS: Form = Form {
    layout: Layout::Headings,
    key: "headings",
    label: "按表头读取（未知格式）",
    title: "项目绩效目标表",
    kind: RecordKind::Target,
    unit: MoneyUnit::TenThousandYuan,
    amount_label: "项目金额",
    fields: &[
        field(F::Name, "项目名称"),
        optional(F::Code, "项目编码"),
        optional(F::Department, "主管部门"),
        optional(F::Implementer, "实施单位"),
        optional(F::ProjectKind, "项目属性"),
        optional(F::Category, "项目类别"),
        optional(F::Duration, "项目期限"),
        optional(F::Office, "主管处室"),
        optional(F::Amount, "项目金额"),
        optional(F::MediumGoal, "中期目标"),
        optional(F::Goal, "年度绩效目标"),
        optional(F::GoalResult, "实际完成情况"),
    ],
    money: MoneyTable::None,
    columns: &[column(C::Name, "三级指标"), column(C::Value, "指标值")],
    spending_plan: false,
    cost_lines: true,
    medium_set: true,
};

/// The description of `layout`.
pub(super) fn of(layout: Layout) -> &'static Form {
    match layout {
        Layout::CountyForm => &COUNTY,
        Layout::CodedCountyForm => &CODED_COUNTY,
        Layout::HebeiDisclosure => &HEBEI,
        Layout::RegionForm => &REGION,
        Layout::SelfEvaluation => &SELF_EVALUATION,
        Layout::NationalTarget => &NATIONAL_TARGET,
        Layout::IndicatorList => &INDICATOR_LIST,
        Layout::NationalSelfEvaluation => &NATIONAL_SELF_EVALUATION,
        Layout::Headings => &HEADINGS,
    }
}
