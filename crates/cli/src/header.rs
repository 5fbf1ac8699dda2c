//! Reading back the provenance header of a CSV this program wrote, line by line and key by
//! key: a title that happens to say "runs: 3" is the title, never the job.
//!
//! The header is comment lines of `# key: value` (see `report::Provenance::header`), except
//! the first, `# gaza-zones VERSION: a what-if model, not a forecast`. The job line holds
//! several `key: value` pairs separated by `; `.

use std::ops::Range;

use super::shard::Shard;
use gz_core::model::Driver;
use gz_core::scenario::{MAX_HORIZON_DAYS, MAX_RUNS};

/// Most steps a sweep may have (the `--steps` cap of `sweep`).
pub const MAX_SWEEP_STEPS: u64 = 1000;

/// What the job computed, from its job line.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// `mode: Stochastic; seed: S; runs: N` (`run --runs N`).
    Ensemble { runs: u64 },
    /// `sweep: DRIVER from A to B in K steps; mode: M; seed: S; runs: N`.
    Sweep {
        from: f64,
        to: f64,
        steps: u64,
        runs: u64,
    },
}

impl Job {
    /// The items the whole job computes: runs, or (step, run) pairs.
    #[must_use]
    pub fn items(&self) -> u64 {
        match *self {
            Self::Ensemble { runs } => runs,
            Self::Sweep { steps, runs, .. } => steps * runs,
        }
    }

    /// What the shard line counts: "runs" or "items".
    #[must_use]
    pub fn item_word(&self) -> &'static str {
        match self {
            Self::Ensemble { .. } => "runs",
            Self::Sweep { .. } => "items",
        }
    }
}

/// A shard's header, checked line by line.
#[derive(Clone, Debug)]
pub struct Header {
    /// The program version that wrote it.
    pub version: String,
    /// SHA-256 of the scenario file (from the `file` line).
    pub sha256: String,
    pub job: Job,
    /// Every line but the shard line, as written: the merged file's header.
    pub lines: Vec<String>,
    /// The same lines with the file's name left out: shards made on machines that name the
    /// scenario differently still belong together if everything else agrees.
    pub identity: Vec<String>,
    /// The slice of the job's items this file holds (the whole job without a shard line).
    pub slice: Range<u64>,
}

/// One problem with a header: the line (1-based) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderProblem {
    pub line: u64,
    pub what: String,
}

fn problem(line: usize, what: impl Into<String>) -> HeaderProblem {
    HeaderProblem {
        line: line as u64 + 1,
        what: what.into(),
    }
}

