//! The model's one parallel loop. Ensembles and sensitivity analyses, in the app and on the
//! command line, compute their runs through [`for_each_in_order`]: items in chunks on rayon's
//! threads, handed on in index order, so the numbers never depend on how many threads ran or
//! which of them finished first.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rayon::prelude::*;

/// Items computed at once before they are handed on in order: both cores stay busy, memory
/// stays bounded for large ensembles, and a cancel is noticed within one chunk.
pub const CHUNK_ITEMS: u64 = 64;

/// Progress and Cancel shared by a computation and whoever waits for it (the app's jobs, the
/// command line's progress bars and signal handling).
#[derive(Debug, Default)]
pub struct Control {
    done_runs: AtomicU64,
    cancel: AtomicBool,
}

impl Control {
    /// Runs finished so far (counted as each one finishes, not as they are handed on).
    #[must_use]
    pub fn done_runs(&self) -> u64 {
        self.done_runs.load(Ordering::Relaxed)
    }

    /// Asks the computation to stop at its next chunk.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// The computation stopped at a chunk's end because its [`Control`] was cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cancelled")]
pub struct Cancelled;

/// Computes `compute(context, item)` for every item of `items` on rayon's threads, a chunk of
/// [`CHUNK_ITEMS`] at a time, and hands each result to `sink` in item order.
///
/// `chunk_context` prepares what a chunk's items share (the plans of the points they belong
/// to, say) once per chunk, on the calling thread. Each finished item is counted in
/// `control`; a cancel is noticed before each chunk.
///
/// # Errors
/// [`Cancelled`] when `control` was cancelled before the last chunk started; the items
/// handed on until then are the first ones, in order.
pub fn for_each_in_order<C: Sync, T: Send>(
    items: Range<u64>,
    control: &Control,
    mut chunk_context: impl FnMut(Range<u64>) -> C,
    compute: impl Fn(&C, u64) -> T + Sync,
    mut sink: impl FnMut(u64, T),
) -> Result<(), Cancelled> {
    let mut start = items.start;
    while start < items.end {
        if control.is_cancelled() {
            return Err(Cancelled);
        }
        let end = start.saturating_add(CHUNK_ITEMS).min(items.end);
        let context = chunk_context(start..end);
        let outputs: Vec<T> = (start..end)
            .into_par_iter()
            .map(|item| {
                let output = compute(&context, item);
                control.done_runs.fetch_add(1, Ordering::Relaxed);
                output
            })
            .collect();
        for (item, output) in (start..end).zip(outputs) {
            sink(item, output);
        }
        start = end;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Work whose duration varies by item, so threads finish out of order.
    fn uneven(item: u64) -> u64 {
        let spins = (item * 7919) % 5000;
        (0..spins).fold(item, |acc, k| acc.wrapping_mul(31).wrapping_add(k)) ^ item
    }

    #[test]
    fn results_arrive_in_item_order_across_chunks_and_are_counted() {
        let control = Control::default();
        let items = 3..(3 + 2 * CHUNK_ITEMS + 5);
        let mut seen = Vec::new();
        let finished = for_each_in_order(
            items.clone(),
            &control,
            |chunk| chunk.start,
            |first, item| (*first, item, uneven(item)),
            |item, output| seen.push((item, output)),
        );
        assert_eq!(finished, Ok(()));
        let expected: Vec<u64> = items.clone().collect();
        let got: Vec<u64> = seen.iter().map(|(item, _)| *item).collect();
        assert_eq!(got, expected);
        for (item, (first, computed_for, value)) in &seen {
            assert_eq!(computed_for, item, "each output is its own item's");
            assert_eq!(*value, uneven(*item));
            assert_eq!(
                (item - first) / CHUNK_ITEMS,
                0,
                "a chunk's context is its own"
            );
            assert_eq!(
                (first - items.start) % CHUNK_ITEMS,
                0,
                "chunks start on the grid"
            );
        }
        assert_eq!(control.done_runs(), items.end - items.start);
    }

    #[test]
    fn a_cancel_stops_at_the_next_chunk_and_keeps_what_came_before() {
        let control = Control::default();
        let mut seen = Vec::new();
        let finished = for_each_in_order(
            0..10 * CHUNK_ITEMS,
            &control,
            |_| (),
            |(), item| item,
            |item, _| {
                seen.push(item);
                if item == CHUNK_ITEMS + 3 {
                    control.cancel();
                }
            },
        );
        assert_eq!(finished, Err(Cancelled));
        assert_eq!(seen, (0..2 * CHUNK_ITEMS).collect::<Vec<_>>());
        assert_eq!(control.done_runs(), 2 * CHUNK_ITEMS);
    }

    #[test]
    fn a_cancelled_control_computes_nothing() {
        let control = Control::default();
        control.cancel();
        let finished = for_each_in_order(
            0..5,
            &control,
            |_| (),
            |(), item| item,
            |_, _| panic!("nothing is handed on"),
        );
        assert_eq!(finished, Err(Cancelled));
        assert_eq!(control.done_runs(), 0);
    }
}
