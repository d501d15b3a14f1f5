//! The RON text of a workbook file, written on every core.
//!
//! A province's workbook is several times the size of its tables as text, and turning it into
//! RON was a third of `jixiao import`. Records are independent, so chunks of them are written on
//! worker threads and joined in order. `ron` cannot start a serializer at a given depth, so each
//! chunk is written as a whole file holding only that chunk, and the envelope around its records
//! (the same for every chunk) is cut off: the joined text is byte for byte what one serializer
//! writes for the whole workbook. Only a few chunks are in flight at a time, so the text of the
//! whole workbook is never held at once.

use super::{FORMAT_VERSION, StoreError};
use crate::model::{Record, Workbook};
use serde::Serialize;
use std::io::Write;
use std::sync::mpsc;

/// Workbooks with fewer records than this are written on the calling thread: starting threads
/// would cost more than they save.
const PARALLEL_FROM: usize = 256;
/// Records per chunk: about half a megabyte of text, worth a thread's turn.
const CHUNK_RECORDS: usize = 64;
/// Lines of the envelope before the first record (`(`, `format_version`, `workbook: (`,
/// `records: [`) and after the last (`],`, `),`, `)`).
const LINES_BEFORE: usize = 4;
const LINES_AFTER: usize = 3;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format_version: u32,
    workbook: WorkbookOut<'a>,
}

/// [`Workbook`] as it serializes, borrowing a slice of its records.
#[derive(Serialize)]
struct WorkbookOut<'a> {
    records: &'a [Record],
}

fn config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ".to_string())
        .struct_names(false)
        // Escaping goes through `char::escape_debug`, whose printable-character tables made up a
        // third of saving Chinese text; unescaped strings (raw `r#"…"#` where they hold `"` or
        // `\`) read back the same.
        .escape_strings(false)
}

/// The whole file for `records`, without the final line end.
fn file_of(out: &mut impl Write, records: &[Record]) -> Result<(), StoreError> {
    let envelope = EnvelopeOut {
        format_version: FORMAT_VERSION,
        workbook: WorkbookOut { records },
    };
    ron::Options::default()
        .to_io_writer_pretty(out, &envelope, config())
        .map_err(|e| StoreError::Serialize(e.to_string()))
}

/// The RON text of a workbook, as saved to a file.
pub fn to_ron_string(workbook: &Workbook) -> Result<String, StoreError> {
    let mut bytes = Vec::new();
    write_ron(&mut bytes, workbook)?;
    String::from_utf8(bytes).map_err(|e| StoreError::Serialize(e.to_string()))
}

/// Writes the RON text of a workbook, as saved to a file, into `out` as it is made.
pub fn write_ron(out: &mut impl Write, workbook: &Workbook) -> Result<(), StoreError> {
    let records = workbook.records.as_slice();
    let threads = if records.len() < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    write_ron_on(out, records, threads)
}

/// [`write_ron`] with `threads` writers; one means on the calling thread alone.
fn write_ron_on(
    out: &mut impl Write,
    records: &[Record],
    threads: usize,
) -> Result<(), StoreError> {
    let chunks: Vec<&[Record]> = records.chunks(CHUNK_RECORDS).collect();
    if threads < 2 || chunks.len() < 2 {
        file_of(out, records)?;
        return finish(out);
    }
    let first = chunk_text(chunks[0])?;
    let (before, after) = envelope_of(&first).ok_or_else(no_envelope)?;
    let (before, after) = (
        first[..before].to_vec(),
        first[first.len() - after..].to_vec(),
    );
    write(out, &first[..first.len() - after.len()])?;
    // Chunk k is written by worker k mod `threads` and taken from it in turn, so the text comes
    // back in order with at most two chunks per worker in flight.
    let rest = &chunks[1..];
    std::thread::scope(|scope| {
        let workers: Vec<mpsc::Receiver<Result<Vec<u8>, StoreError>>> = (0..threads)
            .map(|worker| {
                let (send, receive) = mpsc::sync_channel(1);
                scope.spawn(move || {
                    for chunk in rest.iter().skip(worker).step_by(threads) {
                        if send.send(chunk_text(chunk)).is_err() {
                            return;
                        }
                    }
                });
                receive
            })
            .collect();
        for k in 0..rest.len() {
            let text = workers[k % threads].recv().map_err(|_| no_envelope())??;
            let body = text
                .strip_prefix(before.as_slice())
                .and_then(|t| t.strip_suffix(after.as_slice()))
                .ok_or_else(no_envelope)?;
            write(out, body)?;
        }
        Ok::<(), StoreError>(())
    })?;
    write(out, &after)?;
    finish(out)
}

