//! What the builder tells its user: totals in the sources against totals in the cells, what was
//! dropped or inferred on the way, and the held shares against SOURCE.md's table.

use std::fmt;

use gz_core::geo::Governorate;

use crate::census::{PlacedCommunity, Placement};
use crate::municipalities::Municipality;
use crate::overlay::Overlay;
use crate::spread::{ResidentsSource, Spread};
use crate::table::CellRow;

/// Share of each governorate behind the 19 Oct 2025 line, as `reference/SOURCE.md` measured it
/// against the governorate boundaries, in [`Governorate::ALL`] order.
pub const SOURCE_HELD_SHARE: [f64; 5] = [0.65, 0.37, 0.20, 0.54, 0.88];

/// Totals of the sources, per SOURCE.md, that the summary compares with.
pub const SOURCE_HOUSING_UNITS: f64 = 369_971.0;
pub const SOURCE_RESIDENTS_2017: f64 = 1_813_941.0;
pub const SOURCE_DAMAGE_SITES: f64 = 198_308.0;

/// Land behind the line in one governorate, over the cells that belong to it.
#[derive(Clone, Copy, Debug)]
pub struct Held {
    pub governorate: Governorate,
    pub land_km2: f64,
    pub held_km2: f64,
    /// `held_km2 / land_km2`.
    pub share_by_area: f64,
    /// Share of the land in cells with `held_2025_10_19 >= 0.5`.
    pub share_by_majority: f64,
}

/// A municipality with homes but no census community, whose homes get no residents.
#[derive(Clone, Debug)]
pub struct WithoutCensus {
    pub municipality: String,
    pub governorate: Governorate,
    pub housing_units: f64,
}

/// The builder's account of one run.
#[derive(Clone, Debug)]
pub struct Summary {
    pub rows: usize,
    pub housing_units_in_source: f64,
    pub housing_units_in_cells: f64,
    /// Housing units on cells but in no municipality (they count for the cells' homes but
    /// carry no residents or damage).
    pub housing_units_outside_municipalities: f64,
    pub residents_in_census: f64,
    pub residents_in_cells: f64,
    pub without_census: Vec<WithoutCensus>,
    /// Communities in no municipality polygon: name, the municipality given, distance.
    pub placed_by_nearest: Vec<(String, String, f64)>,
    /// Communities whose population the file leaves blank.
    pub uncounted_communities: Vec<String>,
    /// Municipalities with people or damage but no land on any cell: name.
    pub municipalities_without_land: Vec<String>,
    pub damage_sites_in_source: f64,
    pub damage_sites_in_cells: f64,
    pub land_outside_municipalities_km2: f64,
    pub held: Vec<Held>,
    /// Housing units and residents on held land, each cell's counted by its held share.
    pub housing_units_held: f64,
    pub residents_held: f64,
}

impl Summary {
    #[must_use]
    pub fn new(
        rows: &[CellRow],
        municipalities: &[Municipality],
        placed: &[PlacedCommunity],
        overlay: &Overlay,
        spread: &Spread,
        housing_units_in_source: f64,
    ) -> Self {
        let total = |f: fn(&CellRow) -> f64| rows.iter().map(f).sum::<f64>();
        let in_pieces_housing: f64 = overlay.pieces.iter().map(|p| p.housing_units).sum();
        let in_pieces_land: f64 = overlay.pieces.iter().map(|p| p.area_km2).sum();
        let without_census = municipalities
            .iter()
            .zip(&spread.municipal)
            .filter(|(_, totals)| totals.residents_source == ResidentsSource::NoCensus)
            .map(|(m, totals)| WithoutCensus {
                municipality: m.name.clone(),
                governorate: m.governorate,
                housing_units: totals.housing_units_in_cells,
            })
            .collect();
        let placed_by_nearest = placed
            .iter()
            .filter_map(|c| match (c.placement, c.municipality) {
                (Placement::Nearest { distance_km }, Some(m)) => {
                    Some((c.name.clone(), municipalities[m].name.clone(), distance_km))
                }
                _ => None,
            })
            .collect();
        let municipalities_without_land = municipalities
            .iter()
            .zip(&spread.municipal)
            .filter(|(m, totals)| {
                totals.land_in_cells_km2 <= 0.0 && (totals.residents > 0.0 || m.damage_sites > 0.0)
            })
            .map(|(m, _)| m.name.clone())
            .collect();
        Self {
            rows: rows.len(),
            housing_units_in_source,
            housing_units_in_cells: total(|r| r.housing_units),
            housing_units_outside_municipalities: overlay.housing_by_cell.iter().sum::<f64>()
                - in_pieces_housing,
            residents_in_census: placed.iter().filter_map(|c| c.population).sum(),
            residents_in_cells: total(|r| r.residents_2017),
            without_census,
            placed_by_nearest,
            uncounted_communities: placed
                .iter()
                .filter(|c| c.population.is_none())
                .map(|c| c.name.clone())
                .collect(),
            municipalities_without_land,
            damage_sites_in_source: municipalities.iter().map(|m| m.damage_sites).sum(),
            damage_sites_in_cells: total(|r| r.damage_sites),
            land_outside_municipalities_km2: total(|r| r.area_km2) - in_pieces_land,
            held: held_by_governorate(rows),
            housing_units_held: total(|r| r.housing_units * r.held_share),
            residents_held: total(|r| r.residents_2017 * r.held_share),
        }
    }
}

