//! Scenario files made to hurt: huge lists of problems, duplicated keys, text that hides what
//! it says, bytes that are not text, and files that are not files. Each is refused with a
//! position and a way out, and none takes time out of proportion to its size.

use gaza_zones::scenario::{LoadError, MAX_EVENTS, MAX_FILE_BYTES, Problem, Scenario};

/// The minimal fixture's text up to `events:`, with `rest` (events and more) after it.
fn scenario_with(horizon_days: &str, title: &str, rest: &str) -> String {
    format!(
        "(\n    version: 1,\n    meta: (title: \"{title}\"),\n    start_date: \"2025-11-17\",\n    \
         horizon_days: {horizon_days},\n    seed: 7,\n    mode: stochastic,\n    start: (\n        \
         disarmament_share: 0.0,\n        aid_trucks_per_day: 113.0,\n        force_troops: 0.0,\n        \
         force_mandate: monitor,\n        force_deployed: [],\n        \
         reconstruction_usd_bn_per_year: 0.0,\n        violations_per_week: 2.0,\n        \
         held_share: 0.53,\n        governance: none,\n        arab_participation_share: 0.1,\n        \
         rafah_crossing: closed,\n    ),\n{rest})\n"
    )
}

/// Line of the first line of `events:` in [`scenario_with`]'s text.
const EVENTS_LINE: usize = 21;

