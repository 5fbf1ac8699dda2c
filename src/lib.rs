//! gaza-zones: a what-if model of the Gaza Strip in the Ross–Orion four zones.
//!
//! `geo`, `model`, `scenario` and `report` are the simulation core and never touch the user interface;
//! `cli` runs them headless and `app` draws them with egui.

#[cfg(feature = "app")]
pub mod app;
pub mod cli;
pub mod figure;
pub mod geo;
pub mod model;
pub mod report;
pub mod scenario;
