//! The builder against the real reference data in `../shared/data` (or `$GAZA_ZONES_REFERENCE`).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use gz_assets::summary::{
    SOURCE_DAMAGE_SITES, SOURCE_HELD_SHARE, SOURCE_HOUSING_UNITS, SOURCE_RESIDENTS_2017,
};
use gz_assets::{Built, CELLS_FILE, HOMES_FILE, REFERENCE_ENV, sources};

fn reference_dir() -> PathBuf {
    let dir = gz_assets::default_reference_dir();
    assert!(
        dir.join(sources::IDF_LINE_FILE).is_file(),
        "the reference data is not at {} (set {REFERENCE_ENV} to the folder holding \
         gaza_governorates.geojson and reference/; CI has ../shared beside the checkout)",
        dir.display()
    );
    dir
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        gz_assets::build(&reference_dir()).unwrap_or_else(|e| panic!("build failed: {e}"))
    })
}

#[test]
fn committed_assets_are_what_the_builder_makes() {
    let built = built();
    let assets = gz_assets::workspace_root().join("assets");
    for (file, made) in [
        (CELLS_FILE, &built.cells_csv),
        (HOMES_FILE, &built.homes_csv),
    ] {
        let path = assets.join(file);
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        assert!(
            committed == *made,
            "{} is not what the builder makes from {}: run `cargo run -p gz-assets --bin \
             gz-build-assets`",
            path.display(),
            reference_dir().display()
        );
    }
}

#[test]
fn one_row_per_cell_with_shares_between_0_and_1() {
    let built = built();
    let grid = gz_core::geo::Grid::strip();
    assert_eq!(built.rows.len(), grid.len());
    assert_eq!(built.cells_csv.lines().count(), grid.len() + 1);
    assert_eq!(built.homes_csv.lines().count(), grid.len() + 1);
    assert!(!built.cells_csv.contains('\r') && !built.homes_csv.contains('\r'));
    for (row, cell) in built.rows.iter().zip(&grid.cells) {
        assert_eq!((row.col, row.row), cell.square);
        assert!((0.0..=1.0).contains(&row.held_share), "{row:?}");
        assert!(
            !row.municipality.is_empty(),
            "every cell lies in a municipality: {row:?}"
        );
    }
}

#[test]
fn held_shares_per_governorate_agree_with_source_md() {
    for (held, source) in built().summary.held.iter().zip(SOURCE_HELD_SHARE) {
        let name = held.governorate.name();
        assert!(
            (held.share_by_area - source).abs() <= 0.02,
            "{name}: {:.3} of the land held, SOURCE.md {source}",
            held.share_by_area
        );
        assert!(
            (held.share_by_majority - source).abs() <= 0.05,
            "{name}: {:.3} in cells held by majority, SOURCE.md {source}",
            held.share_by_majority
        );
    }
}

#[test]
fn totals_in_cells_keep_the_sources_totals() {
    let summary = &built().summary;
    let within_1_percent = |what: &str, got: f64, want: f64| {
        assert!(
            (got - want).abs() <= 0.01 * want,
            "{what}: {got:.0} in cells, {want:.0} expected"
        );
    };
    assert_eq!(summary.housing_units_in_source, SOURCE_HOUSING_UNITS);
    within_1_percent(
        "housing units",
        summary.housing_units_in_cells,
        SOURCE_HOUSING_UNITS,
    );
    assert_eq!(summary.damage_sites_in_source, SOURCE_DAMAGE_SITES);
    within_1_percent(
        "damage sites",
        summary.damage_sites_in_cells,
        SOURCE_DAMAGE_SITES,
    );
    // The census total is kept exactly: municipalities with homes but no census community get
    // no residents of their own (their people are in the nearby towns' counts).
    assert_eq!(summary.residents_in_census, SOURCE_RESIDENTS_2017);
    within_1_percent(
        "residents",
        summary.residents_in_cells,
        SOURCE_RESIDENTS_2017,
    );
    assert!(!summary.without_census.is_empty(), "the summary lists them");
}

/// A copy of the reference folder that a test may damage.
fn reference_copy() -> tempfile::TempDir {
    let from = reference_dir();
    let to = tempfile::tempdir().expect("temporary folder");
    std::fs::create_dir_all(to.path().join("reference")).expect("folder");
    for file in sources::ALL_FILES {
        std::fs::copy(from.join(file), to.path().join(file)).expect("copy");
    }
    to
}

/// Runs the binary on `reference`, writing into a fresh folder; returns its stderr after
/// checking that it failed and wrote nothing.
fn failing_run(reference: &Path) -> String {
    let assets = tempfile::tempdir().expect("temporary folder");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gz-build-assets"))
        .arg("--reference")
        .arg(reference)
        .arg("--assets")
        .arg(assets.path())
        .output()
        .expect("the binary runs");
    assert!(!out.status.success(), "the binary succeeded");
    assert!(
        !assets.path().join("derived").exists(),
        "the binary wrote something"
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_missing_reference_file_is_named() {
    let dir = reference_copy();
    std::fs::remove_file(dir.path().join(sources::COMMUNITIES_FILE)).expect("remove");
    let error = gz_assets::build(dir.path())
        .err()
        .expect("a missing file is an error")
        .to_string();
    assert!(
        error.contains("pcbs2017_communities.geojson"),
        "the message names the file: {error}"
    );
    let stderr = failing_run(dir.path());
    assert!(stderr.contains("pcbs2017_communities.geojson"), "{stderr}");
}

#[test]
fn a_malformed_reference_file_is_named() {
    let dir = reference_copy();
    let path = dir.path().join(sources::HOUSING_FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, &text[..text.len() / 2]).expect("truncate");
    let error = gz_assets::build(dir.path())
        .err()
        .expect("a truncated file is an error")
        .to_string();
    assert!(
        error.contains("unosat_housing_hex_2025-10-11.geojson") && error.contains("JSON"),
        "{error}"
    );
    assert!(failing_run(dir.path()).contains("unosat_housing_hex"));
}

#[test]
fn a_missing_property_names_the_file_and_the_feature() {
    let dir = reference_copy();
    let path = dir.path().join(sources::DAMAGE_FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen("\"damage_sites\"", "\"sites\"", 1)).expect("write");
    let error = gz_assets::build(dir.path())
        .err()
        .expect("a missing property is an error")
        .to_string();
    assert!(
        error.contains("unosat_damage_by_municipality_2025-10-11.geojson")
            && error.contains("feature 0")
            && error.contains("damage_sites"),
        "{error}"
    );
}
