//! Why a cell is the colour it is: its history, and for each change the rule, its
//! probability that day and the factors and driver values behind it.
//!
//! The explanation replays the run with a probe on the cell ([`Plan::trace_cell`]), so it sees
//! exactly what the rules saw: the neighbours as they stood, the cell's own violence, the
//! force's cover in its governorate. The probability it reports is the one
//! [`rules::outgoing`] gives for that context, the function the engine itself calls; the
//! factors are those of the rule table ([`rules::table::RULES`]), evaluated with the same
//! [`Formula::value`] the engine uses, and a test checks that they multiply back to it.
//!
//! This module gives numbers and names, not sentences: `gz_i18n::explain` words them, in the
//! interface's language.

use jiff::civil::Date;
use thiserror::Error;

use super::drivers::{CategoricalDriver, Crossing, Driver, DriverValues, Governance, Mandate};
use super::output::{CellChange, RunOutput};
use super::params::{Param, Parameters};
use super::rules::table::{self, DriverRef, Formula, Input};
use super::rules::{self, AreaInputs, CellContext, DriverShares, Rule};
use super::sim::{CellDay, Mode, Plan};
use super::version::ModelVersion;
use super::zone::Zone;
use crate::geo::{CellId, Governorate};

/// A cell's whole story in one run.
#[derive(Clone, Debug, PartialEq)]
pub struct CellHistory {
    pub cell: CellId,
    pub governorate: Governorate,
    pub area_km2: f64,
    pub mode: Mode,
    /// Every change, in day order, each with its reason.
    pub changes: Vec<ExplainedChange>,
    /// The cell's chance of each zone at the end of every day `0..=horizon` (0 or 1 in a
    /// stochastic run), indexed by [`Zone::index`]: for a strip chart.
    pub zones: Vec<[f64; 4]>,
    /// Whether the cell lay behind the withdrawal line on each day.
    pub held: Vec<bool>,
    /// Share of the cell's homes that could be lived in at the end of each day (model 2 on;
    /// empty in model 1, which did not model homes): its residents go home only to these.
    pub habitable_share: Vec<f64>,
    /// The conditional events that fired in the run, Strip-wide, as `(index in the scenario's
    /// events, day)`: the history mentions them on their days.
    pub fired: Vec<(usize, u32)>,
}

impl CellHistory {
    /// The cell's most likely zone on a day (its zone in a stochastic run).
    #[must_use]
    pub fn zone_on(&self, day: usize) -> Option<Zone> {
        self.zones.get(day).map(super::sim::likeliest_zone)
    }
}

/// One change and why it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainedChange {
    pub change: CellChange,
    /// The calendar date of the change's day; `None` when the start date is not a date.
    pub date: Option<Date>,
    pub why: Why,
}

/// The reason for a change.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// The withdrawal line advanced over the cell: not a probability.
    LineAdvance(LineWhy),
    /// A rule with a daily probability.
    Rule(RuleWhy),
}

/// The line's move on the day it took the cell.
#[derive(Clone, Debug, PartialEq)]
pub struct LineWhy {
    /// The share the line takes (`held_share` plus any restricted zone) the day before and on
    /// the day.
    pub held_share_before: f64,
    pub held_share: f64,
    /// Cells held the day before and on the day.
    pub held_cells_before: u32,
    pub held_cells: u32,
    /// The cell's place in the order the line takes cells (1 = the first taken).
    pub place_in_line_order: u32,
}

