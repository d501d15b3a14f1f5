//! Writes a realistic generated workbook as a jixiao RON file, for trying the editor, the checks
//! and the export on many tables.
//!
//! Usage:
//!
//! ```text
//! cargo run --example generate_workbook -- OUT.ron [COUNT] [--seed SEED]
//! ```
//!
//! COUNT tables (default 1000) cycle through the five layouts, with Chinese indicator names and
//! values and about one table in four carrying a deliberate mistake the checks should report
//! (cost lines that do not add up, `≥100%`, a deadline outside the budget year, …). The same
//! COUNT and SEED (default 1) always write the same file. The generator itself lives in
//! `benches/support/workbook_gen.rs` so benches and tests can use it without copying it.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "../benches/support/workbook_gen.rs"]
mod workbook_gen;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "用法：generate_workbook 输出文件.ron [表格数量，默认 1000] [--seed 种子]";

struct Args {
    out: PathBuf,
    count: usize,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut out = None;
    let mut count = None;
    let mut seed = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--seed" {
            let value = args.next().ok_or("--seed 后缺少种子数值")?;
            seed = value
                .parse()
                .map_err(|_| format!("种子必须是非负整数：{value}"))?;
        } else if out.is_none() {
            out = Some(PathBuf::from(arg));
        } else if count.is_none() {
            count = Some(
                arg.parse()
                    .map_err(|_| format!("表格数量必须是非负整数：{arg}"))?,
            );
        } else {
            return Err(format!("多余的参数：{arg}"));
        }
    }
    Ok(Args {
        out: out.ok_or("缺少输出文件路径")?,
        count: count.unwrap_or(1000),
        seed,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let workbook = workbook_gen::generate(args.count, args.seed);
    match jixiao::store::save(&args.out, &workbook) {
        Ok(()) => {
            eprintln!(
                "已写入 {} 张表格到 {}",
                workbook.records.len(),
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
