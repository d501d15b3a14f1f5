//! A first-level group's weight (`产出指标（40分）`) kept in a cell of its own: the label holds
//! the words, [`Level1Group::weight`] the points. The exports write the two together again.

use super::amount::{Amount, parse_plain_decimal};
use super::record::Level1Group;

/// `label` split into its words and the weight written at its end (`产出指标 (40分)` →
/// `产出指标`, `40`); a label without one (`产出指标（新增）`, `成本指标(0-20)分`) is itself.
pub fn split_label_weight(label: &str) -> (&str, Option<&str>) {
    let whole = (label, None);
    let trimmed = label.trim_end();
    let Some(inner_end) = trimmed.strip_suffix([')', '）']) else {
        return whole;
    };
    let Some(open) = inner_end.rfind(['(', '（']) else {
        return whole;
    };
    let (words, bracket) = inner_end.split_at(open);
    let number = bracket
        .trim_start_matches(['(', '（'])
        .trim()
        .strip_suffix('分')
        .map(str::trim);
    match number {
        Some(n) if parse_plain_decimal(n).is_some() => (words.trim_end(), Some(n)),
        _ => whole,
    }
}

/// What happened to a weight written into a group's label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelWeight {
    /// The label held no weight.
    None,
    /// The weight went to the group's weight cell (which was empty or said the same).
    Moved,
    /// The weight cell already held another weight, which was kept; the label's is returned.
    Conflict(String),
}

impl Level1Group {
    /// Writes `text` as the label, moving a weight written at its end into the weight cell: the
    /// person typing `产出指标（50分）` means the group weighs 50.
    pub fn set_label(&mut self, text: &str) {
        let (words, weight) = split_label_weight(text);
        self.label = words.to_string();
        if let Some(weight) = weight {
            self.weight = Amount::new(weight);
        }
    }

    /// Moves a weight written in the label into the empty weight cell; a weight cell already
    /// holding another number keeps it, since the exports and checks have always read it.
    pub fn take_weight_from_label(&mut self) -> LabelWeight {
        let (words, weight) = split_label_weight(&self.label);
        let Some(weight) = weight else {
            return LabelWeight::None;
        };
        let weight = weight.to_string();
        self.label = words.to_string();
        let same =
            self.weight.value().is_some() && self.weight.value() == parse_plain_decimal(&weight);
        if self.weight.is_blank() || same {
            self.weight = Amount::new(weight);
            LabelWeight::Moved
        } else {
            LabelWeight::Conflict(weight)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level1;

    #[test]
    fn a_weight_at_the_end_of_a_label_is_split_off_in_either_width() {
        assert_eq!(
            split_label_weight("产出指标 (40分)"),
            ("产出指标", Some("40"))
        );
        assert_eq!(
            split_label_weight("效益指标（30 分）"),
            ("效益指标", Some("30"))
        );
        assert_eq!(
            split_label_weight("满意度指标(7.5分) "),
            ("满意度指标", Some("7.5"))
        );
        assert_eq!(
            split_label_weight("产出指标（新增）"),
            ("产出指标（新增）", None)
        );
        assert_eq!(
            split_label_weight("成本指标(0-20)分"),
            ("成本指标(0-20)分", None)
        );
        assert_eq!(split_label_weight("产出指标"), ("产出指标", None));
    }

    #[test]
    fn typing_a_weighted_label_moves_the_weight_into_its_cell() {
        let mut group = Level1Group::new(Level1::Output);
        group.weight = Amount::new("40");
        group.set_label("产出指标（50分）");
        assert_eq!(group.label, "产出指标");
        assert_eq!(group.weight.text(), "50");
        group.set_label("产出");
        assert_eq!((group.label.as_str(), group.weight.text()), ("产出", "50"));
    }

    #[test]
    fn a_label_weight_moves_into_an_empty_cell_and_never_over_another_weight() {
        let mut blank = Level1Group::new(Level1::Output);
        blank.label = "产出指标(40分)".into();
        assert_eq!(blank.take_weight_from_label(), LabelWeight::Moved);
        assert_eq!(
            (blank.label.as_str(), blank.weight.text()),
            ("产出指标", "40")
        );
        let mut other = Level1Group::new(Level1::Effect);
        other.label = "效益指标（35分）".into();
        other.weight = Amount::new("30");
        assert_eq!(
            other.take_weight_from_label(),
            LabelWeight::Conflict("35".into())
        );
        assert_eq!(
            (other.label.as_str(), other.weight.text()),
            ("效益指标", "30")
        );
        assert_eq!(other.take_weight_from_label(), LabelWeight::None);
    }
}
