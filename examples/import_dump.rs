//! Prints what the importer reads from a document: every record, its tree and its notes.
//! `cargo run --example import_dump --no-default-features -- tests/fixtures/pingluo-2024.txt`

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: import_dump FILE");
        return;
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let workbook = match jixiao::import::import_bytes(&bytes) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    for (i, r) in workbook.records.iter().enumerate() {
        println!(
            "=== {i} {:?} {:?} year={:?} unit={:?} title={:?}",
            r.layout, r.scheme, r.year, r.unit, r.title
        );
        println!("  header: {:?}", r.header);
        println!("  funding: {:?}", r.funding);
        println!(
            "  confidence: {:?}  columns: {:?}",
            r.confidence(),
            r.columns.iter().map(|c| &c.heading).collect::<Vec<_>>()
        );
        if let Some(p) = &r.spending_plan {
            println!(
                "  plan: {:?}",
                p.points().map(|(l, a)| format!("{l}={}", a.text()))
            );
        }
        if let Some(e) = &r.evaluation {
            println!("  evaluation: {e:?}");
        }
        for g1 in &r.groups {
            println!("  [{:?}] {} w={}", g1.category, g1.label, g1.weight.text());
            for g2 in &g1.groups {
                println!("    [{:?}] {}", g2.category, g2.label);
                for ind in &g2.indicators {
                    println!(
                        "      - {} | {} | {} | {} | w={} s={}",
                        ind.name,
                        ind.target_text(),
                        ind.description,
                        ind.basis,
                        ind.weight.text(),
                        ind.score.text()
                    );
                    let split: Vec<String> = [
                        ("性质", &ind.nature),
                        ("符号", &ind.operator),
                        ("方向", &ind.direction),
                        ("单位", &ind.unit),
                        ("实际", &ind.actual),
                        ("偏差", &ind.deviation),
                        ("解释", &ind.standard),
                        ("备注", &ind.remark),
                    ]
                    .iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                    if !split.is_empty() {
                        println!("          {}", split.join(" "));
                    }
                }
            }
        }
        println!("  indicators: {}", r.indicator_count());
        for n in &r.notes {
            println!("  note L{}: {} <= {}", n.line, n.action, n.seen);
        }
    }
}
