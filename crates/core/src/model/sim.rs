//! The engine: steps the Strip forward one day at a time, in either mode.
//!
//! Order within a day `d` (for `d >= 1`): the day's drivers apply; the withdrawal line moves
//! (cells it advances over turn gray and their residents leave); havens and strikes of the
//! day take effect; every cell draws (or, in expected-value mode, spreads) its zone change
//! from yesterday's neighbourhood; people go home to blue cells and the displaced move toward
//! shelter; strike effects fade. Day 0 is the starting state with day-0 events applied.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, VariantArray};

use super::drivers::DriverValues;
use super::events::{Area, Event};
use super::incidents::Incidents;
use super::milestones::{MilestoneRun, Milestones};
use super::output::{CellChange, DayRecord, RunOutput};
use super::params::{Param, Parameters};
use super::picture::Picture;
use super::rng::{Uniform, run_seed};
use super::rules::table::{Formula, Input};
use super::rules::{
    AreaFactors, AreaInputs, CalmRules, CellContext, DayRules, DriverShares, Rule, destination,
    force_cover, force_shares, violence_index,
};
use super::timeline::Timeline;
use super::version::ModelVersion;
use super::zone::Zone;
use crate::geo::{CellId, Governorate, Grid};

/// How transitions are taken.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize, VariantArray, EnumCount,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Each cell carries the probability of each zone; no randomness (mean-field).
    #[default]
    Expected,
    /// Each cell is in one zone and draws its changes from a seeded random stream.
    Stochastic,
}

impl Mode {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    /// In words, for choices: the one label everything shows.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Expected => "expected value",
            Self::Stochastic => "stochastic",
        }
    }
}

/// Everything a run needs besides the mode and seed.
#[derive(Clone, Debug)]
pub struct Inputs {
    /// Which data and rules to use: a file's numbers come from the version it names.
    pub model: ModelVersion,
    /// Whether day 0 is on or after the published line of 19 Oct 2025, so that (from model 2)
    /// the line starts where that map put it.
    pub starts_on_published_line: bool,
    pub horizon_days: u32,
    pub start: DriverValues,
    pub events: Vec<Event>,
    pub params: Parameters,
}

/// Inputs resolved against the grid once, so that many runs can share the work.
#[derive(Clone, Debug)]
pub struct Plan<'g> {
    grid: &'g Grid,
    pub horizon_days: u32,
    pub timeline: Timeline,
    params: Parameters,
    model: ModelVersion,
    home_residents: Vec<f64>,
    /// Cells in the order the line takes them as the held share grows (east first).
    line_order: Vec<u32>,
    /// Model 2 on: each cell's housing units and the share habitable on day 0.
    housing_units: Option<Vec<f64>>,
    habitable_share: Option<Vec<f64>>,
    line_cumulative_km2: Vec<f64>,
    total_km2: f64,
    governorate: Vec<u8>,
    area_km2: Vec<f64>,
    /// Each governorate's land, for its share of red land (model 3's armed strength).
    governorate_km2: [f64; 5],
    inv_neighbour_count: Vec<f64>,
    /// Per day: `(cell, intensity)` of each strike.
    strikes: Vec<Vec<(u32, f64)>>,
    /// Per day: cells declared havens.
    havens: Vec<Vec<u32>>,
    /// Conditional events, when there are any.
    milestones: Option<Box<Milestones>>,
}

/// Whether to keep every cell's zone on every day (the map needs it; ensembles do not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    Totals,
    Cells,
}

impl<'g> Plan<'g> {
    #[must_use]
    pub fn new(grid: &'g Grid, inputs: &Inputs) -> Self {
        let timeline = Timeline::build(&inputs.start, &inputs.events, inputs.horizon_days);
        let params = inputs.params.clone();
        let picture = Picture::new(grid, inputs);
        let mut sum = 0.0;
        let line_cumulative_km2 = picture
            .line_order
            .iter()
            .map(|&c| {
                sum += grid.cells[c as usize].area_km2;
                sum
            })
            .collect();
        let resolve = |area: &Area| resolve_area(grid, area);
        let strikes = timeline
            .happenings
            .iter()
            .map(|h| {
                h.strikes
                    .iter()
                    .flat_map(|(area, intensity)| {
                        resolve(area).into_iter().map(move |c| (c, *intensity))
                    })
                    .collect()
            })
            .collect();
        let havens = timeline
            .happenings
            .iter()
            .map(|h| h.havens.iter().flat_map(resolve).collect())
            .collect();
        let milestones =
            Milestones::new(&inputs.start, &inputs.events, inputs.horizon_days, resolve);
        Self {
            grid,
            horizon_days: inputs.horizon_days,
            timeline,
            model: inputs.model,
            line_cumulative_km2,
            total_km2: grid.total_area_km2(),
            governorate: grid
                .cells
                .iter()
                .map(|c| c.governorate.index() as u8)
                .collect(),
            area_km2: grid.cells.iter().map(|c| c.area_km2).collect(),
            governorate_km2: Governorate::ALL.map(|g| grid.governorate_area_km2(g)),
            inv_neighbour_count: (0..grid.len())
                .map(|c| 1.0 / grid.neighbours_of(c).len().max(1) as f64)
                .collect(),
            strikes,
            havens,
            milestones,
            habitable_share: picture
                .homes
                .as_ref()
                .map(|h| h.habitable_share(params.get(Param::UninhabitableShareOfDamaged))),
            housing_units: picture.homes.map(|h| h.units),
            home_residents: picture.home_residents,
            line_order: picture.line_order,
            params,
        }
    }

    #[must_use]
    pub fn grid(&self) -> &Grid {
        self.grid
    }

    #[must_use]
    pub fn params(&self) -> &Parameters {
        &self.params
    }

    /// The model version whose data and rules this plan runs.
    #[must_use]
    pub fn model(&self) -> ModelVersion {
        self.model
    }

    /// Each cell's residents: the people whose home it is.
    #[must_use]
    pub fn home_residents(&self) -> &[f64] {
        &self.home_residents
    }

    /// Each cell's housing units, from model 2 on.
    #[must_use]
    pub fn housing_units(&self) -> Option<&[f64]> {
        self.housing_units.as_deref()
    }

