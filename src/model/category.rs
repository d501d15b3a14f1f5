//! Indicator categories (一级指标, 二级指标) as the model knows them.
//!
//! The label a person wrote (`1-产出指标`, `社会效益`, `11-数量指标`) is kept beside the category on
//! each group; these enums are what checks, exports and `inspect --json` reason about.

use crate::layout::Layout;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Which national scheme of categories a record follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Scheme {
    /// The older scheme seen in all samples: 成本 is a second-level group under 产出指标.
    #[default]
    Older,
    /// The newer national scheme: 成本指标 is a first-level group with 经济成本/社会成本/生态环境成本.
    National,
}

impl Scheme {
    /// Every scheme, for choices in the editor.
    pub const ALL: [Scheme; 2] = [Scheme::Older, Scheme::National];

    /// The scheme a new table of `layout` starts in: the local forms jixiao started from print
    /// 成本 under 产出, every other form follows the current national guidance (财预〔2021〕101号),
    /// as the checks read a non-local table with a first-level 成本指标.
    pub fn for_new_table(layout: Layout) -> Scheme {
        if layout.is_local() {
            Scheme::Older
        } else {
            Scheme::National
        }
    }

    /// Chinese name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Scheme::Older => "旧口径（成本在产出下）",
            Scheme::National => "新口径（成本为一级指标）",
        }
    }

    /// English name, for the editor's English mode.
    pub fn english_label(self) -> &'static str {
        match self {
            Scheme::Older => "Older scheme (cost under output)",
            Scheme::National => "National scheme (cost at first level)",
        }
    }

    /// The first-level groups a table of this scheme must have, in form order.
    pub fn level1_categories(self) -> &'static [Level1] {
        match self {
            Scheme::Older => &[Level1::Output, Level1::Effect, Level1::Satisfaction],
            Scheme::National => &[
                Level1::Output,
                Level1::Cost,
                Level1::Effect,
                Level1::Satisfaction,
            ],
        }
    }

    /// The second-level groups that belong under `level1` in this scheme, in form order.
    pub fn level2_categories(self, level1: Level1) -> &'static [Level2] {
        match (self, level1) {
            (Scheme::Older, Level1::Output) => &[
                Level2::Quantity,
                Level2::Quality,
                Level2::Timeliness,
                Level2::Cost,
            ],
            (Scheme::National, Level1::Output) => {
                &[Level2::Quantity, Level2::Quality, Level2::Timeliness]
            }
            (_, Level1::Effect) => &[
                Level2::Economic,
                Level2::Social,
                Level2::Ecological,
                Level2::Sustainable,
            ],
            (_, Level1::Satisfaction) => &[Level2::Satisfaction],
            (Scheme::National, Level1::Cost) => &[
                Level2::EconomicCost,
                Level2::SocialCost,
                Level2::EcologicalCost,
            ],
            (Scheme::Older, Level1::Cost) => &[],
            (_, Level1::Other) => &[],
        }
    }
}

/// A first-level indicator group (一级指标).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level1 {
    /// 产出指标
    Output,
    /// 效益指标
    Effect,
    /// 满意度指标
    Satisfaction,
    /// 成本指标 (first level only in the newer national scheme)
    Cost,
    /// A label the model does not know; the text is kept on the group.
    Other,
}

impl Level1 {
    /// Every known category, in form order.
    pub const ALL: [Level1; 4] = [
        Level1::Output,
        Level1::Cost,
        Level1::Effect,
        Level1::Satisfaction,
    ];

