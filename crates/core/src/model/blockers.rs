//! Why nothing changes: for a cell, or for the whole Strip, on one day, each way out of a zone
//! with its probability and, where that is zero or close to it, the factors that hold it back.
//!
//! It replays the run up to the day ([`Plan::trace_day`], [`Plan::trace_cell`]) so that it
//! sees what the rules saw, and takes each rule's factors from the one rule table through
//! [`explain::factors`]: a factor added to the table is a factor this module can name. The
//! probability is the engine's own ([`rules::outgoing`]). Numbers and names only; the words are
//! in `gz_i18n::blockers` (crate gz-i18n), in the interface's language.

use thiserror::Error;

use super::drivers::DriverValues;
use super::explain::{DriverReading, Factor, FactorInputs, factors, readings};
use super::rules::table::{DriverRef, Formula, Stage};
use super::rules::{self, DriverShares, Rule};
use super::sim::{CellDay, Mode, Plan};
use super::zone::Zone;
use crate::geo::{CellId, Governorate};

/// A way out is held back when, at the day's probability, it would happen on average less
/// than once in ten years: too slow to show within any scenario's horizon. A judgement, chosen
/// so that "near zero" means the same thing in every sentence.
pub const HELD_BACK_BELOW_PER_DAY: f64 = 1.0 / 3650.0;

/// In expected-value mode a cell's chance of a zone below this (0.1 %) is left out: the
/// rules spread tiny amounts of probability everywhere, and a way out of a zone the cell is
/// almost surely not in says nothing about why it did not change.
pub const NEGLIGIBLE_CHANCE: f64 = 0.001;

/// A factor at or below this, beside the smallest, is named as holding a rule back too.
const ALSO_SMALL: f64 = 0.1;

/// How free a way out is on the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Probability 0: some factor is 0.
    Cannot,
    /// Above 0 but below [`HELD_BACK_BELOW_PER_DAY`].
    HeldBack,
    /// It can happen at a pace the horizon shows.
    Open,
}

impl Status {
    #[must_use]
    pub fn of(probability: f64) -> Self {
        if probability <= 0.0 {
            Self::Cannot
        } else if probability < HELD_BACK_BELOW_PER_DAY {
            Self::HeldBack
        } else {
            Self::Open
        }
    }
}

/// One way out of a zone for one cell on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct WayOut {
    pub rule: Rule,
    /// The engine's probability that day (after the two ways out are scaled to at most 1).
    pub probability: f64,
    /// The rule's factors, in the table's order.
    pub factors: Vec<Factor>,
    /// Indices into `factors` of those that hold the rule back: every factor that is 0 when
    /// the probability is 0; the smallest (and any at most 0.1) when it is held back; none
    /// when it is open. The base rate is named only when it is itself 0.
    pub blockers: Vec<usize>,
    /// The drivers behind the rule's factors, with their values that day.
    pub drivers: Vec<DriverReading>,
}

impl WayOut {
    #[must_use]
    pub fn status(&self) -> Status {
        Status::of(self.probability)
    }

    /// The factors that hold it back.
    pub fn blocking(&self) -> impl Iterator<Item = &Factor> {
        self.blockers.iter().filter_map(|&i| self.factors.get(i))
    }
}

/// The drivers a user sets behind `factors`, each once, in the order the factors read them:
/// what would have to change to let the rules they hold back happen.
pub fn drivers_behind<'a>(factors: impl IntoIterator<Item = &'a Factor>) -> Vec<DriverRef> {
    let mut drivers = Vec::new();
    for factor in factors {
        for input in factor.formula.inputs() {
            for &driver in input.drivers() {
                if !drivers.contains(&driver) {
                    drivers.push(driver);
                }
            }
        }
    }
    drivers
}

impl CellBlockers {
    /// The drivers behind every factor holding back a way out of the cell's zones.
    #[must_use]
    pub fn drivers_to_move(&self) -> Vec<DriverRef> {
        drivers_behind(
            self.zones
                .iter()
                .flat_map(|z| &z.ways_out)
                .flat_map(WayOut::blocking),
        )
    }
}

impl StripBlockers {
    /// The drivers behind every factor holding back a way out anywhere on the Strip: where
    /// it is likeliest in each governorate, and where it cannot happen at all.
    #[must_use]
    pub fn drivers_to_move(&self) -> Vec<DriverRef> {
        drivers_behind(self.ways_out().flat_map(|(_, _, way)| {
            way.best
                .blocking()
                .chain(way.zero_in.iter().map(|(factor, _)| factor))
        }))
    }
}

