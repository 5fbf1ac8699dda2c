//! `gaza-zones merge`: combines the shards of an ensemble or a sweep into the CSV the whole job
//! writes, after checking that they belong together, that every row is one this program
//! writes, and that nothing is missing or doubled.
//!
//! Two streaming passes, so memory does not grow with the shards: the first checks every
//! shard and how they fit together, and hashes each; the second copies the checked rows as
//! they are, refusing a file whose bytes are no longer the ones checked (rows that must be
//! written anew, and the summary's, are checked again instead). Nothing is written unless every
//! check passes.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::MergeArgs;
use super::exit;
use super::header::{Header, Job};
use super::interrupt;
use super::output::{
    check_output, csv_io, refuse_overwrite, write_lines, write_output, write_summary,
};
use super::shard_file::{
    CopyError, INTERRUPTED, Row, Scan, ShardFile, ShardProblem, columns_of, copy_rows,
};
use gz_core::model::ensemble::SummaryBuilder;
use gz_core::model::{Category, Reported};
use gz_core::report::VERSION;

/// What pass one learnt about a shard.
struct Checked {
    path: PathBuf,
    header: Header,
    scan: Scan,
}

/// Why the shards cannot be merged, in words for the user.
#[derive(Debug, thiserror::Error)]
enum MergeError {
    #[error("{0}")]
    Shard(#[from] ShardProblem),
    #[error("{0}")]
    Together(String),
    #[error("interrupted")]
    Interrupted,
}

pub fn merge(args: &MergeArgs) -> u8 {
    for shard in &args.shards {
        if let Err(code) = check_output(Some(&args.out), shard, "one of the shards") {
            return code;
        }
    }
    if let Err(code) = refuse_overwrite(Some(&args.out), args.force) {
        return code;
    }
    let (shards, days_per_run) = match check_all(&args.shards) {
        Ok(checked) => checked,
        Err(MergeError::Interrupted) => return interrupt::report(Some(&args.out)),
        Err(e) => {
            gz_core::say!("{e}");
            return exit::INVALID;
        }
    };
    let Some(first) = shards.first() else {
        gz_core::say!("no shards given");
        return exit::USAGE;
    };
    if args.summary && !matches!(first.header.job, Job::Ensemble { .. }) {
        gz_core::say!("--summary needs the shards of an ensemble (gaza-zones run --runs N)");
        return exit::USAGE;
    }
    // The merged file's header is the first shard's, as given on the command line, made safe
    // again: a shard comes from whoever sent it, and its header lines are text a spreadsheet
    // or a terminal would obey. (A shard gaza-zones wrote is already safe, and unchanged.)
    let header: Vec<String> = first
        .header
        .lines
        .iter()
        .map(|line| gz_core::report::safe_text::csv_comment(line))
        .collect();
    let job = first.header.job.clone();
    let mut in_order: Vec<&Checked> = shards.iter().collect();
    in_order.sort_by_key(|c| c.header.slice.start);
    write_output(Some(&args.out), |out: &mut dyn Write| {
        write_lines(out, &header)?;
        if args.summary {
            let fields = CategoryFields::of(&columns_of(&job));
            let mut builder = SummaryBuilder::default();
            let mut run_days: Vec<Reported> = Vec::new();
            let mut current = None;
            for shard in &in_order {
                reread(shard, days_per_run, |row| {
                    if current != Some(row.run) {
                        if current.is_some() {
                            builder.add_reported(run_days.drain(..));
                        }
                        current = Some(row.run);
                    }
                    run_days.push(fields.reported(row));
                })?;
            }
            if current.is_some() {
                builder.add_reported(run_days.drain(..));
            }
            let summary = builder.finish().map_err(std::io::Error::other)?;
            return write_summary(out, &summary);
        }
        let mut csv = csv::Writer::from_writer(&mut *out);
        csv.write_record(columns_of(&job)).map_err(csv_io)?;
        csv.flush()?;
        drop(csv);
        for shard in &in_order {
            if shard.header.slice.is_empty() {
                continue;
            }
            if shard.scan.rows_copy_from.is_some() {
                copy_rows(&shard.path, &shard.scan, out, &interrupt::requested).map_err(
                    |e| match e {
                        CopyError::Shard(p) => shard_error(p),
                        CopyError::Out(e) => e,
                    },
                )?;
                continue;
            }
            let mut csv = csv::Writer::from_writer(&mut *out);
            let mut written = Ok(());
            reread(shard, days_per_run, |row| {
                if written.is_ok() {
                    written = csv.write_record(row.fields());
                }
            })?;
            written.map_err(csv_io)?;
            csv.flush()?;
        }
        Ok(())
    })
}

/// Pass one: every shard read and checked, then how they fit together. Returns the shards
/// and the runs' length (ensembles).
fn check_all(paths: &[PathBuf]) -> Result<(Vec<Checked>, Option<u64>), MergeError> {
    let mut shards: Vec<Checked> = Vec::with_capacity(paths.len());
    let mut days_per_run = None;
    for path in paths {
        let mut file = ShardFile::open(path)?;
        if let Some(first) = shards.first() {
            same_job(first, path, &file.header)?;
        } else if file.header.version != VERSION {
            return Err(MergeError::Together(format!(
                "{}: written by gaza-zones {}; this is gaza-zones {VERSION}: merge with the version that wrote the shards",
                path.display(),
                file.header.version
            )));
        }
        let scan = file
            .rows(days_per_run, &interrupt::requested, |_| Ok(()))
            .map_err(interrupted_or)?;
        days_per_run = days_per_run.or(scan.days_per_run);
        shards.push(Checked {
            path: path.clone(),
            header: file.header,
            scan,
        });
    }
    fits_together(&shards)?;
    Ok((shards, days_per_run))
}

fn interrupted_or(p: ShardProblem) -> MergeError {
    if p.what == INTERRUPTED {
        MergeError::Interrupted
    } else {
        MergeError::Shard(p)
    }
}

/// Everything but the scenario file's name must agree: version, title, the file's hash,
/// start date, job (mode, seed, runs, sweep) and notes.
fn same_job(first: &Checked, path: &Path, header: &Header) -> Result<(), MergeError> {
    let a = &first.header.identity;
    let b = &header.identity;
    let differ = |what: &str| {
        MergeError::Together(format!(
            "{} and {} come from different jobs ({what}); merge shards of one job only",
            first.path.display(),
            path.display()
        ))
    };
    if first.header.version != header.version {
        return Err(differ(&format!(
            "versions {} and {}",
            first.header.version, header.version
        )));
    }
    if first.header.sha256 != header.sha256 {
        return Err(differ("scenario file contents differ: their sha256 hashes"));
    }
    if let Some((x, y)) = a.iter().zip(b).find(|(x, y)| x != y) {
        let key = |l: &str| {
            l.trim_start_matches("# ")
                .split(':')
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        let (kx, ky) = (key(x), key(y));
        return Err(differ(&if kx == ky && (kx == "mode" || kx == "sweep") {
            "their job lines differ: mode, seed, runs or sweep".to_owned()
        } else if kx == ky {
            format!("their `{kx}` lines differ")
        } else {
            "their headers differ".to_owned()
        }));
    }
    if a.len() != b.len() {
        return Err(differ("their headers differ"));
    }
    Ok(())
}

/// The shards' slices must cover the job exactly once.
fn fits_together(shards: &[Checked]) -> Result<(), MergeError> {
    let Some(first) = shards.first() else {
        return Ok(());
    };
    let job = &first.header.job;
    let describe = |item: u64| match *job {
        Job::Ensemble { .. } => format!("run {item}"),
        Job::Sweep { runs, .. } => format!("step {} run {}", item / runs, item % runs),
    };
    let mut slices: Vec<(&Checked, std::ops::Range<u64>)> = shards
        .iter()
        .map(|c| (c, c.header.slice.clone()))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    slices.sort_by_key(|(_, s)| (s.start, s.end));
    let mut next = 0;
    let mut previous: Option<&Checked> = None;
    for (shard, slice) in &slices {
        if slice.start > next {
            return Err(MergeError::Together(format!(
                "{} is missing: a shard was not given or did not finish",
                describe(next)
            )));
        }
        if slice.start < next {
            let other = previous.map_or_else(String::new, |p| p.path.display().to_string());
            return Err(MergeError::Together(format!(
                "the shards overlap: {} appears twice ({other} and {})",
                describe(slice.start),
                shard.path.display()
            )));
        }
        next = slice.end;
        previous = Some(shard);
    }
    if next < job.items() {
        return Err(MergeError::Together(format!(
            "{} is missing: a shard was not given or did not finish",
            describe(next)
        )));
    }
    Ok(())
}

/// Pass two's error for the writer: stops it, so that nothing is written.
fn shard_error(p: ShardProblem) -> std::io::Error {
    match interrupted_or(p) {
        MergeError::Interrupted => interrupt::error(),
        e => std::io::Error::other(e.to_string()),
    }
}

/// Pass two, for rows that are not copied as they are: reads a checked shard again, checking
/// as it goes, and hands each row on.
fn reread(
    shard: &Checked,
    days_per_run: Option<u64>,
    mut sink: impl FnMut(&Row<'_>),
) -> std::io::Result<()> {
    if shard.header.slice.is_empty() {
        return Ok(());
    }
    let again = ShardFile::open(&shard.path).and_then(|mut file| {
        if file.header.identity != shard.header.identity || file.header.slice != shard.header.slice
        {
            return Err(ShardProblem {
                file: shard.path.clone(),
                line: None,
                what: "the file changed while it was being merged; merge again".to_owned(),
            });
        }
        file.rows(days_per_run, &interrupt::requested, |row| {
            sink(&row);
            Ok(())
        })
    });
    again.map(|_| ()).map_err(shard_error)
}

/// Where each reporting category's land and people are among a job's columns, found by
/// their names.
struct CategoryFields {
    area_km2: [Option<usize>; Category::COUNT],
    people: [Option<usize>; Category::COUNT],
}

impl CategoryFields {
    fn of(columns: &[String]) -> Self {
        let find = |name: String| columns.iter().position(|c| *c == name);
        Self {
            area_km2: Category::ALL.map(|c| find(format!("{}_km2", c.key()))),
            people: Category::ALL.map(|c| find(format!("{}_pop", c.key()))),
        }
    }

    /// A checked ensemble row's totals, as written: the summary of a merge is then the
    /// summary of the whole run to the last bit.
    fn reported(&self, row: &Row<'_>) -> Reported {
        let value = |at: Option<usize>| {
            at.and_then(|i| std::str::from_utf8(row.field(i)).ok())
                .and_then(|t| t.parse::<f64>().ok())
                .unwrap_or_default()
        };
        Reported {
            area_km2: self.area_km2.map(value),
            people: self.people.map(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shard_file::tests::{ROWS_CHECKED, shard_text};

    #[test]
    fn each_row_is_checked_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let shards: Vec<PathBuf> = (1..=2)
            .map(|k| {
                let path = dir.path().join(format!("s{k}.csv"));
                std::fs::write(&path, shard_text(k)).expect("written");
                path
            })
            .collect();
        let out = dir.path().join("merged.csv");
        ROWS_CHECKED.with(|n| n.set(0));
        let args = MergeArgs {
            out: out.clone(),
            shards: shards.iter().rev().cloned().collect(),
            summary: false,
            force: false,
        };
        assert_eq!(merge(&args), exit::OK);
        // Two shards of two rows: four rows, each checked once.
        assert_eq!(ROWS_CHECKED.with(std::cell::Cell::get), 4);
        let merged = std::fs::read_to_string(&out).expect("merged");
        let rows: Vec<&str> = merged.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(rows.len(), 5, "{merged}");
        assert!(rows[1].starts_with("0,0,171.38668618274102,"), "{merged}");
        assert!(rows[4].starts_with("1,1,171.5,"), "{merged}");
    }
}
