//! Sensitivity: how far each driver (and, from model 3, each judgement parameter of the rules)
//! moves a run's headline numbers, one at a time.
//!
//! Every analysis here is a list of *points* (the scenario as it is, or with one driver's
//! starting value or one parameter replaced) times a number of runs. Run `i` at every point
//! uses the same random stream (common random numbers), so differences between points come
//! from the driver or parameter, not from the dice. The command line's `sweep` and the app compute through
//! [`for_each_sample`], so they cannot disagree. docs/MODEL.md, section 14, explains the method.

mod indicator;
mod lever;
mod sweep;
mod tornado;

use std::ops::Range;

use rayon::prelude::*;

pub use super::parallel::Control;
pub use indicator::Indicator;
pub use lever::{
    Lever, PLAUSIBLE_HIGH_OF_DEFAULT, PLAUSIBLE_LOW_OF_DEFAULT, judgement_params, plausible_range,
    tornado_levers, tornado_runs,
};
pub use sweep::{Sweep, SweepRange, sweep, values};
pub use tornado::{LeverEnds, Tornado, TornadoBar, tornado};

use super::drivers::Driver;
use super::ensemble::{Band, quantile};
use super::events::{Action, Event};
use super::output::Indicators;
use super::parallel::{Cancelled, for_each_in_order};
use super::params::Param;
use super::sim::{Inputs, Mode, Plan, Record};
use crate::geo::Grid;

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

impl From<Cancelled> for SensitivityError {
    fn from(_: Cancelled) -> Self {
        Self::Cancelled
    }
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
    /// The scenario with the rule parameter at the value instead of its override or default.
    Param(Param, f64),
}

impl Point {
    /// The scenario's inputs at this point. Only the starting value changes, exactly as
    /// `gaza-zones sweep` has always set it; events that later set the driver still do. A
    /// parameter holds for the whole run.
    #[must_use]
    pub fn inputs(self, base: &Inputs) -> Inputs {
        let mut inputs = base.clone();
        match self {
            Self::Baseline => {}
            Self::At(driver, value) => inputs.start.set(driver, value),
            Self::Param(param, value) => inputs.params.set(param, value),
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
/// parallel chunks, counting them in `control`, and hands each sample to `sink` in item order.
///
/// # Errors
/// [`Cancelled`] once `control` was cancelled, having stopped at a chunk's end.
pub fn for_each_sample(
    base: &Inputs,
    points: &[Point],
    sampling: Sampling,
    range: Range<u64>,
    control: &Control,
    mut sink: impl FnMut(Sample),
) -> Result<(), Cancelled> {
    let runs = sampling.runs.max(1);
    let end = range.end.min(points.len() as u64 * runs);
    let grid = Grid::strip();
    // A plan per point, shared by that point's runs in the chunk (it takes well under a
    // millisecond, less than a run).
    let plans_of_chunk = |chunk: Range<u64>| {
        let first_point = chunk.start / runs;
        let last_point = (chunk.end - 1) / runs;
        let plans: Vec<Plan<'_>> = (first_point..=last_point)
            .into_par_iter()
            .map(|p| Plan::new(grid, &points[p as usize].inputs(base)))
            .collect();
        (first_point, plans)
    };
    for_each_in_order(
        range.start..end,
        control,
        plans_of_chunk,
        |(first_point, plans), item| {
            let plan = &plans[(item / runs - first_point) as usize];
            plan.run_numbered(sampling.mode, sampling.seed, item % runs, Record::Totals)
                .indicators()
        },
        |item, indicators| {
            sink(Sample {
                point: (item / runs) as usize,
                run: item % runs,
                indicators,
            });
        },
    )
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
    for_each_sample(base, points, sampling, 0..total, control, |sample| {
        current.push(sample.indicators);
        if current.len() as u64 == runs {
            bands.push(IndicatorBands::of(&current, base.horizon_days));
            current.clear();
        }
    })?;
    Ok(bands)
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
    use crate::model::{Category, DriverValues, Parameters};

    pub(super) fn inputs(horizon_days: u32) -> Inputs {
        Inputs {
            model: crate::model::ModelVersion::LATEST,
            starts_on_published_line: true,
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
        let done = for_each_sample(&base, &points, sampling, 0..6, &Control::default(), |s| {
            samples.push(s);
        });
        assert!(done.is_ok());
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
        let band = bands[0].get(Indicator::FinalPeople(Category::Red));
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