/// The factors that hold a rule back, as [`WayOut::blockers`] describes.
#[must_use]
pub fn blocking_factors(probability: f64, factors: &[Factor]) -> Vec<usize> {
    match Status::of(probability) {
        Status::Open => Vec::new(),
        Status::Cannot => {
            let zeros: Vec<usize> = (0..factors.len())
                .filter(|&i| factors[i].value <= 0.0)
                .collect();
            if zeros.is_empty() {
                // Only the two ways out being scaled could do this, and scaling never makes 0.
                smallest(factors)
            } else {
                zeros
            }
        }
        Status::HeldBack => smallest(factors),
    }
}

/// The smallest factor other than the base rate, and any other at most [`ALSO_SMALL`].
fn smallest(factors: &[Factor]) -> Vec<usize> {
    let candidates =
        || (0..factors.len()).filter(|&i| !matches!(factors[i].formula, Formula::Rate(_)));
    let Some(min) = candidates().min_by(|&a, &b| factors[a].value.total_cmp(&factors[b].value))
    else {
        return Vec::new();
    };
    candidates()
        .filter(|&i| i == min || factors[i].value <= ALSO_SMALL)
        .collect()
}

/// A zone the cell is in (or may be in, in expected-value mode) and the ways out of it.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoneWays {
    pub zone: Zone,
    /// The cell's weight in the zone when the rules ran: 1 in a stochastic run.
    pub weight: f64,
    pub ways_out: Vec<WayOut>,
}

/// Why a cell did or did not change on a day.
#[derive(Clone, Debug, PartialEq)]
pub struct CellBlockers {
    pub cell: CellId,
    pub governorate: Governorate,
    /// The day the rules ran (day 0 is explained by day 1: no rule runs on day 0).
    pub day: u32,
    pub mode: Mode,
    pub held: bool,
    pub haven: bool,
    /// The zones the cell had a chance of at least [`NEGLIGIBLE_CHANCE`] of when the rules ran,
    /// most likely first.
    pub zones: Vec<ZoneWays>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum BlockersError {
    #[error("there is no cell {0}")]
    NoSuchCell(CellId),
    #[error("day {day} is past the scenario's last day ({horizon})")]
    PastHorizon { day: u32, horizon: u32 },
    #[error("the scenario has no day after day 0, so no rule ever runs")]
    NoRuleDays,
}

/// The day whose rules explain `day`: day 0 is the starting picture and no rule runs on it,
/// so it is explained by day 1.
fn rule_day(plan: &Plan<'_>, day: u32) -> Result<u32, BlockersError> {
    if day > plan.horizon_days {
        return Err(BlockersError::PastHorizon {
            day,
            horizon: plan.horizon_days,
        });
    }
    if plan.horizon_days == 0 {
        return Err(BlockersError::NoRuleDays);
    }
    Ok(day.max(1))
}

/// Each way out of each zone of `cell` on `day` of run 0 of `mode` and `seed`, and what holds
/// back those at or near zero.
///
/// # Errors
/// An unknown cell, a day past the horizon, or a scenario with no day for rules to run.
pub fn cell_blockers(
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
    cell: CellId,
    day: u32,
) -> Result<CellBlockers, BlockersError> {
    if cell.index() >= plan.grid().len() {
        return Err(BlockersError::NoSuchCell(cell));
    }
    rule_day(plan, day)?;
    let (_, days) = plan.trace_cell(mode, seed, cell.index());
    cell_blockers_in(plan, mode, cell, day, &days)
}

/// [`cell_blockers`] from the cell's days as [`Plan::trace_cell`] gave them, for a caller that
/// keeps them to explain one day after another without replaying the run.
///
/// # Errors
/// As [`cell_blockers`]; a day the trace does not reach counts as past the horizon.
pub fn cell_blockers_in(
    plan: &Plan<'_>,
    mode: Mode,
    cell: CellId,
    day: u32,
    days: &[CellDay],
) -> Result<CellBlockers, BlockersError> {
    let Some(info) = plan.grid().cells.get(cell.index()) else {
        return Err(BlockersError::NoSuchCell(cell));
    };
    let day = rule_day(plan, day)?;
    let Some(record) = days.get(day as usize) else {
        return Err(BlockersError::PastHorizon {
            day,
            horizon: plan.horizon_days,
        });
    };
    Ok(of_cell(plan, mode, cell, info.governorate, day, record))
}

/// The same for a record the engine already gave.
fn of_cell(
    plan: &Plan<'_>,
    mode: Mode,
    cell: CellId,
    governorate: Governorate,
    day: u32,
    record: &CellDay,
) -> CellBlockers {
    let ctx = &record.context;
    let mut zones: Vec<ZoneWays> = Zone::ALL
        .into_iter()
        .filter(|z| record.before[z.index()] >= NEGLIGIBLE_CHANCE)
        .map(|zone| ZoneWays {
            zone,
            weight: record.before[zone.index()],
            ways_out: ways_out(plan, mode, cell, day, record, zone),
        })
        .collect();
    zones.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    CellBlockers {
        cell,
        governorate,
        day,
        mode,
        held: ctx.held,
        haven: ctx.haven,
        zones,
    }
}

fn ways_out(
    plan: &Plan<'_>,
    mode: Mode,
    cell: CellId,
    day: u32,
    record: &CellDay,
    zone: Zone,
) -> Vec<WayOut> {
    let params = plan.params();
    let ctx = &record.context;
    let drivers: DriverValues = plan
        .timeline
        .days
        .get(day as usize)
        .cloned()
        .unwrap_or_default();
    let inputs = FactorInputs {
        drivers: &drivers,
        shares: DriverShares::from_drivers(&drivers, params),
        cover: record.force_cover,
        armed_strength: record.factors.inputs().armed_strength,
        model: plan.model(),
        ctx,
        strike_incidents_per_week: record.strike_incidents_per_week,
        neighbours: plan.grid().neighbours_of(cell.index()).len(),
        mode,
        params,
    };
    let out = rules::outgoing(zone, ctx, &record.factors, params);
    rules::ways_out(zone, ctx.held, ctx.haven)
        .into_iter()
        .map(|rule| {
            let probability = out
                .iter()
                .find(|(r, _)| *r == rule)
                .map_or(0.0, |(_, p)| *p);
            let factors = factors(rule, &inputs);
            WayOut {
                rule,
                probability,
                blockers: blocking_factors(probability, &factors),
                drivers: readings(rule, &inputs, record.people_where_deployed),
                factors,
            }
        })
        .collect()
}

/// A way out of a zone in one governorate, over all its cells in the zone.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceWayOut {
    pub rule: Rule,
    /// Cells of the zone for which this rule is a way out.
    pub cells: u32,
    /// Of those, the cells where its probability is above 0.
    pub possible_in: u32,
    /// The cell where it is likeliest, as the cell's own explanation gives it: its factors
    /// show the governorate's drivers, and its blockers what holds the rule back even there.
    pub best: WayOut,
    pub best_cell: CellId,
    /// Where the probability is 0: each factor that is 0 there and in how many cells, in the
    /// table's order. A factor of the governorate is 0 in all of them or none.
    pub zero_in: Vec<(Factor, u32)>,
}

