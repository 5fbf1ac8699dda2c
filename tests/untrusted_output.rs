//! What the program writes never harms the one who reads it: no write through a planted link,
//! no formula for a spreadsheet, no escape sequence for a terminal, no folder names of the
//! author's in a shared table, and no pipe or device replaced by `--out`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use gaza_zones::report::Provenance;
use gaza_zones::scenario::{
    SaveError, Scenario, Target, backup_path, default_scenario, resolve_target, write_private,
};

mod support;
use support::gaza_zones;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn scenario(seed: u64) -> Scenario {
    let mut s = default_scenario().expect("default");
    s.seed = seed;
    s
}

fn bundled(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name)
}

/// A scenario file with `title`, written into `dir`.
fn titled(dir: &Path, title: &str) -> PathBuf {
    let mut s = scenario(1);
    title.clone_into(&mut s.meta.title);
    s.horizon_days = 20;
    s.events.retain(|e| e.day <= 20);
    let path = dir.join("titled.ron");
    s.save(&path).expect("save");
    path
}

#[cfg(unix)]
#[test]
fn a_planted_link_as_the_backup_is_replaced_not_written_through() {
    let dir = tempfile::tempdir().expect("temp dir");
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").expect("victim");
    let path = dir.path().join("plan.ron");
    scenario(1).save(&path).expect("first save");
    std::os::unix::fs::symlink(&victim, backup_path(&path)).expect("plant the link");

    scenario(2).save(&path).expect("second save");

    assert_eq!(std::fs::read_to_string(&victim).expect("read"), "precious");
    let bak = std::fs::symlink_metadata(backup_path(&path)).expect("bak");
    assert!(bak.file_type().is_file(), "the link was replaced by a file");
    assert_eq!(Scenario::load(&backup_path(&path)).expect("bak").seed, 1);
    assert_eq!(Scenario::load(&path).expect("saved").seed, 2);
}

#[cfg(unix)]
#[test]
fn saving_a_scenario_that_is_a_link_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real_dir = dir.path().join("shared");
    std::fs::create_dir(&real_dir).expect("mkdir");
    let real = real_dir.join("plan.ron");
    scenario(1).save(&real).expect("first save");
    let link = dir.path().join("plan.ron");
    std::os::unix::fs::symlink(&real, &link).expect("link");

    let target = resolve_target(&link).expect("resolves");
    let Target::ThroughLink { target: file, .. } = &target else {
        panic!("a link is reported as a link: {target:?}");
    };
    assert_eq!(file, &real.canonicalize().expect("canonical"));

    scenario(2).save(&link).expect("save through the link");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(Scenario::load(&real).expect("target").seed, 2);
    assert_eq!(Scenario::load(&backup_path(&link)).expect("bak").seed, 1);
}

#[cfg(unix)]
#[test]
fn a_link_to_nothing_is_refused_and_nothing_is_created() {
    let dir = tempfile::tempdir().expect("temp dir");
    let link = dir.path().join("plan.ron");
    let nowhere = dir.path().join("elsewhere").join("x.ron");
    std::os::unix::fs::symlink(&nowhere, &link).expect("link");
    let err = scenario(1).save(&link).expect_err("refused");
    assert!(matches!(err, SaveError::BrokenLink { .. }), "{err}");
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert!(!nowhere.exists());
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_as_out_is_refused_with_exit_3() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("out.csv");
    mkfifo(&fifo);
    let scenario = bundled("collapse.ron");
    let scenario = scenario.to_str().expect("utf-8");
    // Were the pipe opened, this would wait for a reader for ever.
    let o = gaza_zones(&["run", scenario, "--out", fifo.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("named pipe"), "{}", stderr(&o));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("still there")
            .file_type()
            .is_fifo()
    );
    let o = gaza_zones(&["run", scenario, "--out", "/dev/null"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("a device"), "{}", stderr(&o));
}

#[cfg(unix)]
use std::os::unix::fs::{FileTypeExt, PermissionsExt};

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn new_outputs_follow_the_umask_and_replaced_ones_keep_their_permissions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let scenario = bundled("collapse.ron");
    let run = |umask: &str, out: &Path| {
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask} && exec \"$0\" run \"$1\" --out \"$2\" --force"
            ))
            .arg(env!("CARGO_BIN_EXE_gaza-zones"))
            .arg(&scenario)
            .arg(out)
            .status()
            .expect("sh runs");
        assert!(status.success());
    };
    let private = dir.path().join("private.csv");
    run("077", &private);
    assert_eq!(mode(&private), 0o600, "a user who keeps files private");
    let usual = dir.path().join("usual.csv");
    run("022", &usual);
    assert_eq!(mode(&usual), 0o644);
    std::fs::set_permissions(&usual, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    // Replaced on purpose (--force, as every run here passes).
    run("022", &usual);
    assert_eq!(mode(&usual), 0o640, "a replaced file keeps its permissions");
}

#[cfg(unix)]
#[test]
fn private_files_are_private_whatever_they_replace() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("autosave.ron");
    std::fs::write(&path, "old").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    write_private(&path, b"new").expect("write");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
}

