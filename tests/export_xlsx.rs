//! The official form as .xlsx, read back with calamine: every table on its own sheet with the
//! grid's texts and merged cells, amounts as numbers showing the digits written, sheet names
//! Excel accepts, and the same bytes every time.
// Tests and measurements count freely; the lint guards the library (Cargo.toml [lints]).
#![allow(clippy::arithmetic_side_effects)]

mod common;

use calamine::{Data, Reader, Xlsx};
use jixiao::export::{record_grid, workbook_xlsx};
use jixiao::import::import_bytes;
use jixiao::model::{Record, Workbook};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::collections::HashSet;
use std::io::{Cursor, Read};
use std::path::Path;
use std::str::FromStr;

const SAMPLES: [&str; 5] = [
    "pingluo-2026",
    "pingluo-2024",
    "qinglong-2025",
    "ningxia-region-2026",
    "zhongwei-selfeval-2024",
];

fn sample(name: &str) -> Workbook {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.txt"));
    import_bytes(&std::fs::read(path).unwrap()).unwrap()
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes.to_vec())).expect("calamine opens the export")
}

/// The text a cell shows: a string as written, a number in the digits of the amount it stands
/// for (checked against the grid's text by the caller), nothing for an empty cell.
fn shown(cell: Option<&Data>) -> Option<String> {
    match cell {
        None | Some(Data::Empty) => Some(String::new()),
        Some(Data::String(s)) => Some(s.clone()),
        _ => None,
    }
}

/// Checks that the sheet `name` of `book` holds `record`'s grid: texts, numbers and merges.
fn assert_sheet_is_the_grid(book: &mut Xlsx<Cursor<Vec<u8>>>, name: &str, record: &Record) {
    let grid = record_grid(record);
    let range = book.worksheet_range(name).unwrap();
    for (r, row) in grid.rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let cell = range.get_value((r as u32, c as u32));
            match cell {
                Some(Data::Float(f)) => {
                    let amount = Decimal::from_str(text)
                        .unwrap_or_else(|_| panic!("{name} {r},{c}: number for text {text:?}"));
                    assert_eq!(amount.to_f64(), Some(*f), "{name} {r},{c}");
                }
                _ => assert_eq!(
                    shown(cell).as_deref(),
                    Some(text.as_str()),
                    "{name} {r},{c}: {cell:?}"
                ),
            }
        }
    }
    let merges: HashSet<_> = book
        .merge_cells_by_sheet_name(name)
        .unwrap()
        .into_iter()
        .map(|d| (d.start, d.end))
        .collect();
    let expected: HashSet<_> = grid
        .merges
        .iter()
        .map(|m| {
            let (r, c) = (m.row as u32, m.col as u32);
            ((r, c), (r + m.rows as u32 - 1, c + m.cols as u32 - 1))
        })
        .collect();
    assert_eq!(merges, expected, "{name}");
}

#[test]
fn every_sample_has_one_sheet_per_table_holding_its_grid() {
    for sample_name in SAMPLES {
        let workbook = sample(sample_name);
        let bytes = workbook_xlsx(&workbook).unwrap();
        let mut book = open(&bytes);
        let names = book.sheet_names();
        assert_eq!(names.len(), workbook.records.len(), "{sample_name}");
        let unique: HashSet<_> = names.iter().map(|n| n.to_lowercase()).collect();
        assert_eq!(unique.len(), names.len(), "{sample_name}: {names:?}");
        for (name, record) in names.iter().zip(&workbook.records) {
            assert!(name.encode_utf16().count() <= 31, "{name}");
            assert_sheet_is_the_grid(&mut book, name, record);
        }
    }
}

#[test]
fn a_sheet_is_named_after_its_project() {
    let workbook = sample("pingluo-2024");
    let mut book = open(&workbook_xlsx(&workbook).unwrap());
    let first = &workbook.records[0].header.name;
    assert_eq!(&book.sheet_names()[0], first);
    assert!(book.worksheet_range(first).is_ok());
}

