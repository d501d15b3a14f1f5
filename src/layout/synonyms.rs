//! What offices call the header fields and indicator columns of their forms.
//!
//! Every province words its form differently (`项目性质` for 项目属性, `度量单位` for 计量单位,
//! `调整后预算数` for 全年预算数); what stays is the wording, not the position. A label or heading
//! is compared after [`normalize`]: spaces, `*`, leading numbering, a trailing colon and
//! parenthesised parts (`（元）`, `(长期)`, `(科、股)`) do not count.

use super::lookup;
use crate::model::{HeaderField, IndicatorCell};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a heading of the indicator part names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Heading {
    /// 一级指标
    Level1,
    /// 二级指标
    Level2,
    /// A cell of the indicator row (三级指标 is [`IndicatorCell::Name`]).
    Cell(IndicatorCell),
}

/// Header field labels, the form's own first.
pub const FIELD_LABELS: &[(HeaderField, &[&str])] = &[
    (
        HeaderField::Name,
        &[
            "项目名称",
            "项目支出名称",
            "专项名称",
            "资金名称",
            "二级项目名称",
            "专项资金名称",
            "项目名称及编码",
        ],
    ),
    (HeaderField::Code, &["项目编码", "项目编号", "项目代码"]),
    (
        HeaderField::Department,
        &[
            "主管部门",
            "主管部门及代码",
            "主管部门及编码",
            "业务主管部门",
            "项目主管部门",
            "预算部门",
            "中央主管部门",
            "部门名称",
            "预算单位",
            "主管单位",
            "申报单位",
            "单位名称",
            "部门(单位)名称",
        ],
    ),
    (
        HeaderField::Implementer,
        &[
            "实施单位",
            "项目执行单位",
            "项目单位",
            "执行单位",
            "项目实施单位",
            "责任单位",
            "承担单位",
        ],
    ),
    (HeaderField::ProjectKind, &["项目属性", "项目性质"]),
    (HeaderField::Category, &["项目类别", "项目类型", "项目分类"]),
    (
        HeaderField::Duration,
        &[
            "项目期限",
            "项目期",
            "实施期",
            "项目起止时间",
            "建设周期",
            "项目周期",
            "实施周期",
        ],
    ),
    (
        HeaderField::Office,
        &["资金主管处室", "项目主管处室", "归口科室", "资金主管科室"],
    ),
    (
        HeaderField::Amount,
        &[
            "项目年度金额",
            "预算数",
            "年度资金总额",
            "年度本级预算金额",
            "资金总额",
            "预算申报数",
            "项目总额",
            "全年预算数",
            "调整后预算数",
            "当年资金总额",
            "年度预算金额",
            "项目资金总额",
            "当年年度预算",
            "资金总额及构成",
            "项目金额",
            "申请金额",
            "预算金额",
            "年度预算数",
            "项目预算数",
            "资金规模",
            "总预算",
        ],
    ),
    (HeaderField::FundUse, &["资金用途"]),
    (
        HeaderField::Goal,
        &[
            "年度绩效目标",
            "年度目标",
            "绩效目标",
            "总体目标",
            "项目年度绩效目标",
            "年度总体绩效目标",
            "本年度绩效目标",
            "年初设定目标",
            "预期目标",
            "年度绩效总目标",
            "年度主要目标和成果",
            "绩效目标总体描述",
            "年度总体目标",
            "项目年度目标",
            "年度绩效目标及指标",
        ],
    ),
    (
        HeaderField::MediumGoal,
        &[
            "中期目标",
            "长期目标",
            "实施期绩效目标",
            "实施期目标",
            "中长期目标",
        ],
    ),
    (
        HeaderField::GoalResult,
        &[
            "实际完成情况",
            "目标实际完成情况",
            "年度总体目标完成情况",
            "全年实际完成情况",
        ],
    ),
];

