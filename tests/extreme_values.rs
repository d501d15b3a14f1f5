//! Numbers, dates and percentages at and beyond what jixiao can compute with, in real documents:
//! reading, checking, scoring and exporting them never panics, and a sum too large to compute
//! is the finding `amount-too-large` (`金额过大，无法核算`), not a crash and not silence.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::check::Finding;
use jixiao::fuzz::inspect;
use jixiao::import::import_text;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The first table of the 2026 county sample (amounts in 元) and of the 2024 self-evaluation.
fn county_table() -> String {
    fixture("pingluo-2026.txt")
        .lines()
        .take(30)
        .collect::<Vec<_>>()
        .join("\n")
}

fn evaluation_table() -> String {
    fixture("zhongwei-selfeval-2024.txt")
        .lines()
        .take(28)
        .collect::<Vec<_>>()
        .join("\n")
}

fn too_large(findings: &[Finding]) -> Vec<&str> {
    findings
        .iter()
        .filter(|f| f.code == "amount-too-large")
        .map(|f| f.message.as_str())
        .collect()
}

#[test]
fn cost_lines_whose_sum_overflows_are_reported_as_too_large_to_compute() {
    let text = county_table()
        .replace("8 万元", "79228162514264337593543950335 元")
        .replace("4 万元", "1 元");
    let findings = inspect(&import_text(&text));
    assert_eq!(too_large(&findings), ["成本指标合计金额过大，无法核算"]);
    assert!(!findings.iter().any(|f| f.code == "cost-sum"));
}

#[test]
fn weights_at_the_decimal_maximum_are_reported_as_too_large_to_add_up() {
    let max = "79228162514264337593543950335";
    let text = evaluation_table()
        .replace("\t10\t", &format!("\t{max}\t"))
        .replace("\t10\n", &format!("\t{max}\n"));
    let findings = inspect(&import_text(&text));
    let found = too_large(&findings);
    assert!(
        found.contains(&"各项分值合计金额过大，无法核算"),
        "{found:?}"
    );
    assert!(
        found.contains(&"各项得分合计金额过大，无法核算"),
        "{found:?}"
    );
}

#[test]
fn a_25_digit_amount_in_ten_thousand_yuan_is_too_large_to_convert() {
    let text = county_table().replace(
        "项目年度金额(元)\t200000",
        "项目年度金额(万元)\t9999999999999999999999999",
    );
    let findings = inspect(&import_text(&text));
    assert_eq!(
        too_large(&findings),
        ["项目年度金额「9999999999999999999999999」金额过大，无法核算"]
    );
}

/// Numbers people type, and those no decimal holds.
fn extreme_number() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("9999999999999999999999999".to_owned()),
        Just("79228162514264337593543950335".to_owned()),
        Just("79228162514264337593543950336".to_owned()),
        Just("-0".to_owned()),
        Just("1e30".to_owned()),
        Just("0.0000000000000000000000001".to_owned()),
        Just("0.1234567890123456789012345678".to_owned()),
        Just("7900000000000000000000000".to_owned()),
        "[0-9]{20,32}",
        "0\\.[0-9]{26,30}",
    ]
}

/// A cell of a money table or an indicator: a number as money, percentage or score, or a date
/// with a far year.
fn extreme_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        extreme_number(),
        extreme_number().prop_map(|n| format!("{n}万元")),
        extreme_number().prop_map(|n| format!("≥{n}%")),
        extreme_number().prop_map(|n| format!("{n}%-{n}%")),
        prop::sample::select(vec!["0", "9999", "99999999", "999999999999"])
            .prop_map(|y| format!("{y}年12月31日前")),
    ]
}

