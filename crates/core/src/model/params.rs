//! The rules' parameters: every constant the rules use, with its unit, range and reason.
//!
//! A scenario may override any of them by name (`parameters: { clearance_base_per_day: 0.05 }`);
//! docs/MODEL.md gives the reasoning behind each default at more length.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use strum::{IntoStaticStr, VariantArray};

/// What the user needs to know about a parameter.
#[derive(Clone, Copy, Debug)]
pub struct ParamInfo {
    pub key: &'static str,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub unit: &'static str,
    pub why: &'static str,
}

macro_rules! params {
    ($( $variant:ident => $default:expr, $min:expr, $max:expr, $unit:literal, $why:literal; )*) => {
        /// A named rule parameter; its key is its name in snake case.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[derive(VariantArray, IntoStaticStr)]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum Param { $( $variant, )* }

        impl Param {
            pub const ALL: &'static [Param] = Self::VARIANTS;

            #[must_use]
            pub fn info(self) -> ParamInfo {
                let key = self.key();
                match self {
                    $( Param::$variant => ParamInfo {
                        key, default: $default, min: $min, max: $max, unit: $unit, why: $why,
                    }, )*
                }
            }
        }
    };
}

params! {
    ClearanceBasePerDay => 0.03, 0.0, 1.0, "probability per day",
        "Red→gray at best (full disarmament, enforcing force, governance, bordering secured ground): about a month per km² at the front line.";
    ClearanceIsolatedFloor => 0.15, 0.0, 1.0, "factor",
        "A red cell with no secured neighbour clears at this fraction of the rate of one surrounded by secured ground: clearance spreads outward.";
    ClearanceWithoutForceFloor => 0.3, 0.0, 1.0, "factor",
        "Clearance with agreed disarmament but no enforcing force on the ground runs at this fraction of full speed.";
    ForcedDisarmamentWeight => 0.3, 0.0, 1.0, "factor",
        "How far an enforcing force at full strength can stand in for disarmament that is not agreed (seed 004: enforcement without a settlement is hard).";
    HavenBasePerDay => 0.1, 0.0, 1.0, "probability per day",
        "Red or gray→green in a declared haven at best: about ten days to set one up.";
    HavenWithoutArabFloor => 0.25, 0.0, 1.0, "factor",
        "Havens are under Arab oversight in the proposal; with none they form at this fraction of the best rate.";
    HavenWithoutAidFloor => 0.3, 0.0, 1.0, "factor",
        "A haven needs supplies; with no aid entering it forms at this fraction of the best rate.";
    HavenToReconstructionPerDay => 0.01, 0.0, 1.0, "probability per day",
        "Green→gray outside the line when reconstruction is fully funded and governance in place: about three months.";
    SecureBasePerDay => 0.02, 0.0, 1.0, "probability per day",
        "Gray→blue at best: about seven weeks of rebuilding and policing before return is judged safe.";
    SecureWithoutFundingFloor => 0.05, 0.0, 1.0, "factor",
        "Without reconstruction money almost nothing becomes fit to return to (292,000 homes damaged or destroyed).";
    SecureWithoutAidFloor => 0.3, 0.0, 1.0, "factor",
        "Return also needs food, water and fuel; with no aid, at this fraction.";
    SecureWithoutForceFloor => 0.3, 0.0, 1.0, "factor",
        "Without a force or police present, security is judged sufficient at this fraction of the best rate.";
    SecureIsolatedFloor => 0.3, 0.0, 1.0, "factor",
        "A gray cell with no blue neighbour turns blue at this fraction of the rate of one surrounded by blue ground.";
    SecureViolenceBrake => 0.8, 0.0, 1.0, "factor",
        "Share of the gray→blue rate that violence at its worst removes.";
    RelapseBasePerDay => 0.02, 0.0, 1.0, "probability per day",
        "Blue→gray at the worst violence next to armed ground: weeks, not months.";
    RelapseIsolatedFloor => 0.25, 0.0, 1.0, "factor",
        "A blue cell with no red neighbour relapses at this fraction of the rate of one surrounded by red ground.";
    ReassertionBasePerDay => 0.02, 0.0, 1.0, "probability per day",
        "Gray→red at best for the armed group: a handed-over cell next to red ground with no disarmament and no force.";
    ReassertionCalmFloor => 0.4, 0.0, 1.0, "factor",
        "Reassertion in full calm runs at this fraction of its rate under heavy violence: it goes on even in calm (a document cited in a US-presented planning deck in Nov 2025 warned that delay favours Hamas's reassertion of control; seed 000).";
    HavenCapturePerDay => 0.005, 0.0, 1.0, "probability per day",
        "Green→red when a haven with no Arab oversight and no force borders armed ground.";
    ForceDeterrence => 0.8, 0.0, 1.0, "factor",
        "Share of relapse, reassertion and haven capture that a force at full strength prevents.";
    MonitorEnforcementShare => 0.1, 0.0, 1.0, "factor",
        "A monitoring force's help with clearance, as a share of an enforcing one's (seed 004: peacekeeping is not peace enforcement).";
    MonitorDeterrenceShare => 0.5, 0.0, 1.0, "factor",
        "A monitoring force's deterrence, as a share of an enforcing one's: it can document and deter minor violations.";
    TroopsPerThousandForFullCover => 20.0, 1.0, 100.0, "troops per 1,000 people",
        "Force density at which the force counts as fully present: Quinlivan (Parameters, 1995) puts stabilisation needs at ~20 per 1,000 inhabitants.";
    ViolationsHalfEffectPerWeek => 4.0, 0.1, 100.0, "incidents per week",
        "Violations per week at which the violence index reaches one half; the index is v / (v + this).";
    StrikeIncidentsPerWeek => 10.0, 0.0, 100.0, "incidents per week per unit of intensity",
        "A strike of intensity 1 adds this much violence to its area, decaying afterwards.";
    StrikeHalfLifeDays => 10.0, 1.0, 365.0, "days",
        "How fast the effect of a strike fades: flare-ups in Oct 2025 calmed within days to weeks (seed 004).";
    StrikeDisplacedShare => 0.05, 0.0, 1.0, "share per unit of intensity",
        "Share of people at home in the struck area who flee, per unit of intensity.";
    GovernanceNoneFactor => 0.2, 0.0, 1.0, "factor",
        "Clearance and rebuilding with no administration on the ground, relative to a full transition.";
    GovernanceCommitteeFactor => 0.5, 0.0, 1.0, "factor",
        "With a technocratic committee alone.";
    GovernanceBoardFactor => 0.8, 0.0, 1.0, "factor",
        "With the committee working under the Board of Peace.";
    AidTargetTrucksPerDay => 600.0, 1.0, 2000.0, "trucks per day",
        "The target in the Jan and Oct 2025 deals and the 20-point plan: aid is 'enough' at this level.";
    RafahTrucksPerDay => 100.0, 0.0, 1000.0, "trucks per day",
        "Assumption: extra aid capacity when the Rafah crossing is open both ways.";
    FundingNeedUsdBnPerYear => 6.67, 0.1, 50.0, "US$ billion per year",
        "$20 bn needed in years 1–3 (UN/EU/World Bank, Feb 2025), i.e. 6.67 a year: funding is 'enough' at this level.";
    ReturnSharePerDay => 0.02, 0.0, 1.0, "share per day",
        "Share of the displaced residents of a blue cell who go home each day: most within a few months.";
    ShelterMoveSharePerDay => 0.05, 0.0, 1.0, "share per day",
        "Share of sheltering people who move each day toward where shelter is best.";
    ShelterHavenWeight => 4.0, 1.0, 100.0, "relative weight per km²",
        "A green haven draws displaced people this many times more per km² than other open land.";
    InitialAtHomeShare => 0.35, 0.0, 1.0, "share",
        "Assumption: share of residents of land outside the line who are at home on day 0; most people were displaced, many several times (seeds 002, 004).";
    LineDepthNorthGaza => 1.0, 0.1, 10.0, "relative depth",
        "Shape of the withdrawal line: how deep it runs into North Gaza relative to the others. Chosen so that ~53% held resembles the published 'yellow line' map.";
    LineDepthGaza => 0.6, 0.1, 10.0, "relative depth",
        "As above, for Gaza governorate (the line runs closest to the border near Gaza City).";
    LineDepthDeirAlBalah => 0.7, 0.1, 10.0, "relative depth",
        "As above, for Deir al-Balah.";
    LineDepthKhanYunis => 1.2, 0.1, 10.0, "relative depth",
        "As above, for Khan Yunis.";
    LineDepthRafah => 3.0, 0.1, 10.0, "relative depth",
        "As above, for Rafah, which lies almost entirely behind the line.";
    UninhabitableShareOfDamaged => 0.62, 0.0, 1.0, "share",
        "Model 2: share of damaged homes that cannot be lived in: UNOSAT (11 Oct 2025) counts 123,464 of 198,308 damaged sites destroyed (62%); the rest are taken as patched up and lived in.";
    CostPerHomeUsd => 182_000.0, 10_000.0, 1_000_000.0, "US$ per home",
        "Model 2: reconstruction money per home made habitable: the $53.2 bn need (UN/EU/World Bank, Feb 2025) over the 292,000 homes damaged or destroyed, so that a home also carries its share of water, power, roads and rubble removal.";
    TentPeoplePerKm2 => 17_000.0, 0.0, 100_000.0, "people per km²",
        "Model 2: people that tents and makeshift shelter hold per km² of open land: about 2.1 million people on the third of the Strip (about 120 km²) left open in 2026 (PCBS; OCHA, 28 Aug 2026).";
    ArmedStrengthInitial => 0.5, 0.0, 1.0, "index (0–1)",
        "Model 3, judgement: the armed group's strength on day 0, where 1 is the most the model allows. Two years of war left its armed wing much weakened but not defeated, and it kept control of the land outside the line (seeds 000, 004); no published figure can be turned into this index.";
    ArmedRegrowthPerDay => 0.008, 0.0, 0.1, "share of the gap per day",
        "Model 3, judgement: how fast strength grows back (rearming, recruitment) while its land is left alone: with all of a governorate red and no pressure, half the gap to full strength closes in about 87 days. 'Every delay works in their favor' (seed 000).";
    ArmedAidControlWeight => 0.5, 0.0, 5.0, "factor",
        "Model 3, judgement: how much aid flowing in speeds regrowth where the armed group controls its distribution; Arab civil oversight of distribution takes this away.";
    ArmedDeclinePerDay => 0.003, 0.0, 0.1, "share per day",
        "Model 3, judgement: how fast strength falls under full pressure to disarm (agreed disarmament, or an enforcing force): it halves in about 231 days, because handing over weapons and dismantling networks takes months to years, so that strength gained during a delay is lost only slowly.";
    ArmedStrengthClearanceBrake => 0.5, 0.0, 1.0, "factor",
        "Model 3, judgement: share of the clearance rate that full armed strength removes: a stronger group is slower to clear (seed 004: enforcement against resistance is hard).";
    ArmedStrengthReassertionFloor => 0.5, 0.0, 1.0, "factor",
        "Model 3, judgement: reassertion and haven capture run at this fraction of their rate when the armed group has no strength left, and at the full rate at full strength ('until strong enough to resume military action', seed 004).";
    IncidentIntensity => 0.3, 0.0, 3.0, "strike intensity",
        "Model 3, judgement: each of the week's violations is an incident at one place, acting there as a strike of this intensity (a strike of 1 is a single deadly incident); 0.3 because most are exchanges of fire, not deadly strikes.";
    IncidentDistanceScaleKm => 2.0, 0.1, 50.0, "km",
        "Model 3, judgement: incidents happen near the line: a place's chance falls by a factor e for every this many km from held land, and is 0 beyond three times it. Seed 004 expects continued presence at the withdrawal line to bring sporadic exchanges of fire there.";
}

