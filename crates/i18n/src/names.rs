//! The model's own names (zones, reporting categories, governorates, dates) in the
//! interface's language. The model keeps its English keys for files and tables; these are
//! only what a reader sees.

use gz_core::geo::Governorate;
use gz_core::model::sensitivity::{Indicator, Lever, Sampling};
use gz_core::model::{
    CategoricalDriver, Category, Crossing, Driver, Governance, Mandate, Mode, Zone,
};
use jiff::civil::Date;

use crate::{message, tr};

/// The zone's colour name: red, green, gray, blue.
#[must_use]
pub fn zone(zone: Zone) -> String {
    match zone {
        Zone::Red => tr!("zone-red"),
        Zone::Green => tr!("zone-green"),
        Zone::Gray => tr!("zone-gray"),
        Zone::Blue => tr!("zone-blue"),
    }
}

/// The zone's meaning in the proposal, in one neutral line.
#[must_use]
pub fn zone_meaning(zone: Zone) -> String {
    match zone {
        Zone::Red => tr!("zone-red-meaning"),
        Zone::Green => tr!("zone-green-meaning"),
        Zone::Gray => tr!("zone-gray-meaning"),
        Zone::Blue => tr!("zone-blue-meaning"),
    }
}

/// A reporting category's name: a zone's, or "held".
#[must_use]
pub fn category(category: Category) -> String {
    match category {
        Category::Held => tr!("category-held"),
        other => zone(other.zone()),
    }
}

/// A reporting category's meaning in a few words, for legends.
#[must_use]
pub fn category_short(category: Category) -> String {
    match category {
        Category::Held => tr!("category-held-short"),
        Category::Gray => tr!("category-gray-short"),
        Category::Red => tr!("zone-red-short"),
        Category::Green => tr!("zone-green-short"),
        Category::Blue => tr!("zone-blue-short"),
    }
}

/// A reporting category's meaning in one line.
#[must_use]
pub fn category_meaning(category: Category) -> String {
    match category {
        Category::Held => tr!("category-held-meaning"),
        other => zone_meaning(other.zone()),
    }
}

/// A governorate's name.
#[must_use]
pub fn governorate(governorate: Governorate) -> String {
    match governorate {
        Governorate::NorthGaza => tr!("governorate-north-gaza"),
        Governorate::Gaza => tr!("governorate-gaza"),
        Governorate::DeirAlBalah => tr!("governorate-deir-al-balah"),
        Governorate::KhanYunis => tr!("governorate-khan-yunis"),
        Governorate::Rafah => tr!("governorate-rafah"),
    }
}

/// A date as the app and figures show it: "31 Dec 2027" in English, with the month's name
/// and the order of the parts in the interface's language.
#[must_use]
pub fn date(date: Date) -> String {
    let mut args = crate::FluentArgs::new();
    args.set("day", crate::value(date.day()));
    args.set(
        "month",
        crate::value(message(&format!("month-{}", date.month()), None)),
    );
    // As text: a year is not a quantity to group into thousands.
    args.set("year", crate::value(date.year().to_string()));
    message("date", Some(&args))
}

/// The calendar date of `day` counted from `start` (day 0); `None` past the calendar's end.
#[must_use]
pub fn calendar_date(start: Date, day: u32) -> Option<String> {
    gz_core::model::explain::date_of_day(start, day).map(date)
}

/// A driver's name, as the drivers panel and explanations show it.
#[must_use]
pub fn driver(driver: Driver) -> String {
    match driver {
        Driver::DisarmamentShare => tr!("driver-disarmament-share"),
        Driver::AidTrucksPerDay => tr!("driver-aid-trucks-per-day"),
        Driver::ForceTroops => tr!("driver-force-troops"),
        Driver::ReconstructionUsdBnPerYear => tr!("driver-reconstruction-usd-bn-per-year"),
        Driver::ViolationsPerWeek => tr!("driver-violations-per-week"),
        Driver::HeldShare => tr!("driver-held-share"),
        Driver::ArabParticipationShare => tr!("driver-arab-participation-share"),
        Driver::RestrictedBandShare => tr!("driver-restricted-band-share"),
    }
}

/// A driver's unit, in short (the drivers panel puts it after the name).
#[must_use]
pub fn driver_unit(driver: Driver) -> String {
    match driver {
        Driver::DisarmamentShare => tr!("driver-disarmament-share-unit"),
        Driver::AidTrucksPerDay => tr!("driver-aid-trucks-per-day-unit"),
        Driver::ForceTroops => tr!("driver-force-troops-unit"),
        Driver::ReconstructionUsdBnPerYear => tr!("driver-reconstruction-usd-bn-per-year-unit"),
        Driver::ViolationsPerWeek => tr!("driver-violations-per-week-unit"),
        Driver::HeldShare => tr!("driver-held-share-unit"),
        Driver::ArabParticipationShare => tr!("driver-arab-participation-share-unit"),
        Driver::RestrictedBandShare => tr!("driver-restricted-band-share-unit"),
    }
}

/// A categorical driver's name.
#[must_use]
pub fn categorical(driver: CategoricalDriver) -> String {
    match driver {
        CategoricalDriver::ForceMandate => tr!("driver-force-mandate"),
        CategoricalDriver::ForceDeployed => tr!("driver-force-deployed"),
        CategoricalDriver::Governance => tr!("driver-governance"),
        CategoricalDriver::RafahCrossing => tr!("driver-rafah-crossing"),
    }
}

/// The force's mandate.
#[must_use]
pub fn mandate(mandate: Mandate) -> String {
    match mandate {
        Mandate::Monitor => tr!("mandate-monitor"),
        Mandate::Enforce => tr!("mandate-enforce"),
    }
}

