//! `gaza-zones figure`: the map on a day, or a chart over time, as PNG or SVG, headless: the
//! same drawing as the app's Export, for papers and for figures made on a cluster.

use super::interrupt;
use super::output::{Loaded, check_output, refuse_overwrite, said_written};
use super::{FigureArgs, FigureKind, exit};
use gz_core::geo::Grid;
use gz_core::model::ensemble::{self, EnsembleError, Outcome};
use gz_core::model::sensitivity::{self, Control, Sampling, SweepRange};
use gz_core::model::{Plan, Record};
use gz_figure::{
    self, BlueChance, Caption, ChartFigure, ChartKind, Content, DifferenceFigure, EventMark,
    Figure, FigureSize, MapFigure, Quantity, SweepFigure, TornadoFigure,
};

pub fn figure(args: &FigureArgs) -> u8 {
    if let Err(code) = check_output(Some(&args.out), &args.file, "the scenario file") {
        return code;
    }
    match (&args.compare, args.kind) {
        (Some(other), FigureKind::Difference) => {
            if let Err(code) = check_output(Some(&args.out), other, "the compared scenario") {
                return code;
            }
        }
        (None, FigureKind::Difference) => {
            gz_core::say!("--kind difference needs --compare FILE, the scenario to compare with");
            return exit::USAGE;
        }
        (Some(_), _) => {
            gz_core::say!("--compare is for --kind difference");
            return exit::USAGE;
        }
        (None, _) => {}
    }
    // Format and size are checked before any computing: a long ensemble must not end in
    // "too large".
    let checked = gz_figure::Format::of_path(&args.out).and_then(|format| {
        FigureSize {
            width: args.size[0],
            height: args.size[1],
            scale: args.scale,
        }
        .pixels(format)
    });
    if let Err(e) = checked {
        gz_core::say!("{e}");
        return exit::USAGE;
    }
    if let Err(code) = refuse_overwrite(Some(&args.out), args.force) {
        return code;
    }
    let loaded = match Loaded::read(&args.file) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let scenario = &loaded.scenario;
    // The map needs a day (the first, unless one is given); a chart marks one only when asked.
    let day = args.day.unwrap_or(0);
    if day > scenario.horizon_days {
        gz_core::say!(
            "--day {day} is past the scenario's last day ({})",
            scenario.horizon_days
        );
        return exit::USAGE;
    }
    let seed = args.seed.unwrap_or(scenario.seed);
    if matches!(args.kind, FigureKind::Tornado | FigureKind::Sweep) {
        return sensitivity_figure(args, &loaded, seed);
    }
    if let Some(other) = &args.compare {
        return difference_figure(args, &loaded, other);
    }
    let plan = Plan::new(Grid::strip(), &scenario.inputs());
    let run = plan.run(scenario.mode, seed, Record::Cells);
    if args.kind == FigureKind::Map && args.runs.is_some() && day != 0 {
        gz_core::say!(
            "note: with --runs the map shows how often each cell ended blue on the last day; --day is not used"
        );
    }
    let needs_ensemble = args.runs.is_some()
        || matches!(args.kind, FigureKind::SpreadPeople | FigureKind::SpreadArea);
    let runs = args.runs.unwrap_or(DEFAULT_RUNS);
    let outcome: Option<Outcome> = if needs_ensemble {
        let control = Control::default();
        let computed = interrupt::watched(
            &control,
            |_| {},
            || ensemble::outcome(&plan, seed, runs, &control),
        );
        match computed {
            Ok(Ok(outcome)) => Some(outcome),
            Ok(Err(EnsembleError::Cancelled(_))) => return interrupt::report(Some(&args.out)),
            Ok(Err(e)) => {
                gz_core::say!("{e}");
                return exit::OUTPUT;
            }
            Err(_) => {
                gz_core::say!("the ensemble could not be computed");
                return exit::INVALID;
            }
        }
    } else {
        None
    };
    let (content, subtitle) = match args.kind {
        FigureKind::Map => {
            let blue = outcome.as_ref().map(|o| BlueChance {
                share: &o.ended_blue_share,
                runs,
                seed,
            });
            let (map, subtitle) = MapFigure::with_subtitle(&run, scenario, day, blue);
            (Content::Map(map), subtitle)
        }
        kind => {
            let (chart, subtitle) = match kind {
                FigureKind::People => (
                    ChartKind::Stacked(Quantity::People),
                    Caption::run_chart_subtitle(Quantity::People),
                ),
                FigureKind::Area => (
                    ChartKind::Stacked(Quantity::Area),
                    Caption::run_chart_subtitle(Quantity::Area),
                ),
                FigureKind::SpreadPeople => (
                    ChartKind::Spread(Quantity::People),
                    Caption::spread_subtitle(Quantity::People, runs, seed),
                ),
                _ => (
                    ChartKind::Spread(Quantity::Area),
                    Caption::spread_subtitle(Quantity::Area, runs, seed),
                ),
            };
            (
                Content::Chart(ChartFigure {
                    kind: chart,
                    days: &run.days,
                    summary: outcome.as_ref().map(|o| &o.summary),
                    // A milestone fires on another day in each run of an ensemble: a spread
                    // chart marks the dated events only.
                    events: EventMark::of_run(
                        scenario,
                        matches!(chart, ChartKind::Stacked(_)).then_some(&run),
                    ),
                    marked_day: args.day,
                }),
                subtitle,
            )
        }
    };
    let fig = Figure {
        caption: Caption::new(scenario, subtitle, loaded.provenance.short_source()),
        zones: gz_core::style::ZonePalette::new(args.colour_blind),
        content,
    };
    save(&fig, args)
}

