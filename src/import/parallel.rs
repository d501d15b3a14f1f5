//! Reading the tables of a large document on every core.
//!
//! The segmenter walks the rows on the calling thread; each table it finds is independent of the
//! others, so batches of tables go to reader threads, and their records come back in document
//! order. Only a few batches are in flight at a time, so the rows of the whole document are
//! never held at once.

use super::headings;
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

/// The records of every table of `text` in document order (a continued list joined to its
/// project, [`headings::extend`]), and one result of `per_batch` for each record.
///
/// `per_batch` is given runs of consecutive records and returns one result for each: on several
/// threads it runs on the reader threads, right after a batch is read, so the work it does
/// overlaps the reading. A record a continuation is joined into is given to it again, alone.
pub(super) fn read_tables<T: Send>(
    text: &str,
    per_batch: &(impl Fn(&[Record]) -> Vec<T> + Sync),
) -> (Vec<Record>, Vec<T>) {
    let threads = if text.len() < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    read_tables_on(text, threads, per_batch)
}

/// [`read_tables`] with `threads` readers; one means on the calling thread alone.
pub(super) fn read_tables_on<T: Send>(
    text: &str,
    threads: usize,
    per_batch: &(impl Fn(&[Record]) -> Vec<T> + Sync),
) -> (Vec<Record>, Vec<T>) {
    if threads < 2 {
        let mut records = Vec::new();
        segment::segment(text, |found| {
            headings::extend(&mut records, table::read(found));
        });
        let made = per_batch(&records);
        return (records, made);
    }
    let (to_read, jobs) = mpsc::sync_channel::<(usize, Vec<Table<'_>>)>(threads * 2);
    let jobs = Mutex::new(jobs);
    let (read, results) = mpsc::channel::<(usize, Batch<T>)>();
    let mut gathered = Gathered {
        records: Vec::new(),
        made: Vec::new(),
    };
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let read = read.clone();
            let jobs = &jobs;
            scope.spawn(move || {
                while let Some((batch, tables)) = next_job(jobs) {
                    let mut records = Vec::new();
                    let sizes = tables
                        .iter()
                        .map(|found| {
                            let before = records.len();
                            records.extend(table::read(found));
                            records.len() - before
                        })
                        .collect();
                    let made = per_batch(&records);
                    let done = Batch {
                        records,
                        sizes,
                        made,
                    };
                    if read.send((batch, done)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(read);
        let mut in_order = InOrder::default();
        let mut on_batch = |done: Batch<T>| gathered.add(done, per_batch);
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
                    in_order.put(done, &mut on_batch);
                }
            }
        });
        if !batch.is_empty() {
            let _ = to_read.send((sent, batch));
        }
        drop(to_read);
        for done in results {
            in_order.put(done, &mut on_batch);
        }
    });
    (gathered.records, gathered.made)
}

fn next_job<'a>(
    jobs: &Mutex<mpsc::Receiver<(usize, Vec<Table<'a>>)>>,
) -> Option<(usize, Vec<Table<'a>>)> {
    jobs.lock().ok()?.recv().ok()
}

/// The records of a batch of tables, how many each table gave, and what `per_batch` made of them.
struct Batch<T> {
    records: Vec<Record>,
    sizes: Vec<usize>,
    made: Vec<T>,
}

/// The records so far and one result for each.
struct Gathered<T> {
    records: Vec<Record>,
    made: Vec<T>,
}

impl<T> Gathered<T> {
    /// Adds the next batch table by table; when a table's first record is joined into the
    /// previous one, that record's result is made again and the continuation's is dropped.
    fn add(&mut self, batch: Batch<T>, per_batch: &impl Fn(&[Record]) -> Vec<T>) {
        let mut records = batch.records.into_iter();
        let mut made = batch.made.into_iter();
        for size in batch.sizes {
            let mut made = made.by_ref().take(size);
            let previous = self.records.len().checked_sub(1);
            if headings::extend(&mut self.records, records.by_ref().take(size)) {
                made.next();
                let again = previous
                    .and_then(|k| self.records.get(k))
                    .and_then(|joined| per_batch(std::slice::from_ref(joined)).pop());
                if let (Some(slot), Some(again)) = (self.made.last_mut(), again) {
                    *slot = again;
                }
            }
            self.made.extend(made);
        }
    }
}

/// Batches read out of order, held until the ones before them are done.
struct InOrder<B> {
    next: usize,
    waiting: BTreeMap<usize, B>,
}

impl<B> Default for InOrder<B> {
    fn default() -> Self {
        InOrder {
            next: 0,
            waiting: BTreeMap::new(),
        }
    }
}

impl<B> InOrder<B> {
    fn put(&mut self, (batch, done): (usize, B), on_batch: &mut impl FnMut(B)) {
        self.waiting.insert(batch, done);
        while let Some(done) = self.waiting.remove(&self.next) {
            on_batch(done);
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
        read_tables_on(text, threads, &|records| vec![(); records.len()]).0
    }

    /// Two projects of another office's indicator list, the first continued after the heading
    /// repeats on a new page: its weights only add up to 100 once the continuation is joined.
    fn continued_list() -> String {
        let heading = "项目名称\t预算数\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值\n";
        format!(
            "单位:元\n{heading}\
甲项目\t1000\t完成甲\t产出指标\t数量指标\t件数\t正向\t大于等于\t10\t件\t20\n\
\t\t\t\t质量指标\t合格率\t正向\t大于等于\t95\t%\t20\n\
{heading}\
\t\t\t效益指标\t社会效益\t覆盖面\t定性\t\t扩大\t\t60\n\
乙项目\t2000\t完成乙\t产出指标\t时效指标\t完成时间\t定性\t\t年底\t\t100\n"
        )
    }

    /// Checks `text` while reading it on `threads` readers.
    fn checked_while_read(text: &str, threads: usize) -> Vec<crate::check::Finding> {
        let (_, of_each) = read_tables_on(text, threads, &crate::check::findings_of_each);
        crate::check::in_record_order(of_each)
    }

    #[test]
    fn checking_while_reading_on_several_threads_finds_what_checking_the_workbook_finds() {
        for document in [samples().repeat(4), continued_list().repeat(1000)] {
            let after = crate::check::check_workbook(&crate::import::import_text(&document));
            assert!(after.len() > 1000, "{} findings", after.len());
            for threads in [1, 2, 3] {
                assert!(
                    checked_while_read(&document, threads) == after,
                    "{threads} threads"
                );
            }
        }
    }

    #[test]
    fn a_project_continued_on_the_next_page_is_checked_with_its_continuation() {
        let weight_sums = |findings: &[crate::check::Finding]| {
            findings.iter().filter(|f| f.code == "weight-sum").count()
        };
        let list = continued_list();
        let first_page = list.get(..list.rfind("项目名称").unwrap()).unwrap();
        assert_eq!(weight_sums(&checked_while_read(first_page, 1)), 1);
        let document = list.repeat(1000);
        assert_eq!(weight_sums(&checked_while_read(&document, 2)), 0);
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
