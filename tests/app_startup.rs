//! Starting the app on a file given on the command line that cannot be opened: the window
//! still opens, on the default scenario, and says why; the terminal is told too.
#![cfg(feature = "app")]

mod common;

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use gaza_zones::app::document::Document;
use gaza_zones::app::{Notice, ZonesApp};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

#[test]
fn a_broken_file_on_the_command_line_still_opens_the_window_with_the_error_shown() {
    let Err(e) = Document::open(&data("unknown_driver.ron")) else {
        panic!("the file is broken on purpose");
    };
    let h = common::app_harness(move || ZonesApp::with_default_scenario().with_opening_error(&e));
    assert!(
        h.state()
            .scenario()
            .meta
            .title
            .starts_with("Where things stand"),
        "the default scenario"
    );
    match h.state().notice() {
        Some(Notice::Error(text)) => assert!(text.contains("unknown_driver.ron:11:9"), "{text}"),
        other => panic!("expected an error notice, got {other:?}"),
    }
    h.get_by_label_contains("did you mean \"aid_trucks_per_day\"?");
}

#[test]
fn a_broken_file_on_the_command_line_is_reported_and_the_window_is_still_tried() {
    let file = data("unknown_driver.ron");
    // Without a display the window cannot open; what matters is that it is tried rather than
    // the program ending on the file's error.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_gaza-zones"))
        .arg(&file)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("unknown_driver.ron:11:9"), "{stderr}");
    assert!(stderr.contains("cannot open the app window"), "{stderr}");
    assert_eq!(
        o.status.code(),
        Some(i32::from(gaza_zones::cli::exit::NO_DISPLAY))
    );
}
