//! `gaza-zones merge`: combines the shards of an ensemble or a sweep into the CSV the whole job
//! writes, after checking that they belong together and that nothing is missing or doubled.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::MergeArgs;
use super::exit;
use super::output::{write_lines, write_output, write_summary};
use crate::model::DayRecord;
use crate::model::ensemble::SummaryBuilder;

/// What went wrong, in words for the user.
type Problem = String;

struct ShardFile {
    path: PathBuf,
    /// Comment lines without the shard line.
    header: Vec<String>,
    columns: String,
    /// `(key, line)`: key is (run, day) for ensembles, (step, run) for sweeps.
    rows: Vec<((u64, u64), String)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ensemble,
    Sweep,
}

pub fn merge(args: &MergeArgs) -> u8 {
    match combine(&args.shards) {
        Ok((header, columns, rows, kind)) => {
            if args.summary {
                if kind != Kind::Ensemble {
                    eprintln!(
                        "--summary needs the shards of an ensemble (gaza-zones run --runs N)"
                    );
                    return exit::USAGE;
                }
                return match summarise(&rows) {
                    Ok(builder) => write_output(Some(&args.out), |out| {
                        write_lines(out, &header)?;
                        write_summary(out, &builder.finish())
                    }),
                    Err(problem) => {
                        eprintln!("{problem}");
                        exit::INVALID
                    }
                };
            }
            write_output(Some(&args.out), |out: &mut dyn Write| {
                write_lines(out, &header)?;
                writeln!(out, "{columns}")?;
                for (_, line) in &rows {
                    writeln!(out, "{line}")?;
                }
                Ok(())
            })
        }
        Err(problem) => {
            eprintln!("{problem}");
            exit::INVALID
        }
    }
}

type Combined = (Vec<String>, String, Vec<((u64, u64), String)>, Kind);

fn combine(paths: &[PathBuf]) -> Result<Combined, Problem> {
    let files: Vec<ShardFile> = paths.iter().map(|p| read(p)).collect::<Result<_, _>>()?;
    let first = files.first().ok_or("no shards given")?;
    let kind = if first.columns.starts_with("run,day,") {
        Kind::Ensemble
    } else if first.columns.starts_with("step,value,run,") {
        Kind::Sweep
    } else {
        return Err(format!(
            "{}: not a shard of `gaza-zones run --runs` or `sweep`",
            first.path.display()
        ));
    };
    for f in &files[1..] {
        if f.columns != first.columns || !same_job(&f.header, &first.header) {
            return Err(format!(
                "{} and {} come from different jobs (scenario, file contents, seed or runs differ); merge shards of one job only",
                first.path.display(),
                f.path.display()
            ));
        }
    }
    let (header, columns) = (first.header.clone(), first.columns.clone());
    let mut rows: Vec<((u64, u64), String)> = files.into_iter().flat_map(|f| f.rows).collect();
    rows.sort_by_key(|(key, _)| *key);
    if let Some(pair) = rows.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(format!(
            "the shards overlap: {} appears twice",
            describe(kind, pair[0].0)
        ));
    }
    check_complete(kind, &header, &rows)?;
    Ok((header, columns, rows, kind))
}

/// Shards run on different machines may name the scenario file by different paths; the
/// file's hash and everything else must agree.
fn same_job(a: &[String], b: &[String]) -> bool {
    let hash_only = |line: &String| match line.strip_prefix("# file: ") {
        Some(rest) => rest.rsplit(' ').next().unwrap_or_default().to_owned(),
        None => line.clone(),
    };
    a.len() == b.len() && a.iter().map(hash_only).eq(b.iter().map(hash_only))
}

fn describe(kind: Kind, key: (u64, u64)) -> String {
    match kind {
        Kind::Ensemble => format!("run {} day {}", key.0, key.1),
        Kind::Sweep => format!("step {} run {}", key.0, key.1),
    }
}

