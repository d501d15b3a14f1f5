//! The indicator rows of a table read by its headings: group labels filled down from merged
//! cells, every cell in the column its heading names, and what is not an indicator left out
//! with a note (placeholders, `/`, totals, closing texts, signature lines, sub-rows).

use super::super::labels::split_weight;
use super::super::notes::Notes;
use super::super::rows::Cell;
use super::columns::SetColumns;
use crate::layout::synonyms::normalize;
use crate::model::{Amount, Indicator, IndicatorCell, Level1, Level1Group, Level2, Level2Group};

/// The groups of one indicator set as they are read.
#[derive(Debug, Default)]
pub(super) struct TreeReader {
    /// The groups so far.
    pub groups: Vec<Level1Group>,
    level1: Option<usize>,
    level2: Option<usize>,
    /// Whether rows came out of group order (a list in any order) and were grouped.
    pub regrouped: bool,
}

/// Template text left in a form instead of an indicator (`指标2:`, `……`, `(必填硬性指标)`).
pub(super) fn is_placeholder(text: &str) -> bool {
    let t = super::super::text::without_spaces(text);
    if t.is_empty() {
        return false;
    }
    if t.chars()
        .all(|c| matches!(c, '…' | '.' | '。' | '·' | '-' | '—' | '/' | '／'))
    {
        return true;
    }
    let bare = t.trim_end_matches([':', '：']);
    if let Some(rest) = bare.strip_prefix("指标") {
        return rest.chars().count() <= 2;
    }
    t.starts_with("(必填")
        || t.starts_with("（必填")
        || t.starts_with("(选填")
        || t.starts_with("（选填")
}

/// Whether a cell means "not applicable".
pub(super) fn not_applicable(text: &str) -> bool {
    matches!(text.trim(), "/" | "／" | "—" | "--" | "-" | "——" | "无")
}

/// Level-1 categories named in other words by some offices.
fn level1_of(label: &str) -> Level1 {
    if let Some(l1) = Level1::from_label(label) {
        return l1;
    }
    let core = normalize(label);
    let core = core.strip_prefix("项目").unwrap_or(&core);
    if core.starts_with("完成") || core.starts_with("产出") {
        Level1::Output
    } else if core.starts_with("效益") || core.starts_with("效果") {
        Level1::Effect
    } else if core.starts_with("满意度") {
        Level1::Satisfaction
    } else if core.starts_with("成本") {
        Level1::Cost
    } else {
        Level1::Other
    }
}

/// Level-2 categories named in other words (`社会公众或服务对象满意度指标`, `产出数量`).
pub(super) fn level2_of(label: &str) -> Option<Level2> {
    if let Some(l2) = Level2::from_label(label) {
        return Some(l2);
    }
    let core = normalize(label);
    let core = core.trim_end_matches('等');
    let core = core.strip_suffix("指标").unwrap_or(core);
    let core = core.strip_prefix("产出").unwrap_or(core);
    if let Some(l2) = Level2::from_label(core) {
        return Some(l2);
    }
    if core.contains("满意") {
        Some(Level2::Satisfaction)
    } else if core.contains("可持续") {
        Some(Level2::Sustainable)
    } else {
        None
    }
}

/// One indicator row's cells, by what they hold.
pub(super) struct RowCells<'c, 'a> {
    /// The row's non-empty cells.
    pub cells: &'c [Cell<'a>],
    /// 1-based source line.
    pub line: usize,
}

impl RowCells<'_, '_> {
    fn at(&self, col: Option<usize>) -> Option<&str> {
        let col = col?;
        self.cells
            .iter()
            .find(|c| c.col == col)
            .map(|c| c.text.as_ref())
    }
}

impl TreeReader {
    /// Reads one indicator row. Returns whether it was an indicator.
    pub fn row(&mut self, set: &SetColumns, row: &RowCells<'_, '_>, notes: &mut Notes) -> bool {
        let mut l1_text = row.at(set.level1).map(str::to_string);
        let mut l2_text = row.at(set.level2).map(str::to_string);
        // A second-level label in the first-level column (a shifted or merged cell).
        if let Some(text) = &l1_text
            && Level1::from_label(text).is_none()
            && level2_of(text).is_some()
            && l2_text.is_none()
            && !self.groups.is_empty()
        {
            notes.add(row.line, text, "二级指标写在一级指标列，按二级指标读取");
            l2_text = l1_text.take();
        }
        if let Some(label) = l1_text {
            self.open_level1(&label);
        }
        if let Some(label) = l2_text {
            if self.level1.is_none() {
                let category = level2_of(&label)
                    .map_or(Level1::Other, |l2| l2.parent(crate::model::Scheme::Older));
                notes.add(
                    row.line,
                    &label,
                    format!(
                        "二级指标前没有一级指标，归入「{}」",
                        category.canonical_name()
                    ),
                );
                self.open_level1(category.canonical_name());
            }
            self.open_level2(&label);
        }
        let mut indicator = Indicator::default();
        for (col, cell, _) in &set.cells {
            if let Some(text) = row.at(Some(*col)) {
                indicator.set_text(*cell, text);
            }
        }
        let name = indicator.name.trim().to_string();
        let target_empty = indicator.value.trim().is_empty() && indicator.target.trim().is_empty();
        if not_applicable(&name) && (target_empty || not_applicable(&indicator.value)) {
            notes.add(row.line, &name, "「不适用」行，不作为指标");
            return false;
        }
        if is_placeholder(&name) && (target_empty || is_placeholder(&indicator.value)) {
            notes.add(row.line, &name, "模板占位行（未填写的指标），不作为指标");
            return false;
        }
        if name.is_empty() && target_empty {
            let filled = set
                .cells
                .iter()
                .filter_map(|(col, _, _)| row.at(Some(*col)))
                .any(|t| !not_applicable(t));
            if filled {
                notes.add(
                    row.line,
                    &row.cells
                        .iter()
                        .map(|c| c.text.as_ref())
                        .collect::<Vec<_>>()
                        .join(" "),
                    "没有指标名称和指标值的附属行，不作为指标",
                );
            }
            return false;
        }
        let Some(level2) = self.ensure_level2(row.line, notes) else {
            return false;
        };
        level2.indicators.push(indicator);
        true
    }

