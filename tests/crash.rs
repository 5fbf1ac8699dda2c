//! A panic writes the unsaved work before the process ends. In its own test binary because a
//! panic hook is process-wide.
#![cfg(feature = "app")]

use std::time::Instant;

use gaza_zones::app::autosave::{Autosave, recover};
use gaza_zones::app::document::Document;
use gaza_zones::scenario::default_scenario;

#[test]
fn a_panic_writes_the_latest_unsaved_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    let mut saver = Autosave::new(path.clone());
    saver.install_panic_hook();
    let mut doc = Document::unsaved(default_scenario().expect("default"));
    let mut edited = doc.scenario().clone();
    edited.seed = 1234;
    doc.edit(edited);
    let now = Instant::now();
    saver.tick(&doc, now);
    // A second edit within the autosave interval is not on disk yet...
    let mut again = doc.scenario().clone();
    again.seed = 5678;
    doc.edit(again);
    assert!(
        saver.tick(&doc, now).is_some(),
        "the next write waits for the interval"
    );
    assert_eq!(recover(&path).expect("first write").scenario.seed, 1234);
    // ...until the app panics, when the hook writes the latest state.
    let outcome = std::panic::catch_unwind(|| panic!("a bug in a panel"));
    assert!(outcome.is_err());
    assert_eq!(
        recover(&path).expect("written by the hook").scenario.seed,
        5678
    );
}
