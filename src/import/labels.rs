//! The fixed labels printed on the forms: header fields, money cells, plan points, indicator
//! column headings and indicator categories, each recognised in every way the samples write it.

use super::assign::Field;
use super::text::{first_char, loose_eq, squeeze_short};
use crate::model::{Level1, Level2, MoneyUnit};
use std::collections::HashMap;
use std::sync::LazyLock;

/// A header label of one of the five forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Key {
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
    /// 项目期限, 项目期
    Duration,
    /// 资金主管处(科、股)室, 项目主管处室
    Office,
    /// 项目年度金额 (county forms)
    CountyAmount,
    /// 项目总额 (region form)
    RegionAmount,
    /// 预算数 (Hebei)
    HebeiAmount,
    /// 其中：年度资金总额 (region form; a money row of the self-evaluation)
    AnnualTotal,
    /// 其中：财政资金 (Hebei)
    HebeiFiscal,
    /// 其他资金
    OtherFunds,
    /// 预算规模及资金用途
    FundUse,
    /// 资金支出计划（%）
    Plan,
    /// One point of the spending plan: 0 = 3月底 … 3 = 12月底
    PlanPoint(u8),
    /// 项目年度绩效目标, 年度总体绩效目标, 绩效目标
    Goal,
    /// 其中：本级资金
    LocalBlock,
    /// 资金总额 (of 本级 or of 转移)
    FundTotal,
    /// 财政拨款
    Fiscal,
    /// 结余结转资金
    Carryover,
    /// 其中：转移市县(区)资金
    TransferBlock,
    /// 中央资金
    Central,
    /// 自治区资金
    RegionFunds,
    /// 项目资金(万元) (self-evaluation money block)
    EvalMoney,
    /// 年初预算数
    InitialBudget,
    /// 全年预算数
    FullYearBudget,
    /// 全年执行数
    Executed,
    /// 年度总体目标 (self-evaluation goal block)
    GoalBlock,
    /// 年初设定目标
    InitialGoal,
    /// 年度总体目标完成情况
    GoalResult,
}

impl Key {
    /// Keys whose value is free text that may continue on the rows below.
    pub fn is_text(self) -> bool {
        matches!(self, Key::FundUse | Key::Goal)
    }
}

const KEYS: [(&str, Key); 53] = [
    ("项目名称", Key::Name),
    ("项目编码", Key::Code),
    ("主管部门", Key::Department),
    ("实施单位", Key::Implementer),
    ("项目属性", Key::ProjectKind),
    ("项目期限", Key::Duration),
    ("项目期", Key::Duration),
    ("资金主管处(科、股)室", Key::Office),
    ("资金主管处(科,股)室", Key::Office),
    ("资金主管处室", Key::Office),
    ("项目主管处室", Key::Office),
    ("主管处室", Key::Office),
    ("项目年度金额", Key::CountyAmount),
    ("项目年度金额(元)", Key::CountyAmount),
    ("项目年度金额(万元)", Key::CountyAmount),
    ("项目总额", Key::RegionAmount),
    ("项目总额(万元)", Key::RegionAmount),
    ("预算数", Key::HebeiAmount),
    ("其中:年度资金总额", Key::AnnualTotal),
    ("年度资金总额", Key::AnnualTotal),
    ("其中:财政资金", Key::HebeiFiscal),
    ("财政资金", Key::HebeiFiscal),
    ("其他资金", Key::OtherFunds),
    ("预算规模及资金用途", Key::FundUse),
    ("资金用途", Key::FundUse),
    ("资金支出计划(%)", Key::Plan),
    ("资金支出计划", Key::Plan),
    ("3月底", Key::PlanPoint(0)),
    ("6月底", Key::PlanPoint(1)),
    ("10月底", Key::PlanPoint(2)),
    ("12月底", Key::PlanPoint(3)),
    ("项目年度绩效目标", Key::Goal),
    ("年度总体绩效目标", Key::Goal),
    ("年度绩效目标", Key::Goal),
    ("绩效目标", Key::Goal),
    ("项目绩效目标", Key::Goal),
    ("其中:本级资金", Key::LocalBlock),
    ("本级资金", Key::LocalBlock),
    ("资金总额", Key::FundTotal),
    ("财政拨款", Key::Fiscal),
    ("其中:财政拨款", Key::Fiscal),
    ("结余结转资金", Key::Carryover),
    ("其中:转移市县(区)资金", Key::TransferBlock),
    ("转移市县(区)资金", Key::TransferBlock),
    ("中央资金", Key::Central),
    ("自治区资金", Key::RegionFunds),
    ("项目资金", Key::EvalMoney),
    ("年初预算数", Key::InitialBudget),
    ("全年预算数", Key::FullYearBudget),
    ("全年执行数", Key::Executed),
    ("年度总体目标", Key::GoalBlock),
    ("年初设定目标", Key::InitialGoal),
    ("年度总体目标完成情况", Key::GoalResult),
];

