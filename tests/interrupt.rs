//! Ctrl+C or a cluster's SIGTERM in the middle of a long job: the job stops, says what was not
//! written, exits 130, and leaves no temporary file behind (issue 9).
#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};

/// A job that takes minutes: 10,000 runs of a year.
fn long_scenario(dir: &Path) -> String {
    let minimal = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron");
    let text = std::fs::read_to_string(minimal).expect("minimal");
    let path = dir.join("long.ron");
    std::fs::write(&path, text.replace("horizon_days: 60", "horizon_days: 365")).expect("written");
    path.display().to_string()
}

fn hidden_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

fn interrupt_a_job(signal: &str, extra: &[&str]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let scenario = long_scenario(dir.path());
    let out = dir.path().join("out.csv");
    std::fs::write(&out, "the previous file\n").expect("written");
    let out_text = out.display().to_string();
    // --force: the user asked to replace the previous file, and then stopped the job; the
    // previous file must survive that.
    let mut args = vec![
        "run", &scenario, "--runs", "10000", "--out", &out_text, "--force",
    ];
    args.extend(extra);
    let mut child = Command::new(env!("CARGO_BIN_EXE_gaza-zones"))
        .args(&args)
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    // The job has started once its hidden temporary file exists (it is made before the runs).
    let mut started = false;
    for _ in 0..20_000 {
        if !hidden_files(dir.path()).is_empty() {
            started = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(started, "the job made its temporary file");
    let sent = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        std::io::Read::read_to_string(&mut pipe, &mut stderr).expect("stderr");
    }
    let status = child.wait().expect("ends");
    assert_eq!(status.code(), Some(130), "{signal}: {stderr}");
    assert!(
        stderr.contains(&format!(
            "interrupted: {out_text} was not written; the previous file, if any, is unchanged"
        )),
        "{stderr}"
    );
    assert_eq!(
        hidden_files(dir.path()),
        Vec::<String>::new(),
        "no temporary file left"
    );
    assert_eq!(
        std::fs::read_to_string(&out).expect("kept"),
        "the previous file\n"
    );
}

#[test]
fn sigterm_stops_a_run_and_leaves_no_temporary_file() {
    interrupt_a_job("-TERM", &[]);
}

#[test]
fn ctrl_c_stops_a_summary_and_leaves_no_temporary_file() {
    interrupt_a_job("-INT", &["--summary"]);
}

/// Found by a red-team pass: Ctrl+\ and a scheduler's SIGUSR1 warning ended the job at once
/// and left a hidden file of tens of MB.
#[test]
fn ctrl_backslash_and_a_schedulers_warning_stop_a_run_cleanly_too() {
    interrupt_a_job("-QUIT", &[]);
    interrupt_a_job("-USR1", &[]);
}