    /// How many cells the line holds when it holds `share` of the Strip: the count whose
    /// area comes closest to the share.
    fn held_count(&self, share: f64) -> usize {
        let target = share.clamp(0.0, 1.0) * self.total_km2;
        let after = self.line_cumulative_km2.partition_point(|&a| a < target);
        let before = after.saturating_sub(1);
        let area_at = |k: usize| {
            if k == 0 {
                0.0
            } else {
                self.line_cumulative_km2[k - 1]
            }
        };
        let candidates = [before, after.min(self.line_order.len())];
        candidates
            .into_iter()
            .chain(
                [after + 1]
                    .into_iter()
                    .filter(|&k| k <= self.line_order.len()),
            )
            .min_by(|&a, &b| {
                (area_at(a) - target)
                    .abs()
                    .total_cmp(&(area_at(b) - target).abs())
            })
            .unwrap_or(0)
    }

    /// The drivers of every day in a run whose conditional events fired as its
    /// [`RunOutput::fired`] says: the plan's timeline when none changed them.
    #[must_use]
    pub fn run_timeline(&self, fired: &[(usize, u32)]) -> std::borrow::Cow<'_, Timeline> {
        match &self.milestones {
            Some(m) if !fired.is_empty() => std::borrow::Cow::Owned(m.timeline_with(fired)),
            _ => std::borrow::Cow::Borrowed(&self.timeline),
        }
    }

    /// One run.
    #[must_use]
    pub fn run(&self, mode: Mode, seed: u64, record: Record) -> RunOutput {
        self.run_numbered(mode, seed, 0, record)
    }

    /// Run number `run` of an ensemble seeded with `seed`; the same whoever computes it.
    #[must_use]
    pub fn run_numbered(&self, mode: Mode, seed: u64, run: u64, record: Record) -> RunOutput {
        let seed = run_seed(seed, run);
        match mode {
            Mode::Stochastic => self.run_with(Engine::<Drawn>::new(self, seed), record),
            Mode::Expected => self.run_with(Engine::<Spread>::new(self, seed), record),
        }
    }

    /// Replays run 0 of `mode` and `seed` (the run [`Plan::run`] gives), recording what the
    /// rules saw for `cell` on every day: the explanation of its changes (`explain.rs`).
    /// Returns the run's totals and the cell's days, `0..=horizon`.
    #[must_use]
    pub fn trace_cell(&self, mode: Mode, seed: u64, cell: usize) -> (RunOutput, Vec<CellDay>) {
        let seed = run_seed(seed, 0);
        let probe = Some(Probe {
            cells: vec![cell],
            day: None,
            days: Vec::with_capacity(self.horizon_days as usize + 1),
        });
        let mut out = RunOutput::default();
        let days = match mode {
            Mode::Stochastic => {
                let mut engine = Engine::<Drawn>::new(self, seed);
                engine.probe = probe;
                out = self.run_with_engine(&mut engine, Record::Totals, out);
                engine.probe.map(|p| p.days)
            }
            Mode::Expected => {
                let mut engine = Engine::<Spread>::new(self, seed);
                engine.probe = probe;
                out = self.run_with_engine(&mut engine, Record::Totals, out);
                engine.probe.map(|p| p.days)
            }
        };
        (out, days.unwrap_or_default())
    }

    /// Replays run 0 of `mode` and `seed` up to `day` and returns what the rules saw for every
    /// cell that day, in cell order: why a whole day moved or did not (`blockers.rs`). Empty
    /// past the horizon.
    #[must_use]
    pub fn trace_day(&self, mode: Mode, seed: u64, day: u32) -> Vec<CellDay> {
        if day > self.horizon_days {
            return Vec::new();
        }
        let seed = run_seed(seed, 0);
        let probe = Probe {
            cells: (0..self.grid.len()).collect(),
            day: Some(day),
            days: Vec::with_capacity(self.grid.len()),
        };
        match mode {
            Mode::Stochastic => self.trace_day_with(Engine::<Drawn>::new(self, seed), probe),
            Mode::Expected => self.trace_day_with(Engine::<Spread>::new(self, seed), probe),
        }
    }

    fn trace_day_with<Z: ZoneField>(
        &self,
        mut engine: Engine<'_, 'g, Z>,
        probe: Probe,
    ) -> Vec<CellDay> {
        let last = probe.day.unwrap_or(self.horizon_days);
        engine.probe = Some(probe);
        let mut changes = Vec::new();
        for day in 0..=last {
            engine.step(day, &mut changes);
            changes.clear();
        }
        engine.probe.map(|p| p.days).unwrap_or_default()
    }

    /// Replays run 0 of `mode` and `seed` and shows `observe` every cell's state at the end of
    /// each day, `0..=horizon`, until it answers `Break`: for per-place and per-governorate
    /// tables, which need more than the totals a run keeps.
    pub fn observe_cells(
        &self,
        mode: Mode,
        seed: u64,
        observe: impl FnMut(u32, &[CellState]) -> std::ops::ControlFlow<()>,
    ) {
        let seed = run_seed(seed, 0);
        match mode {
            Mode::Stochastic => self.observe_with(Engine::<Drawn>::new(self, seed), observe),
            Mode::Expected => self.observe_with(Engine::<Spread>::new(self, seed), observe),
        }
    }

    fn observe_with<Z: ZoneField>(
        &self,
        mut engine: Engine<'_, 'g, Z>,
        mut observe: impl FnMut(u32, &[CellState]) -> std::ops::ControlFlow<()>,
    ) {
        let mut changes = Vec::new();
        let mut states = vec![CellState::default(); self.grid.len()];
        for day in 0..=self.horizon_days {
            engine.step(day, &mut changes);
            changes.clear();
            for (c, state) in states.iter_mut().enumerate() {
                *state = CellState {
                    zone_weights: engine.zones.weights(c),
                    held: engine.held[c],
                    at_home: engine.at_home[c],
                    sheltering: engine.sheltering[c],
                    habitable_share: engine.habitable_share.get(c).copied(),
                };
            }
            if observe(day, &states).is_break() {
                return;
            }
        }
    }

    fn run_with<Z: ZoneField>(&self, mut engine: Engine<'_, 'g, Z>, record: Record) -> RunOutput {
        self.run_with_engine(&mut engine, record, RunOutput::default())
    }

    fn run_with_engine<Z: ZoneField>(
        &self,
        engine: &mut Engine<'_, 'g, Z>,
        record: Record,
        out: RunOutput,
    ) -> RunOutput {
        let days = self.horizon_days as usize + 1;
        let mut out = RunOutput {
            days: Vec::with_capacity(days),
            cell_count: self.grid.len(),
            ..out
        };
        if record == Record::Cells {
            out.cell_zones.reserve(days * self.grid.len());
            out.cell_people.reserve(days * self.grid.len());
        }
        out.haven_declared_on = vec![u32::MAX; self.grid.len()];
        for (day, cells) in self.havens.iter().enumerate() {
            for &c in cells {
                let first = &mut out.haven_declared_on[c as usize];
                *first = (*first).min(day as u32);
            }
        }
        out.line_rank = vec![0; self.grid.len()];
        for (rank, &c) in self.line_order.iter().enumerate() {
            out.line_rank[c as usize] = rank as u32;
        }
        for day in 0..=self.horizon_days {
            let flows = engine.step(day, &mut out.changes);
            out.days.push(engine.record(flows));
            out.held_count.push(engine.held_count as u32);
            let held_share = engine.drivers(day).held_share;
            out.restricted_from
                .push((self.held_count(held_share) as u32).min(engine.held_count as u32));
            if record == Record::Cells {
                engine.push_zones(&mut out.cell_zones);
                engine.zones.push_probabilities(&mut out.cell_probabilities);
                let people = engine.at_home.iter().zip(&engine.sheltering);
                out.cell_people.extend(people.map(|(h, s)| (h + s) as f32));
            }
        }
        out.final_blue = (0..self.grid.len())
            .map(|c| engine.zones.weight(c, Zone::Blue))
            .collect();
        out.fired = std::mem::take(&mut engine.milestones.fired);
        if let Some(milestones) = &self.milestones {
            milestones.mark_havens(&out.fired, &mut out.haven_declared_on);
        }
        out
    }
}

