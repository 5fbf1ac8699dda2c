//! `merge` trusts no shard: each doctored, cut or foreign shard is refused with its file, line
//! and what is wrong, and nothing is written (issue 9).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;
use support::gaza_zones;

fn minimal() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron")
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// Three shards of a 6-run ensemble of the minimal scenario (61 days a run).
struct Job {
    dir: tempfile::TempDir,
    shards: Vec<PathBuf>,
    /// The shards as the job wrote them.
    original: Vec<String>,
}

impl Job {
    fn new(seed: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let shards = (1..=3)
            .map(|k| make_shard(&minimal(), dir.path(), seed, "6", &format!("{k}/3")))
            .collect::<Vec<_>>();
        let original = shards
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("shard"))
            .collect();
        Self {
            dir,
            shards,
            original,
        }
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("merged.csv")
    }

    fn text(&self, k: usize) -> String {
        self.original[k].clone()
    }

    /// Replaces shard `k` by `text` and merges; the merge must fail.
    fn merge_with(&self, k: usize, text: &str) -> String {
        std::fs::write(&self.shards[k], text).expect("doctored");
        self.merge_fails()
    }

    /// `merge OUT` of every shard.
    fn merge_into(&self, out: &Path) -> Output {
        let mut args = vec!["merge".to_owned(), s(out)];
        args.extend(self.shards.iter().map(|p| s(p)));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        gaza_zones(&args)
    }

    fn merge_fails(&self) -> String {
        let out = self.out();
        let o = self.merge_into(&out);
        let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(1), "refused: {stderr}");
        assert!(!out.exists(), "nothing written: {stderr}");
        stderr
    }
}

fn make_shard(scenario: &Path, dir: &Path, seed: &str, runs: &str, shard: &str) -> PathBuf {
    let path = dir.join(format!("part{}_{seed}.csv", shard.replace('/', "of")));
    let o = gaza_zones(&[
        "run",
        &s(scenario),
        "--runs",
        runs,
        "--seed",
        seed,
        "--shard",
        shard,
        "--out",
        &s(&path),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    path
}

/// Shard 2 (runs 2 and 3) with line `line` (1-based) changed by `edit`.
fn edit_line(job: &Job, line: usize, edit: impl Fn(&str) -> String) -> String {
    let text = job.text(1);
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| if i + 1 == line { edit(l) } else { l.to_owned() })
        .collect();
    lines.join("\n") + "\n"
}

/// Lines of shard 2: eight header lines (the CSV format's among them), the columns on line 9,
/// run 2's day 0 on line 10.
const FIRST_ROW: usize = 10;

fn names(stderr: &str, job: &Job, line: usize) {
    let at = format!("{}:{line}:", s(&job.shards[1]));
    assert!(stderr.contains(&at), "names {at}: {stderr}");
}

#[test]
fn a_valid_job_still_merges() {
    let job = Job::new("1");
    let out = job.out();
    let o = job.merge_into(&out);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_shard_cut_mid_row_is_refused() {
    let job = Job::new("1");
    let text = job.text(1);
    // Cut inside the 21st row (line 29), and after the last number of the last row.
    let row_20 = text
        .lines()
        .take(FIRST_ROW + 19)
        .map(|l| l.len() + 1)
        .sum::<usize>();
    let stderr = job.merge_with(1, &text[..row_20 + 30]);
    names(&stderr, &job, FIRST_ROW + 20);
    assert!(stderr.contains("cut short"), "{stderr}");
    let stderr = job.merge_with(1, &text[..text.len() - 1]);
    names(&stderr, &job, FIRST_ROW + 2 * 61 - 1);
    assert!(stderr.contains("no line break"), "{stderr}");
    // Cut at a row's end: run 3 (from line 70) stops at its day 9 (line 79).
    let row_70 = text
        .lines()
        .take(FIRST_ROW + 70)
        .map(|l| l.len() + 1)
        .sum::<usize>();
    let stderr = job.merge_with(1, &text[..row_70]);
    names(&stderr, &job, FIRST_ROW + 70);
    assert!(stderr.contains("run 3 stops at day 9"), "{stderr}");
}

#[test]
fn a_missing_day_is_refused() {
    let job = Job::new("1");
    let text = job.text(1);
    let without: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(i, _)| i + 1 != FIRST_ROW + 5)
        .map(|(_, l)| l)
        .collect();
    let stderr = job.merge_with(1, &(without.join("\n") + "\n"));
    names(&stderr, &job, FIRST_ROW + 5);
    assert!(stderr.contains("day 6 where day 5 should come"), "{stderr}");
}

#[test]
fn extra_columns_are_refused() {
    let job = Job::new("1");
    let text = job.text(1);
    let widened: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| match i + 1 {
            n if n < FIRST_ROW - 1 => l.to_owned(),
            n if n == FIRST_ROW - 1 => format!("{l},notes"),
            _ => format!("{l},0"),
        })
        .collect();
    let stderr = job.merge_with(1, &(widened.join("\n") + "\n"));
    names(&stderr, &job, FIRST_ROW - 1);
    assert!(stderr.contains("unexpected column `notes`"), "{stderr}");
    let stderr = job.merge_with(1, &edit_line(&job, FIRST_ROW + 3, |l| format!("{l},1")));
    names(&stderr, &job, FIRST_ROW + 3);
    assert!(stderr.contains("extra cells"), "{stderr}");
}

