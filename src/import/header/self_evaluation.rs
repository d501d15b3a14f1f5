//! The self-evaluation: the money table (年初预算数/全年预算数/全年执行数 × 年度资金总额/财政拨款/
//! 其他资金) and the two goal columns, whose rows are read by the columns of their label rows.

use super::{Fields, Item, amount, assign_common, nearest, push_line};
use crate::import::labels::Key;
use crate::import::notes::Notes;
use crate::model::{Evaluation, EvaluationMoney, Record};

/// Header reader of the self-evaluation.
#[derive(Default)]
pub(super) struct SelfEvaluation {
    /// Columns of 年初预算数, 全年预算数, 全年执行数 (0, 1, 2).
    money_columns: Vec<(u8, usize)>,
    /// Columns of 年初设定目标 (false) and 年度总体目标完成情况 (true).
    goal_columns: Vec<(bool, usize)>,
}

fn money_row(evaluation: &mut Evaluation, key: Key) -> Option<&mut EvaluationMoney> {
    match key {
        Key::AnnualTotal | Key::FundTotal => Some(&mut evaluation.total),
        Key::Fiscal | Key::HebeiFiscal => Some(&mut evaluation.fiscal),
        Key::OtherFunds => Some(&mut evaluation.other),
        _ => None,
    }
}

impl Fields for SelfEvaluation {
    fn assign(&mut self, record: &mut Record, key: Key, value: &str) -> bool {
        match key {
            Key::InitialGoal => push_line(&mut record.header.goal, value),
            Key::GoalResult => push_line(&mut record.header.goal_result, value),
            Key::EvalMoney | Key::GoalBlock => {}
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
        let labels: Vec<(Key, usize)> = items
            .iter()
            .filter_map(|i| match i {
                Item::Label { key, col, .. } => Some((*key, *col)),
                Item::Text { .. } => None,
            })
            .collect();
        let money_heads: Vec<(u8, usize)> = labels
            .iter()
            .filter_map(|(key, col)| match key {
                Key::InitialBudget => Some((0, *col)),
                Key::FullYearBudget => Some((1, *col)),
                Key::Executed => Some((2, *col)),
                _ => None,
            })
            .collect();
        if !money_heads.is_empty() {
            self.money_columns = money_heads;
            return true;
        }
        let goal_heads: Vec<(bool, usize)> = labels
            .iter()
            .filter_map(|(key, col)| match key {
                Key::InitialGoal => Some((false, *col)),
                Key::GoalResult => Some((true, *col)),
                _ => None,
            })
            .collect();
        if goal_heads.len() == 2 && !items.iter().any(|i| matches!(i, Item::Text { .. })) {
            self.goal_columns = goal_heads;
            return true;
        }
        let evaluation = record.evaluation.get_or_insert_with(Evaluation::default);
        if let Some(&(key, _)) = labels.first() {
            if let (1, Some(row)) = (labels.len(), money_row(evaluation, key))
                && !self.money_columns.is_empty()
            {
                let values: Vec<(usize, &str)> = items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text { col, text } => Some((*col, *text)),
                        Item::Label { .. } => None,
                    })
                    .collect();
                let in_order = values.len() == 3;
                for (n, (col, text)) in values.iter().enumerate() {
                    let column = if in_order {
                        u8::try_from(n).ok()
                    } else {
                        nearest(&self.money_columns, *col)
                    };
                    let slot = match column {
                        Some(0) => &mut row.initial_budget,
                        Some(1) => &mut row.full_year_budget,
                        Some(2) => &mut row.executed,
                        _ => {
                            notes.unplaced(line, text, "项目资金表中不在任何一栏之下的数");
                            continue;
                        }
                    };
                    *slot = amount(text);
                }
                return true;
            }
            return false;
        }
        if self.goal_columns.is_empty() {
            return false;
        }
        for item in items {
            if let Item::Text { col, text } = item {
                let result = nearest(&self.goal_columns, *col).or_else(|| {
                    self.goal_columns
                        .iter()
                        .min_by_key(|(_, c)| c.abs_diff(*col))
                        .map(|(r, _)| *r)
                });
                match result {
                    Some(true) => push_line(&mut record.header.goal_result, text),
                    Some(false) => push_line(&mut record.header.goal, text),
                    None => notes.unplaced(line, text, "目标栏中无法识别归属的单元格"),
                }
            }
        }
        true
    }

    fn finish(&mut self, record: &mut Record, _notes: &mut Notes, _first_line: usize) {
        if let Some(evaluation) = &record.evaluation {
            record.header.amount = evaluation.total.full_year_budget.clone();
        }
    }
}
