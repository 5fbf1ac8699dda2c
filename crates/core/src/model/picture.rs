//! The Strip as each model version pictures it on day 0: who lives where, the order in which
//! the line takes and hands back land, and (from model 2) the homes standing.

use super::homes::Homes;
use super::params::{Param, Parameters};
use super::population::{home_residents, home_residents_where_homes_were};
use super::sim::Inputs;
use super::version::ModelVersion;
use crate::geo::{Governorate, Grid, Places};

/// A cell counts as held on the published map when the map covers at least this share of it.
pub const MAJORITY_HELD: f64 = 0.5;

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
            ModelVersion::V2 => {
                let places = Places::strip();
                let on_map = |c: usize| {
                    inputs.starts_on_published_line
                        && places.cells[c].held_2025_10_19 >= MAJORITY_HELD
                };
                Self {
                    home_residents: home_residents_where_homes_were(grid, places),
                    line_order: depth_band_order(grid, params, on_map),
                    homes: Some(Homes::from_places(places)),
                }
            }
        }
    }
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
