//! What the tests without a window share: the binary run as a user runs it, and the bundled
//! scenarios. (The app's tests share tests/common.)

// Each test file uses only some of these.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use gaza_zones::scenario::{Bundled, Scenario};

/// Runs the built binary with `args`, with no display, so that a subcommand can never reach
/// for a window.
pub fn gaza_zones(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gaza-zones"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs")
}

/// The path of a bundled scenario's file, as given on a command line.
pub fn scenario_file(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name)
        .display()
        .to_string()
}

/// A bundled scenario, loaded; a test stops with the reason if it is not there or broken.
pub fn load_bundled(file_name: &str) -> Scenario {
    Bundled::named(file_name)
        .unwrap_or_else(|| panic!("{file_name} is bundled"))
        .load()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The new user's scenario: the force deploys everywhere with 20,000 troops under a monitoring
/// mandate, but disarmament stays at 0 ("Where things stand" otherwise).
pub fn force_but_no_disarmament() -> Scenario {
    let mut s = load_bundled("where_things_stand.ron");
    s.start.force_troops = 20_000.0;
    s.start.force_mandate = gaza_zones::model::Mandate::Monitor;
    s.start.force_deployed = gaza_zones::geo::Governorate::ALL.to_vec();
    s.start.disarmament_share = 0.0;
    s
}
