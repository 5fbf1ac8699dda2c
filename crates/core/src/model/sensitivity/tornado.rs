//! The tornado: each driver at its range's minimum and maximum, the others at the scenario's
//! values, and how far that moves an indicator from the scenario's own value.

use super::super::drivers::Driver;
use super::super::sim::Inputs;
use super::{Control, Indicator, IndicatorBands, Point, Sampling, SensitivityError, evaluate};

/// A driver's two ends and what the scenario gives there.
#[derive(Clone, Debug, PartialEq)]
pub struct DriverEnds {
    pub driver: Driver,
    /// The driver's starting value in the scenario.
    pub scenario_value: f64,
    pub at_min: IndicatorBands,
    pub at_max: IndicatorBands,
}

/// Every driver at both ends of its range, and the scenario as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub sampling: Sampling,
    pub horizon_days: u32,
    pub baseline: IndicatorBands,
    pub drivers: Vec<DriverEnds>,
}

/// One bar of the chart: medians over the runs (the value itself with one run).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TornadoBar {
    pub driver: Driver,
    pub scenario_value: f64,
    /// The driver's range: the values it was set to.
    pub min_value: f64,
    pub max_value: f64,
    /// The indicator with the driver at its minimum, at the scenario's value, at its maximum.
    pub at_min: f64,
    pub baseline: f64,
    pub at_max: f64,
    /// The width of what the driver's range covers, baseline included: the sort key.
    pub swing: f64,
}

impl Tornado {
    /// Bars for `indicator`, the widest swing first; equal swings keep the drivers' order.
    #[must_use]
    pub fn bars(&self, indicator: Indicator) -> Vec<TornadoBar> {
        let baseline = self.baseline.get(indicator).p50;
        let mut bars: Vec<TornadoBar> = self
            .drivers
            .iter()
            .map(|ends| {
                let info = ends.driver.info();
                let at_min = ends.at_min.get(indicator).p50;
                let at_max = ends.at_max.get(indicator).p50;
                // Not |max − min|: a driver whose effect rises then falls can give the same
                // value at both ends and still move the indicator in between.
                let high = at_min.max(at_max).max(baseline);
                let low = at_min.min(at_max).min(baseline);
                TornadoBar {
                    driver: ends.driver,
                    scenario_value: ends.scenario_value,
                    min_value: info.min,
                    max_value: info.max,
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
}

/// Runs the scenario as it is and with each driver at both ends of its range.
///
/// # Errors
/// [`SensitivityError::Cancelled`] when `control` was cancelled.
pub fn tornado(
    base: &Inputs,
    sampling: Sampling,
    control: &Control,
) -> Result<Tornado, SensitivityError> {
    let mut points = vec![Point::Baseline];
    for driver in Driver::ALL {
        let info = driver.info();
        points.push(Point::At(driver, info.min));
        points.push(Point::At(driver, info.max));
    }
    let mut bands = evaluate(base, &points, sampling, control)?.into_iter();
    let baseline = bands.next().ok_or(SensitivityError::Cancelled)?;
    let mut drivers = Vec::with_capacity(Driver::ALL.len());
    for driver in Driver::ALL {
        let (Some(at_min), Some(at_max)) = (bands.next(), bands.next()) else {
            return Err(SensitivityError::Cancelled);
        };
        drivers.push(DriverEnds {
            driver,
            scenario_value: base.start.get(driver),
            at_min,
            at_max,
        });
    }
    Ok(Tornado {
        sampling,
        horizon_days: base.horizon_days,
        baseline,
        drivers,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::inputs;
    use super::*;
    use crate::geo::Governorate;
    use crate::model::{Category, Mandate, Mode};

    fn bar(tornado: &Tornado, indicator: Indicator, driver: Driver) -> TornadoBar {
        tornado
            .bars(indicator)
            .into_iter()
            .find(|b| b.driver == driver)
            .expect("every driver has a bar")
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
        assert_eq!(control.done_runs(), 5 * (1 + 2 * Driver::ALL.len() as u64));
        // Troops deployed nowhere: the same streams give the same runs at both ends.
        let b = bar(
            &t,
            Indicator::FinalPeople(Category::Red),
            Driver::ForceTroops,
        );
        assert_eq!((b.at_min, b.at_max), (b.baseline, b.baseline));
    }
}
