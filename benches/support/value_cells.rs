//! The sample documents and their value cells, shared by the value grammar's fixture tests and its
//! bench (`#[path = "…/benches/support/value_cells.rs"] mod value_cells;`).
//!
//! The cells are found by a rough rule of thumb (the column under the `绩效值` / `指标值` header of
//! each indicator table), which is enough to see the real forms.
#![allow(dead_code)] // each includer uses a different part

/// The sample documents, by name.
pub const FIXTURES: &[(&str, &str)] = &[
    (
        "ningxia-region-2026",
        include_str!("../../tests/fixtures/ningxia-region-2026.txt"),
    ),
    (
        "pingluo-2024",
        include_str!("../../tests/fixtures/pingluo-2024.txt"),
    ),
    (
        "pingluo-2026",
        include_str!("../../tests/fixtures/pingluo-2026.txt"),
    ),
    (
        "qinglong-2025",
        include_str!("../../tests/fixtures/qinglong-2025.txt"),
    ),
    (
        "zhongwei-selfeval-2024",
        include_str!("../../tests/fixtures/zhongwei-selfeval-2024.txt"),
    ),
];

/// The value cells of one document: the cell under the value header, row by row, until the
/// next table starts.
pub fn value_cells(document: &str) -> Vec<String> {
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

/// Every value cell of the sample documents.
pub fn all_value_cells() -> Vec<String> {
    FIXTURES
        .iter()
        .flat_map(|(_, document)| value_cells(document))
        .collect()
}

/// The free texts of the sample documents that the `goal-amount` check looks for money in: the
/// goal, fund-use and result text of every table.
pub fn goal_texts() -> Vec<String> {
    FIXTURES
        .iter()
        .flat_map(|(_, document)| jixiao::import::import_text(document).records)
        .flat_map(|record| {
            let h = record.header;
            [h.goal, h.fund_use, h.goal_result]
        })
        .filter(|text| !text.trim().is_empty())
        .collect()
}