fn problems(text: &str) -> Vec<Problem> {
    match Scenario::from_ron_str(text, "hostile.ron") {
        Err(LoadError::Invalid { problems, .. }) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

fn error(text: &str) -> String {
    Scenario::from_ron_str(text, "hostile.ron")
        .expect_err("refused")
        .to_string()
}

#[test]
fn a_megabyte_with_a_problem_on_every_event_places_every_problem() {
    // One event per line, each after the horizon, until the file is as large as allowed.
    let event = "(day: 999, action: Rafah(open)),\n";
    let empty = scenario_with("10", "Every event late", "events: [\n],\n");
    let count = (MAX_FILE_BYTES as usize - empty.len()) / event.len();
    let events = format!("events: [\n{}],\n", event.repeat(count));
    let text = scenario_with("10", "Every event late", &events);
    assert!(text.len() as u64 <= MAX_FILE_BYTES, "{}", text.len());
    assert!(text.len() as u64 > MAX_FILE_BYTES - 100, "{}", text.len());
    assert!(count > 30_000, "{count} events");

    let found = problems(&text);
    let late: Vec<&Problem> = found
        .iter()
        .filter(|p| p.message.contains("after the horizon"))
        .collect();
    assert_eq!(late.len(), count);
    for (i, p) in late.iter().enumerate() {
        assert_eq!(p.position, Some((EVENTS_LINE + 1 + i, 2)), "{}", p.path);
    }
    // The one over the limit is named where it starts.
    let over = found
        .iter()
        .find(|p| p.message.contains("over the limit"))
        .expect("too many events");
    assert_eq!(over.position, Some((EVENTS_LINE + 1 + MAX_EVENTS, 1)));
}

#[test]
fn too_many_events_points_at_the_first_one_over_the_limit() {
    let events = "        (day: 1, action: Rafah(open)),\n".repeat(MAX_EVENTS + 3);
    let text = scenario_with("10", "Many", &format!("    events: [\n{events}    ],\n"));
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("2003 events, over the limit of 2000"),
        "{}",
        found[0].message
    );
    assert_eq!(found[0].position, Some((EVENTS_LINE + 1 + MAX_EVENTS, 9)));
}

#[test]
fn a_parameter_given_twice_is_refused_with_both_positions() {
    let text = scenario_with(
        "10",
        "Twice",
        "    parameters: {\n        shelter_haven_weight: 2.0,\n        return_share_per_day: 0.1,\n        shelter_haven_weight: 3.0,\n    },\n",
    );
    let message = error(&text);
    assert!(
        message.contains(
            "hostile.ron:24:9: parameter \"shelter_haven_weight\" is given twice (first at line 22, column 9); keep one"
        ),
        "{message}"
    );
}

#[test]
fn a_problem_in_the_second_copy_of_a_parameter_is_placed_at_that_copy() {
    let text = scenario_with(
        "10",
        "Twice",
        "    parameters: {\n        shelter_haven_weight: 2.0,\n        shelter_haven_weight: 300.0,\n    },\n",
    );
    let found = problems(&text);
    let range = found
        .iter()
        .find(|p| p.message.contains("out of range"))
        .expect("the second copy's value is out of range");
    assert_eq!(range.position, Some((23, 9)), "{found:?}");
}

#[test]
fn a_field_given_twice_is_refused_where_the_second_copy_is() {
    let text = scenario_with(
        "10",
        "Twice",
        "    events: [(day: 1, day: 2, action: Rafah(open))],\n",
    );
    let message = error(&text);
    assert!(
        message.starts_with(&format!("hostile.ron:{EVENTS_LINE}:")),
        "{message}"
    );
    assert!(
        message.contains(&format!(
            "hostile.ron:{EVENTS_LINE}:23: field \"day\" appears twice (first at line {EVENTS_LINE}, column 15); keep one"
        )),
        "{message}"
    );
}

#[test]
fn every_record_refuses_a_field_given_twice() {
    let cases = [
        scenario_with("10", "Twice", "").replace("seed: 7,", "seed: 7, seed: 8,"),
        scenario_with("10", "Twice", "")
            .replace("(title: \"Twice\")", "(title: \"Twice\", title: \"Once\")"),
        scenario_with("10", "Twice", "")
            .replace("held_share: 0.53,", "held_share: 0.53, held_share: 0.1,"),
        scenario_with(
            "10",
            "Twice",
            "    events: [(day: 1, action: Set(driver: held_share, value: 0.1, value: 0.2))],\n",
        ),
        scenario_with(
            "10",
            "Twice",
            "    events: [(day: 1, action: DeclareHaven(Circle(lon: 34.3, lat: 31.4, lat: 31.5, radius_km: 1.0)))],\n",
        ),
    ];
    for text in cases {
        let message = error(&text);
        assert!(
            message.contains("appears twice (first at line"),
            "{message}"
        );
    }
}

#[test]
fn a_decimal_point_in_a_whole_number_field_says_so() {
    let cases = [
        (scenario_with("60.0", "Days", ""), "horizon_days", "days"),
        (
            scenario_with("60", "Days", "").replace("seed: 7", "seed: 7.5"),
            "seed",
            "number",
        ),
        (
            scenario_with(
                "60",
                "Days",
                "    events: [(day: 10.0, action: Rafah(open))],\n",
            ),
            "day",
            "days",
        ),
        (
            scenario_with(
                "60",
                "Days",
                "    events: [(day: 1, action: MoveLine(held_share: 0.4, over_days: 1e2))],\n",
            ),
            "over_days",
            "days",
        ),
        (
            scenario_with("60", "Days", "").replace("version: 1", "version: 1.0"),
            "version",
            "number",
        ),
    ];
    for (text, field, unit) in cases {
        let message = error(&text);
        assert!(
            message.contains(&format!("{field} takes a whole number")),
            "{message}"
        );
        assert!(message.contains(unit), "{message}");
        assert!(message.contains("without a decimal point"), "{message}");
        assert!(!message.contains("comma"), "{message}");
    }
}

#[test]
fn a_sign_quotes_or_a_huge_number_in_a_whole_number_field_say_so() {
    let cases = [
        ("-5", "horizon_days takes a whole number of days, 0 or more"),
        (
            "99999999999",
            "horizon_days takes a whole number of days no larger than 3650",
        ),
        (
            "\"60\"",
            "horizon_days takes a whole number of days, written as digits without quotes",
        ),
    ];
    for (value, expected) in cases {
        let message = error(&scenario_with(value, "Days", ""));
        assert!(message.contains("hostile.ron:5:"), "{message}");
        assert!(message.contains(expected), "{message}");
    }
}

#[test]
fn bidi_overrides_are_refused_in_every_text_field_by_their_code() {
    let overrides = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];
    for c in overrides {
        let code = format!("U+{:04X}", u32::from(c));
        let title = format!("Baseline {c}fdp.exe");
        let message = error(&scenario_with("10", &title, ""));
        assert!(message.contains(&code), "{code}: {message}");
        assert!(message.starts_with("hostile.ron:3:12:"), "{message}");

        let fields = [
            format!("    events: [(day: 1, title: \"x{c}\", action: Rafah(open))],\n"),
            format!("    events: [(day: 1, action: Rafah(open), note: \"x{c}\")],\n"),
            format!("    events: [(day: 1, action: Rafah(open), source: \"x{c}\")],\n"),
        ];
        for rest in fields {
            let message = error(&scenario_with("10", "Fine", &rest));
            assert!(message.contains(&code), "{code}: {message}");
        }
        let meta = [
            format!("(title: \"Fine\", author: \"a{c}b\")"),
            format!("(title: \"Fine\", description: \"a{c}b\")"),
            format!("(title: \"Fine\", sources: [\"ok\", \"a{c}b\"])"),
        ];
        for m in meta {
            let text = scenario_with("10", "Fine", "").replace("(title: \"Fine\")", &m);
            let message = error(&text);
            assert!(message.contains(&code), "{code}: {message}");
        }
    }
}

#[test]
fn titles_that_show_nothing_are_refused() {
    for invisible in [
        "\u{200B}",
        "\u{200C}\u{200D}",
        " \u{2060} ",
        "\u{FEFF}",
        "\u{200E}",
        // Found by a red-team pass: tag characters (which can spell hidden ASCII), a musical
        // formatting control and a variation selector.
        "\u{E0041}\u{E0042}\u{E0043}",
        "\u{1D173}",
        "\u{FE0F}",
    ] {
        let message = error(&scenario_with("10", invisible, ""));
        assert!(message.contains("hostile.ron:3:12:"), "{message}");
        assert!(message.contains("shows nothing"), "{message}");
        let first = invisible.trim().chars().next().unwrap_or(' ');
        if !first.is_whitespace() {
            assert!(
                message.contains(&format!("U+{:04X}", u32::from(first))),
                "{message}"
            );
        }
        let event =
            format!("    events: [(day: 1, title: \"{invisible}\", action: Rafah(open))],\n");
        let message = error(&scenario_with("10", "Fine", &event));
        assert!(message.contains("shows nothing"), "{message}");
    }
}

