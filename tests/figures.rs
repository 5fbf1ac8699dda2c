//! Figures as a researcher makes them: `gaza-zones figure` writes a PNG of the size and scale
//! asked for, or an SVG, each carrying the scenario, day and version; bad requests are refused
//! with a message and nothing is written.

use std::path::Path;

mod support;
use support::gaza_zones;
use support::scenario_file as scenario;

/// The PNG's size and its text chunks (keyword, text).
fn png_info(path: &Path) -> ((u32, u32), Vec<(String, String)>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(path).expect("written"),
    ));
    let reader = decoder.read_info().expect("a PNG");
    let info = reader.info();
    let mut text: Vec<(String, String)> = info
        .uncompressed_latin1_text
        .iter()
        .map(|t| (t.keyword.clone(), t.text.clone()))
        .collect();
    for t in &info.utf8_text {
        text.push((t.keyword.clone(), t.get_text().expect("utf-8")));
    }
    ((info.width, info.height), text)
}

#[test]
fn a_map_png_has_the_size_and_scale_asked_for_and_says_what_it_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.png");
    let o = gaza_zones(&[
        "figure",
        &scenario("full_phase_two.ron"),
        "--day",
        "400",
        "--size",
        "1280x720",
        "--scale",
        "2",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (size, text) = png_info(&out);
    assert_eq!(size, (2560, 1440));
    let get = |k: &str| {
        text.iter()
            .find(|(key, _)| key == k)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        get("Title"),
        "Full Phase II with an enforcing stabilisation force (historical baseline, Nov 2025)"
    );
    let description = get("Description");
    assert!(description.contains("day 400"), "{description}");
    assert!(description.contains("22 Dec 2026"), "{description}");
    assert!(description.contains("not a forecast"), "{description}");
    assert!(get("Software").contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn the_same_file_gives_the_same_figure_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let make = |name: &str| {
        let out = dir.path().join(name);
        let o = gaza_zones(&[
            "figure",
            &scenario("stalled_phase_two.ron"),
            "--kind",
            "people",
            "--size",
            "960x540",
            "--out",
            out.to_str().expect("utf-8"),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read(out).expect("written")
    };
    assert_eq!(make("a.png"), make("b.png"));
}

#[test]
fn an_svg_is_vector_text_with_its_title_and_caption() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("spread.svg");
    let o = gaza_zones(&[
        "figure",
        &scenario("stalled_phase_two.ron"),
        "--kind",
        "spread-area",
        "--runs",
        "12",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let svg = std::fs::read_to_string(&out).expect("written");
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("<title>Stalled Phase II"), "{}", &svg[..300]);
    assert!(svg.contains("median and p10–p90 of 12 runs"));
    assert!(svg.contains("a what-if model, not a forecast"));
    assert!(svg.contains("<polygon") || svg.contains("<path"));
}

/// `--lang` words a figure in Arabic or Hebrew, before or after the subcommand; the title (the
/// scenario's own) and the digits stay as they are.
#[test]
fn lang_words_a_figure_in_arabic_or_hebrew() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (args, subtitle, footer) in [
        (
            ["--lang", "ar", "figure"],
            "المناطق في اليوم 400",
            "نموذج «ماذا لو» وليس توقعاً",
        ),
        (
            ["figure", "--lang", "he"],
            "אזורים ביום 400",
            "מודל &quot;מה אם&quot;, לא תחזית",
        ),
    ] {
        let out = dir.path().join(format!("{}.svg", args.join("-")));
        let mut all: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        all.extend([
            scenario("full_phase_two.ron"),
            "--day".to_owned(),
            "400".to_owned(),
            "--out".to_owned(),
            out.to_str().expect("utf-8").to_owned(),
        ]);
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        let o = gaza_zones(&all);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let svg = std::fs::read_to_string(&out).expect("written");
        // Arabic and Hebrew runs are split into spans by script; compare the text alone.
        let text: String = svg
            .split('<')
            .filter_map(|part| part.split_once('>').map(|(_, t)| t))
            .collect::<String>()
            .replace(['\u{2066}', '\u{2067}', '\u{2069}'], "");
        assert!(
            svg.contains("<title>Full Phase II"),
            "the title is the scenario's own"
        );
        assert!(text.contains(subtitle), "{args:?}: {text}");
        assert!(text.contains(footer), "{args:?}: {text}");
        assert!(!text.contains("a what-if model, not a forecast"), "{text}");
    }
}

#[test]
fn bad_requests_are_refused_and_write_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = scenario("stalled_phase_two.ron");
    for (args, needle) in [
        (vec!["--out", "x.jpg"], "end the file name in .png or .svg"),
        (
            vec!["--out", "x.png", "--size", "8000x8000", "--scale", "4"],
            "too large",
        ),
        (vec!["--out", "x.png", "--scale", "0"], "scale"),
        (vec!["--out", "x.png", "--day", "100000"], "last day"),
    ] {
        let mut all = vec!["figure", file.as_str()];
        let args: Vec<String> = args
            .iter()
            .map(|a| {
                if a.starts_with("x.") {
                    dir.path().join(a).display().to_string()
                } else {
                    (*a).to_owned()
                }
            })
            .collect();
        all.extend(args.iter().map(String::as_str));
        let o = gaza_zones(&all);
        assert_eq!(o.status.code(), Some(2), "{all:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{all:?}: {err}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn tornado_and_sweep_figures_are_drawn_headless_and_a_sweep_needs_its_driver() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = scenario("full_phase_two.ron");
    let tornado = dir.path().join("tornado.svg");
    let o = gaza_zones(&[
        "figure",
        &file,
        "--kind",
        "tornado",
        "--indicator",
        "final_blue_pop",
        "--out",
        tornado.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let svg = std::fs::read_to_string(&tornado).expect("written");
    assert!(svg.contains("Withdrawal line"), "every driver has a bar");
    assert!(svg.contains("People in blue on the last day"));

    let sweep = dir.path().join("sweep.png");
    let out = sweep.to_str().expect("utf-8");
    let o = gaza_zones(&["figure", &file, "--kind", "sweep", "--out", out]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--driver"));
    let o = gaza_zones(&[
        "figure",
        &file,
        "--kind",
        "sweep",
        "--driver",
        "aid_trucks_per_day",
        "--steps",
        "4",
        "--runs",
        "3",
        "--out",
        out,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ((w, h), _) = png_info(&sweep);
    assert_eq!((w, h), (1920, 1080));
}

#[test]
fn a_missing_folder_is_named_plainly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("no-such-folder").join("map.png");
    let o = gaza_zones(&[
        "figure",
        &scenario("stalled_phase_two.ron"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no-such-folder does not exist"), "{err}");
    assert!(
        !err.contains(".gaza-zones-"),
        "no temporary file names: {err}"
    );
}

/// The words an SVG draws, each `<text>` once: its opening tag and its text (tags, entities
/// and the invisible direction marks taken out).
fn svg_texts(svg: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text ") {
        let tag_end = start + rest[start..].find('>').expect("tag closed");
        let body_end = tag_end + rest[tag_end..].find("</text>").expect("text closed");
        let mut text = String::new();
        let mut in_tag = false;
        for c in rest[tag_end + 1..body_end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                '\u{2066}'..='\u{2069}' => {}
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push((
            rest[start..tag_end].to_owned(),
            text.trim().replace("&amp;", "&").replace("&apos;", "'"),
        ));
        rest = &rest[body_end..];
    }
    out
}

/// Draws `args` as an SVG into `dir` and returns its text.
fn svg_figure(dir: &Path, name: &str, args: &[&str]) -> String {
    let out = dir.join(name);
    let mut all = vec!["figure"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out.to_str().expect("utf-8")]);
    let o = gaza_zones(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_to_string(&out).expect("written")
}

/// The y axis's tick values: the numbers set flush right against the axis.
fn y_ticks(svg: &str) -> Vec<f64> {
    svg_texts(svg)
        .iter()
        .filter(|(tag, _)| tag.contains("text-anchor=\"end\"") && tag.contains("dy=\"0.5ex\""))
        .filter_map(|(_, text)| text.parse::<f64>().ok())
        .collect()
}

/// The most people on any day of a run, in millions, from `gaza-zones run`.
fn most_people_millions(file: &str) -> f64 {
    let o = gaza_zones(&["run", file]);
    let text = String::from_utf8(o.stdout).expect("utf-8");
    let mut rows = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = rows.next().expect("header").split(',').collect();
    let people: Vec<usize> = ["red_pop", "green_pop", "gray_pop", "held_pop", "blue_pop"]
        .iter()
        .map(|c| header.iter().position(|h| h == c).expect("column"))
        .collect();
    rows.map(|row| {
        let cells: Vec<&str> = row.split(',').collect();
        people
            .iter()
            .map(|&i| cells[i].parse::<f64>().expect("a number"))
            .sum::<f64>()
    })
    .fold(0.0, f64::max)
        / 1.0e6
}

#[test]
fn a_charts_axis_ends_within_one_tick_of_the_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = scenario("full_phase_two.ron");
    let max = most_people_millions(&file);
    for size in ["1920x1080", "960x540"] {
        let svg = svg_figure(
            dir.path(),
            &format!("people-{size}.svg"),
            &[&file, "--kind", "people", "--size", size],
        );
        let ticks = y_ticks(&svg);
        assert!(ticks.len() >= 4, "{size}: {ticks:?}");
        let top = ticks.iter().copied().fold(f64::MIN, f64::max);
        let step = ticks[1] - ticks[0];
        assert!(
            top >= max && top - max <= step + 1e-9,
            "{size}: the axis runs to {top} for data up to {max:.3} (step {step}): {ticks:?}"
        );
    }
    // On a full-HD figure: 2.13 M people, an axis to 2.2 M.
    let svg = svg_figure(dir.path(), "hd.svg", &[&file, "--kind", "people"]);
    let top = y_ticks(&svg).into_iter().fold(f64::MIN, f64::max);
    assert_eq!(top, 2.2, "{max}");
}

#[test]
fn a_chart_names_its_events_and_marks_a_day_only_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = scenario("full_phase_two.ron");
    let svg = svg_figure(dir.path(), "people.svg", &[&file, "--kind", "people"]);
    let texts: Vec<String> = svg_texts(&svg).into_iter().map(|(_, t)| t).collect();
    for title in [
        "Full transition with vetted Palestinian police",
        "ISF starts operating in North Gaza",
    ] {
        assert!(texts.iter().any(|t| t == title), "{title} in {texts:?}");
    }
    assert!(
        texts.iter().any(|t| t.ends_with(" more")),
        "a day of several events says how many more: {texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t
            .strip_prefix("day ")
            .is_some_and(|n| n.parse::<u32>().is_ok())),
        "no day is marked without --day: {texts:?}"
    );
    let marked = svg_figure(
        dir.path(),
        "marked.svg",
        &[&file, "--kind", "people", "--day", "400"],
    );
    assert!(
        svg_texts(&marked).iter().any(|(_, t)| t == "day 400"),
        "--day marks its day on a chart"
    );
}

#[test]
fn the_difference_map_is_drawn_headless_and_names_both_scenarios_and_the_day() {
    let dir = tempfile::tempdir().expect("temp dir");
    let svg = svg_figure(
        dir.path(),
        "difference.svg",
        &[
            &scenario("full_phase_two.ron"),
            "--kind",
            "difference",
            "--compare",
            &scenario("stalled_phase_two.ron"),
            "--day",
            "500",
        ],
    );
    let desc = svg
        .split("<desc>")
        .nth(1)
        .and_then(|d| d.split("</desc>").next())
        .expect("a description");
    assert!(
        desc.contains("Full Phase II")
            && desc.contains("Stalled Phase II")
            && desc.contains("day 500"),
        "{desc}"
    );
    let texts: Vec<String> = svg_texts(&svg).into_iter().map(|(_, t)| t).collect();
    assert!(
        texts.iter().any(|t| t.contains("differ on day 500")),
        "the legend counts what differs: {texts:?}"
    );
    assert!(texts.iter().any(|t| t == "top half: the current scenario"));
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("bottom half: Stalled Phase II"))
    );

    // Without --compare, or --compare with another kind: a usage error, nothing written.
    let out = dir.path().join("no.svg");
    let o = gaza_zones(&[
        "figure",
        &scenario("full_phase_two.ron"),
        "--kind",
        "difference",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--compare"));
    assert!(!out.exists());
}
