//! The gaza-zones simulation core: the map of the Strip (`geo`), the model and its rules
//! (`model`), scenario files (`scenario`) and the tables and provenance it reports (`report`).
//!
//! This crate has no user interface and no drawing: the figure crate, the command line and the
//! app depend on it, never the reverse, and Cargo enforces that.

pub mod geo;
pub mod model;
pub mod report;
pub mod scenario;
