//! A value axis fitted to the data: its top is the first round tick at or above the data's
//! maximum (with a little room when that costs no extra tick), in steps of 1, 2, 2.5 or 5
//! times a power of ten, as many as the axis has room for.
//!
//! plotters would choose its own ticks over a range that we pad by a fixed share (the charts
//! once ran to 2.75 M for 2.13 M people, to leave room for a legend inside the plot); here the
//! ticks are chosen first and the range ends on one of them.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::coord::types::RangedCoordf64;

/// The room a tick label needs along a vertical axis, in layout pixels: its 16 px text and a
/// gap that keeps neighbours readable.
pub const TICK_SPACING_PX: f64 = 40.0;

/// Never fewer intervals than this, however short the axis (a figure is at least 540 high).
const MIN_INTERVALS: usize = 4;
/// Nor more: past a dozen labels an axis reads as a ruler.
const MAX_INTERVALS: usize = 12;

/// The room wished for above the data, as a share of its maximum: taken only when it does not
/// push the top a whole step further.
const MARGIN_SHARE: f64 = 0.01;

/// Ticks from `bottom` to `top` every `step`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub bottom: f64,
    pub top: f64,
    pub step: f64,
}

impl Axis {
    /// An axis from 0 that holds `max` (≥ 0), for an axis `length_px` long: stacked amounts
    /// are read against a scale that starts at nothing.
    #[must_use]
    pub fn from_zero(max: f64, length_px: f64) -> Self {
        Self::fitting(0.0, max.max(0.0), length_px, true)
    }

    /// An axis that holds `lo..=hi` and starts on the tick at or below `lo` (a curve that
    /// moves little is not pressed flat against the top).
    #[must_use]
    pub fn around(lo: f64, hi: f64, length_px: f64) -> Self {
        Self::fitting(lo, hi, length_px, false)
    }

    fn fitting(lo: f64, hi: f64, length_px: f64, from_zero: bool) -> Self {
        let (lo, hi) = if lo.is_finite() && hi.is_finite() && hi >= lo {
            (lo, hi)
        } else {
            (0.0, 1.0)
        };
        // A flat line still gets an axis around it.
        let (lo, hi) = if hi - lo > f64::EPSILON * hi.abs().max(1.0) {
            (lo, hi)
        } else if hi == 0.0 {
            (0.0, 1.0)
        } else {
            (lo - hi.abs() * 0.1, hi + hi.abs() * 0.1)
        };
        let intervals =
            ((length_px / TICK_SPACING_PX).floor() as usize).clamp(MIN_INTERVALS, MAX_INTERVALS);
        let lo = if from_zero { 0.0 } else { lo };
        let step = nice_step((hi - lo) / intervals as f64);
        let bottom = if from_zero {
            0.0
        } else {
            (lo / step).floor() * step
        };
        // The first tick at or above the maximum; the one after it only when the data would
        // otherwise touch the frame and that tick is still within one step of the maximum.
        let first_above = bottom + ((hi - bottom) / step).ceil() * step;
        let with_margin = bottom + ((hi + hi.abs() * MARGIN_SHARE - bottom) / step).ceil() * step;
        let top = if with_margin - hi <= step {
            with_margin
        } else {
            first_above
        };
        Self { bottom, top, step }
    }

    /// The tick values, bottom to top; computed from their index, so 0.6 is not 0.6000000001.
    #[must_use]
    pub fn ticks(&self) -> Vec<f64> {
        let n = ((self.top - self.bottom) / self.step).round() as usize;
        (0..=n)
            .map(|i| round_to(self.bottom + i as f64 * self.step, self.decimals()))
            .collect()
    }

