//! Per-place output: `gaza-zones cells` (CSV and GeoJSON) and `gaza-zones run --by governorate`
//! add up to the whole-Strip numbers of `gaza-zones run`, and the map file is GeoJSON that GIS
//! tools read.

use std::path::Path;
use std::process::Command;

use gaza_zones::geo::Grid;
use serde_json::Value;

mod support;
use support::gaza_zones;

/// The Strip's land in the boundary data (SOURCE.md: 364.91 km² geodesic).
const STRIP_KM2: f64 = 364.9;

/// A bundled scenario (it runs the newest model) and a model-1 file (a frozen copy of a
/// bundled one).
const LATEST: &str = "scenarios/full_phase_two.ron";
const MODEL_1: &str = "tests/data/v1/bundled_full_phase_two.ron";

fn path(relative: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(relative)
        .display()
        .to_string()
}

fn ok(args: &[&str]) -> String {
    let o = gaza_zones(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("UTF-8")
}

/// A CSV after its `#` header: the column names and the rows.
struct Table {
    columns: Vec<String>,
    rows: Vec<csv::StringRecord>,
}

impl Table {
    fn read(text: &str) -> Self {
        assert!(text.starts_with("# gaza-zones "), "no provenance header");
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        let columns = reader
            .headers()
            .expect("a header row")
            .iter()
            .map(str::to_owned)
            .collect();
        let rows = reader.records().collect::<Result<_, _>>().expect("rows");
        Self { columns, rows }
    }

    fn column(&self, name: &str) -> usize {
        self.columns
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", self.columns))
    }

    fn number(&self, row: &csv::StringRecord, name: &str) -> f64 {
        row[self.column(name)]
            .parse()
            .unwrap_or_else(|_| panic!("{name} = {:?} is not a number", &row[self.column(name)]))
    }

    fn sum(&self, name: &str) -> f64 {
        self.rows.iter().map(|r| self.number(r, name)).sum()
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn cells_csv_has_a_row_per_cell_whose_land_and_people_add_up_to_the_run() {
    let cells = Grid::strip().len();
    for (file, model) in [(LATEST, 3), (MODEL_1, 1)] {
        let file = path(file);
        let text = ok(&["cells", &file, "--day", "120"]);
        assert!(text.contains(&format!("# model: {model} (")), "{text:.600}");
        assert!(text.contains("; day: 120 (2026-03-17)"), "{text:.600}");
        let table = Table::read(&text);
        assert_eq!(table.rows.len(), cells, "model {model}");
        let area = table.sum("area_km2");
        assert!((area - STRIP_KM2).abs() < 0.5, "model {model}: {area} km²");
        let run = Table::read(&ok(&["run", &file]));
        let day = &run.rows[120];
        let run_people: f64 = ["red_pop", "green_pop", "gray_pop", "held_pop", "blue_pop"]
            .iter()
            .map(|c| run.number(day, c))
            .sum();
        let people = table.sum("people_at_home") + table.sum("people_sheltering");
        assert!(close(people, run_people), "{people} vs {run_people}");
        let sheltering = table.sum("people_sheltering");
        assert!(close(sheltering, run.number(day, "displaced_pop")));
        let held: f64 = table
            .rows
            .iter()
            .filter(|r| &r[table.column("held")] == "true")
            .map(|r| table.number(r, "area_km2"))
            .sum();
        assert!(close(held, run.number(day, "behind_line_km2")), "{held}");
        // Zone chances in an expected-value run, each cell's adding up to one.
        for row in &table.rows {
            let p: f64 = ["p_red", "p_green", "p_gray", "p_blue"]
                .iter()
                .map(|c| table.number(row, c))
                .sum();
            assert!((p - 1.0).abs() < 1e-9, "{p}");
        }
        // Homes are a model-2 figure; model 1 leaves them empty.
        let homes = &table.rows[0][table.column("housing_units")];
        let habitable = &table.rows[0][table.column("homes_habitable")];
        assert_eq!(homes.is_empty(), model == 1, "{homes:?}");
        assert_eq!(habitable.is_empty(), model == 1, "{habitable:?}");
    }
}

#[test]
fn a_stochastic_run_names_each_cells_zone_and_the_default_day_is_the_last() {
    let file = path(LATEST);
    let text = ok(&["cells", &file, "--mode", "stochastic", "--seed", "5"]);
    let table = Table::read(&text);
    assert!(text.contains("mode: Stochastic; seed: 5; runs: 1; day: 774 (2027-12-31)"));
    let zone = table.column("zone");
    assert!(!table.columns.iter().any(|c| c == "p_red"));
    for row in &table.rows {
        assert!(
            ["red", "green", "gray", "blue"].contains(&&row[zone]),
            "{:?}",
            &row[zone]
        );
    }
    let run = Table::read(&ok(&["run", &file, "--mode", "stochastic", "--seed", "5"]));
    let last = run.rows.last().expect("days");
    let blue: f64 = table
        .rows
        .iter()
        .filter(|r| &r[zone] == "blue")
        .map(|r| table.number(r, "area_km2"))
        .sum();
    assert!(close(blue, run.number(last, "blue_km2")), "{blue}");
}

/// The signed area of a closed ring of `[lon, lat]` in the grid's local plane, km²: positive when
/// counter-clockwise on a map.
fn signed_area_km2(grid: &Grid, ring: &[Value]) -> f64 {
    let points: Vec<[f64; 2]> = ring
        .iter()
        .map(|p| {
            let lonlat = [p[0].as_f64().expect("lon"), p[1].as_f64().expect("lat")];
            grid.projection.plane_from_lonlat(lonlat)
        })
        .collect();
    points
        .windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum::<f64>()
        / 2.0
}

#[test]
fn cells_geojson_is_a_feature_collection_of_closed_counter_clockwise_cells() {
    let grid = Grid::strip();
    let text = ok(&["cells", &path(LATEST), "--day", "0", "--format", "geojson"]);
    let json: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(json["type"], "FeatureCollection");
    let about = &json["gaza_zones"];
    assert_eq!(about["day"], 0);
    assert_eq!(about["date"], "2025-11-17");
    assert_eq!(about["model"], 3);
    let provenance = about["provenance"].as_array().expect("provenance lines");
    assert!(
        provenance[0]
            .as_str()
            .expect("text")
            .contains("not a forecast")
    );
    let features = json["features"].as_array().expect("features");
    assert_eq!(features.len(), grid.len());
    let mut total_km2 = 0.0;
    for (i, feature) in features.iter().enumerate() {
        assert_eq!(feature["type"], "Feature");
        assert_eq!(feature["id"], i);
        assert_eq!(feature["properties"]["cell"], i);
        let geometry = &feature["geometry"];
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["coordinates"]],
            Some("MultiPolygon") => geometry["coordinates"]
                .as_array()
                .expect("polygons")
                .iter()
                .collect(),
            other => panic!("cell {i}: geometry {other:?}"),
        };
        for polygon in polygons {
            let rings = polygon.as_array().expect("rings");
            for (r, ring) in rings.iter().enumerate() {
                let ring = ring.as_array().expect("positions");
                assert!(ring.len() >= 4, "cell {i}: a ring of {}", ring.len());
                assert_eq!(ring.first(), ring.last(), "cell {i}: ring not closed");
                let area = signed_area_km2(grid, ring);
                // RFC 7946 §3.1.6: exteriors counter-clockwise, holes clockwise.
                assert_eq!(area > 0.0, r == 0, "cell {i}: ring {r} turns the wrong way");
                total_km2 += area;
            }
        }
    }
    assert!((total_km2 - STRIP_KM2).abs() < 0.5, "{total_km2} km²");
}

/// Whether a name is English `snake_case`, as GIS tools take field names without quoting.
fn snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[test]
fn every_day_is_a_long_table_joined_to_the_geojson_on_cell() {
    let file = path(LATEST);
    let last = support::load_bundled("full_phase_two.ron").horizon_days;
    let cells = Grid::strip().len();
    let geojson: Value =
        serde_json::from_str(&ok(&["cells", &file, "--format", "geojson"])).expect("JSON");
    assert!(
        geojson["gaza_zones"]["coordinates"]
            .as_str()
            .is_some_and(|c| c.contains("WGS 84")),
        "the map says its coordinates' system"
    );
    let features = geojson["features"].as_array().expect("features");
    let mut feature_cells: Vec<String> = Vec::new();
    for feature in features {
        let properties = feature["properties"].as_object().expect("properties");
        for name in properties.keys() {
            assert!(snake_case(name), "property {name:?}");
        }
        feature_cells.push(feature["properties"]["cell"].to_string());
    }
    // Every day of a stochastic run, and every seventh of an expected-value one (the scenario's
    // mode), each with the last day.
    for (args, days) in [
        (
            vec!["--mode", "stochastic"],
            (0..=last).collect::<Vec<u32>>(),
        ),
        (
            vec!["--step", "7"],
            (0..=last).filter(|d| d % 7 == 0 || *d == last).collect(),
        ),
    ] {
        let mut every = vec!["cells", &file, "--every-day"];
        every.extend(&args);
        let text = ok(&every);
        let long = Table::read(&text);
        assert_eq!(long.columns[..2], ["day", "date"]);
        assert!(
            long.columns.iter().all(|c| snake_case(c)),
            "{:?}",
            long.columns
        );
        assert_eq!(long.rows.len(), cells * days.len(), "{args:?}");
        for (k, day) in days.iter().enumerate() {
            let rows = &long.rows[k * cells..(k + 1) * cells];
            assert!(rows.iter().all(|r| r[0] == day.to_string()), "day {day}");
            let ids: Vec<&str> = rows.iter().map(|r| &r[2]).collect();
            assert_eq!(
                ids, feature_cells,
                "day {day}: the cells of the GeoJSON, in order"
            );
        }
        // The last day's rows are `cells --day LAST` of the same run, column for column.
        let mut one_day = vec!["cells", &file];
        one_day.extend(args.iter().filter(|a| !["--step", "7"].contains(a)));
        let last_text = last.to_string();
        one_day.extend(["--day", &last_text]);
        let one = Table::read(&ok(&one_day));
        assert_eq!(long.columns[2..], one.columns[..]);
        let tail: Vec<Vec<&str>> = long.rows[long.rows.len() - cells..]
            .iter()
            .map(|r| r.iter().skip(2).collect())
            .collect();
        assert_eq!(&long.rows[long.rows.len() - 1][1], "2027-12-31");
        let expected: Vec<Vec<&str>> = one.rows.iter().map(|r| r.iter().collect()).collect();
        assert_eq!(tail, expected, "{args:?}");
    }
    let geo_every = gaza_zones(&["cells", &file, "--every-day", "--format", "geojson"]);
    assert_eq!(geo_every.status.code(), Some(2));
    let step_alone = gaza_zones(&["cells", &file, "--step", "7"]);
    assert_eq!(step_alone.status.code(), Some(2));
}

#[test]
fn run_by_governorate_adds_up_to_the_whole_strip_on_every_day() {
    let columns = [
        "red_km2",
        "green_km2",
        "gray_km2",
        "held_km2",
        "blue_km2",
        "red_pop",
        "green_pop",
        "gray_pop",
        "held_pop",
        "blue_pop",
        "behind_line_km2",
    ];
    for file in [LATEST, MODEL_1] {
        let file = path(file);
        let strip = Table::read(&ok(&["run", &file]));
        let text = ok(&["run", &file, "--by", "governorate"]);
        assert!(text.contains("; runs: 1; by: governorate\n"), "{text:.600}");
        let parts = Table::read(&text);
        assert_eq!(parts.columns[..2], ["day", "governorate"]);
        assert_eq!(parts.rows.len(), 5 * strip.rows.len());
        for (day, whole) in strip.rows.iter().enumerate() {
            let rows = &parts.rows[5 * day..5 * day + 5];
            let names: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
            assert_eq!(
                names,
                ["north_gaza", "gaza", "deir_al_balah", "khan_yunis", "rafah"]
            );
            assert!(rows.iter().all(|r| r[0] == day.to_string()));
            let sum = |name: &str| rows.iter().map(|r| parts.number(r, name)).sum::<f64>();
            for name in columns {
                let (a, b) = (sum(name), strip.number(whole, name));
                assert!(close(a, b), "day {day} {name}: {a} vs {b}");
            }
            // Displaced people counted where their homes are, and where they shelter.
            let displaced = strip.number(whole, "displaced_pop");
            for name in ["displaced_pop", "sheltering_pop"] {
                let a = sum(name);
                assert!(
                    (a - displaced).abs() < 1e-6 * displaced.max(1.0),
                    "day {day} {name}"
                );
            }
        }
    }
}

#[test]
fn bad_arguments_get_clear_errors_and_usage_exit_codes() {
    let file = path(LATEST);
    let late = gaza_zones(&["cells", &file, "--day", "775"]);
    assert_eq!(late.status.code(), Some(2));
    let message = String::from_utf8_lossy(&late.stderr);
    assert!(
        message.contains("--day 775 is past the scenario's last day (774)"),
        "{message}"
    );
    let ensemble = gaza_zones(&["run", &file, "--by", "governorate", "--runs", "3"]);
    assert_eq!(ensemble.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&ensemble.stderr).contains("cannot be used with"));
    let format = gaza_zones(&["cells", &file, "--format", "kml"]);
    assert_eq!(format.status.code(), Some(2));
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("s.ron");
    std::fs::copy(&file, &copy).expect("copy");
    let copy = copy.display().to_string();
    let onto_itself = gaza_zones(&["cells", &copy, "--out", &copy]);
    assert_eq!(onto_itself.status.code(), Some(2));
    let folder = dir.path().display().to_string();
    let into_folder = gaza_zones(&["cells", &copy, "--format", "geojson", "--out", &folder]);
    assert_eq!(into_folder.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&into_folder.stderr).contains("cannot write the GeoJSON"));
}

#[test]
fn ogrinfo_reads_the_geojson_with_one_feature_per_cell() {
    let probe = Command::new("ogrinfo").arg("--version").output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: ogrinfo not installed (Debian: apt-get install gdal-bin)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("cells.geojson");
    let out_text = out.display().to_string();
    ok(&[
        "cells",
        &path(LATEST),
        "--format",
        "geojson",
        "--out",
        &out_text,
    ]);
    let info = Command::new("ogrinfo")
        .args(["-ro", "-al", "-so", &out_text])
        .output()
        .expect("ogrinfo runs");
    let report = String::from_utf8_lossy(&info.stdout);
    assert!(info.status.success(), "{report}");
    let expected = format!("Feature Count: {}", Grid::strip().len());
    assert!(report.contains(&expected), "{report}");
    assert!(report.contains("WGS 84"), "{report}");
    for field in [
        "governorate: String",
        "held: Integer(Boolean)",
        "p_blue: Real",
    ] {
        assert!(report.contains(field), "no {field} in {report}");
    }
}