#[test]
fn amounts_are_numbers_whose_format_shows_the_digits_written() {
    let workbook = sample("pingluo-2024");
    let record = &workbook.records[0];
    assert_eq!(record.header.amount.text(), "400.000000");
    let bytes = workbook_xlsx(&workbook).unwrap();
    let mut book = open(&bytes);
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let grid = record_grid(record);
    let numbers: Vec<_> = range
        .cells()
        .filter_map(|(r, c, d)| match d {
            Data::Float(f) => Some((r, c, *f)),
            _ => None,
        })
        .collect();
    assert_eq!(numbers.len(), 1, "{numbers:?}");
    let (r, c, value) = numbers[0];
    assert_eq!(value, 400.0);
    assert_eq!(grid.rows[r][c], "400.000000");
    let mut styles = String::new();
    zip::ZipArchive::new(Cursor::new(bytes))
        .unwrap()
        .by_name("xl/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(styles.contains(r#"formatCode="0.000000""#), "{styles}");
}

#[test]
fn indicator_values_stay_text_even_when_they_look_like_numbers() {
    let mut workbook = sample("pingluo-2024");
    workbook.records.truncate(1);
    let record = &mut workbook.records[0];
    record.groups[0].groups[0].indicators[0].value = "95".into();
    let mut book = open(&workbook_xlsx(&workbook).unwrap());
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let grid = record_grid(&workbook.records[0]);
    let (r, c) = grid
        .rows
        .iter()
        .enumerate()
        .find_map(|(r, row)| row.iter().position(|t| t == "95").map(|c| (r, c)))
        .unwrap();
    assert_eq!(
        range.get_value((r as u32, c as u32)),
        Some(&Data::String("95".into()))
    );
}

#[test]
fn awkward_names_become_distinct_valid_sheet_names() {
    let names = [
        "a/b:c*?",
        &"测".repeat(40),
        &"测".repeat(40),
        "重复",
        "重复",
        "'引号'",
        "",
    ];
    let records: Vec<Record> = names
        .iter()
        .map(|n| {
            let mut r = Record::default();
            r.header.name = n.to_string();
            r
        })
        .collect();
    let workbook = Workbook { records };
    let book = open(&workbook_xlsx(&workbook).unwrap());
    let sheets = book.sheet_names();
    assert_eq!(sheets.len(), names.len());
    let unique: HashSet<_> = sheets.iter().map(|n| n.to_lowercase()).collect();
    assert_eq!(unique.len(), sheets.len(), "{sheets:?}");
    for sheet in &sheets {
        assert!(!sheet.is_empty());
        assert!(sheet.encode_utf16().count() <= 31, "{sheet}");
        assert!(
            !sheet.contains(['[', ']', ':', '*', '?', '/', '\\']),
            "{sheet}"
        );
        assert!(
            !sheet.starts_with('\'') && !sheet.ends_with('\''),
            "{sheet}"
        );
    }
    assert_eq!(sheets[0], "a_b_c__");
    assert_eq!(sheets[3], "重复");
    assert_eq!(sheets[4], "重复(2)");
    assert_eq!(sheets[6], "表7");
}

#[test]
fn a_table_without_indicators_and_an_empty_workbook_export() {
    let mut record = Record::blank(jixiao::layout::Layout::RegionForm, Some(2026));
    record.groups.clear();
    let workbook = Workbook {
        records: vec![record.clone()],
    };
    let mut book = open(&workbook_xlsx(&workbook).unwrap());
    let name = book.sheet_names()[0].clone();
    assert_sheet_is_the_grid(&mut book, &name, &record);
    let empty = open(&workbook_xlsx(&Workbook::default()).unwrap());
    assert_eq!(empty.sheet_names().len(), 1);
}

#[test]
fn every_form_exports_with_its_merges() {
    for (layout, record) in common::examples::examples() {
        let workbook = Workbook {
            records: vec![record.clone()],
        };
        let mut book = open(&workbook_xlsx(&workbook).unwrap());
        let name = book.sheet_names()[0].clone();
        assert!(!name.is_empty(), "{}", layout.key());
        assert_sheet_is_the_grid(&mut book, &name, &record);
    }
}

#[test]
fn the_same_workbook_gives_the_same_bytes() {
    let workbook = sample("qinglong-2025");
    let first = workbook_xlsx(&workbook).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(first, workbook_xlsx(&workbook).unwrap());
}
