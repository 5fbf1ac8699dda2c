//! What a run produces: daily totals, each cell's zone, the changes, and summary indicators.

use serde::Serialize;

use super::category::Category;
use super::rules::Rule;
use super::zone::Zone;
use crate::geo::CellId;

/// The zone-to-zone changes the rules allow, as `(from, to)`: the flows worth reporting.
pub const FLOWS: [(Zone, Zone); 8] = [
    (Zone::Red, Zone::Gray),
    (Zone::Red, Zone::Green),
    (Zone::Gray, Zone::Green),
    (Zone::Green, Zone::Gray),
    (Zone::Gray, Zone::Blue),
    (Zone::Blue, Zone::Gray),
    (Zone::Gray, Zone::Red),
    (Zone::Green, Zone::Red),
];

/// Totals on one day. Indexed by [`Zone::index`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct DayRecord {
    pub area_km2: [f64; 4],
    pub people: [f64; 4],
    /// Land behind the withdrawal line (counted in its zone too).
    pub held_km2: f64,
    /// The gray part of that land and the people in it (also counted in gray): the held
    /// category of [`DayRecord::reported`].
    pub held_gray_km2: f64,
    pub held_gray_people: f64,
    /// People away from home, sheltering elsewhere.
    pub people_displaced: f64,
    /// People who have gone home to a blue cell since day 0.
    pub people_returned: f64,
    /// Land that changed zone today: `flows_km2[from][to]`.
    pub flows_km2: [[f64; 4]; 4],
}

/// One cell changing zone. In expected-value mode, the day its most likely zone changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CellChange {
    pub day: u32,
    pub cell: CellId,
    pub from: Zone,
    pub to: Zone,
    pub rule: Rule,
}

/// A whole run.
#[derive(Clone, Debug, Default)]
pub struct RunOutput {
    /// Days `0..=horizon`.
    pub days: Vec<DayRecord>,
    /// Each cell's (most likely) zone on each day, day-major; empty unless asked for.
    pub cell_zones: Vec<u8>,
    /// People present in each cell on each day, day-major, when cell zones are recorded;
    /// single precision is plenty for display.
    pub cell_people: Vec<f32>,
    /// In expected-value runs with cells recorded: each cell's zone probabilities each day.
    pub cell_probabilities: Vec<[f32; 4]>,
    /// Each cell's chance of being blue on the last day (0 or 1 in a stochastic run).
    pub final_blue: Vec<f64>,
    pub changes: Vec<CellChange>,
    pub cell_count: usize,
    /// Each cell's place in the order the withdrawal line takes cells (0 = first held).
    pub line_rank: Vec<u32>,
    /// How many cells are held on each day: cell `c` is held when `line_rank[c]` is below.
    pub held_count: Vec<u32>,
    /// Where the restricted zone beyond the held area starts each day: a held cell whose
    /// `line_rank` is at least this lies in it (equal to `held_count` when there is none).
    pub restricted_from: Vec<u32>,
    /// Conditional events that fired, as `(index in the scenario's events, day its action
    /// applied)`, in firing order; a repeating event appears once per firing.
    pub fired: Vec<(usize, u32)>,
    /// The day each cell was first declared a haven (`u32::MAX`: never).
    pub haven_declared_on: Vec<u32>,
}

impl RunOutput {
    /// A cell's zone on a day, when cell zones were recorded.
    #[must_use]
    pub fn zone_of(&self, day: usize, cell: usize) -> Option<Zone> {
        self.cell_zones
            .get(day * self.cell_count + cell)
            .and_then(|&z| Zone::from_index(usize::from(z)))
    }

    /// A cell's zone probabilities on a day: recorded ones in expected-value runs, or
    /// certainty of its zone in stochastic runs.
    #[must_use]
    pub fn probabilities(&self, day: usize, cell: usize) -> Option<[f32; 4]> {
        if let Some(p) = self.cell_probabilities.get(day * self.cell_count + cell) {
            return Some(*p);
        }
        self.zone_of(day, cell).map(|z| {
            let mut p = [0.0; 4];
            p[z.index()] = 1.0;
            p
        })
    }

