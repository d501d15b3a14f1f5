//! Finding the tables in a document, in one pass over its rows.
//!
//! A document mixes target tables with prose, tables of contents and other tables (budget
//! summaries, procurement lists). A target table is anchored on its `项目名称` (or Hebei
//! `项目编码`) row; the title, year and unit lines just above it belong to it. It runs until the
//! next table's title or anchor, or until prose that no indicator row follows. Rows outside
//! tables are passed over; rows of a table are buffered in one reused arena and handed to the
//! table reader when the table ends.

use super::labels;
use super::rows::{Cell, RowReader, RowSpan};
use super::text::{budget_year, holds_any, leading_year, loose_eq, squeeze_short, year_line};
use crate::layout::synonyms;
use crate::model::{HeaderField, MoneyUnit};

/// A line of the document with its text, for titles and the like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Line {
    /// 1-based source line.
    pub line: usize,
    /// The text as written, trimmed.
    pub text: String,
}

/// Where a table's year comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum YearSource {
    /// A year line of the table (`(2026 年)`) or its title (`2026年自治区本级…`).
    Table(usize),
    /// A line of the document before the table (`预算年度：2025`, `2024年平罗县…绩效目标表`).
    Document(Line),
}

/// One row of a buffered table: its place in the source and its cells in the arena.
#[derive(Debug, Clone, Copy)]
pub(super) struct Row {
    /// Where the row is.
    pub span: RowSpan,
    /// First cell in [`Table::cells`].
    pub first: usize,
    /// One past the last cell.
    pub end: usize,
    /// Whether the row is an indicator heading row, when the segmenter already asked.
    heading: Option<bool>,
}

/// A table found in the document, with what stood above it.
#[derive(Debug, Default, Clone)]
pub(super) struct Table<'a> {
    /// The source text, for raw rows in notes.
    pub source: &'a str,
    /// The title line, if one stood above the anchor.
    pub title: Option<Line>,
    /// The first half of a title broken over two lines.
    pub title_head: Option<Line>,
    /// The budget year and where it was read.
    pub year: Option<(i32, YearSource)>,
    /// The unit line above the table.
    pub unit: Option<MoneyUnit>,
    /// The rows from the anchor on.
    pub rows: Vec<Row>,
    /// The non-empty cells of all rows.
    pub cells: Vec<Cell<'a>>,
    /// Index of the first row of the indicator part.
    pub indicators_from: Option<usize>,
}

impl<'a> Table<'a> {
    /// The non-empty cells of `row`.
    pub fn cells_of(&self, row: &Row) -> &[Cell<'a>] {
        self.cells.get(row.first..row.end).unwrap_or_default()
    }

    /// Whether `row` is an indicator heading row ([`super::headings::is_heading_row`]): asked
    /// of most header rows while the table is found, and not asked again.
    pub fn is_heading_row(&self, row: &Row) -> bool {
        row.heading
            .unwrap_or_else(|| super::headings::is_heading_row(self.cells_of(row)))
    }

    /// The row as written in the source.
    pub fn raw(&self, row: &Row) -> &'a str {
        self.source
            .get(row.span.raw_start..row.span.raw_end)
            .unwrap_or_default()
    }

    fn clear(&mut self) {
        self.title = None;
        self.title_head = None;
        self.year = None;
        self.unit = None;
        self.rows.clear();
        self.cells.clear();
        self.indicators_from = None;
    }

    fn push(&mut self, span: RowSpan, cells: &[Cell<'a>], heading: Option<bool>) {
        let first = self.cells.len();
        self.cells.extend_from_slice(cells);
        self.rows.push(Row {
            span,
            first,
            end: self.cells.len(),
            heading,
        });
    }
}

/// What stood above the next table.
#[derive(Debug, Default)]
struct Preamble {
    title: Option<Line>,
    title_head: Option<Line>,
    year: Option<(i32, usize)>,
    unit: Option<MoneyUnit>,
    last_prose: Option<Line>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Outside,
    Header,
    Indicators,
}

/// A header part longer than this without indicator rows is not a target table's header.
const MAX_HEADER_ROWS: usize = 64;
/// Prose rows held back inside an indicator part while waiting to see whether rows follow.
const MAX_HELD_PROSE: usize = 3;

/// Walks the rows of `text` and calls `on_table` for every table, in document order.
pub(super) fn segment<'a>(text: &'a str, mut on_table: impl FnMut(&Table<'a>)) {
    let mut reader = RowReader::new(text);
    let mut cells: Vec<Cell<'a>> = Vec::new();
    let mut state = Segmenter {
        table: Table {
            source: text,
            ..Table::default()
        },
        part: Part::Outside,
        preamble: Preamble::default(),
        doc_year: None,
        held: Vec::new(),
        opened_by_category: false,
    };
    while let Some(span) = reader.next_row(&mut cells) {
        state.row(span, &cells, &mut on_table);
    }
    state.close(&mut on_table);
}

