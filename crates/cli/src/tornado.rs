//! `gaza-zones tornado`: each driver at both ends of its range (and, from model 3, each judgement
//! parameter at half and double its default) and how far that moves one indicator, as CSV: the
//! table the app's Sensitivity window exports.

use super::output::{Loaded, Progress, write_output};
use super::{TornadoArgs, interrupt};
use gz_core::model::Driver;
use gz_core::model::sensitivity::{Control, Sampling, tornado as compute, tornado_runs};
use gz_core::report::sensitivity::{notes, tornado_job, write_tornado};

pub fn tornado(args: &TornadoArgs) -> u8 {
    let loaded = match Loaded::for_output(&args.file, args.out.as_deref(), args.force) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let scenario = &loaded.scenario;
    let seed = args.seed.unwrap_or(scenario.seed);
    let sampling = match args.runs {
        Some(runs) => Sampling::stochastic(seed, runs),
        None => Sampling::single(scenario.mode, seed),
    };
    let control = Control::default();
    let total = tornado_runs(scenario.model, sampling.runs);
    let progress = Progress::new(total, "runs");
    // The analysis counts its runs as it goes; this thread turns the count into the bar.
    let result = interrupt::watched(
        &control,
        |done| progress.advance_to(done),
        || compute(&scenario.inputs(), sampling, &control),
    );
    progress.finish();
    if interrupt::requested() {
        return interrupt::report(args.out.as_deref());
    }
    let Ok(Ok(tornado)) = result else {
        gz_core::say!("the tornado could not be computed");
        return super::exit::INVALID;
    };
    let mut header = loaded.header(&tornado_job(&tornado, args.indicator));
    header.extend(notes(
        &scenario.events,
        &Driver::ALL,
        args.indicator,
        scenario.horizon_days,
    ));
    write_output(args.out.as_deref(), |out| {
        write_tornado(out, &header, &tornado, args.indicator)
    })
}
