//! A file named on the command line is never replaced by surprise: every command that writes
//! one refuses an existing file (exit 3, naming it and --force) before computing anything, and
//! replaces it only with --force, then says where it went.

use std::path::Path;

mod support;
use support::gaza_zones;

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
        .display()
        .to_string()
}

const KEEP: &[u8] = b"an earlier result, not to be lost\n";

/// Runs `args` (with `--force` added when `force`) and returns the output.
fn with_force(args: &[&str], force: bool) -> std::process::Output {
    let mut args = args.to_vec();
    if force {
        args.push("--force");
    }
    gaza_zones(&args)
}

/// Checks one command: refused and untouched without --force, replaced with it.
fn refuses_then_replaces(name: &str, args: &[&str], out: &Path) {
    std::fs::write(out, KEEP).expect("an earlier file");
    let refused = with_force(args, false);
    let err = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(3), "{name}: {err}");
    assert!(err.contains(&out.display().to_string()), "{name}: {err}");
    assert!(err.contains("--force"), "{name}: {err}");
    assert_eq!(std::fs::read(out).expect("kept"), KEEP, "{name}: untouched");

    let forced = with_force(args, true);
    let err = String::from_utf8_lossy(&forced.stderr);
    assert_eq!(forced.status.code(), Some(0), "{name}: {err}");
    assert_ne!(
        std::fs::read(out).expect("written"),
        KEEP,
        "{name}: replaced"
    );
    assert!(
        err.lines().any(|l| l == format!("wrote {}", out.display())),
        "{name}: says where it went: {err}"
    );
}

#[test]
fn every_command_that_writes_a_named_file_refuses_an_existing_one_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = data("minimal.ron");
    let path = |n: &str| dir.path().join(n);
    let s = |p: &Path| p.display().to_string();

    let out = path("run.csv");
    refuses_then_replaces("run", &["run", &file, "--out", &s(&out)], &out);
    let out = path("cells.geojson");
    refuses_then_replaces(
        "cells",
        &["cells", &file, "--format", "geojson", "--out", &s(&out)],
        &out,
    );
    let out = path("sweep.csv");
    refuses_then_replaces(
        "sweep",
        &[
            "sweep",
            &file,
            "--driver",
            "aid_trucks_per_day",
            "--from",
            "0",
            "--to",
            "600",
            "--steps",
            "2",
            "--out",
            &s(&out),
        ],
        &out,
    );
    let out = path("tornado.csv");
    refuses_then_replaces("tornado", &["tornado", &file, "--out", &s(&out)], &out);
    let out = path("people.svg");
    refuses_then_replaces(
        "figure",
        &[
            "figure",
            &file,
            "--kind",
            "people",
            "--size",
            "960x540",
            "--out",
            &s(&out),
        ],
        &out,
    );

    // Two shards of an ensemble, then merged.
    let shards: Vec<String> = (1..=2)
        .map(|k| {
            let shard = path(&format!("part{k}.csv"));
            let o = gaza_zones(&[
                "run",
                &file,
                "--runs",
                "4",
                "--shard",
                &format!("{k}/2"),
                "--out",
                &s(&shard),
            ]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            s(&shard)
        })
        .collect();
    let out = path("merged.csv");
    refuses_then_replaces("merge", &["merge", &s(&out), &shards[0], &shards[1]], &out);
}

#[test]
fn the_refusal_comes_before_any_reading_or_computing() {
    // A scenario that is not there: had the command read it first, it would exit 1.
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("result.csv");
    std::fs::write(&out, KEEP).expect("an earlier file");
    let missing = dir.path().join("not-there.ron").display().to_string();
    let o = gaza_zones(&[
        "run",
        &missing,
        "--runs",
        "10000",
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(std::fs::read(&out).expect("kept"), KEEP);
}

#[test]
fn writing_to_standard_output_says_nothing_on_standard_error() {
    // A table piped on keeps standard error for problems; "wrote" is only for files.
    let o = gaza_zones(&["run", &data("minimal.ron")]);
    assert!(o.status.success());
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