/// Replaces field `field` (0-based) of the row on `line`.
fn set_field(line: &str, field: usize, value: &str) -> String {
    let mut fields: Vec<&str> = line.split(',').collect();
    fields[field] = value;
    fields.join(",")
}

#[test]
fn formula_cells_nan_signed_run_numbers_and_day_99999_are_refused() {
    let job = Job::new("1");
    for (line, field, value, says) in [
        (FIRST_ROW + 2, 6, "=1+2", "not a number"),
        (FIRST_ROW + 2, 6, "=HYPERLINK(\"x\")", "not a number"),
        (FIRST_ROW + 4, 3, "NaN", "not a finite number"),
        (FIRST_ROW + 4, 3, "inf", "not a finite number"),
        (FIRST_ROW + 4, 3, "-1", "outside 0 to"),
        (FIRST_ROW + 4, 3, "99999999", "outside 0 to"),
        (
            FIRST_ROW + 4,
            3,
            "1e2",
            "not written as gaza-zones writes numbers",
        ),
        (FIRST_ROW + 61, 0, "+3", "not a whole number"),
        (FIRST_ROW + 61, 0, "03", "not a whole number"),
        (FIRST_ROW + 9, 1, "99999", "past the largest possible"),
        (FIRST_ROW + 10, 1, "9", "day 9 where day 10 should come"),
        (FIRST_ROW + 61, 0, "7", "run 7"),
    ] {
        let stderr = job.merge_with(1, &edit_line(&job, line, |l| set_field(l, field, value)));
        names(&stderr, &job, line);
        assert!(stderr.contains(says), "{value}: {stderr}");
    }
}

#[test]
fn a_doctored_version_line_is_refused() {
    let job = Job::new("1");
    let doctored = job
        .text(1)
        .replacen("# gaza-zones 0.1.0:", "# gaza-zones 0.1.1:", 1);
    let stderr = job.merge_with(1, &doctored);
    assert!(stderr.contains("different jobs (versions"), "{stderr}");
    // A version that is not this program's, in every shard.
    for k in 0..3 {
        let doctored = job
            .text(k)
            .replacen("# gaza-zones 0.1.0:", "# gaza-zones 9.0.0:", 1);
        std::fs::write(&job.shards[k], doctored).expect("doctored");
    }
    let stderr = job.merge_fails();
    assert!(stderr.contains("written by gaza-zones 9.0.0"), "{stderr}");
}

