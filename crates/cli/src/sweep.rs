//! `gaza-zones sweep`: one driver moved across a range, the scenario's indicators at each
//! value, as CSV (one row per value and run).

use std::io::Write;

use super::output::{Loaded, Progress, csv_io, number, write_lines, write_output};
use super::{SweepArgs, interrupt};
use gz_core::model::sensitivity::{
    Control, Sampling, SweepRange, check_in_range, events_setting, for_each_sample,
};
use gz_core::model::{Indicators, Mode};
use gz_core::report::category_columns;
use gz_core::report::sensitivity::driver_notes;

pub fn sweep(args: &SweepArgs) -> u8 {
    let loaded = match Loaded::for_output(&args.file, args.out.as_deref(), args.force) {
        Ok(l) => l,
        Err(code) => return code,
    };
    for (name, v) in [("--from", args.from), ("--to", args.to)] {
        if let Err(e) = check_in_range(args.driver, v) {
            gz_core::say!("{name} {e}");
            return super::exit::USAGE;
        }
    }
    for e in events_setting(&loaded.scenario.events, args.driver) {
        gz_core::say!(
            "note: the sweep sets {}'s starting value, and the event on day {} (\"{}\") changes it from then on",
            args.driver.key(),
            e.day,
            e.label()
        );
    }
    write_output(args.out.as_deref(), |out| write_csv(out, args, &loaded))
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

pub(super) fn columns() -> Vec<String> {
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
    c.extend(category_columns("final_"));
    c
}

fn row(step: u64, value: f64, run: u64, ind: &Indicators) -> Vec<String> {
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
    let sampling = Sampling { mode, seed, runs };
    let range = SweepRange {
        driver: args.driver,
        from: args.from,
        to: args.to,
        steps: args.steps,
    };
    let values = range.values();
    let total = values.len() as u64 * runs;
    let slice = args.shard.map_or(0..total, |s| s.range(total));
    let mut header = loaded.header(&sweep_job(args, seed, mode));
    // The warning printed on standard error belongs in the file too: the CSV outlives the
    // terminal. (An empty first_day_blue_holds_half already means "never" here.)
    header.extend(driver_notes(&loaded.scenario.events, &[args.driver]));
    if let Some(shard) = args.shard {
        header.push(shard.header_line(total, "items"));
    }
    write_lines(out, &header)?;
    let progress = Progress::new(slice.end - slice.start, "runs");
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(columns()).map_err(csv_io)?;
    // The app's sweep computes through the same function, so the two cannot disagree.
    let mut written = Ok(());
    // A failed write (a closed pipe, a full disk), Ctrl+C or SIGTERM stops the computing too.
    let control = Control::default();
    // A cancel is the writer's own doing (`written` says why), so it needs no reply here.
    let _cancelled = for_each_sample(
        &scenario.inputs(),
        &range.points(),
        sampling,
        slice,
        &control,
        |sample| {
            if written.is_err() {
                return;
            }
            let value = values[sample.point];
            written = csv
                .write_record(row(
                    sample.point as u64,
                    value,
                    sample.run,
                    &sample.indicators,
                ))
                .map_err(csv_io);
            if written.is_ok() && interrupt::requested() {
                written = Err(interrupt::error());
            }
            if written.is_err() {
                control.cancel();
            }
            progress.tick();
        },
    );
    written?;
    progress.finish();
    csv.flush()
}