/// A rule's probability for the cell on the day of a change, and what made it.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleWhy {
    pub rule: Rule,
    /// The zone the rule takes the cell out of.
    pub source: Zone,
    /// The rule's daily probability for this cell that day, as [`rules::outgoing`] gives it.
    pub probability: f64,
    /// The factors of the rule (section 8 of docs/MODEL.md); their product is the probability
    /// unless the two ways out of the zone added up to more than 1 (then see `scaled_by`).
    pub factors: Vec<Factor>,
    /// Set when the two ways out of the zone added up to more than 1 and both were scaled
    /// down by this factor.
    pub scaled_by: Option<f64>,
    /// The other way out of the zone that day, with its probability, if it had any chance.
    pub alternative: Option<(Rule, f64)>,
    /// The drivers that enter the rule, with their values that day.
    pub drivers: Vec<DriverReading>,
    /// Expected-value mode: the cell's chances before and after the day, and the probability
    /// this rule moved (`chance of the source zone × probability`).
    pub chances: Option<Chances>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chances {
    pub before: [f64; 4],
    pub after: [f64; 4],
    pub moved: f64,
}

/// One factor of a rule's probability: the table's entry and what it came to.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    /// How it is made and from what ([`table::RULES`]).
    pub formula: Formula,
    pub value: f64,
    /// The value of the formula's parameter (base rate, floor or weight), if it has one.
    pub param_value: Option<f64>,
    /// The inputs it read, in the formula's order, with what they were made of.
    pub inputs: Vec<InputValue>,
}

/// An input of a factor on the day, with the numbers it was made from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputValue {
    /// `share = clamp((trucks + rafah) / target, 0, 1)`.
    Aid {
        share: f64,
        trucks_per_day: f64,
        rafah_trucks_per_day: f64,
        target_trucks_per_day: f64,
    },
    /// `share = clamp(money / need, 0, 1)`.
    Funding {
        share: f64,
        usd_bn_per_year: f64,
        need_usd_bn_per_year: f64,
    },
    Governance {
        level: Governance,
        share: f64,
    },
    Disarmament {
        share: f64,
    },
    ArabParticipation {
        share: f64,
    },
    /// Model 3: the armed group's strength in the governorate that day.
    ArmedStrength {
        share: f64,
    },
    /// Enforcement or deterrence: `share = cover`, or `cover × monitor_share` under a
    /// monitoring mandate.
    Force {
        input: Input,
        share: f64,
        cover: f64,
        monitor_share: Option<f64>,
    },
    /// `index = w / (w + half)`, `w` the week's incidents plus those of strikes here.
    Violence {
        index: f64,
        violations_per_week: f64,
        strike_incidents_per_week: f64,
        half_effect_per_week: f64,
    },
    /// A neighbour share; in a stochastic run a count out of `neighbours`.
    Neighbours {
        input: Input,
        share: f64,
        neighbours: usize,
        mode: Mode,
    },
    /// Outside the line, or haven declared.
    Flag {
        input: Input,
        on: bool,
    },
}

impl InputValue {
    /// The value the factor's formula reads.
    #[must_use]
    pub fn value(&self) -> f64 {
        match *self {
            Self::Aid { share, .. }
            | Self::Funding { share, .. }
            | Self::Governance { share, .. }
            | Self::Disarmament { share }
            | Self::ArabParticipation { share }
            | Self::ArmedStrength { share }
            | Self::Force { share, .. }
            | Self::Neighbours { share, .. } => share,
            Self::Violence { index, .. } => index,
            Self::Flag { on, .. } => {
                if on {
                    1.0
                } else {
                    0.0
                }
            }
        }
    }
}

/// A driver's value on the day, as it enters a rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DriverReading {
    Numeric {
        driver: Driver,
        value: f64,
    },
    /// The troops, and the cover they give in the cell's governorate.
    ForceTroops {
        troops: f64,
        cover: f64,
        people_where_deployed: f64,
        troops_per_thousand_for_full_cover: f64,
    },
    /// The Strip's incidents, and those of strikes still lingering in the cell.
    Violations {
        per_week: f64,
        strike_incidents_per_week: f64,
    },
    ForceMandate(Mandate),
    Governance {
        level: Governance,
        share: f64,
    },
    RafahCrossing(Crossing),
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ExplainError {
    #[error("there is no cell {0}")]
    NoSuchCell(CellId),
    #[error("the run does not match the scenario: it was made from other inputs")]
    Stale,
}