/// Indicator column headings.
pub const COLUMN_HEADINGS: &[(Heading, &[&str])] = &[
    (
        Heading::Level1,
        &["一级指标", "一级绩效指标", "指标类型", "评价指标", "一级"],
    ),
    (
        Heading::Level2,
        &["二级指标", "二级绩效指标", "评价内容", "二级"],
    ),
    (
        Heading::Cell(IndicatorCell::Name),
        &[
            "三级指标",
            "三级绩效指标",
            "指标名称",
            "指标内容",
            "三级",
            "绩效指标名称",
            "具体指标",
        ],
    ),
    (
        Heading::Cell(IndicatorCell::Value),
        &[
            "指标值",
            "绩效值",
            "年度指标值",
            "目标值",
            "当年预期实现值",
            "指标值及单位",
            "预期目标值",
            "指标目标值",
            "年度目标值",
            "绩效指标值",
            "预期指标值",
            "指标目标",
            "年度指标",
        ],
    ),
    (
        Heading::Cell(IndicatorCell::Nature),
        &["指标性质", "指标值类型", "指标属性"],
    ),
    (
        Heading::Cell(IndicatorCell::Operator),
        &["计算符号", "运算符号", "运算符", "符号", "比较符号"],
    ),
    (Heading::Cell(IndicatorCell::Direction), &["指标方向"]),
    (
        Heading::Cell(IndicatorCell::Unit),
        &["计量单位", "度量单位", "单位", "指标单位"],
    ),
    (
        Heading::Cell(IndicatorCell::Weight),
        &[
            "权重",
            "分值",
            "参考分值",
            "指标分值",
            "权重分值",
            "标准分值",
        ],
    ),
    (
        Heading::Cell(IndicatorCell::Actual),
        &[
            "实际完成值",
            "完成值",
            "全年实际值",
            "实际完成指标值",
            "实际值",
            "全年实际完成值",
            "实际完成情况值",
            "全年完成值",
            "实际完成数",
        ],
    ),
    (
        Heading::Cell(IndicatorCell::Score),
        &["得分", "自评分", "自评得分", "评分"],
    ),
    (
        Heading::Cell(IndicatorCell::Deviation),
        &[
            "偏差原因分析及改进措施",
            "未完成原因分析",
            "未完成原因分析及改进措施",
            "偏差原因分析",
            "偏差原因",
            "原因分析及改进措施",
            "未完成原因及改进措施",
            "偏差原因及改进措施",
            "原因分析",
        ],
    ),
    (
        Heading::Cell(IndicatorCell::Description),
        &["绩效指标描述", "指标描述"],
    ),
    (
        Heading::Cell(IndicatorCell::Standard),
        &[
            "指标解释",
            "绩效标准",
            "指标说明",
            "指标值说明",
            "指标解释说明",
            "评价标准",
            "指标定义",
        ],
    ),
    (
        Heading::Cell(IndicatorCell::ScoringRule),
        &[
            "评分标准",
            "扣分标准",
            "得分计算方法",
            "评分规则",
            "计分方法",
        ],
    ),
    (
        Heading::Cell(IndicatorCell::Basis),
        &[
            "指标值确定依据",
            "指标值设定依据",
            "指标值设定依据及数据来源",
            "指标值确定依据及数据来源",
            "设定依据",
            "数据来源",
        ],
    ),
    (Heading::Cell(IndicatorCell::Remark), &["备注"]),
];

/// A label or heading with what does not count taken out: white space, `*`, a leading number
/// (`1.`, `一、`, `(一)`), parenthesised parts and a trailing colon.
pub fn normalize(text: &str) -> Cow<'_, str> {
    let plain = !text.chars().any(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '（' | '[' | '［' | '【' | '*' | '＊' | ')' | '）' | ']' | '］' | '】'
            )
    });
    // Most cells need nothing taken out: read them in place.
    if plain {
        let trimmed = text.trim_end_matches([':', '：']);
        let numbered = strip_numbering(trimmed);
        return Cow::Borrowed(if numbered.is_empty() {
            trimmed
        } else {
            numbered
        });
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '（' | '[' | '［' | '【' => depth = depth.saturating_add(1),
            ')' | '）' | ']' | '］' | '】' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_whitespace() || c == '*' || c == '＊' => {}
            c => out.push(c),
        }
    }
    let trimmed = out.trim_end_matches([':', '：']);
    let numbered = strip_numbering(trimmed);
    // A label that is all numbering (`一`) keeps its text.
    Cow::Owned(if numbered.is_empty() {
        trimmed.to_string()
    } else {
        numbered.to_string()
    })
}

/// `1.` `12、` `一、` at the start: digits with or without a mark after them, Chinese numerals
/// only with one (so `一级指标` keeps its `一`).
fn strip_numbering(text: &str) -> &str {
    // A list rather than a string to search: this runs for every label read.
    const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let Some(first) = text.chars().next() else {
        return text;
    };
    if !first.is_ascii_digit() && !NUMERALS.contains(&first) {
        return text;
    }
    let digits = text.trim_start_matches(|c: char| c.is_ascii_digit());
    if digits.len() < text.len() {
        return digits.trim_start_matches(['、', '.', '．']);
    }
    let numerals = text.trim_start_matches(NUMERALS);
    match numerals.strip_prefix(['、', '.', '．']) {
        Some(rest) if numerals.len() < text.len() => rest,
        _ => text,
    }
}

