//! `gaza-zones sweep`: one driver moved across a range, the scenario's indicators at each
//! value, as CSV (one row per value and run).

use std::io::Write;

use rayon::prelude::*;

use super::SweepArgs;
use super::output::{Loaded, Progress, check_output, csv_io, number, write_lines, write_output};
use crate::geo::Grid;
use crate::model::{Action, Driver, Mode, Plan, Record, RunOutput, Zone};

pub fn sweep(args: &SweepArgs) -> u8 {
    if let Err(code) = check_output(args.out.as_deref(), &args.file) {
        return code;
    }
    let loaded = match Loaded::read(&args.file) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let info = args.driver.info();
    for (name, v) in [("--from", args.from), ("--to", args.to)] {
        if !(info.min..=info.max).contains(&v) {
            eprintln!(
                "{name} {v} is outside the range of {} ({} to {}, {})",
                info.key, info.min, info.max, info.unit
            );
            return super::exit::USAGE;
        }
    }
    for e in &loaded.scenario.events {
        let moves = match &e.action {
            Action::Set { driver, .. } | Action::Ramp { driver, .. } => *driver == args.driver,
            Action::MoveLine { .. } => args.driver == Driver::HeldShare,
            _ => false,
        };
        if moves {
            eprintln!(
                "note: the sweep sets {}'s starting value, and the event on day {} (\"{}\") changes it from then on",
                args.driver.key(),
                e.day,
                e.label()
            );
        }
    }
    write_output(args.out.as_deref(), |out| write_csv(out, args, &loaded))
}

/// The driver's value at each step, evenly from `from` to `to` inclusive.
#[must_use]
pub fn values(from: f64, to: f64, steps: u64) -> Vec<f64> {
    if steps <= 1 {
        return vec![from];
    }
    (0..steps)
        .map(|k| from + (to - from) * k as f64 / (steps - 1) as f64)
        .collect()
}

/// The job line of a sweep's header; shards of one sweep share it.
#[must_use]
pub fn sweep_job(args: &SweepArgs, seed: u64, mode: Mode) -> String {
    format!(
        "sweep: {} from {} to {} in {} steps; mode: {mode:?}; seed: {seed}; runs: {}",
        args.driver.key(),
        args.from,
        args.to,
        args.steps,
        args.runs.unwrap_or(1)
    )
}

fn columns() -> Vec<String> {
    let mut c: Vec<String> = [
        "step",
        "value",
        "run",
        "first_day_blue_holds_half",
        "peak_red_km2",
        "peak_red_day",
        "returned_pop",
    ]
    .map(String::from)
    .to_vec();
    c.extend(Zone::ALL.iter().map(|z| format!("final_{}_km2", z.key())));
    c.extend(Zone::ALL.iter().map(|z| format!("final_{}_pop", z.key())));
    c
}

fn row(step: u64, value: f64, run: u64, out: &RunOutput) -> Vec<String> {
    let ind = out.indicators();
    let mut r = vec![
        step.to_string(),
        number(value),
        run.to_string(),
        ind.first_day_blue_holds_half
            .map(|d| d.to_string())
            .unwrap_or_default(),
        number(ind.peak_red_km2),
        ind.peak_red_day.to_string(),
        number(ind.people_returned),
    ];
    r.extend(ind.final_area_km2.iter().map(|&v| number(v)));
    r.extend(ind.final_people.iter().map(|&v| number(v)));
    r
}

fn write_csv(out: &mut dyn Write, args: &SweepArgs, loaded: &Loaded) -> std::io::Result<()> {
    let scenario = &loaded.scenario;
    let seed = args.seed.unwrap_or(scenario.seed);
    let runs = args.runs.unwrap_or(1);
    // With several runs each value gets a stochastic ensemble; with one, the scenario's mode.
    let mode = if args.runs.is_some() {
        Mode::Stochastic
    } else {
        scenario.mode
    };
    let steps = values(args.from, args.to, args.steps);
    let total = steps.len() as u64 * runs;
    let slice = args.shard.map_or(0..total, |s| s.range(total));
    let mut header = loaded.header(&sweep_job(args, seed, mode));
    if let Some(shard) = args.shard {
        header.push(format!(
            "# shard: {shard} (items {} to {})",
            slice.start,
            slice.end.saturating_sub(1)
        ));
    }
    write_lines(out, &header)?;
    let progress = Progress::new(slice.end - slice.start, "runs");
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(columns()).map_err(csv_io)?;
    // Plans per value are cheap; runs go in parallel a chunk at a time, written in order.
    let items: Vec<u64> = slice.collect();
    for chunk in items.chunks(64) {
        let rows: Vec<Vec<String>> = chunk
            .par_iter()
            .map(|&item| {
                let (step, run) = (item / runs, item % runs);
                let value = steps[step as usize];
                let mut s = scenario.clone();
                s.start.set(args.driver, value);
                let plan = Plan::new(Grid::strip(), &s.inputs());
                // Run `run` uses the same random numbers at every value (common random
                // numbers), so differences between values are the driver's, not the dice's.
                let output = plan.run_numbered(mode, seed, run, Record::Totals);
                row(step, value, run, &output)
            })
            .collect();
        for r in rows {
            csv.write_record(&r).map_err(csv_io)?;
            progress.tick();
        }
    }
    progress.finish();
    csv.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_run_evenly_from_one_end_to_the_other() {
        assert_eq!(values(0.0, 1.0, 5), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(values(3.0, 9.0, 1), vec![3.0]);
    }
}
