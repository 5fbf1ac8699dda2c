//! Who lives where: residents by home governorate, and within it by model version.

use crate::geo::{Governorate, Grid, Places};

/// Pre-war residents by governorate (PCBS; FACTS.md): North Gaza ~448,000 and Gaza ~754,000
/// on the eve of the war, Deir al-Balah 310,820 and Khan Yunis 426,056 (mid-2022), Rafah
/// ~275,000. Their shares spread the Strip's current total over home governorates.
const PRE_WAR_RESIDENTS: [f64; 5] = [448_000.0, 754_000.0, 310_820.0, 426_056.0, 275_000.0];

/// People in the Strip at the end of 2025 (PCBS estimate, ~2.13 million; FACTS.md).
pub const STRIP_PEOPLE_END_2025: f64 = 2_130_000.0;

/// Residents per governorate, scaled so that they add up to `STRIP_PEOPLE_END_2025`.
#[must_use]
pub fn residents_by_governorate() -> [f64; 5] {
    let pre_war_total: f64 = PRE_WAR_RESIDENTS.iter().sum();
    PRE_WAR_RESIDENTS.map(|r| r / pre_war_total * STRIP_PEOPLE_END_2025)
}

/// Each cell's residents (the people whose home it is), spread evenly over the land of their
/// governorate: the data has no finer pre-war density.
#[must_use]
pub fn home_residents(grid: &Grid) -> Vec<f64> {
    let by_governorate = residents_by_governorate();
    let areas: Vec<f64> = Governorate::ALL
        .iter()
        .map(|&g| grid.governorate_area_km2(g))
        .collect();
    grid.cells
        .iter()
        .map(|c| {
            let g = c.governorate.index();
            by_governorate[g] * c.area_km2 / areas[g]
        })
        .collect()
}

/// Model 2: each cell's residents where homes were. Within each governorate, residents follow
/// the PCBS 2017 census spread over municipalities by housing units (the assets' method,
/// docs/MODEL.md §5.8); the governorate's total stays what [`residents_by_governorate`] gives, so
/// that only the spread within a governorate changes. A cell without census residents has
/// none; a governorate with none at all (never, with the bundled data) falls back to area.
#[must_use]
pub fn home_residents_where_homes_were(grid: &Grid, places: &Places) -> Vec<f64> {
    let by_governorate = residents_by_governorate();
    let mut census = [0.0_f64; 5];
    for (cell, place) in grid.cells.iter().zip(&places.cells) {
        census[cell.governorate.index()] += place.residents_2017;
    }
    let even = home_residents(grid);
    grid.cells
        .iter()
        .zip(&places.cells)
        .zip(even)
        .map(|((cell, place), even)| {
            let g = cell.governorate.index();
            if census[g] > 0.0 {
                by_governorate[g] * place.residents_2017 / census[g]
            } else {
                even
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn residents_add_up_to_the_strip_total() {
        let total: f64 = home_residents(Grid::strip()).iter().sum();
        assert!((total - STRIP_PEOPLE_END_2025).abs() < 1.0);
        let gaza = residents_by_governorate()[Governorate::Gaza.index()];
        assert!(gaza > 700_000.0 && gaza < 760_000.0);
    }

    #[test]
    fn where_homes_were_keeps_each_governorates_total() {
        let grid = Grid::strip();
        let spread = home_residents_where_homes_were(grid, Places::strip());
        let by_governorate = residents_by_governorate();
        for g in Governorate::ALL {
            let total: f64 = grid
                .cells
                .iter()
                .zip(&spread)
                .filter(|(c, _)| c.governorate == g)
                .map(|(_, r)| r)
                .sum();
            assert!(
                (total - by_governorate[g.index()]).abs() < 1.0,
                "{}",
                g.name()
            );
        }
    }
}
