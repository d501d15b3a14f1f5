//! Times reviewing a folder (`jixiao check FOLDER`), for docs/perf.md.
//!
//! `cargo run --release --no-default-features --example measure_review -- [FILES] [RUNS]` writes
//! FILES documents (default 1000: the five sample texts repeated) into a temporary folder and
//! times the walk, reading and checking on 1 thread and on 2, RUNS runs each (default 3),
//! printing each time and the tables and findings found.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::review::{self, Review};
use std::path::Path;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let files: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1000);
    let runs: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(3);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let samples = [
        "pingluo-2026",
        "pingluo-2024",
        "qinglong-2025",
        "ningxia-region-2026",
        "zhongwei-selfeval-2024",
    ];
    let texts = samples
        .iter()
        .map(|name| std::fs::read(fixtures.join(format!("{name}.txt"))))
        .collect::<Result<Vec<_>, _>>()?;
    let dir = tempfile::tempdir()?;
    let mut bytes = 0;
    for k in 0..files {
        let text = &texts[k % texts.len()];
        bytes += text.len();
        let name = format!("{:04}-{}.txt", k, samples[k % samples.len()]);
        std::fs::write(dir.path().join(name), text)?;
    }
    println!(
        "{files} documents, {:.1} MB, {} cores available",
        bytes as f64 / 1e6,
        review::all_cores()
    );
    for threads in [1, 2] {
        for run in 1..=runs {
            let started = Instant::now();
            let found = review::documents(&[dir.path().to_path_buf()]);
            let review = Review::run(&found, threads, &|| {});
            let elapsed = started.elapsed();
            let totals = review.totals();
            println!(
                "threads {threads} run {run}: {:.0} ms — {} tables, {} findings, {} unreadable",
                elapsed.as_secs_f64() * 1e3,
                totals.tables,
                totals.errors + totals.warnings + totals.infos,
                totals.unreadable
            );
        }
    }
    Ok(())
}