/// Every cell a spreadsheet would make of `line`, split at commas and semicolons.
fn spreadsheet_cells(line: &str) -> Vec<String> {
    line.split([',', ';'])
        .map(|c| c.trim_start_matches([' ', '"']).to_owned())
        .collect()
}

#[test]
fn a_title_that_looks_like_a_formula_stays_text_in_every_table() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = titled(dir.path(), "Baseline,=1+2; +cmd|'/C calc'!A0, @SUM(1)");
    let out = dir.path().join("days.csv");
    let o = gaza_zones(&[
        "run",
        file.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).expect("csv");
    let title_line = text
        .lines()
        .find(|l| l.starts_with("# scenario: "))
        .expect("title line");
    assert_eq!(
        title_line,
        "# scenario: Baseline,'=1+2; '+cmd|'/C calc'!A0, '@SUM(1)"
    );
    for line in text.lines() {
        for cell in spreadsheet_cells(line) {
            let formula = cell.starts_with(['=', '+', '@', '\t', '\r'])
                || (cell.starts_with('-') && cell.parse::<f64>().is_err());
            assert!(!formula, "{cell:?} in {line:?} would be a formula");
        }
    }
}

#[test]
fn tables_and_figures_name_the_file_not_the_folders_it_is_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = titled(dir.path(), "Where I keep things");
    let folder = dir.path().to_str().expect("utf-8").to_owned();
    let csv = dir.path().join("days.csv");
    let svg = dir.path().join("map.svg");
    for args in [
        vec![
            "run",
            file.to_str().expect("utf-8"),
            "--out",
            csv.to_str().expect("utf-8"),
        ],
        vec![
            "figure",
            file.to_str().expect("utf-8"),
            "--out",
            svg.to_str().expect("utf-8"),
        ],
    ] {
        let o = gaza_zones(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let table = std::fs::read_to_string(&csv).expect("csv");
    assert!(table.contains("# file: titled.ron sha256:"), "{table}");
    let figure = std::fs::read_to_string(&svg).expect("svg");
    assert!(
        figure.contains("titled.ron sha256:"),
        "the figure names the file"
    );
    for (what, text) in [("table", &table), ("figure", &figure)] {
        assert!(!text.contains(&folder), "the {what} leaks {folder}");
    }

    let provenance = Provenance::of_scenario(&scenario(1), Some(&file), true);
    assert_eq!(provenance.file, "titled.ron (with unsaved edits)");
}

#[cfg(unix)]
#[test]
fn escape_sequences_in_names_reach_the_terminal_as_visible_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hostile = dir.path().join("plan\u{1b}]0;owned\u{7}\u{202e}.ron");
    std::fs::write(&hostile, "(version: 1, meta: (title: \"x\"), nonsense").expect("write");
    let o = gaza_zones(&["validate", hostile.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}') && !err.contains('\u{202e}'),
        "{err:?}"
    );
    assert!(
        err.contains("plan\\u{1b}]0;owned\\u{7}\\u{202e}.ron"),
        "{err}"
    );
}

/// Found by a red-team pass after the first fixes: a file name with control characters made
/// an SVG that no XML reader opens, and put terminal commands into PNG metadata.
#[cfg(unix)]
#[test]
fn a_file_name_with_control_characters_leaves_figures_well_formed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plain = titled(dir.path(), "Plain");
    let hostile = dir.path().join("a\u{1b}]0;pwned\u{7}\u{9b}2J\u{202e}b.ron");
    std::fs::rename(&plain, &hostile).expect("rename");
    let svg = dir.path().join("map.svg");
    let o = gaza_zones(&[
        "figure",
        hostile.to_str().expect("utf-8"),
        "--out",
        svg.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let figure = std::fs::read_to_string(&svg).expect("svg");
    assert!(
        !figure
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "no raw control characters in the SVG"
    );
    assert!(figure.contains("a\\u{1b}]0;pwned\\u{7}\\u{9b}2J\\u{202e}b.ron"));
}

#[cfg(unix)]
#[test]
fn a_link_to_a_pipe_as_out_is_called_a_pipe() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    let link = dir.path().join("out.csv");
    std::os::unix::fs::symlink(&fifo, &link).expect("link");
    let err = scenario(1).save(&link).expect_err("refused");
    assert!(err.to_string().contains("a named pipe"), "{err}");
}

/// Found by a red-team pass: a file with hundreds of thousands of problems printed tens of
/// megabytes. The first thousand are listed, then how many more there are.
#[test]
fn a_file_with_thousands_of_problems_lists_a_thousand_and_counts_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let minimal = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron");
    let text = std::fs::read_to_string(minimal).expect("minimal");
    let head = text.split("events: [").next().expect("has events");
    let late = "(day: 999, action: Rafah(open)),\n".repeat(1500);
    let path = dir.path().join("late.ron");
    std::fs::write(&path, format!("{head}events: [\n{late}],\n)\n")).expect("write");
    let o = gaza_zones(&["validate", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines.len(),
        1001,
        "{}",
        lines.last().copied().unwrap_or_default()
    );
    assert!(lines[0].contains("after the horizon"), "{}", lines[0]);
    assert!(
        lines[1000]
            .ends_with("and 500 more problems, not listed; fix these first, then check again"),
        "{}",
        lines[1000]
    );
}