pub(crate) fn resolve_area(grid: &Grid, area: &Area) -> Vec<u32> {
    let all = 0..grid.len() as u32;
    match area {
        Area::Strip => all.collect(),
        Area::Governorate(g) => all
            .filter(|&c| grid.cells[c as usize].governorate == *g)
            .collect(),
        Area::Circle {
            lon,
            lat,
            radius_km,
        } => {
            let distance =
                |c: u32| grid.distance_km([*lon, *lat], grid.cells[c as usize].centre_lonlat);
            let inside: Vec<u32> = all.clone().filter(|&c| distance(c) <= *radius_km).collect();
            if inside.is_empty() {
                // A circle smaller than a cell still names a place: take the nearest cell.
                all.min_by(|&a, &b| distance(a).total_cmp(&distance(b)))
                    .into_iter()
                    .collect()
            } else {
                inside
            }
        }
    }
}

/// How a mode holds zones and takes transitions; the engine is generic over it so that the
/// per-cell loops carry no mode checks.
trait ZoneField: Sized {
    /// Whether each run draws its own events (stochastic) rather than taking their mean.
    const DRAWN: bool;
    fn new(plan: &Plan<'_>, initial: &[Zone], seed: u64) -> Self;
    /// The cell's weight in a zone: 0 or 1 when drawn, a probability when spread.
    fn weight(&self, c: usize, zone: Zone) -> f64;
    /// Today's transitions from yesterday's neighbourhood.
    fn transitions(
        &mut self,
        plan: &Plan<'_>,
        today: &Today<'_>,
        flows: &mut Flows,
        changes: &mut Vec<CellChange>,
    );
    /// The line advances over a cell.
    fn set_gray(
        &mut self,
        plan: &Plan<'_>,
        c: usize,
        day: u32,
        flows: &mut Flows,
        changes: &mut Vec<CellChange>,
    );
    fn push_zones(&self, out: &mut Vec<u8>);
    /// The cell's weight in each zone (one-hot when drawn).
    fn weights(&self, c: usize) -> [f64; 4];
    /// The neighbours' weights in each zone, summed in neighbour order: exactly what the
    /// transitions compute for the cell.
    fn around(&self, plan: &Plan<'_>, c: usize) -> [f64; 4] {
        let mut around = [0.0; 4];
        for &nb in plan.grid.neighbours_of(c) {
            let q = self.weights(nb as usize);
            for z in 0..4 {
                around[z] += q[z];
            }
        }
        around
    }
    /// Each cell's zone probabilities, where they are not just its zone.
    fn push_probabilities(&self, _out: &mut Vec<[f32; 4]>) {}
}

type Flows = [[f64; 4]; 4];

/// What the transitions need to know about the day besides the zones.
struct Today<'a> {
    day: u32,
    /// One rule table per governorate, at the day's Strip-wide violence.
    rules: [DayRules; 5],
    /// The same before violence, for cells where a strike lingers.
    calm: [CalmRules; 5],
    /// The Strip-wide violence index the governorates' tables were made at.
    violence: f64,
    violations_per_week: f64,
    half_effect_per_week: f64,
    /// Whether any strike still raises violence somewhere (then cells with a pulse get their own table).
    pulses: bool,
    strike_incidents_per_week: &'a [f64],
    held: &'a [bool],
    haven: &'a [bool],
}

impl Today<'_> {
    /// The cell's rule table: its governorate's, or its own where a strike still lingers.
    #[inline]
    fn cell_rules<'t>(
        &'t self,
        plan: &Plan<'_>,
        c: usize,
        local: &'t mut Option<DayRules>,
    ) -> &'t DayRules {
        let g = usize::from(plan.governorate[c]);
        if self.pulses && self.strike_incidents_per_week[c] > 0.0 {
            local.insert(self.calm[g].at_violence(self.violence_in(c), &plan.params))
        } else {
            &self.rules[g]
        }
    }

    /// The violence index in a cell: the Strip's, or its own where a strike still lingers.
    #[inline]
    fn violence_in(&self, c: usize) -> f64 {
        if self.pulses && self.strike_incidents_per_week[c] > 0.0 {
            let w = self.violations_per_week + self.strike_incidents_per_week[c];
            w / (w + self.half_effect_per_week)
        } else {
            self.violence
        }
    }

    #[inline]
    fn context(&self, plan: &Plan<'_>, c: usize, around: [f64; 4]) -> CellContext {
        let inv = plan.inv_neighbour_count[c];
        CellContext {
            red_neighbours: around[Zone::Red.index()] * inv,
            secured_neighbours: (around[Zone::Gray.index()] + around[Zone::Blue.index()]) * inv,
            blue_neighbours: around[Zone::Blue.index()] * inv,
            violence: 0.0,
            held: self.held[c],
            haven: self.haven[c],
        }
    }
}

/// Stochastic mode: one zone per cell, drawn.
struct Drawn {
    zone: Vec<Zone>,
    /// Per cell, how many neighbours are in each zone; kept up to date on every change.
    counts: Vec<[u8; 4]>,
    uniform: Uniform,
    todays: Vec<(usize, Zone, Rule)>,
}

