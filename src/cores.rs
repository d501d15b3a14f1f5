//! Work split over every core: a slice cut into one part per core, each part's result in order.

/// `work` applied to consecutive parts of `items` on every core, the results in the order of
/// the parts; each part is given the index of its first item. A slice too short to give each
/// core `at_least` items is worked on the calling thread, as one part: a thread costs more than
/// a few items do.
pub fn split_over_cores<T: Sync, R: Send>(
    items: &[T],
    at_least: usize,
    work: impl Fn(usize, &[T]) -> R + Sync,
) -> Vec<R> {
    let wanted = items.len().checked_div(at_least).unwrap_or(items.len());
    // Asking the system for its cores costs a few system calls: only done when it can matter.
    let threads = if wanted < 2 {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(wanted))
    };
    if threads < 2 {
        return vec![work(0, items)];
    }
    let chunk = items.len().div_ceil(threads);
    let work = &work;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(k, part)| scope.spawn(move || work(k.saturating_mul(chunk), part)))
            .collect();
        parts
            .into_iter()
            .map(|part| {
                part.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::split_over_cores;

    #[test]
    fn the_parts_come_back_in_order_with_their_first_index() {
        let items: Vec<usize> = (0..1000).collect();
        let parts = split_over_cores(&items, 10, |first, part| {
            assert_eq!(part.first(), Some(&first));
            part.to_vec()
        });
        assert_eq!(parts.concat(), items);
    }

    #[test]
    fn a_short_slice_is_one_part() {
        let parts = split_over_cores(&[1, 2, 3], 10, |first, part| (first, part.len()));
        assert_eq!(parts, [(0, 3)]);
    }
}
