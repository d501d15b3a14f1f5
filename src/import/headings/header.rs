//! The header of a table read by its labels: fields by their synonyms, labelled cells without a
//! field kept as extra cells, a row of labels with their values on the rows below (`预期目标 …
//! 实际完成情况`), and the self-evaluation money table by its row and column headings.

use super::super::notes::Notes;
use super::super::rows::Cell;
use crate::layout::synonyms::{self, normalize};
use crate::model::{Amount, HeaderExtra, HeaderField, MoneyUnit, Record};

/// Where a value goes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Field(HeaderField),
    /// 自评得分: the self-evaluation's total score, written in its header.
    SelfScore,
    Extra(String),
}

/// The money table's column headings, with their column (index into
/// [`crate::model::EvaluationMoney::cells`]).
const MONEY_COLUMNS: &[(&str, usize)] = &[
    ("年初预算数", 0),
    ("年初预算", 0),
    ("全年预算数", 1),
    ("调整预算数", 1),
    ("调整后预算数", 1),
    ("预算数", 1),
    ("全年预算", 1),
    ("全年执行数", 2),
    ("执行数", 2),
    ("预算执行数", 2),
    ("实际执行数", 2),
    ("分值", 3),
    ("执行率", 4),
    ("预算执行率", 4),
    ("得分", 5),
];

/// A money table column.
fn money_column(text: &str) -> Option<usize> {
    let key = normalize(text);
    MONEY_COLUMNS
        .iter()
        .find(|(label, _)| *label == key)
        .map(|(_, m)| *m)
}

/// A money table heading misread in one character (`年初预匏数`), with the heading it is near.
fn near_money_column(text: &str) -> Option<(usize, &'static str)> {
    let key = normalize(text);
    let label = synonyms::near_label(&key, MONEY_COLUMNS.iter().map(|(l, _)| *l))?;
    money_column(label).map(|m| (m, label))
}

/// The labels of the self-evaluation's total score in its header.
fn is_self_score(text: &str) -> bool {
    matches!(
        normalize(text).as_ref(),
        "自评得分" | "自评总分" | "自评分" | "总得分" | "综合得分" | "评价得分"
    )
}

/// A money row named in other words inside the money table (`其中:本年一般公共预算拨款`), by
/// the words that tell the rows apart.
fn money_row_by_words(text: &str) -> Option<usize> {
    let key = normalize(text);
    if key.chars().count() > 20 {
        return None;
    }
    if key.contains("结转") || key.contains("结余") {
        Some(3)
    } else if key.contains("其他") || key.contains("其它") || key.contains("自有") {
        Some(2)
    } else if key.contains("拨款") || key.contains("财政") || key.contains("公共预算") {
        Some(1)
    } else if key.contains("总额") || key.contains("合计") {
        Some(0)
    } else {
        None
    }
}

/// A money table row (index into [`crate::model::Evaluation::rows`]).
fn money_row(text: &str) -> Option<usize> {
    let key = normalize(text);
    let key = key
        .strip_prefix("其中:")
        .or_else(|| key.strip_prefix("其中："))
        .unwrap_or(&key);
    Some(match key {
        "年度资金总额" | "资金总额" => 0,
        "财政拨款" | "当年财政拨款" | "财政资金" => 1,
        "其他资金" | "其它资金" => 2,
        "上年结转资金" | "结转资金" | "上年结转" => 3,
        _ => return None,
    })
}

/// The money unit a label or line names (`项目资金(元)`, `金额单位:万元`), as the local forms'
/// labels are read.
pub(super) fn unit_in(text: &str) -> Option<MoneyUnit> {
    if !text.contains('元') {
        return None;
    }
    super::super::labels::money_unit_in(&super::super::text::squeeze(text))
}

/// Marks that only values have; a list rather than a string to search, for every character.
const VALUE_MARKS: [char; 13] = [
    '，', ',', '。', '；', ';', '%', '％', '≥', '≤', '（', '）', '(', ')',
];

