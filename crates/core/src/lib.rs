//! The gaza-zones simulation core: the map of the Strip (`geo`), the model and its rules
//! (`model`), scenario files (`scenario`), the tables and provenance it reports (`report`) and
//! the colours everything is drawn with (`style`).
//!
//! This crate has no user interface and no drawing: the figure crate, the command line and the
//! app depend on it, never the reverse, and Cargo enforces that.

pub mod geo;
pub mod model;
pub mod report;
pub mod scenario;
pub mod style;
mod variants;