/// The first characters of all [`KEYS`], checked before a cell is squeezed and compared.
const KEY_STARTS: [char; 18] = [
    '项', '主', '实', '资', '预', '其', '财', '3', '6', '1', '绩', '年', '本', '结', '转', '中',
    '自', '全',
];

/// How a header label was recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct KeyMatch {
    /// The label.
    pub key: Key,
    /// The unit the label names (`项目年度金额(元)`), if any.
    pub unit: Option<MoneyUnit>,
    /// The full label, when the cell held only its beginning (`自治区资` for `自治区资金`).
    pub completed: Option<&'static str>,
}

/// The header label `text` is, if it is one.
pub(super) fn header_key(text: &str) -> Option<KeyMatch> {
    // Most cells are values; only a cell starting like some label is worth squeezing.
    if !first_char(text).is_some_and(|c| KEY_STARTS.contains(&c)) {
        return None;
    }
    static BY_LABEL: LazyLock<HashMap<&str, Key>> =
        LazyLock::new(|| crate::layout::lookup::index(KEYS));
    let s = squeeze_short(text)?;
    let unit = || money_unit_in(&s);
    if let Some(&key) = BY_LABEL.get(&*s) {
        return Some(KeyMatch {
            key,
            unit: unit(),
            completed: None,
        });
    }
    // 项目资金(万元), 项目年度金额（万元） and the like: a known label followed by a unit.
    if let Some(base) = s.strip_suffix("(万元)").or_else(|| s.strip_suffix("(元)"))
        && let Some(&key) = BY_LABEL.get(base)
    {
        return Some(KeyMatch {
            key,
            unit: unit(),
            completed: None,
        });
    }
    // A label cut short by a line break in the PDF (`自治区资` / `金`).
    let &(label, key) = CUT_SHORT.get(&*s)?.as_ref()?;
    Some(KeyMatch {
        key,
        unit: unit(),
        completed: Some(label),
    })
}

/// The labels of [`KEYS`] by their beginnings of four characters or more: the first label so
/// begun, or `None` where the beginning is as much one field's label as another's.
static CUT_SHORT: LazyLock<HashMap<&str, Option<(&str, Key)>>> = LazyLock::new(|| {
    let mut cut_short: HashMap<&str, Option<(&str, Key)>> = HashMap::new();
    for &(label, key) in &KEYS {
        let ends = label.char_indices().map(|(at, _)| at).skip(4);
        for beginning in ends.filter_map(|end| label.get(..end)) {
            let first = cut_short.entry(beginning).or_insert(Some((label, key)));
            if first.is_some_and(|(_, other)| other != key) {
                *first = None;
            }
        }
    }
    cut_short
});

