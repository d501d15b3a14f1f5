//! Commonly used indicator names per second-level group, and choices for header fields.
//!
//! Domain data for the editor's suggestions: names reviewers see in most departments' tables,
//! offered beside the names already used in the open workbook. Nothing here is checked against;
//! a person may always write something else.

use crate::model::{Level2, Workbook};
use std::collections::{BTreeMap, HashMap};

/// Typical third-level indicator names under a second-level group.
pub fn common_indicators(level2: Level2) -> &'static [&'static str] {
    match level2 {
        Level2::Quantity => &[
            "培训人次",
            "覆盖人数",
            "补助人数",
            "发放人数",
            "资助学生人数",
            "采购设备数量",
            "建设项目个数",
            "开展活动次数",
            "宣传次数",
            "检查次数",
            "服务人次",
            "完成任务数量",
            "新增就业人数",
            "受益户数",
        ],
        Level2::Quality => &[
            "验收合格率",
            "资金拨付率",
            "政策知晓率",
            "任务完成率",
            "覆盖率",
            "达标率",
            "资金使用合规率",
            "设备完好率",
            "培训合格率",
            "补助发放准确率",
        ],
        Level2::Timeliness => &[
            "完成时间",
            "资金拨付及时率",
            "补助发放及时率",
            "项目完成时限",
            "按期完成率",
        ],
        Level2::Cost | Level2::EconomicCost => &[
            "项目总成本",
            "人均补助标准",
            "单位成本",
            "成本控制率",
            "培训经费",
            "设备购置费用",
        ],
        Level2::SocialCost => &["社会成本控制情况", "对社会的负面影响"],
        Level2::EcologicalCost => &["生态环境成本控制情况", "对生态环境的负面影响"],
        Level2::Economic => &["带动增收", "节约成本", "促进就业增收", "带动产业发展"],
        Level2::Social => &[
            "保障群众基本生活",
            "提升公共服务水平",
            "促进社会和谐稳定",
            "政策知晓度",
            "群众获得感",
        ],
        Level2::Ecological => &["改善生态环境", "节能减排效果", "环境污染控制"],
        Level2::Sustainable => &[
            "长效管理机制",
            "政策持续发挥作用年限",
            "持续发挥效益",
            "对社会和谐的持续影响",
        ],
        Level2::Satisfaction => &[
            "服务对象满意度",
            "受益群众满意度",
            "社会公众满意度",
            "参训人员满意度",
        ],
        Level2::Other => &[],
    }
}

/// Choices offered for 项目属性 (free text is still allowed).
pub const PROJECT_KINDS: [&str; 4] = ["常年性项目", "一年期项目", "经常性项目", "延续性项目"];

/// Choices offered for 项目期限 (free text is still allowed).
pub const DURATIONS: [&str; 5] = ["1年", "2年", "3年", "5年", "99年"];

/// The indicator names of a workbook by second-level category, most used first.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    by_category: BTreeMap<Level2, Vec<String>>,
}

impl NameIndex {
    /// Collects every indicator name of `workbook`.
    pub fn build(workbook: &Workbook) -> NameIndex {
        let mut counts: HashMap<(Level2, &str), usize> = HashMap::new();
        for record in &workbook.records {
            for (_, _, group, indicator) in record.indicators() {
                let name = indicator.name.trim();
                if !name.is_empty() {
                    *counts.entry((group.category, name)).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<((Level2, &str), usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut by_category: BTreeMap<Level2, Vec<String>> = BTreeMap::new();
        for ((category, name), _) in ranked {
            by_category
                .entry(category)
                .or_default()
                .push(name.to_owned());
        }
        NameIndex { by_category }
    }

    /// Names for a cell under `category` that contain `typed` (and are not just it): the
    /// workbook's own names first, then the common ones.
    pub fn suggest(&self, category: Level2, typed: &str, limit: usize) -> Vec<String> {
        let typed = typed.trim();
        let own = self.by_category.get(&category).into_iter().flatten();
        let common = common_indicators(category).iter().map(|s| (*s).to_owned());
        let mut out: Vec<String> = Vec::new();
        for name in own.cloned().chain(common) {
            if name != typed && name.contains(typed) && !out.contains(&name) {
                out.push(name);
                if out.len() == limit {
                    break;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::{Indicator, Record};

    #[test]
    fn suggestions_put_the_workbooks_own_names_before_the_common_ones() {
        let mut record = Record::blank(Layout::CountyForm, Some(2026));
        record.groups[0].groups[1]
            .indicators
            .push(Indicator::new("档案验收合格率", "100%"));
        let index = NameIndex::build(&Workbook {
            records: vec![record],
        });
        let names = index.suggest(Level2::Quality, "合格率", 5);
        assert_eq!(names.first().map(String::as_str), Some("档案验收合格率"));
        assert!(names.iter().any(|n| n == "验收合格率"));
        assert!(
            index
                .suggest(Level2::Quality, "验收合格率", 5)
                .iter()
                .all(|n| n != "验收合格率")
        );
    }
}
