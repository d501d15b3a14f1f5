//! Reading the indicator rows of a table into the tree 一级 → 二级 → 三级, repairing what PDF
//! extraction did to them.
//!
//! Group labels stand only on the first row of their group (merged cells), so a row without
//! labels continues the groups above. A second-level label decides its first-level group, also
//! when it stands in the first-level column or beside the wrong first-level label. Cells are put
//! into columns by [`super::assign`], column headings repeated at page breaks are skipped, and a
//! row holding only the tail of a long cell is appended to that cell. Every such repair leaves a
//! note.

use super::assign::{Content, Field, Placement, place};
use super::labels::{self, Category, Column};
use super::notes::Notes;
use super::rows::Cell;
use super::segment::{Row, Table};
use super::swap::{pure_target, swap_back};
use super::text::value_like;
use crate::layout::Layout;
use crate::model::{
    Amount, Evaluation, Indicator, IndicatorPath, Level1, Level1Group, Level2, Level2Group, Record,
    Scheme,
};

/// Where a table's indicator columns are.
#[derive(Debug, Clone)]
pub(super) struct Columns {
    level1: usize,
    level2: usize,
    fields: Vec<(Field, usize)>,
    width: usize,
}

impl Columns {
    /// The columns of the official form of `layout`.
    pub fn of(layout: Layout) -> Columns {
        let (level1, fields): (usize, &[(Field, usize)]) = match layout {
            // The forms read by their headings never reach this reader.
            Layout::CountyForm
            | Layout::CodedCountyForm
            | Layout::NationalTarget
            | Layout::IndicatorList
            | Layout::NationalSelfEvaluation
            | Layout::Headings => (0, &[(Field::Name, 2), (Field::Value, 3)]),
            Layout::RegionForm => (0, &[(Field::Name, 2), (Field::Value, 4)]),
            Layout::HebeiDisclosure => (
                0,
                &[
                    (Field::Name, 2),
                    (Field::Description, 3),
                    (Field::Value, 4),
                    (Field::Basis, 5),
                ],
            ),
            Layout::SelfEvaluation => (
                1,
                &[
                    (Field::Name, 3),
                    (Field::Weight, 4),
                    (Field::Value, 5),
                    (Field::Method, 6),
                    (Field::Score, 7),
                ],
            ),
        };
        let width = fields.last().map_or(4, |(_, c)| c + 1);
        Columns {
            level1,
            level2: level1 + 1,
            fields: fields.to_vec(),
            width,
        }
    }

    /// The columns a heading row names; columns it leaves out follow the ones before them.
    fn from_heading(layout: Layout, cells: &[Cell<'_>], width: usize) -> Columns {
        let mut columns = Columns::of(layout);
        // Each cell's heading read once: every column below looks for its own among them.
        let headings: Vec<(Option<Column>, usize)> = cells
            .iter()
            .map(|c| (labels::column_heading(&c.text), c.col))
            .collect();
        let found = |wanted: Column| {
            headings
                .iter()
                .find(|(heading, _)| *heading == Some(wanted))
                .map(|&(_, col)| col)
        };
        columns.level1 = found(Column::Level1).unwrap_or(columns.level1);
        columns.level2 = found(Column::Level2)
            .filter(|&c| c > columns.level1)
            .unwrap_or(columns.level1 + 1);
        let mut previous = columns.level2;
        for (field, col) in &mut columns.fields {
            let heading = Column::Cell(*field);
            *col = found(heading)
                .filter(|&c| c > previous)
                .unwrap_or(previous + 1);
            previous = *col;
        }
        columns.width = width.max(previous + 1);
        columns
    }

    fn col(&self, field: Field) -> Option<usize> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, c)| *c)
    }
}

/// The group labels found at the start of a row.
#[derive(Debug, Default)]
struct RowLabels<'t> {
    level1: Option<(Level1, usize, &'t str)>,
    level2: Option<(Level2, usize, &'t str)>,
    /// A second-level label overruled by another one on the same row.
    stray: Option<&'t str>,
}

impl RowLabels<'_> {
    fn any(&self) -> bool {
        self.level1.is_some() || self.level2.is_some()
    }
}

struct Tree<'r> {
    record: &'r mut Record,
    notes: &'r mut Notes,
    columns: Columns,
    current: Option<(usize, usize)>,
    /// Per first-level group: whether its label was made up rather than read.
    made_up: Vec<bool>,
    last: Option<IndicatorPath>,
    after_break: bool,
    headings: usize,
}

