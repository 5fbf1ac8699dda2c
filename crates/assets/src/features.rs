//! A `GeoJSON` `FeatureCollection` read loosely: properties and geometry of each feature are
//! looked up when asked for, so that an error can name the file, the feature and what is wrong.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::error::AssetError;

/// `[lon, lat]` degrees.
pub type LonLat = [f64; 2];
/// A polygon as `GeoJSON` writes it: the exterior ring, then any holes.
pub type PolygonLonLat = Vec<Vec<LonLat>>;

/// The features of one file.
pub struct Features {
    path: PathBuf,
    features: Vec<Map<String, Value>>,
}

impl Features {
    /// Reads and parses `path`.
    pub fn read(path: &Path) -> Result<Self, AssetError> {
        let text = std::fs::read_to_string(path).map_err(|source| AssetError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(path, &text)
    }

    /// Parses `text`, which came from `path` (named in errors).
    pub fn parse(path: &Path, text: &str) -> Result<Self, AssetError> {
        let not_features = |reason| AssetError::NotFeatures {
            path: path.to_owned(),
            reason,
        };
        let value: Value = serde_json::from_str(text).map_err(|source| AssetError::Json {
            path: path.to_owned(),
            source,
        })?;
        let Value::Object(mut root) = value else {
            return Err(not_features("the top level is not an object"));
        };
        let Some(Value::Array(items)) = root.remove("features") else {
            return Err(not_features("it has no \"features\" array"));
        };
        let features = items
            .into_iter()
            .map(|item| match item {
                Value::Object(feature) => Ok(feature),
                _ => Err(not_features("a feature is not an object")),
            })
            .collect::<Result<_, _>>()?;
        Ok(Self {
            path: path.to_owned(),
            features,
        })
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.features.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// The property `name` of feature `index`; `null` counts as missing.
    pub fn property(&self, index: usize, name: &'static str) -> Result<&Value, AssetError> {
        self.features[index]
            .get("properties")
            .and_then(|p| p.get(name))
            .filter(|v| !v.is_null())
            .ok_or_else(|| AssetError::MissingProperty {
                path: self.path.clone(),
                index,
                property: name,
            })
    }

    /// A property that must be a string.
    pub fn text(&self, index: usize, name: &'static str) -> Result<&str, AssetError> {
        self.property(index, name)?
            .as_str()
            .ok_or_else(|| self.bad_property(index, name, "is not a string"))
    }

    /// A property that must be a finite, non-negative JSON number.
    pub fn amount(&self, index: usize, name: &'static str) -> Result<f64, AssetError> {
        self.property(index, name)?
            .as_f64()
            .filter(|v| v.is_finite() && *v >= 0.0)
            .ok_or_else(|| self.bad_property(index, name, "is not a non-negative number"))
    }

    #[must_use]
    pub fn bad_property(&self, index: usize, name: &'static str, reason: &str) -> AssetError {
        AssetError::BadProperty {
            path: self.path.clone(),
            index,
            property: name,
            reason: reason.to_owned(),
        }
    }

    /// The polygons of a `Polygon` or `MultiPolygon` geometry.
    pub fn polygons(&self, index: usize) -> Result<Vec<PolygonLonLat>, AssetError> {
        let (kind, coordinates) = self.geometry(index, "Polygon or MultiPolygon")?;
        let polygons = match kind {
            "Polygon" => vec![self.polygon(index, coordinates)?],
            "MultiPolygon" => self
                .array(index, coordinates)?
                .iter()
                .map(|p| self.polygon(index, p))
                .collect::<Result<_, _>>()?,
            other => return Err(self.wrong_geometry(index, other, "Polygon or MultiPolygon")),
        };
        Ok(polygons)
    }

    /// The position of a `Point` geometry.
    pub fn point(&self, index: usize) -> Result<LonLat, AssetError> {
        match self.geometry(index, "Point")? {
            ("Point", coordinates) => self.position(index, coordinates),
            (other, _) => Err(self.wrong_geometry(index, other, "Point")),
        }
    }

    fn geometry(&self, index: usize, expected: &'static str) -> Result<(&str, &Value), AssetError> {
        let geometry = self.features[index]
            .get("geometry")
            .filter(|g| g.is_object())
            .ok_or_else(|| self.wrong_geometry(index, "missing", expected))?;
        let kind = geometry
            .get("type")
            .and_then(Value::as_str)
            .ok_or_else(|| self.wrong_geometry(index, "untyped", expected))?;
        let coordinates = geometry
            .get("coordinates")
            .ok_or_else(|| self.bad_coordinates(index, "there are none"))?;
        Ok((kind, coordinates))
    }

    fn polygon(&self, index: usize, value: &Value) -> Result<PolygonLonLat, AssetError> {
        let rings = self
            .array(index, value)?
            .iter()
            .map(|ring| {
                let ring = self
                    .array(index, ring)?
                    .iter()
                    .map(|p| self.position(index, p))
                    .collect::<Result<Vec<_>, _>>()?;
                // A closed ring has at least three corners plus the repeated first one.
                if ring.len() < 4 {
                    return Err(self.bad_coordinates(index, "a ring has fewer than 4 positions"));
                }
                Ok(ring)
            })
            .collect::<Result<Vec<_>, _>>()?;
        if rings.is_empty() {
            return Err(self.bad_coordinates(index, "a polygon has no ring"));
        }
        Ok(rings)
    }

    fn position(&self, index: usize, value: &Value) -> Result<LonLat, AssetError> {
        let numbers = self.array(index, value)?;
        match numbers.as_slice() {
            [lon, lat, ..] => match (lon.as_f64(), lat.as_f64()) {
                (Some(lon), Some(lat)) if lon.is_finite() && lat.is_finite() => Ok([lon, lat]),
                _ => Err(self.bad_coordinates(index, "a position is not two numbers")),
            },
            _ => Err(self.bad_coordinates(index, "a position has fewer than 2 numbers")),
        }
    }

    fn array<'v>(&self, index: usize, value: &'v Value) -> Result<&'v Vec<Value>, AssetError> {
        value
            .as_array()
            .ok_or_else(|| self.bad_coordinates(index, "an array was expected"))
    }

