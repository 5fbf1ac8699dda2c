//! Every transition rule, written once: its factors, in the order docs/MODEL.md section 8
//! writes them. The engine's fast form ([`super::AreaFactors`], [`super::DayRules`]) is
//! derived from this table, and so is the explanation of a change (`model::explain`), which
//! `report::explain` puts into words. Adding a factor to a rule is adding one line here.

use super::Rule;
use crate::model::drivers::{CategoricalDriver, Driver};
use crate::model::params::{Param, Parameters};
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
    /// The violence index in the cell, with any strike still lingering there.
    Violence,
    /// Shares of the neighbours that are red, gray or blue, and blue.
    RedNeighbours,
    SecuredNeighbours,
    BlueNeighbours,
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
            | Self::Deterrence => Stage::Area,
            Self::Violence => Stage::Violence,
            Self::RedNeighbours | Self::SecuredNeighbours | Self::BlueNeighbours => {
                Stage::Neighbours
            }
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
            Self::Enforcement | Self::Deterrence => &[
                Numeric(Driver::ForceTroops),
                Categorical(CategoricalDriver::ForceMandate),
            ],
            Self::Violence => &[Numeric(Driver::ViolationsPerWeek)],
            Self::RedNeighbours
            | Self::SecuredNeighbours
            | Self::BlueNeighbours
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
}

impl Formula {
    /// What the factor reads, in the order it reads them.
    pub fn inputs(self) -> impl Iterator<Item = Input> + Clone {
        let (first, second) = match self {
            Self::Rate(_) => (None, None),
            Self::Pressure(_) => (Some(Input::Disarmament), Some(Input::Enforcement)),
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
            Self::Share(_) | Self::Lack(_) => None,
        }
    }

    /// The latest stage among its inputs: when the engine can evaluate it.
    #[must_use]
    pub const fn stage(self) -> Stage {
        match self {
            Self::Rate(_) | Self::Pressure(_) => Stage::Area,
            Self::Share(i) | Self::Lerp(_, i) | Self::Lack(i) | Self::Brake(_, i) => i.stage(),
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
        }
    }
}

/// One rule: where it leads, where docs/MODEL.md argues for it, and its factors.
#[derive(Clone, Copy, Debug)]
pub struct RuleSpec {
    pub rule: Rule,
    /// The section of docs/MODEL.md that states the rule and its reasons.
    pub section: &'static str,
    pub to: Zone,
    /// The factors multiplied together, in the order of docs/MODEL.md.
    pub factors: &'static [Formula],
}

use Formula::{Brake, Lack, Lerp, Pressure, Rate, Share};
use Input::{
    Aid, ArabParticipation, BlueNeighbours, Deterrence, Disarmament, Enforcement, Funding,
    Governance, HavenDeclared, OutsideLine, RedNeighbours, SecuredNeighbours, Violence,
};

/// The rules, indexed by [`Rule`]. Which zones each rule leaves is
/// [`super::DayRules::ways_out`].
pub const RULES: [RuleSpec; 8] = [
    RuleSpec {
        rule: Rule::Clearance,
        section: "8.1",
        to: Zone::Gray,
        factors: &[
            Rate(Param::ClearanceBasePerDay),
            Pressure(Param::ForcedDisarmamentWeight),
            Lerp(Param::ClearanceWithoutForceFloor, Enforcement),
            Share(Governance),
            Lerp(Param::ClearanceIsolatedFloor, SecuredNeighbours),
        ],
    },
    RuleSpec {
        rule: Rule::Haven,
        section: "8.2",
        to: Zone::Green,
        factors: &[
            Share(HavenDeclared),
            Rate(Param::HavenBasePerDay),
            Lerp(Param::HavenWithoutArabFloor, ArabParticipation),
            Lerp(Param::HavenWithoutAidFloor, Aid),
        ],
    },
    RuleSpec {
        rule: Rule::HavenToReconstruction,
        section: "8.3",
        to: Zone::Gray,
        factors: &[
            Share(OutsideLine),
            Rate(Param::HavenToReconstructionPerDay),
            Share(Funding),
            Share(Governance),
        ],
    },
    RuleSpec {
        rule: Rule::SecureForReturn,
        section: "8.4",
        to: Zone::Blue,
        factors: &[
            Share(OutsideLine),
            Rate(Param::SecureBasePerDay),
            Lerp(Param::SecureWithoutFundingFloor, Funding),
            Lerp(Param::SecureWithoutAidFloor, Aid),
            Share(Governance),
            Lerp(Param::SecureWithoutForceFloor, Deterrence),
            Lerp(Param::SecureIsolatedFloor, BlueNeighbours),
            Brake(Param::SecureViolenceBrake, Violence),
        ],
    },
    RuleSpec {
        rule: Rule::Relapse,
        section: "8.5",
        to: Zone::Gray,
        factors: &[
            Rate(Param::RelapseBasePerDay),
            Brake(Param::ForceDeterrence, Deterrence),
            Share(Violence),
            Lerp(Param::RelapseIsolatedFloor, RedNeighbours),
        ],
    },
    RuleSpec {
        rule: Rule::Reassertion,
        section: "8.6",
        to: Zone::Red,
        factors: &[
            Share(OutsideLine),
            Rate(Param::ReassertionBasePerDay),
            Lack(Disarmament),
            Brake(Param::ForceDeterrence, Deterrence),
            Share(RedNeighbours),
            Lerp(Param::ReassertionCalmFloor, Violence),
        ],
    },
    RuleSpec {
        rule: Rule::HavenCapture,
        section: "8.7",
        to: Zone::Red,
        factors: &[
            Share(OutsideLine),
            Rate(Param::HavenCapturePerDay),
            Lack(Disarmament),
            Lack(ArabParticipation),
            Brake(Param::ForceDeterrence, Deterrence),
            Share(RedNeighbours),
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

/// What the fast form needs to know about a rule's cell-dependent factors, worked out from
/// the table when the program is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Shape {
    /// The neighbour share the rule is linear in, and the floor of that `lerp` (none for a
    /// plain share, which is `lerp(0, x)`).
    pub neighbours: Option<(Input, Option<Param>)>,
    pub outside_line: bool,
    pub haven_declared: bool,
    /// The factors that read the violence index, in the table's order.
    pub violence: [Option<Formula>; 2],
}

const fn shape(spec: &RuleSpec) -> Shape {
    let mut shape = Shape {
        neighbours: None,
        outside_line: false,
        haven_declared: false,
        violence: [None; 2],
    };
    let mut i = 0;
    while i < spec.factors.len() {
        let f = spec.factors[i];
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
                    Share(input) => Some((input, None)),
                    Lerp(floor, input) => Some((input, Some(floor))),
                    _ => panic!("a neighbour share enters as itself or through a lerp"),
                };
            }
            Stage::Flag => match f {
                Share(OutsideLine) => shape.outside_line = true,
                Share(HavenDeclared) => shape.haven_declared = true,
                _ => panic!("a flag enters as itself"),
            },
        }
        i += 1;
    }
    shape
}

const fn shapes() -> [Shape; 8] {
    let mut out = [shape(&RULES[0]); 8];
    let mut i = 0;
    while i < RULES.len() {
        assert!(RULES[i].rule as usize == i, "RULES is in the order of Rule");
        out[i] = shape(&RULES[i]);
        i += 1;
    }
    out
}

/// Each rule's [`Shape`], checked when the program is compiled.
pub(super) const SHAPES: [Shape; 8] = shapes();