    /// Whether a cell lies behind the withdrawal line on a day.
    #[must_use]
    pub fn is_held(&self, day: usize, cell: usize) -> bool {
        match (self.held_count.get(day), self.line_rank.get(cell)) {
            (Some(&count), Some(&rank)) => rank < count,
            _ => false,
        }
    }

    /// Whether a cell lies in the restricted zone beyond the held area on a day (it is also
    /// held: the model treats the zone as held land).
    #[must_use]
    pub fn is_restricted(&self, day: usize, cell: usize) -> bool {
        match (self.restricted_from.get(day), self.line_rank.get(cell)) {
            (Some(&from), Some(&rank)) => rank >= from && self.is_held(day, cell),
            _ => false,
        }
    }

    /// Whether a haven had been declared in a cell by a day.
    #[must_use]
    pub fn is_declared_haven(&self, day: usize, cell: usize) -> bool {
        self.haven_declared_on
            .get(cell)
            .is_some_and(|&d| d as usize <= day)
    }

    /// A declared haven still red on a day: contested, as the armed group still holds it (from
    /// model 3, a haven forms only where it is secured).
    #[must_use]
    pub fn is_contested_haven(&self, day: usize, cell: usize) -> bool {
        self.is_declared_haven(day, cell) && self.zone_of(day, cell) == Some(Zone::Red)
    }

    /// People present in a cell on a day, when cells were recorded.
    #[must_use]
    pub fn people_in(&self, day: usize, cell: usize) -> Option<f32> {
        self.cell_people.get(day * self.cell_count + cell).copied()
    }

    /// The last change of a cell on or before `day`, for "why is this cell this colour".
    #[must_use]
    pub fn last_change(&self, cell: CellId, day: u32) -> Option<&CellChange> {
        self.changes
            .iter()
            .rev()
            .find(|c| c.cell == cell && c.day <= day)
    }

    #[must_use]
    pub fn indicators(&self) -> Indicators {
        Indicators::of(&self.days)
    }
}

/// The headline numbers of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Indicators {
    /// First day on which blue cells hold at least half of the people.
    pub first_day_blue_holds_half: Option<u32>,
    /// Largest red land over the run and the first day it was reached: shows reassertion,
    /// which red people (highest on day 0, when nobody has returned) would not.
    pub peak_red_km2: f64,
    pub peak_red_day: u32,
    pub people_returned: f64,
    /// The last day's totals by reporting category, indexed by [`Category::index`].
    pub final_area_km2: [f64; Category::COUNT],
    pub final_people: [f64; Category::COUNT],
}

impl Indicators {
    #[must_use]
    pub fn of(days: &[DayRecord]) -> Self {
        let first_day_blue_holds_half = days.iter().position(|d| {
            let total: f64 = d.people.iter().sum();
            total > 0.0 && d.people[Zone::Blue.index()] >= 0.5 * total
        });
        let (peak_red_day, peak_red_km2) = days
            .iter()
            .enumerate()
            .map(|(i, d)| (i, d.area_km2[Zone::Red.index()]))
            .fold(
                (0, f64::MIN),
                |best, x| if x.1 > best.1 + 1e-9 { x } else { best },
            );
        let last = days.last().copied().unwrap_or_default();
        let reported = last.reported();
        Self {
            first_day_blue_holds_half: first_day_blue_holds_half
                .and_then(|d| u32::try_from(d).ok()),
            peak_red_km2: peak_red_km2.max(0.0),
            peak_red_day: u32::try_from(peak_red_day).unwrap_or(u32::MAX),
            people_returned: last.people_returned,
            final_area_km2: reported.area_km2,
            final_people: reported.people,
        }
    }
}
