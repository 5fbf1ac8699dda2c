//! The Strip as each model version pictures it on day 0: who lives where, the order in which
//! the line takes and hands back land, and (from model 2) the homes standing.

use super::homes::Homes;
use super::params::{Param, Parameters};
use super::population::{home_residents, home_residents_where_homes_were};
use super::sim::Inputs;
use super::version::ModelVersion;
use crate::geo::{Governorate, Grid, Places};

/// What a run starts from, besides the drivers and events.
#[derive(Clone, Debug)]
pub struct Picture {
    /// The people whose home each cell is.
    pub home_residents: Vec<f64>,
    /// Cells in the order the line takes them as the held share grows; it hands them back in
    /// the reverse order.
    pub line_order: Vec<u32>,
    /// Homes and their damage; `None` in model 1, which did not model homes.
    pub homes: Option<Homes>,
}

impl Picture {
    #[must_use]
    pub fn new(grid: &Grid, inputs: &Inputs) -> Self {
        let params = &inputs.params;
        match inputs.model {
            ModelVersion::V1 => Self {
                home_residents: home_residents(grid),
                line_order: depth_band_order(grid, params, |_| false),
                homes: None,
            },
            ModelVersion::V2 | ModelVersion::V3 => {
                let places = Places::strip();
                let on_map = if inputs.starts_on_published_line {
                    published_cells(grid, places)
                } else {
                    vec![false; grid.len()]
                };
                Self {
                    home_residents: home_residents_where_homes_were(grid, places),
                    line_order: depth_band_order(grid, params, |c| on_map[c]),
                    homes: Some(Homes::from_places(places)),
                }
            }
        }
    }
}

/// The cells that stand for the published line of 19 Oct 2025: those most inside it, as many
/// as make up the land the line itself holds (193.7 km², 53.1 % of the Strip), and the
/// border slivers east of them. A plain
/// majority rule would hold 198 km² instead, so that the map's own share would hand back its
/// deepest cells (mostly in North Gaza); ranking by the share inside keeps each governorate
/// close to the map at the map's share.
#[must_use]
pub fn published_cells(grid: &Grid, places: &Places) -> Vec<bool> {
    let held_km2: f64 = grid
        .cells
        .iter()
        .zip(&places.cells)
        .map(|(c, p)| c.area_km2 * p.held_2025_10_19)
        .sum();
    let mut by_share: Vec<usize> = (0..grid.len()).collect();
    by_share.sort_by(|&a, &b| {
        places.cells[b]
            .held_2025_10_19
            .total_cmp(&places.cells[a].held_2025_10_19)
            .then(a.cmp(&b))
    });
    let mut on_map = vec![false; grid.len()];
    let mut taken_km2 = 0.0;
    for c in by_share {
        let area = grid.cells[c].area_km2;
        // Take the cell if that brings the total closer to the line's own area.
        if (taken_km2 + area - held_km2).abs() >= (taken_km2 - held_km2).abs() {
            break;
        }
        taken_km2 += area;
        on_map[c] = true;
    }
    // Along the eastern border the digitised line stops a little short of the boundary data,
    // leaving slivers between the held cells and the border unheld. A cell east of every held
    // cell of its grid column (across the Strip) lies between the line and the border: held.
    let mut east_most_held_row: std::collections::BTreeMap<i64, i64> =
        std::collections::BTreeMap::default();
    for (cell, _) in grid.cells.iter().zip(&on_map).filter(|(_, on)| **on) {
        let row = east_most_held_row.entry(cell.square.0).or_insert(i64::MIN);
        *row = (*row).max(cell.square.1);
    }
    for (cell, on) in grid.cells.iter().zip(on_map.iter_mut()) {
        if east_most_held_row
            .get(&cell.square.0)
            .is_some_and(|&row| cell.square.1 > row)
        {
            *on = true;
        }
    }
    on_map
}

/// Cells the published map holds come first, then the rest; within each group, by depth from
/// the eastern border scaled per governorate (the depth band of model 1), so that the line
/// hands back the westernmost held land first and takes the land next to it first.
fn depth_band_order(grid: &Grid, params: &Parameters, first: impl Fn(usize) -> bool) -> Vec<u32> {
    let depth_factor = |g: Governorate| {
        params.get(match g {
            Governorate::NorthGaza => Param::LineDepthNorthGaza,
            Governorate::Gaza => Param::LineDepthGaza,
            Governorate::DeirAlBalah => Param::LineDepthDeirAlBalah,
            Governorate::KhanYunis => Param::LineDepthKhanYunis,
            Governorate::Rafah => Param::LineDepthRafah,
        })
    };
    let reach = |c: u32| {
        let cell = &grid.cells[c as usize];
        cell.depth_from_east_km / depth_factor(cell.governorate)
    };
    let mut order: Vec<u32> = (0..grid.len()).map(|c| c as u32).collect();
    order.sort_by(|&a, &b| {
        (!first(a as usize))
            .cmp(&!first(b as usize))
            .then(reach(a).total_cmp(&reach(b)))
            .then(a.cmp(&b))
    });
    order
}