/// Parses the comment lines at the top of a shard (without their line ends).
///
/// # Errors
/// The first line that is not what this program writes, with its number.
pub fn parse(lines: &[String]) -> Result<Header, HeaderProblem> {
    let first = lines
        .first()
        .ok_or_else(|| problem(0, "no provenance header: not a CSV written by gaza-zones"))?;
    let version = first
        .strip_prefix("# gaza-zones ")
        .and_then(|rest| rest.strip_suffix(": a what-if model, not a forecast"))
        .filter(|v| !v.is_empty() && !v.contains(' '))
        .ok_or_else(|| {
            problem(
                0,
                "the first line is not `# gaza-zones VERSION: a what-if model, not a forecast`",
            )
        })?
        .to_owned();
    let mut seen: Vec<&str> = Vec::new();
    let mut sha256 = None;
    let mut job = None;
    let mut shard_line = None;
    let mut kept = vec![first.clone()];
    let mut identity = vec![first.clone()];
    for (i, line) in lines.iter().enumerate().skip(1) {
        let (key, value) = line
            .strip_prefix("# ")
            .and_then(|l| l.split_once(": "))
            .ok_or_else(|| problem(i, "not a `# key: value` header line"))?;
        if key != "note" {
            if seen.contains(&key) {
                return Err(problem(i, format!("a second `{key}` line")));
            }
            seen.push(key);
        }
        let mut same_in_every_shard = line.clone();
        match key {
            "scenario" | "start_date" | "model" | "note" => {}
            "csv format" => {
                let format = value.split(';').next().unwrap_or_default();
                if format != gz_core::report::CSV_FORMAT.to_string() {
                    return Err(problem(
                        i,
                        format!(
                            "written in CSV format {format}; this version reads format {}: make it again with this version",
                            gz_core::report::CSV_FORMAT
                        ),
                    ));
                }
            }
            "file" => {
                let (_, hash) = value
                    .rsplit_once(" sha256:")
                    .ok_or_else(|| problem(i, "the file line has no `sha256:` hash"))?;
                if hash.len() != 64 || !hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
                {
                    return Err(problem(
                        i,
                        "the file's sha256 is not 64 lowercase hex digits",
                    ));
                }
                sha256 = Some(hash.to_owned());
                same_in_every_shard = format!("# file: sha256:{hash}");
            }
            "mode" | "sweep" => job = Some(parse_job(line, i)?),
            "shard" => {
                shard_line = Some((i, line.clone(), value.to_owned()));
                continue;
            }
            other => return Err(problem(i, format!("an unknown header line `{other}`"))),
        }
        kept.push(line.clone());
        identity.push(same_in_every_shard);
    }
    for key in ["scenario", "file", "start_date"] {
        if !seen.contains(&key) {
            return Err(problem(
                lines.len() - 1,
                format!("the header has no `{key}` line"),
            ));
        }
    }
    let job = job.ok_or_else(|| {
        problem(
            lines.len() - 1,
            "the header has no job line (`mode: ...; seed: ...; runs: ...`)",
        )
    })?;
    let total = job.items();
    let slice = match shard_line {
        None => 0..total,
        Some((i, line, value)) => {
            let (k_of_n, _) = value
                .split_once(' ')
                .ok_or_else(|| problem(i, "the shard line is not `K/N (... A to B)`"))?;
            let shard: Shard = k_of_n.parse().map_err(|e: String| problem(i, e))?;
            // The line must be exactly the one this job's shard K/N writes: its slice follows
            // from K, N and the job's size, so a doctored range cannot pass.
            if line != shard.header_line(total, job.item_word()) {
                return Err(problem(
                    i,
                    format!(
                        "the shard line does not match shard {shard} of a job of {total} {}",
                        job.item_word()
                    ),
                ));
            }
            shard.range(total)
        }
    };
    Ok(Header {
        version,
        sha256: sha256.unwrap_or_default(),
        job,
        lines: kept,
        identity,
        slice,
    })
}

/// A whole number as this program writes it: digits only, no sign, no leading zero.
#[must_use]
pub fn whole_number(text: &str) -> Option<u64> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if canonical { text.parse().ok() } else { None }
}

fn parse_job(line: &str, i: usize) -> Result<Job, HeaderProblem> {
    let body = line.strip_prefix("# ").unwrap_or(line);
    let mut sweep = None;
    let mut mode = None;
    let mut seed = None;
    let mut runs = None;
    for pair in body.split("; ") {
        let (key, value) = pair
            .split_once(": ")
            .ok_or_else(|| problem(i, format!("`{pair}` in the job line is not `key: value`")))?;
        let slot = match key {
            "sweep" => {
                if sweep.is_some() {
                    return Err(problem(i, "the job line says `sweep` twice"));
                }
                sweep = Some(parse_sweep(value).ok_or_else(|| {
                    problem(
                        i,
                        "the sweep is not `DRIVER from A to B in K steps` with K from 1 to 1000",
                    )
                })?);
                continue;
            }
            "mode" => {
                if mode.is_some() {
                    return Err(problem(i, "the job line says `mode` twice"));
                }
                if !matches!(value, "Stochastic" | "Expected") {
                    return Err(problem(i, format!("unknown mode `{value}`")));
                }
                mode = Some(value);
                continue;
            }
            "seed" => &mut seed,
            "runs" => &mut runs,
            other => return Err(problem(i, format!("unknown job key `{other}`"))),
        };
        if slot.is_some() {
            return Err(problem(i, format!("the job line says `{key}` twice")));
        }
        *slot = Some(
            whole_number(value)
                .ok_or_else(|| problem(i, format!("`{key}: {value}` is not a whole number")))?,
        );
    }
    let (Some(mode), Some(_seed), Some(runs)) = (mode, seed, runs) else {
        return Err(problem(i, "the job line needs mode, seed and runs"));
    };
    if !(1..=MAX_RUNS).contains(&runs) {
        return Err(problem(
            i,
            format!("runs: {runs} is outside 1 to {MAX_RUNS}, the most a job can have"),
        ));
    }
    Ok(match sweep {
        Some((from, to, steps)) => Job::Sweep {
            from,
            to,
            steps,
            runs,
        },
        None if mode == "Stochastic" => Job::Ensemble { runs },
        None => {
            return Err(problem(
                i,
                "a single run (`mode: Expected`) is not a shard of an ensemble",
            ));
        }
    })
}

