//! How long the checks take: one record (live checking in the editor, well under a millisecond)
//! and a workbook of 1,000 records (`jixiao check` on a department's document, under 10 ms).
//!
//! `cargo bench --no-default-features --bench check`
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "support/workbook_gen.rs"]
mod workbook_gen;

use criterion::{Criterion, criterion_group, criterion_main};
use jixiao::check::{check_record, check_workbook};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let workbook = workbook_gen::generate(1000, 7);
    let largest = workbook
        .records
        .iter()
        .max_by_key(|r| r.indicator_count())
        .expect("a generated record");
    c.bench_function(
        &format!("check_record ({} rows)", largest.indicator_count()),
        |b| b.iter(|| check_record(black_box(largest), 0)),
    );
    c.bench_function("check_workbook (1000 records)", |b| {
        b.iter(|| check_workbook(black_box(&workbook)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