    /// The canonical name, as the official form writes it.
    pub fn canonical_name(self) -> &'static str {
        match self {
            Level1::Output => "产出指标",
            Level1::Effect => "效益指标",
            Level1::Satisfaction => "满意度指标",
            Level1::Cost => "成本指标",
            Level1::Other => "其他指标",
        }
    }

    /// English name, for the editor's English mode.
    pub fn english_name(self) -> &'static str {
        match self {
            Level1::Output => "Output",
            Level1::Effect => "Effect",
            Level1::Satisfaction => "Satisfaction",
            Level1::Cost => "Cost",
            Level1::Other => "Other",
        }
    }

    /// The category a label names, ignoring codes (`1-`), spaces and the 指标 suffix.
    pub fn from_label(label: &str) -> Option<Level1> {
        Level1::from_core(&label_core(label))
    }

    /// The category a label's [`label_core`] names.
    pub fn from_core(core: &str) -> Option<Level1> {
        match core {
            "产出" => Some(Level1::Output),
            "效益" => Some(Level1::Effect),
            "满意度" => Some(Level1::Satisfaction),
            "成本" => Some(Level1::Cost),
            _ => None,
        }
    }
}

/// A second-level indicator group (二级指标).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level2 {
    /// 数量指标
    Quantity,
    /// 质量指标
    Quality,
    /// 时效指标
    Timeliness,
    /// 成本指标 (under 产出 in the older scheme)
    Cost,
    /// 经济效益指标
    Economic,
    /// 社会效益指标
    Social,
    /// 生态效益指标
    Ecological,
    /// 可持续影响指标
    Sustainable,
    /// 服务对象满意度指标
    Satisfaction,
    /// 经济成本指标 (newer scheme)
    EconomicCost,
    /// 社会成本指标 (newer scheme)
    SocialCost,
    /// 生态环境成本指标 (newer scheme)
    EcologicalCost,
    /// A label the model does not know; the text is kept on the group.
    Other,
}

impl Level2 {
    /// Every known category.
    pub const ALL: [Level2; 12] = [
        Level2::Quantity,
        Level2::Quality,
        Level2::Timeliness,
        Level2::Cost,
        Level2::Economic,
        Level2::Social,
        Level2::Ecological,
        Level2::Sustainable,
        Level2::Satisfaction,
        Level2::EconomicCost,
        Level2::SocialCost,
        Level2::EcologicalCost,
    ];

    /// The canonical name, as the official form writes it.
    pub fn canonical_name(self) -> &'static str {
        match self {
            Level2::Quantity => "数量指标",
            Level2::Quality => "质量指标",
            Level2::Timeliness => "时效指标",
            Level2::Cost => "成本指标",
            Level2::Economic => "经济效益指标",
            Level2::Social => "社会效益指标",
            Level2::Ecological => "生态效益指标",
            Level2::Sustainable => "可持续影响指标",
            Level2::Satisfaction => "服务对象满意度指标",
            Level2::EconomicCost => "经济成本指标",
            Level2::SocialCost => "社会成本指标",
            Level2::EcologicalCost => "生态环境成本指标",
            Level2::Other => "其他指标",
        }
    }

    /// English name, for the editor's English mode.
    pub fn english_name(self) -> &'static str {
        match self {
            Level2::Quantity => "Quantity",
            Level2::Quality => "Quality",
            Level2::Timeliness => "Timeliness",
            Level2::Cost => "Cost",
            Level2::Economic => "Economic effect",
            Level2::Social => "Social effect",
            Level2::Ecological => "Ecological effect",
            Level2::Sustainable => "Sustainable impact",
            Level2::Satisfaction => "Beneficiary satisfaction",
            Level2::EconomicCost => "Economic cost",
            Level2::SocialCost => "Social cost",
            Level2::EcologicalCost => "Ecological cost",
            Level2::Other => "Other",
        }
    }

    /// The category a label names, ignoring codes (`11-`), spaces and the 指标 suffix.
    pub fn from_label(label: &str) -> Option<Level2> {
        Level2::from_core(&label_core(label))
    }

    /// The category a label's [`label_core`] names.
    pub fn from_core(core: &str) -> Option<Level2> {
        let found = match core {
            "数量" => Level2::Quantity,
            "质量" => Level2::Quality,
            "时效" => Level2::Timeliness,
            "成本" => Level2::Cost,
            "经济效益" => Level2::Economic,
            "社会效益" => Level2::Social,
            "生态效益" => Level2::Ecological,
            "可持续影响" => Level2::Sustainable,
            "服务对象满意度" | "满意度" => Level2::Satisfaction,
            "经济成本" => Level2::EconomicCost,
            "社会成本" => Level2::SocialCost,
            "生态环境成本" | "生态成本" => Level2::EcologicalCost,
            _ => return None,
        };
        Some(found)
    }

    /// The first-level group this category belongs under in `scheme`.
    pub fn parent(self, scheme: Scheme) -> Level1 {
        match self {
            Level2::Quantity | Level2::Quality | Level2::Timeliness => Level1::Output,
            Level2::Cost => match scheme {
                Scheme::Older => Level1::Output,
                Scheme::National => Level1::Cost,
            },
            Level2::Economic | Level2::Social | Level2::Ecological | Level2::Sustainable => {
                Level1::Effect
            }
            Level2::Satisfaction => Level1::Satisfaction,
            Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost => Level1::Cost,
            Level2::Other => Level1::Other,
        }
    }
}

