//! The five governorates and their boundaries, read from the bundled `GeoJSON`.

use serde::{Deserialize, Serialize};
use strum::{EnumCount, IntoStaticStr, VariantArray};

/// The bundled boundaries (geoBoundaries PSE ADM2, CC BY 4.0; see assets/ATTRIBUTION.md and the README).
pub const GOVERNORATES_GEOJSON: &str = include_str!("../../../../assets/gaza_governorates.geojson");

/// One of the Strip's five governorates, north to south.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Governorate {
    NorthGaza,
    Gaza,
    DeirAlBalah,
    KhanYunis,
    Rafah,
}

impl Governorate {
    /// North to south; the index of each is its position here.
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::NorthGaza => "North Gaza",
            Self::Gaza => "Gaza",
            Self::DeirAlBalah => "Deir al-Balah",
            Self::KhanYunis => "Khan Yunis",
            Self::Rafah => "Rafah",
        }
    }

    /// The identifier scenario files use.
    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// ISO 3166-2 code; the source data writes Gaza's as `PS-GZA*`.
    #[must_use]
    pub fn iso(self) -> &'static str {
        match self {
            Self::NorthGaza => "PS-NGZ",
            Self::Gaza => "PS-GZA",
            Self::DeirAlBalah => "PS-DEB",
            Self::KhanYunis => "PS-KYS",
            Self::Rafah => "PS-RFH",
        }
    }

    fn from_iso(code: &str) -> Option<Self> {
        let code = code.trim_end_matches('*');
        Self::ALL.into_iter().find(|g| g.iso() == code)
    }
}

/// A governorate's boundary as read from the data: one exterior ring, `[lon, lat]` degrees.
#[derive(Clone, Debug)]
pub struct GovernorateBoundary {
    pub governorate: Governorate,
    pub ring_lonlat: Vec<[f64; 2]>,
}

/// Why the boundary data could not be used.
#[derive(Debug, thiserror::Error)]
pub enum BoundaryError {
    #[error("boundary data is not valid GeoJSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("boundary data has a feature with unknown ISO code {0:?}")]
    UnknownGovernorate(String),
    #[error("boundary data lacks {0}")]
    Missing(&'static str),
    #[error("boundary data has no usable ring for {0}")]
    EmptyRing(&'static str),
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Properties {
    #[serde(rename = "shapeISO")]
    shape_iso: String,
}

#[derive(Deserialize)]
struct Geometry {
    coordinates: Vec<Vec<[f64; 2]>>,
}

/// Reads the five boundaries, in [`Governorate::ALL`] order.
///
/// # Errors
/// When the text is not `GeoJSON` of the expected shape or a governorate is missing.
pub fn parse_boundaries(geojson: &str) -> Result<Vec<GovernorateBoundary>, BoundaryError> {
    let collection: FeatureCollection = serde_json::from_str(geojson)?;
    let mut found: Vec<Option<Vec<[f64; 2]>>> = vec![None; Governorate::ALL.len()];
    for feature in collection.features {
        let governorate =
            Governorate::from_iso(&feature.properties.shape_iso).ok_or_else(|| {
                BoundaryError::UnknownGovernorate(feature.properties.shape_iso.clone())
            })?;
        let mut ring = feature
            .geometry
            .coordinates
            .into_iter()
            .next()
            .ok_or(BoundaryError::EmptyRing(governorate.name()))?;
        // GeoJSON rings repeat the first point at the end; the clipper wants it once.
        if ring.len() > 1 && ring.first() == ring.last() {
            ring.pop();
        }
        if ring.len() < 3 {
            return Err(BoundaryError::EmptyRing(governorate.name()));
        }
        found[governorate.index()] = Some(ring);
    }
    Governorate::ALL
        .into_iter()
        .zip(found)
        .map(|(governorate, ring)| {
            ring.map(|ring_lonlat| GovernorateBoundary {
                governorate,
                ring_lonlat,
            })
            .ok_or(BoundaryError::Missing(governorate.name()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_boundaries_have_all_five_governorates() {
        let boundaries = parse_boundaries(GOVERNORATES_GEOJSON).expect("bundled data parses");
        assert_eq!(boundaries.len(), 5);
        for (b, g) in boundaries.iter().zip(Governorate::ALL) {
            assert_eq!(b.governorate, g);
            assert!(
                b.ring_lonlat.len() > 1000,
                "{} has a real outline",
                g.name()
            );
        }
    }

    #[test]
    fn a_missing_governorate_is_an_error_not_a_panic() {
        let text = r#"{"type":"FeatureCollection","features":[]}"#;
        assert!(matches!(
            parse_boundaries(text),
            Err(BoundaryError::Missing(_))
        ));
    }
}
