//! Comparing two versions of a workbook (比较): which tables correspond, and per table what
//! changed in the header, which indicators were added, removed or moved to another group, and
//! which targets were rewritten.
//!
//! Tables are matched by project code, then by project name, then — for a table renamed between
//! the versions — by content: the share of indicator names they have in common, over the larger
//! table's count, at least [`CONTENT_MATCH`]. Indicators are matched by name within their
//! table (the k-th of a repeated name with the k-th), so a rewritten name reads as one removed
//! and one added. Places point into the second version (B), the one a reviewer is looking at.

use crate::model::{HeaderField, Indicator, IndicatorPath, MoneyCell, Place, Record, Workbook};
use serde::Serialize;
use std::collections::HashMap;

/// The least share of indicator names two tables must have in common to be the same table
/// renamed: more than half, so a table is never paired with one that merely shares the
/// boilerplate rows (满意度, 时效) every table has.
pub const CONTENT_MATCH: f64 = 0.6;

/// How two tables were found to be the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchedBy {
    /// The same project code.
    Code,
    /// The same project name.
    Name,
    /// Enough indicator names in common (a renamed table).
    Content,
}

/// A table of one version only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableRef {
    /// Its index in its workbook.
    pub index: usize,
    /// 项目名称.
    pub name: String,
    /// 项目编码, may be empty.
    pub code: String,
}

/// A header cell that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The place in B.
    pub place: Place,
    /// What the form calls it (`主管部门`, `项目年度金额`).
    pub label: String,
    /// The text in A.
    pub old: String,
    /// The text in B.
    pub new: String,
}

/// An indicator of one version only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorRef {
    /// The place nearest to it in B: the indicator itself when it is in B, else its group in
    /// B, else the table.
    pub place: Place,
    /// 三级指标 name.
    pub name: String,
    /// Its group, `产出指标/数量指标`.
    pub group: String,
    /// The target as written.
    pub value: String,
}

/// An indicator in another group in B.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Moved {
    /// The indicator in B.
    pub place: Place,
    /// 三级指标 name.
    pub name: String,
    /// Its group in A.
    pub from: String,
    /// Its group in B.
    pub to: String,
}

/// An indicator whose target was rewritten.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueChange {
    /// The indicator's value in B.
    pub place: Place,
    /// 三级指标 name.
    pub name: String,
    /// The target in A.
    pub old: String,
    /// The target in B.
    pub new: String,
}

/// What changed in one table found in both versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableDiff {
    /// Its index in A.
    pub a: usize,
    /// Its index in B.
    pub b: usize,
    /// Its name in B.
    pub name: String,
    /// How the two were matched.
    pub matched_by: MatchedBy,
    /// Header cells that differ.
    pub header: Vec<FieldChange>,
    /// Indicators only in B.
    pub added: Vec<IndicatorRef>,
    /// Indicators only in A.
    pub removed: Vec<IndicatorRef>,
    /// Indicators in another group.
    pub moved: Vec<Moved>,
    /// Indicators whose target differs.
    pub values: Vec<ValueChange>,
}

impl TableDiff {
    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        self.header.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.values.is_empty()
    }
}

/// The differences between two versions of a workbook.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct WorkbookDiff {
    /// Tables found in both, in B's order, with what changed (unchanged ones included, empty).
    pub tables: Vec<TableDiff>,
    /// Tables only in A.
    pub only_in_a: Vec<TableRef>,
    /// Tables only in B.
    pub only_in_b: Vec<TableRef>,
}

/// One line of the plain rendering, with where it points in B.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffEntry {
    /// The table in B, `None` for a table only in A.
    pub record: Option<usize>,
    /// The place in B to reveal.
    pub place: Place,
    /// The change in plain Chinese.
    pub text: String,
}

impl WorkbookDiff {
    /// Whether the versions hold the same tables with the same content, as compared.
    pub fn is_empty(&self) -> bool {
        self.only_in_a.is_empty()
            && self.only_in_b.is_empty()
            && self.tables.iter().all(TableDiff::is_empty)
    }

