//! Measures whether the canonical export is a fixed point over damaged samples: every sample of
//! `tests/fixtures` and `tests/fixtures/other-forms`, unmodified and with one to four pieces of the
//! damage a copy out of a PDF or spreadsheet does, is imported, exported, imported and exported
//! again; the failures are counted by class (see `tests/common/fixpoint.rs`).
//!
//! `cargo run --release --example measure_fixpoint -- [MUTANTS_PER_SAMPLE] [SEED] [--save DIR]`
//! (defaults 400 and 1). `--save DIR` writes each failing mutant, shrunk to the fewest lines
//! that still fail the same way, as `DIR/<class>-<n>.txt` (at most five per class, or `JIXIAO_FIXPOINT_SAVE_MAX`), and whole
//! as `DIR/<what reads back differently>-<n>.txt` (`layout_NationalTarget-to-RegionForm-1.txt`);
//! `--show FILE` prints the two canonical texts of one document and how they fail; `--shrink FILE
//! SHAPE` prints the fewest lines of it the re-import still reads differently as `SHAPE`
//! (`"layout NationalTarget → Headings"`), for a case of the corpus.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

#[path = "../tests/common/fixpoint.rs"]
mod fixpoint;

use fixpoint::{Edit, KIND_NAMES, KINDS, as_carried, check, damage};
use proptest::prelude::Rng;
use proptest::test_runner::{RngAlgorithm, TestRng};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn samples() -> std::io::Result<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths = Vec::new();
    for dir in [root.clone(), root.join("other-forms")] {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    Ok(paths)
}

/// `source` with as many lines left out as can be while it still fails as `class`.
fn shrunk(source: &str, class: &str) -> String {
    shrunk_while(source, |text| {
        check(text).is_err_and(|f| f.class() == class)
    })
}