impl Param {
    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// Every parameter's value: the defaults with a scenario's overrides applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Parameters {
    values: Vec<f64>,
}

impl Default for Parameters {
    fn default() -> Self {
        Self {
            values: Param::ALL.iter().map(|p| p.info().default).collect(),
        }
    }
}

impl Parameters {
    /// Defaults, then each override.
    #[must_use]
    pub fn with_overrides(overrides: &BTreeMap<Param, f64>) -> Self {
        let mut params = Self::default();
        for (&param, &value) in overrides {
            params.values[param as usize] = value;
        }
        params
    }

    #[must_use]
    pub fn get(&self, param: Param) -> f64 {
        self.values[param as usize]
    }

    /// Replaces one value, as an override would (the sensitivity tornado moves a parameter
    /// this way).
    pub fn set(&mut self, param: Param, value: f64) {
        self.values[param as usize] = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_lies_in_its_range_and_has_a_reason() {
        for &p in Param::ALL {
            let info = p.info();
            assert!(
                info.min <= info.default && info.default <= info.max,
                "{}",
                info.key
            );
            assert!(info.why.len() > 20, "{} explains itself", info.key);
        }
    }

    #[test]
    fn overrides_replace_only_their_own_parameter() {
        let overrides = BTreeMap::from([(Param::HavenBasePerDay, 0.5)]);
        let params = Parameters::with_overrides(&overrides);
        assert_eq!(params.get(Param::HavenBasePerDay), 0.5);
        assert_eq!(
            params.get(Param::SecureBasePerDay),
            Param::SecureBasePerDay.info().default
        );
    }

    #[test]
    fn keys_match_the_serialised_names() {
        for &p in Param::ALL {
            let ron = ron::to_string(&p).expect("serialises");
            assert_eq!(ron, p.key());
        }
    }
}