/// The number after `label` in the job line, e.g. `runs: 1000`.
fn job_number(header: &[String], label: &str) -> Option<u64> {
    let job = header.iter().find(|l| l.contains("runs: "))?;
    let after = job.split(label).nth(1)?;
    after
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

fn check_complete(
    kind: Kind,
    header: &[String],
    rows: &[((u64, u64), String)],
) -> Result<(), Problem> {
    let runs = job_number(header, "runs:")
        .ok_or("the shards' header does not say how many runs the job has")?;
    match kind {
        Kind::Ensemble => {
            let mut days_per_run: BTreeMap<u64, u64> = BTreeMap::new();
            for ((run, _), _) in rows {
                *days_per_run.entry(*run).or_default() += 1;
            }
            if let Some(missing) = (0..runs).find(|r| !days_per_run.contains_key(r)) {
                return Err(format!(
                    "run {missing} is missing: a shard was not given or did not finish"
                ));
            }
            if let Some(extra) = days_per_run.keys().find(|&&r| r >= runs) {
                return Err(format!("run {extra} is beyond the job's {runs} runs"));
            }
            let days: Vec<u64> = days_per_run.values().copied().collect();
            if days.iter().any(|&d| d != days[0]) {
                return Err("some runs are cut short: a shard file is truncated".to_owned());
            }
        }
        Kind::Sweep => {
            let steps = job_number(header, " in ")
                .ok_or("the sweep's header does not say how many steps it has")?;
            let present: std::collections::BTreeSet<(u64, u64)> =
                rows.iter().map(|(k, _)| *k).collect();
            for step in 0..steps {
                for run in 0..runs {
                    if !present.contains(&(step, run)) {
                        return Err(format!(
                            "step {step} run {run} is missing: a shard was not given or did not finish"
                        ));
                    }
                }
            }
            if let Some(extra) = present.iter().find(|(s, r)| *s >= steps || *r >= runs) {
                return Err(format!(
                    "step {} run {} is beyond the sweep's {steps} steps and {runs} runs",
                    extra.0, extra.1
                ));
            }
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<ShardFile, Problem> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let mut header = Vec::new();
    let mut lines = text.lines();
    let mut columns = None;
    for line in lines.by_ref() {
        if line.starts_with('#') {
            if !line.starts_with("# shard:") {
                header.push(line.to_owned());
            }
        } else {
            columns = Some(line.to_owned());
            break;
        }
    }
    let columns = columns.ok_or_else(|| format!("{}: no CSV columns found", path.display()))?;
    let sweep = columns.starts_with("step,");
    let mut rows = Vec::new();
    for (i, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let mut fields = line.split(',');
        let mut number = || fields.next().and_then(|f| f.parse::<u64>().ok());
        let key = if sweep {
            let step = number();
            let _value = number();
            (step, fields_run(line))
        } else {
            (number(), number())
        };
        match key {
            (Some(a), Some(b)) => rows.push(((a, b), line.to_owned())),
            _ => {
                return Err(format!(
                    "{}:{}: not a row of a gaza-zones CSV",
                    path.display(),
                    header.len() + i + 2
                ));
            }
        }
    }
    Ok(ShardFile {
        path: path.to_path_buf(),
        header,
        columns,
        rows,
    })
}

/// The `run` column of a sweep row (the third field).
fn fields_run(line: &str) -> Option<u64> {
    line.split(',').nth(2)?.parse().ok()
}

/// The zone totals of every run, in run order, read back from the merged rows.
fn summarise(rows: &[((u64, u64), String)]) -> Result<SummaryBuilder, Problem> {
    let mut builder = SummaryBuilder::default();
    let mut current: Option<u64> = None;
    let mut days: Vec<DayRecord> = Vec::new();
    for ((run, _), line) in rows {
        if current != Some(*run) {
            if current.is_some() {
                builder.add(&days);
            }
            days.clear();
            current = Some(*run);
        }
        let values: Vec<f64> = line
            .split(',')
            .skip(2)
            .take(8)
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| format!("run {run}: a value is not a number"))?;
        if values.len() != 8 {
            return Err(format!("run {run}: a row has too few columns"));
        }
        let mut record = DayRecord::default();
        record.area_km2.copy_from_slice(&values[..4]);
        record.people.copy_from_slice(&values[4..8]);
        days.push(record);
    }
    if current.is_some() {
        builder.add(&days);
    }
    Ok(builder)
}