/// Whether a cell reads as a label of the form rather than a value: short words, often with a
/// colon, no digits.
fn label_like(text: &str) -> bool {
    let t = text.trim();
    let chars = t.chars().count();
    let colon = t.ends_with([':', '：']);
    (1..=14).contains(&chars)
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || VALUE_MARKS.contains(&c))
        && (colon || chars >= 2)
        && !t.chars().all(|c| c == '□' || c == '√' || c.is_whitespace())
}

/// Reads header rows, one at a time.
#[derive(Debug, Default)]
pub(super) struct HeaderReader {
    /// Labels of a row of labels, by column, for the rows below.
    below: Vec<(usize, Target)>,
    /// Money table columns, by column, once its heading row was seen.
    money_columns: Vec<(usize, usize)>,
    /// The last text field written, for continuation lines.
    last: Option<Target>,
    /// The unit the header named.
    pub unit: Option<MoneyUnit>,
    /// Whether the amount's label had a column heading for a value (`金额(万元)`), so the
    /// amount is the first number on the rows below.
    amount_below: bool,
    /// The columns of a cost breakdown (成本构成 / 金额 / 测算依据) while its rows are read.
    cost_columns: Option<[usize; 3]>,
    /// Labels of the row above left without a value, with the empty columns after them
    /// (`实施单位 | | 自评得分`): a value written in those columns of the next row is theirs.
    open: Vec<Open>,
}

/// A label left without a value, and the columns its value may stand in on the next row.
#[derive(Debug, Clone)]
struct Open {
    columns: std::ops::Range<usize>,
    target: Target,
    label: String,
}

/// A cost breakdown's column (0 成本构成, 1 金额, 2 测算依据).
fn cost_column(text: &str) -> Option<usize> {
    Some(match normalize(text).as_ref() {
        "成本构成" | "成本项目" | "支出内容" | "成本明细" => 0,
        "金额" | "成本金额" | "预算金额" => 1,
        "测算依据" | "测算依据及说明" | "计算依据" => 2,
        _ => return None,
    })
}

/// The heading line of a cost breakdown block.
fn is_cost_title(text: &str) -> bool {
    matches!(
        normalize(text).as_ref(),
        "项目预算成本构成" | "成本构成" | "预算成本构成" | "项目成本构成"
    )
}