/// Reads `rows` (the indicator part of `table`) into `record.groups`.
pub(super) fn read(table: &Table<'_>, rows: &[Row], record: &mut Record, notes: &mut Notes) {
    record.scheme = scheme_of(table, rows);
    let layout = record.layout;
    let mut tree = Tree {
        record,
        notes,
        columns: Columns::of(layout),
        current: None,
        made_up: Vec::new(),
        last: None,
        after_break: false,
        headings: 0,
    };
    for row in rows {
        tree.row(table, row);
    }
}

/// The newer national scheme shows itself by its cost categories (经济成本指标 …).
fn scheme_of(table: &Table<'_>, rows: &[Row]) -> Scheme {
    let national = rows
        .iter()
        .flat_map(|r| table.cells_of(r).iter().take(3))
        .any(|c| {
            c.text.contains("成本")
                && matches!(
                    labels::category(&c.text),
                    Some(Category::Level2(
                        Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost
                    ))
                )
        });
    if national {
        Scheme::National
    } else {
        Scheme::Older
    }
}

impl Tree<'_> {
    fn row(&mut self, table: &Table<'_>, row: &Row) {
        let cells = table.cells_of(row);
        let line = row.span.line;
        let raw = table.raw(row);
        if cells.is_empty() {
            self.after_break = true;
            return;
        }
        if labels::is_column_heading_row(cells.iter().map(|c| &*c.text)) {
            self.columns = Columns::from_heading(self.record.layout, cells, row.span.width);
            if self.headings > 0 {
                self.notes.add(line, raw, "分页处重复的指标表头，已跳过");
            }
            self.headings += 1;
            self.after_break = true;
            return;
        }
        if self.total_score(cells, line, raw) {
            return;
        }
        if let [only] = cells
            && row.span.width == 1
            && labels::category(&only.text).is_none()
        {
            // A line without any tab inside the tree: a page header, a footnote, a stray line.
            self.notes.unplaced(line, raw, "指标表中间的非表格行");
            return;
        }
        let (labels, start) = self.labels(cells);
        let rest = cells.get(start..).unwrap_or_default();
        // Rows rarely have more than a dozen cells: keep them on the stack.
        let mut stack = [Content { col: 0, text: "" }; 12];
        let heap: Vec<Content<'_>>;
        let contents: &[Content<'_>] = if rest.len() <= stack.len() {
            for (slot, cell) in stack.iter_mut().zip(rest) {
                *slot = Content {
                    col: cell.col,
                    text: &cell.text,
                };
            }
            stack.get(..rest.len()).unwrap_or_default()
        } else {
            heap = rest
                .iter()
                .map(|c| Content {
                    col: c.col,
                    text: &c.text,
                })
                .collect();
            &heap
        };
        if !labels.any() && self.continues_cell_above(contents) {
            self.append_to_last(contents, line, raw);
            return;
        }
        let shifted = self.note_labels(&labels, contents, line, raw);
        let (l1, l2) = self.groups_for(&labels, line, raw);
        let held = self
            .record
            .groups
            .get(l1)
            .and_then(|g| g.groups.get(l2))
            .is_some_and(|g| !g.indicators.is_empty());
        // A row of group labels alone names its group; the group's first such row holds the
        // group as an empty indicator, a repeat of it would be an empty row in the export.
        if contents.is_empty() && held {
            self.notes
                .add(line, raw, "只有分组标签、没有指标内容的行，不作为指标");
            return;
        }
        let indicator = self.indicator(contents, row.span.width, shifted, line, raw);
        let Some(group) = self
            .record
            .groups
            .get_mut(l1)
            .and_then(|g| g.groups.get_mut(l2))
        else {
            return;
        };
        group.indicators.push(indicator);
        self.last = Some(IndicatorPath {
            level1: l1,
            level2: l2,
            row: group.indicators.len() - 1,
        });
        self.current = Some((l1, l2));
        self.after_break = false;
    }

    /// The self-evaluation's 总分 row, wherever extraction put it.
    fn total_score(&mut self, cells: &[Cell<'_>], line: usize, raw: &str) -> bool {
        let Some(pos) = cells
            .iter()
            .take(2)
            .position(|c| labels::is_total_score(&c.text))
        else {
            return false;
        };
        let score = cells.iter().skip(pos + 1).last().map_or("", |c| &*c.text);
        let evaluation = self
            .record
            .evaluation
            .get_or_insert_with(Evaluation::default);
        evaluation.total_score = Amount::new(score);
        if cells.get(pos).is_some_and(|c| c.col != 0) {
            let action = if score.is_empty() {
                "「总分」行右移，总分单元格为空".to_string()
            } else {
                format!("「总分」行右移，已按内容读取总分「{score}」")
            };
            self.notes.add(line, raw, action);
        }
        true
    }

    /// The group labels at the start of the row and where its content begins.
    fn labels<'t>(&self, cells: &'t [Cell<'_>]) -> (RowLabels<'t>, usize) {
        let mut found = RowLabels::default();
        let mut i = 0;
        while let Some(cell) = cells.get(i) {
            let Some(category) = labels::category(&cell.text) else {
                break;
            };
            let text: &str = &cell.text;
            let beyond = cell.col > self.columns.level2;
            if beyond
                && !found.any()
                && (cells.len() - i - 1 < 2 || self.in_their_columns(&cells[i..]))
            {
                break;
            }
            if let Some((_, col, previous)) = found.level2 {
                // Two second-level labels: the one in the first-level column was stray.
                let overrules = col <= self.columns.level1
                    && cell.col <= self.columns.level2 + 1
                    && matches!(category, Category::Level2(_));
                if !overrules {
                    break;
                }
                found.stray = Some(previous);
            }
            match category {
                Category::Level1(l1) => {
                    if found.level1.is_some() || found.level2.is_some() {
                        break;
                    }
                    found.level1 = Some((l1, cell.col, text));
                }
                Category::Level2(l2) => found.level2 = Some((l2, cell.col, text)),
                Category::Either(l1, l2) => {
                    let next_is_level2 = || {
                        cells
                            .get(i + 1)
                            .and_then(|c| labels::category(&c.text))
                            .is_some_and(|c| matches!(c, Category::Level2(_)))
                    };
                    let as_level1 = found.level1.is_none()
                        && found.level2.is_none()
                        && (next_is_level2()
                            || (cell.col <= self.columns.level1
                                && !(l1 == Level1::Cost && self.record.scheme == Scheme::Older)));
                    if as_level1 {
                        found.level1 = Some((l1, cell.col, text));
                    } else if found.level2.is_none() {
                        found.level2 = Some((l2, cell.col, text));
                    } else {
                        break;
                    }
                }
            }
            i += 1;
        }
        (found, i)
    }

    /// Whether `cells` start in the name column and stand each in a content column, as many as
    /// the layout has: an indicator's row whose groups' cells are merged, even when its name
    /// reads like a group label (`服务对象满意度`).
    fn in_their_columns(&self, cells: &[Cell<'_>]) -> bool {
        let fields = &self.columns.fields;
        cells.len() == fields.len()
            && cells
                .iter()
                .zip(fields)
                .all(|(cell, (_, col))| cell.col == *col)
    }

    /// Notes labels out of place; true when the row was noted as shifted.
    fn note_labels(
        &mut self,
        labels: &RowLabels<'_>,
        contents: &[Content<'_>],
        line: usize,
        raw: &str,
    ) -> bool {
        let mut shifted = false;
        if let Some(stray) = labels.stray {
            let kept = labels.level2.map_or("", |(_, _, t)| t);
            self.notes.add(
                line,
                raw,
                format!("一级指标列中的「{stray}」是多余的二级指标，按二级指标列的「{kept}」归组"),
            );
        }
        if let Some((_, col, text)) = labels.level2
            && labels.level1.is_none()
            && col <= self.columns.level1
            && labels.stray.is_none()
        {
            self.notes.add(
                line,
                raw,
                format!("二级指标「{text}」写在一级指标列（整行左移），按二级指标读入"),
            );
            shifted = true;
        }
        if let Some((_, col, text)) = labels.level1
            && col != self.columns.level1
        {
            let way = if col > self.columns.level1 {
                "右移"
            } else {
                "左移"
            };
            // Only the labels moved when every other cell still stands in a column of its own.
            let labels_only = !contents.is_empty()
                && contents
                    .iter()
                    .all(|c| self.columns.fields.iter().any(|(_, f)| *f == c.col));
            let action = if labels_only {
                let name_taken = labels
                    .level2
                    .is_some_and(|(_, c, _)| self.columns.col(Field::Name) == Some(c));
                format!(
                    "一级指标「{text}」{way}到了第 {} 列，按一级指标读入；只有分组标签错位，其余单元格仍在各自的列{}",
                    col + 1,
                    if name_taken {
                        "，三级指标列被二级指标占据，指标名称缺失"
                    } else {
                        ""
                    }
                )
            } else {
                format!(
                    "一级指标「{text}」{way}到了第 {} 列（整行错位），按一级指标读入",
                    col + 1
                )
            };
            self.notes.add(line, raw, action);
            shifted = true;
        }
        shifted
    }

    /// The first- and second-level groups the row belongs to, made when missing.
    fn groups_for(&mut self, labels: &RowLabels<'_>, line: usize, raw: &str) -> (usize, usize) {
        let scheme = self.record.scheme;
        match (labels.level1, labels.level2) {
            (level1, Some((l2, _, l2_text))) => {
                let parent = match (l2.parent(scheme), level1) {
                    (Level1::Other, Some((l1, _, _))) => l1,
                    (Level1::Other, None) => self.current_level1().unwrap_or(Level1::Other),
                    (parent, _) => parent,
                };
                match level1 {
                    Some((l1, _, l1_text)) if l1 != parent => self.notes.add(
                        line,
                        raw,
                        format!(
                            "二级指标「{l2_text}」不属于同一行的一级指标「{l1_text}」，按二级指标归入{}",
                            parent.canonical_name()
                        ),
                    ),
                    None if self.current_level1().is_some_and(|c| c != parent) => {
                        let from = self.current_level1().map_or("", Level1::canonical_name);
                        self.notes.add(
                            line,
                            raw,
                            format!(
                                "二级指标「{l2_text}」不属于上方的{from}，按二级指标归入{}",
                                parent.canonical_name()
                            ),
                        );
                    }
                    _ => {}
                }
                let l1_text = level1.filter(|(l1, _, _)| *l1 == parent).map(|(_, _, t)| t);
                let i1 = self.level1_group(parent, l1_text, line, raw);
                let i2 = self.level2_group(i1, l2, l2_text, line, raw);
                (i1, i2)
            }
            (Some((l1, _, l1_text)), None) => {
                let i1 = self.level1_group(l1, Some(l1_text), line, raw);
                if let Some((c1, c2)) = self.current.filter(|(c1, _)| *c1 == i1) {
                    return (c1, c2);
                }
                let only = match scheme.level2_categories(l1) {
                    [only] => Some(*only),
                    _ => None,
                };
                let (l2, text) = match only {
                    Some(l2) => (l2, l2.canonical_name()),
                    None => (Level2::Other, Level2::Other.canonical_name()),
                };
                self.notes.add(
                    line,
                    raw,
                    match only {
                        Some(_) => {
                            format!("一级指标「{l1_text}」下未写二级指标，归入唯一的「{text}」")
                        }
                        None => {
                            format!("一级指标「{l1_text}」下未写二级指标，暂放入未分类的二级组")
                        }
                    },
                );
                let i2 = self.level2_group(i1, l2, text, line, raw);
                (i1, i2)
            }
            (None, None) => {
                // Empty label cells are how merged cells are written: the row continues the
                // groups above, which is no repair.
                if let Some(current) = self.current {
                    return current;
                }
                self.notes
                    .add(line, raw, "指标行前没有一级、二级指标，暂放入未分类的分组");
                let i1 = self.level1_group(Level1::Other, None, line, raw);
                let i2 =
                    self.level2_group(i1, Level2::Other, Level2::Other.canonical_name(), line, raw);
                (i1, i2)
            }
        }
    }

    fn current_level1(&self) -> Option<Level1> {
        let (i1, _) = self.current?;
        self.record.groups.get(i1).map(|g| g.category)
    }

    fn level1_group(
        &mut self,
        category: Level1,
        text: Option<&str>,
        line: usize,
        raw: &str,
    ) -> usize {
        let (label, weight) = match text {
            Some(t) => {
                let (label, weight) = labels::split_weight(t);
                (Some(label), weight)
            }
            None => (None, None),
        };
        let existing = self.record.groups.iter().position(|g| {
            g.category == category
                && (category != Level1::Other || label.as_deref().is_none_or(|l| l == g.label))
        });
        let index = match existing {
            Some(i) => {
                let current = self.current.map(|(c, _)| c);
                if current.is_some_and(|c| c != i) && current.is_some_and(|c| c > i) {
                    self.notes.add(
                        line,
                        raw,
                        format!("回到前面的「{}」组，已并入该组", category.canonical_name()),
                    );
                }
                if let (Some(label), Some(true)) = (&label, self.made_up.get(i)) {
                    if let Some(group) = self.record.groups.get_mut(i) {
                        group.label.clone_from(label);
                    }
                    if let Some(flag) = self.made_up.get_mut(i) {
                        *flag = false;
                    }
                }
                i
            }
            None => {
                let made_up = label.is_none();
                self.record.groups.push(Level1Group {
                    category,
                    label: label
                        .clone()
                        .unwrap_or_else(|| made_up_label(category).to_string()),
                    weight: Amount::default(),
                    groups: Vec::new(),
                });
                self.made_up.push(made_up);
                self.record.groups.len() - 1
            }
        };
        if let (Some(weight), Some(group)) = (weight, self.record.groups.get_mut(index)) {
            group.weight = Amount::new(weight);
        }
        index
    }

    fn level2_group(
        &mut self,
        i1: usize,
        category: Level2,
        text: &str,
        line: usize,
        raw: &str,
    ) -> usize {
        let current = self.current;
        let Some(group) = self.record.groups.get_mut(i1) else {
            return 0;
        };
        let existing = group
            .groups
            .iter()
            .position(|g| g.category == category && (category != Level2::Other || g.label == text));
        match existing {
            Some(i2) => {
                let revisited = current.is_some_and(|(c1, c2)| c1 == i1 && c2 != i2)
                    && group.groups.len() > i2 + 1;
                if revisited {
                    self.notes.add(
                        line,
                        raw,
                        format!("「{text}」行不在本组连续位置，已并入前面的同名二级指标组"),
                    );
                }
                i2
            }
            None => {
                group.groups.push(Level2Group {
                    category,
                    label: text.to_string(),
                    indicators: Vec::new(),
                });
                group.groups.len() - 1
            }
        }
    }

    /// A row holding only the tail of long cells above it (continued after a page break).
    fn continues_cell_above(&self, contents: &[Content<'_>]) -> bool {
        let Some(name_col) = self.columns.col(Field::Name) else {
            return false;
        };
        let value_col = self.columns.col(Field::Value);
        // A continuation holds one or two tails; a full row shifted right holds all its cells.
        self.last.is_some()
            && !contents.is_empty()
            && contents.len() <= (self.columns.fields.len() / 2).max(1)
            && (self.after_break || self.record.layout.has_description_columns())
            && contents.iter().all(|c| c.col > name_col)
            && !contents
                .iter()
                .any(|c| Some(c.col) == value_col && value_like(c.text))
    }

    fn append_to_last(&mut self, contents: &[Content<'_>], line: usize, raw: &str) {
        let Some(path) = self.last else {
            return;
        };
        for content in contents {
            let nearest = self
                .columns
                .fields
                .iter()
                .enumerate()
                .min_by_key(|(_, (_, c))| c.abs_diff(content.col))
                .map(|(i, _)| i);
            let moved_from_value = nearest.and_then(|i| self.beside_complete_value(path, i));
            let field = moved_from_value
                .or(nearest)
                .and_then(|i| self.columns.fields.get(i))
                .map(|(f, _)| *f);
            let appended = match field {
                Some(Field::Method) => {
                    let evaluation = self
                        .record
                        .evaluation
                        .get_or_insert_with(Evaluation::default);
                    evaluation.scoring_method.push_str(content.text);
                    true
                }
                Some(f) => match self.record.indicator_mut(path) {
                    Some(indicator) => match text_field(indicator, f) {
                        Some(slot) => {
                            slot.push_str(content.text);
                            true
                        }
                        None => false,
                    },
                    None => false,
                },
                None => false,
            };
            if appended && moved_from_value.is_some() {
                let column = field.map_or("", Field::label);
                let value = self.record.indicator(path).map_or("", |i| i.value.as_str());
                self.notes.add(
                    line,
                    raw,
                    format!(
                        "续行「{}」落在「指标值」列，但上一指标的指标值「{value}」已完整（续行前面少了空单元格），已接在「{column}」后",
                        content.text
                    ),
                );
            } else if appended {
                let column = field.map_or("", Field::label);
                self.notes.add(
                    line,
                    raw,
                    format!(
                        "「{}」是上一指标「{column}」单元格跨页的续行，已接在其后",
                        content.text
                    ),
                );
            } else {
                self.notes
                    .unplaced(line, content.text, "续行内容找不到所属单元格");
            }
        }
    }

    /// When the field at `index` is the value and the value above is already a whole target
    /// (`≥2.6%`), the text column beside it that the tail more likely continues: one that ends
    /// mid-sentence, the right one first, since a lost leading cell moves a tail to the left.
    fn beside_complete_value(&self, path: IndicatorPath, index: usize) -> Option<usize> {
        let fields = &self.columns.fields;
        if fields.get(index).map(|(f, _)| *f) != Some(Field::Value) {
            return None;
        }
        let indicator = self.record.indicator(path)?;
        if !(value_like(&indicator.value) || pure_target(&indicator.value)) {
            return None;
        }
        let text_of = |i: usize| {
            let field = fields.get(i)?.0;
            let text = match field {
                Field::Name => &indicator.name,
                Field::Description => &indicator.description,
                Field::Basis => &indicator.basis,
                _ => return None,
            };
            (!text.is_empty()).then_some(text.as_str())
        };
        let beside = [Some(index + 1), index.checked_sub(1)];
        let candidates: Vec<(usize, &str)> = beside
            .into_iter()
            .flatten()
            .filter_map(|i| text_of(i).map(|t| (i, t)))
            .collect();
        candidates
            .iter()
            .find(|(_, text)| !ends_a_sentence(text))
            .or(candidates.first())
            .map(|(i, _)| *i)
    }

    /// The fields a row's cells go to one by one when it needs no search: one cell per column,
    /// or every cell in the column of a field of its own with only the 得分计算方法 left out. The
    /// method is one cell merged down the rows, so a row below its first holds every other cell
    /// where it belongs, whatever the cells say. A cell lost or added shifts those after it off
    /// their columns, so a shifted row is never taken this way.
    fn direct_fields(&self, contents: &[Content<'_>]) -> Option<impl Iterator<Item = Field>> {
        let all = contents.len() == self.columns.fields.len();
        let but_method = || {
            self.columns
                .fields
                .iter()
                .map(|&(field, _)| field)
                .filter(|&field| field != Field::Method)
        };
        let in_place = || {
            let others = but_method().count();
            others < self.columns.fields.len()
                && contents.len() == others
                && contents
                    .iter()
                    .zip(but_method())
                    .all(|(content, field)| self.columns.col(field) == Some(content.col))
        };
        (all || in_place()).then(|| {
            self.columns
                .fields
                .iter()
                .map(|&(field, _)| field)
                .filter(move |&field| all || field != Field::Method)
        })
    }

    /// The indicator a row's content cells make, noting cells found out of place.
    fn indicator(
        &mut self,
        contents: &[Content<'_>],
        width: usize,
        shifted: bool,
        line: usize,
        raw: &str,
    ) -> Indicator {
        let mut indicator = Indicator::default();
        if contents.is_empty() {
            return indicator;
        }
        let mut placed = [(Field::Name, 0, 0); 8];
        let count = if let Some(fields) = self.direct_fields(contents) {
            let mut count = 0;
            for (i, (slot, field)) in placed.iter_mut().zip(fields).enumerate() {
                *slot = (field, i, 1);
                count = i + 1;
            }
            count
        } else {
            let placement: Placement = place(contents, &self.columns.fields);
            for (slot, entry) in placed.iter_mut().zip(&placement) {
                *slot = *entry;
            }
            placement.len().min(placed.len())
        };
        let placed = placed.get(..count).unwrap_or_default();
        let mut used = 0;
        let mut moved = Vec::new();
        let mut left_of_its_column = false;
        for &(field, first, count) in placed {
            let cells = contents.get(first..first + count).unwrap_or_default();
            used += cells.len();
            let text: String = match cells {
                [one] => one.text.to_string(),
                _ => cells.iter().map(|c| c.text).collect(),
            };
            if count > 1 {
                self.notes.add(
                    line,
                    raw,
                    format!("多出的单元格并入「{}」：{text}", field.label()),
                );
            }
            let expected = self.columns.col(field);
            if let Some(cell) = cells.first()
                && expected.is_some_and(|c| c != cell.col)
            {
                moved.push(format!("「{}」→{}", cell.text, field.label()));
                left_of_its_column |=
                    field == Field::Name && expected.is_some_and(|c| cell.col < c);
            }
            match field {
                Field::Method => {
                    let evaluation = self
                        .record
                        .evaluation
                        .get_or_insert_with(Evaluation::default);
                    if !evaluation.scoring_method.is_empty() {
                        self.notes.add(
                            line,
                            raw,
                            format!(
                                "「{text}」接续上方的得分计算方法（合并单元格的文字断在两行），已接在其后"
                            ),
                        );
                    }
                    evaluation.scoring_method.push_str(&text);
                }
                Field::Weight => indicator.weight = Amount::new(text),
                Field::Score => indicator.score = Amount::new(text),
                other => {
                    if let Some(slot) = text_field(&mut indicator, other) {
                        *slot = text;
                    }
                }
            }
        }
        // A column left empty before a filled one: a cell was lost and those after it moved.
        let lost = self
            .columns
            .fields
            .iter()
            .take_while(|(f, _)| placed.last().is_some_and(|(last, _, _)| f != last))
            .find(|(f, _)| !placed.iter().any(|(p, _, _)| p == f))
            .map(|(f, _)| *f);
        let noted = width == self.columns.width || left_of_its_column || lost.is_some();
        if !moved.is_empty() && !shifted && noted {
            let missing;
            let what = if left_of_its_column {
                "整行左移（缺少前面的空单元格）"
            } else if let Some(field) = lost {
                missing = format!("缺少「{}」单元格，其后的单元格左移", field.label());
                &missing
            } else {
                "单元格不在应在的列"
            };
            self.notes.add(
                line,
                raw,
                format!("{what}，已按内容归位：{}", moved.join("，")),
            );
        }
        for done in swap_back(&mut indicator) {
            self.notes.add(line, raw, done);
        }
        // Placements are in order, so only cells past the last placed one can be left over.
        for content in contents.iter().skip(used) {
            self.notes
                .unplaced(line, content.text, "指标行中多余的单元格");
        }
        indicator
    }
}

/// Whether text ends where a sentence ends, so nothing continues it.
fn ends_a_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['。', '；', ';', '！', '!', '？', '?'])
}

fn text_field(indicator: &mut Indicator, field: Field) -> Option<&mut String> {
    match field {
        Field::Name => Some(&mut indicator.name),
        Field::Description => Some(&mut indicator.description),
        Field::Value => Some(&mut indicator.value),
        Field::Basis => Some(&mut indicator.basis),
        Field::Weight | Field::Score | Field::Method => None,
    }
}

/// The label of a first-level group the document did not write: its canonical name
/// (`其他指标` for rows the importer could not group, as the canonical export writes it).
fn made_up_label(category: Level1) -> &'static str {
    category.canonical_name()
}

#[cfg(test)]
mod tests {
    use crate::layout::Layout;
    use crate::model::{Amount, Evaluation, Indicator, Record};

    fn indicator(name: &str, weight: &str, value: &str, score: &str) -> Indicator {
        Indicator {
            name: name.into(),
            weight: Amount::new(weight),
            value: value.into(),
            score: Amount::new(score),
            ..Indicator::default()
        }
    }

    #[test]
    fn cells_below_the_merged_scoring_method_stay_in_their_columns_whatever_they_say() {
        let mut record = Record::blank(Layout::SelfEvaluation, Some(2022));
        record.header.name = "营养改善".into();
        record.evaluation = Some(Evaluation {
            scoring_method: "按完成比例计分".into(),
            ..Evaluation::default()
        });
        let rows = vec![
            indicator("受资助人数", "10", "735人", "10"),
            // Words in 分值 and 得分, as a damaged copy leaves them: still those columns' text.
            indicator("减轻负担", "有效", "有效", "10"),
            indicator("家长评价", "学生满意度", "≧", "%"),
        ];
        record.groups[0].groups[0].indicators = rows.clone();
        let text = crate::export::record_text(&record);
        let again = crate::import::import_text(&text);
        let read = &again.records[0];
        assert_eq!(read.layout, Layout::SelfEvaluation, "{text}");
        assert_eq!(read.groups[0].groups[0].indicators, rows, "{text}");
        assert_eq!(
            read.evaluation.as_ref().map(|e| e.scoring_method.as_str()),
            Some("按完成比例计分")
        );
    }
}
