//! Times the PDF export, for docs/perf.md.
//!
//! `cargo run --release --no-default-features --example measure_pdf -- [TABLES] [RUNS]` builds a
//! workbook of TABLES tables (default 100) from the five sample documents, repeated, and times
//! `export::pdf::workbook_pdf` over RUNS runs (default 5), printing each time, the pages and the
//! PDF's size.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::export::pdf::workbook_pdf;
use jixiao::import::import_text;
use jixiao::model::Workbook;
use std::path::Path;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let tables: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(100);
    let runs: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(5);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut samples = Vec::new();
    for name in [
        "pingluo-2026",
        "pingluo-2024",
        "qinglong-2025",
        "ningxia-region-2026",
        "zhongwei-selfeval-2024",
    ] {
        let text = std::fs::read_to_string(fixtures.join(format!("{name}.txt")))?;
        samples.extend(import_text(&text).records);
    }
    if samples.is_empty() {
        return Err("no tables in the samples".into());
    }
    let workbook = Workbook {
        records: samples.iter().cycle().take(tables).cloned().collect(),
    };
    println!(
        "{} tables ({} distinct)",
        workbook.records.len(),
        samples.len()
    );
    for run in 1..=runs {
        let started = Instant::now();
        let pdf = workbook_pdf(&workbook)?;
        let elapsed = started.elapsed();
        let pages = count_pages(&pdf);
        println!(
            "run {run}: {:>7.1} ms, {pages} pages, {:.1} KiB",
            elapsed.as_secs_f64() * 1000.0,
            pdf.len() as f64 / 1024.0
        );
    }
    Ok(())
}

/// Page objects in the file (`/Type/Page`, not `/Pages`), without a PDF reader: krilla writes
/// no object streams, so every page's dictionary is in plain sight.
fn count_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type/Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && !w[needle.len()].is_ascii_alphabetic())
        .count()
}