    fn wrong_geometry(&self, index: usize, found: &str, expected: &'static str) -> AssetError {
        AssetError::WrongGeometry {
            path: self.path.clone(),
            index,
            found: found.to_owned(),
            expected,
        }
    }

    fn bad_coordinates(&self, index: usize, reason: &'static str) -> AssetError {
        AssetError::BadCoordinates {
            path: self.path.clone(),
            index,
            reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Features {
        Features::parse(Path::new("x.geojson"), text).expect("parses")
    }

    #[test]
    fn a_wrong_geometry_names_the_file_the_feature_and_the_type() {
        let file = parse(
            r#"{"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},
                {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}]}"#,
        );
        assert_eq!(file.point(0).expect("a point"), [1.0, 2.0]);
        let error = file.polygons(1).expect_err("not a polygon").to_string();
        assert_eq!(
            error,
            "x.geojson, feature 1: geometry is LineString, expected Polygon or MultiPolygon"
        );
    }

    #[test]
    fn polygons_keep_their_holes_and_reject_short_rings() {
        let file = parse(
            r#"{"features":[
                {"geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}},
                {"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[0,0]]]]}}]}"#,
        );
        assert_eq!(file.polygons(0).expect("a polygon")[0].len(), 2);
        let error = file.polygons(1).expect_err("too short").to_string();
        assert!(
            error.contains("feature 1") && error.contains("fewer than 4"),
            "{error}"
        );
    }

    #[test]
    fn null_properties_are_missing_and_types_are_checked() {
        let file = parse(r#"{"features":[{"properties":{"name":null,"value":"7"}}]}"#);
        let missing = file.text(0, "name").expect_err("null").to_string();
        assert_eq!(missing, "x.geojson, feature 0: missing property \"name\"");
        let wrong = file.amount(0, "value").expect_err("a string").to_string();
        assert!(wrong.contains("not a non-negative number"), "{wrong}");
    }

    #[test]
    fn a_file_without_features_is_refused() {
        let error = Features::parse(Path::new("y.geojson"), r#"{"type":"Feature"}"#)
            .err()
            .expect("no features")
            .to_string();
        assert!(
            error.starts_with("y.geojson is not a GeoJSON FeatureCollection"),
            "{error}"
        );
    }
}