/// The meaningful core of a category label: without a leading code (`11-`, `1-`), without
/// white space, without a trailing weight (`(40分)`) and without the suffix 指标.
pub fn label_core(label: &str) -> Cow<'_, str> {
    // Labels are read for every row of every table; most have no white space, and their core is
    // a slice of them.
    let core_of = |text: &str| -> (usize, usize) {
        let cut = text.find(['(', '（']).unwrap_or(text.len());
        let text = text.get(..cut).unwrap_or(text);
        let without_code =
            text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '－');
        let core = without_code.strip_suffix("指标").unwrap_or(without_code);
        let start = text.len().saturating_sub(without_code.len());
        (start, start.saturating_add(core.len()))
    };
    if !label.chars().any(char::is_whitespace) {
        let (start, end) = core_of(label);
        return Cow::Borrowed(label.get(start..end).unwrap_or_default());
    }
    let mut text: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    let (start, end) = core_of(&text);
    text.truncate(end);
    text.drain(..start);
    Cow::Owned(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spaced_label_has_the_core_of_the_same_label_unspaced() {
        for (spaced, plain) in [
            ("11 - 数量 指标 (10分)", "11-数量指标(10分)"),
            ("1-产出 指标", "1-产出指标"),
            (" 满意度（20分）", "满意度（20分）"),
        ] {
            assert_eq!(label_core(spaced), label_core(plain));
            assert!(!label_core(plain).is_empty());
        }
    }

    #[test]
    fn coded_and_suffixed_labels_name_the_same_category() {
        assert_eq!(Level1::from_label("1-产出指标"), Some(Level1::Output));
        assert_eq!(
            Level1::from_label("满意度 指标 (20分)"),
            Some(Level1::Satisfaction)
        );
        assert_eq!(Level2::from_label("11-数量指标"), Some(Level2::Quantity));
        assert_eq!(Level2::from_label("社会效益"), Some(Level2::Social));
        assert_eq!(Level2::from_label("社会效益指标"), Some(Level2::Social));
        assert_eq!(
            Level2::from_label("31-服务对象满意度"),
            Some(Level2::Satisfaction)
        );
        assert_eq!(Level2::from_label("指标 1：招聘次数"), None);
    }

    #[test]
    fn cost_moves_to_first_level_under_the_national_scheme() {
        assert_eq!(Level2::Cost.parent(Scheme::Older), Level1::Output);
        assert_eq!(Level2::Cost.parent(Scheme::National), Level1::Cost);
        assert!(Scheme::National.level1_categories().contains(&Level1::Cost));
        assert!(!Scheme::Older.level1_categories().contains(&Level1::Cost));
    }

    #[test]
    fn a_new_national_table_takes_the_newer_scheme_and_a_local_form_its_own() {
        assert_eq!(
            Scheme::for_new_table(Layout::NationalTarget),
            Scheme::National
        );
        assert_eq!(Scheme::for_new_table(Layout::Headings), Scheme::National);
        assert_eq!(Scheme::for_new_table(Layout::CountyForm), Scheme::Older);
    }
}
