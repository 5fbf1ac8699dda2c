//! `gaza-zones page`: one HTML file that opens offline, with a frame for every week, that
//! refuses to replace a file without --force, and in which a scenario's text stays text.

use std::path::Path;

use serde_json::Value;

mod support;
use support::{gaza_zones, load_bundled, scenario_file};

const BUNDLED: &str = "full_phase_two.ron";

/// Writes the page of `file` into `dir` with `extra` arguments; returns the page and stderr.
fn page(file: &str, dir: &Path, extra: &[&str]) -> (String, String) {
    let out = dir.join("scenario.html");
    let out_text = out.display().to_string();
    let mut args = vec!["page", file, "--out", &out_text, "--force"];
    args.extend(extra);
    let o = gaza_zones(&args);
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(0), "{args:?}: {stderr}");
    let html = std::fs::read_to_string(&out).expect("the page is written");
    (html, stderr)
}

/// The JSON the page's script reads.
fn data(html: &str) -> Value {
    let start = r#"<script type="application/json" id="page-data">"#;
    let json = html
        .split(start)
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("the page's data");
    serde_json::from_str(json).expect("the data is JSON")
}

/// Every value of `attribute="…"` in the page.
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let marker = format!(" {attribute}=\"");
    html.split(&marker)
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect()
}

#[test]
fn the_page_is_one_offline_file_with_a_frame_for_every_week() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (html, stderr) = page(&scenario_file(BUNDLED), dir.path(), &[]);
    // One file, and nothing left beside it.
    let files: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(files.len(), 1);
    let kb = html.len().div_ceil(1024);
    assert!(
        stderr.contains(&format!("scenario.html ({kb} KB)")),
        "{stderr}"
    );
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Nothing from anywhere else: no address at all, every reference inside the page.
    assert!(!html.contains("http://") && !html.contains("https://"));
    for attribute in ["src", "href", "xlink:href", "action", "srcset", "poster"] {
        for value in attribute_values(&html, attribute) {
            assert!(
                value.starts_with('#') || value == "data:,",
                "{attribute}={value:?}"
            );
        }
    }
    for forbidden in [
        "@import",
        "<iframe",
        "<img",
        "<object",
        "<embed",
        "@font-face",
    ] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
    for (at, _) in html.match_indices("url(") {
        assert!(html[at + 4..].starts_with('#'), "{}", &html[at..at + 30]);
    }
    assert_eq!(
        html.matches("<script").count(),
        2,
        "the data and the script"
    );
    assert_eq!(html.matches("<link").count(), 1, "the empty icon");

    let scenario = load_bundled(BUNDLED);
    let data = data(&html);
    let frames = &data["frames"];
    let days: Vec<u64> = frames["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|d| d.as_u64().expect("a day"))
        .collect();
    let last = u64::from(scenario.horizon_days);
    let weeks = last / 7 + 1 + u64::from(last % 7 != 0);
    assert_eq!(days.len() as u64, weeks);
    assert_eq!(days[0], 0);
    assert_eq!(days.last(), Some(&last));
    assert!(days.windows(2).all(|w| w[1] - w[0] <= 7 && w[1] > w[0]));
    assert!(
        html.contains(&format!(r#"max="{}""#, weeks - 1)),
        "the slider"
    );
    let cells = gaza_zones::geo::Grid::strip().len();
    let digits = frames["digits"].as_u64().expect("digits") as usize;
    let palette = frames["fills"].as_array().expect("fills").len();
    for key in [
        "cells",
        "dates",
        "held_count",
        "totals",
        "events",
        "events_heading",
    ] {
        assert_eq!(
            frames[key].as_array().expect(key).len(),
            days.len(),
            "{key}"
        );
    }
    let mut changed = false;
    let encoded: Vec<&str> = frames["cells"]
        .as_array()
        .expect("frames")
        .iter()
        .map(|f| f.as_str().expect("a frame"))
        .collect();
    for frame in &encoded {
        assert_eq!(frame.len(), cells * digits);
        changed |= *frame != encoded[0];
    }
    assert!(changed, "the map changes over the run");
    assert!(
        palette > 4,
        "an expected-value run mixes colours: {palette}"
    );
    // Every dated event of the run is captioned in the week it took effect.
    let captioned: usize = frames["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e.as_array().expect("a week's").len())
        .sum();
    let dated = scenario.events.iter().filter(|e| e.when.is_none()).count();
    assert!(captioned >= dated, "{captioned} of {dated}");
    // The provenance: title, file and hash as a CSV header gives them; not a forecast.
    let csv = String::from_utf8(gaza_zones(&["run", &scenario_file(BUNDLED)]).stdout).expect("CSV");
    let file_line = csv
        .lines()
        .find_map(|l| l.strip_prefix("# file: "))
        .expect("a file line");
    let (file, sha) = file_line.split_once(" sha256:").expect("file and hash");
    assert!(
        html.contains(&format!("{file} · sha256 {sha}")),
        "{file_line}"
    );
    assert!(html.contains(&format!("# file: {file_line}")));
    assert!(html.contains("a what-if model, not a forecast"));
    assert!(html.contains("expected run · seed 1"));
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("mine.html");
    std::fs::write(&out, "keep me").expect("write");
    let out_text = out.display().to_string();
    let file = scenario_file(BUNDLED);
    let refused = gaza_zones(&["page", &file, "--out", &out_text]);
    assert_eq!(refused.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "keep me");
    let forced = gaza_zones(&["page", &file, "--out", &out_text, "--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&out)
            .expect("read")
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn markup_in_a_scenario_stays_text() {
    let hostile = r"</script><script>window.pwned=1</script><img src=x onerror=alert(1)>{{data}}";
    let mut scenario = load_bundled(BUNDLED);
    scenario.meta.title = format!("Title {hostile}");
    scenario.meta.description = format!("Description {hostile}");
    scenario.events[0].title = format!("Event {hostile}");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.ron");
    std::fs::write(&file, scenario.to_ron_string().expect("RON")).expect("write");
    let pages = tempfile::tempdir().expect("temp dir");
    let (html, _) = page(&file.display().to_string(), pages.path(), &[]);
    assert_eq!(html.matches("<script").count(), 2, "no script added");
    assert!(!html.contains("window.pwned=1</script>"));
    assert!(!html.contains("<img"));
    assert!(html.contains("<h1>Title &lt;/script&gt;&lt;script&gt;window.pwned=1"));
    assert!(html.contains("<p>Description &lt;/script&gt;"));
    // The event's title reaches the script as JSON and reads back unchanged.
    let data = data(&html);
    let titles: Vec<&str> = data["frames"]["events"]
        .as_array()
        .expect("events")
        .iter()
        .flat_map(|week| week.as_array().expect("a week's").iter())
        .map(|e| e[1].as_str().expect("a title"))
        .collect();
    assert!(
        titles.contains(&format!("Event {hostile}").as_str()),
        "{titles:?}"
    );
}

#[test]
fn arabic_and_hebrew_pages_run_right_to_left_in_their_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = scenario_file(BUNDLED);
    for (lang, play) in [("ar", "تشغيل"), ("he", "הפעלה")] {
        let (html, _) = page(&file, dir.path(), &["--lang", lang]);
        assert!(
            html.contains(&format!(r#"<html lang="{lang}" dir="rtl">"#)),
            "{lang}"
        );
        assert!(
            html.contains(&format!(r#"aria-pressed="false">{play}</button>"#)),
            "{lang}"
        );
        assert!(!html.contains("Events from day"), "{lang}");
        assert!(!html.contains("Keys:"), "{lang}");
    }
}
