//! OpenDocument spreadsheets (.ods), read straight from `content.xml`.
//!
//! An .ods cell carries the text it shows (`<text:p>12.00</text:p>` beside
//! `office:value="12"`), which is exactly what a copy gives, so the shown text is read and no
//! number format is rendered. calamine's Ods gives the bare value instead and a dense range,
//! so this reads the XML itself, streaming: covered cells of a merged range
//! (`table:covered-table-cell`) read as empty, hidden rows and columns
//! (`table:visibility="collapse"` or `"filter"`) are left out with a note, hidden sheets
//! (`table:display="false"` in the sheet's style) are marked, and repeated rows or cells
//! (`table:number-rows-repeated`) cost nothing while empty.

use super::sheet::{MAX_COLUMNS, MAX_ROWS, SheetBuilder};
use super::xml::{PartReader, attr, count_attr, open_part, push_entity};
use super::{Failure, SheetDoc};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashSet;
use std::io::{Cursor, Read, Seek};

/// The mimetype an OpenDocument spreadsheet declares in its `mimetype` entry.
pub(super) const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

/// The sheets of an .ods workbook.
pub(super) fn read_ods(bytes: &[u8]) -> Result<Vec<SheetDoc>, Failure> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Failure::Damaged(e.to_string()))?;
    if zip.by_name("encryption-data").is_ok() || manifest_is_encrypted(&mut zip) {
        return Err(Failure::Encrypted);
    }
    let mut xml = open_part(&mut zip, "content.xml")
        .map_err(|e| Failure::Damaged(e.to_string()))?
        .ok_or_else(|| Failure::Damaged("缺少 content.xml".into()))?;
    read_content(&mut xml).map_err(|e| Failure::Damaged(e.to_string()))
}

/// Whether the manifest says the content is encrypted (a password set in LibreOffice).
fn manifest_is_encrypted<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> bool {
    let Ok(Some(mut xml)) = open_part(zip, "META-INF/manifest.xml") else {
        return false;
    };
    let mut buf = Vec::new();
    while let Ok(event) = xml.read_event_into(&mut buf) {
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "encryption-data" => {
                return true;
            }
            Event::Eof => return false,
            _ => {}
        }
        buf.clear();
    }
    false
}

/// Where the reader is in the current sheet.
struct Table {
    builder: SheetBuilder,
    name: String,
    hidden: bool,
    row: u32,
    col: u32,
    /// Columns declared so far (`table:table-column`).
    columns: u32,
    row_repeat: u32,
    cells: Vec<(u32, String)>,
}

fn read_content<R: Read + Seek>(
    xml: &mut PartReader<'_, R>,
) -> Result<Vec<SheetDoc>, quick_xml::Error> {
    let mut docs = Vec::new();
    let mut hidden_styles = HashSet::new();
    let mut style: Option<String> = None;
    let mut table: Option<Table> = None;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let event = xml.read_event_into(&mut buf)?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "style:style" => {
                    style = (attr(&e, "family").as_deref() == Some("table"))
                        .then(|| attr(&e, "name"))
                        .flatten();
                }
                "style:table-properties" if attr(&e, "display").as_deref() == Some("false") => {
                    hidden_styles.extend(style.clone());
                }
                "table:table" => {
                    let name = attr(&e, "name").unwrap_or_default();
                    let hidden = attr(&e, "style-name").is_some_and(|s| hidden_styles.contains(&s));
                    table = Some(Table {
                        builder: SheetBuilder::new(&name),
                        name,
                        hidden,
                        row: 0,
                        col: 0,
                        columns: 0,
                        row_repeat: 1,
                        cells: Vec::new(),
                    });
                }
                "table:table-column" => {
                    if let Some(t) = table.as_mut() {
                        let n = count_attr(&e, "number-columns-repeated");
                        let last = t.columns.saturating_add(n - 1).min(MAX_COLUMNS - 1);
                        if is_hidden(&e) && t.columns < MAX_COLUMNS {
                            t.builder.hide_cols(t.columns, last);
                        }
                        t.columns = t.columns.saturating_add(n);
                    }
                }
                "table:table-row" => {
                    if let Some(t) = table.as_mut() {
                        t.row_repeat = count_attr(&e, "number-rows-repeated").max(1);
                        t.col = 0;
                        t.cells.clear();
                        if is_hidden(&e) && t.row < MAX_ROWS {
                            let last = t.row.saturating_add(t.row_repeat - 1).min(MAX_ROWS - 1);
                            t.builder.hide_rows(t.row, last);
                        }
                        if empty {
                            t.row = t.row.saturating_add(t.row_repeat);
                        }
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    let covered = e.name().as_ref() == "table:covered-table-cell";
                    let text = if empty {
                        String::new()
                    } else {
                        cell_text(xml, &e)?
                    };
                    if let Some(t) = table.as_mut() {
                        let n = count_attr(&e, "number-columns-repeated");
                        if !covered && !text.trim().is_empty() {
                            let last = t.col.saturating_add(n).min(MAX_COLUMNS);
                            for col in t.col..last {
                                t.cells.push((col, text.clone()));
                            }
                        }
                        t.col = t.col.saturating_add(n);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "table:table-row" => {
                    if let Some(t) = table.as_mut() {
                        if !t.cells.is_empty() {
                            let last = t.row.saturating_add(t.row_repeat).min(MAX_ROWS);
                            for row in t.row..last {
                                for (col, text) in &t.cells {
                                    t.builder.cell(row, *col, text.clone());
                                }
                            }
                        }
                        t.row = t.row.saturating_add(t.row_repeat);
                    }
                }
                "table:table" => {
                    if let Some(t) = table.take() {
                        docs.push(SheetDoc {
                            name: t.name,
                            hidden: t.hidden,
                            text: t.builder.finish(),
                        });
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(docs)
}

fn is_hidden(e: &BytesStart<'_>) -> bool {
    matches!(
        attr(e, "visibility").as_deref(),
        Some("collapse" | "filter")
    )
}

/// The text a cell shows: its paragraphs joined by line breaks, annotations left out.
fn cell_text<R: Read + Seek>(
    xml: &mut PartReader<'_, R>,
    cell: &BytesStart<'_>,
) -> Result<String, quick_xml::Error> {
    let end = cell.name().as_ref().to_owned();
    let mut text = String::new();
    let mut paragraphs = 0;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf)? {
            Event::Start(e) if e.name().as_ref() == "office:annotation" => {
                let name = e.name().as_ref().to_owned();
                xml.read_to_end_into(quick_xml::name::QName(&name), &mut Vec::new())?;
            }
            Event::Start(e) if e.name().as_ref() == "text:p" => {
                if paragraphs > 0 {
                    text.push('\n');
                }
                paragraphs += 1;
            }
            Event::Empty(e) if e.name().as_ref() == "text:p" => {
                if paragraphs > 0 {
                    text.push('\n');
                }
                paragraphs += 1;
            }
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "text:s" => {
                    let n = count_attr(&e, "c").min(1000) as usize;
                    text.push_str(&" ".repeat(n));
                }
                "text:tab" => text.push('\t'),
                "text:line-break" => text.push('\n'),
                _ => {}
            },
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(t) => text.push_str(&t),
            Event::GeneralRef(r) => push_entity(&r, &mut text),
            Event::End(e) if e.name().as_ref() == end.as_str() => return Ok(text),
            Event::Eof => return Ok(text),
            _ => {}
        }
    }
}
