//! The tornado: each driver at its range's minimum and maximum and, from model 3, each
//! judgement parameter at half and double its default, the rest at the scenario's values, and
//! how far that moves an indicator from the scenario's own value.

use super::super::parallel::{Cancelled, Stepwise};
use super::super::sim::Inputs;
use super::lever::{Lever, tornado_levers};
use super::{
    Control, EvaluationSteps, Indicator, IndicatorBands, Point, Sampling, SensitivityError,
};

/// A lever's two ends and what the scenario gives there.
#[derive(Clone, Debug, PartialEq)]
pub struct LeverEnds {
    pub lever: Lever,
    /// The lever's value in the scenario (a driver's starting value).
    pub scenario_value: f64,
    /// The values it was set to.
    pub low_value: f64,
    pub high_value: f64,
    pub at_min: IndicatorBands,
    pub at_max: IndicatorBands,
}

/// Every lever at both ends of its range, and the scenario as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub sampling: Sampling,
    pub horizon_days: u32,
    pub baseline: IndicatorBands,
    /// Drivers first, then parameters, in [`tornado_levers`] order.
    pub levers: Vec<LeverEnds>,
}

/// One bar of the chart: medians over the runs (the value itself with one run).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TornadoBar {
    pub lever: Lever,
    pub scenario_value: f64,
    /// The values the lever was set to: a driver's range, a parameter's plausible range.
    pub min_value: f64,
    pub max_value: f64,
    /// The indicator with the lever at its low end, at the scenario's value, at its high end.
    pub at_min: f64,
    pub baseline: f64,
    pub at_max: f64,
    /// The width of what the lever's range covers, baseline included: the sort key.
    pub swing: f64,
}

impl Tornado {
    /// Bars for `indicator`, the widest swing first; equal swings keep the levers' order
    /// (drivers before parameters).
    #[must_use]
    pub fn bars(&self, indicator: Indicator) -> Vec<TornadoBar> {
        let baseline = self.baseline.get(indicator).p50;
        let mut bars: Vec<TornadoBar> = self
            .levers
            .iter()
            .map(|ends| {
                let at_min = ends.at_min.get(indicator).p50;
                let at_max = ends.at_max.get(indicator).p50;
                // Not |max − min|: a lever whose effect rises then falls can give the same
                // value at both ends and still move the indicator in between.
                let high = at_min.max(at_max).max(baseline);
                let low = at_min.min(at_max).min(baseline);
                TornadoBar {
                    lever: ends.lever,
                    scenario_value: ends.scenario_value,
                    min_value: ends.low_value,
                    max_value: ends.high_value,
                    at_min,
                    baseline,
                    at_max,
                    swing: high - low,
                }
            })
            .collect();
        bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
        bars
    }

    /// Whether any bar moves a parameter rather than a driver (model 3 on).
    #[must_use]
    pub fn has_parameters(&self) -> bool {
        self.levers
            .iter()
            .any(|ends| matches!(ends.lever, Lever::Param(_)))
    }
}

/// Runs the scenario as it is and with each lever of its model at both ends of its range.
///
/// # Errors
/// [`SensitivityError::Cancelled`] when `control` was cancelled.
pub fn tornado(
    base: &Inputs,
    sampling: Sampling,
    control: &Control,
) -> Result<Tornado, SensitivityError> {
    TornadoSteps::new(base.clone(), sampling).run_to_end(control)
}

/// The [`tornado`] a chunk of runs at a time, from owned inputs.
#[derive(Debug)]
pub struct TornadoSteps {
    levers: Vec<Lever>,
    /// Each lever's value in the scenario, in the order of `levers`.
    scenario_values: Vec<f64>,
    sampling: Sampling,
    horizon_days: u32,
    /// The scenario as it is, then each lever at its low and at its high end.
    evaluation: EvaluationSteps,
}

