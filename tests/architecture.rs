//! The layers of the workspace: the simulation core never depends on a user interface or on
//! drawing, figures never on a window, and the command line and the app are siblings. Cargo
//! already refuses a `use` of a crate that is not a dependency; this test stops anyone adding
//! the dependency itself, directly or through another crate.

use std::process::Command;

/// The names of every crate `package` is built with (normal dependencies, all features).
fn dependencies_of(package: &str) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--all-features",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(["--format", "{p}", "-p", package])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    assert!(
        names.len() > 5,
        "cargo tree listed too little for {package}: {names:?}"
    );
    names
}

fn assert_free_of(package: &str, forbidden: &[&str]) {
    let names = dependencies_of(package);
    for name in forbidden {
        assert!(
            !names.iter().any(|n| n == name),
            "{package} depends on {name}, which its layer may not use"
        );
    }
}

#[test]
fn the_core_has_no_user_interface_and_no_drawing() {
    assert_free_of(
        "gz-core",
        &[
            "egui",
            "eframe",
            "egui_plot",
            "winit",
            "rfd",
            "plotters",
            "clap",
            "indicatif",
            "gz-figure",
            "gz-cli",
            "gz-app",
        ],
    );
}

#[test]
fn figures_need_no_window() {
    assert_free_of(
        "gz-figure",
        &["egui", "eframe", "winit", "rfd", "clap", "gz-cli", "gz-app"],
    );
}

#[test]
fn the_command_line_needs_no_window() {
    assert_free_of("gz-cli", &["egui", "eframe", "winit", "rfd", "gz-app"]);
}

#[test]
fn the_app_does_not_reach_into_the_command_line() {
    assert_free_of("gz-app", &["gz-cli", "clap", "indicatif"]);
}

#[test]
fn the_app_is_where_the_window_is() {
    // Guards the test itself: if `cargo tree` stopped listing names, the checks above would
    // pass vacuously.
    let names = dependencies_of("gz-app");
    assert!(names.iter().any(|n| n == "eframe") && names.iter().any(|n| n == "gz-core"));
}