/// The difference map of FILE against `other`, each run in its own mode and seed as the app
/// runs them, on `--day` (default: the last day both have).
fn difference_figure(args: &FigureArgs, loaded: &Loaded, other: &std::path::Path) -> u8 {
    let compared = match Loaded::read(other) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (here, there) = (&loaded.scenario, &compared.scenario);
    let day = args
        .day
        .unwrap_or_else(|| here.horizon_days.min(there.horizon_days));
    let run = |s: &gz_core::scenario::Scenario| {
        Plan::new(Grid::strip(), &s.inputs()).run(s.mode, s.seed, Record::Cells)
    };
    let (current_run, compared_run) = (run(here), run(there));
    let (content, subtitle) = DifferenceFigure::with_subtitle(
        (&current_run, here),
        (&compared_run, there, &there.meta.title),
        day,
    );
    let fig = Figure {
        caption: Caption::new(here, subtitle, loaded.provenance.short_source()),
        zones: gz_core::style::ZonePalette::new(args.colour_blind),
        content: Content::Difference(content),
    };
    save(&fig, args)
}

/// A tornado or a sweep, computed as `gaza-zones tornado` and `sweep` compute them.
fn sensitivity_figure(args: &FigureArgs, loaded: &Loaded, seed: u64) -> u8 {
    let scenario = &loaded.scenario;
    let sampling = match args.runs {
        Some(runs) => Sampling::stochastic(seed, runs),
        None => Sampling::single(scenario.mode, seed),
    };
    let control = Control::default();
    let inputs = scenario.inputs();
    // The analysis runs on its own thread; this one passes Ctrl+C or SIGTERM on as a cancel.
    let computed = interrupt::watched(
        &control,
        |_| {},
        || compute_sensitivity(args, &inputs, sampling, &control, &scenario.events),
    );
    if interrupt::requested() {
        return interrupt::report(Some(&args.out));
    }
    let (content, subtitle) = match computed {
        Ok(Ok(computed)) => computed,
        Ok(Err(code)) => return code,
        Err(_) => {
            gz_core::say!("the figure's analysis could not be computed");
            return exit::INVALID;
        }
    };
    let fig = Figure {
        caption: Caption::new(scenario, subtitle, loaded.provenance.short_source()),
        zones: gz_core::style::ZonePalette::new(args.colour_blind),
        content,
    };
    save(&fig, args)
}

/// A tornado or a sweep's content and subtitle, or the exit code of what went wrong.
fn compute_sensitivity(
    args: &FigureArgs,
    inputs: &gz_core::model::Inputs,
    sampling: Sampling,
    control: &Control,
    events: &[gz_core::model::Event],
) -> Result<(Content<'static>, String), u8> {
    let (content, subtitle) = if args.kind == FigureKind::Tornado {
        match sensitivity::tornado(inputs, sampling, control) {
            Ok(t) => (
                Content::Tornado(TornadoFigure::of(&t, args.indicator, events)),
                TornadoFigure::subtitle(&t, args.indicator),
            ),
            Err(e) => {
                gz_core::say!("{e}");
                return Err(exit::INVALID);
            }
        }
    } else {
        let Some(driver) = args.driver else {
            gz_core::say!("--kind sweep needs --driver NAME, e.g. --driver aid_trucks_per_day");
            return Err(exit::USAGE);
        };
        let whole = SweepRange::whole(driver, args.steps);
        let range = SweepRange {
            from: args.from.unwrap_or(whole.from),
            to: args.to.unwrap_or(whole.to),
            ..whole
        };
        match sensitivity::sweep(inputs, range, sampling, control) {
            Ok(s) => (
                Content::Sweep(SweepFigure::of(&s, args.indicator)),
                SweepFigure::subtitle(&s, args.indicator, events),
            ),
            Err(e) => {
                gz_core::say!("{e}");
                return Err(exit::USAGE);
            }
        }
    };
    Ok((content, subtitle))
}

fn save(fig: &Figure, args: &FigureArgs) -> u8 {
    if interrupt::requested() {
        return interrupt::report(Some(&args.out));
    }
    let size = FigureSize {
        width: args.size[0],
        height: args.size[1],
        scale: args.scale,
    };
    match gz_figure::save(fig, size, &args.out) {
        Ok(()) => {
            said_written(&args.out);
            exit::OK
        }
        Err(
            e @ (gz_figure::FigureError::TooLarge { .. }
            | gz_figure::FigureError::TooSmall { .. }
            | gz_figure::FigureError::BadScale(_)),
        ) => {
            gz_core::say!("{e}");
            exit::USAGE
        }
        // A save error names the file already.
        Err(e @ gz_figure::FigureError::Save(_)) => {
            gz_core::say!("{e}");
            exit::OUTPUT
        }
        Err(e) => {
            gz_core::say!("{}: {e}", args.out.display());
            exit::OUTPUT
        }
    }
}

/// Runs of an ensemble figure when `--runs` is not given: enough for steady p10 and p90.
const DEFAULT_RUNS: u64 = 200;
