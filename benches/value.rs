//! How long the value grammar takes on real text: every value cell of the sample documents
//! (`parse`, `tidy`) and every goal, fund-use and result text of their tables (`find_money`), as
//! the checks read them. The checks of a 1,000-record workbook spend about half their time here.
//!
//! `cargo bench --no-default-features --bench value`
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "support/value_cells.rs"]
mod value_cells;

use criterion::{Criterion, criterion_group, criterion_main};
use jixiao::value::{find_money, parse, tidy};
use std::hint::black_box;
use value_cells::{all_value_cells, goal_texts};

fn bench(c: &mut Criterion) {
    let cells = all_value_cells();
    let goals = goal_texts();
    c.bench_function(&format!("parse ({} value cells)", cells.len()), |b| {
        b.iter(|| {
            for cell in &cells {
                black_box(parse(black_box(cell)));
            }
        })
    });
    c.bench_function(&format!("tidy ({} value cells)", cells.len()), |b| {
        b.iter(|| {
            for cell in &cells {
                black_box(tidy(black_box(cell)));
            }
        })
    });
    c.bench_function(&format!("find_money ({} goal texts)", goals.len()), |b| {
        b.iter(|| {
            for text in &goals {
                black_box(find_money(black_box(text)));
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
