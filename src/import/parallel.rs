//! Reading the tables of a large document on every core.
//!
//! The segmenter walks the rows on the calling thread; each table it finds is independent of the
//! others, so batches of tables go to reader threads, and their records come back in document
//! order. Only a few batches are in flight at a time, so the rows of the whole document are
//! never held at once.

use super::segment::{self, Table};
use super::table;
use crate::model::Record;
use std::collections::BTreeMap;
use std::sync::{Mutex, mpsc};

/// Documents shorter than this are read on the calling thread: starting threads would cost more
/// than they save.
const PARALLEL_FROM: usize = 1 << 20;
/// Tables are handed to the readers in batches of about this many rows, so a thread's turn is
/// worth the hand-over.
const BATCH_ROWS: usize = 2048;

/// Calls `on_records` with the records of every table of `text`, in document order.
pub(super) fn read_tables(text: &str, on_records: impl FnMut(Vec<Record>)) {
    let threads = if text.len() < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    read_tables_on(text, threads, on_records);
}

/// [`read_tables`] with `threads` readers; one means on the calling thread alone.
pub(super) fn read_tables_on(text: &str, threads: usize, mut on_records: impl FnMut(Vec<Record>)) {
    if threads < 2 {
        segment::segment(text, |found| on_records(table::read(found)));
        return;
    }
    let (to_read, jobs) = mpsc::sync_channel::<(usize, Vec<Table<'_>>)>(threads * 2);
    let jobs = Mutex::new(jobs);
    let (read, results) = mpsc::channel::<(usize, Vec<Vec<Record>>)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let read = read.clone();
            let jobs = &jobs;
            scope.spawn(move || {
                while let Some((batch, tables)) = next_job(jobs) {
                    let records = tables.iter().map(table::read).collect();
                    if read.send((batch, records)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(read);
        let mut in_order = InOrder::default();
        let mut batch = Vec::new();
        let mut rows = 0;
        let mut sent = 0;
        segment::segment(text, |found| {
            rows += found.rows.len() + 1;
            batch.push(found.clone());
            if rows >= BATCH_ROWS {
                // The readers only stop early by panicking, which the scope passes on.
                let _ = to_read.send((sent, std::mem::take(&mut batch)));
                sent += 1;
                rows = 0;
                for done in results.try_iter() {
                    in_order.put(done, &mut on_records);
                }
            }
        });
        if !batch.is_empty() {
            let _ = to_read.send((sent, batch));
        }
        drop(to_read);
        for done in results {
            in_order.put(done, &mut on_records);
        }
    });
}

fn next_job<'a>(
    jobs: &Mutex<mpsc::Receiver<(usize, Vec<Table<'a>>)>>,
) -> Option<(usize, Vec<Table<'a>>)> {
    jobs.lock().ok()?.recv().ok()
}

/// Batches read out of order, held until the ones before them are done.
#[derive(Default)]
struct InOrder {
    next: usize,
    waiting: BTreeMap<usize, Vec<Vec<Record>>>,
}

impl InOrder {
    fn put(
        &mut self,
        (batch, records): (usize, Vec<Vec<Record>>),
        on_records: &mut impl FnMut(Vec<Record>),
    ) {
        self.waiting.insert(batch, records);
        while let Some(records) = self.waiting.remove(&self.next) {
            records.into_iter().for_each(&mut *on_records);
            self.next += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sample document of the fixtures, in the order the folders list them.
    fn samples() -> String {
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        [fixtures.to_string(), format!("{fixtures}/other-forms")]
            .iter()
            .flat_map(|dir| std::fs::read_dir(dir).unwrap())
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "txt"))
            .map(|path| std::fs::read_to_string(path).unwrap() + "\n")
            .collect()
    }

    fn records(text: &str, threads: usize) -> Vec<Record> {
        let mut records = Vec::new();
        read_tables_on(text, threads, |next| {
            super::super::headings::extend(&mut records, next)
        });
        records
    }

    #[test]
    fn tables_read_on_several_threads_come_back_as_one_thread_reads_them() {
        let document = samples().repeat(12);
        let alone = records(&document, 1);
        assert!(alone.len() > 12 * 70, "{} records", alone.len());
        for threads in [2, 3, 8] {
            assert!(records(&document, threads) == alone, "{threads} threads");
        }
    }
}
