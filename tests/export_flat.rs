//! The 一体化 indicator list (`--flat`) both ways: every sample written as the list and read back
//! gives the same projects and the same indicators, targets split into 计算符号 / 指标值 /
//! 计量单位 meaning what the one cell meant.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use calamine::{Data, Reader, Xlsx};
use jixiao::export::{flat_workbook, record_grid, workbook_text, workbook_xlsx};
use jixiao::import::{import_bytes, import_text};
use jixiao::layout::Layout;
use jixiao::model::{HeaderField, Indicator, Record, Workbook};
use jixiao::value;
use std::io::Cursor;
use std::path::Path;

fn samples() -> Vec<(String, Workbook)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5);
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, import_bytes(&std::fs::read(&p).unwrap()).unwrap())
        })
        .collect()
}

/// The project's fields the list writes.
fn project(record: &Record) -> Vec<(HeaderField, String)> {
    [
        HeaderField::Code,
        HeaderField::Name,
        HeaderField::Department,
        HeaderField::Implementer,
        HeaderField::ProjectKind,
        HeaderField::Category,
        HeaderField::Duration,
        HeaderField::Office,
        HeaderField::Amount,
        HeaderField::FundUse,
        HeaderField::Goal,
        HeaderField::GoalResult,
    ]
    .into_iter()
    .map(|f| {
        (
            f,
            record.header_text(f).unwrap_or_default().trim().to_string(),
        )
    })
    .collect()
}

/// An indicator as the list must keep it: its groups, its name, what its target means, and its
/// weight where it has one. A row without a target named nothing or `无`, `/`, `—` (an empty or
/// not-applicable row of a printed form) is no indicator of the list, which leaves it out.
fn indicator_rows(record: &Record) -> Vec<(String, String, String, value::Value, String)> {
    record
        .indicators()
        .filter(|(_, _, _, ind)| {
            !ind.target_text().trim().is_empty()
                || !matches!(ind.name.trim(), "" | "无" | "/" | "—" | "-")
        })
        .map(|(_, g1, g2, ind): (_, _, _, &Indicator)| {
            (
                g1.label.trim().to_string(),
                g2.label.trim().to_string(),
                ind.name.trim().to_string(),
                value::parse(&ind.target_text()),
                ind.weight.text().trim().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_sample_written_as_the_list_reads_back_the_same() {
    for (name, workbook) in samples() {
        let (flat, _notes) = flat_workbook(&workbook);
        let text = workbook_text(&flat);
        let read = import_text(&text);
        assert_eq!(read.records.len(), workbook.records.len(), "{name}");
        for (i, (original, back)) in workbook.records.iter().zip(&read.records).enumerate() {
            assert_eq!(back.layout, Layout::IndicatorList, "{name} 表{}", i + 1);
            assert_eq!(project(back), project(original), "{name} 表{}", i + 1);
            assert_eq!(back.year, original.year, "{name} 表{}", i + 1);
            assert_eq!(back.unit, original.unit, "{name} 表{}", i + 1);
            assert_eq!(
                indicator_rows(back),
                indicator_rows(original),
                "{name} 表{}\n{}",
                i + 1,
                jixiao::export::record_text(&flat.records[i])
            );
        }
    }
}

#[test]
fn the_list_splits_targets_and_gives_directions() {
    let (_, workbook) = samples()
        .into_iter()
        .find(|(n, _)| n == "pingluo-2024")
        .unwrap();
    let (flat, notes) = flat_workbook(&workbook);
    let rows = jixiao::export::record_rows(&flat.records[0]);
    let heading = rows
        .iter()
        .find(|r| r.contains(&"一级指标".to_string()))
        .unwrap();
    let at = |h: &str| heading.iter().position(|c| c == h).unwrap();
    let (operator, target, unit, direction) =
        (at("计算符号"), at("指标值"), at("计量单位"), at("指标方向"));
    let row = rows
        .iter()
        .find(|r| r.contains(&"农业保险赔付率".to_string()))
        .unwrap();
    assert_eq!(
        [&row[operator], &row[target], &row[unit], &row[direction]],
        ["≥", "95", "%", "正向"]
    );
    let words = rows
        .iter()
        .find(|r| r.contains(&"效果显著".to_string()))
        .unwrap();
    assert_eq!(words[operator], "定性");
    // `补助金额 ≥ 400 万元` names what it measures: left whole, with a note.
    let whole = rows
        .iter()
        .find(|r| r.contains(&"补助金额 ≥ 400 万元".to_string()))
        .unwrap();
    assert_eq!(whole[operator], "定性");
    assert!(
        notes.iter().any(|n| n.value == "补助金额 ≥ 400 万元"),
        "{notes:?}"
    );
}

#[test]
fn weights_survive_the_list() {
    let (_, workbook) = samples()
        .into_iter()
        .find(|(n, _)| n.contains("selfeval"))
        .unwrap();
    let weights = |w: &Workbook| -> Vec<String> {
        w.records
            .iter()
            .flat_map(|r| {
                r.indicators()
                    .map(|(_, _, _, i)| i.weight.text().to_string())
            })
            .collect()
    };
    assert!(weights(&workbook).iter().any(|w| !w.is_empty()));
    let (flat, notes) = flat_workbook(&workbook);
    assert!(
        notes.iter().any(|n| n.indicator.is_empty()),
        "the money table is named as left out"
    );
    let read = import_text(&workbook_text(&flat));
    assert_eq!(weights(&read), weights(&workbook));
}

#[test]
fn the_list_as_xlsx_holds_the_same_cells() {
    let (_, workbook) = samples()
        .into_iter()
        .find(|(n, _)| n == "qinglong-2025")
        .unwrap();
    let (flat, _) = flat_workbook(&workbook);
    let mut book = Xlsx::new(Cursor::new(workbook_xlsx(&flat).unwrap())).unwrap();
    let names = book.sheet_names();
    assert_eq!(names.len(), flat.records.len());
    for (name, record) in names.iter().zip(&flat.records) {
        let range = book.worksheet_range(name).unwrap();
        for (r, row) in record_grid(record).rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                match range.get_value((r as u32, c as u32)) {
                    Some(Data::String(s)) => assert_eq!(s, text),
                    Some(Data::Float(_)) => assert!(text.parse::<f64>().is_ok(), "{text}"),
                    _ => assert_eq!(text, "", "{name} {r},{c}"),
                }
            }
        }
    }
}
