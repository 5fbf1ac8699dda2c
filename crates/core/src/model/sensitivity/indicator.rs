//! The run's headline numbers as one choosable quantity each, so that a sensitivity analysis
//! can be asked "how far does this driver move *that* number".

use serde::{Deserialize, Serialize};

use super::super::category::Category;
use super::super::output::Indicators;

/// One headline number of a run (see [`Indicators`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// First day on which blue cells hold at least half of the people. A run in which that
    /// never happens counts as the day after the horizon, so that "never" sorts after every
    /// real day and medians stay defined.
    FirstDayBlueHoldsHalf,
    PeakRedKm2,
    PeopleReturned,
    /// Land of a reporting category on the last day (held gray land apart from gray).
    FinalAreaKm2(Category),
    FinalPeople(Category),
}

impl Indicator {
    pub const COUNT: usize = 13;

    /// Every indicator, in the order lists show them.
    pub const ALL: [Self; Self::COUNT] = [
        Self::FinalPeople(Category::Blue),
        Self::PeopleReturned,
        Self::FirstDayBlueHoldsHalf,
        Self::PeakRedKm2,
        Self::FinalAreaKm2(Category::Red),
        Self::FinalAreaKm2(Category::Green),
        Self::FinalAreaKm2(Category::Gray),
        Self::FinalAreaKm2(Category::Held),
        Self::FinalAreaKm2(Category::Blue),
        Self::FinalPeople(Category::Red),
        Self::FinalPeople(Category::Green),
        Self::FinalPeople(Category::Gray),
        Self::FinalPeople(Category::Held),
    ];

    /// Position in [`Indicator::ALL`].
    #[must_use]
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|&i| i == self).unwrap_or(0)
    }

    /// The column name `gaza-zones sweep` gives this number.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::FirstDayBlueHoldsHalf => "first_day_blue_holds_half",
            Self::PeakRedKm2 => "peak_red_km2",
            Self::PeopleReturned => "returned_pop",
            Self::FinalAreaKm2(Category::Red) => "final_red_km2",
            Self::FinalAreaKm2(Category::Green) => "final_green_km2",
            Self::FinalAreaKm2(Category::Gray) => "final_gray_km2",
            Self::FinalAreaKm2(Category::Held) => "final_held_km2",
            Self::FinalAreaKm2(Category::Blue) => "final_blue_km2",
            Self::FinalPeople(Category::Red) => "final_red_pop",
            Self::FinalPeople(Category::Green) => "final_green_pop",
            Self::FinalPeople(Category::Gray) => "final_gray_pop",
            Self::FinalPeople(Category::Held) => "final_held_pop",
            Self::FinalPeople(Category::Blue) => "final_blue_pop",
        }
    }

    /// The unit the value is in.
    #[must_use]
    pub fn unit(self) -> &'static str {
        match self {
            Self::FirstDayBlueHoldsHalf => "day",
            Self::PeakRedKm2 | Self::FinalAreaKm2(_) => "km²",
            Self::PeopleReturned | Self::FinalPeople(_) => "people",
        }
    }

    /// The number from a run's indicators; `horizon_days` stands in for "never" (see
    /// [`Indicator::FirstDayBlueHoldsHalf`]).
    #[must_use]
    pub fn value(self, indicators: &Indicators, horizon_days: u32) -> f64 {
        match self {
            Self::FirstDayBlueHoldsHalf => f64::from(
                indicators
                    .first_day_blue_holds_half
                    .unwrap_or(horizon_days.saturating_add(1)),
            ),
            Self::PeakRedKm2 => indicators.peak_red_km2,
            Self::PeopleReturned => indicators.people_returned,
            Self::FinalAreaKm2(category) => indicators.final_area_km2[category.index()],
            Self::FinalPeople(category) => indicators.final_people[category.index()],
        }
    }

    /// Whether `value` is the stand-in for "not within the horizon".
    #[must_use]
    pub fn means_never(self, value: f64, horizon_days: u32) -> bool {
        self == Self::FirstDayBlueHoldsHalf && value > f64::from(horizon_days)
    }

    /// Looks an indicator up by its key.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_indicator_has_its_own_key_and_index() {
        for (i, indicator) in Indicator::ALL.iter().enumerate() {
            assert_eq!(indicator.index(), i);
            assert_eq!(Indicator::from_key(indicator.key()), Some(*indicator));
        }
    }

    #[test]
    fn never_reaching_half_counts_as_the_day_after_the_horizon() {
        let never = Indicators::default();
        let v = Indicator::FirstDayBlueHoldsHalf.value(&never, 100);
        assert_eq!(v, 101.0);
        assert!(Indicator::FirstDayBlueHoldsHalf.means_never(v, 100));
        let day_40 = Indicators {
            first_day_blue_holds_half: Some(40),
            ..Indicators::default()
        };
        assert_eq!(Indicator::FirstDayBlueHoldsHalf.value(&day_40, 100), 40.0);
        assert!(!Indicator::FirstDayBlueHoldsHalf.means_never(40.0, 100));
    }
}