fn chunk_text(records: &[Record]) -> Result<Vec<u8>, StoreError> {
    let mut text = Vec::new();
    file_of(&mut text, records)?;
    Ok(text)
}

/// The lengths of the envelope before the first record and after the last in a chunk's text.
fn envelope_of(text: &[u8]) -> Option<(usize, usize)> {
    let line_ends = || text.iter().enumerate().filter(|&(_, &b)| b == b'\n');
    let before = line_ends().nth(LINES_BEFORE - 1)?.0 + 1;
    let after = text.len() - line_ends().rev().nth(LINES_AFTER - 1)?.0 - 1;
    let opens = text.get(before - 2..before) == Some(b"[\n".as_slice());
    let closes = text[text.len() - after..]
        .trim_ascii_start()
        .starts_with(b"]");
    (opens && closes && before <= text.len() - after).then_some((before, after))
}

fn no_envelope() -> StoreError {
    StoreError::Serialize("分段生成的工作簿文本与整体生成的不一致".into())
}

fn write(out: &mut impl Write, bytes: &[u8]) -> Result<(), StoreError> {
    out.write_all(bytes)
        .map_err(|e| StoreError::Serialize(e.to_string()))
}

fn finish(out: &mut impl Write) -> Result<(), StoreError> {
    write(out, b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::Indicator;

    fn workbook(records: usize) -> Workbook {
        let records = (0..records)
            .map(|k| {
                let mut record = Record::blank(Layout::CodedCountyForm, Some(2024));
                record.header.name = format!("项目{k}");
                // Text a re-indenting join would damage: line ends, brackets, quotes.
                record.header.goal = format!("目标：\n    ],\n  ),\n)\"{k}\"\\");
                record.groups[0].groups[0]
                    .indicators
                    .push(Indicator::new("参保覆盖行政村", "144 个"));
                record
            })
            .collect();
        Workbook { records }
    }

    fn on_threads(workbook: &Workbook, threads: usize) -> Vec<u8> {
        let mut text = Vec::new();
        write_ron_on(&mut text, &workbook.records, threads).unwrap();
        text
    }

    #[test]
    fn records_written_on_several_threads_join_to_the_text_of_one_writer() {
        for records in [1, CHUNK_RECORDS, CHUNK_RECORDS + 1, 5 * CHUNK_RECORDS + 3] {
            let workbook = workbook(records);
            let alone = on_threads(&workbook, 1);
            for threads in [2, 3, 8] {
                assert_eq!(
                    String::from_utf8(on_threads(&workbook, threads)).unwrap(),
                    String::from_utf8(alone.clone()).unwrap(),
                    "{records} records on {threads} threads"
                );
            }
        }
    }

    #[test]
    fn the_tables_of_every_sample_join_to_the_text_of_one_writer() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut records = Vec::new();
        for dir in [fixtures.clone(), fixtures.join("other-forms")] {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let bytes = std::fs::read(&path).unwrap();
                    if let Ok(read) = crate::import::import_bytes(&bytes) {
                        records.extend(read.records);
                    }
                }
            }
        }
        // Enough copies for several chunks on each thread.
        let copies = (4 * CHUNK_RECORDS).div_ceil(records.len().max(1));
        let records: Vec<Record> = (0..copies).flat_map(|_| records.clone()).collect();
        assert!(
            records.len() > 2 * CHUNK_RECORDS,
            "{} records",
            records.len()
        );
        let workbook = Workbook { records };
        assert_eq!(on_threads(&workbook, 2), on_threads(&workbook, 1));
    }

    #[test]
    fn a_workbook_written_on_several_threads_reads_back_equal() {
        let workbook = workbook(3 * CHUNK_RECORDS);
        let text = String::from_utf8(on_threads(&workbook, 2)).unwrap();
        let read = super::super::from_ron_str(&text, std::path::Path::new("w.ron")).unwrap();
        assert_eq!(read, workbook);
    }

    #[test]
    fn an_empty_workbook_is_one_envelope() {
        let text = to_ron_string(&Workbook::default()).unwrap();
        assert!(text.contains("records: []"), "{text}");
    }
}
