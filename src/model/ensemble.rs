//! Ensembles: many stochastic runs with distinct derived seeds, in parallel, and their
//! p10/p50/p90 per zone per day.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use super::output::{DayRecord, RunOutput};
use super::sim::{Mode, Plan, Record};

/// Runs computed at once before they are handed on in order; bounds memory for large
/// ensembles while keeping both cores busy.
const CHUNK_RUNS: u64 = 64;

/// Runs `runs` (numbers within an ensemble seeded with `seed`) in parallel and hands each
/// output to `sink` in run order. Stops early, returning `false`, once `cancel` is set.
pub fn for_each_run(
    plan: &Plan<'_>,
    seed: u64,
    runs: Range<u64>,
    cancel: &AtomicBool,
    mut sink: impl FnMut(u64, RunOutput),
) -> bool {
    let mut start = runs.start;
    while start < runs.end {
        if cancel.load(Ordering::Relaxed) {
            return false;
        }
        let end = (start + CHUNK_RUNS).min(runs.end);
        let outputs: Vec<RunOutput> = (start..end)
            .into_par_iter()
            .map(|run| plan.run_numbered(Mode::Stochastic, seed, run, Record::Totals))
            .collect();
        for (run, output) in (start..end).zip(outputs) {
            sink(run, output);
        }
        start = end;
    }
    true
}

/// Low, middle and high quantiles of one quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Band {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// Per day, per zone: bands of area and of people.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub runs: usize,
    pub area_km2: Vec<[Band; 4]>,
    pub people: Vec<[Band; 4]>,
}

/// Collects the zone totals of many runs, then summarises them.
#[derive(Clone, Debug, Default)]
pub struct SummaryBuilder {
    /// `values[day][quantity]` over runs; quantity 0..4 area, 4..8 people.
    values: Vec<[Vec<f64>; 8]>,
    runs: usize,
}

impl SummaryBuilder {
    pub fn add(&mut self, days: &[DayRecord]) {
        if self.values.len() < days.len() {
            self.values.resize_with(days.len(), Default::default);
        }
        for (slot, day) in self.values.iter_mut().zip(days) {
            for z in 0..4 {
                slot[z].push(day.area_km2[z]);
                slot[4 + z].push(day.people[z]);
            }
        }
        self.runs += 1;
    }

    #[must_use]
    pub fn finish(mut self) -> Summary {
        let mut summary = Summary {
            runs: self.runs,
            ..Summary::default()
        };
        for slot in &mut self.values {
            let mut bands = [Band::default(); 8];
            for (band, values) in bands.iter_mut().zip(slot.iter_mut()) {
                values.sort_by(f64::total_cmp);
                *band = Band {
                    p10: quantile(values, 0.1),
                    p50: quantile(values, 0.5),
                    p90: quantile(values, 0.9),
                };
            }
            summary
                .area_km2
                .push([bands[0], bands[1], bands[2], bands[3]]);
            summary
                .people
                .push([bands[4], bands[5], bands[6], bands[7]]);
        }
        summary
    }
}

/// Quantile of sorted values by linear interpolation between order statistics (Hyndman and
/// Fan's type 7, the default of R and NumPy), so the figures match what a researcher would
/// compute from the per-run CSV.
#[must_use]
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * q;
            let lo = libm::floor(h) as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// What an ensemble shows: the bands over time and, per cell, how often it ended blue.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub runs: u64,
    pub summary: Summary,
    /// Per cell: the share of runs in which it ended blue.
    pub ended_blue_share: Vec<f64>,
}

/// Runs the first `runs` runs of an ensemble seeded with `seed` and summarises them, calling
/// `on_run` after each; `None` if cancelled. The app and the `figure` command both use it, so
/// their bands are the ones `run --runs N --summary` writes.
pub fn outcome(
    plan: &Plan<'_>,
    seed: u64,
    runs: u64,
    cancel: &AtomicBool,
    mut on_run: impl FnMut(),
) -> Option<Outcome> {
    let mut builder = SummaryBuilder::default();
    let mut blue = vec![0.0; plan.grid().len()];
    let finished = for_each_run(plan, seed, 0..runs, cancel, |_, output| {
        builder.add(&output.days);
        for (b, f) in blue.iter_mut().zip(&output.final_blue) {
            *b += f;
        }
        on_run();
    });
    finished.then(|| Outcome {
        runs,
        summary: builder.finish(),
        ended_blue_share: blue.iter().map(|b| b / runs.max(1) as f64).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_like_r_and_numpy() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.5), 3.0);
        assert!((quantile(&v, 0.1) - 1.4).abs() < 1e-12);
        assert!((quantile(&v, 0.9) - 4.6).abs() < 1e-12);
        assert_eq!(quantile(&[7.0], 0.9), 7.0);
    }
}
