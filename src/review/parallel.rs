//! Doing one piece of work per file on several threads, the answers kept in the files' order.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `work` applied to every item of `items` on up to `threads` threads (at least one), each
/// thread taking the next item not yet taken, so one slow document does not hold up a whole
/// share of the others. `done` is called once after each item, from the thread that did it
/// (a progress bar). The answers come in the order of `items`, however the threads finished.
pub fn map_in_order<I, T>(
    items: &[I],
    threads: usize,
    work: impl Fn(&I) -> T + Sync,
    done: &(dyn Fn() + Sync),
) -> Vec<T>
where
    I: Sync,
    T: Send,
{
    let threads = threads.clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut answers = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else {
                return answers;
            };
            answers.push((index, work(item)));
            done();
        }
    };
    let mut answers: Vec<(usize, T)> = if threads == 1 {
        worker()
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads).map(|_| scope.spawn(worker)).collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        })
    };
    answers.sort_by_key(|(index, _)| *index);
    answers.into_iter().map(|(_, answer)| answer).collect()
}

/// The number of threads a run on this machine uses: every core.
pub fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_keep_the_order_of_the_items_on_any_number_of_threads() {
        let items: Vec<u64> = (0..200).collect();
        let calls = AtomicUsize::new(0);
        for threads in [0, 1, 2, 7] {
            let squares = map_in_order(&items, threads, |n| n * n, &|| {
                calls.fetch_add(1, Ordering::Relaxed);
            });
            assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        }
        assert_eq!(calls.load(Ordering::Relaxed), 800);
        assert!(map_in_order(&[] as &[u8], 4, |n| *n, &|| {}).is_empty());
    }
}
