//! Measures peak memory of the core on large inputs, for docs/perf.md.
//!
//! `cargo run --release --example measure_memory -- [MEGABYTES]` imports the five sample
//! documents repeated to about MEGABYTES (default 20) of text, then checks and exports the result,
//! printing the process's peak resident memory (Linux `VmHWM`) after each step.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::{check, export, import};
use std::path::Path;
use std::time::Instant;

fn peak_resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn report(step: &str, started: Instant) {
    let peak = peak_resident_kib().map_or_else(|| "?".to_string(), |k| format!("{} MiB", k / 1024));
    println!(
        "{step:<32} {:>8.1} ms   peak resident {peak}",
        started.elapsed().as_secs_f64() * 1000.0
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let megabytes: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(20);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut samples = String::new();
    for entry in std::fs::read_dir(&fixtures)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            samples.push_str(&std::fs::read_to_string(&path)?);
            samples.push('\n');
        }
    }
    let copies = (megabytes * 1024 * 1024).div_ceil(samples.len().max(1));
    let document = samples.repeat(copies);
    report(
        &format!("document of {} MB", document.len() / 1_000_000),
        Instant::now(),
    );

    let started = Instant::now();
    let workbook = import::import_text(&document);
    report(
        &format!("import ({} tables)", workbook.records.len()),
        started,
    );

    let started = Instant::now();
    let findings = check::check_workbook(&workbook);
    report(&format!("check ({} findings)", findings.len()), started);

    let started = Instant::now();
    let text = export::workbook_text(&workbook);
    report(&format!("export ({} MB)", text.len() / 1_000_000), started);
    Ok(())
}