impl Drawn {
    fn change(&mut self, grid: &Grid, c: usize, to: Zone) {
        let from = self.zone[c];
        self.zone[c] = to;
        for &nb in grid.neighbours_of(c) {
            let count = &mut self.counts[nb as usize];
            count[from.index()] -= 1;
            count[to.index()] += 1;
        }
    }
}

impl ZoneField for Drawn {
    const DRAWN: bool = true;

    fn new(plan: &Plan<'_>, initial: &[Zone], seed: u64) -> Self {
        let counts = (0..plan.grid.len())
            .map(|c| {
                let mut count = [0u8; 4];
                for &nb in plan.grid.neighbours_of(c) {
                    count[initial[nb as usize].index()] += 1;
                }
                count
            })
            .collect();
        Self {
            zone: initial.to_vec(),
            counts,
            uniform: Uniform::new(seed),
            todays: Vec::new(),
        }
    }

    #[inline]
    fn weight(&self, c: usize, zone: Zone) -> f64 {
        if self.zone[c] == zone { 1.0 } else { 0.0 }
    }

    fn transitions(
        &mut self,
        plan: &Plan<'_>,
        today: &Today<'_>,
        flows: &mut Flows,
        changes: &mut Vec<CellChange>,
    ) {
        self.todays.clear();
        for c in 0..plan.grid.len() {
            let zone = self.zone[c];
            let mut local = None;
            let rules = today.cell_rules(plan, c, &mut local);
            if !rules.may_leave(zone, today.held[c], today.haven[c]) {
                continue;
            }
            let ctx = today.context(plan, c, self.counts[c].map(f64::from));
            let out = rules.outgoing(zone, &ctx);
            let any = out[0].1 + out[1].1;
            // Cells that cannot change draw nothing, which keeps stalled runs cheap.
            if any <= 0.0 {
                continue;
            }
            let u = self.uniform.next_f64();
            let picked = if u < out[0].1 {
                out[0].0
            } else if u < any {
                out[1].0
            } else {
                continue;
            };
            self.todays.push((c, destination(picked), picked));
        }
        for i in 0..self.todays.len() {
            let (c, to, rule) = self.todays[i];
            let from = self.zone[c];
            flows[from.index()][to.index()] += plan.area_km2[c];
            self.change(plan.grid, c, to);
            changes.push(change(today.day, c, from, to, rule));
        }
    }

    fn set_gray(
        &mut self,
        plan: &Plan<'_>,
        c: usize,
        day: u32,
        flows: &mut Flows,
        changes: &mut Vec<CellChange>,
    ) {
        let from = self.zone[c];
        let gray = Zone::Gray;
        if from != gray {
            flows[from.index()][Zone::Gray.index()] += plan.area_km2[c];
            self.change(plan.grid, c, gray);
            changes.push(change(day, c, from, gray, Rule::LineAdvance));
        }
    }

    fn push_zones(&self, out: &mut Vec<u8>) {
        out.extend(self.zone.iter().map(|&z| z as u8));
    }

    #[inline]
    fn weights(&self, c: usize) -> [f64; 4] {
        let z = self.zone[c];
        Zone::ALL.map(|k| if z == k { 1.0 } else { 0.0 })
    }
}

/// Expected-value mode: a probability per zone per cell, spread by the same rules.
struct Spread {
    p: Vec<[f64; 4]>,
    next: Vec<[f64; 4]>,
    likeliest: Vec<Zone>,
}

impl ZoneField for Spread {
    const DRAWN: bool = false;

    fn new(_plan: &Plan<'_>, initial: &[Zone], _seed: u64) -> Self {
        let p: Vec<[f64; 4]> = initial
            .iter()
            .map(|&z| {
                let mut p = [0.0; 4];
                p[z.index()] = 1.0;
                p
            })
            .collect();
        Self {
            next: p.clone(),
            p,
            likeliest: initial.to_vec(),
        }
    }

    #[inline]
    fn weight(&self, c: usize, zone: Zone) -> f64 {
        self.p[c][zone.index()]
    }

    fn transitions(
        &mut self,
        plan: &Plan<'_>,
        today: &Today<'_>,
        flows: &mut Flows,
        changes: &mut Vec<CellChange>,
    ) {
        for c in 0..plan.grid.len() {
            let mut local = None;
            let rules = today.cell_rules(plan, c, &mut local);
            let (held, haven) = (today.held[c], today.haven[c]);
            let settled = Zone::ALL
                .iter()
                .all(|&z| self.p[c][z.index()] <= 0.0 || !rules.may_leave(z, held, haven));
            if settled {
                self.next[c] = self.p[c];
                continue;
            }
            let mut around = [0.0; 4];
            for &nb in plan.grid.neighbours_of(c) {
                let q = &self.p[nb as usize];
                for z in 0..4 {
                    around[z] += q[z];
                }
            }
            let ctx = today.context(plan, c, around);
            let mut cell = self.p[c];
            let mut inflow: [(f64, Rule); 4] = [(0.0, Rule::LineAdvance); 4];
            for zone in Zone::ALL {
                let mass = self.p[c][zone.index()];
                if mass <= 0.0 {
                    continue;
                }
                for (rule, prob) in rules.outgoing(zone, &ctx) {
                    if prob <= 0.0 {
                        continue;
                    }
                    let to = destination(rule).index();
                    let moved = mass * prob;
                    cell[zone.index()] -= moved;
                    cell[to] += moved;
                    flows[zone.index()][to] += moved * plan.area_km2[c];
                    if moved > inflow[to].0 {
                        inflow[to] = (moved, rule);
                    }
                }
            }
            self.next[c] = cell;
            let now = likeliest_zone(&cell);
            if now != self.likeliest[c] {
                // Name the rule that moved the most probability into the new zone; if none did
                // (the old zone lost to a third one), the largest move of the day.
                let into_now = inflow[now.index()];
                let rule = if into_now.0 > 0.0 {
                    into_now.1
                } else {
                    inflow
                        .iter()
                        .fold(into_now, |best, x| if x.0 > best.0 { *x } else { best })
                        .1
                };
                changes.push(change(today.day, c, self.likeliest[c], now, rule));
                self.likeliest[c] = now;
            }
        }
        std::mem::swap(&mut self.p, &mut self.next);
    }

    fn set_gray(
        &mut self,
        plan: &Plan<'_>,
        c: usize,
        day: u32,
        flows: &mut Flows,
        changes: &mut Vec<CellChange>,
    ) {
        for (z, row) in flows.iter_mut().enumerate() {
            if z != Zone::Gray.index() {
                row[Zone::Gray.index()] += self.p[c][z] * plan.area_km2[c];
            }
        }
        self.p[c] = [0.0, 0.0, 1.0, 0.0];
        let gray = Zone::Gray;
        if self.likeliest[c] != gray {
            changes.push(change(day, c, self.likeliest[c], gray, Rule::LineAdvance));
            self.likeliest[c] = gray;
        }
    }