    fn open_level1(&mut self, label: &str) {
        let (text, weight) = split_weight(label);
        let found = self.groups.iter().position(|g| g.label == text);
        let index = match found {
            Some(i) => {
                if Some(i) != self.level1 && Some(i) != self.groups.len().checked_sub(1) {
                    self.regrouped = true;
                }
                if let (Some(group), Some(weight)) = (self.groups.get_mut(i), weight)
                    && group.weight.is_blank()
                {
                    group.weight = Amount::new(weight);
                }
                i
            }
            None => {
                self.groups.push(Level1Group {
                    category: level1_of(&text),
                    label: text,
                    weight: weight.map(Amount::new).unwrap_or_default(),
                    groups: Vec::new(),
                });
                self.groups.len() - 1
            }
        };
        if self.level1 != Some(index) {
            self.level2 = None;
        }
        self.level1 = Some(index);
    }

    fn open_level2(&mut self, label: &str) {
        let Some(group) = self.level1.and_then(|i| self.groups.get_mut(i)) else {
            return;
        };
        let label = label.trim().to_string();
        let index = match group.groups.iter().position(|g| g.label == label) {
            Some(i) => {
                if Some(i) != self.level2 && i + 1 != group.groups.len() {
                    self.regrouped = true;
                }
                i
            }
            None => {
                group.groups.push(Level2Group {
                    category: level2_of(&label).unwrap_or(Level2::Other),
                    label,
                    indicators: Vec::new(),
                });
                group.groups.len() - 1
            }
        };
        self.level2 = Some(index);
    }

    /// The current second-level group, opening one where the form left the label out.
    fn ensure_level2(&mut self, line: usize, notes: &mut Notes) -> Option<&mut Level2Group> {
        if self.level1.is_none() {
            notes.add(line, "", "指标前没有一级指标，归入「其他指标」");
            self.open_level1(Level1::Other.canonical_name());
        }
        if self.level2.is_none() {
            let group = self.level1.and_then(|i| self.groups.get_mut(i))?;
            // Named as the canonical export writes an unnamed group, so it reads back the same.
            group.groups.push(Level2Group {
                category: Level2::Other,
                label: Level2::Other.canonical_name().to_string(),
                indicators: Vec::new(),
            });
            self.level2 = Some(group.groups.len() - 1);
        }
        let (l1, l2) = (self.level1?, self.level2?);
        self.groups.get_mut(l1)?.groups.get_mut(l2)
    }

    /// Drops the last indicator when it was cut with the table (a name without any value),
    /// returning its name.
    pub fn drop_cut_last(&mut self) -> Option<String> {
        let l1 = self.level1?;
        let l2 = self.level2?;
        let group = self.groups.get_mut(l1)?.groups.get_mut(l2)?;
        let last = group.indicators.last()?;
        let valued = [
            IndicatorCell::Value,
            IndicatorCell::Target,
            IndicatorCell::Actual,
            IndicatorCell::Weight,
            IndicatorCell::Score,
        ]
        .iter()
        .any(|c| !last.text(*c).trim().is_empty());
        if valued {
            return None;
        }
        group.indicators.pop().map(|i| i.name)
    }
}

/// Which column-heading cells a national self-evaluation prints beyond the local one's.
pub(super) fn is_self_evaluation_column(cell: IndicatorCell) -> bool {
    matches!(
        cell,
        IndicatorCell::Actual | IndicatorCell::Score | IndicatorCell::Deviation
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_rows_are_placeholders() {
        for text in ["指标2:", "指标1：", "……", "…", "(必填硬性指标)", "指标L"] {
            assert!(is_placeholder(text), "{text}");
        }
        for text in ["指标值确定", "苗木成活率(≥**%)", "政府采购率"] {
            assert!(!is_placeholder(text), "{text}");
        }
    }

    #[test]
    fn other_offices_group_names_find_their_category() {
        assert_eq!(level1_of("项目完成 指标"), Level1::Output);
        assert_eq!(level1_of("项目效益指标"), Level1::Effect);
        assert_eq!(level1_of("项目决策(10分)"), Level1::Other);
        assert_eq!(
            level2_of("社会公众或服务对象满意度指标"),
            Some(Level2::Satisfaction)
        );
        assert_eq!(
            level2_of("服务对象满意度指标等"),
            Some(Level2::Satisfaction)
        );
        assert_eq!(level2_of("产出数量"), Some(Level2::Quantity));
        assert_eq!(level2_of("可持续性发展影响指标"), Some(Level2::Sustainable));
    }
}
