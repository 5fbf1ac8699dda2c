//! Every transition rule, written once: its factors, in the order docs/MODEL.md section 8
//! writes them. The engine's fast form ([`super::AreaFactors`], [`super::DayRules`]) is
//! derived from this table, and so is the explanation of a change (`model::explain`), which
//! `gz_i18n::explain` puts into words. Adding a factor to a rule is adding one line here.

use super::Rule;
use crate::model::drivers::{CategoricalDriver, Driver};
use crate::model::params::{Param, Parameters};
use crate::model::version::ModelVersion;
use crate::model::zone::Zone;

/// What a factor reads: a driver turned into a share (docs/MODEL.md section 7.1), or
/// something about the cell itself (section 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// Aid entering, Rafah included, against the target.
    Aid,
    /// Reconstruction money against the need.
    Funding,
    /// The governance level's factor.
    Governance,
    Disarmament,
    ArabParticipation,
    /// The force's cover where it is deployed, as its mandate lets it help clearance.
    Enforcement,
    /// The same cover as its mandate lets it hold back the armed group and help return.
    Deterrence,
    /// Model 3: the force's cover where it is deployed with an enforcing mandate (0 under a
    /// monitoring one): a force that can secure ground against armed resistance.
    EnforcingPresence,
    /// Model 3: the armed group's strength in the governorate, [0, 1] (docs/MODEL.md).
    ArmedStrength,
    /// The violence index in the cell, with any strike still lingering there.
    Violence,
    /// Shares of the neighbours that are red, gray or blue, and blue.
    RedNeighbours,
    SecuredNeighbours,
    BlueNeighbours,
    /// Model 3: how far the ground around a cell is secured: the share of secured neighbours
    /// outside the line, 1 behind it (the forces holding the line hold the ground).
    SecuredGround,
    /// 1 outside the withdrawal line, 0 behind it.
    OutsideLine,
    /// 1 where a haven was declared, else 0.
    HavenDeclared,
}

/// When the engine knows an input's value, which is how the fast form groups the factors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The same for every cell of a governorate on a day: multiplied together once a day.
    Area,
    /// The violence index: per governorate, or per cell where a strike lingers.
    Violence,
    /// A neighbour share, different in every cell: the rule is linear in it.
    Neighbours,
    /// A yes-or-no of the cell (outside the line, haven declared).
    Flag,
}

impl Input {
    #[must_use]
    pub const fn stage(self) -> Stage {
        match self {
            Self::Aid
            | Self::Funding
            | Self::Governance
            | Self::Disarmament
            | Self::ArabParticipation
            | Self::Enforcement
            | Self::Deterrence
            | Self::EnforcingPresence
            | Self::ArmedStrength => Stage::Area,
            Self::Violence => Stage::Violence,
            Self::RedNeighbours
            | Self::SecuredNeighbours
            | Self::BlueNeighbours
            | Self::SecuredGround => Stage::Neighbours,
            Self::OutsideLine | Self::HavenDeclared => Stage::Flag,
        }
    }

    /// The drivers a user sets that this input is made from.
    #[must_use]
    pub const fn drivers(self) -> &'static [DriverRef] {
        use DriverRef::{Categorical, Numeric};
        match self {
            Self::Aid => &[
                Numeric(Driver::AidTrucksPerDay),
                Categorical(CategoricalDriver::RafahCrossing),
            ],
            Self::Funding => &[Numeric(Driver::ReconstructionUsdBnPerYear)],
            Self::Governance => &[Categorical(CategoricalDriver::Governance)],
            Self::Disarmament => &[Numeric(Driver::DisarmamentShare)],
            Self::ArabParticipation => &[Numeric(Driver::ArabParticipationShare)],
            Self::Enforcement | Self::Deterrence | Self::EnforcingPresence => &[
                Numeric(Driver::ForceTroops),
                Categorical(CategoricalDriver::ForceMandate),
            ],
            // A state of the run, moved by these drivers day by day (and by the red land).
            Self::ArmedStrength => &[
                Numeric(Driver::DisarmamentShare),
                Numeric(Driver::ForceTroops),
                Categorical(CategoricalDriver::ForceMandate),
                Numeric(Driver::AidTrucksPerDay),
                Numeric(Driver::ArabParticipationShare),
            ],
            Self::Violence => &[Numeric(Driver::ViolationsPerWeek)],
            Self::RedNeighbours
            | Self::SecuredNeighbours
            | Self::BlueNeighbours
            | Self::SecuredGround
            | Self::OutsideLine
            | Self::HavenDeclared => &[],
        }
    }
}

