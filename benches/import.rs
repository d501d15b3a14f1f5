//! Import throughput: the five sample documents repeated to about 20 MB, read in one call.
//! `cargo bench --bench import`; the figure goes into docs/perf.md (## Import).
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SAMPLES: [&str; 5] = [
    "pingluo-2026",
    "pingluo-2024",
    "ningxia-region-2026",
    "zhongwei-selfeval-2024",
    "qinglong-2025",
];

fn document() -> String {
    let mut one = String::new();
    for name in SAMPLES {
        let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        one.push_str(&std::fs::read_to_string(path).unwrap_or_default());
        one.push('\n');
    }
    let repeats = (20 * 1024 * 1024) / one.len().max(1) + 1;
    one.repeat(repeats)
}

fn import(c: &mut Criterion) {
    let text = document();
    let bytes = text.as_bytes();
    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.sample_size(10);
    group.bench_function("samples_20mb_bytes", |b| {
        b.iter(|| jixiao::import::import_bytes(black_box(bytes)))
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
