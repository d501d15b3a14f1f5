//! Reading cell text the way a person does: labels match whatever spaces PDF extraction put into
//! them and whichever width their punctuation has, and a value is told from a name by its shape.

use crate::model::parse_plain_decimal;
use std::borrow::Cow;

/// Cells longer than this are never labels, titles or values; checking them would only cost time.
pub(super) const LABEL_MAX_CHARS: usize = 40;

/// The text without white space, with full-width `（）：，` and `％` read as half-width.
pub(super) fn squeeze(text: &str) -> Cow<'_, str> {
    // Most cells have nothing to squeeze: they are read in place, without a copy.
    if text.chars().all(|c| squeezed(c) == Some(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(squeezed_chars(text).collect())
}

/// What `c` is once squeezed: nothing for white space.
fn squeezed(c: char) -> Option<char> {
    if c.is_whitespace() {
        return None;
    }
    Some(match c {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '，' => ',',
        '％' => '%',
        _ => c,
    })
}

fn squeezed_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter_map(squeezed)
}

/// The text without white space, borrowed when it has none.
pub(super) fn without_spaces(text: &str) -> Cow<'_, str> {
    if text.contains(char::is_whitespace) {
        Cow::Owned(text.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `text` is `label` once squeezed, without allocating (`项目 名称` is `项目名称`).
pub(super) fn loose_eq(text: &str, label: &str) -> bool {
    text.len() <= label.len() * 4 + 16 && squeezed_chars(text).eq(label.chars())
}

/// Whether `text` holds one of `words`, in one pass over it: cheaper than a search per word
/// for the short cells and words a label is told by.
pub(super) fn holds_any(text: &str, words: &[&str]) -> bool {
    let bytes = text.as_bytes();
    text.char_indices().any(|(at, _)| {
        let rest = bytes.get(at..).unwrap_or_default();
        words.iter().any(|word| rest.starts_with(word.as_bytes()))
    })
}

/// The first character that is not white space.
pub(super) fn first_char(text: &str) -> Option<char> {
    text.chars().find(|c| !c.is_whitespace())
}

/// [`squeeze`] for short cells only; long cells give `None` without being copied.
pub(super) fn squeeze_short(text: &str) -> Option<Cow<'_, str>> {
    (text.len() <= LABEL_MAX_CHARS * 4
        && (text.len() <= LABEL_MAX_CHARS || text.chars().count() <= LABEL_MAX_CHARS))
        .then(|| squeeze(text))
}

/// Whether white space splits two Chinese characters (`资金支出计 划`, `绩效 指标`): a label
/// broken by extraction rather than spaced on purpose.
pub(super) fn has_broken_space(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| {
        w.get(1).is_some_and(|c| c.is_whitespace())
            && w.first().copied().is_some_and(is_cjk)
            && w.get(2).copied().is_some_and(is_cjk)
    })
}

/// A CJK ideograph.
pub(super) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// A CJK ideograph or a dash (codes are written `0101-一年期项目`, `0101--一年期项目`).
pub(super) fn is_cjk_or_dash(c: char) -> bool {
    is_cjk(c) || c == '-' || c == '－'
}

/// The text is a plain number (`400.000000`, `5 932.30`).
pub(super) fn is_number(text: &str) -> bool {
    text.len() <= 64 && parse_plain_decimal(text).is_some()
}

/// Shaped like a target value: a comparison, a number with a short unit, a percentage or a date
/// (`≥95%`, `1 次`, `2026 年 12 月底`, `约0.15万人`), rather than a name or a sentence.
pub(super) fn value_like(text: &str) -> bool {
    let squeezed = match squeeze_short(text) {
        Some(s) if s.chars().count() <= 25 => s,
        _ => return false,
    };
    let body = [
        "约",
        "平均",
        "不低于",
        "不少于",
        "不高于",
        "不超过",
        "大于",
        "小于",
        "达到",
    ]
    .iter()
    .find_map(|p| squeezed.strip_prefix(p))
    .unwrap_or(&squeezed);
    let Some(first) = body.chars().next() else {
        return false;
    };
    if "≥≤><＞＜≧≦=".contains(first) {
        return true;
    }
    let has_digit = body
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if !has_digit {
        return false;
    }
    if body.contains('%') {
        return true;
    }
    let starts_with_number = first.is_ascii_digit() || ('０'..='９').contains(&first);
    let cjk = body.chars().filter(|&c| is_cjk(c)).count();
    starts_with_number && (cjk <= 6 || (body.contains('年') && body.contains('月')))
}

