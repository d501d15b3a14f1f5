//! What calamine does not tell of an .xlsx sheet: where its part is, which rows and columns are
//! hidden, and its merged ranges — read in one streaming pass over the sheet's XML.
//!
//! Hidden rows are `<row hidden="1">`, hidden columns `<col min max hidden="1">` (a filter's
//! hidden rows are written the same way); merged ranges are `<mergeCell ref="A1:B3">`.

use super::sheet::{MAX_COLUMNS, MAX_ROWS, Region};
use super::xml::{attr, flag_attr, open_part};
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::{Read, Seek};
use zip::ZipArchive;

/// Hidden rows and columns and merged ranges of one sheet (0-based).
#[derive(Debug, Default)]
pub(super) struct Layout {
    pub hidden_rows: Vec<u32>,
    pub hidden_cols: Vec<(u32, u32)>,
    pub merges: Vec<Region>,
}

/// The part of each sheet by its name, from `xl/workbook.xml` and its relationships.
pub(super) fn sheet_parts<R: Read + Seek>(zip: &mut ZipArchive<R>) -> HashMap<String, String> {
    let mut targets = HashMap::new();
    if let Ok(Some(mut xml)) = open_part(zip, "xl/_rels/workbook.xml.rels") {
        let mut buf = Vec::new();
        while let Ok(event) = xml.read_event_into(&mut buf) {
            match event {
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                    if let (Some(id), Some(target)) = (attr(&e, "Id"), attr(&e, "Target")) {
                        let part = match target.strip_prefix('/') {
                            Some(absolute) => absolute.to_owned(),
                            None => format!("xl/{target}"),
                        };
                        targets.insert(id, part);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
    }
    let mut parts = HashMap::new();
    if let Ok(Some(mut xml)) = open_part(zip, "xl/workbook.xml") {
        let mut buf = Vec::new();
        while let Ok(event) = xml.read_event_into(&mut buf) {
            match event {
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "sheet" => {
                    if let (Some(name), Some(id)) = (attr(&e, "name"), attr(&e, "id"))
                        && let Some(part) = targets.get(&id)
                    {
                        parts.insert(name, part.clone());
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
    }
    parts
}

/// The layout of the sheet in `part`; what cannot be read is left out (the cells are still
/// read by calamine, which reports a damaged sheet).
pub(super) fn read_layout<R: Read + Seek>(zip: &mut ZipArchive<R>, part: &str) -> Layout {
    let mut layout = Layout::default();
    let Ok(Some(mut xml)) = open_part(zip, part) else {
        return layout;
    };
    let mut buf = Vec::new();
    let mut next_row: u32 = 0;
    while let Ok(event) = xml.read_event_into(&mut buf) {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "row" => {
                    let row = attr(&e, "r")
                        .and_then(|r| r.trim().parse::<u32>().ok())
                        .and_then(|r| r.checked_sub(1))
                        .unwrap_or(next_row);
                    next_row = row.saturating_add(1);
                    if flag_attr(&e, "hidden") && row < MAX_ROWS {
                        layout.hidden_rows.push(row);
                    }
                }
                "col" if flag_attr(&e, "hidden") => {
                    let bound = |name| {
                        attr(&e, name)
                            .and_then(|v| v.trim().parse::<u32>().ok())
                            .and_then(|v| v.checked_sub(1))
                    };
                    if let (Some(min), Some(max)) = (bound("min"), bound("max"))
                        && min <= max
                        && min < MAX_COLUMNS
                    {
                        layout.hidden_cols.push((min, max.min(MAX_COLUMNS - 1)));
                    }
                }
                "mergeCell" => {
                    if let Some(region) = attr(&e, "ref").as_deref().and_then(parse_range) {
                        layout.merges.push(region);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    layout.hidden_cols.sort_unstable();
    layout
}

/// A range reference (`A1:B3`, or one cell `C4`), 0-based.
fn parse_range(reference: &str) -> Option<Region> {
    let (first, last) = reference.split_once(':').unwrap_or((reference, reference));
    let (first_row, first_col) = parse_cell(first)?;
    let (last_row, last_col) = parse_cell(last)?;
    Some(Region {
        first_row: first_row.min(last_row),
        first_col: first_col.min(last_col),
        last_row: first_row.max(last_row),
        last_col: first_col.max(last_col),
    })
}

/// A cell reference (`AB12`, `$A$1`) as (row, column), 0-based.
fn parse_cell(reference: &str) -> Option<(u32, u32)> {
    let reference = reference.trim().replace('$', "");
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let mut col: u32 = 0;
    for c in letters.chars() {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        col = col * 26 + (c.to_ascii_uppercase() as u32 - 'A' as u32 + 1);
    }
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_read_as_zero_based_positions() {
        assert_eq!(parse_cell("A1"), Some((0, 0)));
        assert_eq!(parse_cell("$XFD$1048576"), Some((1_048_575, 16_383)));
        assert_eq!(parse_cell("A0"), None);
        assert_eq!(parse_cell("1A"), None);
        assert_eq!(
            parse_range("B2:A1"),
            Some(Region {
                first_row: 0,
                first_col: 0,
                last_row: 1,
                last_col: 1
            })
        );
    }
}
