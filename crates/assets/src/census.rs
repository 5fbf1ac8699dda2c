//! The PCBS 2017 communities, each given to a municipality. The file has points, not areas
//! (Gaza City is one point of 583,048 people), so a point only says which municipality its
//! people belong to; where they lived inside it is spread later.

use geo::{Contains, Coord, Distance, Euclidean, Point};
use gz_core::geo::grid::Grid;

use crate::municipalities::Municipality;
use crate::sources::Community;

/// How a community found its municipality.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    Inside,
    /// In no municipality's polygon: given to the nearest one.
    Nearest {
        distance_km: f64,
    },
}

/// A community and the municipality (index into the municipality list) it counts for.
#[derive(Clone, Debug)]
pub struct PlacedCommunity {
    pub name: String,
    pub population: Option<f64>,
    pub municipality: Option<usize>,
    pub placement: Placement,
}

/// Each community placed in the municipality containing it, else the nearest one.
#[must_use]
pub fn place(
    grid: &Grid,
    communities: &[Community],
    municipalities: &[Municipality],
) -> Vec<PlacedCommunity> {
    communities
        .iter()
        .map(|community| {
            let [x, y] = grid.projection.plane_from_lonlat(community.lonlat);
            let point = Point::from(Coord { x, y });
            let inside = municipalities
                .iter()
                .position(|m| m.shape.region.contains(&point));
            let (municipality, placement) = match inside {
                Some(m) => (Some(m), Placement::Inside),
                None => nearest(&point, municipalities).map_or(
                    (
                        None,
                        Placement::Nearest {
                            distance_km: f64::INFINITY,
                        },
                    ),
                    |(m, distance_km)| (Some(m), Placement::Nearest { distance_km }),
                ),
            };
            PlacedCommunity {
                name: community.name.clone(),
                population: community.population,
                municipality,
                placement,
            }
        })
        .collect()
}

fn nearest(point: &Point<f64>, municipalities: &[Municipality]) -> Option<(usize, f64)> {
    municipalities
        .iter()
        .enumerate()
        .map(|(m, municipality)| (m, Euclidean.distance(&municipality.shape.region, point)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

/// Each municipality's 2017 population: `Some` when at least one community with a count lies
/// in it (a community whose count is blank does not make its municipality counted).
#[must_use]
pub fn population_by_municipality(
    placed: &[PlacedCommunity],
    municipalities: usize,
) -> Vec<Option<f64>> {
    let mut population = vec![None; municipalities];
    for community in placed {
        if let (Some(m), Some(people)) = (community.municipality, community.population) {
            *population[m].get_or_insert(0.0) += people;
        }
    }
    population
}
