//! Workbook files that evolve: old versions read, newer ones refused by version, and a file
//! edited outside jixiao read as its text says or refused saying what and where.

// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use jixiao::layout::Layout;
use jixiao::model::{Record, Workbook};
use jixiao::store::{self, FORMAT_VERSION, StoreError};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn saved_text() -> String {
    let mut record = Record::blank(Layout::CountyForm, Some(2026));
    record.header.name = "示例项目".into();
    record.header.amount.set_text("400");
    store::to_ron_string(&Workbook {
        records: vec![record],
    })
    .unwrap()
}

/// What a reader would say about `text`, checked to name no internal type or library.
fn refusal(text: &str) -> StoreError {
    let err = store::from_ron_str(text, Path::new("手改.ron")).unwrap_err();
    let message = err.to_string();
    for internal in [
        "serde", "Probe", "Envelope", "Workbook", "Record", "Header", "ron::",
    ] {
        assert!(!message.contains(internal), "{message}");
    }
    assert!(
        message.contains("手改.ron") && !message.contains('\n'),
        "{message}"
    );
    err
}

#[test]
fn a_version_1_file_kept_in_the_fixtures_reads_and_saves_in_the_current_version() {
    let path = fixture("workbook-v1.ron");
    let workbook = store::load(&path).unwrap();
    assert!(!workbook.records.is_empty());
    let amount = &workbook.records[0].header.amount;
    assert_eq!(amount.value(), Some(Decimal::from(350_000)));
    let saved = store::to_ron_string(&workbook).unwrap();
    assert!(saved.contains(&format!("format_version: {FORMAT_VERSION},")));
    assert_eq!(
        store::from_ron_str(&saved, Path::new("again.ron")).unwrap(),
        workbook
    );
}

#[test]
fn a_file_starting_with_a_byte_order_mark_reads_like_one_without() {
    let text = saved_text();
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(
        store::from_ron_str(&with_bom, Path::new("bom.ron")).unwrap(),
        store::from_ron_str(&text, Path::new("plain.ron")).unwrap()
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    std::fs::write(&path, with_bom).unwrap();
    assert!(matches!(store::open(&path), Ok(store::Opened::Workbook(_))));
}

#[test]
fn a_version_beyond_any_32_bit_number_is_called_newer_not_damaged() {
    let text = saved_text().replacen(
        &format!("format_version: {FORMAT_VERSION},"),
        "format_version: 1099511627776,",
        1,
    );
    match refusal(&text) {
        StoreError::NewerVersion {
            found: 1_099_511_627_776,
            ..
        } => {}
        other => panic!("expected a newer version, got {other}"),
    }
}

#[test]
fn an_unknown_field_is_refused_naming_the_field_and_its_line() {
    let text = saved_text().replacen("title:", "colour: \"红\",\n        title:", 1);
    let line = 1 + text[..text.find("colour").unwrap()].matches('\n').count();
    match refusal(&text) {
        StoreError::Syntax {
            line: found_line,
            message,
            ..
        } => {
            assert_eq!(found_line, line);
            assert!(message.contains("colour"), "{message}");
        }
        other => panic!("expected the field refused, got {other}"),
    }
}

#[test]
fn an_unknown_field_inside_a_cell_is_refused_too() {
    let text = saved_text().replacen("text: \"400\",", "text: \"400\",\n note: \"x\",", 1);
    assert!(refusal(&text).to_string().contains("note"));
}

#[test]
fn a_stored_number_that_disagrees_with_its_cell_text_is_read_as_the_text_says() {
    let text = saved_text();
    assert!(text.contains("value: Some(\"400\")"), "{text}");
    let edited = text.replacen("value: Some(\"400\")", "value: Some(\"999\")", 1);
    let workbook = store::from_ron_str(&edited, Path::new("edited.ron")).unwrap();
    let amount = &workbook.records[0].header.amount;
    assert_eq!(amount.text(), "400");
    assert_eq!(amount.value(), Some(Decimal::from(400)));
}

#[test]
fn a_cell_saved_without_its_number_reads_the_number_from_its_text() {
    let text = saved_text().replacen("value: Some(\"400\"),", "", 1);
    let workbook = store::from_ron_str(&text, Path::new("short.ron")).unwrap();
    assert_eq!(
        workbook.records[0].header.amount.value(),
        Some(Decimal::from(400))
    );
}

#[test]
fn a_cut_off_file_says_where_it_ends_in_chinese() {
    let text = saved_text();
    let cut = &text[..text.len() / 2];
    let message = refusal(cut).to_string();
    assert!(
        message.contains("第 ") && message.contains(" 列"),
        "{message}"
    );
}

#[test]
fn a_file_without_a_version_is_refused_saying_so() {
    let message = refusal("(workbook: (records: []))").to_string();
    assert!(message.contains("format_version"), "{message}");
}

#[test]
fn an_unknown_field_is_refused_at_every_level_of_a_workbook() {
    let text = store::to_ron_string(&common::examples::example_workbook()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut seen = std::collections::HashSet::new();
    // Before the first line of every field name: one in each kind of part the file holds.
    for (at, line) in lines.iter().enumerate() {
        let field = line.trim_start();
        let Some((name, _)) = field.split_once(": ") else {
            continue;
        };
        if name.starts_with('"') || !seen.insert(name) {
            continue;
        }
        let indent = &line[..line.len() - field.len()];
        let mut edited = lines.clone();
        let extra = format!("{indent}unexpected_extra: 1,");
        edited.insert(at, &extra);
        let message = refusal(&edited.join("\n")).to_string();
        assert!(
            message.contains("unexpected_extra"),
            "before {name}: {message}"
        );
    }
    assert!(seen.len() > 40, "{seen:?}");
}

#[test]
fn the_cells_of_a_column_no_form_names_are_saved_and_read_back() {
    use jixiao::model::{Indicator, IndicatorCell, IndicatorColumn};
    let mut record = Record::blank(Layout::Headings, Some(2026));
    record.columns = vec![
        IndicatorColumn {
            cell: IndicatorCell::Name,
            heading: "三级指标".into(),
            guessed: false,
        },
        IndicatorColumn {
            cell: IndicatorCell::Other(0),
            heading: "考核方式".into(),
            guessed: false,
        },
    ];
    let mut indicator = Indicator::new("服务人次", "");
    indicator.set_text(IndicatorCell::Other(0), "台账核查");
    record.groups[0].groups[0].indicators.push(indicator);
    let workbook = Workbook {
        records: vec![record],
    };
    let text = store::to_ron_string(&workbook).unwrap();
    assert!(text.contains(&format!("format_version: {FORMAT_VERSION}")));
    assert!(
        text.contains("Other(0)") && text.contains("台账核查"),
        "{text}"
    );
    let read = store::from_ron_str(&text, Path::new("w.ron")).unwrap();
    assert_eq!(read, workbook);
    let (_, _, _, back) = read.records[0].indicators().next().unwrap();
    assert_eq!(back.text(IndicatorCell::Other(0)), "台账核查");
    assert_eq!(back.text(IndicatorCell::Other(1)), "");
}
