//! Model 3: the week's violations as incidents at places near the line (docs/MODEL.md).
//!
//! A stochastic run draws how many incidents happen each day (Poisson, mean violations per
//! week / 7) and where (a cell outside the line, weighted by its distance from held land),
//! from a random stream of its own, so that the zone draws of a run keep their stream. An
//! expected-value run takes the mean: every cell gets its expected share of the day's
//! incidents. Each incident then acts as a strike of [`Param::IncidentIntensity`].
//!
//! [`Param::IncidentIntensity`]: super::params::Param::IncidentIntensity

use std::collections::VecDeque;

use super::rng::Uniform;
use crate::geo::Grid;

/// Seeds the incidents' stream from the run's seed: any fixed odd constant gives a stream
/// unrelated to the zone draws (xoshiro's state is filled by `SplitMix64` from the seed).
const INCIDENT_STREAM: u64 = 0xD1B5_4A32_D192_ED03;

/// More incidents than this in one day are not drawn: the Poisson tail is cut where its
/// chance is nil for any rate a driver allows, so that a hostile rate cannot hang a run.
const MAX_INCIDENTS_PER_DAY: u32 = 1_000;

/// Where incidents happen and the stream that places them.
pub struct Incidents {
    /// Each cell's weight: 0 behind the line and beyond the cut-off.
    weights: Vec<f64>,
    total_weight: f64,
    /// The held cells the weights were worked out for (the line moves rarely).
    for_held_count: Option<usize>,
    stream: Uniform,
    hops: Vec<u32>,
    queue: VecDeque<u32>,
}

impl Incidents {
    #[must_use]
    pub fn new(cells: usize, run_seed: u64) -> Self {
        Self {
            weights: vec![0.0; cells],
            total_weight: 0.0,
            for_held_count: None,
            stream: Uniform::new(run_seed ^ INCIDENT_STREAM),
            hops: vec![u32::MAX; cells],
            queue: VecDeque::with_capacity(cells),
        }
    }

    /// Works the weights out again if the line has moved since: `exp(-distance / scale)` for
    /// cells outside the line within three scales of held land, the distance in grid steps
    /// (8 neighbours) times the cell size; every open cell alike when nothing is held.
    pub fn follow_line(&mut self, grid: &Grid, held: &[bool], held_count: usize, scale_km: f64) {
        if self.for_held_count == Some(held_count) {
            return;
        }
        self.for_held_count = Some(held_count);
        self.hops.fill(u32::MAX);
        self.queue.clear();
        for (c, &is_held) in held.iter().enumerate() {
            if is_held {
                self.hops[c] = 0;
                self.queue.push_back(c as u32);
            }
        }
        while let Some(c) = self.queue.pop_front() {
            let next = self.hops[c as usize] + 1;
            for &nb in grid.neighbours_of(c as usize) {
                if self.hops[nb as usize] == u32::MAX {
                    self.hops[nb as usize] = next;
                    self.queue.push_back(nb);
                }
            }
        }
        let nothing_held = held_count == 0;
        let cut_off_km = 3.0 * scale_km;
        self.total_weight = 0.0;
        for (c, weight) in self.weights.iter_mut().enumerate() {
            let distance_km = f64::from(self.hops[c]) * grid.cell_km;
            *weight = if held[c] {
                0.0
            } else if nothing_held {
                1.0
            } else if self.hops[c] == u32::MAX || distance_km > cut_off_km {
                0.0
            } else {
                libm::exp(-distance_km / scale_km)
            };
            self.total_weight += *weight;
        }
    }

    /// Expected-value mode: each cell's expected number of today's incidents, given to `hit`
    /// in cell order.
    pub fn mean(&self, per_day: f64, mut hit: impl FnMut(usize, f64)) {
        if per_day <= 0.0 || self.total_weight <= 0.0 {
            return;
        }
        let per_weight = per_day / self.total_weight;
        for (c, &w) in self.weights.iter().enumerate() {
            if w > 0.0 {
                hit(c, w * per_weight);
            }
        }
    }

    /// Stochastic mode: draws today's incidents and gives `hit` the cell of each, one at a
    /// time (a cell hit twice is given twice).
    pub fn draw(&mut self, per_day: f64, mut hit: impl FnMut(usize, f64)) {
        if per_day <= 0.0 || self.total_weight <= 0.0 {
            return;
        }
        let count = self.poisson(per_day);
        for _ in 0..count {
            let target = self.stream.next_f64() * self.total_weight;
            if let Some(c) = self.cell_at(target) {
                hit(c, 1.0);
            }
        }
    }

    /// Knuth's multiplication method: exact for the small means violations give, and it uses
    /// only the stream's uniforms, so every machine draws the same counts.
    fn poisson(&mut self, mean: f64) -> u32 {
        let floor = libm::exp(-mean);
        let mut product = self.stream.next_f64();
        let mut count = 0;
        while product > floor && count < MAX_INCIDENTS_PER_DAY {
            product *= self.stream.next_f64();
            count += 1;
        }
        count
    }

    /// The cell where the running sum of weights, in cell order, passes `target`.
    fn cell_at(&self, target: f64) -> Option<usize> {
        let mut sum = 0.0;
        let mut last = None;
        for (c, &w) in self.weights.iter().enumerate() {
            if w > 0.0 {
                sum += w;
                last = Some(c);
                if target < sum {
                    return Some(c);
                }
            }
        }
        // Rounding can leave `target` a hair above the sum: the last cell takes it.
        last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incidents_stay_near_held_land_and_off_it() {
        let grid = Grid::strip();
        let mut held = vec![false; grid.len()];
        // Hold the first ten cells.
        held[..10].fill(true);
        let mut incidents = Incidents::new(grid.len(), 7);
        incidents.follow_line(grid, &held, 10, 2.0);
        let mut hits = vec![0u32; grid.len()];
        for _ in 0..2_000 {
            incidents.draw(1.0, |c, n| hits[c] += n as u32);
        }
        assert!(held.iter().zip(&hits).all(|(&h, &n)| !h || n == 0));
        let total: u32 = hits.iter().sum();
        assert!((1_850..=2_150).contains(&total), "about one a day: {total}");
        for (c, &n) in hits.iter().enumerate() {
            if n > 0 {
                assert!(
                    f64::from(incidents.hops[c]) * grid.cell_km <= 6.0,
                    "cell {c}"
                );
            }
        }
    }

    #[test]
    fn the_mean_spreads_the_days_incidents_over_the_cells() {
        let grid = Grid::strip();
        let held = vec![false; grid.len()];
        let mut incidents = Incidents::new(grid.len(), 1);
        incidents.follow_line(grid, &held, 0, 2.0);
        let mut total = 0.0;
        incidents.mean(0.5, |_, e| total += e);
        assert!((total - 0.5).abs() < 1e-12);
    }
}