    fn push_zones(&self, out: &mut Vec<u8>) {
        out.extend(self.likeliest.iter().map(|&z| z as u8));
    }

    #[inline]
    fn weights(&self, c: usize) -> [f64; 4] {
        self.p[c]
    }

    fn push_probabilities(&self, out: &mut Vec<[f32; 4]>) {
        out.extend(self.p.iter().map(|p| p.map(|x| x as f32)));
    }
}

/// The drivers of every day of a run: its own timeline once a conditional event changed it,
/// else the plan's.
fn run_days<'a>(own: Option<&'a Rc<Timeline>>, plan: &'a Plan<'_>) -> &'a [DriverValues] {
    own.map_or(&plan.timeline.days, |t| &t.days)
}

/// `make` applied to each of `inputs`, called once per distinct `key` (the results are the
/// same, and the rules are worked out per governorate every day).
fn once_each<T, K: PartialEq, R: Copy + Default>(
    inputs: &[T; 5],
    key: impl Fn(&T) -> K,
    make: impl Fn(&T) -> R,
) -> [R; 5] {
    let mut out = [R::default(); 5];
    for g in 0..5 {
        out[g] = match (0..g).find(|&h| key(&inputs[h]) == key(&inputs[g])) {
            Some(h) => out[h],
            None => make(&inputs[g]),
        };
    }
    out
}

/// The most likely zone; ties go to the first in the order red, green, gray, blue.
pub(crate) fn likeliest_zone(p: &[f64; 4]) -> Zone {
    let mut best = Zone::Red;
    for zone in Zone::ALL {
        if p[zone.index()] > p[best.index()] {
            best = zone;
        }
    }
    best
}

fn change(day: u32, c: usize, from: Zone, to: Zone, rule: Rule) -> CellChange {
    CellChange {
        day,
        cell: CellId(c as u32),
        from,
        to,
        rule,
    }
}

/// What the rules saw for one cell on one day (see [`Plan::trace_cell`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CellDay {
    pub day: u32,
    /// Whether the rules ran that day (not on day 0).
    pub rules_applied: bool,
    /// The cell's weight in each zone when the rules applied, after the line moved: 0 or 1 in
    /// a stochastic run, probabilities in expected-value mode.
    pub before: [f64; 4],
    /// The same after the day's transitions.
    pub after: [f64; 4],
    /// Neighbour shares, the cell's own violence index, and its held and haven flags, as the
    /// rules saw them.
    pub context: CellContext,
    /// The rules' factors in the cell's governorate that day.
    pub factors: AreaFactors,
    /// The force's cover in the cell's governorate (0 where it is not deployed).
    pub force_cover: f64,
    /// Everyone in the governorates where the force is deployed: its troops are spread over them.
    pub people_where_deployed: f64,
    /// Extra incidents a week from strikes still lingering in the cell.
    pub strike_incidents_per_week: f64,
    /// Share of the cell's homes that can be lived in at the end of the day, after any
    /// rebuilding (model 2 on; `None` in model 1, which did not model homes): people go home
    /// only to these.
    pub habitable_share: Option<f64>,
}

/// One cell at the end of a day, as [`Plan::observe_cells`] shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CellState {
    /// Weight in each zone (red, green, gray, blue): 0 or 1 in a stochastic run, chances in
    /// expected-value mode.
    pub zone_weights: [f64; 4],
    /// Behind the line (or in the restricted zone beyond it).
    pub held: bool,
    /// The cell's residents living at home.
    pub at_home: f64,
    /// Displaced people (from anywhere) sheltering in the cell.
    pub sheltering: f64,
    /// Share of the cell's homes that can be lived in (model 2 on).
    pub habitable_share: Option<f64>,
}

/// Records what the rules saw during a replay: one cell every day, or every cell one day.
struct Probe {
    cells: Vec<usize>,
    /// The one day to record, or `None` for every day.
    day: Option<u32>,
    days: Vec<CellDay>,
}

impl Probe {
    fn records(&self, day: u32) -> bool {
        self.day.is_none_or(|d| d == day)
    }
}

struct Engine<'p, 'g, Z> {
    plan: &'p Plan<'g>,
    /// When explaining a cell: what the rules saw for it each day.
    probe: Option<Probe>,
    zones: Z,
    held: Vec<bool>,
    held_count: usize,
    haven: Vec<bool>,
    /// Extra incidents per week from recent strikes, per cell.
    strike_incidents_per_week: Vec<f64>,
    pulses: bool,
    at_home: Vec<f64>,
    sheltering: Vec<f64>,
    /// Model 2 on: the share of each cell's homes that can be lived in today (empty in model 1,
    /// where every home stands).
    habitable_share: Vec<f64>,
    /// People forced out today, not yet placed.
    newly_displaced: f64,
    returned_total: f64,
    shelter_weight: Vec<f64>,
    /// Whether any land was (possibly) blue at the end of the last day.
    any_blue: bool,
    /// Land and people by zone after the last shelter move.
    totals: DayRecord,
    /// The run's conditional events and, once one fired, its own timeline.
    milestones: MilestoneRun<'p>,
    /// Red land in each governorate after the last shelter move.
    red_km2: [f64; 5],
    /// Model 3: the armed group's strength in each governorate (its day-0 value before, where
    /// no rule reads it).
    armed_strength: [f64; 5],
    /// Model 3: where the week's violations happen, and their random stream.
    incidents: Option<Incidents>,
}

