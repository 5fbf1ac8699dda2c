//! The drivers: the quantities in the news that a scenario sets and its events change.
//!
//! Each numeric driver has a unit, a range and a default with its source; docs/MODEL.md
//! explains each in prose. Defaults describe the situation in mid-November 2025.

use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumString, IntoStaticStr, VariantArray};

use crate::geo::Governorate;

/// A numeric driver that events can set or ramp.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
    IntoStaticStr,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Driver {
    DisarmamentShare,
    AidTrucksPerDay,
    ForceTroops,
    ReconstructionUsdBnPerYear,
    ViolationsPerWeek,
    HeldShare,
    ArabParticipationShare,
    RestrictedBandShare,
}

/// What the user needs to know about a numeric driver.
#[derive(Clone, Copy, Debug)]
pub struct DriverInfo {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub default: f64,
    pub source: &'static str,
}

impl Driver {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    #[must_use]
    pub fn info(self) -> DriverInfo {
        let key = self.key();
        match self {
            Self::DisarmamentShare => DriverInfo {
                key,
                label: "Disarmament progress",
                unit: "share of Hamas's arms given up or destroyed, 0–1",
                min: 0.0,
                max: 1.0,
                default: 0.0,
                source: "No disarmament had begun by Nov 2025 (seeds 000, 002; FACTS.md)",
            },
            Self::AidTrucksPerDay => DriverInfo {
                key,
                label: "Aid entering",
                unit: "trucks per day (target 600)",
                min: 0.0,
                max: 1200.0,
                default: 113.0,
                source: "UN database, 12 Oct–7 Dec 2025: 113/day; COGAT: 459/day; UN2720: 94/day (FACTS.md)",
            },
            Self::ForceTroops => DriverInfo {
                key,
                label: "Stabilisation force",
                unit: "troops on the ground",
                min: 0.0,
                max: 40_000.0,
                default: 0.0,
                source: "UNSCR 2803 (17 Nov 2025) authorised the ISF; none deployed yet; planning up to ~20,000 (FACTS.md)",
            },
            Self::ReconstructionUsdBnPerYear => DriverInfo {
                key,
                label: "Reconstruction funding",
                unit: "US$ billion per year disbursed",
                min: 0.0,
                max: 20.0,
                default: 0.0,
                source: "Need $53.2 bn over 10 years, $20 bn in years 1–3 (UN/EU/World Bank, Feb 2025); little disbursed by Nov 2025",
            },
            Self::ViolationsPerWeek => DriverInfo {
                key,
                label: "Ceasefire violations",
                unit: "serious incidents per week (exchanges of fire, strikes)",
                min: 0.0,
                max: 50.0,
                default: 2.0,
                source: "Assumption: sporadic exchanges of fire and strikes after the Oct 2025 ceasefire (seed 004)",
            },
            Self::HeldShare => DriverInfo {
                key,
                label: "Withdrawal line",
                unit: "share of the Strip held behind the line, 0–1",
                min: 0.0,
                max: 1.0,
                default: 0.53,
                source: "47–53% (16 Nov 2025); ~50% (TRT, 20 Oct 2025); >54% (seed 002); 58% (Al Jazeera) (FACTS.md)",
            },
            Self::ArabParticipationShare => DriverInfo {
                key,
                label: "Arab participation",
                unit: "share of the oversight and force roles Arab states fill, 0–1",
                min: 0.0,
                max: 1.0,
                default: 0.1,
                source: "Assumption: the UAE and Saudi Arabia had not committed troops; Egypt mediates; Jordan offered police, not troops (seeds 001, 002)",
            },
            Self::RestrictedBandShare => DriverInfo {
                key,
                label: "Restricted zone beyond the line",
                unit: "share of the Strip, next beyond the held area, treated as held, 0–0.5",
                min: 0.0,
                max: 0.5,
                default: 0.0,
                source: "Mid-Mar 2026: the IDF's \"orange line\" maps mark about 11% of the Strip beyond the yellow line as restricted (Reuters, 29 Apr 2026); no geometry is published (docs/MODEL.md §7.5)",
            },
        }
    }

    /// The field's name in a scenario's `start` block and events, and on the command line.
    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// A driver that takes one of a few values (or, for `force_deployed`, a set of governorates)
/// rather than a number. Events change them with their own actions.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    VariantArray,
    EnumCount,
    IntoStaticStr,
    EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum CategoricalDriver {
    ForceMandate,
    ForceDeployed,
    Governance,
    RafahCrossing,
}

impl CategoricalDriver {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    /// The field's name in a scenario's `start` block.
    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
    }

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::ForceMandate => "Force mandate",
            Self::ForceDeployed => "Force deployed in",
            Self::Governance => "Governance",
            Self::RafahCrossing => "Rafah crossing",
        }
    }
}

/// What the stabilisation force may do.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, VariantArray, EnumCount,
)]
#[serde(rename_all = "snake_case")]
pub enum Mandate {
    /// Observe, report and deter: peacekeeping.
    #[default]
    Monitor,
    /// Use force to disarm and protect: peace enforcement ("all necessary measures").
    Enforce,
}