/// Short wording that target values use (`稳步提升`, `有效保障`, `无`), not the name of a
/// measure (`项目验收合格率`).
pub(super) fn value_word(text: &str) -> bool {
    const WORDS: [&str; 18] = [
        "提升", "提高", "保障", "改善", "下降", "降低", "显著", "明显", "有效", "稳步", "持续",
        "全面", "长期", "增加", "减少", "推进", "促进", "增强",
    ];
    let text = text.trim();
    let names_a_measure = ['率', '度', '数', '量', '性']
        .iter()
        .any(|&c| text.ends_with(c));
    text == "无"
        || (text.chars().count() <= 6 && !names_a_measure && WORDS.iter().any(|w| text.contains(w)))
}

/// A year written as `2026年` at the start of `text` (spaces allowed: `2026 年`).
pub(super) fn leading_year(text: &str) -> Option<i32> {
    let trimmed = text.trim_start();
    let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let rest = trimmed.get(digits.len()..)?.trim_start();
    rest.starts_with('年')
        .then(|| digits.parse().ok())
        .flatten()
}

/// A year line of its own: `(2026 年)`, `（2024年度）`.
pub(super) fn year_line(text: &str) -> Option<i32> {
    if !matches!(first_char(text), Some('(' | '（')) {
        return None;
    }
    let s = squeeze_short(text)?;
    let inner = s.strip_prefix('(')?.strip_suffix(')')?;
    let inner = inner.strip_suffix('度').unwrap_or(inner);
    let digits = inner.strip_suffix('年')?;
    (digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// `预算年度：2025` anywhere in a short line.
pub(super) fn budget_year(text: &str) -> Option<i32> {
    if !text.contains('预') {
        return None;
    }
    let s = squeeze_short(text)?;
    let rest = s.split_once("预算年度")?.1;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
}

/// Keeps notes readable: long source text is cut with an ellipsis.
pub(super) fn excerpt(text: &str) -> String {
    const MAX: usize = 200;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_holds_a_word_wherever_it_stands() {
        assert!(holds_any("一级指标", &["指标", "评价"]));
        assert!(holds_any("评价要点", &["指标", "评价"]));
        assert!(holds_any("项目 编码", &["名称", "编"]));
        assert!(!holds_any("指 标", &["指标"]));
        assert!(!holds_any("", &["指标"]));
    }

    #[test]
    fn values_are_told_from_names_by_their_shape() {
        for v in [
            "≥95%",
            "1 次",
            "2026 年 12 月底",
            "2025 年 12 月 27 日前",
            "约0.15万人",
            "8 万元",
            "1.5万立方米/日",
            "≤24小时",
            "100%",
        ] {
            assert!(value_like(v), "{v}");
        }
        for n in [
            "2025年虚账记实成本",
            "项目验收合格率",
            "指标 1：完成年度事业单位工作人员招聘次数",
            "12333等窗口服务人员工装",
            "稳步提升",
        ] {
            assert!(!value_like(n), "{n}");
        }
    }

    #[test]
    fn labels_broken_by_extraction_are_seen() {
        assert!(has_broken_space("资金支出计 划（%）"));
        assert!(has_broken_space("满意度 指标 (20分)"));
        assert!(!has_broken_space("资金主管处 (科、股)室"));
        assert_eq!(squeeze("项目年度金额 （元）"), "项目年度金额(元)");
    }

    #[test]
    fn years_are_read_from_the_ways_documents_write_them() {
        assert_eq!(year_line("(2026 年)"), Some(2026));
        assert_eq!(year_line("（2024年度）"), Some(2024));
        assert_eq!(budget_year("预算年度：2025"), Some(2025));
        assert_eq!(
            leading_year("2026年自治区本级部门项目支出预算绩效目标表"),
            Some(2026)
        );
        assert_eq!(leading_year("2025 年部门预算信息公开目录"), Some(2025));
        assert_eq!(leading_year("20255年"), None);
    }
}
