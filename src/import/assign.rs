//! Putting the content cells of an indicator row into the layout's columns.
//!
//! When a row has exactly as many cells as the layout has columns, they go in order. When cells
//! are missing or extra (extraction dropped or split one, or shifted the row), every
//! order-keeping placement is tried and the one that fits best wins: a value where a value
//! belongs, numbers in 分值/得分, sentences in the description, cells near their column.

use super::text::{is_number, value_like, value_word};

/// An indicator column that holds content (labels excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Field {
    /// 三级指标
    Name,
    /// 绩效指标描述
    Description,
    /// 指标值
    Value,
    /// 指标值确定依据
    Basis,
    /// 分值
    Weight,
    /// 得分计算方法
    Method,
    /// 得分
    Score,
}

impl Field {
    /// Chinese column name, for notes.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "三级指标",
            Field::Description => "绩效指标描述",
            Field::Value => "指标值",
            Field::Basis => "指标值确定依据",
            Field::Weight => "分值",
            Field::Method => "得分计算方法",
            Field::Score => "得分",
        }
    }

    /// What leaving this column empty costs: names and values are rarely missing.
    fn skip_cost(self) -> u32 {
        match self {
            Field::Name | Field::Value => 3,
            Field::Weight => 2,
            Field::Description | Field::Basis | Field::Score => 1,
            Field::Method => 0,
        }
    }

    fn fit(self, text: &str, value_like: bool) -> u32 {
        match self {
            Field::Name | Field::Basis => {
                if value_like {
                    3
                } else if self == Field::Name {
                    // Target wording and long sentences are more often values and descriptions.
                    u32::from(value_word(text) || text.chars().count() > 20)
                } else {
                    0
                }
            }
            Field::Description => {
                if value_like {
                    3
                } else {
                    u32::from(text.chars().count() < 6)
                }
            }
            Field::Value => {
                if value_like || value_word(text) {
                    0
                } else {
                    3
                }
            }
            Field::Weight | Field::Score => {
                if is_number(text) {
                    0
                } else {
                    50
                }
            }
            Field::Method => {
                if is_number(text) {
                    50
                } else if text.chars().count() < 10 {
                    4
                } else {
                    0
                }
            }
        }
    }
}

/// A content cell: its column and text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Content<'t> {
    /// Column in the row.
    pub col: usize,
    /// Text, trimmed.
    pub text: &'t str,
}

/// Where the content cells go: for each field, the first of the cells joined into it and how
/// many there are (cells of a field are always neighbours).
pub(super) type Placement = Vec<(Field, usize, usize)>;

/// At most this many cells more than columns are joined into neighbours; beyond that a row is
/// read in order and the rest is left to the caller.
const MAX_EXTRA: usize = 2;

/// The best placement of `cells` into `fields`, whose expected columns are `columns`.
pub(super) fn place(cells: &[Content<'_>], fields: &[(Field, usize)]) -> Placement {
    let k = cells.len();
    let m = fields.len();
    if k == m {
        return in_order(fields);
    }
    if k < m {
        return best_subset(cells, fields);
    }
    if k - m <= MAX_EXTRA {
        return best_merge(cells, fields);
    }
    in_order(fields)
}

fn in_order(fields: &[(Field, usize)]) -> Placement {
    fields
        .iter()
        .enumerate()
        .map(|(i, (f, _))| (*f, i, 1))
        .collect()
}

/// What putting each cell into each field costs, `costs[cell * fields.len() + field]`: worked
/// out once, since every placement tried asks for the same pairs again.
fn cell_costs(cells: &[Content<'_>], fields: &[(Field, usize)]) -> Vec<u32> {
    let mut costs = Vec::with_capacity(cells.len() * fields.len());
    for cell in cells {
        let looks_like_a_value = value_like(cell.text);
        costs.extend(fields.iter().map(|&(field, col)| {
            let distance = u32::try_from(cell.col.abs_diff(col).min(3)).unwrap_or(3);
            distance * 2 + field.fit(cell.text, looks_like_a_value)
        }));
    }
    costs
}

/// Fewer cells than fields: choose which fields stay empty.
fn best_subset(cells: &[Content<'_>], fields: &[(Field, usize)]) -> Placement {
    let m = fields.len();
    let k = cells.len();
    let costs = cell_costs(cells, fields);
    let mut best: Option<(u32, Vec<usize>)> = None;
    let mut chosen = Vec::with_capacity(k);
    subsets(m, k, 0, &mut chosen, &mut |picked| {
        let mut cost = 0;
        for (ci, &fi) in picked.iter().enumerate() {
            cost += costs.get(ci * m + fi).copied().unwrap_or(0);
        }
        for (fi, (field, _)) in fields.iter().enumerate() {
            if !picked.contains(&fi) {
                cost += field.skip_cost();
            }
        }
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, picked.to_vec()));
        }
    });
    let picked = best.map(|(_, p)| p).unwrap_or_default();
    picked
        .iter()
        .enumerate()
        .filter_map(|(ci, &fi)| fields.get(fi).map(|(f, _)| (*f, ci, 1)))
        .collect()
}