fn held_by_governorate(rows: &[CellRow]) -> Vec<Held> {
    Governorate::ALL
        .into_iter()
        .map(|governorate| {
            let own = || rows.iter().filter(move |r| r.governorate == governorate);
            let land_km2: f64 = own().map(|r| r.area_km2).sum();
            let held_km2: f64 = own().map(|r| r.area_km2 * r.held_share).sum();
            let majority_km2: f64 = own()
                .filter(|r| r.held_share >= 0.5)
                .map(|r| r.area_km2)
                .sum();
            let share = |km2: f64| if land_km2 > 0.0 { km2 / land_km2 } else { 0.0 };
            Held {
                governorate,
                land_km2,
                held_km2,
                share_by_area: share(held_km2),
                share_by_majority: share(majority_km2),
            }
        })
        .collect()
}

/// `part` as a percentage of `whole`.
fn percent(part: f64, whole: f64) -> f64 {
    if whole == 0.0 {
        0.0
    } else {
        100.0 * part / whole
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} cells", self.rows)?;
        writeln!(
            f,
            "housing units: {:.0} in the hexes, {:.0} on cells ({:.2} % dropped: sea and slivers); \
             {:.0} of them in no municipality",
            self.housing_units_in_source,
            self.housing_units_in_cells,
            percent(
                self.housing_units_in_source - self.housing_units_in_cells,
                self.housing_units_in_source
            ),
            self.housing_units_outside_municipalities,
        )?;
        writeln!(
            f,
            "residents 2017: {:.0} in the census file (SOURCE.md: {:.0}), {:.0} on cells ({:+.2} %)",
            self.residents_in_census,
            SOURCE_RESIDENTS_2017,
            self.residents_in_cells,
            percent(
                self.residents_in_cells - SOURCE_RESIDENTS_2017,
                SOURCE_RESIDENTS_2017
            ),
        )?;
        for m in &self.without_census {
            writeln!(
                f,
                "  no census community in {} ({}): its {:.0} housing units get no residents of their own",
                m.municipality,
                m.governorate.name(),
                m.housing_units,
            )?;
        }
        for (community, municipality, km) in &self.placed_by_nearest {
            writeln!(
                f,
                "  {community} lies in no municipality: given to {municipality}, {km:.2} km away"
            )?;
        }
        for community in &self.uncounted_communities {
            writeln!(
                f,
                "  {community}: population blank in the census file, not counted"
            )?;
        }
        for municipality in &self.municipalities_without_land {
            writeln!(
                f,
                "  {municipality} has no land on any cell: its residents and damage are lost"
            )?;
        }
        writeln!(
            f,
            "damage sites: {:.0} in the file, {:.0} on cells ({:+.2} %)",
            self.damage_sites_in_source,
            self.damage_sites_in_cells,
            percent(
                self.damage_sites_in_cells - self.damage_sites_in_source,
                self.damage_sites_in_source
            ),
        )?;
        writeln!(
            f,
            "land in no municipality: {:.2} km²",
            self.land_outside_municipalities_km2
        )?;
        writeln!(
            f,
            "held on 19 Oct 2025        land km²  held km²  by area  SOURCE.md  cells >= 0.5"
        )?;
        for (held, source) in self.held.iter().zip(SOURCE_HELD_SHARE) {
            writeln!(
                f,
                "  {:<22} {:>9.1} {:>9.1} {:>7.1} % {:>8.0} % {:>11.1} %",
                held.governorate.name(),
                held.land_km2,
                held.held_km2,
                100.0 * held.share_by_area,
                100.0 * source,
                100.0 * held.share_by_majority,
            )?;
        }
        let land: f64 = self.held.iter().map(|h| h.land_km2).sum();
        let held: f64 = self.held.iter().map(|h| h.held_km2).sum();
        writeln!(
            f,
            "  {:<22} {land:>9.1} {held:>9.1} {:>7.1} % {:>8.1} %",
            "Strip",
            percent(held, land),
            53.1,
        )?;
        writeln!(
            f,
            "behind the line: {:.1} % of housing units, {:.1} % of 2017 residents",
            percent(self.housing_units_held, self.housing_units_in_cells),
            percent(self.residents_held, self.residents_in_cells),
        )
    }
}
