//! Homes as they stand (model 2): how many homes each cell has, how many can be lived in, and
//! how reconstruction money brings them back.

use crate::geo::Places;

/// UNOSAT's comprehensive damage assessment of 11 Oct 2025: 81 % of structures in the Strip
/// damaged (destroyed, severely, moderately or possibly damaged).
pub const STRIP_DAMAGED_SHARE: f64 = 0.81;

/// Each cell's housing units and the share of them that can be lived in.
#[derive(Clone, Debug)]
pub struct Homes {
    /// Housing units per cell (UNOSAT housing hexagons, 11 Oct 2025).
    pub units: Vec<f64>,
    /// Share of the units damaged, 0–1.
    pub damaged_share: Vec<f64>,
}

impl Homes {
    /// Damage per cell from UNOSAT's damage sites per housing unit, scaled so that a cell as
    /// damaged as the Strip on average has [`STRIP_DAMAGED_SHARE`] of its homes damaged; no
    /// cell goes above all of them. A cell with no housing units takes the Strip's share.
    #[must_use]
    pub fn from_places(places: &Places) -> Self {
        let units: Vec<f64> = places.cells.iter().map(|p| p.housing_units).collect();
        let sites_total: f64 = places.cells.iter().map(|p| p.damage_sites).sum();
        let units_total: f64 = units.iter().sum();
        let strip_sites_per_unit = sites_total / units_total.max(1.0);
        let damaged_share = places
            .cells
            .iter()
            .map(|p| {
                if p.housing_units <= 0.0 || strip_sites_per_unit <= 0.0 {
                    STRIP_DAMAGED_SHARE
                } else {
                    let relative = p.damage_sites / p.housing_units / strip_sites_per_unit;
                    (STRIP_DAMAGED_SHARE * relative).min(1.0)
                }
            })
            .collect();
        Self {
            units,
            damaged_share,
        }
    }

    /// Share of each cell's homes that can be lived in on day 0, when `uninhabitable` of the
    /// damaged ones cannot.
    #[must_use]
    pub fn habitable_share(&self, uninhabitable: f64) -> Vec<f64> {
        self.damaged_share
            .iter()
            .map(|d| (1.0 - d * uninhabitable).clamp(0.0, 1.0))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strip_is_damaged_as_unosat_counted_and_unevenly() {
        let homes = Homes::from_places(Places::strip());
        let units: f64 = homes.units.iter().sum();
        let damaged: f64 = homes
            .units
            .iter()
            .zip(&homes.damaged_share)
            .map(|(u, d)| u * d)
            .sum();
        let share = damaged / units;
        // Capping at 100 % takes a little off the most damaged places.
        assert!(
            (0.70..=STRIP_DAMAGED_SHARE + 1e-9).contains(&share),
            "{share}"
        );
        let (lo, hi) = homes
            .damaged_share
            .iter()
            .fold((1.0_f64, 0.0_f64), |(lo, hi), d| (lo.min(*d), hi.max(*d)));
        assert!(hi - lo > 0.3, "damage should differ by place: {lo}..{hi}");
    }
}