/// `text` with its `k`-th number-bearing cells replaced by `cells`, in turn.
fn with_cells(text: &str, cells: &[(usize, String)]) -> String {
    let mut lines: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect();
    let mut numeric: Vec<&mut String> = lines
        .iter_mut()
        .flatten()
        .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
        .collect();
    let count = numeric.len().max(1);
    for (k, cell) in cells {
        if let Some(slot) = numeric.get_mut(k % count) {
            **slot = cell.clone();
        }
    }
    lines
        .iter()
        .map(|l| l.join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The samples the mutations start from: the five documents and the other offices' forms.
fn samples() -> Vec<String> {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for folder in [dir.clone(), format!("{dir}/other-forms")] {
        let mut paths: Vec<_> = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    texts
}

/// A change a clerk or a PDF extraction might make to a document.
#[derive(Debug, Clone)]
enum Mutation {
    /// A digit typed at the `at`-th character.
    Digit { at: usize, digit: char },
    /// The `k`-th number-bearing cell replaced.
    Cell { k: usize, text: String },
    /// Two cells of the `line`-th line exchanged.
    Swap { line: usize, a: usize, b: usize },
    /// The `line`-th line left out.
    DeleteLine { line: usize },
    /// The `cell`-th cell of the `line`-th line left out.
    DeleteCell { line: usize, cell: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), prop::char::range('0', '9'))
            .prop_map(|(at, digit)| Mutation::Digit { at, digit }),
        (any::<usize>(), extreme_cell()).prop_map(|(k, text)| Mutation::Cell { k, text }),
        (any::<usize>(), 0..8usize, 0..8usize).prop_map(|(line, a, b)| Mutation::Swap {
            line,
            a,
            b
        }),
        any::<usize>().prop_map(|line| Mutation::DeleteLine { line }),
        (any::<usize>(), 0..8usize).prop_map(|(line, cell)| Mutation::DeleteCell { line, cell }),
    ]
}

fn mutate(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect();
    let count = lines.len().max(1);
    let joined = |lines: &[Vec<String>]| {
        lines
            .iter()
            .map(|l| l.join("\t"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    match mutation {
        Mutation::Digit { at, digit } => {
            let chars: Vec<char> = text.chars().collect();
            let at = at % chars.len().max(1);
            let mut out: String = chars.iter().take(at).collect();
            out.push(*digit);
            out.extend(chars.iter().skip(at));
            out
        }
        Mutation::Cell { k, text: cell } => with_cells(text, &[(*k, cell.clone())]),
        Mutation::Swap { line, a, b } => {
            if let Some(cells) = lines.get_mut(line % count)
                && *a < cells.len()
                && *b < cells.len()
            {
                cells.swap(*a, *b);
            }
            joined(&lines)
        }
        Mutation::DeleteLine { line } => {
            if !lines.is_empty() {
                lines.remove(line % count);
            }
            joined(&lines)
        }
        Mutation::DeleteCell { line, cell } => {
            if let Some(cells) = lines.get_mut(line % count)
                && *cell < cells.len()
            {
                cells.remove(*cell);
            }
            joined(&lines)
        }
    }
}

/// Imports, checks, scores and exports `text` as `inspect` and `check` do; a panic fails the case.
fn survives(text: &str) -> Result<(), TestCaseError> {
    let outcome = std::panic::catch_unwind(|| inspect(&import_text(text)));
    prop_assert!(outcome.is_ok(), "panicked on:\n{text}");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn extreme_numbers_and_dates_in_a_county_table_never_panic(
        cells in prop::collection::vec((any::<usize>(), extreme_cell()), 1..6)
    ) {
        survives(&with_cells(&county_table(), &cells))?;
    }

    #[test]
    fn extreme_weights_scores_and_money_in_a_self_evaluation_never_panic(
        cells in prop::collection::vec((any::<usize>(), extreme_cell()), 1..8)
    ) {
        survives(&with_cells(&evaluation_table(), &cells))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn mutated_real_documents_are_read_checked_scored_and_exported_without_a_panic(
        sample in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..5)
    ) {
        let samples = samples();
        let mut text = sample.get(&samples).clone();
        for m in &mutations {
            text = mutate(&text, m);
        }
        survives(&text)?;
    }
}
