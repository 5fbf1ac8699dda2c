//! gaza-zones: a what-if model of the Gaza Strip in the Ross–Orion four zones.
//!
//! The work is done by the workspace's crates: `gz-core` (the map, the model, scenario files and
//! reports; no user interface), `gz-figure` (publication figures), `gz-cli` (the headless
//! command line) and `gz-app` (the desktop app). This package is the `gaza-zones` binary, and
//! re-exports them under one name for the integration tests and benchmarks.

pub use gz_cli as cli;
pub use gz_core::{geo, model, report, say, scenario, tell};
pub use gz_figure as figure;
pub use gz_i18n as i18n;

#[cfg(feature = "app")]
pub use gz_app as app;
