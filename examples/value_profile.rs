//! Runs the value grammar, or the checks, a given number of times, for instruction counts under
//! `valgrind --tool=callgrind`: timings on a shared machine vary with its load, instruction counts
//! do not. Run once with 0 and once with N repetitions; the difference divided by N is the cost of
//! one run, without the cost of building the inputs.
//!
//! ```text
//! cargo build --release --no-default-features --example value_profile
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/examples/value_profile parse 10
//! ```
//!
//! What to run: `parse` or `tidy` (every value cell of the sample documents), `find_money` (their
//! goal, fund-use and result texts), `check` (a generated workbook of 1,000 records).
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "../benches/support/value_cells.rs"]
mod value_cells;
#[path = "../benches/support/workbook_gen.rs"]
mod workbook_gen;

use jixiao::check::check_workbook;
use jixiao::value::{find_money, parse, tidy};
use std::hint::black_box;
use std::process::ExitCode;
use value_cells::{all_value_cells, goal_texts};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(what), Some(times)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: value_profile parse|tidy|find_money|check TIMES");
        return ExitCode::FAILURE;
    };
    match what.as_str() {
        "parse" => repeat(times, &all_value_cells(), |text| {
            black_box(parse(text));
        }),
        "tidy" => repeat(times, &all_value_cells(), |text| {
            black_box(tidy(text));
        }),
        "find_money" => repeat(times, &goal_texts(), |text| {
            black_box(find_money(text));
        }),
        "check" => {
            let workbook = workbook_gen::generate(1000, 7);
            for _ in 0..times {
                black_box(check_workbook(black_box(&workbook)));
            }
        }
        _ => {
            eprintln!("unknown: {what}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn repeat(times: usize, texts: &[String], run: impl Fn(&str)) {
    eprintln!("{} texts", texts.len());
    for _ in 0..times {
        for text in texts {
            run(black_box(text));
        }
    }
}
