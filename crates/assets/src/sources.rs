//! The six reference files, read into plain records in `[lon, lat]` degrees. Provenance and
//! licences of each are in `../shared/data/reference/SOURCE.md` and `assets/ATTRIBUTION.md`.

use std::path::{Path, PathBuf};

use gz_core::geo::governorate::{GovernorateBoundary, parse_boundaries};
use serde_json::Value;

use crate::error::AssetError;
use crate::features::{Features, LonLat, PolygonLonLat};

/// Where each file lies in the reference folder.
pub const GOVERNORATES_FILE: &str = "gaza_governorates.geojson";
pub const IDF_LINE_FILE: &str = "reference/idf_line_2025-10-19.geojson";
pub const MUNICIPALITIES_FILE: &str = "reference/ocha_municipalities_2019.geojson";
pub const COMMUNITIES_FILE: &str = "reference/pcbs2017_communities.geojson";
pub const DAMAGE_FILE: &str = "reference/unosat_damage_by_municipality_2025-10-11.geojson";
pub const HOUSING_FILE: &str = "reference/unosat_housing_hex_2025-10-11.geojson";

/// Every file the builder reads, relative to the reference folder.
pub const ALL_FILES: [&str; 6] = [
    GOVERNORATES_FILE,
    IDF_LINE_FILE,
    MUNICIPALITIES_FILE,
    COMMUNITIES_FILE,
    DAMAGE_FILE,
    HOUSING_FILE,
];

/// An OCHA municipal boundary, with the name as the file spells it (not yet unique).
#[derive(Clone, Debug)]
pub struct MunicipalityArea {
    pub name: String,
    pub polygons: Vec<PolygonLonLat>,
}

/// A UNOSAT count of damaged sites over one municipal polygon.
#[derive(Clone, Debug)]
pub struct DamageArea {
    pub name: String,
    pub damage_sites: f64,
    pub polygons: Vec<PolygonLonLat>,
}

/// A PCBS 2017 census community; `population` is `None` where the file leaves it blank.
#[derive(Clone, Debug)]
pub struct Community {
    pub name: String,
    pub population: Option<f64>,
    pub lonlat: LonLat,
}

/// One UNOSAT-derived hexagon and its count (read as housing units; see SOURCE.md).
#[derive(Clone, Debug)]
pub struct HousingHex {
    pub housing_units: f64,
    pub polygons: Vec<PolygonLonLat>,
}

/// Everything read from the reference folder.
pub struct Reference {
    pub governorates: Vec<GovernorateBoundary>,
    pub idf_line: Vec<PolygonLonLat>,
    pub municipalities: Vec<MunicipalityArea>,
    pub damage: Vec<DamageArea>,
    pub communities: Vec<Community>,
    pub hexes: Vec<HousingHex>,
    pub damage_path: PathBuf,
    pub municipalities_path: PathBuf,
}

impl Reference {
    /// Reads the six files under `dir`.
    pub fn read(dir: &Path) -> Result<Self, AssetError> {
        let governorates_path = dir.join(GOVERNORATES_FILE);
        let governorates_text =
            std::fs::read_to_string(&governorates_path).map_err(|source| AssetError::Read {
                path: governorates_path.clone(),
                source,
            })?;
        let governorates =
            parse_boundaries(&governorates_text).map_err(|e| AssetError::BadContents {
                path: governorates_path,
                reason: e.to_string(),
            })?;
        let municipalities = Features::read(&dir.join(MUNICIPALITIES_FILE))?;
        let damage = Features::read(&dir.join(DAMAGE_FILE))?;
        Ok(Self {
            governorates,
            idf_line: read_idf_line(&Features::read(&dir.join(IDF_LINE_FILE))?)?,
            municipalities: read_municipalities(&municipalities)?,
            damage: read_damage(&damage)?,
            communities: read_communities(&Features::read(&dir.join(COMMUNITIES_FILE))?)?,
            hexes: read_hexes(&Features::read(&dir.join(HOUSING_FILE))?)?,
            damage_path: damage.path().to_owned(),
            municipalities_path: municipalities.path().to_owned(),
        })
    }
}

/// The line's polygons; the file has one feature, but every polygon of every feature counts.
fn read_idf_line(file: &Features) -> Result<Vec<PolygonLonLat>, AssetError> {
    if file.is_empty() {
        return Err(AssetError::BadContents {
            path: file.path().to_owned(),
            reason: "it has no feature".to_owned(),
        });
    }
    let mut polygons = Vec::new();
    for index in 0..file.len() {
        polygons.extend(file.polygons(index)?);
    }
    Ok(polygons)
}

fn read_municipalities(file: &Features) -> Result<Vec<MunicipalityArea>, AssetError> {
    (0..file.len())
        .map(|index| {
            Ok(MunicipalityArea {
                name: file.text(index, "name")?.to_owned(),
                polygons: file.polygons(index)?,
            })
        })
        .collect()
}

fn read_damage(file: &Features) -> Result<Vec<DamageArea>, AssetError> {
    (0..file.len())
        .map(|index| {
            Ok(DamageArea {
                name: file.text(index, "name")?.to_owned(),
                damage_sites: file.amount(index, "damage_sites")?,
                polygons: file.polygons(index)?,
            })
        })
        .collect()
}

fn read_communities(file: &Features) -> Result<Vec<Community>, AssetError> {
    (0..file.len())
        .map(|index| {
            Ok(Community {
                name: file.text(index, "PCBS_NAME")?.to_owned(),
                population: census_population(file, index)?,
                lonlat: file.point(index)?,
            })
        })
        .collect()
}

/// `pop2017` is written as a string of digits, and left empty for one community (As Siafa):
/// empty means "not counted", which is not the same as nobody.
fn census_population(file: &Features, index: usize) -> Result<Option<f64>, AssetError> {
    const NAME: &str = "pop2017";
    match file.property(index, NAME)? {
        Value::Number(n) => n
            .as_f64()
            .filter(|v| *v >= 0.0)
            .map(Some)
            .ok_or_else(|| file.bad_property(index, NAME, "is a negative number")),
        Value::String(s) if s.trim().is_empty() => Ok(None),
        Value::String(s) => s
            .trim()
            .parse::<u64>()
            .map(|people| Some(people as f64))
            .map_err(|_| file.bad_property(index, NAME, &format!("{s:?} is not a count"))),
        _ => Err(file.bad_property(index, NAME, "is neither a number nor a string")),
    }
}

fn read_hexes(file: &Features) -> Result<Vec<HousingHex>, AssetError> {
    (0..file.len())
        .map(|index| {
            Ok(HousingHex {
                housing_units: file.amount(index, "value")?,
                polygons: file.polygons(index)?,
            })
        })
        .collect()
}