impl HeaderReader {
    /// Reads one header row into `record`.
    pub fn row(&mut self, cells: &[Cell<'_>], line: usize, record: &mut Record, notes: &mut Notes) {
        let open = std::mem::take(&mut self.open);
        for cell in cells {
            if self.unit.is_none() {
                self.unit = unit_in(&cell.text);
            }
        }
        if self.cost_row(cells, line, record, notes) {
            return;
        }
        if let Some(money_cols) = money_heading(cells, line, notes) {
            self.money_columns = money_cols;
            self.below.clear();
            return;
        }
        if !self.money_columns.is_empty()
            && let Some((label_col, row)) = self.money_row_of(cells, line, notes)
        {
            self.money_row(cells, label_col, row, record);
            return;
        }
        if record.evaluation.is_some() && money_pairs(cells, line, record, notes) {
            return;
        }
        let targets: Vec<Option<Target>> = cells.iter().map(|c| label_of(&c.text)).collect();
        // A row of labels names fields in every cell after its first (`年度总体目标 | 预期目标 |
        // 实际完成情况`); a value that happens to be short words is not a label. A number
        // closing the row is the section's points (`年度目标完成情况 | 预期目标 | … | 20`).
        let echoes = echoes(cells, &targets);
        let points = cells
            .split_last()
            .filter(|(last, rest)| {
                // `项目资金 | 年度资金总额 | 6070.00` is one label and its amount, not a section.
                rest.len() >= 3
                    && crate::model::parse_plain_decimal(&last.text).is_some()
                    && rest.last().and_then(|c| synonyms::field_by_label(&c.text))
                        != Some(HeaderField::Amount)
            })
            .map(|(last, _)| last);
        let labelled = cells.len().saturating_sub(usize::from(points.is_some()));
        let all_labels = labelled >= 2
            && !echoes.contains(&true)
            && cells
                .iter()
                .take(labelled)
                .skip(1)
                .all(|c| synonyms::field_by_label(&c.text).is_some());
        if all_labels {
            // A row of labels: their values stand on the rows below, in the same columns.
            self.below = cells
                .iter()
                .zip(targets)
                .take(labelled)
                .filter_map(|(c, t)| t.map(|t| (c.col, t)))
                .skip(1)
                .collect();
            if let (Some(points), Some(first)) = (points, cells.first()) {
                let section = first.text.trim();
                notes.add(
                    line,
                    &points.text,
                    format!(
                        "「{section}」一栏行末的 {} 是该栏的分值，保留为附加栏目",
                        points.text.trim()
                    ),
                );
                extra(record, section, points.text.trim());
            }
            return;
        }
        // Values under a row of labels: a value may be short words like a label, but not a label
        // of a field, and it stands in the labels' columns, not in the first one.
        let under_labels = self.below.first().is_some_and(|(first, _)| {
            !targets
                .iter()
                .any(|t| matches!(t, Some(Target::Field(_) | Target::SelfScore)))
                && cells.first().is_some_and(|c| c.col > 0 && c.col >= *first)
        });
        if under_labels {
            for cell in cells {
                let target = self
                    .below
                    .iter()
                    .rev()
                    .find(|(col, _)| *col <= cell.col)
                    .or_else(|| self.below.first())
                    .map(|(_, t)| t.clone());
                if let Some(target) = target {
                    write(record, &target, &cell.text, notes, line, &mut self.unit);
                }
            }
            return;
        }
        self.below.clear();
        if self.amount_below && record.header.amount.is_blank() {
            let label = cells.first().map(|c| c.text.trim().to_string());
            if let Some(number) = cells
                .iter()
                .map(|c| amount_text(&c.text).0)
                .find(|t| crate::model::parse_plain_decimal(t).is_some())
            {
                self.amount_below = false;
                notes.doubt(
                    line,
                    &number,
                    format!(
                        "金额写在下一行，按「{}」的 {number} 读取，请核对",
                        label.unwrap_or_default()
                    ),
                );
                record.header.amount = Amount::new(number);
            }
        }
        let targets: Vec<Option<Target>> = cells
            .iter()
            .zip(targets)
            .map(|(cell, target)| match target {
                Some(Target::Extra(_)) => {
                    let near = synonyms::field_by_near_label(&cell.text)
                        .map(|(f, l)| (f, l, "疑为错字"))
                        .or_else(|| {
                            synonyms::field_by_label_end(&cell.text)
                                .map(|(f, l)| (f, l, "疑与前面的文字连在一起"))
                        });
                    match near {
                        Some((field, label, why)) => {
                            notes.doubt(
                                line,
                                &cell.text,
                                format!(
                                    "「{}」不是已知的栏目，按相近的「{label}」读取（{why}），请核对",
                                    cell.text.trim()
                                ),
                            );
                            Some(Target::Field(field))
                        }
                        None => target,
                    }
                }
                other => other,
            })
            .collect();
        // Only the row right below may hold the open labels' values.
        self.open = open;
        self.pairs(cells, &targets, &echoes, line, record, notes);
    }

    /// The money row a row of the money table is: by its label, or by the words of a label
    /// worded otherwise when numbers follow it.
    fn money_row_of(
        &self,
        cells: &[Cell<'_>],
        line: usize,
        notes: &mut Notes,
    ) -> Option<(usize, usize)> {
        if let Some(found) = cells
            .iter()
            .take(2)
            .find_map(|c| money_row(&c.text).map(|r| (c.col, r)))
        {
            return Some(found);
        }
        let (at, label) = cells
            .iter()
            .take(2)
            .enumerate()
            .find(|(_, c)| money_row_by_words(&c.text).is_some())?;
        let numbers = cells
            .iter()
            .skip(at.saturating_add(1))
            .any(|c| crate::model::parse_plain_decimal(&c.text).is_some());
        let row = money_row_by_words(&label.text).filter(|_| numbers)?;
        let name = crate::model::MoneyCell::EVALUATION_ROWS
            .get(row)
            .copied()
            .unwrap_or_default();
        notes.add(
            line,
            &label.text,
            format!("资金表的「{}」行按「{name}」行读取", label.text.trim()),
        );
        Some((label.col, row))
    }

    /// Reads a row of a cost breakdown, or its title or heading; returns whether it was one.
    fn cost_row(
        &mut self,
        cells: &[Cell<'_>],
        line: usize,
        record: &mut Record,
        notes: &mut Notes,
    ) -> bool {
        if cells.len() == 1 && cells.first().is_some_and(|c| is_cost_title(&c.text)) {
            return true;
        }
        let found: Vec<(usize, usize)> = cells
            .iter()
            .filter_map(|c| cost_column(&c.text).map(|k| (c.col, k)))
            .collect();
        if found.len() >= 2 && found.len() == cells.len() {
            let mut columns = [usize::MAX; 3];
            for (col, k) in found {
                if let Some(slot) = columns.get_mut(k) {
                    *slot = col;
                }
            }
            self.cost_columns = Some(columns);
            return true;
        }
        let Some(columns) = self.cost_columns else {
            return false;
        };
        let first = cells
            .first()
            .map(|c| normalize(&c.text))
            .unwrap_or_default();
        if matches!(first.as_ref(), "合计" | "小计" | "总计") {
            self.cost_columns = None;
            notes.add(
                line,
                "合计",
                "成本构成的合计行，合计由各项金额算出，不单独保存",
            );
            return true;
        }
        if synonyms::field_by_label(&first).is_some() {
            self.cost_columns = None;
            return false;
        }
        let at = |k: usize| {
            let col = columns.get(k).copied()?;
            cells
                .iter()
                .find(|c| c.col == col)
                .map(|c| c.text.trim().to_string())
        };
        record.cost_lines.push(crate::model::CostLine {
            item: at(0).unwrap_or_default(),
            amount: Amount::new(at(1).unwrap_or_default()),
            basis: at(2).unwrap_or_default(),
        });
        true
    }

    fn money_row(&self, cells: &[Cell<'_>], label_col: usize, row: usize, record: &mut Record) {
        let Some(evaluation) = record.evaluation.as_mut() else {
            return;
        };
        let Some(money) = evaluation.rows_mut().into_iter().nth(row) else {
            return;
        };
        for cell in cells.iter().filter(|c| c.col > label_col) {
            let column = self
                .money_columns
                .iter()
                .find(|(col, _)| *col == cell.col)
                .or_else(|| {
                    self.money_columns
                        .iter()
                        .rev()
                        .find(|(col, _)| *col < cell.col)
                })
                .map(|(_, m)| *m);
            if let Some(slot) = column.and_then(|m| money.cells_mut().into_iter().nth(m))
                && slot.is_blank()
            {
                *slot = Amount::new(cell.text.as_ref());
            }
        }
    }

    /// Label cells followed by their values.
    fn pairs(
        &mut self,
        cells: &[Cell<'_>],
        targets: &[Option<Target>],
        echoes: &[bool],
        line: usize,
        record: &mut Record,
        notes: &mut Notes,
    ) {
        let mut open = std::mem::take(&mut self.open);
        let mut pending: Option<(Target, bool)> = None;
        // The label waiting for its value, with its column and text.
        let mut pending_at: Option<(usize, String)> = None;
        let mut left_open: Vec<Open> = Vec::new();
        for ((cell, target), &echo) in cells.iter().zip(targets).zip(echoes) {
            let waiting = pending.as_ref().is_some_and(|(_, filled)| !filled);
            if !waiting
                && !matches!(target, Some(Target::Field(_) | Target::SelfScore))
                && let Some(at) = open.iter().position(|o| o.columns.contains(&cell.col))
            {
                let o = open.remove(at);
                notes.add(
                    line,
                    &cell.text,
                    format!(
                        "「{}」的值写在下一行，按「{}」读取",
                        o.label,
                        cell.text.trim()
                    ),
                );
                if !fill_empty_extra(record, &o.target, &cell.text) {
                    write(record, &o.target, &cell.text, notes, line, &mut self.unit);
                }
                continue;
            }
            // Empty columns between a label and the next cell are the label's empty value cell:
            // words after them are the next label, not the value (`项目单位 | | | 备注`).
            let after_gap = pending_at
                .as_ref()
                .is_some_and(|(col, _)| cell.col > col.saturating_add(1));
            // A score is a number: words after 自评得分 are the next label, not its value.
            let no_score = matches!(pending, Some((Target::SelfScore, false)))
                && crate::model::parse_plain_decimal(&cell.text).is_none();
            let label = match target {
                _ if echo && pending.as_ref().is_some_and(|(_, filled)| !filled) => None,
                Some(t)
                    if pending.as_ref().is_none_or(|(_, filled)| *filled)
                        || field_of(t)
                        || after_gap
                        || no_score =>
                {
                    Some(t.clone())
                }
                _ => None,
            };
            match label {
                Some(t) => {
                    if let (Some((before, false)), Some((col, text))) =
                        (pending.as_ref(), pending_at.take())
                        && cell.col > col.saturating_add(1)
                    {
                        left_open.push(Open {
                            columns: col.saturating_add(1)..cell.col,
                            target: before.clone(),
                            label: text,
                        });
                    }
                    // A label without a value: keep it, so nothing written is lost.
                    if let Some((Target::Extra(label), false)) = pending.take() {
                        record.header.extra.push(HeaderExtra {
                            label,
                            value: String::new(),
                        });
                    }
                    pending = Some((t, false));
                    pending_at = Some((cell.col, cell.text.trim().to_string()));
                }
                None => match pending.as_mut() {
                    Some((Target::Field(HeaderField::Amount), filled))
                        if !cell.text.chars().any(|c| c.is_ascii_digit()) =>
                    {
                        // `年度资金总额 | 金额(万元)`: a heading for the numbers below.
                        self.amount_below = true;
                        *filled = true;
                    }
                    Some((Target::Extra(label), false)) => {
                        // Each label cell is its own extra cell, even where labels repeat.
                        extra(record, label, cell.text.trim());
                        pending = pending.map(|(t, _)| (t, true));
                    }
                    Some((t, filled)) => {
                        // A second label of a field already filled keeps its own wording
                        // (`预算单位` beside 主管部门), so the text reads back the same.
                        match (&*t, &pending_at) {
                            (Target::Field(field), Some((_, written)))
                                if taken(record, *field, &cell.text) =>
                            {
                                extra(record, written, cell.text.trim());
                            }
                            _ => write(record, t, &cell.text, notes, line, &mut self.unit),
                        }
                        *filled = true;
                        self.last = Some(t.clone());
                    }
                    None => match &self.last {
                        Some(t @ Target::Field(HeaderField::Goal | HeaderField::MediumGoal))
                            if cells.len() == 1 =>
                        {
                            write(record, &t.clone(), &cell.text, notes, line, &mut self.unit);
                        }
                        _ => record.header.extra.push(HeaderExtra {
                            label: String::new(),
                            value: cell.text.to_string(),
                        }),
                    },
                },
            }
        }
        // A label alone on its row with an empty value is a field left empty (how the canonical
        // text writes one): the next row's cells are not its value.
        if let (Some((before, false)), Some((col, text))) = (pending.as_ref(), pending_at)
            && cells.len() > 1
        {
            left_open.push(Open {
                columns: col.saturating_add(1)..usize::MAX,
                target: before.clone(),
                label: text,
            });
        }
        if let Some((Target::Extra(label), false)) = pending {
            record.header.extra.push(HeaderExtra {
                label,
                value: String::new(),
            });
        }
        self.open = left_open;
    }
}

/// The money table's heading row: at least three cells name its columns, read as written, a
/// character misread or, between two known headings, by the order every money table keeps
/// (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分). Every heading read otherwise than
/// as written is a doubt.
fn money_heading(
    cells: &[Cell<'_>],
    line: usize,
    notes: &mut Notes,
) -> Option<Vec<(usize, usize)>> {
    if cells
        .iter()
        .any(|c| crate::model::parse_plain_decimal(&c.text).is_some())
    {
        return None;
    }
    let mut found: Vec<(usize, Option<usize>, Option<&'static str>)> = cells
        .iter()
        .map(|c| match money_column(&c.text) {
            Some(m) => (c.col, Some(m), None),
            None => match near_money_column(&c.text) {
                Some((m, label)) => (c.col, Some(m), Some(label)),
                None => (c.col, None, None),
            },
        })
        .collect();
    if found.iter().filter(|(_, m, _)| m.is_some()).count() < 3 {
        return None;
    }
    let names = crate::model::MoneyCell::EVALUATION_COLUMNS;
    let known: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(i, (_, m, _))| m.map(|m| (i, m)))
        .collect();
    for pair in known.windows(2) {
        let [(a, ma), (b, mb)] = pair else { continue };
        let gap: Vec<usize> = (a.saturating_add(1)..*b).collect();
        let slots: Vec<usize> = (ma.saturating_add(1)..*mb).collect();
        if !gap.is_empty() && gap.len() == slots.len() {
            for (i, m) in gap.into_iter().zip(slots) {
                if let Some(slot) = found.get_mut(i) {
                    slot.1 = Some(m);
                    slot.2 = names.get(m).copied();
                }
            }
        }
    }
    for ((_, m, guessed), cell) in found.iter().zip(cells) {
        if let (Some(_), Some(label)) = (m, guessed) {
            notes.doubt(
                line,
                &cell.text,
                format!(
                    "资金表的列「{}」不是已知的表头，按相近的字和列的次序读作「{label}」，请核对",
                    cell.text.trim()
                ),
            );
        }
    }
    Some(
        found
            .into_iter()
            .filter_map(|(col, m, _)| m.map(|m| (col, m)))
            .collect(),
    )
}

/// The money table written as label and number pairs on one row (`预算数: | 2.38 | 执行数: |
/// 2.38 | 20`): at least two money column labels each followed by a number; a number closing
/// the row after them is the row's points (分值), a doubt.
fn money_pairs(cells: &[Cell<'_>], line: usize, record: &mut Record, notes: &mut Notes) -> bool {
    let number =
        |c: &Cell<'_>| crate::model::parse_plain_decimal(&amount_text(&c.text).0).is_some();
    let mut pairs: Vec<(usize, String)> = Vec::new();
    let mut used = 0usize;
    for (i, pair) in cells.windows(2).enumerate() {
        if let [label, value] = pair
            && let Some(m) = money_column(&label.text)
            && number(value)
        {
            pairs.push((m, amount_text(&value.text).0));
            used = i.saturating_add(2);
        }
    }
    if pairs.len() < 2 {
        return false;
    }
    let row = cells.first().and_then(|c| money_row(&c.text)).unwrap_or(0);
    let points = cells.get(used..).and_then(|rest| match rest {
        [last] if number(last) && !pairs.iter().any(|(m, _)| *m == 3) => Some(last),
        _ => None,
    });
    let Some(money) = record
        .evaluation
        .as_mut()
        .and_then(|e| e.rows_mut().into_iter().nth(row))
    else {
        return false;
    };
    for (m, value) in pairs {
        if let Some(slot) = money.cells_mut().into_iter().nth(m)
            && slot.is_blank()
        {
            *slot = Amount::new(value);
        }
    }
    if let Some(points) = points {
        let text = points.text.trim();
        money.weight = Amount::new(text);
        notes.doubt(
            line,
            text,
            format!("资金行末的 {text} 没有表头，按该栏的分值读取，请核对"),
        );
    }
    true
}

/// Fills the empty extra cell a label without a value left (`主管部门编码 |`); whether it did.
fn fill_empty_extra(record: &mut Record, target: &Target, text: &str) -> bool {
    let Target::Extra(label) = target else {
        return false;
    };
    match record
        .header
        .extra
        .iter_mut()
        .rev()
        .find(|x| x.label == *label && x.value.is_empty())
    {
        Some(empty) => {
            empty.value = text.trim().to_string();
            true
        }
        None => false,
    }
}

/// For each cell, whether it is a label's value that repeats the label word for word
/// (`项目名称 | 项目名称`): such a value reads as a label, but a label is not written twice in a row.
fn echoes(cells: &[Cell<'_>], targets: &[Option<Target>]) -> Vec<bool> {
    let mut echoes = vec![false; cells.len()];
    for (i, pair) in cells.windows(2).enumerate() {
        if let ([before, cell], Some(Some(_)), Some(slot)) =
            (pair, targets.get(i + 1), echoes.get_mut(i + 1))
        {
            *slot = normalize(&before.text) == normalize(&cell.text);
        }
    }
    echoes
}

fn field_of(target: &Target) -> bool {
    matches!(target, Target::Field(_) | Target::SelfScore)
}

/// What a cell labels, if it is a label.
fn label_of(text: &str) -> Option<Target> {
    if is_self_score(text) {
        return Some(Target::SelfScore);
    }
    if let Some(field) = synonyms::field_by_label(text) {
        return Some(Target::Field(field));
    }
    label_like(text).then(|| Target::Extra(text.trim().to_string()))
}

/// Writes `text` where `target` says; a field already filled keeps its first value and the new
/// one is kept as an extra cell under its label.
fn write(
    record: &mut Record,
    target: &Target,
    text: &str,
    notes: &mut Notes,
    line: usize,
    unit_found: &mut Option<MoneyUnit>,
) {
    let text = text.trim();
    match target {
        Target::Field(HeaderField::Amount) => {
            let (number, unit) = amount_text(text);
            if record.header.amount.is_blank() {
                if number != text {
                    notes.add(line, text, format!("金额「{text}」按 {number} 读取"));
                }
                if unit_found.is_none() {
                    *unit_found = unit;
                }
                record.header.amount = Amount::new(number);
            } else {
                extra(record, "金额", text);
            }
        }
        Target::Field(field) => {
            let Some(slot) = text_field(record, *field) else {
                return;
            };
            if slot.is_empty() {
                *slot = text.to_string();
            } else if matches!(
                field,
                HeaderField::Goal | HeaderField::MediumGoal | HeaderField::GoalResult
            ) {
                slot.push('\n');
                slot.push_str(text);
            } else if slot != text {
                extra(record, field.label(), text);
            }
        }
        Target::SelfScore => match record.evaluation.as_mut() {
            Some(e) if e.total_score.is_blank() => e.total_score = Amount::new(text),
            // The score is one number: a second cell after it is a cell of its own.
            _ => extra(record, "", text),
        },
        Target::Extra(label) => {
            if let Some(last) = record.header.extra.last_mut()
                && last.label == *label
            {
                if !last.value.is_empty() {
                    last.value.push('\n');
                }
                last.value.push_str(text);
            } else {
                extra(record, label, text);
            }
        }
    }
}

/// Whether a text field other than a goal already holds another value than `text`.
fn taken(record: &mut Record, field: HeaderField, text: &str) -> bool {
    let goal = matches!(
        field,
        HeaderField::Goal | HeaderField::MediumGoal | HeaderField::GoalResult
    );
    !goal && text_field(record, field).is_some_and(|slot| !slot.is_empty() && slot != text.trim())
}

fn extra(record: &mut Record, label: &str, value: &str) {
    record.header.extra.push(HeaderExtra {
        label: label.to_string(),
        value: value.to_string(),
    });
}

fn text_field(record: &mut Record, field: HeaderField) -> Option<&mut String> {
    let h = &mut record.header;
    Some(match field {
        HeaderField::Name => &mut h.name,
        HeaderField::Code => &mut h.code,
        HeaderField::Department => &mut h.department,
        HeaderField::Implementer => &mut h.implementer,
        HeaderField::ProjectKind => &mut h.project_kind,
        HeaderField::Category => &mut h.category,
        HeaderField::Duration => &mut h.duration,
        HeaderField::Office => &mut h.office,
        HeaderField::FundUse => &mut h.fund_use,
        HeaderField::Goal => &mut h.goal,
        HeaderField::MediumGoal => &mut h.medium_goal,
        HeaderField::GoalResult => &mut h.goal_result,
        HeaderField::Amount | HeaderField::Year => return None,
    })
}

/// An amount cell's number and the unit written with it (`250万` → `250`, 万元;
/// `1,030,700.00` stays as written).
pub(super) fn amount_text(text: &str) -> (String, Option<MoneyUnit>) {
    let t = text.trim();
    // `总额10606.7522万元`: the word before the number repeats the label.
    let t = ["总额", "合计", "总计", "共计"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .map_or(t, |rest| rest.trim_start_matches([':', '：']).trim());
    for (suffix, unit) in [
        ("万元", MoneyUnit::TenThousandYuan),
        ("万", MoneyUnit::TenThousandYuan),
        ("元", MoneyUnit::Yuan),
    ] {
        if let Some(number) = t.strip_suffix(suffix) {
            let number = number.trim();
            if crate::model::parse_plain_decimal(number).is_some() {
                return (number.to_string(), Some(unit));
            }
        }
    }
    (t.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_written_with_their_unit_read_as_the_number() {
        assert_eq!(
            amount_text("250万"),
            ("250".to_string(), Some(MoneyUnit::TenThousandYuan))
        );
        assert_eq!(
            amount_text("1,030,700.00"),
            ("1,030,700.00".to_string(), None)
        );
    }

    fn read_rows(rows: &[&[&str]]) -> Record {
        let mut reader = HeaderReader::default();
        let mut record = Record::default();
        let mut notes = Notes::default();
        for (line, row) in rows.iter().enumerate() {
            let cells: Vec<Cell<'_>> = row
                .iter()
                .enumerate()
                .filter(|(_, text)| !text.is_empty())
                .map(|(col, text)| Cell {
                    col,
                    text: (*text).into(),
                })
                .collect();
            reader.row(&cells, line, &mut record, &mut notes);
        }
        record
    }

    #[test]
    fn a_value_that_repeats_its_label_is_the_labels_value() {
        let record = read_rows(&[&["项目名称", "项目名称"], &["实施单位", "实施单位"]]);
        assert_eq!(record.header.name, "项目名称");
        assert_eq!(record.header.implementer, "实施单位");
    }

    #[test]
    fn a_row_of_different_labels_still_names_the_values_below() {
        let record = read_rows(&[
            &["年度总体目标", "预期目标", "实际完成情况"],
            &["", "建成道路3公里", "已建成道路3公里"],
        ]);
        assert_eq!(record.header.goal, "建成道路3公里");
        assert_eq!(record.header.goal_result, "已建成道路3公里");
    }

    #[test]
    fn units_are_read_from_labels_and_lines() {
        assert_eq!(unit_in("项目资金 (元)"), Some(MoneyUnit::Yuan));
        assert_eq!(unit_in("金额单位:万元"), Some(MoneyUnit::TenThousandYuan));
        assert_eq!(unit_in("项目名称"), None);
    }
}