struct Segmenter<'a> {
    table: Table<'a>,
    part: Part,
    preamble: Preamble,
    doc_year: Option<(i32, Line)>,
    /// Prose rows (and blanks) held inside an indicator part.
    held: Vec<(RowSpan, Vec<Cell<'a>>)>,
    /// The indicator part was opened by a group label rather than a heading row, and every row
    /// since has been one a header holds (a label and its value, a money row): a heading row
    /// now would still open it.
    opened_by_category: bool,
}

/// What a row means to the segmenter.
enum Kind {
    Blank,
    Anchor,
    /// The first row of a department-wide table (`部门编码 | 316 | 部门名称 | …`), which has no
    /// project name: an anchor outside a table's header, a header row inside one.
    DepartmentAnchor,
    Title(String),
    /// A title-like line that inside a table's header heads its indicator part
    /// (`绩效项目指标表`), and outside one is a table's title.
    SubTitle(String),
    YearLine(i32),
    UnitLine(MoneyUnit),
    BudgetYear(i32),
    Prose(String),
    Other,
}

fn classify(span: &RowSpan, cells: &[Cell<'_>]) -> Kind {
    let Some(first) = cells.first() else {
        return Kind::Blank;
    };
    if first.col <= 1 && is_anchor(&first.text) {
        return Kind::Anchor;
    }
    if first.col <= 1 && cells.len() >= 2 && is_department_anchor(&first.text) {
        return Kind::DepartmentAnchor;
    }
    if cells.len() != 1 {
        return Kind::Other;
    }
    let text = &first.text;
    if let Some(unit) = labels::unit_line(text) {
        return Kind::UnitLine(unit);
    }
    if first.col != 0 {
        return Kind::Other;
    }
    if let Some(year) = year_line(text) {
        return Kind::YearLine(year);
    }
    if let Some(year) = budget_year(text) {
        return Kind::BudgetYear(year);
    }
    if is_title(text) {
        return Kind::Title(text.to_string());
    }
    if is_sub_title(text) {
        return Kind::SubTitle(text.to_string());
    }
    if span.width == 1 && labels::category(text).is_none() && !labels::is_total_score(text) {
        return Kind::Prose(text.to_string());
    }
    Kind::Other
}

/// The label a table's header starts with: 项目名称 or 项目编码 as any office words them.
fn is_anchor(text: &str) -> bool {
    if loose_eq(text, "项目名称") || loose_eq(text, "项目编码") {
        return true;
    }
    // Every name and code label has one of these words; most first cells have neither.
    holds_any(text, &["名称", "编", "代码"])
        && text.chars().count() <= 12
        && matches!(
            synonyms::field_by_label(text),
            Some(HeaderField::Name | HeaderField::Code)
        )
}

/// The label a department-wide table (部门整体绩效目标) starts with: the department's name or
/// code, where a project table has its project's.
pub(super) fn is_department_anchor(text: &str) -> bool {
    text.contains(['部', '单'])
        && text.chars().count() <= 12
        && matches!(
            synonyms::normalize(text).as_ref(),
            "部门名称" | "部门编码" | "部门代码" | "单位名称" | "单位编码" | "单位代码"
        )
}

/// Whether a row is a heading row of an indicator part, in the local forms' words or any
/// office's, with what the tree reader's own test said (kept on the row, so it is not asked twice).
fn heading_test(cells: &[Cell<'_>]) -> (bool, bool) {
    let any_office = super::headings::is_heading_row(cells);
    (
        any_office || labels::is_column_heading_row(cells.iter().map(|c| &*c.text)),
        any_office,
    )
}

fn is_title(text: &str) -> bool {
    text.len() <= 800
        && ((text.contains('表') && {
            let s = super::text::squeeze(text);
            s.contains("绩效目标表") || s.contains("绩效自评表")
        }) || (text.len() <= 120 && crate::model::is_department_wide_title(text)))
}

/// Titles of other offices' forms (`…绩效目标申报表`, `…绩效评价指标表`, `…自评表`).
fn is_sub_title(text: &str) -> bool {
    text.contains('表') && text.len() <= 800 && {
        let s = super::text::squeeze(text);
        s.contains("绩效")
            && ["申报表", "审批表", "评价表", "指标表", "自评表", "目标表"]
                .iter()
                .any(|end| s.contains(end))
    }
}

/// A label in the first column with one value beside it and nothing else (`效益指标 | …`, a
/// header cell kept from a section after the indicator tree), or a value of several lines
/// alone: a header row, where an indicator row beginning with a group label holds its
/// second-level label or its cells. A value that is a group label itself (`产出指标 | 数量指标`)
/// is a group's row.
fn is_label_and_value(cells: &[Cell<'_>]) -> bool {
    match cells {
        [label, value] => {
            label.col == 0 && value.col == 1 && labels::category(&value.text).is_none()
        }
        // A header cell without a label holding several lines (`产出指标(50分)` and the cells
        // after it, kept together): a group label is one line.
        [value] => value.col <= 1 && value.text.contains('\n'),
        _ => false,
    }
}

/// A row with cells right of the second column that a header holds (the money table's rows):
/// a label in the first two columns and no group label beside it. A row of the tree has a group
/// label among its first cells or starts right of them, where the groups' cells are merged.
fn is_header_row(cells: &[Cell<'_>]) -> bool {
    cells.first().is_some_and(|c| c.col <= 1) && !indicator_like(cells)
}

/// A row that can only belong to an indicator part: a category label among its first cells.
fn indicator_like(cells: &[Cell<'_>]) -> bool {
    cells
        .iter()
        .take(3)
        .any(|c| labels::category(&c.text).is_some())
}

impl<'a> Segmenter<'a> {
    fn row(&mut self, span: RowSpan, cells: &[Cell<'a>], on_table: &mut impl FnMut(&Table<'a>)) {
        let kind = classify(&span, cells);
        if self.part == Part::Indicators && !self.held.is_empty() {
            match kind {
                Kind::Blank | Kind::Prose(_) if self.held.len() <= MAX_HELD_PROSE * 2 => {
                    self.held.push((span, cells.to_vec()));
                    return;
                }
                Kind::Other if indicator_like(cells) => {
                    for (held_span, held_cells) in std::mem::take(&mut self.held) {
                        self.table.push(held_span, &held_cells, None);
                    }
                }
                _ => self.close(on_table),
            }
        }
        match kind {
            Kind::Anchor => {
                self.close(on_table);
                let (heading, tested) = heading_test(cells);
                self.start(span, cells, Some(tested));
                if heading {
                    // A one-row-per-indicator list: the anchor row is the heading itself.
                    self.table.indicators_from = Some(0);
                    self.part = Part::Indicators;
                }
            }
            Kind::DepartmentAnchor if self.part == Part::Header => {
                self.header_row(span, cells, on_table);
            }
            Kind::DepartmentAnchor => {
                self.close(on_table);
                self.start(span, cells, None);
            }
            Kind::SubTitle(_) if self.part == Part::Header => {
                self.header_row(span, cells, on_table);
            }
            Kind::SubTitle(text) => {
                self.close(on_table);
                self.outside(Kind::Title(text), &span);
            }
            Kind::Title(_) | Kind::YearLine(_) | Kind::UnitLine(_) | Kind::BudgetYear(_) => {
                self.close(on_table);
                self.outside(kind, &span);
            }
            _ => match self.part {
                Part::Outside => match heading_test(cells) {
                    (true, tested) => {
                        // An indicator part without its header (copied on its own, or the
                        // header lost): still a table.
                        self.start(span, cells, Some(tested));
                        self.table.indicators_from = Some(0);
                        self.part = Part::Indicators;
                    }
                    (false, _) => self.outside(kind, &span),
                },
                Part::Header => self.header_row(span, cells, on_table),
                Part::Indicators => self.indicator_row(kind, span, cells),
            },
        }
    }

    fn start(&mut self, span: RowSpan, cells: &[Cell<'a>], heading: Option<bool>) {
        let preamble = std::mem::take(&mut self.preamble);
        self.table.title = preamble.title;
        self.table.title_head = preamble.title_head;
        self.table.unit = preamble.unit;
        self.table.year = match (preamble.year, &self.doc_year) {
            (Some((year, line)), _) => Some((year, YearSource::Table(line))),
            (None, Some((year, line))) => Some((*year, YearSource::Document(line.clone()))),
            (None, None) => None,
        };
        self.table.push(span, cells, heading);
        self.part = Part::Header;
    }

    fn header_row(
        &mut self,
        span: RowSpan,
        cells: &[Cell<'a>],
        on_table: &mut impl FnMut(&Table<'a>),
    ) {
        let (heading, tested) = heading_test(cells);
        let opens_indicators = heading
            || (cells.first().is_some_and(|c| {
                labels::category(&c.text).is_some() && labels::header_key(&c.text).is_none()
            }) && !is_label_and_value(cells));
        if opens_indicators {
            self.table.indicators_from = Some(self.table.rows.len());
            self.part = Part::Indicators;
            self.opened_by_category = !heading;
        }
        self.table.push(span, cells, Some(tested));
        if self.part == Part::Header && self.table.rows.len() > MAX_HEADER_ROWS {
            self.close(on_table);
        }
    }

    fn indicator_row(&mut self, kind: Kind, span: RowSpan, cells: &[Cell<'a>]) {
        if self.opened_by_category && !cells.iter().all(|c| c.col <= 1) {
            let (heading, tested) = heading_test(cells);
            if heading {
                // Group labels above the heading row, among header rows, are header cells (the
                // canonical text writes cells kept from after a broken tree so): the heading row
                // opens the indicator part.
                self.opened_by_category = false;
                self.table.indicators_from = Some(self.table.rows.len());
                self.table.push(span, cells, Some(tested));
                return;
            }
            self.opened_by_category = is_header_row(cells);
        }
        match kind {
            Kind::Prose(_) => self.held.push((span, cells.to_vec())),
            _ => self.table.push(span, cells, None),
        }
    }

    /// A row outside any table: it may say something about the tables that follow.
    fn outside(&mut self, kind: Kind, span: &RowSpan) {
        let line = span.line;
        match kind {
            Kind::Title(text) => {
                let head = self.preamble.last_prose.take();
                let starts_bare = squeeze_short(&text)
                    .is_some_and(|s| s.starts_with("绩效目标表") || s.starts_with("绩效自评表"));
                if let Some(year) = leading_year(&text) {
                    self.doc_year = Some((
                        year,
                        Line {
                            line,
                            text: text.clone(),
                        },
                    ));
                    self.preamble.year = Some((year, line));
                } else {
                    self.preamble.year = None;
                }
                self.preamble.unit = None;
                self.preamble.title_head = if starts_bare { head } else { None };
                self.preamble.title = Some(Line { line, text });
            }
            Kind::YearLine(year) => self.preamble.year = Some((year, line)),
            Kind::UnitLine(unit) => self.preamble.unit = Some(unit),
            Kind::BudgetYear(year) => {
                self.doc_year = Some((
                    year,
                    Line {
                        line,
                        text: format!("预算年度：{year}"),
                    },
                ));
            }
            Kind::Prose(text) => {
                if text.chars().count() <= 60
                    && let Some(year) = leading_year(&text)
                {
                    self.doc_year = Some((
                        year,
                        Line {
                            line,
                            text: text.clone(),
                        },
                    ));
                }
                self.preamble.last_prose = Some(Line { line, text });
            }
            Kind::Blank => {}
            Kind::SubTitle(text) => self.outside(Kind::Title(text), span),
            Kind::Anchor | Kind::DepartmentAnchor | Kind::Other => {
                self.preamble.last_prose = None;
            }
        }
    }

    fn close(&mut self, on_table: &mut impl FnMut(&Table<'a>)) {
        if self.part != Part::Outside {
            on_table(&self.table);
        }
        self.table.clear();
        self.part = Part::Outside;
        self.opened_by_category = false;
        let held = std::mem::take(&mut self.held);
        for (span, cells) in held {
            let kind = classify(&span, &cells);
            self.outside(kind, &span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::segment;

    /// The row each table's indicator part starts at.
    fn indicators_from(text: &str) -> Vec<Option<usize>> {
        let mut found = Vec::new();
        segment(text, |table| found.push(table.indicators_from));
        found
    }

    #[test]
    fn a_group_label_with_one_value_beside_it_stays_a_header_cell() {
        let text = "项目名称\t道路保洁\n效益指标\t社会效益明显\n\
                    一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t保洁面积\t100\n";
        assert_eq!(indicators_from(text), [Some(2)]);
    }

    #[test]
    fn an_unlabelled_cell_of_several_lines_stays_a_header_cell() {
        let text = "项目名称\t道路保洁\n\t\"效益指标\n社会效益明显\"\n\
                    一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t保洁面积\t100\n";
        assert_eq!(indicators_from(text), [Some(2)]);
    }

    #[test]
    fn a_group_row_opens_the_indicator_part_without_its_heading() {
        assert_eq!(
            indicators_from("项目名称\t道路保洁\n产出指标\t数量指标\n\t质量指标\n"),
            [Some(1)]
        );
        assert_eq!(
            indicators_from("项目名称\t道路保洁\n产出指标\t数量指标\t保洁面积\t100\n"),
            [Some(1)]
        );
    }

    #[test]
    fn group_labels_among_header_rows_above_the_heading_row_are_header_cells() {
        let text = "项目名称\t道路保洁\n\t产出指标(50分)\n质量指标\t达标\n\
                    项目资金\t\t年初预算数\t全年预算数\n\t年度资金总额\t10\t10\n\
                    一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t保洁面积\t100\n";
        assert_eq!(indicators_from(text), [Some(5)]);
    }

    #[test]
    fn a_heading_row_below_the_groups_rows_leaves_them_the_tree() {
        let text = "项目名称\t道路保洁\n产出指标\t数量指标\t保洁面积\t100\n\
                    \t\t清运量\t50\n一级指标\t二级指标\t三级指标\t指标值\n";
        assert_eq!(indicators_from(text), [Some(1)]);
    }
}