/// `source` with as many lines left out as can be while `fails` holds for the rest.
fn shrunk_while(source: &str, fails: impl Fn(&str) -> bool) -> String {
    let fails = |lines: &[&str]| {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        fails(&text)
    };
    let mut lines: Vec<&str> = source.lines().collect();
    let mut chunk = lines.len().div_ceil(2).max(1);
    loop {
        let mut at = 0;
        while at < lines.len() {
            let mut fewer = lines.clone();
            fewer.drain(at..(at + chunk).min(lines.len()));
            if !fewer.is_empty() && fails(&fewer) {
                lines = fewer;
            } else {
                at += chunk;
            }
        }
        if chunk == 1 {
            break;
        }
        chunk = chunk.div_ceil(2);
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// Prints the canonical text of `path`, the canonical text of its re-import, and the failure.
fn show(path: &str) -> Result<(), Box<dyn std::error::Error>> {
    use jixiao::export::workbook_text;
    use jixiao::import::import_text;
    let source = std::fs::read_to_string(path)?;
    let (read, again) = (
        import_text(&source),
        import_text(&workbook_text(&import_text(&source))),
    );
    let first = workbook_text(&read);
    let second = workbook_text(&again);
    println!("--- first export\n{first}--- second export\n{second}---");
    let json = |r: &jixiao::model::Record| serde_json::to_value(as_carried(r)).unwrap_or_default();
    for (a, b) in read.records.iter().zip(&again.records) {
        let mut paths = Vec::new();
        fixpoint::differences("", &json(a), &json(b), &mut paths);
        println!("{}", paths.join("\n"));
    }
    println!("{:?}", check(&source));
    Ok(())
}

/// The fields the re-import of `source`'s canonical text reads differently, as shapes; a
/// changed form is reported as the two layouts.
fn read_differently(source: &str) -> std::collections::BTreeSet<String> {
    use jixiao::export::workbook_text;
    use jixiao::import::import_text;
    let first = import_text(source);
    let second = import_text(&workbook_text(&first));
    let json = |r: &jixiao::model::Record| serde_json::to_value(as_carried(r)).unwrap_or_default();
    let mut shapes = std::collections::BTreeSet::new();
    for (a, b) in first.records.iter().zip(&second.records) {
        if a.layout != b.layout {
            shapes.insert(format!("layout {:?} → {:?}", a.layout, b.layout));
            continue;
        }
        let mut paths = Vec::new();
        fixpoint::differences("", &json(a), &json(b), &mut paths);
        shapes.extend(paths.iter().map(|p| format!("{:?} {}", a.layout, shape(p))));
    }
    shapes
}

/// A field path without its indices and value: `.groups[].groups[].label`.
fn shape(path: &str) -> String {
    let path = path.split(':').next().unwrap_or_default();
    let mut out = String::new();
    let mut inside = false;
    for c in path.chars() {
        match c {
            '[' => {
                inside = true;
                out.push_str("[]");
            }
            ']' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let save = match args.iter().position(|a| a == "--save") {
        Some(i) if i + 1 < args.len() => {
            let dir = PathBuf::from(args.remove(i + 1));
            args.remove(i);
            Some(dir)
        }
        _ => None,
    };
    let save_max: usize = std::env::var("JIXIAO_FIXPOINT_SAVE_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    if let Some(i) = args.iter().position(|a| a == "--shrink") {
        let (path, shape) = (
            args.get(i + 1).map_or("", String::as_str),
            args.get(i + 2).map_or("", String::as_str),
        );
        let source = std::fs::read_to_string(path)?;
        print!(
            "{}",
            shrunk_while(&source, |t| read_differently(t).contains(shape))
        );
        return Ok(());
    }
    if let Some(i) = args.iter().position(|a| a == "--show") {
        return show(args.get(i + 1).map_or("", String::as_str));
    }
    let per_sample: usize = args.first().map_or(Ok(400), |a| a.parse())?;
    let seed: u64 = args.get(1).map_or(Ok(1), |a| a.parse())?;

    let paths = samples()?;
    let mut unmodified = 0;
    for path in &paths {
        if let Err(failure) = check(&std::fs::read_to_string(path)?) {
            unmodified += 1;
            println!("unmodified {}: {failure:?}", path.display());
        }
    }
    println!(
        "unmodified samples: {} of {} not a fixed point",
        unmodified,
        paths.len()
    );

    // proptest's generator (a dev-dependency): the same seed names the same mutants everywhere.
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let (mut mutants, mut with_tables) = (0, 0);
    let mut by_class: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut saved: BTreeMap<&str, usize> = BTreeMap::new();
    let mut saved_shapes: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_field: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_sample: BTreeMap<String, usize> = BTreeMap::new();
    for path in &paths {
        let source = std::fs::read_to_string(path)?;
        for _ in 0..per_sample {
            let count = 1 + rng.next_u64() % 4;
            let edits: Vec<Edit> = (0..count)
                .map(|_| {
                    (
                        (rng.next_u64() % u64::from(KINDS)) as u8,
                        rng.next_u64(),
                        rng.next_u64(),
                    )
                })
                .collect();
            let mutant = damage(&source, &edits);
            mutants += 1;
            if jixiao::import::import_text(&mutant).records.is_empty() {
                continue;
            }
            with_tables += 1;
            let result = check(&mutant);
            for &(kind, _, _) in &edits {
                let entry = by_kind.entry(KIND_NAMES[usize::from(kind)]).or_default();
                entry.0 += 1;
                entry.1 += usize::from(result.is_err());
            }
            let Err(failure) = result else { continue };
            for shape in read_differently(&mutant) {
                if let Some(dir) = &save {
                    // Saved whole: shrinking it often finds another failure.
                    let name: String = shape
                        .replace(" → ", "-to-")
                        .chars()
                        .map(|c| {
                            if c.is_alphanumeric() || c == '-' {
                                c
                            } else {
                                '_'
                            }
                        })
                        .collect();
                    let n = saved_shapes.entry(name.clone()).or_default();
                    if *n < save_max {
                        *n += 1;
                        std::fs::create_dir_all(dir)?;
                        std::fs::write(dir.join(format!("{name}-{n}.txt")), &mutant)?;
                    }
                }
                *by_field.entry(shape).or_default() += 1;
            }
            let class = failure.class();
            let name = path
                .file_stem()
                .map_or(String::new(), |s| s.to_string_lossy().into());
            *by_sample.entry(name).or_default() += 1;
            *by_class.entry(class).or_default() += 1;
            if let Some(dir) = &save {
                let n = saved.entry(class).or_default();
                if *n < save_max {
                    *n += 1;
                    std::fs::create_dir_all(dir)?;
                    let name = format!("{}-{n}.txt", class.replace(' ', "-"));
                    std::fs::write(dir.join(name), shrunk(&mutant, class))?;
                }
            }
        }
    }
    let failed: usize = by_class.values().sum();
    println!(
        "mutants: {mutants} (seed {seed}), {with_tables} with tables, {failed} not a fixed point"
    );
    for (class, n) in &by_class {
        println!("  {class:<40} {n:>6}");
    }
    println!("what the re-import reads differently (mutants):");
    for (field, n) in &by_field {
        println!("  {field:<40} {n:>6}");
    }
    println!("by sample (failing mutants of {per_sample}):");
    for (sample, n) in &by_sample {
        println!("  {sample:<40} {n:>6}");
    }
    println!("by damage (mutants holding it: total, failing):");
    for (kind, (total, failing)) in &by_kind {
        println!("  {kind:<40} {total:>6} {failing:>6}");
    }
    Ok(())
}