impl PlaceWayOut {
    /// How free the rule is at its best in the governorate.
    #[must_use]
    pub fn status(&self) -> Status {
        self.best.status()
    }
}

/// A zone in one governorate on the day.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceZone {
    pub zone: Zone,
    /// Cells with a chance of the zone of at least [`NEGLIGIBLE_CHANCE`].
    pub cells: u32,
    pub ways_out: Vec<PlaceWayOut>,
}

/// A governorate on the day.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceBlockers {
    pub governorate: Governorate,
    /// The land in each zone (expected in expected-value mode), by [`Zone::index`].
    pub km2: [f64; 4],
    pub zones: Vec<PlaceZone>,
}

/// Why the Strip did or did not move on a day.
#[derive(Clone, Debug, PartialEq)]
pub struct StripBlockers {
    /// The day the rules ran (day 0 is explained by day 1).
    pub day: u32,
    pub mode: Mode,
    /// The governorates, north to south.
    pub places: Vec<PlaceBlockers>,
}

impl StripBlockers {
    /// The land in `zone` across the Strip.
    #[must_use]
    pub fn km2(&self, zone: Zone) -> f64 {
        self.places.iter().map(|p| p.km2[zone.index()]).sum()
    }

    /// Every (governorate, zone, way out), north to south.
    pub fn ways_out(&self) -> impl Iterator<Item = (Governorate, Zone, &PlaceWayOut)> {
        self.places.iter().flat_map(|p| {
            p.zones
                .iter()
                .flat_map(move |z| z.ways_out.iter().map(move |w| (p.governorate, z.zone, w)))
        })
    }
}

/// For `day` of run 0 of `mode` and `seed`: in each governorate, each zone present, each way
/// out of it, whether it can happen anywhere, and if not, why.
///
/// # Errors
/// A day past the horizon, or a scenario with no day for rules to run.
pub fn strip_blockers(
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
    day: u32,
) -> Result<StripBlockers, BlockersError> {
    let day = rule_day(plan, day)?;
    let records = plan.trace_day(mode, seed, day);
    let grid = plan.grid();
    let mut places: Vec<PlaceBlockers> = Governorate::ALL
        .into_iter()
        .map(|governorate| PlaceBlockers {
            governorate,
            km2: [0.0; 4],
            zones: Vec::new(),
        })
        .collect();
    for (c, record) in records.iter().enumerate() {
        let Some(info) = grid.cells.get(c) else {
            continue;
        };
        let Some(id) = CellId::from_index(c) else {
            continue;
        };
        let cell = of_cell(plan, mode, id, info.governorate, day, record);
        let place = &mut places[info.governorate.index()];
        for (km2, weight) in place.km2.iter_mut().zip(record.before) {
            *km2 += weight * info.area_km2;
        }
        for zw in cell.zones {
            add_cell(place, id, zw);
        }
    }
    for place in &mut places {
        place.zones.sort_by_key(|z| z.zone.index());
    }
    Ok(StripBlockers { day, mode, places })
}

