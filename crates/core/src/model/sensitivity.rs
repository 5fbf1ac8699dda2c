//! Sensitivity: how far each driver moves a run's headline numbers, one driver at a time.
//!
//! Every analysis here is a list of *points* (the scenario as it is, or with one driver's
//! starting value replaced) times a number of runs. Run `i` at every point uses the same
//! random stream (common random numbers), so differences between points come from the
//! driver, not from the dice. The command line's `sweep` and the app compute through
//! [`for_each_sample`], so they cannot disagree. docs/MODEL.md, section 14, explains the method.

mod indicator;
mod sweep;
mod tornado;

use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rayon::prelude::*;

pub use indicator::Indicator;
pub use sweep::{Sweep, SweepRange, sweep, values};
pub use tornado::{DriverEnds, Tornado, TornadoBar, tornado};

use super::drivers::Driver;
use super::ensemble::{Band, quantile};
use super::events::{Action, Event};
use super::output::Indicators;
use super::sim::{Inputs, Mode, Plan, Record};
use crate::geo::Grid;

/// Items computed at once before they are handed on in order: both cores stay busy, and a
/// cancel is noticed within one chunk.
const CHUNK_ITEMS: u64 = 64;

/// What went wrong, or why nothing came back.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SensitivityError {
    #[error("cancelled")]
    Cancelled,
    #[error("{value} is outside the range of {key} ({min} to {max}, {unit})")]
    OutOfRange {
        key: &'static str,
        value: f64,
        min: f64,
        max: f64,
        unit: &'static str,
    },
}

/// How each point is run: one run in a mode, or an ensemble of stochastic runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sampling {
    pub mode: Mode,
    pub seed: u64,
    pub runs: u64,
}

impl Sampling {
    /// One run in the scenario's own mode (deterministic in expected-value mode).
    #[must_use]
    pub fn single(mode: Mode, seed: u64) -> Self {
        Self {
            mode,
            seed,
            runs: 1,
        }
    }

    /// `runs` stochastic runs at each point, run `i` with the same stream at every point.
    #[must_use]
    pub fn stochastic(seed: u64, runs: u64) -> Self {
        Self {
            mode: Mode::Stochastic,
            seed,
            runs: runs.max(1),
        }
    }

    /// The app's choice: 1 is the scenario's mode, more is a stochastic ensemble.
    #[must_use]
    pub fn from_runs(scenario_mode: Mode, seed: u64, runs: u64) -> Self {
        if runs <= 1 {
            Self::single(scenario_mode, seed)
        } else {
            Self::stochastic(seed, runs)
        }
    }

    /// In words, for headers and captions.
    #[must_use]
    pub fn describe(&self) -> String {
        match (self.mode, self.runs) {
            (Mode::Expected, _) => "one expected-value run per point".to_owned(),
            (Mode::Stochastic, 1) => format!("one stochastic run per point, seed {}", self.seed),
            (Mode::Stochastic, n) => format!(
                "{n} stochastic runs per point, seed {}, common random numbers",
                self.seed
            ),
        }
    }
}

/// Where a scenario is evaluated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Point {
    /// The scenario as it is.
    Baseline,
    /// The scenario with `driver` starting at the value instead.
    At(Driver, f64),
}

impl Point {
    /// The scenario's inputs at this point. Only the starting value changes, exactly as
    /// `gaza-zones sweep` has always set it; events that later set the driver still do.
    #[must_use]
    pub fn inputs(self, base: &Inputs) -> Inputs {
        let mut inputs = base.clone();
        if let Self::At(driver, value) = self {
            inputs.start.set(driver, value);
        }
        inputs
    }
}

/// One run at one point.
#[derive(Clone, Copy, Debug)]
pub struct Sample {
    pub point: usize,
    pub run: u64,
    pub indicators: Indicators,
}

