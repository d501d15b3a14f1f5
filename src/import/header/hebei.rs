//! The Hebei disclosure: 预算数 with its 财政资金/其他资金 split, the fund-use line and the
//! spending plan, whose amounts stand either beside their points or on the row below them
//! (and 12月底 on a row of its own, or missing).

use super::{Fields, Item, amount, assign_common, nearest};
use crate::import::labels::Key;
use crate::import::notes::Notes;
use crate::model::{Funding, HebeiFunding, Record, SpendingPlan};

/// Header reader of the Hebei disclosure.
#[derive(Default)]
pub(super) struct Hebei {
    /// Plan points printed without their amounts, waiting for the row below.
    waiting: Vec<(u8, usize)>,
}

impl Hebei {
    fn set_point(record: &mut Record, point: u8, value: &str) {
        let plan = record
            .spending_plan
            .get_or_insert_with(SpendingPlan::default);
        let slot = match point {
            0 => &mut plan.march,
            1 => &mut plan.june,
            2 => &mut plan.october,
            _ => &mut plan.december,
        };
        *slot = amount(value);
    }
}

impl Fields for Hebei {
    fn assign(&mut self, record: &mut Record, key: Key, value: &str) -> bool {
        if !matches!(record.funding, Funding::Hebei(_)) {
            record.funding = Funding::Hebei(HebeiFunding::default());
        }
        match (key, &mut record.funding) {
            (Key::HebeiAmount | Key::CountyAmount, _) => record.header.amount = amount(value),
            (Key::HebeiFiscal | Key::Fiscal, Funding::Hebei(f)) => f.fiscal = amount(value),
            (Key::OtherFunds, Funding::Hebei(f)) => f.other = amount(value),
            (Key::Plan, _) => {}
            (Key::PlanPoint(point), _) => Hebei::set_point(record, point, value),
            _ => return assign_common(record, key, value),
        }
        true
    }

    fn special(
        &mut self,
        record: &mut Record,
        items: &[Item<'_>],
        line: usize,
        notes: &mut Notes,
    ) -> bool {
        let has_point = items.iter().any(|i| {
            matches!(
                i,
                Item::Label {
                    key: Key::PlanPoint(_) | Key::Plan,
                    ..
                }
            )
        });
        if has_point {
            // Plan points sit right of the merged 资金支出计划 label; a row of points that starts
            // in the label's column lost its leading empty cell.
            if let Some(Item::Label {
                key: Key::PlanPoint(point),
                col: 0,
                ..
            }) = items.first()
            {
                let name = SpendingPlan::default()
                    .points()
                    .get(usize::from(*point))
                    .map_or("", |(name, _)| *name);
                notes.add(
                    line,
                    name,
                    format!(
                        "「{name}」行缺少前面的空单元格（整行左移），仍按资金支出计划的时点读入"
                    ),
                );
            }
            self.waiting.clear();
            let mut i = 0;
            while let Some(item) = items.get(i) {
                if let Item::Label {
                    key: Key::PlanPoint(point),
                    col,
                    ..
                } = item
                {
                    match items.get(i + 1) {
                        Some(Item::Text { text, .. }) => {
                            Hebei::set_point(record, *point, text);
                            i += 1;
                        }
                        _ => self.waiting.push((*point, *col)),
                    }
                } else if let Item::Text { text, .. } = item {
                    notes.unplaced(line, text, "资金支出计划行中无法识别的单元格");
                }
                i += 1;
            }
            return true;
        }
        if self.waiting.is_empty() || items.iter().any(|i| matches!(i, Item::Label { .. })) {
            return false;
        }
        let waiting = std::mem::take(&mut self.waiting);
        for item in items {
            if let Item::Text { col, text } = item {
                match nearest(&waiting, *col) {
                    Some(point) => Hebei::set_point(record, point, text),
                    None => notes.unplaced(line, text, "资金支出计划金额不在任何时点之下"),
                }
            }
        }
        true
    }
}