/// `12月底 100.00` in one cell: a plan point and its amount run together.
pub(super) fn plan_point_with_amount(text: &str) -> Option<(u8, String)> {
    if !matches!(first_char(text), Some('1' | '3' | '6')) {
        return None;
    }
    let s = squeeze_short(text)?;
    KEYS.iter().find_map(|(label, key)| match key {
        Key::PlanPoint(i) => {
            let rest = s.strip_prefix(label)?;
            (!rest.is_empty() && super::text::is_number(rest)).then(|| (*i, rest.to_string()))
        }
        _ => None,
    })
}

/// The money unit a squeezed label or line names (`项目年度金额(元)`, `金额单位:万元`).
pub(super) fn money_unit_in(squeezed: &str) -> Option<MoneyUnit> {
    if squeezed.contains("(万元)") || squeezed.ends_with("单位:万元") {
        Some(MoneyUnit::TenThousandYuan)
    } else if squeezed.contains("(元)") || squeezed.ends_with("单位:元") {
        Some(MoneyUnit::Yuan)
    } else {
        None
    }
}

/// A unit line of its own: `单位：万元`, `单位:元`.
pub(super) fn unit_line(text: &str) -> Option<MoneyUnit> {
    if first_char(text) != Some('单') {
        return None;
    }
    let s = squeeze_short(text)?;
    match s.strip_prefix("单位:")? {
        "万元" => Some(MoneyUnit::TenThousandYuan),
        "元" => Some(MoneyUnit::Yuan),
        _ => None,
    }
}

/// A column of the indicator part of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    /// 一级指标
    Level1,
    /// 二级指标
    Level2,
    /// A column holding an indicator's own cells (三级指标, 指标值, 分值 …)
    Cell(Field),
    /// 绩效指标: the merged heading in front of a self-evaluation's tree
    Heading,
}

/// The indicator column heading `text` is, if it is one.
pub(super) fn column_heading(text: &str) -> Option<Column> {
    if !matches!(
        first_char(text),
        Some('一' | '二' | '三' | '绩' | '指' | '分' | '权' | '得' | '计' | '确' | '目')
    ) {
        return None;
    }
    let s = squeeze_short(text)?;
    Some(match &*s {
        "一级指标" | "一级绩效指标" => Column::Level1,
        "二级指标" | "二级绩效指标" => Column::Level2,
        "三级指标" | "三级绩效指标" => Column::Cell(Field::Name),
        "绩效指标描述" | "指标描述" => Column::Cell(Field::Description),
        "指标值" | "绩效值" | "指标值(A)" | "绩效指标值" | "目标值" => {
            Column::Cell(Field::Value)
        }
        "指标值确定依据" | "确定依据" => Column::Cell(Field::Basis),
        "分值" | "权重" => Column::Cell(Field::Weight),
        "得分计算方法" | "计算方法" => Column::Cell(Field::Method),
        "得分" => Column::Cell(Field::Score),
        "绩效指标" => Column::Heading,
        _ => return None,
    })
}

/// Whether a row's cells are the indicator heading (`一级指标 二级指标 …`).
pub(super) fn is_column_heading_row<'s>(cells: impl IntoIterator<Item = &'s str>) -> bool {
    cells
        .into_iter()
        .any(|c| loose_eq(c, "一级指标") || loose_eq(c, "一级绩效指标"))
}

/// What an indicator group label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Category {
    /// Only a first-level group (`产出指标`, `效益指标`).
    Level1(Level1),
    /// Only a second-level group (`数量指标`, `社会效益`).
    Level2(Level2),
    /// Either, by where it stands (`成本指标`, `满意度指标`).
    Either(Level1, Level2),
}