/// Longer cells are never labels or headings; the longest synonym with its decorations
/// (`偏差原因分析及改进措施（…）`) is well below this.
const MAX_LABEL_BYTES: usize = 72;

/// The header field a label names.
pub fn field_by_label(text: &str) -> Option<HeaderField> {
    if text.len() > MAX_LABEL_BYTES {
        return None;
    }
    static BY_LABEL: LazyLock<HashMap<&str, HeaderField>> = LazyLock::new(|| {
        lookup::index(
            FIELD_LABELS
                .iter()
                .flat_map(|(field, labels)| labels.iter().map(|label| (*label, *field))),
        )
    });
    let key = normalize(text);
    let find = |key: &str| BY_LABEL.get(key).copied();
    // `项目支出实施期`, `项目实施期`: a field's label behind the words every label of a project
    // form may start with.
    find(&key).or_else(|| {
        ["项目支出", "项目"]
            .iter()
            .find_map(|p| key.strip_prefix(p))
            .filter(|rest| rest.chars().count() >= 2)
            .and_then(find)
    })
}

/// The one label among `candidates` that `key` differs from in a single character (`实施第位`
/// for 实施单位, `年初预匏数` for 年初预算数: a character misread from a scan), if exactly one
/// does. Short labels are left alone: with three characters or fewer, one is too much.
pub fn near_label<'c>(key: &str, candidates: impl Iterator<Item = &'c str>) -> Option<&'c str> {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < 4 {
        return None;
    }
    let mut near = candidates.filter(|label| {
        // Labels of another length are passed over unread: one character replaced by another
        // changes the length by three bytes at most.
        if label.len().abs_diff(key.len()) > 3 {
            return false;
        }
        let mut other = label.chars();
        let mut differ = 0usize;
        for c in &chars {
            match other.next() {
                Some(o) if o == *c => {}
                Some(_) => differ = differ.saturating_add(1),
                None => return false,
            }
        }
        other.next().is_none() && differ == 1
    });
    let first = near.next()?;
    near.next().is_none().then_some(first)
}

/// Whether a field's label may be found at the end of a longer cell: not money or goals,
/// whose labels change meaning with the words before them (`上年度资金总额`, `中期绩效目标`),
/// nor the name (`一级项目名称` is not the project's).
fn found_at_end(field: HeaderField) -> bool {
    !matches!(
        field,
        HeaderField::Name
            | HeaderField::Amount
            | HeaderField::FundUse
            | HeaderField::Goal
            | HeaderField::GoalResult
            | HeaderField::MediumGoal
    )
}

/// A label run together with text before it (`联系电目起止时间`: the cells between lost when
/// the page was copied): the field whose label's last five characters or more end the cell,
/// with that label, if exactly one field's does.
pub fn field_by_label_end(text: &str) -> Option<(HeaderField, &'static str)> {
    if text.len() > MAX_LABEL_BYTES {
        return None;
    }
    let key: Vec<char> = normalize(text).chars().collect();
    // Five characters in common and one before them.
    if key.len() < 6 {
        return None;
    }
    let mut found = FIELD_LABELS
        .iter()
        .filter(|(field, _)| found_at_end(*field))
        .flat_map(|(field, labels)| labels.iter().map(move |l| (*field, *l)))
        .filter(|(_, label)| {
            let common = key
                .iter()
                .rev()
                .zip(label.chars().rev())
                .take_while(|(a, b)| **a == *b)
                .count();
            common >= 5 && key.len() > common
        });
    let (field, label) = found.next()?;
    found.all(|(f, _)| f == field).then_some((field, label))
}