/// Computes items `range` of `points × runs` (item `k` is point `k / runs`, run `k % runs`) in
/// parallel chunks and hands each sample to `sink` in item order. Returns `false` once
/// `cancel` is set, having stopped at a chunk's end.
pub fn for_each_sample(
    base: &Inputs,
    points: &[Point],
    sampling: Sampling,
    range: Range<u64>,
    cancel: &AtomicBool,
    mut sink: impl FnMut(Sample),
) -> bool {
    let runs = sampling.runs.max(1);
    let end = range.end.min(points.len() as u64 * runs);
    let grid = Grid::strip();
    let mut start = range.start;
    while start < end {
        if cancel.load(Ordering::Relaxed) {
            return false;
        }
        let chunk_end = (start + CHUNK_ITEMS).min(end);
        let first_point = start / runs;
        let last_point = (chunk_end - 1) / runs;
        // A plan per point, shared by that point's runs in the chunk (it takes well under a
        // millisecond, less than a run).
        let plans: Vec<Plan<'_>> = (first_point..=last_point)
            .into_par_iter()
            .map(|p| Plan::new(grid, &points[p as usize].inputs(base)))
            .collect();
        let indicators: Vec<Indicators> = (start..chunk_end)
            .into_par_iter()
            .map(|item| {
                let plan = &plans[(item / runs - first_point) as usize];
                plan.run_numbered(sampling.mode, sampling.seed, item % runs, Record::Totals)
                    .indicators()
            })
            .collect();
        for (item, indicators) in (start..chunk_end).zip(indicators) {
            sink(Sample {
                point: (item / runs) as usize,
                run: item % runs,
                indicators,
            });
        }
        start = chunk_end;
    }
    true
}

/// Progress and Cancel shared with whoever waits for an analysis.
#[derive(Debug, Default)]
pub struct Control {
    done_runs: AtomicU64,
    cancel: AtomicBool,
}

impl Control {
    /// Runs finished so far.
    #[must_use]
    pub fn done_runs(&self) -> u64 {
        self.done_runs.load(Ordering::Relaxed)
    }

    /// Asks the analysis to stop at its next chunk.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// p10, p50 and p90 of every indicator at one point.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorBands([Band; Indicator::COUNT]);

impl IndicatorBands {
    /// Quantiles over runs (type 7, as ensembles), each indicator separately.
    #[must_use]
    pub fn of(runs: &[Indicators], horizon_days: u32) -> Self {
        let mut bands = [Band::default(); Indicator::COUNT];
        let mut values = Vec::with_capacity(runs.len());
        for (band, indicator) in bands.iter_mut().zip(Indicator::ALL) {
            values.clear();
            values.extend(runs.iter().map(|r| indicator.value(r, horizon_days)));
            values.sort_by(f64::total_cmp);
            *band = Band {
                p10: quantile(&values, 0.1),
                p50: quantile(&values, 0.5),
                p90: quantile(&values, 0.9),
            };
        }
        Self(bands)
    }

