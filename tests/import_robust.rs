//! No input makes the importer panic, hang or use unbounded memory, and damage of the kinds PDF
//! extraction does (cells deleted, duplicated, shifted) never loses a table's indicator rows.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod import_support;

use import_support::{SAMPLES, text};
use jixiao::import::{import_bytes, import_text};
use proptest::prelude::*;
use std::time::{Duration, Instant};

fn squeezed(cell: &str) -> String {
    cell.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The indicator rows of a sample, found independently of the importer: rows after an
/// indicator heading, up to the prose after the table; not headings, totals or continuations.
fn indicator_lines(lines: &[&str]) -> Vec<usize> {
    let mut inside = false;
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let cells: Vec<String> = line.split('\t').map(squeezed).collect();
        if cells.iter().any(|c| c == "项目名称" || c == "项目编码") {
            inside = false;
            continue;
        }
        if !line.contains('\t') && !line.trim().is_empty() {
            inside = false;
            continue;
        }
        if cells.iter().any(|c| c == "一级指标" || c == "一级绩效指标") {
            inside = true;
            continue;
        }
        let filled = cells.iter().filter(|c| !c.is_empty()).count();
        let continuation = cells.iter().take(3).all(String::is_empty) && filled < 3;
        let total = cells.iter().any(|c| c == "总分");
        if inside && cells.iter().any(|c| !c.is_empty()) && !continuation && !total {
            found.push(i);
        }
    }
    found
}

fn per_table(source: &str) -> Vec<usize> {
    import_text(source)
        .records
        .iter()
        .map(|r| r.indicator_count())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(source in "\\PC{0,400}") {
        let _ = import_text(&source);
    }

    #[test]
    fn arbitrary_tabular_text_never_panics(
        source in "([\\t\\n\\r\"]|项目名称|项目编码|一级指标|产出指标|数量指标|成本指标|满意度指标|总分|12月底|3月底|单位：万元|\\(2026年\\)|≥95%|[0-9.]{1,4}|[a-z]{1,3}){0,120}"
    ) {
        let _ = import_text(&source);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = import_bytes(&bytes);
    }

    #[test]
    fn samples_with_cells_deleted_duplicated_or_shifted_never_panic(
        sample in 0..SAMPLES.len(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..6u8), 1..25),
    ) {
        let source = text(SAMPLES[sample]);
        let mut lines: Vec<Vec<String>> = source
            .lines()
            .map(|l| l.split('\t').map(str::to_string).collect())
            .collect();
        for (line, cell, kind) in edits {
            let li = line.index(lines.len());
            let row = &mut lines[li];
            if row.is_empty() {
                row.push(String::new());
            }
            let ci = cell.index(row.len());
            match kind {
                0 => { row.remove(ci); }
                1 => { let c = row[ci].clone(); row.insert(ci, c); }
                2 => row.insert(ci, String::new()),
                3 => { lines.remove(li); }
                4 => { let r = row.clone(); lines.insert(li, r); }
                _ => row[ci] = row[ci].chars().rev().collect(),
            }
            if lines.is_empty() { break; }
        }
        let damaged: String = lines.iter().map(|r| r.join("\t") + "\n").collect();
        let workbook = import_text(&damaged);
        let total: usize = workbook.records.iter().map(|r| r.indicator_count()).sum();
        prop_assert!(total <= damaged.lines().count());
    }

    #[test]
    fn empty_cells_added_or_lost_inside_indicator_rows_keep_every_indicator(
        sample in 0..SAMPLES.len(),
        edits in proptest::collection::vec(
            (any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<bool>()),
            1..30,
        ),
    ) {
        let source = text(SAMPLES[sample]);
        let mut rows: Vec<Vec<String>> = source
            .lines()
            .map(|l| l.split('\t').map(str::to_string).collect())
            .collect();
        let candidates = indicator_lines(&source.lines().collect::<Vec<_>>());
        for (which, at, add) in edits {
            let row = &mut rows[candidates[which.index(candidates.len())]];
            let at = at.index(row.len() + 1);
            if add {
                row.insert(at, String::new());
            } else if row.get(at).is_some_and(|c| c.trim().is_empty()) && row.len() > 1 {
                row.remove(at);
            }
        }
        let edited: Vec<String> = rows.iter().map(|r| r.join("\t")).collect();
        prop_assert_eq!(per_table(&edited.join("\n")), per_table(&source));
    }

    #[test]
    fn shifting_indicator_rows_by_a_cell_keeps_every_indicator(
        sample in 0..SAMPLES.len(),
        shifts in proptest::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 1..30),
    ) {
        let source = text(SAMPLES[sample]);
        let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
        let candidates = indicator_lines(&source.lines().collect::<Vec<_>>());
        for (which, right) in shifts {
            let li = candidates[which.index(candidates.len())];
            let line = &mut lines[li];
            if right {
                line.insert(0, '\t');
            } else if line.starts_with('\t') {
                line.remove(0);
            }
        }
        let shifted = lines.join("\n");
        prop_assert_eq!(per_table(&shifted), per_table(&source));
    }
}

