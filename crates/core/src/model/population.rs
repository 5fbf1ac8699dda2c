//! Who lives where: residents by home governorate.

use crate::geo::{Governorate, Grid};

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
}