/// A driver of either kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DriverRef {
    Numeric(Driver),
    Categorical(CategoricalDriver),
}

/// How a factor is made from its input. `lerp(floor, x)` is `floor + (1 − floor) × x`: the
/// rule runs at `floor` of its speed when `x` is at its worst (0) and at full speed at 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Formula {
    /// The parameter's value: a rule's base rate per day.
    Rate(Param),
    /// The input as it is.
    Share(Input),
    /// `lerp(floor, input)`.
    Lerp(Param, Input),
    /// `1 − input`.
    Lack(Input),
    /// `1 − weight × input`.
    Brake(Param, Input),
    /// Pressure to disarm: `disarmament + (1 − disarmament) × weight × enforcement`.
    Pressure(Param),
    /// `lerp(floor, input)` with the floor read from an area input rather than a parameter:
    /// either of two things is enough (model 3: an enforcing force, or secured ground).
    Either(Input, Input),
}

impl Formula {
    /// What the factor reads, in the order it reads them.
    pub fn inputs(self) -> impl Iterator<Item = Input> + Clone {
        let (first, second) = match self {
            Self::Rate(_) => (None, None),
            Self::Pressure(_) => (Some(Input::Disarmament), Some(Input::Enforcement)),
            Self::Either(floor, x) => (Some(floor), Some(x)),
            Self::Share(i) | Self::Lerp(_, i) | Self::Lack(i) | Self::Brake(_, i) => {
                (Some(i), None)
            }
        };
        first.into_iter().chain(second)
    }

    /// The parameter the formula names (base rate, floor or weight), if any.
    #[must_use]
    pub const fn param(self) -> Option<Param> {
        match self {
            Self::Rate(p) | Self::Lerp(p, _) | Self::Brake(p, _) | Self::Pressure(p) => Some(p),
            Self::Share(_) | Self::Lack(_) | Self::Either(..) => None,
        }
    }

    /// The latest stage among its inputs: when the engine can evaluate it.
    #[must_use]
    pub const fn stage(self) -> Stage {
        match self {
            Self::Rate(_) | Self::Pressure(_) => Stage::Area,
            Self::Share(i)
            | Self::Lerp(_, i)
            | Self::Lack(i)
            | Self::Brake(_, i)
            | Self::Either(_, i) => i.stage(),
        }
    }

    /// The factor's value, `x` giving each input's. The engine and the explanation both call
    /// this, so the arithmetic is the same in both.
    #[inline(always)]
    pub fn value(self, params: &Parameters, x: impl Fn(Input) -> f64) -> f64 {
        match self {
            Self::Rate(p) => params.get(p),
            Self::Share(i) => x(i),
            Self::Lerp(floor, i) => super::lerp(params.get(floor), x(i)),
            Self::Lack(i) => 1.0 - x(i),
            Self::Brake(weight, i) => 1.0 - params.get(weight) * x(i),
            Self::Pressure(weight) => {
                let disarmament = x(Input::Disarmament);
                disarmament + (1.0 - disarmament) * params.get(weight) * x(Input::Enforcement)
            }
            Self::Either(floor, input) => super::lerp(x(floor), x(input)),
        }
    }
}

/// The model versions a factor belongs to: a new rule is a new version, and the old versions
/// keep their factors (and so their numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Models {
    All,
    /// This version and the later ones.
    From(ModelVersion),
    /// The versions before this one.
    Before(ModelVersion),
}

impl Models {
    #[must_use]
    pub const fn includes(self, model: ModelVersion) -> bool {
        match self {
            Self::All => true,
            Self::From(first) => model as u8 >= first as u8,
            Self::Before(end) => (model as u8) < end as u8,
        }
    }
}

/// A factor of a rule in the versions it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Factor {
    pub formula: Formula,
    pub models: Models,
}

/// In every version.
const fn all(formula: Formula) -> Factor {
    Factor {
        formula,
        models: Models::All,
    }
}

/// From model 3 on.
const fn dynamics(formula: Formula) -> Factor {
    Factor {
        formula,
        models: Models::From(ModelVersion::V3),
    }
}

/// Before model 3 only.
const fn before_dynamics(formula: Formula) -> Factor {
    Factor {
        formula,
        models: Models::Before(ModelVersion::V3),
    }
}

