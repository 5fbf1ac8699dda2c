//! Any bytes given as a scenario file: loading and validating must return a scenario or an
//! error, never panic, hang or run out of memory; and whatever loads must save and load back
//! to the same scenario.
#![no_main]

use gz_core::scenario::Scenario;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(scenario) = Scenario::from_ron_str(text, "fuzz.ron") {
        let saved = scenario.to_ron_string().expect("a loaded scenario serialises");
        let again = Scenario::from_ron_str(&saved, "saved.ron").expect("a saved scenario loads");
        assert_eq!(again, scenario, "save and load round-trip");
    }
});
