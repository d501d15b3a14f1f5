//! The checks on real sample tables changed the way a clerk or a PDF might change them: a
//! spending plan written in percent, and two cells of a row swapped. Each test starts from the
//! imported document, so the rules meet the records the importer really makes.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

use jixiao::check::{Finding, check_record, check_workbook};
use jixiao::model::{Indicator, Place, Record, Workbook};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The fixture with `from` (which must occur exactly once) replaced by `to`, imported.
fn changed(name: &str, from: &str, to: &str) -> Workbook {
    let text = fixture(name);
    assert_eq!(text.matches(from).count(), 1, "{from}");
    jixiao::import::import_text(&text.replacen(from, to, 1))
}

/// The index of the table named `name`.
fn table(workbook: &Workbook, name: &str) -> usize {
    workbook
        .records
        .iter()
        .position(|r| r.header.name == name)
        .unwrap_or_else(|| panic!("no table {name}"))
}

fn of_code<'f>(findings: &'f [Finding], code: &str) -> Vec<&'f Finding> {
    findings.iter().filter(|f| f.code == code).collect()
}

const PLAN: &str = "\t12.50\t\t25.00\t\t37.50\t\n12月底\t50.00\t";

#[test]
fn a_hebei_spending_plan_written_in_percent_is_accepted() {
    let workbook = changed(
        "qinglong-2025",
        PLAN,
        "\t25%\t\t50%\t\t75%\t\n12月底\t100%\t",
    );
    let i = table(&workbook, "就业专项资金县级配套");
    let findings = check_record(&workbook.records[i], i);
    assert!(
        of_code(&findings, "amount-format").is_empty(),
        "{findings:#?}"
    );
    assert!(
        of_code(&findings, "spending-plan").is_empty(),
        "{findings:#?}"
    );
}

#[test]
fn a_percent_plan_that_falls_back_or_stops_short_is_still_reported() {
    let workbook = changed(
        "qinglong-2025",
        PLAN,
        "\t50%\t\t25%\t\t75%\t\n12月底\t90%\t",
    );
    let i = table(&workbook, "就业专项资金县级配套");
    let findings = check_record(&workbook.records[i], i);
    let plan: Vec<_> = of_code(&findings, "spending-plan")
        .into_iter()
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        plan,
        [
            "资金支出计划 6月底 25%少于 3月底 50%，累计数不应减少",
            "资金支出计划 12月底 90%应等于100%"
        ]
    );
}

#[test]
fn garbage_in_a_spending_plan_is_still_an_amount_format_error() {
    let workbook = changed(
        "qinglong-2025",
        PLAN,
        "\t约四分之一\t\t25.00\t\t37.50\t\n12月底\t50.00\t",
    );
    let i = table(&workbook, "就业专项资金县级配套");
    let findings = check_record(&workbook.records[i], i);
    let format: Vec<_> = of_code(&findings, "amount-format")
        .into_iter()
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        format,
        ["资金支出计划 3月底「约四分之一」不是金额或百分比数字"]
    );
}

/// Checks that `workbook` has exactly one `swapped-cells` warning, at an indicator cell,
/// and that applying its fix gives back `original`'s record.
fn swap_is_found_and_undone(workbook: &Workbook, original: &Workbook) {
    let found: Vec<_> = check_workbook(workbook)
        .into_iter()
        .filter(|f| f.code == "swapped-cells")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    let finding = &found[0];
    assert_eq!(finding.severity.key(), "warning");
    let mut record: Record = workbook.records[finding.record].clone();
    assert!(matches!(finding.place, Place::Indicator(..)));
    assert!(finding.fixes[0].apply(&mut record));
    assert_eq!(record, original.records[finding.record]);
    assert!(
        check_record(&record, finding.record)
            .iter()
            .all(|f| f.code != "swapped-cells")
    );
}

/// The fixture imported, then the row whose name contains `name` edited by `swap` — as a clerk
/// might fill it in the editor (the importer itself puts swapped cells back, with a note).
fn edited(fixture_name: &str, name: &str, swap: fn(&mut Indicator)) -> (Workbook, Workbook) {
    let original = jixiao::import::import_text(&fixture(fixture_name));
    let mut workbook = original.clone();
    let indicator = workbook
        .records
        .iter_mut()
        .flat_map(|r| r.groups.iter_mut())
        .flat_map(|g| g.groups.iter_mut())
        .flat_map(|g| g.indicators.iter_mut())
        .find(|i| i.name.contains(name))
        .unwrap_or_else(|| panic!("no indicator {name}"));
    swap(indicator);
    (workbook, original)
}

#[test]
fn a_county_target_swapped_with_its_indicator_name_is_a_warning_with_a_swap_fix() {
    let (workbook, original) = edited("pingluo-2026", "工伤案件结案率", |i| {
        std::mem::swap(&mut i.name, &mut i.value)
    });
    swap_is_found_and_undone(&workbook, &original);
}

#[test]
fn a_hebei_target_swapped_with_its_basis_is_a_warning_with_a_swap_fix() {
    let (workbook, original) = edited("qinglong-2025", "就业见习补贴到位率", |i| {
        std::mem::swap(&mut i.value, &mut i.basis)
    });
    swap_is_found_and_undone(&workbook, &original);
}
