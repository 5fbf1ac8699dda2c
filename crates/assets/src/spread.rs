//! Municipal totals (2017 residents, damaged sites) spread over the cells: within a
//! municipality, by the housing units on each piece of it, or by land area where it has none.

use crate::municipalities::Municipality;
use crate::overlay::Piece;

/// Where a municipality's residents came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ResidentsSource {
    /// The PCBS 2017 communities inside it.
    Census,
    /// Housing units but no census community: no residents of its own. These are fringe
    /// areas next to census towns, whose 2017 counts already take in the people around them;
    /// giving the homes people as well would count them twice (about 5 % more than the census).
    NoCensus,
    /// Neither a census community nor housing units.
    Nobody,
}

/// One municipality's totals and how they were spread.
#[derive(Clone, Debug)]
pub struct MunicipalTotals {
    pub residents: f64,
    pub residents_source: ResidentsSource,
    pub housing_units_in_cells: f64,
    pub land_in_cells_km2: f64,
    /// Spread by land area because no housing unit lies on its land.
    pub spread_by_area: bool,
}

/// Per-cell residents and damaged sites, and the municipal totals behind them.
pub struct Spread {
    pub residents_by_cell: Vec<f64>,
    pub damage_by_cell: Vec<f64>,
    pub municipal: Vec<MunicipalTotals>,
}

/// Spreads `census_population` (per municipality; `None` where no census community lies) and
/// each municipality's damaged sites over `cells` cells.
#[must_use]
pub fn spread(
    cells: usize,
    pieces: &[Piece],
    municipalities: &[Municipality],
    census_population: &[Option<f64>],
) -> Spread {
    let mut housing = vec![0.0; municipalities.len()];
    let mut land = vec![0.0; municipalities.len()];
    for piece in pieces {
        housing[piece.municipality] += piece.housing_units;
        land[piece.municipality] += piece.area_km2;
    }
    let mut residents_by_cell = vec![0.0; cells];
    let mut damage_by_cell = vec![0.0; cells];
    let mut municipal = Vec::with_capacity(municipalities.len());
    for (m, municipality) in municipalities.iter().enumerate() {
        let (residents, residents_source) = match census_population[m] {
            Some(people) => (people, ResidentsSource::Census),
            None if housing[m] > 0.0 => (0.0, ResidentsSource::NoCensus),
            None => (0.0, ResidentsSource::Nobody),
        };
        let spread_by_area = housing[m] <= 0.0;
        let own = pieces.iter().filter(|p| p.municipality == m);
        for piece in own {
            let share = if spread_by_area {
                if land[m] > 0.0 {
                    piece.area_km2 / land[m]
                } else {
                    0.0
                }
            } else {
                piece.housing_units / housing[m]
            };
            residents_by_cell[piece.cell] += residents * share;
            damage_by_cell[piece.cell] += municipality.damage_sites * share;
        }
        municipal.push(MunicipalTotals {
            residents,
            residents_source,
            housing_units_in_cells: housing[m],
            land_in_cells_km2: land[m],
            spread_by_area,
        });
    }
    Spread {
        residents_by_cell,
        damage_by_cell,
        municipal,
    }
}
