//! Past one machine: an ensemble or a sweep cut into shards and merged gives exactly the CSV
//! of the whole job, and run i is the same whichever shard computes it.

use std::path::{Path, PathBuf};

mod support;
use support::gaza_zones;

fn scenario() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/minimal.ron")
        .display()
        .to_string()
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

fn rows_of_run(csv: &str, run: u64) -> Vec<String> {
    csv.lines()
        .filter(|l| l.starts_with(&format!("{run},")))
        .map(str::to_owned)
        .collect()
}

#[test]
fn shards_merge_into_exactly_the_whole_ensemble_and_its_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let at = |name: &str| -> PathBuf { dir.path().join(name) };
    let base = ["run", &scenario(), "--runs", "10", "--seed", "5"].map(str::to_owned);
    let run = |extra: &[&str]| {
        let mut args: Vec<&str> = base.iter().map(String::as_str).collect();
        args.extend(extra);
        let o = gaza_zones(&args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    };
    run(&["--out", &s(&at("whole.csv"))]);
    run(&["--summary", "--out", &s(&at("whole_summary.csv"))]);
    for k in 1..=4 {
        run(&[
            "--shard",
            &format!("{k}/4"),
            "--out",
            &s(&at(&format!("shard{k}.csv"))),
        ]);
    }
    let shards: Vec<String> = [3, 1, 4, 2]
        .iter()
        .map(|k| s(&at(&format!("shard{k}.csv"))))
        .collect();
    let mut merge: Vec<&str> = vec!["merge", "merged.csv"];
    let merged = s(&at("merged.csv"));
    merge[1] = &merged;
    merge.extend(shards.iter().map(String::as_str));
    assert_eq!(gaza_zones(&merge).status.code(), Some(0));
    let read = |name: &str| std::fs::read_to_string(at(name)).expect("written");
    assert_eq!(read("merged.csv"), read("whole.csv"));

    let merged_summary = s(&at("merged_summary.csv"));
    let mut summary: Vec<&str> = vec!["merge", "--summary", &merged_summary];
    summary.extend(shards.iter().map(String::as_str));
    assert_eq!(gaza_zones(&summary).status.code(), Some(0));
    assert_eq!(read("merged_summary.csv"), read("whole_summary.csv"));
}

#[test]
fn run_i_is_the_same_whichever_shard_computes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = |shard: &str| {
        let path = dir.path().join(format!("{}.csv", shard.replace('/', "of")));
        let o = gaza_zones(&[
            "run",
            &scenario(),
            "--runs",
            "12",
            "--shard",
            shard,
            "--out",
            &s(&path),
        ]);
        assert_eq!(o.status.code(), Some(0));
        std::fs::read_to_string(path).expect("written")
    };
    // Of 12 runs, run 7 falls in shard 2/2 (runs 6–11) and in shard 3/4 (runs 6–8).
    let (two, four, whole) = (out("2/2"), out("3/4"), out("1/1"));
    assert!(!rows_of_run(&two, 7).is_empty());
    assert_eq!(rows_of_run(&two, 7), rows_of_run(&four, 7));
    assert_eq!(rows_of_run(&two, 7), rows_of_run(&whole, 7));
}

#[test]
fn merge_refuses_missing_doubled_and_foreign_shards() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shard = |k: u32, seed: &str| {
        let path = dir.path().join(format!("s{k}_{seed}.csv"));
        gaza_zones(&[
            "run",
            &scenario(),
            "--runs",
            "6",
            "--seed",
            seed,
            "--shard",
            &format!("{k}/3"),
            "--out",
            &s(&path),
        ]);
        s(&path)
    };
    let (a, b, c) = (shard(1, "1"), shard(2, "1"), shard(3, "1"));
    let out = s(&dir.path().join("out.csv"));
    let missing = gaza_zones(&["merge", &out, &a, &c]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("is missing"));
    let doubled = gaza_zones(&["merge", &out, &a, &b, &b, &c]);
    assert!(String::from_utf8_lossy(&doubled.stderr).contains("appears twice"));
    let foreign = shard(2, "99");
    let mixed = gaza_zones(&["merge", &out, &a, &foreign, &c]);
    assert!(String::from_utf8_lossy(&mixed.stderr).contains("different jobs"));
    assert!(
        !dir.path().join("out.csv").exists(),
        "nothing written on failure"
    );
}

#[test]
fn a_sweep_has_a_row_per_value_and_run_and_its_shards_merge() {
    let dir = tempfile::tempdir().expect("temp dir");
    let args = [
        "sweep",
        &scenario(),
        "--driver",
        "disarmament_share",
        "--from",
        "0",
        "--to",
        "1",
        "--steps",
        "5",
        "--runs",
        "3",
    ];
    let whole = gaza_zones(&args);
    assert_eq!(
        whole.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&whole.stderr)
    );
    let text = String::from_utf8_lossy(&whole.stdout).into_owned();
    let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert!(rows[0].starts_with("step,value,run,first_day_blue_holds_half"));
    assert_eq!(rows.len(), 1 + 5 * 3);
    assert!(rows[1].starts_with("0,0,0,") && rows[15].starts_with("4,1,2,"));
    let mut shards = Vec::new();
    for k in 1..=2 {
        let path = s(&dir.path().join(format!("sweep{k}.csv")));
        let mut a: Vec<&str> = args.to_vec();
        let shard = format!("{k}/2");
        a.extend(["--shard", &shard, "--out", &path]);
        assert_eq!(gaza_zones(&a).status.code(), Some(0));
        shards.push(path);
    }
    let merged = s(&dir.path().join("merged.csv"));
    assert_eq!(
        gaza_zones(&["merge", &merged, &shards[1], &shards[0]])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(std::fs::read_to_string(&merged).expect("written"), text);
}

#[test]
fn a_sweep_outside_the_drivers_range_is_refused() {
    let o = gaza_zones(&[
        "sweep",
        &scenario(),
        "--driver",
        "held_share",
        "--from",
        "0",
        "--to",
        "1.5",
        "--steps",
        "3",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("outside the range of held_share"));
}