#[test]
fn the_independent_row_count_matches_the_pinned_totals() {
    let totals: Vec<usize> = SAMPLES
        .iter()
        .map(|s| indicator_lines(&text(s).lines().collect::<Vec<_>>()).len())
        .collect();
    assert_eq!(totals, [164, 137, 142, 52, 263]);
    for sample in SAMPLES {
        let imported: usize = per_table(&text(sample)).iter().sum();
        let counted = indicator_lines(&text(sample).lines().collect::<Vec<_>>()).len();
        assert_eq!(imported, counted, "{sample}");
    }
}

/// Generous bounds: the work is linear, so these finish in well under a second in release.
fn within(limit: Duration, work: impl FnOnce()) -> Duration {
    let start = Instant::now();
    work();
    let took = start.elapsed();
    assert!(took < limit, "took {took:?}");
    took
}

#[test]
fn a_table_of_100_000_indicator_rows_is_read_whole() {
    let mut source = String::from(
        "部门项目支出预算绩效目标表 1\n(2026 年)\n项目名称\t大表\t\t\n主管部门\t甲\t实施单位\t乙\n\
         项目年度金额(元)\t1\n一级绩效指标\t二级绩效指标\t\t绩效值\n产出指标\t数量指标\t第0行\t1次\n",
    );
    for i in 1..100_000 {
        source.push_str(&format!("\t\t第{i}行\t{i}次\n"));
    }
    within(Duration::from_secs(20), || {
        let workbook = import_text(&source);
        assert_eq!(workbook.records.len(), 1);
        assert_eq!(workbook.records[0].indicator_count(), 100_000);
    });
}

#[test]
fn a_document_of_100_000_lines_of_prose_and_tables_is_read_in_linear_time() {
    let one = text("pingluo-2026") + "\n";
    let repeats = 100_000 / one.lines().count() + 1;
    let source = one.repeat(repeats);
    assert!(source.lines().count() >= 100_000);
    within(Duration::from_secs(30), || {
        assert_eq!(import_text(&source).records.len(), 16 * repeats);
    });
}

#[test]
fn cells_of_two_million_characters_are_kept_whole() {
    let long = "很".repeat(2_000_000);
    let source = format!(
        "部门项目支出预算绩效目标表 1\n项目名称\t{long}\t\t\n主管部门\t甲\t实施单位\t乙\n\
         项目年度金额(元)\t1\n项目年度绩效目标\t{long}\n一级绩效指标\t二级绩效指标\t\t绩效值\n\
         产出指标\t数量指标\t{long}\t{long}\n{long}\n"
    );
    within(Duration::from_secs(20), || {
        let workbook = import_text(&source);
        assert_eq!(workbook.records.len(), 1);
        let r = &workbook.records[0];
        assert_eq!(r.header.name.chars().count(), 2_000_000);
        assert_eq!(r.header.goal.chars().count(), 2_000_000);
        let (_, _, _, indicator) = r.indicators().next().unwrap();
        assert_eq!(indicator.name.chars().count(), 2_000_000);
        assert_eq!(indicator.value.chars().count(), 2_000_000);
    });
}

#[test]
fn lines_of_millions_of_tabs_or_quotes_finish_quickly() {
    let tabs = format!("项目名称\t甲\n{}\n", "\t".repeat(2_000_000));
    let quotes = format!("项目名称\t甲\n{}\n", "\t\"\"".repeat(700_000));
    let unclosed = format!("项目名称\t甲\n{}", "\t\"a".repeat(700_000));
    for source in [tabs, quotes, unclosed] {
        within(Duration::from_secs(20), || {
            let _ = import_text(&source);
        });
    }
}
