//! The engine: steps the Strip forward one day at a time, in either mode.
//!
//! Order within a day `d` (for `d >= 1`): the day's drivers apply; the withdrawal line moves
//! (cells it advances over turn gray and their residents leave); havens and strikes of the
//! day take effect; every cell draws (or, in expected-value mode, spreads) its zone change
//! from yesterday's neighbourhood; people go home to blue cells and the displaced move toward
//! shelter; strike effects fade. Day 0 is the starting state with day-0 events applied.

use serde::{Deserialize, Serialize};

use super::drivers::DriverValues;
use super::events::{Area, Event};
use super::output::{CellChange, DayRecord, RunOutput};
use super::params::{Param, Parameters};
use super::population::home_residents;
use super::rng::{Uniform, run_seed};
use super::rules::{
    AreaFactors, CellContext, DriverShares, Rule, destination, force_cover, outgoing,
    violence_index,
};
use super::timeline::Timeline;
use super::zone::Zone;
use crate::geo::{Governorate, Grid};

/// How transitions are taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Each cell carries the probability of each zone; no randomness (mean-field).
    #[default]
    Expected,
    /// Each cell is in one zone and draws its changes from a seeded random stream.
    Stochastic,
}

/// Everything a run needs besides the mode and seed.
#[derive(Clone, Debug)]
pub struct Inputs {
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
    home: Vec<f64>,
    /// Cells in the order the line takes them as the held share grows (east first).
    line_order: Vec<u32>,
    line_cumulative_km2: Vec<f64>,
    total_km2: f64,
    governorate: Vec<u8>,
    area_km2: Vec<f64>,
    inv_neighbour_count: Vec<f64>,
    /// Per day: `(cell, intensity)` of each strike.
    strikes: Vec<Vec<(u32, f64)>>,
    /// Per day: cells declared havens.
    havens: Vec<Vec<u32>>,
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
        let depth_factor = |g: Governorate| {
            params.get(match g {
                Governorate::NorthGaza => Param::LineDepthNorthGaza,
                Governorate::Gaza => Param::LineDepthGaza,
                Governorate::DeirAlBalah => Param::LineDepthDeirAlBalah,
                Governorate::KhanYunis => Param::LineDepthKhanYunis,
                Governorate::Rafah => Param::LineDepthRafah,
            })
        };
        let mut line_order: Vec<u32> = (0..grid.len()).map(|c| c as u32).collect();
        let reach = |c: &u32| {
            let cell = &grid.cells[*c as usize];
            cell.depth_from_east_km / depth_factor(cell.governorate)
        };
        line_order.sort_by(|a, b| reach(a).total_cmp(&reach(b)).then(a.cmp(b)));
        let mut sum = 0.0;
        let line_cumulative_km2 = line_order
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
        Self {
            grid,
            horizon_days: inputs.horizon_days,
            timeline,
            home: home_residents(grid),
            line_order,
            line_cumulative_km2,
            total_km2: grid.total_area_km2(),
            governorate: grid
                .cells
                .iter()
                .map(|c| c.governorate.index() as u8)
                .collect(),
            area_km2: grid.cells.iter().map(|c| c.area_km2).collect(),
            inv_neighbour_count: (0..grid.len())
                .map(|c| 1.0 / grid.neighbours_of(c).len().max(1) as f64)
                .collect(),
            strikes,
            havens,
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

    /// One run.
    #[must_use]
    pub fn run(&self, mode: Mode, seed: u64, record: Record) -> RunOutput {
        self.run_numbered(mode, seed, 0, record)
    }

    /// Run number `run` of an ensemble seeded with `seed`; the same whoever computes it.
    #[must_use]
    pub fn run_numbered(&self, mode: Mode, seed: u64, run: u64, record: Record) -> RunOutput {
        let mut engine = Engine::new(self, mode, run_seed(seed, run));
        let days = self.horizon_days as usize + 1;
        let mut out = RunOutput {
            days: Vec::with_capacity(days),
            cell_count: self.grid.len(),
            ..RunOutput::default()
        };
        if record == Record::Cells {
            out.cell_zones.reserve(days * self.grid.len());
        }
        for day in 0..=self.horizon_days {
            let flows = engine.step(day, &mut out.changes);
            out.days.push(engine.record(flows));
            if record == Record::Cells {
                engine.push_zones(&mut out.cell_zones);
            }
        }
        out.final_blue = (0..self.grid.len())
            .map(|c| engine.zones.weights(c)[Zone::Blue.index()])
            .collect();
        out
    }
}

fn resolve_area(grid: &Grid, area: &Area) -> Vec<u32> {
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

/// Zone state: one zone per cell, or a probability per zone per cell.
enum Zones {
    Stochastic {
        zone: Vec<u8>,
        /// Per cell, how many neighbours are in each zone.
        counts: Vec<[u8; 4]>,
        uniform: Uniform,
    },
    Expected {
        p: Vec<[f64; 4]>,
        next: Vec<[f64; 4]>,
        likeliest: Vec<u8>,
    },
}

impl Zones {
    fn weights(&self, c: usize) -> [f64; 4] {
        match self {
            Self::Stochastic { zone, .. } => {
                let mut w = [0.0; 4];
                w[usize::from(zone[c])] = 1.0;
                w
            }
            Self::Expected { p, .. } => p[c],
        }
    }
}

fn likeliest_zone(p: &[f64; 4]) -> u8 {
    let mut best = 0;
    for z in 1..4 {
        if p[z] > p[best] {
            best = z;
        }
    }
    best as u8
}

struct Engine<'p, 'g> {
    plan: &'p Plan<'g>,
    zones: Zones,
    held: Vec<bool>,
    held_count: usize,
    haven: Vec<bool>,
    /// Extra incidents per week from recent strikes, per cell.
    strike_pulse: Vec<f64>,
    at_home: Vec<f64>,
    sheltering: Vec<f64>,
    /// People forced out today, not yet placed.
    newly_displaced: f64,
    returned_total: f64,
    weights_scratch: Vec<f64>,
}

impl<'p, 'g> Engine<'p, 'g> {
    fn new(plan: &'p Plan<'g>, mode: Mode, seed: u64) -> Self {
        let n = plan.grid.len();
        let day0 = &plan.timeline.days[0];
        let held_count = plan.held_count(day0.held_share);
        let mut held = vec![false; n];
        for &c in &plan.line_order[..held_count] {
            held[c as usize] = true;
        }
        let zone: Vec<u8> = held
            .iter()
            .map(|&h| if h { Zone::Gray as u8 } else { Zone::Red as u8 })
            .collect();
        let zones = match mode {
            Mode::Stochastic => {
                let mut counts = vec![[0u8; 4]; n];
                for (c, count) in counts.iter_mut().enumerate() {
                    for &nb in plan.grid.neighbours_of(c) {
                        count[usize::from(zone[nb as usize])] += 1;
                    }
                }
                Zones::Stochastic {
                    zone,
                    counts,
                    uniform: Uniform::new(seed),
                }
            }
            Mode::Expected => {
                let p: Vec<[f64; 4]> = zone
                    .iter()
                    .map(|&z| {
                        let mut p = [0.0; 4];
                        p[usize::from(z)] = 1.0;
                        p
                    })
                    .collect();
                Zones::Expected {
                    next: p.clone(),
                    p,
                    likeliest: zone,
                }
            }
        };
        let at_home_share = plan.params.get(Param::InitialAtHomeShare);
        let at_home: Vec<f64> = plan
            .home
            .iter()
            .zip(&held)
            .map(|(&h, &is_held)| if is_held { 0.0 } else { h * at_home_share })
            .collect();
        let displaced = plan.home.iter().sum::<f64>() - at_home.iter().sum::<f64>();
        let mut engine = Self {
            plan,
            zones,
            held,
            held_count,
            haven: vec![false; n],
            strike_pulse: vec![0.0; n],
            at_home,
            sheltering: vec![0.0; n],
            newly_displaced: displaced,
            returned_total: 0.0,
            weights_scratch: vec![0.0; n],
        };
        // Place the initially displaced at once, where shelter is.
        engine.move_sheltering(1.0);
        engine
    }

    /// Advances to `day`; returns the land that changed zone, `[from][to]` in km².
    fn step(&mut self, day: u32, changes: &mut Vec<CellChange>) -> [[f64; 4]; 4] {
        let d = day as usize;
        let drivers = &self.plan.timeline.days[d];
        let mut flows = [[0.0; 4]; 4];
        if day > 0 {
            self.move_line(drivers.held_share, day, &mut flows, changes);
        }
        for &c in &self.plan.havens[d] {
            self.haven[c as usize] = true;
        }
        let strike_incidents = self.plan.params.get(Param::StrikeIncidentsPerWeek);
        let strike_displaced = self.plan.params.get(Param::StrikeDisplacedShare);
        for &(c, intensity) in &self.plan.strikes[d] {
            let c = c as usize;
            self.strike_pulse[c] += intensity * strike_incidents;
            let leaving = self.at_home[c] * (strike_displaced * intensity).clamp(0.0, 1.0);
            self.at_home[c] -= leaving;
            self.newly_displaced += leaving;
        }
        if day == 0 {
            self.move_sheltering(1.0);
            return flows;
        }
        let factors = self.area_factors(drivers);
        self.transitions(day, drivers, &factors, &mut flows, changes);
        self.go_home();
        self.move_sheltering(self.plan.params.get(Param::ShelterMoveSharePerDay));
        let fade = libm::exp2(-1.0 / self.plan.params.get(Param::StrikeHalfLifeDays));
        for pulse in &mut self.strike_pulse {
            *pulse *= fade;
        }
        flows
    }

    fn area_factors(&self, drivers: &DriverValues) -> [AreaFactors; 5] {
        let params = &self.plan.params;
        let shares = DriverShares::from_drivers(drivers, params);
        let people_deployed: f64 = (0..self.plan.grid.len())
            .filter(|&c| {
                drivers.is_deployed(Governorate::ALL[usize::from(self.plan.governorate[c])])
            })
            .map(|c| self.at_home[c] + self.sheltering[c])
            .sum();
        let cover = force_cover(drivers.force_troops, people_deployed, params);
        Governorate::ALL.map(|g| {
            let here = if drivers.is_deployed(g) { cover } else { 0.0 };
            AreaFactors::new(&shares, drivers.force_mandate, here, params)
        })
    }

    fn move_line(
        &mut self,
        share: f64,
        day: u32,
        flows: &mut [[f64; 4]; 4],
        changes: &mut Vec<CellChange>,
    ) {
        let target = self.plan.held_count(share);
        if target < self.held_count {
            // Handed over: the cells stay as they are, now outside the line.
            for &c in &self.plan.line_order[target..self.held_count] {
                self.held[c as usize] = false;
            }
        }
        for k in self.held_count..target {
            let c = self.plan.line_order[k] as usize;
            self.held[c] = true;
            self.newly_displaced += self.at_home[c];
            self.at_home[c] = 0.0;
            self.set_gray(c, day, flows, changes);
        }
        self.held_count = target;
    }

    fn set_gray(
        &mut self,
        c: usize,
        day: u32,
        flows: &mut [[f64; 4]; 4],
        changes: &mut Vec<CellChange>,
    ) {
        let area = self.plan.area_km2[c];
        let gray = Zone::Gray as u8;
        match &mut self.zones {
            Zones::Stochastic { zone, counts, .. } => {
                let from = zone[c];
                if from != gray {
                    flows[usize::from(from)][Zone::Gray.index()] += area;
                    change_zone(self.plan.grid, zone, counts, c, gray);
                    changes.push(change(day, c, from, gray, Rule::LineAdvance));
                }
            }
            Zones::Expected { p, likeliest, .. } => {
                for (z, row) in flows.iter_mut().enumerate() {
                    if z != Zone::Gray.index() {
                        row[Zone::Gray.index()] += p[c][z] * area;
                    }
                }
                p[c] = [0.0, 0.0, 1.0, 0.0];
                if likeliest[c] != gray {
                    changes.push(change(day, c, likeliest[c], gray, Rule::LineAdvance));
                    likeliest[c] = gray;
                }
            }
        }
    }

    fn cell_context(
        &self,
        c: usize,
        violations_per_week: f64,
        neighbours: [f64; 4],
    ) -> CellContext {
        let inv = self.plan.inv_neighbour_count[c];
        CellContext {
            red_neighbours: neighbours[Zone::Red.index()] * inv,
            secured_neighbours: (neighbours[Zone::Gray.index()] + neighbours[Zone::Blue.index()])
                * inv,
            blue_neighbours: neighbours[Zone::Blue.index()] * inv,
            violence: violence_index(
                violations_per_week + self.strike_pulse[c],
                &self.plan.params,
            ),
            held: self.held[c],
            haven: self.haven[c],
        }
    }

    fn transitions(
        &mut self,
        day: u32,
        drivers: &DriverValues,
        factors: &[AreaFactors; 5],
        flows: &mut [[f64; 4]; 4],
        changes: &mut Vec<CellChange>,
    ) {
        let plan = self.plan;
        let violations = drivers.violations_per_week;
        let mut zones = std::mem::replace(
            &mut self.zones,
            Zones::Expected {
                p: Vec::new(),
                next: Vec::new(),
                likeliest: Vec::new(),
            },
        );
        match &mut zones {
            Zones::Stochastic {
                zone,
                counts,
                uniform,
            } => {
                let mut todays: Vec<(usize, u8, Rule)> = Vec::new();
                for c in 0..plan.grid.len() {
                    let count = counts[c].map(f64::from);
                    let ctx = self.cell_context(c, violations, count);
                    let z = Zone::from_index(usize::from(zone[c]));
                    let f = &factors[usize::from(plan.governorate[c])];
                    let out = outgoing(z, &ctx, f, &plan.params);
                    if out[0].1 + out[1].1 <= 0.0 {
                        continue;
                    }
                    let u = uniform.next_f64();
                    let picked = if u < out[0].1 {
                        Some(out[0].0)
                    } else if u < out[0].1 + out[1].1 {
                        Some(out[1].0)
                    } else {
                        None
                    };
                    if let Some(rule) = picked {
                        todays.push((c, destination(rule) as u8, rule));
                    }
                }
                for (c, to, rule) in todays {
                    let from = zone[c];
                    flows[usize::from(from)][usize::from(to)] += plan.area_km2[c];
                    change_zone(plan.grid, zone, counts, c, to);
                    changes.push(change(day, c, from, to, rule));
                }
            }
            Zones::Expected { p, next, likeliest } => {
                for c in 0..plan.grid.len() {
                    let mut around = [0.0; 4];
                    for &nb in plan.grid.neighbours_of(c) {
                        let q = &p[nb as usize];
                        for z in 0..4 {
                            around[z] += q[z];
                        }
                    }
                    let ctx = self.cell_context(c, violations, around);
                    let f = &factors[usize::from(plan.governorate[c])];
                    let mut cell = p[c];
                    let mut inflow: [(f64, Rule); 4] = [(0.0, Rule::LineAdvance); 4];
                    for z in Zone::ALL {
                        let mass = p[c][z.index()];
                        if mass <= 0.0 {
                            continue;
                        }
                        for (rule, prob) in outgoing(z, &ctx, f, &plan.params) {
                            if prob <= 0.0 {
                                continue;
                            }
                            let to = destination(rule).index();
                            let moved = mass * prob;
                            cell[z.index()] -= moved;
                            cell[to] += moved;
                            flows[z.index()][to] += moved * plan.area_km2[c];
                            if moved > inflow[to].0 {
                                inflow[to] = (moved, rule);
                            }
                        }
                    }
                    next[c] = cell;
                    let now = likeliest_zone(&cell);
                    if now != likeliest[c] {
                        changes.push(change(
                            day,
                            c,
                            likeliest[c],
                            now,
                            inflow[usize::from(now)].1,
                        ));
                        likeliest[c] = now;
                    }
                }
                std::mem::swap(p, next);
            }
        }
        self.zones = zones;
    }

    /// Displaced residents of blue cells outside the line go home, a share each day.
    fn go_home(&mut self) {
        let share = self.plan.params.get(Param::ReturnSharePerDay);
        let displaced: f64 = self.sheltering.iter().sum();
        if displaced <= 0.0 {
            return;
        }
        let mut returning = 0.0;
        for c in 0..self.plan.grid.len() {
            if self.held[c] {
                continue;
            }
            let blue = self.zones.weights(c)[Zone::Blue.index()];
            let away = (self.plan.home[c] - self.at_home[c]).max(0.0);
            let going = share * away * blue;
            self.at_home[c] += going;
            returning += going;
        }
        let returning = returning.min(displaced);
        let keep = 1.0 - returning / displaced;
        for s in &mut self.sheltering {
            *s *= keep;
        }
        self.returned_total += returning;
    }

    /// Moves `rate` of the sheltering people, and everyone newly displaced, toward where
    /// shelter is: open land, havens weighted up, nobody behind the line except in havens.
    fn move_sheltering(&mut self, rate: f64) {
        let haven_weight = self.plan.params.get(Param::ShelterHavenWeight);
        let mut total_weight = 0.0;
        for c in 0..self.plan.grid.len() {
            let green = self.zones.weights(c)[Zone::Green.index()];
            let open = if self.held[c] { green } else { 1.0 };
            let w = self.plan.area_km2[c] * (1.0 + (haven_weight - 1.0) * green) * open;
            self.weights_scratch[c] = w;
            total_weight += w;
        }
        if total_weight <= 0.0 {
            // The whole Strip is held and there are no havens: people stay where they are.
            self.weights_scratch.copy_from_slice(&self.plan.area_km2);
            total_weight = self.plan.total_km2;
        }
        let mut moving = std::mem::take(&mut self.newly_displaced);
        for (s, &w) in self.sheltering.iter_mut().zip(&self.weights_scratch) {
            let leaving = if w > 0.0 { *s * rate } else { *s };
            *s -= leaving;
            moving += leaving;
        }
        for (s, &w) in self.sheltering.iter_mut().zip(&self.weights_scratch) {
            *s += moving * w / total_weight;
        }
    }

    fn record(&self, flows: [[f64; 4]; 4]) -> DayRecord {
        let mut day = DayRecord {
            flows_km2: flows,
            people_returned: self.returned_total,
            ..DayRecord::default()
        };
        for c in 0..self.plan.grid.len() {
            let w = self.zones.weights(c);
            let area = self.plan.area_km2[c];
            let people = self.at_home[c] + self.sheltering[c];
            for z in 0..4 {
                day.area_km2[z] += w[z] * area;
                day.people[z] += w[z] * people;
            }
            if self.held[c] {
                day.held_km2 += area;
            }
            day.people_displaced += self.sheltering[c];
        }
        day
    }

    fn push_zones(&self, out: &mut Vec<u8>) {
        match &self.zones {
            Zones::Stochastic { zone, .. } => out.extend_from_slice(zone),
            Zones::Expected { likeliest, .. } => out.extend_from_slice(likeliest),
        }
    }
}

fn change(day: u32, c: usize, from: u8, to: u8, rule: Rule) -> CellChange {
    CellChange {
        day,
        cell: c as u32,
        from: Zone::from_index(usize::from(from)),
        to: Zone::from_index(usize::from(to)),
        rule,
    }
}

fn change_zone(grid: &Grid, zone: &mut [u8], counts: &mut [[u8; 4]], c: usize, to: u8) {
    let from = zone[c];
    zone[c] = to;
    for &nb in grid.neighbours_of(c) {
        let count = &mut counts[nb as usize];
        count[usize::from(from)] -= 1;
        count[usize::from(to)] += 1;
    }
}
