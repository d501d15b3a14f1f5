//! Texts of a record that no [`crate::model::Place`] addresses, so findings never point at them,
//! but which a person drafting a table still writes: the title line and the self-evaluation's
//! scoring method.

use crate::model::Record;

/// A text of a record outside the places findings point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordText {
    /// The title line (`部门项目支出预算绩效目标表 1`).
    Title,
    /// 得分计算方法 of a self-evaluation (one merged cell for the whole table).
    ScoringMethod,
}

impl RecordText {
    /// The text as it is now (empty where the record has no such text).
    pub fn get(self, record: &Record) -> &str {
        match self {
            RecordText::Title => &record.title,
            RecordText::ScoringMethod => record
                .evaluation
                .as_ref()
                .map_or("", |e| e.scoring_method.as_str()),
        }
    }

    /// Writes `text`; returns whether the record has such a text.
    pub fn set(self, record: &mut Record, text: &str) -> bool {
        match self {
            RecordText::Title => {
                record.title = text.to_owned();
                true
            }
            RecordText::ScoringMethod => record.evaluation.as_mut().is_some_and(|e| {
                e.scoring_method = text.to_owned();
                true
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;

    #[test]
    fn the_scoring_method_exists_only_on_self_evaluations() {
        let mut target = Record::blank(Layout::CountyForm, Some(2026));
        assert!(!RecordText::ScoringMethod.set(&mut target, "按比例记分"));
        let mut evaluation = Record::blank(Layout::SelfEvaluation, Some(2024));
        assert!(RecordText::ScoringMethod.set(&mut evaluation, "按比例记分"));
        assert_eq!(RecordText::ScoringMethod.get(&evaluation), "按比例记分");
        assert!(RecordText::Title.set(&mut target, "表 1"));
        assert_eq!(RecordText::Title.get(&target), "表 1");
    }
}