/// Who administers the Strip.
#[must_use]
pub fn governance(governance: Governance) -> String {
    match governance {
        Governance::None => tr!("governance-none"),
        Governance::TechnocraticCommittee => tr!("governance-technocratic-committee"),
        Governance::BoardOfPeace => tr!("governance-board-of-peace"),
        Governance::FullTransition => tr!("governance-full-transition"),
    }
}

/// The Rafah crossing's state.
#[must_use]
pub fn crossing(crossing: Crossing) -> String {
    match crossing {
        Crossing::Closed => tr!("crossing-closed"),
        Crossing::Open => tr!("crossing-open"),
    }
}

/// A headline number's name, as sensitivity charts and the Compare table label it.
#[must_use]
pub fn indicator(indicator: Indicator) -> String {
    match indicator {
        Indicator::FirstDayBlueHoldsHalf => tr!("indicator-first-day-blue-holds-half"),
        Indicator::PeakRedKm2 => tr!("indicator-peak-red-km2"),
        Indicator::PeopleReturned => tr!("indicator-returned-pop"),
        Indicator::FinalAreaKm2(Category::Red) => tr!("indicator-final-red-km2"),
        Indicator::FinalAreaKm2(Category::Green) => tr!("indicator-final-green-km2"),
        Indicator::FinalAreaKm2(Category::Gray) => tr!("indicator-final-gray-km2"),
        Indicator::FinalAreaKm2(Category::Held) => tr!("indicator-final-held-km2"),
        Indicator::FinalAreaKm2(Category::Blue) => tr!("indicator-final-blue-km2"),
        Indicator::FinalPeople(Category::Red) => tr!("indicator-final-red-pop"),
        Indicator::FinalPeople(Category::Green) => tr!("indicator-final-green-pop"),
        Indicator::FinalPeople(Category::Gray) => tr!("indicator-final-gray-pop"),
        Indicator::FinalPeople(Category::Held) => tr!("indicator-final-held-pop"),
        Indicator::FinalPeople(Category::Blue) => tr!("indicator-final-blue-pop"),
    }
}

/// The unit a headline number is in: day, km² or people.
#[must_use]
pub fn indicator_unit(indicator: Indicator) -> String {
    match indicator {
        Indicator::FirstDayBlueHoldsHalf => tr!("indicator-unit-day"),
        Indicator::PeakRedKm2 | Indicator::FinalAreaKm2(_) => tr!("indicator-unit-km2"),
        Indicator::PeopleReturned | Indicator::FinalPeople(_) => tr!("indicator-unit-people"),
    }
}

/// What a sensitivity analysis moves: a driver's name, or a rule parameter's key (kept as the
/// scenario file writes it, in every language) marked as a parameter.
#[must_use]
pub fn lever(lever: Lever) -> String {
    match lever {
        Lever::Driver(d) => driver(d),
        Lever::Param(p) => tr!("lever-parameter", name = p.key().replace('_', " ")),
    }
}

/// How each point of a sensitivity analysis was run, for captions.
#[must_use]
pub fn sampling(sampling: &Sampling) -> String {
    let seed = sampling.seed.to_string();
    match (sampling.mode, sampling.runs) {
        (Mode::Expected, _) => tr!("sampling-expected"),
        (Mode::Stochastic, 1) => tr!("sampling-one-stochastic", seed = seed),
        (Mode::Stochastic, n) => tr!("sampling-stochastic", runs = n.to_string(), seed = seed),
    }
}

/// A milestone condition's share, as the event form lists them.
#[must_use]
pub fn milestone_indicator(indicator: gz_core::model::Indicator) -> String {
    use gz_core::model::Indicator as I;
    match indicator {
        I::BluePeopleShare => tr!("milestone-blue-people-share"),
        I::GreenPeopleShare => tr!("milestone-green-people-share"),
        I::GrayPeopleShare => tr!("milestone-gray-people-share"),
        I::RedPeopleShare => tr!("milestone-red-people-share"),
        I::BlueAreaShare => tr!("milestone-blue-area-share"),
        I::GreenAreaShare => tr!("milestone-green-area-share"),
        I::GrayAreaShare => tr!("milestone-gray-area-share"),
        I::RedAreaShare => tr!("milestone-red-area-share"),
        I::HeldAreaShare => tr!("milestone-held-area-share"),
        I::DisplacedShare => tr!("milestone-displaced-share"),
    }
}

/// "model 3": a model version by its number.
#[must_use]
pub fn model(version: gz_core::model::ModelVersion) -> String {
    tr!("model-number", n = version.number())
}

/// "3 (Dec 2026, dynamics: …)": a model version's number and what it stands on.
#[must_use]
pub fn model_described(version: gz_core::model::ModelVersion) -> String {
    use gz_core::model::ModelVersion as V;
    let summary = match version {
        V::V1 => tr!("model-summary-1"),
        V::V2 => tr!("model-summary-2"),
        V::V3 => tr!("model-summary-3"),
    };
    tr!("model-described", n = version.number(), summary = summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, set_language};
    use gz_core::model::Param;

    /// A parameter says it is one, so that nobody takes a judgement of the rules for a
    /// scenario input; a driver is named as the drivers panel names it.
    #[test]
    fn a_lever_says_whether_it_is_a_parameter() {
        set_language(Language::English);
        assert_eq!(
            lever(Lever::Param(Param::ArmedRegrowthPerDay)),
            "armed regrowth per day (parameter)"
        );
        assert_eq!(lever(Lever::Driver(Driver::HeldShare)), "Withdrawal line");
    }
}
