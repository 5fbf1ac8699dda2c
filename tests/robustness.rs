//! Loading never panics, whatever the text: every truncation and thousands of small
//! corruptions of real scenario files give either a scenario or an error naming the file.

use gaza_zones::model::rng::Uniform;
use gaza_zones::scenario::{BUNDLED, Scenario};

fn must_not_panic(text: &str, what: &str) {
    let outcome = std::panic::catch_unwind(|| Scenario::from_ron_str(text, "fuzz.ron"));
    let Ok(loaded) = outcome else {
        panic!("{what}: loading panicked on:\n{text}");
    };
    if let Err(e) = loaded {
        assert!(e.to_string().starts_with("fuzz.ron"), "{what}: {e}");
    }
}

#[test]
fn every_truncation_of_a_scenario_is_handled() {
    let text = BUNDLED[1].text;
    let cuts: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    // Every cut in the first 2,000 bytes, then every 7th: all shapes of unfinished file.
    for &cut in cuts.iter().filter(|&&i| i < 2000 || i % 7 == 0) {
        must_not_panic(&text[..cut], &format!("cut at {cut}"));
    }
}

#[test]
fn random_corruptions_of_scenarios_are_handled() {
    const PIECES: [&str; 16] = [
        "(", ")", "[", "]", "{", "}", ",", ":", "\"", "-", "1e308", "NaN", "inf", "Some(",
        "\u{202e}", "/*",
    ];
    let mut rng = Uniform::new(2024);
    for bundled in BUNDLED {
        let chars: Vec<char> = bundled.text.chars().collect();
        for round in 0..400 {
            let mut mutated = chars.clone();
            for _ in 0..=((rng.next_f64() * 4.0) as usize) {
                let last = mutated.len() - 1;
                let at = (rng.next_f64() * mutated.len() as f64) as usize;
                let piece = PIECES[(rng.next_f64() * PIECES.len() as f64) as usize];
                match (rng.next_f64() * 3.0) as u8 {
                    0 => {
                        mutated.remove(at.min(last));
                    }
                    1 => mutated.splice(at..at, piece.chars()).for_each(drop),
                    _ => {
                        let digit = char::from(b'0' + (rng.next_f64() * 10.0) as u8);
                        mutated[at.min(last)] = digit;
                    }
                }
            }
            let text: String = mutated.into_iter().collect();
            must_not_panic(&text, &format!("{} round {round}", bundled.file_name));
        }
    }
}

#[test]
fn kept_fuzz_inputs_are_handled() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    for entry in std::fs::read_dir(folder).expect("folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let text = std::fs::read_to_string(&path).expect("text");
            must_not_panic(&text, &path.display().to_string());
            // Whatever loads must also run.
            if let Ok(s) = Scenario::from_ron_str(&text, "fuzz.ron") {
                let plan =
                    gaza_zones::model::Plan::new(gaza_zones::geo::Grid::strip(), &s.inputs());
                let _ = plan.run(s.mode, s.seed, gaza_zones::model::Record::Cells);
            }
        }
    }
}

#[test]
fn control_characters_in_text_are_refused_by_name() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz/control_characters.ron");
    let err = Scenario::load(&path).expect_err("a bell and an escape code in a title");
    assert!(
        err.to_string().contains("control character U+0007"),
        "{err}"
    );
}
