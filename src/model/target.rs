//! The target of an indicator as one text, whether the form writes it in one cell (`≥95%`) or
//! splits it over 计算符号 / 指标值 / 计量单位 (`大于等于 | 98 | %`).
//!
//! The cells stay as written; this module only reads them together, so the checks, the exports
//! and the editor see one target whatever the form.

use super::record::Indicator;
use crate::value::Comparison;
use std::borrow::Cow;

/// Which way an indicator is better (指标方向).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// 正向: more is better (`≥`, `＞`).
    Positive,
    /// 反向: less is better (`≤`, `＜`).
    Negative,
}

impl Direction {
    /// The word forms print (`正向`, `反向`).
    pub fn word(self) -> &'static str {
        match self {
            Direction::Positive => "正向",
            Direction::Negative => "反向",
        }
    }
}

/// The comparison a 计算符号-style cell names: a sign in any width or the words forms use.
pub fn comparison_in_cell(text: &str) -> Option<Comparison> {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    Some(match squeezed.as_str() {
        "≥" | "≧" | ">=" | "＞＝" | "＞=" | "大于等于" | "不低于" | "不少于" | "大于或等于" => {
            Comparison::AtLeast
        }
        "≤" | "≦" | "<=" | "＜＝" | "＜=" | "小于等于" | "不高于" | "不超过" | "小于或等于" => {
            Comparison::AtMost
        }
        ">" | "＞" | "大于" | "高于" | "超过" => Comparison::Above,
        "<" | "＜" | "小于" | "低于" => Comparison::Below,
        "=" | "＝" | "═" | "等于" | "==" => Comparison::Equal,
        _ => return None,
    })
}

/// The direction a cell names in words (`正向`, `反向`).
pub fn direction_in_cell(text: &str) -> Option<Direction> {
    match text.trim() {
        "正向" | "正向指标" => Some(Direction::Positive),
        "反向" | "反向指标" => Some(Direction::Negative),
        _ => None,
    }
}

/// Whether a cell says the indicator is qualitative (`定性`).
pub fn is_qualitative_word(text: &str) -> bool {
    matches!(text.trim(), "定性" | "定性指标")
}

impl Indicator {
    /// The cells that may carry the comparison, direction or nature, in the order forms mean
    /// them: forms disagree on which heading holds which, so all three are read.
    fn sign_cells(&self) -> [&str; 3] {
        [&self.operator, &self.direction, &self.nature]
    }

    /// The comparison written in a separate cell (计算符号, or 指标方向/指标性质 where a form
    /// writes the sign there), if any.
    pub fn comparison_cell(&self) -> Option<Comparison> {
        self.sign_cells().into_iter().find_map(comparison_in_cell)
    }

    /// Whether a separate cell marks the indicator 定性.
    pub fn is_marked_qualitative(&self) -> bool {
        self.sign_cells().into_iter().any(is_qualitative_word)
    }

    /// The direction written in words, else the one the comparison implies (`≥`/`＞` 正向,
    /// `≤`/`＜` 反向), reading the split cells or, failing those, the one-cell value.
    pub fn direction_of(&self) -> Option<Direction> {
        if let Some(d) = self.sign_cells().into_iter().find_map(direction_in_cell) {
            return Some(d);
        }
        let comparison = self
            .comparison_cell()
            .or_else(|| crate::value::parse(&self.value).comparison)?;
        match comparison {
            Comparison::AtLeast | Comparison::Above => Some(Direction::Positive),
            Comparison::AtMost | Comparison::Below => Some(Direction::Negative),
            Comparison::Equal => None,
        }
    }

    /// Whether the form splits this row's target over separate cells.
    pub fn has_split_target(&self) -> bool {
        !self.target.trim().is_empty() || !self.unit.trim().is_empty()
    }

    /// The target as one text: the one-cell value as written, or the split cells joined
    /// (`≥` + `98` + `%` → `≥98%`; a 定性 row's words alone).
    pub fn target_text(&self) -> Cow<'_, str> {
        if !self.value.trim().is_empty() || !self.has_split_target() {
            return Cow::Borrowed(&self.value);
        }
        let target = self.target.trim();
        let unit = self.unit.trim();
        let sign = match self.comparison_cell() {
            Some(c) if !self.is_marked_qualitative() => c.sign(),
            _ => "",
        };
        // A unit already written with the number (`40%` under `%`), or a unit cell that is not a
        // unit of a number (`是/否` under a word), is not added again.
        let numeric = target.chars().any(|c| c.is_ascii_digit());
        let unit = if unit == target || target.ends_with(unit) || !numeric {
            ""
        } else {
            unit
        };
        if sign.is_empty() && unit.is_empty() {
            return Cow::Borrowed(target);
        }
        Cow::Owned(format!("{sign}{target}{unit}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(operator: &str, target: &str, unit: &str) -> Indicator {
        Indicator {
            operator: operator.into(),
            target: target.into(),
            unit: unit.into(),
            ..Indicator::new("使用人员满意度", "")
        }
    }

    #[test]
    fn split_cells_read_as_one_target() {
        assert_eq!(split("大于等于", "98", "%").target_text(), "≥98%");
        assert_eq!(split("≧", "735", "人次").target_text(), "≥735人次");
        assert_eq!(split("═", "100", "%").target_text(), "=100%");
        assert_eq!(split("", "有效提升", "").target_text(), "有效提升");
        assert_eq!(split("", "40%", "%").target_text(), "40%");
        assert_eq!(split("", "否", "是/否").target_text(), "否");
    }

    #[test]
    fn a_one_cell_value_is_the_target_as_written() {
        let ind = Indicator::new("验收合格率", "≥ 95%");
        assert_eq!(ind.target_text(), "≥ 95%");
        assert_eq!(ind.direction_of(), Some(Direction::Positive));
    }

    #[test]
    fn direction_words_win_over_the_sign_whichever_heading_holds_them() {
        let mut ind = split("小于等于", "12", "万元");
        ind.nature = "反向".into();
        assert_eq!(ind.direction_of(), Some(Direction::Negative));
        assert_eq!(ind.comparison_cell(), Some(Comparison::AtMost));
        let mut swapped = split("", "8", "");
        swapped.nature = "正向".into();
        swapped.direction = "=".into();
        assert_eq!(swapped.comparison_cell(), Some(Comparison::Equal));
        assert_eq!(swapped.direction_of(), Some(Direction::Positive));
    }

    #[test]
    fn qualitative_rows_drop_the_sign() {
        let mut ind = split("", "长期", "");
        ind.nature = "定性".into();
        assert!(ind.is_marked_qualitative());
        assert_eq!(ind.target_text(), "长期");
    }
}
