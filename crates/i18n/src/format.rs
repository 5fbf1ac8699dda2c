//! Numbers with their units in the interface's language. The digits are the same in every
//! language (Western digits, a full stop for decimals); only the words and unit abbreviations
//! change.

use gz_core::model::sensitivity::{Indicator, Lever};
use gz_core::model::{Driver, Param};

use crate::tr;

/// A driver's value with its short unit: "53 %", "450 trucks/day", "US$ 4.5 bn/yr".
#[must_use]
pub fn driver_value(driver: Driver, value: f64) -> String {
    match driver {
        Driver::DisarmamentShare
        | Driver::HeldShare
        | Driver::ArabParticipationShare
        | Driver::RestrictedBandShare => tr!("value-percent", n = format!("{:.0}", value * 100.0)),
        Driver::AidTrucksPerDay => tr!("value-trucks-per-day", n = format!("{value:.0}")),
        Driver::ForceTroops => tr!("value-troops", n = format!("{value:.0}")),
        Driver::ReconstructionUsdBnPerYear => tr!("value-usd-bn-per-year", n = trim(value, 1)),
        Driver::ViolationsPerWeek => tr!("value-incidents-per-week", n = trim(value, 1)),
    }
}

/// A rule parameter's value: a distance in km, a daily rate, or a bare number.
#[must_use]
pub fn param_value(param: Param, value: f64) -> String {
    let number = trim(value, 4);
    match param.info().unit {
        "km" => tr!("value-km", n = number),
        unit if unit.ends_with("per day") => tr!("value-per-day", n = number),
        _ => number,
    }
}

/// What a sensitivity analysis moved, at `value`.
#[must_use]
pub fn lever_value(lever: Lever, value: f64) -> String {
    match lever {
        Lever::Driver(driver) => driver_value(driver, value),
        Lever::Param(param) => param_value(param, value),
    }
}

/// A headline number with its unit; the stand-in for "never" says so.
#[must_use]
pub fn indicator_value(indicator: Indicator, value: f64, horizon_days: u32) -> String {
    if indicator.means_never(value, horizon_days) {
        return tr!("value-not-by-day", day = horizon_days.to_string());
    }
    match indicator {
        Indicator::PeopleReturned | Indicator::FinalPeople(_) => people(value),
        Indicator::PeakRedKm2 | Indicator::FinalAreaKm2(_) => tr!("value-km2", n = trim(value, 1)),
        Indicator::FirstDayBlueHoldsHalf => tr!("value-day", n = format!("{value:.0}")),
    }
}

/// How much a headline number changed, signed: "+12 k", "−3.5 km²", "+40 days".
#[must_use]
pub fn indicator_change(indicator: Indicator, change: f64) -> String {
    if change == 0.0 {
        return tr!("value-no-change");
    }
    let sign = if change < 0.0 { "−" } else { "+" };
    let size = change.abs();
    match indicator {
        Indicator::PeopleReturned | Indicator::FinalPeople(_) => format!("{sign}{}", people(size)),
        Indicator::PeakRedKm2 | Indicator::FinalAreaKm2(_) => {
            tr!("value-km2", n = format!("{sign}{}", trim(size, 1)))
        }
        Indicator::FirstDayBlueHoldsHalf => {
            tr!("value-change-days", n = format!("{sign}{size:.0}"))
        }
    }
}

/// A tick on an indicator's axis: people short, other numbers with two decimals at most.
#[must_use]
pub fn tick_value(indicator: Indicator, value: f64) -> String {
    match indicator {
        Indicator::PeopleReturned | Indicator::FinalPeople(_) => people(value),
        _ => trim(value, 2),
    }
}

/// How far a sensitivity analysis moves a judgement parameter, in words.
#[must_use]
pub fn plausible_range_words() -> String {
    tr!(
        "sensitivity-plausible-range",
        low = trim(gz_core::model::sensitivity::PLAUSIBLE_LOW_OF_DEFAULT, 2),
        high = trim(gz_core::model::sensitivity::PLAUSIBLE_HIGH_OF_DEFAULT, 2)
    )
}

