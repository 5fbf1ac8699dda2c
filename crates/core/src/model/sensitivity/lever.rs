//! What a tornado bar moves: a driver across its whole range, or a judgement parameter of the
//! rules across a plausible range around its default.
//!
//! Drivers are the scenario's inputs and their ranges are the sliders'. The judgement
//! parameters (model 3's armed strength and incidents) have ranges chosen to accept any
//! value that still runs, often far beyond what anyone would defend (an armed regrowth of
//! 0.1 a day closes half the gap in a week); so the tornado moves each of them from half to
//! double its default instead, kept inside its range. That is a statement of how uncertain
//! the judgement is, not a measurement: docs/OUTPUTS.md says so where it shows the bars.

use super::super::drivers::Driver;
use super::super::params::Param;
use super::super::sim::Inputs;
use super::super::version::ModelVersion;
use super::Point;

/// The parameters model 3 added on judgement rather than data (their reasons in params.rs
/// begin "Model 3, judgement"): the researcher's unknowns, one bar each.
const MODEL_3_JUDGEMENTS: [Param; 8] = [
    Param::ArmedStrengthInitial,
    Param::ArmedRegrowthPerDay,
    Param::ArmedAidControlWeight,
    Param::ArmedDeclinePerDay,
    Param::ArmedStrengthClearanceBrake,
    Param::ArmedStrengthReassertionFloor,
    Param::IncidentIntensity,
    Param::IncidentDistanceScaleKm,
];

/// A parameter's plausible range for the tornado: this share of its default at the bottom…
pub const PLAUSIBLE_LOW_OF_DEFAULT: f64 = 0.5;
/// …and this multiple of it at the top, both kept inside the parameter's own range.
pub const PLAUSIBLE_HIGH_OF_DEFAULT: f64 = 2.0;

/// One bar's subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lever {
    /// A driver's starting value, from its range's minimum to its maximum.
    Driver(Driver),
    /// A rule parameter, from half to double its default (within its range).
    Param(Param),
}

impl From<Driver> for Lever {
    fn from(driver: Driver) -> Self {
        Self::Driver(driver)
    }
}

impl From<Param> for Lever {
    fn from(param: Param) -> Self {
        Self::Param(param)
    }
}

impl Lever {
    /// Its name in files: the driver's or the parameter's key (the two sets of keys differ).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Driver(d) => d.key(),
            Self::Param(p) => p.key(),
        }
    }

    /// "driver" or "parameter", as the tornado's CSV writes it.
    #[must_use]
    pub fn kind(self) -> &'static str {
        match self {
            Self::Driver(_) => "driver",
            Self::Param(_) => "parameter",
        }
    }

    /// The unit of its values.
    #[must_use]
    pub fn unit(self) -> &'static str {
        match self {
            Self::Driver(d) => d.info().unit,
            Self::Param(p) => p.info().unit,
        }
    }

    /// The two values the tornado sets it to, low first.
    #[must_use]
    pub fn ends(self) -> (f64, f64) {
        match self {
            Self::Driver(d) => {
                let info = d.info();
                (info.min, info.max)
            }
            Self::Param(p) => plausible_range(p),
        }
    }

    /// Its value in the scenario: the driver's starting value, or the parameter as the
    /// scenario has it (its override, else the default).
    #[must_use]
    pub fn scenario_value(self, base: &Inputs) -> f64 {
        match self {
            Self::Driver(d) => base.start.get(d),
            Self::Param(p) => base.params.get(p),
        }
    }

    /// The scenario with this lever at `value`.
    #[must_use]
    pub fn at(self, value: f64) -> Point {
        match self {
            Self::Driver(d) => Point::At(d, value),
            Self::Param(p) => Point::Param(p, value),
        }
    }
}

/// Half to double the default, kept inside the parameter's range.
#[must_use]
pub fn plausible_range(param: Param) -> (f64, f64) {
    let info = param.info();
    let clamp = |v: f64| v.clamp(info.min, info.max);
    (
        clamp(info.default * PLAUSIBLE_LOW_OF_DEFAULT),
        clamp(info.default * PLAUSIBLE_HIGH_OF_DEFAULT),
    )
}

/// The judgement parameters of `model` that its rules use: none before model 3.
#[must_use]
pub fn judgement_params(model: ModelVersion) -> &'static [Param] {
    if model.has_dynamics() {
        &MODEL_3_JUDGEMENTS
    } else {
        &[]
    }
}

/// A tornado's bars for `model`, in the order they are computed: every driver, then the
/// model's judgement parameters.
#[must_use]
pub fn tornado_levers(model: ModelVersion) -> Vec<Lever> {
    Driver::ALL
        .into_iter()
        .map(Lever::Driver)
        .chain(judgement_params(model).iter().copied().map(Lever::Param))
        .collect()
}

/// How many runs a tornado of `model` makes with `runs` per point: the scenario, then both
/// ends of each lever.
#[must_use]
pub fn tornado_runs(model: ModelVersion, runs: u64) -> u64 {
    runs.max(1) * (1 + 2 * tornado_levers(model).len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_judgements_are_the_parameters_that_say_so() {
        let said: Vec<Param> = Param::ALL
            .iter()
            .copied()
            .filter(|p| p.info().why.starts_with("Model 3, judgement"))
            .collect();
        assert_eq!(said, MODEL_3_JUDGEMENTS);
    }

    #[test]
    fn models_before_3_move_drivers_only() {
        for model in [ModelVersion::V1, ModelVersion::V2] {
            assert_eq!(
                tornado_levers(model),
                Driver::ALL.map(Lever::Driver).to_vec()
            );
        }
        assert_eq!(
            tornado_levers(ModelVersion::V3).len(),
            Driver::ALL.len() + MODEL_3_JUDGEMENTS.len()
        );
    }

    #[test]
    fn plausible_ranges_are_half_to_double_within_the_parameter_range() {
        for &p in &MODEL_3_JUDGEMENTS {
            let info = p.info();
            let (low, high) = plausible_range(p);
            assert!(info.min <= low && low < info.default && info.default < high);
            assert!(high <= info.max, "{}", info.key);
        }
        assert_eq!(plausible_range(Param::ArmedRegrowthPerDay), (0.004, 0.016));
        // Double the initial strength of 0.5 is the index's top, 1.
        assert_eq!(plausible_range(Param::ArmedStrengthInitial), (0.25, 1.0));
    }

    #[test]
    fn a_parameter_says_it_is_one() {
        let lever = Lever::Param(Param::ArmedRegrowthPerDay);
        assert_eq!(
            (lever.key(), lever.kind()),
            ("armed_regrowth_per_day", "parameter")
        );
    }
}
