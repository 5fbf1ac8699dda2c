//! Why the assets could not be built or written. Every variant names the file it is about.

use std::path::PathBuf;

/// A reason the builder stopped; nothing is written when one occurs.
#[derive(Debug, thiserror::Error)]
pub enum AssetError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path} is not a GeoJSON FeatureCollection: {reason}")]
    NotFeatures { path: PathBuf, reason: &'static str },
    #[error("{path}, feature {index}: missing property {property:?}")]
    MissingProperty {
        path: PathBuf,
        index: usize,
        property: &'static str,
    },
    #[error("{path}, feature {index}: property {property:?} {reason}")]
    BadProperty {
        path: PathBuf,
        index: usize,
        property: &'static str,
        reason: String,
    },
    #[error("{path}, feature {index}: geometry is {found}, expected {expected}")]
    WrongGeometry {
        path: PathBuf,
        index: usize,
        found: String,
        expected: &'static str,
    },
    #[error("{path}, feature {index}: unusable coordinates: {reason}")]
    BadCoordinates {
        path: PathBuf,
        index: usize,
        reason: &'static str,
    },
    #[error("{path}: {reason}")]
    BadContents { path: PathBuf, reason: String },
    #[error("{path}, feature {index} ({name}): no polygon of {municipalities} has its geometry")]
    UnmatchedDamage {
        path: PathBuf,
        index: usize,
        name: String,
        municipalities: PathBuf,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}