    /// Every difference in plain Chinese (`项目「X」：指标「Y」指标值由「≥90%」改为「≥95%」`),
    /// in B's order, then the tables only in A.
    pub fn entries(&self) -> Vec<DiffEntry> {
        let mut out = Vec::new();
        for t in &self.tables {
            let entry = |place, text: String| DiffEntry {
                record: Some(t.b),
                place,
                text: format!("项目「{}」：{text}", t.name),
            };
            for c in &t.header {
                out.push(entry(
                    c.place,
                    format!("{}由「{}」改为「{}」", c.label, c.old, c.new),
                ));
            }
            for m in &t.moved {
                out.push(entry(
                    m.place,
                    format!("指标「{}」由「{}」移到「{}」", m.name, m.from, m.to),
                ));
            }
            for v in &t.values {
                out.push(entry(
                    v.place,
                    format!("指标「{}」指标值由「{}」改为「{}」", v.name, v.old, v.new),
                ));
            }
            for (verb, list) in [("新增", &t.added), ("删除", &t.removed)] {
                for i in list {
                    out.push(entry(
                        i.place,
                        format!(
                            "{verb}指标「{}」（{}，指标值「{}」）",
                            i.name, i.group, i.value
                        ),
                    ));
                }
            }
        }
        for t in &self.only_in_b {
            out.push(DiffEntry {
                record: Some(t.index),
                place: Place::Record,
                text: format!("新增项目表「{}」", t.name),
            });
        }
        for t in &self.only_in_a {
            out.push(DiffEntry {
                record: None,
                place: Place::Record,
                text: format!("删除项目表「{}」", t.name),
            });
        }
        out
    }

    /// The plain rendering, one difference a line; a line saying so when there is none.
    pub fn report(&self) -> String {
        let entries = self.entries();
        if entries.is_empty() {
            return "两个版本没有差别\n".into();
        }
        entries.iter().map(|e| format!("{}\n", e.text)).collect()
    }
}

/// The differences from `a` to `b`.
pub fn diff(a: &Workbook, b: &Workbook) -> WorkbookDiff {
    let pairs = match_tables(&a.records, &b.records);
    let mut in_a = vec![false; a.records.len()];
    let mut in_b = vec![false; b.records.len()];
    let mut tables: Vec<TableDiff> = pairs
        .iter()
        .map(|&(i, j, by)| {
            in_a[i] = true;
            in_b[j] = true;
            table_diff(i, &a.records[i], j, &b.records[j], by)
        })
        .collect();
    tables.sort_by_key(|t| t.b);
    let only = |records: &[Record], seen: &[bool]| {
        records
            .iter()
            .enumerate()
            .filter(|(i, _)| !seen[*i])
            .map(|(index, r)| TableRef {
                index,
                name: r.header.name.trim().to_string(),
                code: r.header.code.trim().to_string(),
            })
            .collect()
    };
    WorkbookDiff {
        tables,
        only_in_a: only(&a.records, &in_a),
        only_in_b: only(&b.records, &in_b),
    }
}

/// Pairs of (index in A, index in B, how), each table in at most one pair.
fn match_tables(a: &[Record], b: &[Record]) -> Vec<(usize, usize, MatchedBy)> {
    let mut pairs = Vec::new();
    let mut free_a: Vec<usize> = (0..a.len()).collect();
    let mut free_b: Vec<usize> = (0..b.len()).collect();
    let keyed = [
        (
            MatchedBy::Code,
            (|r: &Record| r.header.code.trim().to_string()) as fn(&Record) -> String,
        ),
        (MatchedBy::Name, |r: &Record| {
            r.header.name.trim().to_string()
        }),
    ];
    for (by, key) in keyed {
        free_a.retain(|&i| {
            let k = key(&a[i]);
            if k.is_empty() {
                return true;
            }
            match free_b.iter().position(|&j| key(&b[j]) == k) {
                Some(at) => {
                    pairs.push((i, free_b.remove(at), by));
                    false
                }
                None => true,
            }
        });
    }
    // Renamed tables: the best-sharing pairs first.
    let mut scored: Vec<(f64, usize, usize)> = free_a
        .iter()
        .flat_map(|&i| free_b.iter().map(move |&j| (i, j)))
        .map(|(i, j)| (shared_names(&a[i], &b[j]), i, j))
        .filter(|(share, ..)| *share >= CONTENT_MATCH)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    for (_, i, j) in scored {
        if free_a.contains(&i) && free_b.contains(&j) {
            free_a.retain(|&x| x != i);
            free_b.retain(|&x| x != j);
            pairs.push((i, j, MatchedBy::Content));
        }
    }
    pairs
}

/// The share of indicator names two tables have in common, over the larger count.
fn shared_names(a: &Record, b: &Record) -> f64 {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, _, _, ind) in a.indicators() {
        let n = counts.entry(ind.name.trim()).or_default();
        *n = n.saturating_add(1);
    }
    let mut common = 0usize;
    for (_, _, _, ind) in b.indicators() {
        if let Some(n) = counts.get_mut(ind.name.trim()).filter(|n| **n > 0) {
            *n = n.saturating_sub(1);
            common = common.saturating_add(1);
        }
    }
    let larger = a.indicator_count().max(b.indicator_count());
    if larger == 0 {
        return 0.0;
    }
    // Counts of indicators are small; the conversion is exact.
    common as f64 / larger as f64
}

