//! `gaza-zones run`: one run, or an ensemble (or one shard of it), as CSV.

use std::io::Write;

use super::output::{
    Loaded, Progress, csv_io, day_columns, day_row, write_days, write_lines, write_output,
    write_summary,
};
use super::{ByArg, ModeArg, RunArgs, by_governorate, interrupt};
use gz_core::geo::Grid;
use gz_core::model::ensemble::{SummaryBuilder, for_each_run};
use gz_core::model::milestones::FiredTally;
use gz_core::model::parallel::Control;
use gz_core::model::{Plan, Record};
use gz_core::report::milestones;

pub fn run(args: &RunArgs) -> u8 {
    let loaded = match Loaded::for_output(&args.file, args.out.as_deref(), args.force) {
        Ok(l) => l,
        Err(code) => return code,
    };
    write_output(args.out.as_deref(), |out| write_csv(out, args, &loaded))
}

use gz_core::report::ensemble_job;

fn write_csv(out: &mut dyn Write, args: &RunArgs, loaded: &Loaded) -> std::io::Result<()> {
    let scenario = &loaded.scenario;
    let seed = args.seed.unwrap_or(scenario.seed);
    let plan = Plan::new(Grid::strip(), &scenario.inputs());
    let Some(runs) = args.runs else {
        let mode = ModeArg::or(args.mode, scenario.mode);
        let job = gz_core::report::single_run_job(mode, seed);
        if args.by == Some(ByArg::Governorate) {
            write_lines(out, &loaded.header(&format!("{job}; by: governorate")))?;
            return by_governorate::write_days(out, &plan, mode, seed);
        }
        let output = plan.run(mode, seed, Record::Totals);
        let mut header = loaded.header(&job);
        header.extend(milestones::run_lines(&scenario.events, &output.fired));
        return write_days(out, &header, &output.days);
    };
    let mut header = loaded.header(&ensemble_job(seed, runs));
    let slice = args.shard.map_or(0..runs, |s| s.range(runs));
    if let Some(shard) = args.shard {
        header.push(shard.header_line(runs, "runs"));
    }
    write_lines(out, &header)?;
    let progress = Progress::new(slice.end - slice.start, "runs");
    // Stops the runs after a failed write, or once Ctrl+C or SIGTERM arrived.
    let control = Control::default();
    let stop_if_interrupted = || {
        if interrupt::requested() {
            control.cancel();
        }
    };
    if args.summary {
        let mut builder = SummaryBuilder::default();
        let mut fired = FiredTally::default();
        let finished = for_each_run(&plan, seed, slice, &control, |_, output| {
            builder.add(&output.days);
            fired.add(&output.fired);
            progress.tick();
            stop_if_interrupted();
        });
        progress.finish();
        if finished.is_err() {
            return Err(interrupt::error());
        }
        let summary = builder.finish().map_err(std::io::Error::other)?;
        let fired = fired.finish(&scenario.events);
        write_lines(out, &milestones::ensemble_lines(&scenario.events, &fired))?;
        return write_summary(out, &summary);
    }
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(day_columns(true)).map_err(csv_io)?;
    let mut failure = None;
    let finished = for_each_run(&plan, seed, slice, &control, |run, output| {
        if failure.is_some() {
            return;
        }
        for (day, record) in output.days.iter().enumerate() {
            if let Err(e) = csv.write_record(day_row(Some(run), day, record)) {
                failure = Some(e);
                control.cancel();
                return;
            }
        }
        progress.tick();
        stop_if_interrupted();
    });
    progress.finish();
    if let Some(e) = failure {
        return Err(csv_io(e));
    }
    if finished.is_err() {
        return Err(interrupt::error());
    }
    csv.flush()
}