#[test]
fn mixed_seeds_and_mixed_hashes_are_refused() {
    let job = Job::new("1");
    let foreign = make_shard(&minimal(), job.dir.path(), "2", "6", "2/3");
    std::fs::copy(&foreign, &job.shards[1]).expect("copied");
    let stderr = job.merge_fails();
    assert!(stderr.contains("job lines differ"), "{stderr}");

    let job = Job::new("1");
    let text = job.text(1);
    let hash_at = text.find("sha256:").expect("hash") + "sha256:".len();
    let mut doctored = text.clone();
    let flipped = if &text[hash_at..=hash_at] == "0" {
        "1"
    } else {
        "0"
    };
    doctored.replace_range(hash_at..=hash_at, flipped);
    let stderr = job.merge_with(1, &doctored);
    assert!(stderr.contains("sha256"), "{stderr}");
}

#[test]
fn a_title_that_says_runs_does_not_make_a_shard_look_complete() {
    let dir = tempfile::tempdir().expect("temp dir");
    let scenario = dir.path().join("titled.ron");
    let text = std::fs::read_to_string(minimal()).expect("minimal");
    std::fs::write(
        &scenario,
        text.replace(
            "title: \"Minimal\"",
            "title: \"Plan, 100 runs: 3 scenarios\"",
        ),
    )
    .expect("written");
    // Shard 1 of 33 of a 100-run job holds runs 0 to 2: three runs, as the title says.
    let shard = make_shard(&scenario, dir.path(), "1", "100", "1/33");
    let out = dir.path().join("merged.csv");
    let o = gaza_zones(&["merge", &s(&out), &s(&shard)]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("run 3 is missing"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn a_duplicated_job_key_or_shard_line_is_refused() {
    let job = Job::new("1");
    let text = job.text(1);
    let doubled = text.replacen("# mode:", "# scenario: again\n# mode:", 1);
    let stderr = job.merge_with(1, &doubled);
    assert!(stderr.contains("a second `scenario` line"), "{stderr}");
    let lied = text.replacen("(runs 2 to 3)", "(runs 0 to 5)", 1);
    let stderr = job.merge_with(1, &lied);
    assert!(stderr.contains("does not match shard 2/3"), "{stderr}");
}

#[test]
fn devices_fifos_huge_files_and_endless_lines_are_refused_before_reading() {
    let job = Job::new("1");
    let out = job.out();
    let first = s(&job.shards[0]);
    let refuse = |shard: &str, says: &str| {
        let o = gaza_zones(&["merge", &s(&out), &first, shard]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(says), "{shard}: {stderr}");
        assert!(stderr.contains(shard), "names the file: {stderr}");
        assert!(!out.exists());
    };
    #[cfg(unix)]
    {
        refuse("/dev/zero", "not a regular file");
        let fifo = job.dir.path().join("fifo.csv");
        let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
        assert!(made.success());
        // Opening a FIFO with no writer would wait forever: it must be refused unopened.
        refuse(&s(&fifo), "not a regular file");
    }
    refuse(&s(job.dir.path()), "is a folder");
    // A sparse file just over the limit takes no space.
    let huge = job.dir.path().join("huge.csv");
    std::fs::File::create(&huge)
        .and_then(|f| f.set_len(gaza_zones::cli::MAX_SHARD_BYTES + 1))
        .expect("sparse file");
    refuse(&s(&huge), "more than the largest shard");
    // A header, then one endless line (as /dev/zero copied to a file would give).
    let endless = job.dir.path().join("endless.csv");
    let head: String = job
        .text(1)
        .lines()
        .take(7)
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&endless, head + &"0".repeat(4 << 20)).expect("written");
    refuse(&s(&endless), "a line longer than");
}

#[test]
fn a_sweep_shard_with_a_doctored_value_or_a_missing_run_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shards: Vec<PathBuf> = (1..=2)
        .map(|k| {
            let path = dir.path().join(format!("sweep{k}.csv"));
            let o = gaza_zones(&[
                "sweep",
                &s(&minimal()),
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
                "--shard",
                &format!("{k}/2"),
                "--out",
                &s(&path),
            ]);
            assert_eq!(
                o.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&o.stderr)
            );
            path
        })
        .collect();
    let text = std::fs::read_to_string(&shards[0]).expect("shard");
    let merge = || {
        let out = dir.path().join("merged.csv");
        let o = gaza_zones(&["merge", &s(&out), &s(&shards[0]), &s(&shards[1])]);
        assert_eq!(o.status.code(), Some(1));
        assert!(!out.exists());
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    // Step 1's value is 0.25; a row that claims 0.3 was not written by this sweep.
    let doctored = text.replacen("\n1,0.25,0,", "\n1,0.3,0,", 1);
    assert_ne!(doctored, text);
    std::fs::write(&shards[0], &doctored).expect("written");
    assert!(merge().contains("step 1 has the value `0.3`"));
    let without: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("1,0.25,1,"))
        .collect();
    std::fs::write(&shards[0], without.join("\n") + "\n").expect("written");
    let stderr = merge();
    assert!(
        stderr.contains("step 1 run 2 where step 1 run 1 should come"),
        "{stderr}"
    );
}