/// A number of people, short: "2.13 M", "450 k", "4.5 k", "812".
#[must_use]
pub fn people(value: f64) -> String {
    let size = value.abs();
    if size >= 1e6 {
        tr!("number-millions", n = format!("{:.2}", value / 1e6))
    } else if size >= 1e4 {
        tr!("number-thousands", n = format!("{:.0}", value / 1e3))
    } else if size >= 1e3 {
        tr!("number-thousands", n = format!("{:.1}", value / 1e3))
    } else {
        format!("{value:.0}")
    }
}

/// `value` with at most `decimals` decimals and no trailing zeros.
#[must_use]
pub fn trim(value: f64, decimals: usize) -> String {
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
    use crate::{Language, set_language};
    use gz_core::model::Category;

    /// In English values read with short units, as tables and captions have always written
    /// them.
    #[test]
    fn english_values_read_with_short_units() {
        set_language(Language::English);
        assert_eq!(driver_value(Driver::HeldShare, 0.53), "53 %");
        assert_eq!(
            driver_value(Driver::ReconstructionUsdBnPerYear, 4.5),
            "US$ 4.5 bn/yr"
        );
        assert_eq!(
            driver_value(Driver::AidTrucksPerDay, 1200.0),
            "1200 trucks/day"
        );
        assert_eq!(driver_value(Driver::ForceTroops, 20_000.0), "20000 troops");
        assert_eq!(
            driver_value(Driver::ViolationsPerWeek, 0.5),
            "0.5 incidents/wk"
        );
        assert_eq!(param_value(Param::ArmedRegrowthPerDay, 0.016), "0.016/day");
        assert_eq!(param_value(Param::IncidentDistanceScaleKm, 4.0), "4 km");
        assert_eq!(param_value(Param::ArmedStrengthInitial, 0.25), "0.25");
        let blue = Indicator::FinalPeople(Category::Blue);
        assert_eq!(indicator_value(blue, 1_695_832.0, 774), "1.70 M");
        assert_eq!(indicator_value(blue, 45_400.0, 774), "45 k");
        assert_eq!(indicator_value(blue, 812.0, 774), "812");
        assert_eq!(indicator_change(blue, -5650.0), "−5.7 k");
        assert_eq!(indicator_change(blue, 0.0), "no change");
        let red = Indicator::FinalAreaKm2(Category::Red);
        assert_eq!(indicator_value(red, 12.26, 774), "12.3 km²");
        assert_eq!(indicator_change(red, -3.5), "−3.5 km²");
        let half = Indicator::FirstDayBlueHoldsHalf;
        assert_eq!(indicator_value(half, 775.0, 774), "not by day 774");
        assert_eq!(indicator_value(half, 412.0, 774), "day 412");
        assert_eq!(indicator_change(half, 40.0), "+40 days");
        assert_eq!(tick_value(blue, 12_345.0), "12 k");
        assert_eq!(tick_value(red, 12.345), "12.35");
        assert!(plausible_range_words().contains("from 0.5 to 2 times its default"));
    }

    #[test]
    fn other_languages_keep_the_digits_and_change_the_words() {
        for language in [Language::Arabic, Language::Hebrew] {
            set_language(language);
            let value = driver_value(Driver::AidTrucksPerDay, 450.0);
            assert!(
                value.contains("450") && !value.contains("trucks"),
                "{value}"
            );
            let never = indicator_value(Indicator::FirstDayBlueHoldsHalf, 731.0, 730);
            assert!(never.contains("730") && !never.contains("day"), "{never}");
            let people = indicator_value(Indicator::FinalPeople(Category::Blue), 2.13e6, 730);
            assert!(people.contains("2.13") && !people.contains('M'), "{people}");
        }
        set_language(Language::English);
    }
}