#[test]
fn right_to_left_text_and_its_marks_stay_allowed() {
    let arabic = "خط الانسحاب\u{200F} (2025)";
    let hebrew = "\u{200F}קו הנסיגה\u{200E} 2025";
    for title in [arabic, hebrew, "a\u{200D}b"] {
        let text = scenario_with("10", title, "");
        let s = Scenario::from_ron_str(&text, "rtl.ron").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.meta.title, title);
    }
}

fn write_temp(bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp folder");
    let path = dir.path().join("bytes.ron");
    std::fs::write(&path, bytes).expect("written");
    (dir, path)
}

#[test]
fn a_bad_byte_is_named_by_line_and_column() {
    let mut bytes = scenario_with("10", "Café ü", "").into_bytes();
    // Replace the first byte of the ü on line 3 by a byte that never starts a character.
    let at = bytes
        .windows(2)
        .position(|w| w == "ü".as_bytes())
        .expect("ü");
    bytes[at] = 0xFF;
    let (_dir, path) = write_temp(&bytes);
    let message = Scenario::load(&path).expect_err("not text").to_string();
    assert!(
        message.starts_with(&format!("{}:3:25: ", path.display())),
        "{message}"
    );
    assert!(message.contains("not UTF-8 text"), "{message}");
    assert!(message.contains("0xFF"), "{message}");
}

#[test]
fn a_file_cut_inside_a_character_says_so() {
    let text = scenario_with("10", "صباح", "");
    let cut = text.find("صباح").expect("title") + 3;
    let (_dir, path) = write_temp(&text.as_bytes()[..cut]);
    let message = Scenario::load(&path).expect_err("cut").to_string();
    assert!(
        message.starts_with(&format!("{}:3:21: ", path.display())),
        "{message}"
    );
    assert!(
        message.contains("the file ends in the middle of a character"),
        "{message}"
    );
}

#[test]
fn a_folder_is_not_a_scenario() {
    let dir = tempfile::tempdir().expect("temp folder");
    let message = Scenario::load(dir.path()).expect_err("folder").to_string();
    assert!(
        message.contains("is not a regular file (a folder)"),
        "{message}"
    );
    assert!(message.contains("give a scenario file"), "{message}");
}

/// A FIFO would block `open` forever. If loading ever opens it, this test opens the writing
/// end (which only succeeds once a reader is there) and closes it, so the loader reads an
/// empty file and the assertion fails instead of the test hanging.
#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    use std::os::unix::fs::OpenOptionsExt;

    let dir = tempfile::tempdir().expect("temp folder");
    let fifo = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let path = fifo.clone();
    let loader = std::thread::spawn(move || Scenario::load(&path));
    while !loader.is_finished() {
        if let Ok(writer) = std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&fifo)
        {
            drop(writer);
        }
        std::thread::yield_now();
    }
    let message = loader
        .join()
        .expect("no panic")
        .expect_err("a pipe")
        .to_string();
    assert!(
        message.contains("is not a regular file (a pipe)"),
        "{message}"
    );
}

#[cfg(unix)]
#[test]
fn a_device_is_refused() {
    let message = Scenario::load(std::path::Path::new("/dev/zero"))
        .expect_err("a device")
        .to_string();
    assert!(
        message.contains("is not a regular file (a device)"),
        "{message}"
    );
}

#[test]
fn a_deployment_to_nowhere_twice_somewhere_or_with_a_huge_force_is_refused() {
    let deploy = |to: &str, troops: &str| {
        scenario_with(
            "100",
            "t",
            &format!(
                "    events: [(day: 5, action: Deploy(to: {to}, troops: {troops}, mandate: enforce))],\n"
            ),
        )
    };
    let nowhere = problems(&deploy("[]", "1000"));
    assert_eq!(nowhere[0].path, "events[0].action.to");
    assert!(nowhere[0].message.contains("at least one governorate"));
    let twice = problems(&deploy("[rafah, gaza, rafah]", "1000"));
    assert!(
        twice[0].message.contains("rafah is listed twice"),
        "{twice:?}"
    );
    // A million entries is refused by the file-size limit or the duplicate check, quickly.
    let long = format!("[{}]", vec!["gaza"; 200_000].join(", "));
    assert!(Scenario::from_ron_str(&deploy(&long, "1000"), "long.ron").is_err());
    let huge = problems(&deploy("[gaza]", "1e9"));
    assert_eq!(huge[0].path, "events[0].action.troops");
    assert!(huge[0].message.contains("out of range"));
    // And a good one loads.
    assert!(Scenario::from_ron_str(&deploy("[rafah, khan_yunis]", "20000"), "ok.ron").is_ok());
}