/// The history of `cell` in `run`, the run [`Plan::run`] gives for `mode` and `seed`, with a
/// reason for every change. `start_date` is the date of day 0.
///
/// # Errors
/// When the cell does not exist, or the run's changes of the cell are not those of the plan
/// (the run is out of date).
pub fn explain_cell(
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
    run: &RunOutput,
    cell_id: CellId,
    start_date: Date,
) -> Result<CellHistory, ExplainError> {
    let grid = plan.grid();
    let cell = cell_id.index();
    let Some(info) = grid.cells.get(cell) else {
        return Err(ExplainError::NoSuchCell(cell_id));
    };
    let (replay, days) = plan.trace_cell(mode, seed, cell);
    let of_cell = |changes: &[CellChange]| -> Vec<CellChange> {
        changes
            .iter()
            .filter(|c| c.cell == cell_id)
            .copied()
            .collect()
    };
    let changes = of_cell(&replay.changes);
    if run.days.len() != replay.days.len() || of_cell(&run.changes) != changes {
        return Err(ExplainError::Stale);
    }
    // The run's own drivers: a conditional event that fired may have changed them.
    let timeline = plan.run_timeline(&replay.fired);
    let explained = changes
        .iter()
        .map(|&change| {
            let why = match (change.rule, days.get(change.day as usize)) {
                (Rule::LineAdvance, _) => {
                    Why::LineAdvance(line_why(&timeline.days, &replay, &change))
                }
                (_, Some(day)) => Why::Rule(rule_why(plan, &timeline.days, mode, &change, day)),
                // A rule's change on a day the replay did not record: not this run.
                (_, None) => return Err(ExplainError::Stale),
            };
            Ok(ExplainedChange {
                change,
                date: date_of_day(start_date, change.day),
                why,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CellHistory {
        cell: cell_id,
        governorate: info.governorate,
        area_km2: info.area_km2,
        mode,
        changes: explained,
        zones: days.iter().map(|d| d.after).collect(),
        held: (0..replay.days.len())
            .map(|d| replay.is_held(d, cell))
            .collect(),
        habitable_share: days.iter().filter_map(|d| d.habitable_share).collect(),
        fired: replay.fired.clone(),
    })
}

/// The calendar date of `day` counted from `start` (day 0); `None` past the calendar's end.
#[must_use]
pub fn date_of_day(start: Date, day: u32) -> Option<Date> {
    start
        .checked_add(jiff::Span::new().days(i64::from(day)))
        .ok()
}

fn line_why(drivers: &[DriverValues], run: &RunOutput, change: &CellChange) -> LineWhy {
    let d = change.day as usize;
    let share = |d: usize| drivers.get(d).map_or(0.0, DriverValues::line_share);
    let held = |d: usize| run.held_count.get(d).copied().unwrap_or(0);
    LineWhy {
        held_share_before: share(d.saturating_sub(1)),
        held_share: share(d),
        held_cells_before: held(d.saturating_sub(1)),
        held_cells: held(d),
        place_in_line_order: run.line_rank.get(change.cell.index()).map_or(0, |r| r + 1),
    }
}

fn rule_why(
    plan: &Plan<'_>,
    drivers: &[DriverValues],
    mode: Mode,
    change: &CellChange,
    day: &CellDay,
) -> RuleWhy {
    let params = plan.params();
    let ctx = &day.context;
    let out_of = |zone: Zone| rules::outgoing(zone, ctx, &day.factors, params);
    // The zone the rule drew from: in a stochastic run the cell's zone; in expected-value mode
    // the zone whose chance this rule moved most of (a haven draws on red and held gray).
    let source = Zone::ALL
        .into_iter()
        .filter_map(|z| {
            let p = out_of(z)
                .iter()
                .find(|(r, p)| *r == change.rule && *p > 0.0)
                .map(|(_, p)| *p)?;
            Some((z, day.before[z.index()] * p))
        })
        .fold(None, |best: Option<(Zone, f64)>, x| match best {
            Some(b) if b.1 >= x.1 => Some(b),
            _ => Some(x),
        })
        .map_or(change.from, |(z, _)| z);
    let out = out_of(source);
    let probability = out
        .iter()
        .find(|(r, _)| *r == change.rule)
        .map_or(0.0, |(_, p)| *p);
    let alternative = out
        .iter()
        .find(|(r, p)| *r != change.rule && *p > 0.0)
        .copied();
    let drivers_today = drivers
        .get(change.day as usize)
        .cloned()
        .unwrap_or_default();
    let inputs = FactorInputs {
        drivers: &drivers_today,
        shares: DriverShares::from_drivers(&drivers_today, params),
        cover: day.force_cover,
        armed_strength: day.factors.inputs().armed_strength,
        model: plan.model(),
        ctx,
        strike_incidents_per_week: day.strike_incidents_per_week,
        neighbours: plan.grid().neighbours_of(change.cell.index()).len(),
        mode,
        params,
    };
    let factors = factors(change.rule, &inputs);
    let raw = |fs: &[Factor]| fs.iter().map(|f| f.value).product::<f64>();
    let total = raw(&factors) + alternative.map_or(0.0, |(r, _)| raw(&self::factors(r, &inputs)));
    RuleWhy {
        rule: change.rule,
        source,
        probability,
        scaled_by: (total > 1.0).then(|| 1.0 / total),
        alternative,
        drivers: readings(change.rule, &inputs, day.people_where_deployed),
        factors,
        chances: (mode == Mode::Expected).then(|| Chances {
            before: day.before,
            after: day.after,
            moved: day.before[source.index()] * probability,
        }),
    }
}

/// What a rule's factors are made of on one day in one cell.
pub struct FactorInputs<'a> {
    pub drivers: &'a DriverValues,
    pub shares: DriverShares,
    /// The force's cover in the cell's governorate.
    pub cover: f64,
    /// The armed group's strength in the cell's governorate (model 3).
    pub armed_strength: f64,
    /// The version whose rule table applies.
    pub model: ModelVersion,
    pub ctx: &'a CellContext,
    pub strike_incidents_per_week: f64,
    /// How many neighbours the cell has (to say "3 of 8").
    pub neighbours: usize,
    pub mode: Mode,
    pub params: &'a Parameters,
}

impl FactorInputs<'_> {
    /// An input's value with the numbers it was made from. The shares are those the engine
    /// uses ([`AreaInputs`], [`CellContext::get`]).
    #[must_use]
    pub fn input(&self, input: Input) -> InputValue {
        let p = |k: Param| self.params.get(k);
        let area = AreaInputs::new(
            &self.shares,
            self.drivers.force_mandate,
            self.cover,
            self.armed_strength,
            self.params,
        );
        let share = area
            .get(input)
            .or_else(|| self.ctx.get(input))
            .unwrap_or(f64::NAN);
        let force = |monitor_share: Param| InputValue::Force {
            input,
            share,
            cover: self.cover,
            monitor_share: match self.drivers.force_mandate {
                Mandate::Enforce => None,
                Mandate::Monitor => Some(p(monitor_share)),
            },
        };
        match input {
            Input::Aid => InputValue::Aid {
                share,
                trucks_per_day: self.drivers.aid_trucks_per_day,
                rafah_trucks_per_day: rules::rafah_trucks_per_day(self.drivers, self.params),
                target_trucks_per_day: p(Param::AidTargetTrucksPerDay),
            },
            Input::Funding => InputValue::Funding {
                share,
                usd_bn_per_year: self.drivers.reconstruction_usd_bn_per_year,
                need_usd_bn_per_year: p(Param::FundingNeedUsdBnPerYear),
            },
            Input::Governance => InputValue::Governance {
                level: self.drivers.governance,
                share,
            },
            Input::Disarmament => InputValue::Disarmament { share },
            Input::ArabParticipation => InputValue::ArabParticipation { share },
            Input::Enforcement => force(Param::MonitorEnforcementShare),
            Input::Deterrence => force(Param::MonitorDeterrenceShare),
            Input::EnforcingPresence => InputValue::Force {
                input,
                share,
                cover: self.cover,
                monitor_share: match self.drivers.force_mandate {
                    Mandate::Enforce => None,
                    Mandate::Monitor => Some(0.0),
                },
            },
            Input::ArmedStrength => InputValue::ArmedStrength { share },
            Input::Violence => InputValue::Violence {
                index: share,
                violations_per_week: self.drivers.violations_per_week,
                strike_incidents_per_week: self.strike_incidents_per_week,
                half_effect_per_week: p(Param::ViolationsHalfEffectPerWeek),
            },
            Input::RedNeighbours
            | Input::SecuredNeighbours
            | Input::BlueNeighbours
            | Input::SecuredGround => InputValue::Neighbours {
                input,
                share,
                neighbours: self.neighbours,
                mode: self.mode,
            },
            Input::OutsideLine | Input::HavenDeclared => InputValue::Flag {
                input,
                on: share > 0.0,
            },
        }
    }
}

/// The factors of `rule` for one cell on one day, as the rule table lists them (docs/MODEL.md
/// section 8: base rate × factors). Each is evaluated by the engine's own [`Formula::value`];
/// the engine only groups the products differently, so the product of the factors is the
/// rule's probability up to rounding (`tests/rules_agree.rs`).
#[must_use]
pub fn factors(rule: Rule, x: &FactorInputs<'_>) -> Vec<Factor> {
    table::spec(rule)
        .factors_in(x.model)
        .map(|formula| {
            let inputs: Vec<InputValue> = formula.inputs().map(|i| x.input(i)).collect();
            let read = |input: Input| {
                inputs
                    .iter()
                    .zip(formula.inputs())
                    .find(|(_, i)| *i == input)
                    .map_or(f64::NAN, |(v, _)| v.value())
            };
            Factor {
                formula,
                value: formula.value(x.params, read),
                param_value: formula.param().map(|k| x.params.get(k)),
                inputs,
            }
        })
        .collect()
}

/// The drivers that enter `rule` through its factors' inputs, each once, in the order the
/// factors first read them.
#[must_use]
pub fn readings(
    rule: Rule,
    x: &FactorInputs<'_>,
    people_where_deployed: f64,
) -> Vec<DriverReading> {
    let d = x.drivers;
    let mut seen: Vec<DriverRef> = Vec::new();
    for formula in table::spec(rule).factors_in(x.model) {
        for input in formula.inputs() {
            for &driver in input.drivers() {
                if !seen.contains(&driver) {
                    seen.push(driver);
                }
            }
        }
    }
    seen.into_iter()
        .filter_map(|driver| match driver {
            DriverRef::Numeric(Driver::ForceTroops) => Some(DriverReading::ForceTroops {
                troops: d.force_troops,
                cover: x.cover,
                people_where_deployed,
                troops_per_thousand_for_full_cover: x
                    .params
                    .get(Param::TroopsPerThousandForFullCover),
            }),
            DriverRef::Numeric(Driver::ViolationsPerWeek) => Some(DriverReading::Violations {
                per_week: d.violations_per_week,
                strike_incidents_per_week: x.strike_incidents_per_week,
            }),
            DriverRef::Numeric(driver) => Some(DriverReading::Numeric {
                driver,
                value: d.get(driver),
            }),
            DriverRef::Categorical(CategoricalDriver::ForceMandate) => {
                Some(DriverReading::ForceMandate(d.force_mandate))
            }
            DriverRef::Categorical(CategoricalDriver::Governance) => {
                Some(DriverReading::Governance {
                    level: d.governance,
                    share: x.shares.governance,
                })
            }
            DriverRef::Categorical(CategoricalDriver::RafahCrossing) => {
                Some(DriverReading::RafahCrossing(d.rafah_crossing))
            }
            // Where the force operates enters only through its cover.
            DriverRef::Categorical(CategoricalDriver::ForceDeployed) => None,
        })
        .collect()
}