/// Every increasing choice of `k` indices out of `0..m`.
fn subsets(
    m: usize,
    k: usize,
    from: usize,
    chosen: &mut Vec<usize>,
    visit: &mut impl FnMut(&[usize]),
) {
    if chosen.len() == k {
        visit(chosen);
        return;
    }
    for i in from..m {
        if m - i < k - chosen.len() {
            break;
        }
        chosen.push(i);
        subsets(m, k, i + 1, chosen, visit);
        chosen.pop();
    }
}

/// More cells than fields: choose which neighbouring cells were one cell split in two.
fn best_merge(cells: &[Content<'_>], fields: &[(Field, usize)]) -> Placement {
    let k = cells.len();
    let m = fields.len();
    let extra = k - m;
    let costs = cell_costs(cells, fields);
    let mut best: Option<(u32, Vec<usize>)> = None;
    let mut chosen = Vec::with_capacity(extra);
    // A chosen gap g joins cell g + 1 to the cell before it.
    subsets(k - 1, extra, 0, &mut chosen, &mut |gaps| {
        let groups = group_cells(k, gaps);
        let mut cost = u32::try_from(extra).unwrap_or(u32::MAX);
        for (fi, group) in groups.iter().take(m).enumerate() {
            if let Some(&ci) = group.first() {
                cost += costs.get(ci * m + fi).copied().unwrap_or(0);
            }
        }
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, gaps.to_vec()));
        }
    });
    let gaps = best.map(|(_, g)| g).unwrap_or_default();
    group_cells(k, &gaps)
        .into_iter()
        .zip(fields)
        .map(|(group, (field, _))| (*field, group.first().copied().unwrap_or(0), group.len()))
        .collect()
}

fn group_cells(k: usize, gaps: &[usize]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..k {
        let joins_previous = i > 0 && gaps.contains(&(i - 1));
        match groups.last_mut() {
            Some(group) if joins_previous => group.push(i),
            _ => groups.push(vec![i]),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields_of(placement: &Placement) -> Vec<Field> {
        placement.iter().map(|(f, _, _)| *f).collect()
    }

    #[test]
    fn a_lone_sentence_is_a_name_and_a_lone_target_a_value() {
        let columns = [(Field::Name, 2), (Field::Value, 4)];
        let name = [Content {
            col: 3,
            text: "项目验收合格率",
        }];
        assert_eq!(fields_of(&place(&name, &columns)), [Field::Name]);
        let value = [Content {
            col: 3,
            text: "有效保障",
        }];
        assert_eq!(fields_of(&place(&value, &columns)), [Field::Value]);
    }

    #[test]
    fn a_score_in_the_method_column_is_a_score() {
        let columns = [
            (Field::Name, 3),
            (Field::Weight, 4),
            (Field::Value, 5),
            (Field::Method, 6),
            (Field::Score, 7),
        ];
        let row = [
            Content {
                col: 3,
                text: "参保人员经济有保障",
            },
            Content { col: 4, text: "10" },
            Content {
                col: 5,
                text: "有效保障",
            },
            Content { col: 6, text: "10" },
        ];
        assert_eq!(
            fields_of(&place(&row, &columns)),
            [Field::Name, Field::Weight, Field::Value, Field::Score]
        );
    }

    #[test]
    fn a_missing_name_leaves_the_description_in_place() {
        let columns = [
            (Field::Name, 2),
            (Field::Description, 3),
            (Field::Value, 4),
            (Field::Basis, 5),
        ];
        let row = [
            Content {
                col: 3,
                text: "通过认证、养老金发放、待遇调整等工作，保证工作可持续",
            },
            Content {
                col: 4,
                text: "≥1年",
            },
            Content {
                col: 5,
                text: "青政办[2005]51号",
            },
        ];
        assert_eq!(
            fields_of(&place(&row, &columns)),
            [Field::Description, Field::Value, Field::Basis]
        );
    }
}