fn table_diff(ia: usize, a: &Record, ib: usize, b: &Record, by: MatchedBy) -> TableDiff {
    let mut t = TableDiff {
        a: ia,
        b: ib,
        name: b.header.name.trim().to_string(),
        matched_by: by,
        header: header_changes(a, b),
        added: Vec::new(),
        removed: Vec::new(),
        moved: Vec::new(),
        values: Vec::new(),
    };
    let rows_a: Vec<_> = a.indicators().collect();
    let rows_b: Vec<_> = b.indicators().collect();
    let mut taken = vec![false; rows_b.len()];
    for &(pa, _, _, ind_a) in &rows_a {
        let found = rows_b
            .iter()
            .enumerate()
            .find(|(k, row)| !taken[*k] && row.3.name.trim() == ind_a.name.trim());
        let Some((k, &(pb, _, _, ind_b))) = found else {
            t.removed.push(IndicatorRef {
                place: nearest_group(b, &group_name(a, pa)),
                name: ind_a.name.trim().into(),
                group: group_name(a, pa),
                value: ind_a.target_text().into_owned(),
            });
            continue;
        };
        taken[k] = true;
        let (from, to) = (group_name(a, pa), group_name(b, pb));
        if from != to {
            t.moved.push(Moved {
                place: Place::Indicator(pb, crate::model::IndicatorCell::Name),
                name: ind_b.name.trim().into(),
                from,
                to,
            });
        }
        if ind_a.target_text().trim() != ind_b.target_text().trim() {
            t.values.push(ValueChange {
                place: value_place(pb, ind_b),
                name: ind_b.name.trim().into(),
                old: ind_a.target_text().into_owned(),
                new: ind_b.target_text().into_owned(),
            });
        }
    }
    for (k, &(pb, _, _, ind_b)) in rows_b.iter().enumerate() {
        if !taken[k] {
            t.added.push(IndicatorRef {
                place: Place::Indicator(pb, crate::model::IndicatorCell::Name),
                name: ind_b.name.trim().into(),
                group: group_name(b, pb),
                value: ind_b.target_text().into_owned(),
            });
        }
    }
    t
}

/// The cell holding the indicator's target: its value, or the split 目标值.
fn value_place(path: IndicatorPath, ind: &Indicator) -> Place {
    use crate::model::IndicatorCell;
    let cell = if ind.value.trim().is_empty() && ind.has_split_target() {
        IndicatorCell::Target
    } else {
        IndicatorCell::Value
    };
    Place::Indicator(path, cell)
}

/// The group of the indicator at `path`: `产出指标/数量指标`, canonical names where the labels
/// name a known category, so `11-数量指标` and `数量指标` are the same group.
fn group_name(record: &Record, path: IndicatorPath) -> String {
    let Some(g1) = record.groups.get(path.level1) else {
        return String::new();
    };
    let g2 = g1.groups.get(path.level2);
    let l1 = match g1.category {
        crate::model::Level1::Other => g1.label.trim(),
        known => known.canonical_name(),
    };
    let l2 = g2.map_or("", |g| match g.category {
        crate::model::Level2::Other => g.label.trim(),
        known => known.canonical_name(),
    });
    format!("{l1}/{l2}")
}

/// The second-level group of `record` named `group`, else the table.
fn nearest_group(record: &Record, group: &str) -> Place {
    record
        .groups
        .iter()
        .enumerate()
        .flat_map(|(level1, g1)| (0..g1.groups.len()).map(move |level2| (level1, level2)))
        .find(|&(level1, level2)| {
            group_name(
                record,
                IndicatorPath {
                    level1,
                    level2,
                    row: 0,
                },
            ) == group
        })
        .map_or(Place::Record, |(level1, level2)| Place::Level2 {
            level1,
            level2,
        })
}

/// The header cells that differ: the fields, the budget year, the money cells both tables
/// have, and the labelled extra cells by label.
fn header_changes(a: &Record, b: &Record) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut push = |place: Place, old: &str, new: &str| {
        if old.trim() != new.trim() {
            out.push(FieldChange {
                place,
                label: place.describe(b),
                old: old.trim().into(),
                new: new.trim().into(),
            });
        }
    };
    let year = |r: &Record| r.year.map(|y| y.to_string()).unwrap_or_default();
    push(Place::Header(HeaderField::Year), &year(a), &year(b));
    for field in HeaderField::TEXT {
        let place = Place::Header(field);
        push(
            place,
            a.text_at(place).unwrap_or_default(),
            b.text_at(place).unwrap_or_default(),
        );
    }
    for cell in MoneyCell::ALL {
        let place = Place::Money(cell);
        if let (Some(old), Some(new)) = (a.text_at(place), b.text_at(place)) {
            push(place, old, new);
        }
    }
    for (i, extra) in b.header.extra.iter().enumerate() {
        let old = a
            .header
            .extra
            .iter()
            .find(|e| e.label.trim() == extra.label.trim())
            .map_or("", |e| e.value.as_str());
        push(Place::HeaderExtra(i), old, &extra.value);
    }
    out
}
