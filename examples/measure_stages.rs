#![allow(clippy::arithmetic_side_effects)]
//! Wall time of each stage of `jixiao check` and `jixiao import` on one document, for the speed
//! figures of docs/perf.md ("Province scale"):
//!
//!     cargo run --release --no-default-features --example measure_stages -- FILE
use std::time::Instant;

// The allocator of the `jixiao` binary, so the stages cost what they cost there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// CPU time of the process so far (user + system), from `/proc/self/stat`, in milliseconds.
fn cpu_ms() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<u64> = after_name
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse().ok())
        .collect();
    fields.iter().sum::<u64>() * 10
}

/// Runs `stage`, printing its wall and CPU time.
fn timed<T>(name: &str, stage: impl FnOnce() -> T) -> T {
    let (wall, cpu) = (Instant::now(), cpu_ms());
    let value = stage();
    println!(
        "{name:<8} {:>7.1} ms wall {:>5} ms CPU",
        wall.elapsed().as_secs_f64() * 1000.0,
        cpu_ms() - cpu
    );
    value
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: measure_stages FILE");
        std::process::exit(2);
    };
    let bytes = timed("read", || std::fs::read(&path).expect("readable file"));
    let workbook = timed("import", || {
        jixiao::import::import_bytes(&bytes).expect("a document")
    });
    let findings = timed("check", || jixiao::check::check_workbook(&workbook));
    let report = timed("report", || jixiao::cli::check_report(&workbook, &findings));
    let ron = timed("ron", || {
        jixiao::store::to_ron_string(&workbook).expect("serializable")
    });
    timed("free", || drop(workbook));
    println!(
        "report {} bytes, workbook {} bytes",
        report.len(),
        ron.len()
    );
}