/// The header field a label misread in one character names, with the label it was read as.
/// Indicator words (`年度绩效指标` is one character from 年度绩效目标) are never header labels.
pub fn field_by_near_label(text: &str) -> Option<(HeaderField, &'static str)> {
    if text.len() > MAX_LABEL_BYTES {
        return None;
    }
    let key = normalize(text);
    if key.contains("指标") || key.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // The labels by their length in characters: only those of the key's length can be near it.
    static BY_LENGTH: LazyLock<HashMap<usize, Vec<&str>>> = LazyLock::new(|| {
        let mut by_length: HashMap<usize, Vec<&str>> = HashMap::new();
        for label in FIELD_LABELS.iter().flat_map(|(_, labels)| labels.iter()) {
            by_length
                .entry(label.chars().count())
                .or_default()
                .push(label);
        }
        by_length
    });
    let same_length = BY_LENGTH.get(&key.chars().count())?;
    let label = near_label(&key, same_length.iter().copied())?;
    let field = field_by_label(label)?;
    Some((field, label))
}

/// What an indicator heading names.
pub fn heading(text: &str) -> Option<Heading> {
    if text.len() > MAX_LABEL_BYTES {
        return None;
    }
    static BY_TEXT: LazyLock<HashMap<&str, Heading>> = LazyLock::new(|| {
        lookup::index(
            COLUMN_HEADINGS
                .iter()
                .flat_map(|(heading, texts)| texts.iter().map(|text| (*text, *heading))),
        )
    });
    BY_TEXT.get(normalize(text).as_ref()).copied()
}

/// The headings an indicator cell is printed under (the first is the national form's).
pub fn headings_of(cell: IndicatorCell) -> &'static [&'static str] {
    COLUMN_HEADINGS
        .iter()
        .find(|(h, _)| *h == Heading::Cell(cell))
        .map_or(&[], |(_, headings)| headings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_with_spaces_stars_colons_and_brackets_aside() {
        assert_eq!(field_by_label("项目性质"), Some(HeaderField::ProjectKind));
        assert_eq!(field_by_label("调整后预算数"), Some(HeaderField::Amount));
        assert_eq!(field_by_label("年度资金总额:"), Some(HeaderField::Amount));
        assert_eq!(field_by_label("*年度绩效总目标"), Some(HeaderField::Goal));
        assert_eq!(
            field_by_label("资金主管处(科、股)室"),
            Some(HeaderField::Office)
        );
        assert_eq!(
            field_by_label("主管部门 及编码"),
            Some(HeaderField::Department)
        );
        assert_eq!(
            field_by_label("项目年度金额(元)"),
            Some(HeaderField::Amount)
        );
        assert_eq!(field_by_label("备注"), None);
    }

    #[test]
    fn a_label_behind_the_words_project_or_project_spending_is_still_its_field() {
        assert_eq!(
            field_by_label("项目支出实施期"),
            Some(HeaderField::Duration)
        );
        assert_eq!(field_by_label("项目实施周期"), Some(HeaderField::Duration));
        assert_eq!(field_by_label("项目负责人"), None);
    }

    #[test]
    fn a_label_misread_in_one_character_is_near_its_field_and_indicator_words_are_not() {
        assert_eq!(
            field_by_near_label("执行第位"),
            Some((HeaderField::Implementer, "执行单位"))
        );
        assert_eq!(
            field_by_near_label("主管部问"),
            Some((HeaderField::Department, "主管部门"))
        );
        assert_eq!(field_by_near_label("年度绩效指标"), None);
        assert_eq!(field_by_near_label("项目期"), None);
        assert_eq!(field_by_near_label("联系电话"), None);
    }

    #[test]
    fn a_label_run_together_with_the_text_before_it_is_found_at_its_end() {
        assert_eq!(
            field_by_label_end("负责人张项目起止时间"),
            Some((HeaderField::Duration, "项目起止时间"))
        );
        assert_eq!(
            field_by_label_end("电话执行单位"),
            None,
            "four characters are too few"
        );
        assert_eq!(field_by_label_end("一级项目名称"), None);
        assert_eq!(field_by_label_end("上年度资金总额"), None);
    }

    #[test]
    fn headings_match_the_wording_of_every_office() {
        assert_eq!(
            heading("度量单位"),
            Some(Heading::Cell(IndicatorCell::Unit))
        );
        assert_eq!(
            heading("实际完成指标值"),
            Some(Heading::Cell(IndicatorCell::Actual))
        );
        assert_eq!(heading("二级指标(年度)"), Some(Heading::Level2));
        assert_eq!(
            heading("评(扣)分标准"),
            Some(Heading::Cell(IndicatorCell::ScoringRule))
        );
        assert_eq!(
            heading("目标值(标准)"),
            Some(Heading::Cell(IndicatorCell::Value))
        );
        assert_eq!(heading("1.一级指标"), Some(Heading::Level1));
        assert_eq!(heading("产出指标"), None);
    }
}
