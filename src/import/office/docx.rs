//! Word documents (.docx, also written by WPS) read from `word/document.xml` into the text a copy
//! of the whole document gives.
//!
//! The body is read in document order. A paragraph outside tables is a line (a tab in it
//! separates cells, as in a tab-aligned form; a line break starts a new line), so the titles,
//! years and units between tables (`（2026年）`, `单位：万元`) stay where the importer expects
//! them. A table (also inside a content control, `w:sdt`) is a grid, one line per row, with
//! the cells a copy of it gives:
//! - a cell spanning columns (`w:gridSpan`) is its text then empty cells;
//! - a cell continuing a vertical merge (`w:vMerge` without `restart`) is empty;
//! - cells left out before or after a row (`w:gridBefore`, `w:gridAfter`) are empty;
//! - the paragraphs of a cell are lines inside it, a tab in it a space;
//! - a table nested in a cell gives its text to that cell, a line per row.
//!
//! Deleted text of tracked changes (`w:del`, `w:delText`), moved-away text, field codes and the
//! fallback copies of drawings are left out; inserted text is kept.

use super::clipboard;
use super::xml::{PartReader, attr, push_entity};
use quick_xml::events::Event;
use quick_xml::name::QName;
use std::io::{Read, Seek};

/// The part holding a document's body.
pub(super) const DOCUMENT_PART: &str = "word/document.xml";

/// One table being read; tables nest.
#[derive(Debug, Default)]
struct Table {
    row: Vec<String>,
    cell: Option<Cell>,
    /// The text of a nested table, a line per row.
    text: String,
}

#[derive(Debug, Default)]
struct Cell {
    text: String,
    paragraphs: usize,
    span: u32,
    continuation: bool,
}

impl Cell {
    fn add_paragraph(&mut self, text: &str) {
        if self.paragraphs > 0 {
            self.text.push('\n');
        }
        self.paragraphs += 1;
        self.text.push_str(text);
    }
}

/// Elements whose content is not part of the document's visible text.
const SKIPPED: [&str; 6] = [
    "w:del",
    "w:delText",
    "w:moveFrom",
    "w:instrText",
    "mc:Fallback",
    "w:delInstrText",
];

/// The document's text.
pub(super) fn read_document<R: Read + Seek>(
    xml: &mut PartReader<'_, R>,
) -> Result<String, quick_xml::Error> {
    let mut out = String::new();
    let mut tables: Vec<Table> = Vec::new();
    let mut paragraph = String::new();
    let mut paragraph_depth = 0usize;
    let mut run_depth = 0usize;
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf)? {
            Event::Start(e) if SKIPPED.contains(&e.name().as_ref()) => {
                let name = e.name().as_ref().to_owned();
                xml.read_to_end_into(QName(&name), &mut Vec::new())?;
            }
            Event::Start(e) => match e.name().as_ref() {
                "w:p" => {
                    if paragraph_depth == 0 {
                        paragraph.clear();
                    }
                    paragraph_depth += 1;
                }
                "w:r" => run_depth += 1,
                "w:t" => in_text = true,
                "w:tbl" => tables.push(Table::default()),
                "w:tr" => {
                    if let Some(t) = tables.last_mut() {
                        t.row.clear();
                    }
                }
                "w:tc" => {
                    if let Some(t) = tables.last_mut() {
                        t.cell = Some(Cell {
                            span: 1,
                            ..Cell::default()
                        });
                    }
                }
                _ => grid_property(&e, &mut tables),
            },
            Event::Empty(e) => match e.name().as_ref() {
                "w:tab" if run_depth > 0 => {
                    paragraph.push(if tables.is_empty() { '\t' } else { ' ' })
                }
                "w:br" | "w:cr" if run_depth > 0 => paragraph.push('\n'),
                "w:noBreakHyphen" if run_depth > 0 => paragraph.push('-'),
                "w:p" if paragraph_depth == 0 => {
                    paragraph.clear();
                    end_paragraph(&paragraph, &mut tables, &mut out);
                }
                _ => grid_property(&e, &mut tables),
            },
            Event::Text(t) if in_text => paragraph.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => push_entity(&r, &mut paragraph),
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:r" => run_depth = run_depth.saturating_sub(1),
                "w:p" => {
                    paragraph_depth = paragraph_depth.saturating_sub(1);
                    if paragraph_depth == 0 {
                        end_paragraph(&paragraph, &mut tables, &mut out);
                    }
                }
                "w:tc" => {
                    if let Some(t) = tables.last_mut()
                        && let Some(cell) = t.cell.take()
                    {
                        t.row.push(if cell.continuation {
                            String::new()
                        } else {
                            cell.text
                        });
                        for _ in 1..cell.span.min(super::sheet::MAX_COLUMNS) {
                            t.row.push(String::new());
                        }
                    }
                }
                "w:tr" => {
                    let nested = tables.len() > 1;
                    if let Some(t) = tables.last_mut() {
                        if nested {
                            let cells: Vec<&str> = t
                                .row
                                .iter()
                                .map(|c| c.trim())
                                .filter(|c| !c.is_empty())
                                .collect();
                            if !t.text.is_empty() {
                                t.text.push('\n');
                            }
                            t.text.push_str(&cells.join(" "));
                        } else {
                            clipboard::push_row(&mut out, &t.row);
                        }
                    }
                }
                "w:tbl" => {
                    if let Some(inner) = tables.pop()
                        && let Some(cell) = tables.last_mut().and_then(|t| t.cell.as_mut())
                    {
                        cell.add_paragraph(&inner.text);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Row and cell properties that shape the grid: `w:gridBefore`, `w:gridSpan`, `w:vMerge`.
fn grid_property(e: &quick_xml::events::BytesStart<'_>, tables: &mut [Table]) {
    let Some(t) = tables.last_mut() else { return };
    let count = || {
        attr(e, "val")
            .and_then(|v| v.trim().parse::<u32>().ok())
            .unwrap_or(1)
            .min(super::sheet::MAX_COLUMNS)
    };
    match e.name().as_ref() {
        "w:gridBefore" if t.cell.is_none() => {
            for _ in 0..count() {
                t.row.push(String::new());
            }
        }
        "w:gridSpan" => {
            if let Some(cell) = t.cell.as_mut() {
                cell.span = count().max(1);
            }
        }
        "w:vMerge" => {
            if let Some(cell) = t.cell.as_mut() {
                cell.continuation = attr(e, "val").as_deref() != Some("restart");
            }
        }
        _ => {}
    }
}

/// A finished paragraph: a line of a cell inside a table, lines of the document outside.
fn end_paragraph(text: &str, tables: &mut [Table], out: &mut String) {
    match tables.last_mut() {
        Some(t) => {
            if let Some(cell) = t.cell.as_mut() {
                cell.add_paragraph(text);
            }
        }
        None => {
            for line in text.split('\n') {
                let cells: Vec<&str> = line.split('\t').collect();
                clipboard::push_row(out, &cells);
            }
        }
    }
}
