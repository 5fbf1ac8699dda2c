//! The model's one parallel loop. Ensembles and sensitivity analyses, in the app and on the
//! command line, compute their runs through [`Chunks`]: items in chunks on rayon's threads,
//! handed on in index order, so the numbers never depend on how many threads ran, which of
//! them finished first, or how large the chunks were. [`for_each_in_order`] runs such a loop to
//! the end; a [`Stepwise`] computation advances it a chunk at a time, so that the browser,
//! which has no threads, can compute a few runs a frame.

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

    /// Counts `items` more as done, for work that is not a loop of runs (an animation's
    /// frames), so that its progress bar reads the same counter.
    pub fn count_done(&self, items: u64) {
        self.done_runs.fetch_add(items, Ordering::Relaxed);
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

/// A computation that advances a chunk of items at a time and can stop between chunks: the
/// same value computes an ensemble or an analysis on a thread (whole chunks of
/// [`CHUNK_ITEMS`], rayon inside each) or, where there are no threads, a few items per frame.
/// Its numbers never depend on the chunk sizes it was advanced by.
pub trait Stepwise {
    type Output;
    type Error: From<Cancelled>;

    /// Computes the next at most `max_items` items (at least one while any are left).
    ///
    /// # Errors
    /// [`Cancelled`] when `control` was cancelled and items were left.
    fn advance(&mut self, max_items: u64, control: &Control) -> Result<(), Cancelled>;

    /// Whether every item has been computed, so that [`Stepwise::finish`] gives the value.
    fn is_done(&self) -> bool;

    /// The value of a computation whose items are all done.
    ///
    /// # Errors
    /// The computation's own; [`Cancelled`] (as `Self::Error`) when items were left.
    fn finish(self) -> Result<Self::Output, Self::Error>;

    /// Advances in chunks of [`CHUNK_ITEMS`] to the end and finishes.
    ///
    /// # Errors
    /// As [`Stepwise::advance`] and [`Stepwise::finish`].
    fn run_to_end(mut self, control: &Control) -> Result<Self::Output, Self::Error>
    where
        Self: Sized,
    {
        while !self.is_done() {
            self.advance(CHUNK_ITEMS, control)?;
        }
        self.finish()
    }
}

/// Where a loop over items in order stands: the next item to compute and the end. Each
/// [`Chunks::step`] computes the next chunk on rayon's threads and hands the results on in
/// item order, so the chunk sizes change when results arrive, never what they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunks {
    next: u64,
    end: u64,
}

impl Chunks {
    #[must_use]
    pub fn new(items: Range<u64>) -> Self {
        Self {
            next: items.start,
            end: items.end.max(items.start),
        }
    }

    /// The items a step of at most `max_items` would compute, or `None` when all are done.
    #[must_use]
    pub fn next_chunk(&self, max_items: u64) -> Option<Range<u64>> {
        (self.next < self.end)
            .then(|| self.next..self.next.saturating_add(max_items.max(1)).min(self.end))
    }

    #[must_use]
    pub fn is_done(&self) -> bool {
        self.next >= self.end
    }

    /// Items not yet computed.
    #[must_use]
    pub fn remaining(&self) -> u64 {
        self.end - self.next
    }

    /// Computes `compute(item)` for the next at most `max_items` items on rayon's threads,
    /// counting each in `control`, and hands each result to `sink` in item order. Does nothing
    /// once all items are done.
    ///
    /// # Errors
    /// [`Cancelled`] when `control` was cancelled before the chunk started; nothing was
    /// computed then.
    pub fn step<T: Send>(
        &mut self,
        max_items: u64,
        control: &Control,
        compute: impl Fn(u64) -> T + Sync,
        mut sink: impl FnMut(u64, T),
    ) -> Result<(), Cancelled> {
        let Some(chunk) = self.next_chunk(max_items) else {
            return Ok(());
        };
        if control.is_cancelled() {
            return Err(Cancelled);
        }
        let outputs: Vec<T> = chunk
            .clone()
            .into_par_iter()
            .map(|item| {
                let output = compute(item);
                control.done_runs.fetch_add(1, Ordering::Relaxed);
                output
            })
            .collect();
        for (item, output) in chunk.clone().zip(outputs) {
            sink(item, output);
        }
        self.next = chunk.end;
        Ok(())
    }
}

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
    let mut chunks = Chunks::new(items);
    while let Some(chunk) = chunks.next_chunk(CHUNK_ITEMS) {
        // Before the context too: a cancelled loop prepares nothing.
        if control.is_cancelled() {
            return Err(Cancelled);
        }
        let context = chunk_context(chunk);
        chunks.step(
            CHUNK_ITEMS,
            control,
            |item| compute(&context, item),
            &mut sink,
        )?;
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
    fn steps_of_any_size_hand_on_what_the_whole_loop_does() {
        let items = 5..(5 + CHUNK_ITEMS + 30);
        let mut whole = Vec::new();
        let finished = for_each_in_order(
            items.clone(),
            &Control::default(),
            |_| (),
            |(), item| uneven(item),
            |item, value| whole.push((item, value)),
        );
        assert_eq!(finished, Ok(()));
        for max_items in [0, 1, 7, 64, 1000] {
            let control = Control::default();
            let mut chunks = Chunks::new(items.clone());
            let mut stepped = Vec::new();
            let mut steps = 0;
            while !chunks.is_done() {
                let before = chunks.remaining();
                let step = chunks.step(max_items, &control, uneven, |item, value| {
                    stepped.push((item, value));
                });
                assert_eq!(step, Ok(()));
                assert_eq!(before - chunks.remaining(), before.min(max_items.max(1)));
                steps += 1;
            }
            assert_eq!(stepped, whole, "chunks of {max_items}");
            assert_eq!(steps, (items.end - items.start).div_ceil(max_items.max(1)));
            assert_eq!(control.done_runs(), items.end - items.start);
            assert_eq!(chunks.next_chunk(max_items), None);
        }
    }

    #[test]
    fn a_cancelled_step_computes_nothing_and_stays_where_it_was() {
        let control = Control::default();
        let mut chunks = Chunks::new(0..10);
        assert_eq!(chunks.step(3, &control, |k| k, |_, _| {}), Ok(()));
        control.cancel();
        let step = chunks.step(3, &control, |k| k, |_, _| panic!("nothing is handed on"));
        assert_eq!(step, Err(Cancelled));
        assert_eq!((chunks.next_chunk(3), control.done_runs()), (Some(3..6), 3));
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