    #[must_use]
    pub fn get(&self, indicator: Indicator) -> Band {
        self.0[indicator.index()]
    }
}

/// Every indicator's bands at each point, in point order; counts finished runs in `control`.
///
/// # Errors
/// [`SensitivityError::Cancelled`] when `control` was cancelled.
pub fn evaluate(
    base: &Inputs,
    points: &[Point],
    sampling: Sampling,
    control: &Control,
) -> Result<Vec<IndicatorBands>, SensitivityError> {
    let runs = sampling.runs.max(1);
    let mut bands = Vec::with_capacity(points.len());
    let mut current = Vec::with_capacity(usize::try_from(runs).unwrap_or(0));
    let total = points.len() as u64 * runs;
    let finished = for_each_sample(
        base,
        points,
        sampling,
        0..total,
        &control.cancel,
        |sample| {
            current.push(sample.indicators);
            control.done_runs.fetch_add(1, Ordering::Relaxed);
            if current.len() as u64 == runs {
                bands.push(IndicatorBands::of(&current, base.horizon_days));
                current.clear();
            }
        },
    );
    if finished {
        Ok(bands)
    } else {
        Err(SensitivityError::Cancelled)
    }
}

/// The events that change `driver` after the start: moving its starting value moves the
/// scenario only until the first of them.
#[must_use]
pub fn events_setting(events: &[Event], driver: Driver) -> Vec<&Event> {
    events
        .iter()
        .filter(|e| match &e.action {
            Action::Set { driver: d, .. } | Action::Ramp { driver: d, .. } => *d == driver,
            Action::MoveLine { .. } => driver == Driver::HeldShare,
            _ => false,
        })
        .collect()
}

/// Refuses a value outside the driver's range, as the sliders and the file format do.
///
/// # Errors
/// [`SensitivityError::OutOfRange`] naming the driver and its range.
pub fn check_in_range(driver: Driver, value: f64) -> Result<(), SensitivityError> {
    let info = driver.info();
    if (info.min..=info.max).contains(&value) {
        Ok(())
    } else {
        Err(SensitivityError::OutOfRange {
            key: info.key,
            value,
            min: info.min,
            max: info.max,
            unit: info.unit,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DriverValues, Parameters, Zone};

    pub(super) fn inputs(horizon_days: u32) -> Inputs {
        Inputs {
            horizon_days,
            start: DriverValues::default(),
            events: Vec::new(),
            params: Parameters::default(),
        }
    }

    #[test]
    fn samples_are_the_runs_a_single_run_gives_at_that_point() {
        let base = inputs(60);
        let points = [Point::Baseline, Point::At(Driver::DisarmamentShare, 0.9)];
        let sampling = Sampling::stochastic(5, 3);
        let mut samples = Vec::new();
        let done = for_each_sample(
            &base,
            &points,
            sampling,
            0..6,
            &AtomicBool::new(false),
            |s| samples.push(s),
        );
        assert!(done);
        assert_eq!(samples.len(), 6);
        let at = Point::At(Driver::DisarmamentShare, 0.9).inputs(&base);
        let plan = Plan::new(Grid::strip(), &at);
        let expected = plan
            .run_numbered(Mode::Stochastic, 5, 2, Record::Totals)
            .indicators();
        assert_eq!((samples[5].point, samples[5].run), (1, 2));
        assert_eq!(samples[5].indicators, expected);
    }

    #[test]
    fn a_cancelled_analysis_returns_nothing() {
        let control = Control::default();
        control.cancel();
        let result = evaluate(
            &inputs(30),
            &[Point::Baseline],
            Sampling::stochastic(1, 4),
            &control,
        );
        assert_eq!(result, Err(SensitivityError::Cancelled));
        assert_eq!(control.done_runs(), 0);
    }

    #[test]
    fn one_run_gives_a_band_of_zero_width_and_counts_progress() {
        let control = Control::default();
        let bands = evaluate(
            &inputs(30),
            &[Point::Baseline],
            Sampling::single(Mode::Expected, 1),
            &control,
        )
        .expect("not cancelled");
        let band = bands[0].get(Indicator::FinalPeople(Zone::Red));
        assert_eq!((band.p10, band.p50), (band.p50, band.p90));
        assert_eq!(control.done_runs(), 1);
    }

    #[test]
    fn events_that_set_the_driver_later_are_found() {
        let events = vec![
            Event::at(
                10,
                Action::Set {
                    driver: Driver::AidTrucksPerDay,
                    value: 600.0,
                },
            ),
            Event::at(
                20,
                Action::MoveLine {
                    held_share: 0.3,
                    over_days: 0,
                },
            ),
        ];
        assert_eq!(events_setting(&events, Driver::AidTrucksPerDay).len(), 1);
        assert_eq!(events_setting(&events, Driver::HeldShare)[0].day, 20);
        assert!(events_setting(&events, Driver::ForceTroops).is_empty());
    }
}