/// One rule: where it leads, where docs/MODEL.md argues for it, and its factors.
#[derive(Clone, Copy, Debug)]
pub struct RuleSpec {
    pub rule: Rule,
    /// The section of docs/MODEL.md that states the rule and its reasons.
    pub section: &'static str,
    pub to: Zone,
    /// The factors multiplied together, in the order of docs/MODEL.md, each with the model
    /// versions it belongs to: see [`RuleSpec::factors_in`].
    pub factors: &'static [Factor],
}

impl RuleSpec {
    /// The factors a model version multiplies, in the table's order.
    pub fn factors_in(&self, model: ModelVersion) -> impl Iterator<Item = Formula> + Clone {
        self.factors
            .iter()
            .filter(move |f| f.models.includes(model))
            .map(|f| f.formula)
    }
}

use Formula::{Brake, Either, Lack, Lerp, Pressure, Rate, Share};
use Input::{
    Aid, ArabParticipation, ArmedStrength, BlueNeighbours, Deterrence, Disarmament, Enforcement,
    EnforcingPresence, Funding, Governance, HavenDeclared, OutsideLine, RedNeighbours,
    SecuredGround, SecuredNeighbours, Violence,
};

/// The rules, indexed by [`Rule`]. Which zones each rule leaves is
/// [`super::DayRules::ways_out`].
pub const RULES: [RuleSpec; 8] = [
    RuleSpec {
        rule: Rule::Clearance,
        section: "8.1",
        to: Zone::Gray,
        factors: &[
            all(Rate(Param::ClearanceBasePerDay)),
            all(Pressure(Param::ForcedDisarmamentWeight)),
            all(Lerp(Param::ClearanceWithoutForceFloor, Enforcement)),
            all(Share(Governance)),
            all(Lerp(Param::ClearanceIsolatedFloor, SecuredNeighbours)),
            dynamics(Brake(Param::ArmedStrengthClearanceBrake, ArmedStrength)),
        ],
    },
    RuleSpec {
        rule: Rule::Haven,
        section: "8.2",
        to: Zone::Green,
        factors: &[
            all(Share(HavenDeclared)),
            all(Rate(Param::HavenBasePerDay)),
            all(Lerp(Param::HavenWithoutArabFloor, ArabParticipation)),
            all(Lerp(Param::HavenWithoutAidFloor, Aid)),
            dynamics(Either(EnforcingPresence, SecuredGround)),
        ],
    },
    RuleSpec {
        rule: Rule::HavenToReconstruction,
        section: "8.3",
        to: Zone::Gray,
        factors: &[
            all(Share(OutsideLine)),
            all(Rate(Param::HavenToReconstructionPerDay)),
            all(Share(Funding)),
            all(Share(Governance)),
        ],
    },
    RuleSpec {
        rule: Rule::SecureForReturn,
        section: "8.4",
        to: Zone::Blue,
        factors: &[
            all(Share(OutsideLine)),
            all(Rate(Param::SecureBasePerDay)),
            all(Lerp(Param::SecureWithoutFundingFloor, Funding)),
            all(Lerp(Param::SecureWithoutAidFloor, Aid)),
            all(Share(Governance)),
            all(Lerp(Param::SecureWithoutForceFloor, Deterrence)),
            all(Lerp(Param::SecureIsolatedFloor, BlueNeighbours)),
            all(Brake(Param::SecureViolenceBrake, Violence)),
        ],
    },
    RuleSpec {
        rule: Rule::Relapse,
        section: "8.5",
        to: Zone::Gray,
        factors: &[
            all(Rate(Param::RelapseBasePerDay)),
            all(Brake(Param::ForceDeterrence, Deterrence)),
            all(Share(Violence)),
            all(Lerp(Param::RelapseIsolatedFloor, RedNeighbours)),
        ],
    },
    RuleSpec {
        rule: Rule::Reassertion,
        section: "8.6",
        to: Zone::Red,
        factors: &[
            all(Share(OutsideLine)),
            all(Rate(Param::ReassertionBasePerDay)),
            all(Lack(Disarmament)),
            all(Brake(Param::ForceDeterrence, Deterrence)),
            all(Share(RedNeighbours)),
            all(Lerp(Param::ReassertionCalmFloor, Violence)),
            dynamics(Lerp(Param::ArmedStrengthReassertionFloor, ArmedStrength)),
        ],
    },
    RuleSpec {
        rule: Rule::HavenCapture,
        section: "8.7",
        to: Zone::Red,
        factors: &[
            all(Share(OutsideLine)),
            all(Rate(Param::HavenCapturePerDay)),
            all(Lack(Disarmament)),
            before_dynamics(Lack(ArabParticipation)),
            all(Brake(Param::ForceDeterrence, Deterrence)),
            all(Share(RedNeighbours)),
            dynamics(Lerp(Param::ArmedStrengthReassertionFloor, ArmedStrength)),
        ],
    },
    // Not a probability: the line takes the cell (docs/MODEL.md section 7.4).
    RuleSpec {
        rule: Rule::LineAdvance,
        section: "8.8",
        to: Zone::Gray,
        factors: &[],
    },
];