impl<'p, 'g, Z: ZoneField> Engine<'p, 'g, Z> {
    fn new(plan: &'p Plan<'g>, seed: u64) -> Self {
        let n = plan.grid.len();
        let held_count = plan.held_count(plan.timeline.days[0].line_share());
        let mut held = vec![false; n];
        for &c in &plan.line_order[..held_count] {
            held[c as usize] = true;
        }
        let initial: Vec<Zone> = held
            .iter()
            .map(|&h| if h { Zone::Gray } else { Zone::Red })
            .collect();
        let at_home_share = plan.params.get(Param::InitialAtHomeShare);
        let habitable_share = plan.habitable_share.clone().unwrap_or_default();
        let at_home: Vec<f64> = plan
            .home_residents
            .iter()
            .zip(&held)
            .enumerate()
            .map(|(c, (&h, &is_held))| {
                if is_held {
                    0.0
                } else {
                    // Nobody is at home in a home that does not stand.
                    habitable_share
                        .get(c)
                        .map_or(h * at_home_share, |&hab| (h * at_home_share).min(h * hab))
                }
            })
            .collect();
        let displaced = plan.home_residents.iter().sum::<f64>() - at_home.iter().sum::<f64>();
        let mut engine = Self {
            plan,
            probe: None,
            zones: Z::new(plan, &initial, seed),
            held,
            held_count,
            haven: vec![false; n],
            strike_incidents_per_week: vec![0.0; n],
            pulses: false,
            at_home,
            sheltering: vec![0.0; n],
            habitable_share,
            newly_displaced: displaced,
            returned_total: 0.0,
            shelter_weight: vec![0.0; n],
            any_blue: true,
            totals: DayRecord::default(),
            milestones: MilestoneRun::new(plan.milestones.as_deref()),
            red_km2: [0.0; 5],
            armed_strength: [plan.params.get(Param::ArmedStrengthInitial); 5],
            incidents: plan.model.has_dynamics().then(|| Incidents::new(n, seed)),
        };
        // Place the initially displaced at once, where shelter is.
        engine.move_sheltering(1.0, 1.0);
        engine
    }

    /// The drivers of `day` in this run: the plan's, or the run's own once a conditional
    /// event changed them.
    fn drivers(&self, day: u32) -> &DriverValues {
        &run_days(self.milestones.timeline.as_ref(), self.plan)[day as usize]
    }

    /// Advances to `day`, then checks the conditional events against the day's end; returns
    /// the land that changed zone, `[from][to]` in km².
    fn step(&mut self, day: u32, changes: &mut Vec<CellChange>) -> Flows {
        let flows = self.advance(day, changes);
        if self.plan.milestones.is_some() {
            let run_timeline = self.milestones.timeline.clone();
            let drivers = &run_days(run_timeline.as_ref(), self.plan)[day as usize];
            self.milestones.check(day, drivers, &self.totals);
        }
        flows
    }

    fn advance(&mut self, day: u32, changes: &mut Vec<CellChange>) -> Flows {
        let d = day as usize;
        let plan = self.plan;
        // A run-local timeline (a fired conditional event changed the drivers) is shared, not
        // copied, so that the day's drivers can be read while the engine changes.
        let run_timeline = self.milestones.timeline.clone();
        let drivers = &run_days(run_timeline.as_ref(), plan)[d];
        let mut flows = [[0.0; 4]; 4];
        if day > 0 {
            self.move_line(drivers.line_share(), day, &mut flows, changes);
        }
        for &c in &plan.havens[d] {
            self.haven[c as usize] = true;
        }
        for &(c, intensity) in &plan.strikes[d] {
            self.strike(c as usize, intensity);
        }
        for fired in self.milestones.take_due(day) {
            for &c in &fired.cells {
                match fired.action {
                    super::events::Action::Strike { .. } => {
                        self.strike(c as usize, fired.intensity);
                    }
                    _ => self.haven[c as usize] = true,
                }
            }
        }
        if day > 0 {
            self.incidents_of_the_day(drivers.violations_per_week);
        }
        if day == 0 {
            self.move_sheltering(1.0, 1.0);
            if let Some(probe) = &mut self.probe
                && probe.records(day)
            {
                for &c in &probe.cells {
                    let weights = self.zones.weights(c);
                    probe.days.push(CellDay {
                        before: weights,
                        after: weights,
                        habitable_share: self.habitable_share.get(c).copied(),
                        ..CellDay::default()
                    });
                }
            }
            return flows;
        }
        let (people_deployed, cover) = self.force_presence(drivers);
        if plan.model.has_dynamics() {
            self.update_armed_strength(drivers, cover);
        }
        let factors = self.area_factors(drivers, cover);
        let violence = violence_index(drivers.violations_per_week, &plan.params);
        // Governorates whose factors are the same (the force is there or not) share a table.
        let calm = once_each(&factors, |f| *f, |f| CalmRules::new(f, &plan.params));
        let today = Today {
            day,
            rules: calm.map(|c| c.at_violence(violence, &plan.params)),
            calm,
            violence,
            violations_per_week: drivers.violations_per_week,
            half_effect_per_week: plan.params.get(Param::ViolationsHalfEffectPerWeek),
            pulses: self.pulses,
            strike_incidents_per_week: &self.strike_incidents_per_week,
            held: &self.held,
            haven: &self.haven,
        };
        if let Some(probe) = &mut self.probe
            && probe.records(day)
        {
            for &c in &probe.cells {
                let g = usize::from(plan.governorate[c]);
                let mut context = today.context(plan, c, self.zones.around(plan, c));
                context.violence = today.violence_in(c);
                probe.days.push(CellDay {
                    day,
                    rules_applied: true,
                    before: self.zones.weights(c),
                    after: [0.0; 4],
                    context,
                    factors: factors[g],
                    force_cover: if drivers.is_deployed(Governorate::ALL[g]) {
                        cover
                    } else {
                        0.0
                    },
                    people_where_deployed: people_deployed,
                    strike_incidents_per_week: self.strike_incidents_per_week[c],
                    habitable_share: None,
                });
            }
        }
        self.zones.transitions(plan, &today, &mut flows, changes);
        if plan.model.has_dynamics() && !self.any_blue {
            // Model 3: people may go home on the day land first turns blue (before, from the
            // next day: the flag was only set by the shelter pass).
            self.any_blue = flows.iter().any(|row| row[Zone::Blue.index()] > 0.0);
        }
        if drivers.reconstruction_usd_bn_per_year > 0.0 && !self.habitable_share.is_empty() {
            self.rebuild(drivers.reconstruction_usd_bn_per_year);
        }
        if let Some(probe) = &mut self.probe
            && probe.records(day)
        {
            let first = probe.days.len().saturating_sub(probe.cells.len());
            for (rec, &c) in probe.days[first..].iter_mut().zip(&probe.cells) {
                rec.after = self.zones.weights(c);
                rec.habitable_share = self.habitable_share.get(c).copied();
            }
        }
        let staying = self.go_home();
        self.move_sheltering(staying, plan.params.get(Param::ShelterMoveSharePerDay));
        if self.pulses {
            self.fade_strikes();
        }
        flows
    }