    /// How many decimals the step needs: 0 for 50, 1 for 0.2, 2 for 0.25.
    #[must_use]
    pub fn decimals(&self) -> usize {
        (0..=6)
            .find(|&d| {
                let scaled = self.step * 10f64.powi(d as i32);
                (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
            })
            .unwrap_or(6)
    }

    /// A tick's label, with the step's decimals.
    #[must_use]
    pub fn label(&self, value: f64) -> String {
        let text = format!("{value:.*}", self.decimals());
        // "-0.0" for a value that rounds to zero from below reads as a typo.
        if text
            .trim_start_matches('-')
            .chars()
            .all(|c| c == '0' || c == '.')
        {
            text.trim_start_matches('-').to_owned()
        } else {
            text
        }
    }
}

impl Axis {
    /// The axis as a plotters coordinate, with exactly these ticks.
    #[must_use]
    pub fn coord(&self) -> TickedCoord {
        TickedCoord {
            inner: (self.bottom..self.top).into(),
            ticks: self.ticks(),
        }
    }
}

/// A value axis whose key points are its [`Axis`] ticks: the grid's lines and the labels fall
/// on them and nowhere else. (plotters' own key points for `f64` follow its range; its
/// `WithKeyPoints` wrapper cannot take a label formatter.)
pub struct TickedCoord {
    inner: RangedCoordf64,
    ticks: Vec<f64>,
}

impl Ranged for TickedCoord {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.inner.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        // Bold lines and labels at the ticks; no finer lines between them.
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.inner.range()
    }
}

/// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * power)
}

fn round_to(v: f64, decimals: usize) -> f64 {
    let f = 10f64.powi(decimals as i32);
    (v * f).round() / f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_point_one_three_million_people_get_an_axis_to_two_point_two_on_a_tall_chart() {
        let axis = Axis::from_zero(2.13, 700.0);
        assert_eq!(axis.step, 0.2);
        assert_eq!(axis.top, 2.2);
        assert_eq!(axis.ticks().len(), 12);
        assert_eq!(axis.ticks()[3], 0.6);
        assert_eq!(axis.label(0.6), "0.6");
    }

    #[test]
    fn a_short_axis_takes_fewer_wider_steps_and_still_ends_within_a_step_of_the_data() {
        let axis = Axis::from_zero(2.13, 200.0);
        assert!(axis.ticks().len() <= 6, "{axis:?}");
        assert!(axis.top >= 2.13 && axis.top - 2.13 <= axis.step, "{axis:?}");
    }

    #[test]
    fn any_maximum_is_held_within_one_step_on_round_ticks() {
        let mut max = 0.0013;
        while max < 5.0e6 {
            for length in [180.0, 330.0, 700.0, 1500.0] {
                let axis = Axis::from_zero(max, length);
                assert!(axis.top >= max, "{max}: {axis:?}");
                assert!(
                    axis.top - max <= axis.step * (1.0 + 1e-9),
                    "{max}: {axis:?}"
                );
                let n = axis.ticks().len() - 1;
                assert!(
                    (MIN_INTERVALS - 1..=MAX_INTERVALS).contains(&n),
                    "{max}: {axis:?}"
                );
                let mantissa = axis.step / 10f64.powf(axis.step.log10().floor());
                assert!(
                    [1.0, 2.0, 2.5, 5.0]
                        .iter()
                        .any(|m| (m - mantissa).abs() < 1e-9),
                    "{max}: {axis:?}"
                );
            }
            max *= 1.37;
        }
    }

    #[test]
    fn labels_carry_the_steps_decimals_and_no_negative_zero() {
        let axis = Axis {
            bottom: -0.5,
            top: 1.0,
            step: 0.25,
        };
        assert_eq!(axis.decimals(), 2);
        assert_eq!(axis.label(-0.0), "0.00");
        assert_eq!(axis.label(0.75), "0.75");
        let land = Axis::from_zero(365.0, 700.0);
        assert_eq!(land.decimals(), 0);
        assert_eq!((land.top, land.step), (400.0, 50.0));
        assert_eq!(land.label(350.0), "350");
    }

    #[test]
    fn a_flat_or_empty_series_still_has_an_axis() {
        let flat = Axis::around(3.0, 3.0, 500.0);
        assert!(flat.top > 3.0 && flat.bottom <= 3.0, "{flat:?}");
        let zero = Axis::from_zero(0.0, 500.0);
        assert!(zero.top > 0.0, "{zero:?}");
        let sweep = Axis::around(1.12e6, 1.31e6, 500.0);
        assert!(sweep.bottom > 1.0e6 && sweep.bottom <= 1.12e6, "{sweep:?}");
        assert!(
            sweep.top >= 1.31e6 && sweep.top - 1.31e6 <= sweep.step,
            "{sweep:?}"
        );
    }
}
