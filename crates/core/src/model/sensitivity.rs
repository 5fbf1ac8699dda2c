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
pub use sweep::{Sweep, SweepRange, SweepSteps, sweep, values};
pub use tornado::{LeverEnds, Tornado, TornadoBar, TornadoSteps, tornado};

use super::drivers::Driver;
use super::ensemble::{Band, quantile};
use super::events::{Action, Event};
use super::output::Indicators;
use super::parallel::{CHUNK_ITEMS, Cancelled, Chunks, Stepwise};
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
    let end = range.end.min(points.len() as u64 * sampling.runs.max(1));
    let mut chunks = Chunks::new(range.start..end);
    let mut plans = PointPlans::default();
    while !chunks.is_done() {
        sample_chunk(
            &mut chunks,
            CHUNK_ITEMS,
            &mut plans,
            base,
            points,
            sampling,
            control,
            &mut sink,
        )?;
    }
    Ok(())
}

/// The plans of consecutive points, from `first_point` on. Only a cache: a point's plan is
/// the same whenever it is made, so keeping one from chunk to chunk changes no number, and
/// saves making it again when a chunk holds a few of a point's runs (the browser's chunks).
#[derive(Debug, Default)]
struct PointPlans {
    first_point: u64,
    plans: Vec<Plan<'static>>,
}

impl PointPlans {
    /// Makes the plans of the points of items `chunk` (with `runs` runs a point), keeping
    /// those already made and dropping those of earlier points.
    fn cover(&mut self, base: &Inputs, points: &[Point], runs: u64, chunk: &Range<u64>) {
        let first = chunk.start / runs;
        let last = (chunk.end.max(chunk.start + 1) - 1) / runs;
        let kept_from = first.saturating_sub(self.first_point);
        if kept_from >= self.plans.len() as u64 || first < self.first_point {
            self.plans.clear();
        } else {
            self.plans.drain(..kept_from as usize);
        }
        self.first_point = first;
        let grid = Grid::strip();
        // A plan takes well under a millisecond, less than a run: the missing ones in parallel.
        let missing: Vec<Plan<'static>> = (first + self.plans.len() as u64..=last)
            .into_par_iter()
            .map(|p| Plan::new(grid, &points[p as usize].inputs(base)))
            .collect();
        self.plans.extend(missing);
    }

    /// The plan of `point`, which the last [`PointPlans::cover`] covered.
    fn of(&self, point: u64) -> &Plan<'static> {
        &self.plans[(point - self.first_point) as usize]
    }
}

/// Computes the next at most `max_items` samples of `points × runs` and hands them to `sink`.
#[allow(clippy::too_many_arguments)] // One loop's state and inputs, shared by two callers.
fn sample_chunk(
    chunks: &mut Chunks,
    max_items: u64,
    plans: &mut PointPlans,
    base: &Inputs,
    points: &[Point],
    sampling: Sampling,
    control: &Control,
    mut sink: impl FnMut(Sample),
) -> Result<(), Cancelled> {
    let runs = sampling.runs.max(1);
    let Some(chunk) = chunks.next_chunk(max_items) else {
        return Ok(());
    };
    // Before making plans: a cancelled analysis makes nothing.
    if control.is_cancelled() {
        return Err(Cancelled);
    }
    plans.cover(base, points, runs, &chunk);
    let plans = &*plans;
    chunks.step(
        max_items,
        control,
        |item| {
            plans
                .of(item / runs)
                .run_numbered(sampling.mode, sampling.seed, item % runs, Record::Totals)
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
    EvaluationSteps::new(base.clone(), points.to_vec(), sampling).run_to_end(control)
}

/// [`evaluate`] a chunk of runs at a time, from owned inputs, so that it can move to a thread
/// or wait between frames.
#[derive(Debug)]
pub struct EvaluationSteps {
    base: Inputs,
    points: Vec<Point>,
    sampling: Sampling,
    chunks: Chunks,
    plans: PointPlans,
    /// The runs of the point under way.
    current: Vec<Indicators>,
    /// The bands of the points done, in order.
    bands: Vec<IndicatorBands>,
}

impl EvaluationSteps {
    #[must_use]
    pub fn new(base: Inputs, points: Vec<Point>, sampling: Sampling) -> Self {
        let runs = sampling.runs.max(1);
        Self {
            chunks: Chunks::new(0..points.len() as u64 * runs),
            current: Vec::with_capacity(usize::try_from(runs).unwrap_or(0)),
            bands: Vec::with_capacity(points.len()),
            plans: PointPlans::default(),
            base,
            points,
            sampling,
        }
    }

    /// The runs it computes in all, for a progress bar.
    #[must_use]
    pub fn total_runs(&self) -> u64 {
        self.points.len() as u64 * self.sampling.runs.max(1)
    }
}

impl Stepwise for EvaluationSteps {
    type Output = Vec<IndicatorBands>;
    type Error = SensitivityError;

    fn advance(&mut self, max_items: u64, control: &Control) -> Result<(), Cancelled> {
        let runs = self.sampling.runs.max(1) as usize;
        let horizon_days = self.base.horizon_days;
        let (current, bands) = (&mut self.current, &mut self.bands);
        sample_chunk(
            &mut self.chunks,
            max_items,
            &mut self.plans,
            &self.base,
            &self.points,
            self.sampling,
            control,
            |sample| {
                current.push(sample.indicators);
                if current.len() == runs {
                    bands.push(IndicatorBands::of(current, horizon_days));
                    current.clear();
                }
            },
        )
    }

    fn is_done(&self) -> bool {
        self.chunks.is_done()
    }

    fn finish(self) -> Result<Vec<IndicatorBands>, SensitivityError> {
        if self.chunks.is_done() {
            Ok(self.bands)
        } else {
            Err(SensitivityError::Cancelled)
        }
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
            Action::Deploy { .. } => driver == Driver::ForceTroops,
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
    use crate::model::params::Param;
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

    /// Advances `steps` to the end in chunks of `max_items`, counting the chunks.
    pub(super) fn stepped<S: Stepwise>(
        mut steps: S,
        max_items: u64,
    ) -> (Result<S::Output, S::Error>, u64) {
        let control = Control::default();
        let mut advances = 0;
        while !steps.is_done() {
            if steps.advance(max_items, &control).is_err() {
                break;
            }
            advances += 1;
        }
        (steps.finish(), advances)
    }

    #[test]
    fn stepping_in_chunks_of_any_size_gives_the_bands_evaluate_gives() {
        let base = inputs(60);
        // Chunks that end inside a point's runs, so that plans are kept from one to the next.
        let points = vec![
            Point::Baseline,
            Point::At(Driver::DisarmamentShare, 0.9),
            Point::Param(Param::ArmedRegrowthPerDay, 0.016),
            Point::At(Driver::HeldShare, 0.2),
        ];
        let sampling = Sampling::stochastic(5, 3);
        let whole = evaluate(&base, &points, sampling, &Control::default()).expect("not cancelled");
        assert_eq!(whole.len(), 4);
        for max_items in [1, 2, 7, 64] {
            let steps = EvaluationSteps::new(base.clone(), points.clone(), sampling);
            assert_eq!(steps.total_runs(), 12);
            let (bands, advances) = stepped(steps, max_items);
            assert_eq!(bands, Ok(whole.clone()), "chunks of {max_items}");
            assert_eq!(advances, 12_u64.div_ceil(max_items));
        }
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