    /// A strike (or, in model 3, an incident) of `intensity` in cell `c`: violence there rises,
    /// and some of the people at home flee.
    fn strike(&mut self, c: usize, intensity: f64) {
        let params = &self.plan.params;
        self.strike_incidents_per_week[c] += intensity * params.get(Param::StrikeIncidentsPerWeek);
        self.pulses = true;
        let leaving =
            self.at_home[c] * (params.get(Param::StrikeDisplacedShare) * intensity).clamp(0.0, 1.0);
        self.at_home[c] -= leaving;
        self.newly_displaced += leaving;
    }

    /// Model 3: the day's incidents, drawn in a stochastic run and as their mean otherwise.
    fn incidents_of_the_day(&mut self, violations_per_week: f64) {
        let Some(mut incidents) = self.incidents.take() else {
            return;
        };
        let params = &self.plan.params;
        let intensity = params.get(Param::IncidentIntensity);
        incidents.follow_line(
            self.plan.grid,
            &self.held,
            self.held_count,
            params.get(Param::IncidentDistanceScaleKm),
        );
        let per_day = violations_per_week.max(0.0) / 7.0;
        if Z::DRAWN {
            incidents.draw(per_day, |c, count| self.strike(c, intensity * count));
        } else {
            incidents.mean(per_day, |c, expected| self.strike(c, intensity * expected));
        }
        self.incidents = Some(incidents);
    }

