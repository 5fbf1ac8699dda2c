//! The OCHA municipalities as the builder uses them: a unique name, a governorate, the plane
//! shape, and the UNOSAT damage count of the same polygon.

use std::collections::BTreeMap;

use geo::{Distance, Euclidean, Point};
use gz_core::geo::Governorate;
use gz_core::geo::governorate::GovernorateBoundary;
use gz_core::geo::grid::Grid;

use crate::error::AssetError;
use crate::plane::Shape;
use crate::sources::{DamageArea, MunicipalityArea, Reference};

/// One municipality, ready to be cut by the cells.
#[derive(Clone, Debug)]
pub struct Municipality {
    /// Unique across the file; see [`unique_names`].
    pub name: String,
    pub governorate: Governorate,
    pub shape: Shape,
    pub damage_sites: f64,
}

/// The municipalities of `reference`, in the file's order, each with its damage count.
pub fn municipalities(grid: &Grid, reference: &Reference) -> Result<Vec<Municipality>, AssetError> {
    let governorates = governorate_shapes(grid, &reference.governorates);
    let shapes: Vec<Shape> = reference
        .municipalities
        .iter()
        .map(|m| Shape::from_lonlat(grid, &m.polygons))
        .collect();
    let of_governorate: Vec<Governorate> = shapes
        .iter()
        .map(|shape| governorate_of(shape, &governorates))
        .collect();
    let names = unique_names(&reference.municipalities, &of_governorate);
    let damage = damage_by_municipality(reference)?;
    Ok(shapes
        .into_iter()
        .zip(names)
        .zip(of_governorate)
        .zip(damage)
        .map(
            |(((shape, name), governorate), damage_sites)| Municipality {
                name,
                governorate,
                shape,
                damage_sites,
            },
        )
        .collect())
}

fn governorate_shapes(
    grid: &Grid,
    boundaries: &[GovernorateBoundary],
) -> Vec<(Governorate, Shape)> {
    boundaries
        .iter()
        .map(|b| {
            (
                b.governorate,
                Shape::from_lonlat(grid, &[vec![b.ring_lonlat.clone()]]),
            )
        })
        .collect()
}

/// The governorate holding most of the municipality; for a polygon of no area (the file has a
/// degenerate triangle), the one nearest to its first corner.
fn governorate_of(shape: &Shape, governorates: &[(Governorate, Shape)]) -> Governorate {
    let first_corner = shape
        .region
        .0
        .first()
        .and_then(|p| p.exterior().0.first())
        .map(|&c| Point::from(c));
    let key = |g: &Shape| {
        let overlap = shape.overlap_km2(g);
        let distance = first_corner.map_or(f64::MAX, |p| Euclidean.distance(&g.region, &p));
        (overlap, -distance)
    };
    governorates
        .iter()
        .map(|(governorate, g)| (*governorate, key(g)))
        .max_by(|a, b| a.1.0.total_cmp(&b.1.0).then(a.1.1.total_cmp(&b.1.1)))
        .map_or(Governorate::Gaza, |(governorate, _)| governorate)
}

/// The file's names, made unique: a name used by more than one polygon ("Unnamed
/// municipality" twelve times, "Al Mughraqa" twice) gets its governorate and a number counted
/// within that name and governorate in file order, e.g. "Unnamed municipality (Khan Yunis 2)".
/// A name used once is kept as it is.
#[must_use]
pub fn unique_names(areas: &[MunicipalityArea], governorates: &[Governorate]) -> Vec<String> {
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for area in areas {
        *uses.entry(area.name.as_str()).or_default() += 1;
    }
    let mut counted: BTreeMap<(&str, Governorate), usize> = BTreeMap::new();
    areas
        .iter()
        .zip(governorates)
        .map(|(area, &governorate)| {
            if uses[area.name.as_str()] == 1 {
                return area.name.clone();
            }
            let n = counted.entry((&area.name, governorate)).or_default();
            *n += 1;
            format!("{} ({} {n})", area.name, governorate.name())
        })
        .collect()
}

/// The damage count of each municipality, in the municipality file's order. The damage file
/// repeats the municipality file's polygons, so each damage feature is matched to the
/// municipality with exactly the same coordinates (and, as a check, the same name); a feature
/// that matches none, or one already matched, is an error. A municipality without a damage
/// feature counts 0.
fn damage_by_municipality(reference: &Reference) -> Result<Vec<f64>, AssetError> {
    let mut damage: Vec<Option<f64>> = vec![None; reference.municipalities.len()];
    for (index, area) in reference.damage.iter().enumerate() {
        let found = reference
            .municipalities
            .iter()
            .enumerate()
            .find(|(m, municipality)| damage[*m].is_none() && same_polygon(area, municipality));
        let Some((m, _)) = found else {
            return Err(AssetError::UnmatchedDamage {
                path: reference.damage_path.clone(),
                index,
                name: area.name.clone(),
                municipalities: reference.municipalities_path.clone(),
            });
        };
        damage[m] = Some(area.damage_sites);
    }
    Ok(damage.into_iter().map(|d| d.unwrap_or(0.0)).collect())
}

fn same_polygon(damage: &DamageArea, municipality: &MunicipalityArea) -> bool {
    damage.name == municipality.name && damage.polygons == municipality.polygons
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(name: &str) -> MunicipalityArea {
        MunicipalityArea {
            name: name.to_owned(),
            polygons: Vec::new(),
        }
    }

    #[test]
    fn repeated_names_get_their_governorate_and_a_number() {
        let areas = [
            area("Unnamed municipality"),
            area("Rafah"),
            area("Unnamed municipality"),
            area("Unnamed municipality"),
        ];
        let governorates = [
            Governorate::Rafah,
            Governorate::Rafah,
            Governorate::KhanYunis,
            Governorate::Rafah,
        ];
        assert_eq!(
            unique_names(&areas, &governorates),
            [
                "Unnamed municipality (Rafah 1)",
                "Rafah",
                "Unnamed municipality (Khan Yunis 1)",
                "Unnamed municipality (Rafah 2)",
            ]
        );
    }
}