/// The table's entry for `rule`.
#[must_use]
pub const fn spec(rule: Rule) -> &'static RuleSpec {
    &RULES[rule as usize]
}

/// Where the floor of a rule's neighbour factor comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Floor {
    /// A plain share is `lerp(0, x)`.
    Zero,
    Param(Param),
    /// An area input (see [`Formula::Either`]).
    Input(Input),
}

/// What the fast form needs to know about a rule's cell-dependent factors in one model
/// version, worked out from the table when the program is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Shape {
    /// The neighbour share the rule is linear in, and the floor of that `lerp`.
    pub neighbours: Option<(Input, Floor)>,
    pub outside_line: bool,
    pub haven_declared: bool,
    /// The factors that read the violence index, in the table's order.
    pub violence: [Option<Formula>; 2],
}

const fn shape(spec: &RuleSpec, model: ModelVersion) -> Shape {
    let mut shape = Shape {
        neighbours: None,
        outside_line: false,
        haven_declared: false,
        violence: [None; 2],
    };
    let mut i = 0;
    while i < spec.factors.len() {
        let factor = spec.factors[i];
        i += 1;
        if !factor.models.includes(model) {
            continue;
        }
        let f = factor.formula;
        match f.stage() {
            Stage::Area => {}
            Stage::Violence => {
                // Two slots keep the per-cell table small; a third would need a third slot.
                if shape.violence[0].is_none() {
                    shape.violence[0] = Some(f);
                } else {
                    assert!(
                        shape.violence[1].is_none(),
                        "a rule has at most two violence factors"
                    );
                    shape.violence[1] = Some(f);
                }
            }
            Stage::Neighbours => {
                // The fast form keeps a rule linear in one neighbour share (two
                // multiplications a cell); a second one would need it to change.
                assert!(
                    shape.neighbours.is_none(),
                    "a rule reads at most one neighbour share"
                );
                shape.neighbours = match f {
                    Share(input) => Some((input, Floor::Zero)),
                    Lerp(floor, input) => Some((input, Floor::Param(floor))),
                    Either(floor, input) => {
                        assert!(
                            matches!(floor.stage(), Stage::Area),
                            "the floor of `Either` is an area input"
                        );
                        Some((input, Floor::Input(floor)))
                    }
                    _ => panic!("a neighbour share enters as itself or through a lerp"),
                };
            }
            Stage::Flag => match f {
                Share(OutsideLine) => shape.outside_line = true,
                Share(HavenDeclared) => shape.haven_declared = true,
                _ => panic!("a flag enters as itself"),
            },
        }
    }
    shape
}

const fn shapes(model: ModelVersion) -> [Shape; 8] {
    let mut out = [shape(&RULES[0], model); 8];
    let mut i = 0;
    while i < RULES.len() {
        assert!(RULES[i].rule as usize == i, "RULES is in the order of Rule");
        out[i] = shape(&RULES[i], model);
        i += 1;
    }
    out
}

const fn all_shapes() -> [[Shape; 8]; ModelVersion::ALL.len()] {
    let mut out = [shapes(ModelVersion::ALL[0]); ModelVersion::ALL.len()];
    let mut v = 0;
    while v < ModelVersion::ALL.len() {
        assert!(ModelVersion::ALL[v] as usize == v, "versions are in order");
        out[v] = shapes(ModelVersion::ALL[v]);
        v += 1;
    }
    out
}

/// Each version's rules' [`Shape`]s, indexed by `ModelVersion as usize` then [`Rule`];
/// checked when the program is compiled.
pub(super) const SHAPES: [[Shape; 8]; ModelVersion::ALL.len()] = all_shapes();