impl Mandate {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    /// In words, for lists, choices and explanations: the one label everything shows.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Monitor => "monitor",
            Self::Enforce => "enforce",
        }
    }
}

/// Which civilian administration is working on the ground.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
)]
#[serde(rename_all = "snake_case")]
pub enum Governance {
    /// No agreed administration operating.
    #[default]
    None,
    /// A Palestinian technocratic committee (a 10-member body was discussed).
    TechnocraticCommittee,
    /// The committee working under the Board of Peace (UNSCR 2803).
    BoardOfPeace,
    /// The above plus vetted Palestinian police and a path to a reformed PA.
    FullTransition,
}

impl Governance {
    /// In words, for lists, choices, captions and explanations: the one label everything shows.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::None => "no administration",
            Self::TechnocraticCommittee => "technocratic committee",
            Self::BoardOfPeace => "Board of Peace with the committee",
            Self::FullTransition => "full transition",
        }
    }

    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);
}

/// The Rafah crossing with Egypt.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, VariantArray, EnumCount,
)]
#[serde(rename_all = "snake_case")]
pub enum Crossing {
    #[default]
    Closed,
    Open,
}

impl Crossing {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    /// In words, for lists, choices and explanations: the one label everything shows.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Closed => "closed",
            Self::Open => "open",
        }
    }
}

/// The drivers' values on one day. In a scenario file this is the `start` block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DriverValues {
    pub disarmament_share: f64,
    pub aid_trucks_per_day: f64,
    pub force_troops: f64,
    pub force_mandate: Mandate,
    /// Governorates the force operates in; troops are spread over their population.
    pub force_deployed: Vec<Governorate>,
    pub reconstruction_usd_bn_per_year: f64,
    pub violations_per_week: f64,
    pub held_share: f64,
    pub governance: Governance,
    pub arab_participation_share: f64,
    pub rafah_crossing: Crossing,
    /// Land beyond the held area under access restrictions; absent from files made before it.
    #[serde(default)]
    pub restricted_band_share: f64,
}

impl Default for DriverValues {
    fn default() -> Self {
        let d = |driver: Driver| driver.info().default;
        Self {
            disarmament_share: d(Driver::DisarmamentShare),
            aid_trucks_per_day: d(Driver::AidTrucksPerDay),
            force_troops: d(Driver::ForceTroops),
            force_mandate: Mandate::default(),
            force_deployed: Vec::new(),
            reconstruction_usd_bn_per_year: d(Driver::ReconstructionUsdBnPerYear),
            violations_per_week: d(Driver::ViolationsPerWeek),
            held_share: d(Driver::HeldShare),
            governance: Governance::default(),
            arab_participation_share: d(Driver::ArabParticipationShare),
            rafah_crossing: Crossing::default(),
            restricted_band_share: d(Driver::RestrictedBandShare),
        }
    }
}

impl DriverValues {
    #[must_use]
    pub fn get(&self, driver: Driver) -> f64 {
        match driver {
            Driver::DisarmamentShare => self.disarmament_share,
            Driver::AidTrucksPerDay => self.aid_trucks_per_day,
            Driver::ForceTroops => self.force_troops,
            Driver::ReconstructionUsdBnPerYear => self.reconstruction_usd_bn_per_year,
            Driver::ViolationsPerWeek => self.violations_per_week,
            Driver::HeldShare => self.held_share,
            Driver::ArabParticipationShare => self.arab_participation_share,
            Driver::RestrictedBandShare => self.restricted_band_share,
        }
    }

    pub fn set(&mut self, driver: Driver, value: f64) {
        let slot = match driver {
            Driver::DisarmamentShare => &mut self.disarmament_share,
            Driver::AidTrucksPerDay => &mut self.aid_trucks_per_day,
            Driver::ForceTroops => &mut self.force_troops,
            Driver::ReconstructionUsdBnPerYear => &mut self.reconstruction_usd_bn_per_year,
            Driver::ViolationsPerWeek => &mut self.violations_per_week,
            Driver::HeldShare => &mut self.held_share,
            Driver::ArabParticipationShare => &mut self.arab_participation_share,
            Driver::RestrictedBandShare => &mut self.restricted_band_share,
        };
        *slot = value;
    }

    /// The share of the Strip the line takes: the held area and the restricted zone beyond it,
    /// which the model treats alike (nobody lives, shelters or returns there).
    #[must_use]
    pub fn line_share(&self) -> f64 {
        (self.held_share + self.restricted_band_share).min(1.0)
    }

    #[must_use]
    pub fn is_deployed(&self, governorate: Governorate) -> bool {
        self.force_deployed.contains(&governorate)
    }
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn every_choice_has_its_own_label() {
        let governance: Vec<&str> = Governance::ALL.iter().map(|g| g.describe()).collect();
        let mandate: Vec<&str> = Mandate::ALL.iter().map(|m| m.label()).collect();
        let crossing: Vec<&str> = Crossing::ALL.iter().map(|c| c.label()).collect();
        for labels in [governance, mandate, crossing] {
            let mut unique = labels.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{labels:?}");
        }
        assert_eq!(
            Governance::BoardOfPeace.describe(),
            "Board of Peace with the committee"
        );
    }
}
