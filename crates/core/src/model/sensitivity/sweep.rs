//! The one-driver sweep: a driver's starting value moved evenly across a range, and every
//! indicator's p10/p50/p90 at each value.

use super::super::drivers::Driver;
use super::super::ensemble::Band;
use super::super::parallel::{Cancelled, Stepwise};
use super::super::sim::Inputs;
use super::{
    Control, EvaluationSteps, Indicator, IndicatorBands, Point, Sampling, SensitivityError,
    check_in_range,
};

/// Which driver, over which values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SweepRange {
    pub driver: Driver,
    pub from: f64,
    pub to: f64,
    pub steps: u64,
}

impl SweepRange {
    /// The driver's whole range.
    #[must_use]
    pub fn whole(driver: Driver, steps: u64) -> Self {
        let info = driver.info();
        Self {
            driver,
            from: info.min,
            to: info.max,
            steps,
        }
    }

    /// The values, evenly from `from` to `to` inclusive.
    #[must_use]
    pub fn values(&self) -> Vec<f64> {
        values(self.from, self.to, self.steps)
    }

    /// The sweep as points of an analysis.
    #[must_use]
    pub fn points(&self) -> Vec<Point> {
        self.values()
            .into_iter()
            .map(|v| Point::At(self.driver, v))
            .collect()
    }

    /// Both ends must lie in the driver's range.
    ///
    /// # Errors
    /// [`SensitivityError::OutOfRange`] for the first end outside it.
    pub fn check(&self) -> Result<(), SensitivityError> {
        check_in_range(self.driver, self.from)?;
        check_in_range(self.driver, self.to)
    }
}

/// The driver's value at each step, evenly from `from` to `to` inclusive.
#[must_use]
pub fn values(from: f64, to: f64, steps: u64) -> Vec<f64> {
    if steps <= 1 {
        return vec![from];
    }
    (0..steps)
        .map(|k| from + (to - from) * k as f64 / (steps - 1) as f64)
        .collect()
}

/// A finished sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct Sweep {
    pub range: SweepRange,
    pub sampling: Sampling,
    pub horizon_days: u32,
    /// The driver's starting value in the scenario.
    pub scenario_value: f64,
    pub values: Vec<f64>,
    /// Every indicator's bands at each value.
    pub bands: Vec<IndicatorBands>,
}

impl Sweep {
    /// `(driver value, band)` of one indicator at each step.
    #[must_use]
    pub fn series(&self, indicator: Indicator) -> Vec<(f64, Band)> {
        self.values
            .iter()
            .zip(&self.bands)
            .map(|(&v, b)| (v, b.get(indicator)))
            .collect()
    }
}

/// Runs the scenario at each value of the range.
///
/// # Errors
/// [`SensitivityError::OutOfRange`] for a range outside the driver's;
/// [`SensitivityError::Cancelled`] when `control` was cancelled.
pub fn sweep(
    base: &Inputs,
    range: SweepRange,
    sampling: Sampling,
    control: &Control,
) -> Result<Sweep, SensitivityError> {
    SweepSteps::new(base.clone(), range, sampling)?.run_to_end(control)
}

/// The [`sweep`] a chunk of runs at a time, from owned inputs.
#[derive(Debug)]
pub struct SweepSteps {
    range: SweepRange,
    sampling: Sampling,
    horizon_days: u32,
    scenario_value: f64,
    evaluation: EvaluationSteps,
}

impl SweepSteps {
    /// # Errors
    /// [`SensitivityError::OutOfRange`] for a range outside the driver's.
    pub fn new(
        base: Inputs,
        range: SweepRange,
        sampling: Sampling,
    ) -> Result<Self, SensitivityError> {
        range.check()?;
        Ok(Self {
            range,
            sampling,
            horizon_days: base.horizon_days,
            scenario_value: base.start.get(range.driver),
            evaluation: EvaluationSteps::new(base, range.points(), sampling),
        })
    }

    /// The runs it computes in all, for a progress bar.
    #[must_use]
    pub fn total_runs(&self) -> u64 {
        self.evaluation.total_runs()
    }
}

impl Stepwise for SweepSteps {
    type Output = Sweep;
    type Error = SensitivityError;

    fn advance(&mut self, max_items: u64, control: &Control) -> Result<(), Cancelled> {
        self.evaluation.advance(max_items, control)
    }

    fn is_done(&self) -> bool {
        self.evaluation.is_done()
    }

    fn finish(self) -> Result<Sweep, SensitivityError> {
        Ok(Sweep {
            bands: self.evaluation.finish()?,
            values: self.range.values(),
            range: self.range,
            sampling: self.sampling,
            horizon_days: self.horizon_days,
            scenario_value: self.scenario_value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::inputs;
    use super::*;
    use crate::model::{Category, Mode};

    #[test]
    fn values_run_evenly_from_one_end_to_the_other() {
        assert_eq!(values(0.0, 1.0, 5), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(values(3.0, 9.0, 1), vec![3.0]);
    }

    #[test]
    fn a_range_outside_the_drivers_is_refused() {
        let range = SweepRange {
            driver: Driver::HeldShare,
            from: 0.0,
            to: 1.5,
            steps: 3,
        };
        let e = sweep(
            &inputs(10),
            range,
            Sampling::single(Mode::Expected, 1),
            &Control::default(),
        )
        .expect_err("refused");
        assert!(e.to_string().contains("outside the range of held_share"));
    }

    #[test]
    fn more_of_the_line_held_means_more_held_land_at_every_step() {
        // The line holds what it holds whatever else happens: with no events moving it, held
        // land at the end cannot fall as the held share rises.
        let s = sweep(
            &inputs(90),
            SweepRange::whole(Driver::HeldShare, 6),
            Sampling::single(Mode::Expected, 1),
            &Control::default(),
        )
        .expect("in range");
        let gray = s.series(Indicator::FinalAreaKm2(Category::Held));
        assert_eq!(gray.len(), 6);
        assert!(
            gray.windows(2).all(|w| w[1].1.p50 >= w[0].1.p50 - 1e-9),
            "{gray:?}"
        );
        assert!(gray[5].1.p50 > gray[0].1.p50 + 100.0);
    }

    #[test]
    fn a_sweep_computed_a_few_runs_at_a_time_is_the_sweep() {
        let base = inputs(45);
        let range = SweepRange::whole(Driver::DisarmamentShare, 4);
        let sampling = Sampling::stochastic(2, 5);
        let whole = sweep(&base, range, sampling, &Control::default()).expect("in range");
        let steps = SweepSteps::new(base, range, sampling).expect("in range");
        assert_eq!(steps.total_runs(), 20);
        let (stepped, advances) = super::super::tests::stepped(steps, 3);
        assert_eq!((stepped, advances), (Ok(whole), 7));
    }

    #[test]
    fn bands_are_ordered_and_medians_lie_inside_them() {
        let s = sweep(
            &inputs(60),
            SweepRange::whole(Driver::DisarmamentShare, 3),
            Sampling::stochastic(9, 7),
            &Control::default(),
        )
        .expect("in range");
        for indicator in Indicator::ALL {
            for (_, b) in s.series(indicator) {
                assert!(b.p10 <= b.p50 && b.p50 <= b.p90, "{indicator:?} {b:?}");
            }
        }
    }
}