/// The category label `text` is, if it is one.
pub(super) fn category(text: &str) -> Option<Category> {
    // The core of every category label starts with one of these, after any code (`11-`).
    const STARTS: [char; 12] = [
        '产', '效', '满', '成', '数', '质', '时', '经', '社', '生', '可', '服',
    ];
    if text.len() > 90 {
        return None;
    }
    // The canonical export writes groups the importer could not name as 其他指标.
    if loose_eq(text, "其他指标") {
        return Some(Category::Either(Level1::Other, Level2::Other));
    }
    let first = text
        .chars()
        .find(|c| !(c.is_whitespace() || c.is_ascii_digit() || *c == '-' || *c == '－'));
    if !first.is_some_and(|c| STARTS.contains(&c)) {
        return None;
    }
    let core = crate::model::label_core(text);
    let level1 = Level1::from_core(&core);
    if let Some(only @ (Level1::Output | Level1::Effect)) = level1 {
        return Some(Category::Level1(only));
    }
    match (level1, Level2::from_core(&core)) {
        (Some(l1), Some(l2)) => Some(Category::Either(l1, l2)),
        (Some(l1), None) => Some(Category::Level1(l1)),
        (None, Some(l2)) => Some(Category::Level2(l2)),
        (None, None) => None,
    }
}

/// The weight written after a first-level label (`产出指标 (40分)` → `40`) and the label
/// without it, as written.
pub(super) fn split_weight(label: &str) -> (String, Option<String>) {
    let Some(open) = label.rfind(['(', '（']) else {
        return (label.trim().to_string(), None);
    };
    let inner = label.get(open..).unwrap_or_default();
    let inner = inner
        .trim_start_matches(['(', '（'])
        .trim_end()
        .trim_end_matches([')', '）'])
        .trim_end();
    let Some(number) = inner.strip_suffix('分') else {
        return (label.trim().to_string(), None);
    };
    let number = number.trim();
    if !super::text::is_number(number) {
        return (label.trim().to_string(), None);
    }
    (
        label.get(..open).unwrap_or_default().trim().to_string(),
        Some(number.to_string()),
    )
}

/// Whether the cell is the self-evaluation total (`总分`).
pub(super) fn is_total_score(text: &str) -> bool {
    loose_eq(text, "总分")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_however_extraction_spaced_them() {
        assert_eq!(
            header_key("资金支出计 划（%）").map(|m| m.key),
            Some(Key::Plan)
        );
        assert_eq!(
            header_key("项目年度绩效 目标").map(|m| m.key),
            Some(Key::Goal)
        );
        let amount = header_key("项目年度金额 (元)").unwrap();
        assert_eq!(
            (amount.key, amount.unit),
            (Key::CountyAmount, Some(MoneyUnit::Yuan))
        );
        let money = header_key("项目资金 (万元)").unwrap();
        assert_eq!(
            (money.key, money.unit),
            (Key::EvalMoney, Some(MoneyUnit::TenThousandYuan))
        );
        assert_eq!(
            header_key("其中： 转移市县 (区)资金").map(|m| m.key),
            Some(Key::TransferBlock)
        );
    }

    #[test]
    fn every_label_starts_with_a_listed_character() {
        for (label, _) in KEYS {
            let first = label.chars().next().unwrap();
            assert!(KEY_STARTS.contains(&first), "{label}");
        }
    }

    #[test]
    fn a_label_cut_by_a_line_break_is_completed() {
        let m = header_key("自治区资").unwrap();
        assert_eq!((m.key, m.completed), (Key::RegionFunds, Some("自治区资金")));
        assert_eq!(header_key("金"), None);
        assert_eq!(header_key("财政代编"), None);
    }

    #[test]
    fn group_weights_are_split_from_their_labels() {
        assert_eq!(
            split_weight("产出指标 (40分)"),
            ("产出指标".into(), Some("40".into()))
        );
        assert_eq!(
            split_weight("满意度 指标 (20分)"),
            ("满意度 指标".into(), Some("20".into()))
        );
        assert_eq!(
            split_weight("产出指标（40分）"),
            ("产出指标".into(), Some("40".into()))
        );
        assert_eq!(split_weight("1-产出指标"), ("1-产出指标".into(), None));
    }

    #[test]
    fn plan_points_run_together_with_their_amount_are_split() {
        assert_eq!(
            plan_point_with_amount("12月底 100.00"),
            Some((3, "100.00".into()))
        );
        assert_eq!(plan_point_with_amount("12月底"), None);
    }
}