fn add_cell(place: &mut PlaceBlockers, cell: CellId, zw: ZoneWays) {
    let z = place
        .zones
        .iter()
        .position(|z| z.zone == zw.zone)
        .unwrap_or_else(|| {
            place.zones.push(PlaceZone {
                zone: zw.zone,
                cells: 0,
                ways_out: Vec::new(),
            });
            place.zones.len() - 1
        });
    let zone = &mut place.zones[z];
    zone.cells += 1;
    for way in zw.ways_out {
        let i = zone
            .ways_out
            .iter()
            .position(|w| w.rule == way.rule)
            .unwrap_or_else(|| {
                zone.ways_out.push(PlaceWayOut {
                    rule: way.rule,
                    cells: 0,
                    possible_in: 0,
                    best_cell: cell,
                    zero_in: Vec::new(),
                    best: way.clone(),
                });
                zone.ways_out.len() - 1
            });
        let place_way = &mut zone.ways_out[i];
        place_way.cells += 1;
        if way.probability > 0.0 {
            place_way.possible_in += 1;
        } else {
            for f in way.factors.iter().filter(|f| f.value <= 0.0) {
                match place_way
                    .zero_in
                    .iter_mut()
                    .find(|(g, _)| g.formula == f.formula)
                {
                    Some((_, n)) => *n += 1,
                    None => place_way.zero_in.push((f.clone(), 1)),
                }
            }
        }
        if way.probability > place_way.best.probability {
            place_way.best_cell = cell;
            place_way.best = way;
        }
    }
    // Ways out in the table's order, whatever cell came first.
    zone.ways_out.sort_by_key(|w| w.rule as u8);
    for w in &mut zone.ways_out {
        w.zero_in
            .sort_by_key(|(f, _)| table_place(w.rule, f.formula));
    }
}

/// A factor's place in its rule's row of the table.
fn table_place(rule: Rule, formula: Formula) -> usize {
    super::rules::table::spec(rule)
        .factors
        .iter()
        .position(|f| f.formula == formula)
        .unwrap_or(usize::MAX)
}

/// Whether a factor is the same for every cell of a governorate on a day (drivers, the force's
/// cover) rather than a fact of the cell (its neighbours, the line, a haven, a strike).
#[must_use]
pub fn is_area_factor(formula: Formula) -> bool {
    formula.stage() == Stage::Area
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Param;
    use crate::model::rules::table::Input;

    fn factor(formula: Formula, value: f64) -> Factor {
        Factor {
            formula,
            value,
            param_value: None,
            inputs: Vec::new(),
        }
    }

    #[test]
    fn zero_or_slow_is_held_back_and_the_rest_is_open() {
        assert_eq!(Status::of(0.0), Status::Cannot);
        assert_eq!(Status::of(HELD_BACK_BELOW_PER_DAY / 2.0), Status::HeldBack);
        assert_eq!(Status::of(0.01), Status::Open);
    }

    #[test]
    fn a_rule_at_zero_names_its_zero_factors_and_a_slow_one_its_smallest() {
        let fs = [
            factor(Formula::Rate(Param::ClearanceBasePerDay), 0.03),
            factor(Formula::Pressure(Param::ForcedDisarmamentWeight), 0.0),
            factor(Formula::Share(Input::Governance), 0.2),
            factor(
                Formula::Lerp(Param::ClearanceIsolatedFloor, Input::SecuredNeighbours),
                0.0,
            ),
        ];
        assert_eq!(blocking_factors(0.0, &fs), vec![1, 3]);
        let slow = [
            factor(Formula::Rate(Param::ClearanceBasePerDay), 0.03),
            factor(Formula::Pressure(Param::ForcedDisarmamentWeight), 0.014),
            factor(Formula::Share(Input::Governance), 0.2),
            factor(
                Formula::Lerp(Param::ClearanceIsolatedFloor, Input::SecuredNeighbours),
                0.15,
            ),
        ];
        // The base rate is never "the smallest": it is what every rule starts from.
        assert_eq!(blocking_factors(0.00001, &slow), vec![1]);
        assert!(blocking_factors(0.01, &slow).is_empty());
    }
}