/// `DRIVER from A to B in K steps`.
fn parse_sweep(text: &str) -> Option<(f64, f64, u64)> {
    let (driver, rest) = text.split_once(" from ")?;
    driver.parse::<Driver>().ok()?;
    let (from, rest) = rest.split_once(" to ")?;
    let (to, rest) = rest.split_once(" in ")?;
    let steps = whole_number(rest.strip_suffix(" steps")?)?;
    let (from, to): (f64, f64) = (from.parse().ok()?, to.parse().ok()?);
    let ok = from.is_finite() && to.is_finite() && (1..=MAX_SWEEP_STEPS).contains(&steps);
    ok.then_some((from, to, steps))
}

/// The last day a run can have.
pub const LAST_DAY: u64 = MAX_HORIZON_DAYS as u64;

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_owned).collect()
    }

    const HASH: &str = "bb669df8030119bd553f6400a7ef7bd3ca62e3391a60c90203405b2bdb08f3da";

    fn ensemble(title: &str, job: &str) -> Vec<String> {
        lines(&format!(
            "# gaza-zones 0.1.0: a what-if model, not a forecast\n# scenario: {title}\n\
             # file: a b.ron sha256:{HASH}\n# start_date: 2025-11-17 (day 0)\n# model: 2 (Dec 2026)\n# {job}"
        ))
    }

    #[test]
    fn a_title_that_says_runs_is_not_the_job() {
        let h = parse(&ensemble(
            "Plan, 100 runs: 3 scenarios",
            "mode: Stochastic; seed: 1; runs: 100",
        ))
        .expect("valid");
        assert_eq!(h.job, Job::Ensemble { runs: 100 });
        assert_eq!(h.slice, 0..100);
        assert_eq!(h.sha256, HASH);
    }

    #[test]
    fn signs_duplicates_and_unknown_lines_are_refused() {
        for job in [
            "mode: Stochastic; seed: 1; runs: +3",
            "mode: Stochastic; seed: 1; runs: 03",
            "mode: Stochastic; seed: 1; runs: 3; runs: 4",
            "mode: Stochastic; seed: 1; runs: 10001",
            "mode: Stochastic; seed: 1",
        ] {
            assert!(parse(&ensemble("T", job)).is_err(), "{job}");
        }
        let mut two_titles = ensemble("T", "mode: Stochastic; seed: 1; runs: 3");
        two_titles.insert(2, "# scenario: other".to_owned());
        assert_eq!(parse(&two_titles).map(|_| ()).unwrap_err().line, 3);
        let mut unknown = ensemble("T", "mode: Stochastic; seed: 1; runs: 3");
        unknown.push("# runs: 3".to_owned());
        assert!(parse(&unknown).is_err());
    }

    #[test]
    fn the_shard_line_must_be_the_one_its_job_writes() {
        let mut h = ensemble("T", "mode: Stochastic; seed: 1; runs: 10");
        h.push(Shard { index: 2, count: 4 }.header_line(10, "runs"));
        assert_eq!(parse(&h).expect("valid").slice, 2..5);
        let last = h.len() - 1;
        h[last] = "# shard: 2/4 (runs 0 to 9)".to_owned();
        assert!(parse(&h).is_err());
    }

    #[test]
    fn a_sweep_job_is_read() {
        let h = parse(&ensemble(
            "T",
            "sweep: disarmament_share from 0 to 1 in 5 steps; mode: Stochastic; seed: 7; runs: 3",
        ))
        .expect("valid");
        assert_eq!(
            h.job,
            Job::Sweep {
                from: 0.0,
                to: 1.0,
                steps: 5,
                runs: 3
            }
        );
    }
}