#[test]
fn shards_with_crlf_line_ends_or_columns_in_another_order_merge_to_the_same_bytes() {
    let job = Job::new("1");
    let merge = |out: &Path| {
        let mut args = vec!["merge".to_owned(), s(out)];
        args.extend(job.shards.iter().map(|p| s(p)));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = gaza_zones(&args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        std::fs::read(out).expect("merged")
    };
    let plain = merge(&job.dir.path().join("plain.csv"));
    // Shard 2 as a spreadsheet might save it; shard 3 with `run` and `day` swapped.
    std::fs::write(&job.shards[1], job.text(1).replace('\n', "\r\n")).expect("crlf");
    let swapped: Vec<String> = job
        .text(2)
        .lines()
        .map(|l| {
            if l.starts_with('#') {
                return l.to_owned();
            }
            let mut fields: Vec<&str> = l.split(',').collect();
            fields.swap(0, 1);
            fields.join(",")
        })
        .collect();
    std::fs::write(&job.shards[2], swapped.join("\n") + "\n").expect("swapped");
    assert_eq!(merge(&job.dir.path().join("rewritten.csv")), plain);
}

/// Found by a red-team pass after the first fixes: the merged file's header was the first
/// shard's lines as they came, so a doctored title reached spreadsheets and terminals.
#[test]
fn a_doctored_title_in_every_shard_comes_out_harmless() {
    let job = Job::new("7");
    for (k, path) in job.shards.iter().enumerate() {
        let doctored = job
            .text(k)
            .lines()
            .map(|l| {
                if l.starts_with("# scenario: ") {
                    "# scenario: A,=1+2\r=2+3\u{1b}]0;pwned\u{7}".to_owned()
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n";
        std::fs::write(path, doctored).expect("doctored");
    }
    let out = job.out();
    let o = job.merge_into(&out);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let merged = std::fs::read_to_string(&out).expect("merged");
    let title = merged
        .lines()
        .find(|l| l.starts_with("# scenario: "))
        .expect("title line");
    assert_eq!(
        title, "# scenario: A,'=1+2 =2+3 ]0;pwned ",
        "one cell, quoted"
    );
    assert!(!merged.contains(['\u{1b}', '\u{7}', '\r']));
}

#[test]
fn a_shard_given_as_the_output_is_refused_and_kept() {
    let job = Job::new("8");
    let o = job.merge_into(&job.shards[0]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is one of the shards itself"));
    assert_eq!(
        std::fs::read_to_string(&job.shards[0]).expect("kept"),
        job.text(0)
    );
}
