//! Runs the value grammar over every value cell of the sample documents and reports what it
//! could not read. The cells are found by a rough rule of thumb (the column under the `绩效值` /
//! `指标值` header of each indicator table), which is enough to see the real forms.

use jixiao::value::{ValueKind, find_money, parse, tidy};
use std::collections::BTreeMap;

const FIXTURES: &[(&str, &str)] = &[
    (
        "ningxia-region-2026",
        include_str!("fixtures/ningxia-region-2026.txt"),
    ),
    ("pingluo-2024", include_str!("fixtures/pingluo-2024.txt")),
    ("pingluo-2026", include_str!("fixtures/pingluo-2026.txt")),
    ("qinglong-2025", include_str!("fixtures/qinglong-2025.txt")),
    (
        "zhongwei-selfeval-2024",
        include_str!("fixtures/zhongwei-selfeval-2024.txt"),
    ),
];

/// The value cells of one document: the cell under the value header, row by row, until the
/// next table starts.
fn value_cells(document: &str) -> Vec<String> {
    let is_header = |cell: &str| {
        let cell: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
        matches!(
            cell.as_str(),
            "绩效值" | "指标值" | "指标值（A）" | "指标值(A)"
        )
    };
    let ends_table = |line: &str| {
        let line = line.trim();
        line.starts_with("项目名称")
            || line.starts_with("项目编码")
            || line.starts_with("部门项目支出")
            || line.starts_with("总分")
            || line.contains("绩效目标表")
            || line.contains("绩效自评表")
    };
    let mut column = None;
    let mut cells = Vec::new();
    for line in document.lines() {
        let row: Vec<&str> = line.split('\t').collect();
        if let Some(index) = row.iter().position(|cell| is_header(cell)) {
            column = Some(index);
            continue;
        }
        if ends_table(line) {
            column = None;
        }
        if let Some(index) = column
            && !line.trim().is_empty()
        {
            // A header one column short (`一级 二级 绩效值`) puts the name under it.
            let cell = row.get(index).copied().unwrap_or("");
            let cell = if cell.trim_start().starts_with("指标") {
                row.get(index + 1).copied().unwrap_or("")
            } else {
                cell
            };
            cells.push(cell.to_string());
        }
    }
    cells
}

fn kind_name(kind: &ValueKind) -> &'static str {
    match kind {
        ValueKind::Empty => "Empty",
        ValueKind::Measure(m) if m.is_percent() => "Measure(%)",
        ValueKind::Measure(_) => "Measure",
        ValueKind::Money(m) if m.is_rate() => "Money(rate)",
        ValueKind::Money(_) => "Money",
        ValueKind::Date(_) => "Date",
        ValueKind::Duration(_) => "Duration",
        ValueKind::Range(_) => "Range",
        ValueKind::Qualitative => "Qualitative",
        ValueKind::Unparsed => "Unparsed",
    }
}

#[test]
fn fixture_value_cells_are_mostly_read() {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unparsed = Vec::new();
    let mut total = 0;
    for (name, document) in FIXTURES {
        for cell in value_cells(document) {
            total += 1;
            let value = parse(&cell);
            *counts.entry(kind_name(&value.kind)).or_default() += 1;
            if value.kind == ValueKind::Unparsed {
                unparsed.push(format!("{name}: {cell:?}"));
            }
        }
    }
    println!("{total} value cells");
    for (kind, count) in &counts {
        println!("{kind:>12}: {count}");
    }
    for cell in &unparsed {
        println!("unparsed  {cell}");
    }
    assert!(total > 600, "the rule of thumb should find the value cells");
    // Unparsed cells in the samples are shifted labels and mixed prose, not value forms.
    assert!(
        unparsed.len() * 20 < total,
        "too many unparsed: {}",
        unparsed.len()
    );
}

#[test]
fn tidying_a_fixture_value_never_changes_its_meaning() {
    for (name, document) in FIXTURES {
        for cell in value_cells(document) {
            let (before, after) = (parse(&cell), parse(&tidy(&cell)));
            assert_eq!(before.kind, after.kind, "{name}: {cell:?}");
            assert_eq!(before.comparison, after.comparison, "{name}: {cell:?}");
        }
    }
}

#[test]
fn money_found_in_the_documents_is_written_in_yuan_and_never_a_year() {
    let mut mentions = 0;
    for (name, document) in FIXTURES {
        for mention in find_money(document) {
            mentions += 1;
            let (figure, per) = mention.text.split_once('元').expect("written in 元");
            assert!(per.is_empty() || mention.is_rate, "{name}: {mention:?}");
            assert!(
                !figure.contains('年'),
                "{name}: a year read as money: {mention:?}"
            );
        }
    }
    assert!(mentions > 100, "only {mentions} amounts found");
}