impl TornadoSteps {
    #[must_use]
    pub fn new(base: Inputs, sampling: Sampling) -> Self {
        let levers = tornado_levers(base.model);
        let mut points = vec![Point::Baseline];
        for lever in &levers {
            let (low, high) = lever.ends();
            points.push(lever.at(low));
            points.push(lever.at(high));
        }
        Self {
            scenario_values: levers.iter().map(|l| l.scenario_value(&base)).collect(),
            levers,
            sampling,
            horizon_days: base.horizon_days,
            evaluation: EvaluationSteps::new(base, points, sampling),
        }
    }

    /// The runs it computes in all, for a progress bar.
    #[must_use]
    pub fn total_runs(&self) -> u64 {
        self.evaluation.total_runs()
    }
}

impl Stepwise for TornadoSteps {
    type Output = Tornado;
    type Error = SensitivityError;

    fn advance(&mut self, max_items: u64, control: &Control) -> Result<(), Cancelled> {
        self.evaluation.advance(max_items, control)
    }

    fn is_done(&self) -> bool {
        self.evaluation.is_done()
    }

    fn finish(self) -> Result<Tornado, SensitivityError> {
        let mut bands = self.evaluation.finish()?.into_iter();
        let baseline = bands.next().ok_or(SensitivityError::Cancelled)?;
        let mut ends = Vec::with_capacity(self.levers.len());
        for (lever, scenario_value) in self.levers.into_iter().zip(self.scenario_values) {
            let (Some(at_min), Some(at_max)) = (bands.next(), bands.next()) else {
                return Err(SensitivityError::Cancelled);
            };
            let (low_value, high_value) = lever.ends();
            ends.push(LeverEnds {
                lever,
                scenario_value,
                low_value,
                high_value,
                at_min,
                at_max,
            });
        }
        Ok(Tornado {
            sampling: self.sampling,
            horizon_days: self.horizon_days,
            baseline,
            levers: ends,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::inputs;
    use super::*;
    use crate::geo::Governorate;
    use crate::model::{Category, Driver, Mandate, Mode, ModelVersion, Param};

    fn bar(tornado: &Tornado, indicator: Indicator, lever: impl Into<Lever>) -> TornadoBar {
        let lever = lever.into();
        tornado
            .bars(indicator)
            .into_iter()
            .find(|b| b.lever == lever)
            .expect("every lever has a bar")
    }

    #[test]
    fn troops_deployed_nowhere_cannot_move_anything() {
        // No governorate has the force, so its size enters no rule.
        let base = inputs(120);
        assert!(base.start.force_deployed.is_empty());
        let t = tornado(
            &base,
            Sampling::single(Mode::Expected, 1),
            &Control::default(),
        )
        .expect("not cancelled");
        for indicator in Indicator::ALL {
            let b = bar(&t, indicator, Driver::ForceTroops);
            assert_eq!(b.swing, 0.0, "{indicator:?}");
            assert_eq!(b.at_min, b.baseline);
        }
        assert_eq!(
            t.bars(Indicator::PeakRedKm2).last().map(|b| b.swing),
            Some(0.0)
        );
    }

    #[test]
    fn disarmament_clears_red_land_so_its_bar_points_down_from_none_to_full() {
        let mut base = inputs(365);
        base.start.governance = crate::model::Governance::BoardOfPeace;
        base.start.force_troops = 5000.0;
        base.start.force_mandate = Mandate::Enforce;
        base.start.force_deployed = vec![Governorate::Rafah];
        let t = tornado(
            &base,
            Sampling::single(Mode::Expected, 1),
            &Control::default(),
        )
        .expect("not cancelled");
        let red = Indicator::FinalAreaKm2(Category::Red);
        let b = bar(&t, red, Driver::DisarmamentShare);
        assert!(b.swing > 10.0, "{b:?}");
        assert!(
            b.at_max < b.baseline && b.baseline <= b.at_min,
            "full disarmament leaves less red land than none: {b:?}"
        );
        let bars = t.bars(red);
        assert!(bars.windows(2).all(|w| w[0].swing >= w[1].swing));
    }

    #[test]
    fn with_several_runs_the_bars_are_medians_of_the_same_streams() {
        let base = inputs(60);
        let sampling = Sampling::stochastic(3, 5);
        let control = Control::default();
        let t = tornado(&base, sampling, &control).expect("not cancelled");
        // A model-3 scenario: the scenario, then both ends of 8 drivers and 8 parameters.
        assert_eq!(base.model, ModelVersion::V3);
        assert_eq!(control.done_runs(), 5 * (1 + 2 * (8 + 8)));
        // Troops deployed nowhere: the same streams give the same runs at both ends.
        let b = bar(
            &t,
            Indicator::FinalPeople(Category::Red),
            Driver::ForceTroops,
        );
        assert_eq!((b.at_min, b.at_max), (b.baseline, b.baseline));
    }

    #[test]
    fn a_tornado_computed_a_few_runs_at_a_time_is_the_tornado() {
        let base = inputs(45);
        let sampling = Sampling::stochastic(8, 2);
        let whole = tornado(&base, sampling, &Control::default()).expect("not cancelled");
        let steps = TornadoSteps::new(base.clone(), sampling);
        assert_eq!(
            steps.total_runs(),
            super::super::tornado_runs(base.model, 2)
        );
        let (stepped, _) = super::super::tests::stepped(steps, 3);
        assert_eq!(stepped, Ok(whole));
    }

    #[test]
    fn model_2_moves_drivers_only_and_gives_what_it_gave_before_parameters() {
        let mut base = inputs(60);
        base.model = ModelVersion::V2;
        let sampling = Sampling::stochastic(3, 2);
        let control = Control::default();
        let t = tornado(&base, sampling, &control).expect("not cancelled");
        assert!(!t.has_parameters());
        assert_eq!(control.done_runs(), 2 * (1 + 2 * Driver::ALL.len() as u64));
        // The same points as the tornado of drivers alone, in the same order.
        let mut points = vec![Point::Baseline];
        for driver in Driver::ALL {
            let info = driver.info();
            points.extend([Point::At(driver, info.min), Point::At(driver, info.max)]);
        }
        let bands = super::super::evaluate(&base, &points, sampling, &Control::default());
        let bands = bands.expect("not cancelled");
        assert_eq!(t.baseline, bands[0]);
        for (i, ends) in t.levers.iter().enumerate() {
            assert_eq!(
                (&ends.at_min, &ends.at_max),
                (&bands[1 + 2 * i], &bands[2 + 2 * i])
            );
        }
    }

    #[test]
    fn more_armed_regrowth_leaves_more_red_land_at_the_end() {
        // Clearance under way (half disarmed, an enforcing force in every governorate), so
        // that the armed group's strength brakes it: faster regrowth, slower clearance.
        let mut base = inputs(365);
        base.start.governance = crate::model::Governance::BoardOfPeace;
        base.start.disarmament_share = 0.5;
        base.start.force_troops = 20_000.0;
        base.start.force_mandate = Mandate::Enforce;
        base.start.force_deployed = Governorate::ALL.to_vec();
        let t = tornado(
            &base,
            Sampling::single(Mode::Expected, 1),
            &Control::default(),
        )
        .expect("not cancelled");
        let red = Indicator::FinalAreaKm2(Category::Red);
        let b = bar(&t, red, Param::ArmedRegrowthPerDay);
        assert_eq!((b.min_value, b.max_value), (0.004, 0.016));
        assert_eq!(b.scenario_value, 0.008);
        assert!(
            b.at_min < b.baseline && b.baseline < b.at_max,
            "more regrowth, more red land: {b:?}"
        );
        // Every judgement parameter has its bar.
        for &param in crate::model::sensitivity::judgement_params(base.model) {
            bar(&t, red, param);
        }
    }
}
