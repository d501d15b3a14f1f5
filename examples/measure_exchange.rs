//! Measures the office exchange for docs/perf.md: a workbook of 1,000 tables written as .xlsx and
//! opened again, and a sheet of 100,000 rows opened, each with the process's peak memory.
//!
//! `cargo run --release --example measure_exchange -- [TABLES] [ROWS]` (defaults 1000, 100000).
//! Peak memory is Linux `VmHWM`, which only grows: the steps run in order of the memory they
//! need, so each figure is that step's own peak.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::export::{workbook_text, workbook_xlsx};
use jixiao::import::{import_file, import_text};
use jixiao::model::Workbook;
use std::path::Path;
use std::time::Instant;

fn peak_resident_mib() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or_else(|| "?".to_string(), |kib| format!("{} MiB", kib / 1024))
}

fn report(step: &str, started: Instant) {
    println!(
        "{step:<44} {:>9.1} ms   peak resident {}",
        started.elapsed().as_secs_f64() * 1000.0,
        peak_resident_mib()
    );
}

/// The tables of the five local samples, repeated to `tables` tables.
fn sample_workbook(tables: usize) -> Result<Workbook, Box<dyn std::error::Error>> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut samples = Vec::new();
    for entry in std::fs::read_dir(&fixtures)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            samples.extend(import_text(&std::fs::read_to_string(&path)?).records);
        }
    }
    let records = samples.iter().cycle().take(tables).cloned().collect();
    Ok(Workbook { records })
}

/// A one-sheet workbook of a county-form table with `rows` indicator rows, as text a spreadsheet
/// program would have: written by jixiao's exporter from the imported text.
fn long_sheet(rows: usize) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let mut text = String::from(
        "项目支出绩效目标表\n项目名称\t大表\n主管部门\t某局\n实施单位\t某中心\n\
         项目资金（万元）\t年度资金总额：\t100\n年度绩效目标\t完成任务。\n\
         一级指标\t二级指标\t三级指标\t指标值\n",
    );
    for i in 0..rows {
        text.push_str(&format!("产出指标\t数量指标\t第{i}项任务完成数\t≥{i}个\n"));
    }
    Ok(workbook_xlsx(&import_text(&text))?)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let tables: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1000);
    let rows: usize = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(100_000);

    let workbook = sample_workbook(tables)?;
    let text_bytes = workbook_text(&workbook).len();
    report(
        &format!("{tables} tables ({} KB as text)", text_bytes / 1000),
        Instant::now(),
    );

    let started = Instant::now();
    let bytes = workbook_xlsx(&workbook)?;
    report(
        &format!(".xlsx export ({} KB)", bytes.len() / 1000),
        started,
    );

    let started = Instant::now();
    let read = import_file("workbook.xlsx", &bytes)?;
    report(
        &format!(".xlsx import ({} tables)", read.records.len()),
        started,
    );
    drop((workbook, read, bytes));

    let sheet = long_sheet(rows)?;
    let started = Instant::now();
    let read = import_file("long.xlsx", &sheet)?;
    let indicators: usize = read.records.iter().map(|r| r.indicator_count()).sum();
    report(
        &format!(
            "one sheet of {rows} rows ({} KB .xlsx): {indicators} indicators",
            sheet.len() / 1000
        ),
        started,
    );
    Ok(())
}
