//! Numbers of a sensitivity analysis in words a room can read, in the app's window and in
//! figures: a driver's value with a short unit, an indicator's value in thousands or millions.

use crate::model::sensitivity::{Indicator, Lever};
use crate::model::{Driver, Param};

/// A driver's value with a short unit: "53 %", "1200 trucks/day", "US$ 4.5 bn/yr".
#[must_use]
pub fn driver_value(driver: Driver, value: f64) -> String {
    match driver {
        Driver::DisarmamentShare
        | Driver::HeldShare
        | Driver::ArabParticipationShare
        | Driver::RestrictedBandShare => {
            format!("{:.0} %", value * 100.0)
        }
        Driver::AidTrucksPerDay => format!("{value:.0} trucks/day"),
        Driver::ForceTroops => format!("{value:.0} troops"),
        Driver::ReconstructionUsdBnPerYear => format!("US$ {} bn/yr", trim(value, 1)),
        Driver::ViolationsPerWeek => format!("{} incidents/wk", trim(value, 1)),
    }
}

/// A rule parameter's value, short: the number, with "km" or "/day" where its unit has one
/// ("0.016/day", "4 km", "0.25"); the full unit goes in tooltips and captions.
#[must_use]
pub fn param_value(param: Param, value: f64) -> String {
    let number = trim(value, 4);
    match param.info().unit {
        "km" => format!("{number} km"),
        unit if unit.ends_with("per day") => format!("{number}/day"),
        _ => number,
    }
}

/// A tornado lever's value: a driver's as [`driver_value`], a parameter's as [`param_value`].
#[must_use]
pub fn lever_value(lever: Lever, value: f64) -> String {
    match lever {
        Lever::Driver(driver) => driver_value(driver, value),
        Lever::Param(param) => param_value(param, value),
    }
}

/// How a parameter bar's ends were chosen, for tooltips, captions and CSV notes.
#[must_use]
pub fn plausible_range_words() -> String {
    format!(
        "a judgement parameter moves from {} to {} times its default (kept within its allowed range), a plausible range rather than the whole allowed one",
        trim(crate::model::sensitivity::PLAUSIBLE_LOW_OF_DEFAULT, 2),
        trim(crate::model::sensitivity::PLAUSIBLE_HIGH_OF_DEFAULT, 2),
    )
}

/// An indicator's value: people in k or M, land in km², a day (or "never" past the horizon).
#[must_use]
pub fn indicator_value(indicator: Indicator, value: f64, horizon_days: u32) -> String {
    if indicator.means_never(value, horizon_days) {
        return format!("not by day {horizon_days}");
    }
    match indicator.unit() {
        "people" => people(value),
        "km²" => format!("{} km²", trim(value, 1)),
        _ => format!("day {value:.0}"),
    }
}

/// A value on an axis whose title gives the unit: "1.6 M", "0.5", "400".
#[must_use]
pub fn tick_value(indicator: Indicator, value: f64) -> String {
    match indicator.unit() {
        "people" => people(value),
        _ => trim(value, 2),
    }
}

/// A difference of an indicator, signed: "+12.5 k", "−3 km²", "+40 days".
#[must_use]
pub fn indicator_change(indicator: Indicator, change: f64) -> String {
    if change == 0.0 {
        return "no change".to_owned();
    }
    // The minus sign, not a hyphen: it reads as a number on a slide.
    let sign = if change < 0.0 { "−" } else { "+" };
    let size = change.abs();
    match indicator.unit() {
        "people" => format!("{sign}{}", people(size)),
        "km²" => format!("{sign}{} km²", trim(size, 1)),
        _ => format!("{sign}{size:.0} days"),
    }
}

/// People, rounded for reading: "1.70 M", "845 k", "312".
#[must_use]
pub fn people(value: f64) -> String {
    let size = value.abs();
    if size >= 1e6 {
        format!("{:.2} M", value / 1e6)
    } else if size >= 1e4 {
        format!("{:.0} k", value / 1e3)
    } else if size >= 1e3 {
        format!("{:.1} k", value / 1e3)
    } else {
        format!("{value:.0}")
    }
}

/// At most `decimals` decimals, without trailing zeros ("4.5", "20", "0.3").
fn trim(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Category;

    #[test]
    fn values_read_with_short_units() {
        assert_eq!(driver_value(Driver::HeldShare, 0.53), "53 %");
        assert_eq!(
            driver_value(Driver::ReconstructionUsdBnPerYear, 4.5),
            "US$ 4.5 bn/yr"
        );
        assert_eq!(
            driver_value(Driver::AidTrucksPerDay, 1200.0),
            "1200 trucks/day"
        );
        assert_eq!(param_value(Param::ArmedRegrowthPerDay, 0.016), "0.016/day");
        assert_eq!(param_value(Param::IncidentDistanceScaleKm, 4.0), "4 km");
        assert_eq!(param_value(Param::ArmedStrengthInitial, 0.25), "0.25");
        let blue = Indicator::FinalPeople(Category::Blue);
        assert_eq!(indicator_value(blue, 1_695_832.0, 774), "1.70 M");
        assert_eq!(indicator_change(blue, -5650.0), "−5.7 k");
        assert_eq!(indicator_change(blue, 0.0), "no change");
        let half = Indicator::FirstDayBlueHoldsHalf;
        assert_eq!(indicator_value(half, 775.0, 774), "not by day 774");
        assert_eq!(indicator_value(half, 412.0, 774), "day 412");
    }
}