    /// Model 3: the armed group's strength in each governorate moves toward full strength
    /// while its land is left alone, and falls under pressure to disarm (docs/MODEL.md).
    fn update_armed_strength(&mut self, drivers: &DriverValues, cover: f64) {
        let params = &self.plan.params;
        let shares = DriverShares::from_drivers(drivers, params);
        let aid_control =
            1.0 + params.get(Param::ArmedAidControlWeight) * shares.aid * (1.0 - shares.arab);
        let regrowth = params.get(Param::ArmedRegrowthPerDay);
        let decline = params.get(Param::ArmedDeclinePerDay);
        // The same pressure to disarm as the clearance rule reads.
        let pressure_formula = Formula::Pressure(Param::ForcedDisarmamentWeight);
        for (g, governorate) in Governorate::ALL.into_iter().enumerate() {
            let here = if drivers.is_deployed(governorate) {
                cover
            } else {
                0.0
            };
            let (enforcement, _) = force_shares(drivers.force_mandate, here, params);
            let pressure = pressure_formula.value(params, |input| match input {
                Input::Enforcement => enforcement,
                _ => shares.disarmament,
            });
            let land = self.plan.governorate_km2[g];
            let red = if land > 0.0 {
                (self.red_km2[g] / land).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let s = self.armed_strength[g];
            let growth = regrowth * red * (1.0 - s) * (1.0 - pressure) * aid_control;
            self.armed_strength[g] = (s + growth - decline * pressure * s).clamp(0.0, 1.0);
        }
    }

    fn fade_strikes(&mut self) {
        let fade = libm::exp2(-1.0 / self.plan.params.get(Param::StrikeHalfLifeDays));
        let mut any = false;
        for pulse in &mut self.strike_incidents_per_week {
            *pulse *= fade;
            // Below a hundredth of an incident a week a strike no longer matters (it moves the
            // violence index by less than 0.3%); dropping it lets settled days run fast.
            if *pulse < 1e-2 {
                *pulse = 0.0;
            }
            any |= *pulse > 0.0;
        }
        self.pulses = any;
    }

    /// The people where the force is deployed, and its cover there.
    fn force_presence(&self, drivers: &DriverValues) -> (f64, f64) {
        let deployed = Governorate::ALL.map(|g| drivers.is_deployed(g));
        // People where the force operates; anyone the line or a strike displaced this morning
        // is not yet placed and is left out for the day.
        let mut people_deployed = 0.0;
        if drivers.force_troops > 0.0 {
            let cells = self
                .at_home
                .iter()
                .zip(&self.sheltering)
                .zip(&self.plan.governorate);
            for ((home, sheltering), &g) in cells {
                if deployed[usize::from(g)] {
                    people_deployed += home + sheltering;
                }
            }
        }
        let cover = force_cover(drivers.force_troops, people_deployed, &self.plan.params);
        (people_deployed, cover)
    }

    /// The rules' factors in each governorate, given the force's cover where it is deployed.
    fn area_factors(&self, drivers: &DriverValues, cover: f64) -> [AreaFactors; 5] {
        let params = &self.plan.params;
        let shares = DriverShares::from_drivers(drivers, params);
        let model = self.plan.model;
        let here: [(f64, f64); 5] = std::array::from_fn(|g| {
            let deployed = drivers.is_deployed(Governorate::ALL[g]);
            (if deployed { cover } else { 0.0 }, self.armed_strength[g])
        });
        once_each(
            &here,
            |(h, s)| (h.to_bits(), s.to_bits()),
            |&(h, s)| {
                let inputs = AreaInputs::new(&shares, drivers.force_mandate, h, s, params);
                AreaFactors::new(&inputs, model, params)
            },
        )
    }

    fn move_line(
        &mut self,
        share: f64,
        day: u32,
        flows: &mut Flows,
        changes: &mut Vec<CellChange>,
    ) {
        let target = self.plan.held_count(share);
        if target < self.held_count {
            // Handed over: the cells keep their zone, now outside the line.
            for &c in &self.plan.line_order[target..self.held_count] {
                self.held[c as usize] = false;
            }
        }
        for k in self.held_count..target {
            let c = self.plan.line_order[k] as usize;
            self.held[c] = true;
            self.newly_displaced += self.at_home[c];
            self.at_home[c] = 0.0;
            self.zones.set_gray(self.plan, c, day, flows, changes);
        }
        self.held_count = target;
    }

    /// Model 2: reconstruction money makes homes habitable again, at [`Param::CostPerHomeUsd`]
    /// each, in gray and blue land outside the line (red land gets no reconstruction; havens are
    /// for relief), shared out by the homes still uninhabitable there.
    fn rebuild(&mut self, usd_bn_per_year: f64) {
        let plan = self.plan;
        let Some(units) = &plan.housing_units else {
            return;
        };
        let homes_per_day = usd_bn_per_year * 1e9 / plan.params.get(Param::CostPerHomeUsd) / 365.0;
        let mut total_need = 0.0;
        // The shelter-weight buffer is free until `move_sheltering` refills it later today:
        // borrowing it keeps runs free of allocation, as `go_home` does.
        let needs = &mut self.shelter_weight;
        for (c, need) in needs.iter_mut().enumerate() {
            let rebuildable = self.zones.weight(c, Zone::Gray) + self.zones.weight(c, Zone::Blue);
            *need = if self.held[c] {
                0.0
            } else {
                units[c] * (1.0 - self.habitable_share[c]) * rebuildable
            };
            total_need += *need;
        }
        if total_need <= 0.0 {
            return;
        }
        let per_need = (homes_per_day / total_need).min(1.0);
        for ((hab, &need), &u) in self.habitable_share.iter_mut().zip(needs.iter()).zip(units) {
            if need > 0.0 {
                *hab = (*hab + need * per_need / u).min(1.0);
            }
        }
    }

    /// Displaced residents of blue cells outside the line go home, a share each day. Returns
    /// the share of sheltering people who stay away (the rest went home), for the shelter move.
    fn go_home(&mut self) -> f64 {
        // Yesterday's total is still exact: nothing has moved sheltering people since.
        let displaced = self.totals.people_displaced;
        if !self.any_blue || displaced <= 0.0 {
            return 1.0;
        }
        let share = self.plan.params.get(Param::ReturnSharePerDay);
        // Reuse the shelter-weight buffer (recomputed before its next use) to keep runs free
        // of allocation.
        let mut goings = std::mem::take(&mut self.shelter_weight);
        let habitable = &self.habitable_share;
        let going = |c: usize, at_home: f64, home: f64, held: bool| {
            let blue = self.zones.weight(c, Zone::Blue);
            if blue <= 0.0 || held {
                0.0
            } else {
                // People go back only to homes that stand (model 2 on).
                let room = habitable.get(c).map_or(home, |&hab| home * hab);
                share * (room - at_home).max(0.0) * blue
            }
        };
        let cells = || {
            self.at_home
                .iter()
                .zip(self.plan.home_residents.iter().zip(&self.held))
                .enumerate()
        };
        let wanting: f64 = cells()
            .map(|(c, (&a, (&h, &held)))| going(c, a, h, held))
            .sum();
        if wanting <= 0.0 {
            self.shelter_weight = goings;
            return 1.0;
        }
        // Only people already sheltering can go home today (those displaced this morning are
        // not placed yet): scale everyone's return down rather than create people.
        let scale = (displaced / wanting).min(1.0);
        goings.clear();
        goings.extend(cells().map(|(c, (&a, (&h, &held)))| going(c, a, h, held) * scale));
        let mut returning = 0.0;
        for (at_home, &g) in self.at_home.iter_mut().zip(&goings) {
            *at_home += g;
            returning += g;
        }
        self.shelter_weight = goings;
        let returning = returning.min(displaced);
        self.returned_total += returning;
        1.0 - returning / displaced
    }

    /// Moves `rate` of the sheltering people, and everyone newly displaced, toward where
    /// shelter is: open land, havens weighted up, nobody behind the line except in havens.
    /// `staying` is the share not gone home today. As it touches every cell anyway, it also
    /// totals the day's land and people by zone.
    fn move_sheltering(&mut self, staying: f64, rate: f64) {
        let plan = self.plan;
        let haven_weight = plan.params.get(Param::ShelterHavenWeight);
        let mut total_weight = 0.0;
        let mut moving = std::mem::take(&mut self.newly_displaced);
        let tent_people_per_km2 = plan.params.get(Param::TentPeoplePerKm2);
        let habitable = &self.habitable_share;
        let cells = self
            .sheltering
            .iter_mut()
            .zip(self.shelter_weight.iter_mut())
            .zip(plan.area_km2.iter().zip(&self.held));
        for (c, ((s, weight), (&area, &held))) in cells.enumerate() {
            let green = self.zones.weight(c, Zone::Green);
            let open = if held { green } else { 1.0 };
            *s *= staying;
            let base = match habitable.get(c) {
                // Model 1: shelter wherever there is land.
                None => area,
                // Model 2: the room left in standing homes and in tents on open land, after
                // the residents at home and those staying on; sharing the movers out by room
                // fills no cell past it while the Strip as a whole has room.
                Some(&hab) => {
                    let stayers = *s * (1.0 - rate);
                    let room = plan.home_residents[c] * hab + tent_people_per_km2 * area;
                    (room - self.at_home[c] - stayers).max(0.0)
                }
            };
            let w = base * (1.0 + (haven_weight - 1.0) * green) * open;
            *weight = w;
            total_weight += w;
            let leaving = if w > 0.0 { *s * rate } else { *s };
            *s -= leaving;
            moving += leaving;
        }
        if total_weight <= 0.0 {
            // The whole Strip is held and there are no havens: with nowhere open, people
            // spread over all land by area rather than vanish.
            self.shelter_weight.copy_from_slice(&plan.area_km2);
            total_weight = plan.total_km2;
        }
        let per_weight = moving / total_weight;
        // Sums kept in locals with fixed indices so that they stay in registers; the order of
        // addition is fixed, so results are the same on every machine.
        let (mut area_km2, mut people) = ([0.0; 4], [0.0; 4]);
        let (mut held_km2, mut displaced) = (0.0, 0.0);
        // The held gray land is reported apart from gray (model::category); kept beside the
        // zone sums, which it leaves as they were.
        let (mut held_gray_km2, mut held_gray_people) = (0.0, 0.0);
        let mut red_km2 = [0.0; 5];
        let cells = self.sheltering.iter_mut().zip(&self.shelter_weight).zip(
            self.at_home
                .iter()
                .zip(plan.area_km2.iter().zip(&self.held)),
        );
        for (c, ((s, &w), (&home, (&area, &held)))) in cells.enumerate() {
            *s += per_weight * w;
            let here = home + *s;
            let z = self.zones.weights(c);
            for k in 0..4 {
                area_km2[k] += z[k] * area;
                people[k] += z[k] * here;
            }
            if held {
                held_km2 += area;
                held_gray_km2 += z[Zone::Gray.index()] * area;
                held_gray_people += z[Zone::Gray.index()] * here;
            }
            displaced += *s;
            red_km2[usize::from(plan.governorate[c])] += z[Zone::Red.index()] * area;
        }
        self.red_km2 = red_km2;
        self.any_blue = area_km2[Zone::Blue.index()] > 0.0;
        self.totals = DayRecord {
            area_km2,
            people,
            held_km2,
            held_gray_km2,
            held_gray_people,
            people_displaced: displaced,
            ..DayRecord::default()
        };
    }

    /// The day's record: the totals of the last shelter move, with today's flows and returns.
    fn record(&self, flows: Flows) -> DayRecord {
        DayRecord {
            flows_km2: flows,
            people_returned: self.returned_total,
            ..self.totals
        }
    }

    fn push_zones(&self, out: &mut Vec<u8>) {
        self.zones.push_zones(out);
    }
}
