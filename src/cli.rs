//! The headless command line: `run` writes CSV, `validate` checks files. No user interface.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use sha2::{Digest, Sha256};

use crate::model::output::FLOWS;

use crate::geo::Grid;
use crate::model::ensemble::{Summary, SummaryBuilder, for_each_run};
use crate::model::{DayRecord, Mode, Plan, Record, Zone};
use crate::scenario::{MAX_RUNS, Scenario};

/// Exit codes, documented in `--help` and the README.
pub mod exit {
    pub const OK: u8 = 0;
    /// A scenario could not be read or is invalid.
    pub const INVALID: u8 = 1;
    /// The command line itself is wrong (clap's own code).
    pub const USAGE: u8 = 2;
    /// The output could not be written.
    pub const OUTPUT: u8 = 3;
    /// The app could not open a window (no display).
    pub const NO_DISPLAY: u8 = 4;
}

const EXIT_CODES: &str = "Exit codes: 0 success; 1 a scenario could not be read or is invalid; \
2 the command line is wrong; 3 the output could not be written; 4 no display for the app.";

/// gaza-zones: a what-if model of the Gaza Strip in the Ross–Orion four zones
/// (red, green, gray, blue). Not a forecast.
#[derive(Debug, Parser)]
#[command(name = "gaza-zones", version, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Scenario to open in the app (the default scenario if none).
    pub file: Option<PathBuf>,
    /// Open the app, save a PNG of its window here, and exit (for figures and CI).
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,
    /// With --screenshot: the day to show.
    #[arg(long, value_name = "N", default_value_t = 0, requires = "screenshot")]
    pub day: u32,
    /// With --screenshot: the window size in pixels.
    #[arg(long, value_name = "WxH", default_value = "1600x1000", value_parser = parse_size, requires = "screenshot")]
    pub size: [f32; 2],
}

fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("\"{text}\" is not a size; write WIDTHxHEIGHT, e.g. 1920x1080"))?;
    let parse = |v: &str| {
        v.trim()
            .parse::<u16>()
            .ok()
            .filter(|&n| (200..=8000).contains(&n))
            .map(f32::from)
            .ok_or_else(|| format!("\"{v}\" is not a pixel count from 200 to 8000"))
    };
    Ok([parse(w)?, parse(h)?])
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a scenario headless and write its daily zone totals as CSV.
    #[command(after_help = EXIT_CODES)]
    Run(RunArgs),
    /// Check scenario files; print every problem found.
    #[command(after_help = EXIT_CODES)]
    Validate {
        /// Scenario files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// Run an ensemble of N stochastic runs (adds a leading `run` column).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=MAX_RUNS))]
    pub runs: Option<u64>,
    /// Seed for stochastic runs (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Take transitions this way for a single run (default: the scenario's mode).
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// With --runs: write p10/p50/p90 per zone per day instead of every run.
    #[arg(long, requires = "runs")]
    pub summary: bool,
    /// Write the CSV here instead of standard output.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ModeArg {
    Expected,
    Stochastic,
}

/// Runs a headless command; returns the process exit code.
pub fn execute(command: Command) -> u8 {
    match command {
        Command::Validate { files } => validate_files(&files),
        Command::Run(args) => run(&args),
    }
}

fn validate_files(files: &[PathBuf]) -> u8 {
    let mut code = exit::OK;
    for file in files {
        match Scenario::load(file) {
            Ok(s) => println!(
                "{}: ok: \"{}\", {} days, {} events",
                file.display(),
                s.meta.title,
                s.horizon_days,
                s.events.len()
            ),
            Err(e) => {
                for line in e.lines() {
                    eprintln!("{line}");
                }
                code = exit::INVALID;
            }
        }
    }
    code
}

fn run(args: &RunArgs) -> u8 {
    let text = match std::fs::read(&args.file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{}: cannot read the file: {e}", args.file.display());
            return exit::INVALID;
        }
    };
    let scenario = match Scenario::load(&args.file) {
        Ok(s) => s,
        Err(e) => {
            for line in e.lines() {
                eprintln!("{line}");
            }
            return exit::INVALID;
        }
    };
    let header = Provenance {
        title: &scenario.meta.title,
        file: &args.file,
        sha256: hex(&Sha256::digest(&text)),
        seed: args.seed.unwrap_or(scenario.seed),
    };
    let result = match &args.out {
        Some(path) => write_to_file(path, |w| write_csv(w, args, &scenario, &header)),
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            write_csv(&mut lock, args, &scenario, &header).and_then(|()| lock.flush())
        }
    };
    match result {
        Ok(()) => exit::OK,
        // A reader that stops early (`| head`) is not an error of ours.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            let target = args
                .out
                .as_ref()
                .map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
            eprintln!("{target}: cannot write the CSV: {e}");
            exit::OUTPUT
        }
    }
}

fn write_to_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(folder)?;
    {
        let mut buffered = std::io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered)?;
        buffered.flush()?;
    }
    crate::scenario::keep_permissions(path, temp.as_file())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

struct Provenance<'a> {
    title: &'a str,
    file: &'a Path,
    sha256: String,
    seed: u64,
}

/// Keeps the I/O error's kind (a closed pipe stays a closed pipe).
fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn write_csv(
    out: &mut dyn Write,
    args: &RunArgs,
    scenario: &Scenario,
    p: &Provenance<'_>,
) -> std::io::Result<()> {
    let inputs = scenario.inputs();
    let plan = Plan::new(Grid::strip(), &inputs);
    writeln!(
        out,
        "# gaza-zones {}: a what-if model, not a forecast",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "# scenario: {}", p.title.replace(['\n', '\r'], " "))?;
    writeln!(out, "# file: {} sha256:{}", p.file.display(), p.sha256)?;
    writeln!(out, "# start_date: {} (day 0)", scenario.start_date)?;
    let Some(runs) = args.runs else {
        let mode = match args.mode {
            Some(ModeArg::Expected) => Mode::Expected,
            Some(ModeArg::Stochastic) => Mode::Stochastic,
            None => scenario.mode,
        };
        writeln!(out, "# mode: {mode:?}; seed: {}; runs: 1", p.seed)?;
        let output = plan.run(mode, p.seed, Record::Totals);
        let mut csv = csv::Writer::from_writer(out);
        csv.write_record(day_columns(false)).map_err(csv_io)?;
        for (day, record) in output.days.iter().enumerate() {
            csv.write_record(day_row(None, day, record))
                .map_err(csv_io)?;
        }
        return csv.flush();
    };
    writeln!(out, "# mode: Stochastic; seed: {}; runs: {runs}", p.seed)?;
    let progress = Progress::new(runs);
    let cancel = AtomicBool::new(false);
    if args.summary {
        let mut builder = SummaryBuilder::default();
        for_each_run(&plan, p.seed, 0..runs, &cancel, |_, output| {
            builder.add(&output.days);
            progress.tick();
        });
        progress.finish();
        return write_summary(out, &builder.finish());
    }
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(day_columns(true)).map_err(csv_io)?;
    let mut failure = None;
    for_each_run(&plan, p.seed, 0..runs, &cancel, |run, output| {
        if failure.is_some() {
            return;
        }
        for (day, record) in output.days.iter().enumerate() {
            if let Err(e) = csv.write_record(day_row(Some(run), day, record)) {
                failure = Some(e);
                cancel.store(true, std::sync::atomic::Ordering::Relaxed);
                return;
            }
        }
        progress.tick();
    });
    progress.finish();
    if let Some(e) = failure {
        return Err(csv_io(e));
    }
    csv.flush()
}

fn day_columns(with_run: bool) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    if with_run {
        columns.push("run".into());
    }
    columns.push("day".into());
    columns.extend(Zone::ALL.iter().map(|z| format!("{}_km2", z.key())));
    columns.extend(Zone::ALL.iter().map(|z| format!("{}_pop", z.key())));
    columns.extend(["held_km2", "displaced_pop", "returned_pop"].map(String::from));
    columns.extend(
        FLOWS
            .iter()
            .map(|(a, b)| format!("{}_to_{}_km2", a.key(), b.key())),
    );
    columns
}

fn day_row(run: Option<u64>, day: usize, r: &DayRecord) -> Vec<String> {
    let mut row = Vec::with_capacity(26);
    if let Some(run) = run {
        row.push(run.to_string());
    }
    row.push(day.to_string());
    row.extend(r.area_km2.iter().map(|v| format!("{v:.4}")));
    row.extend(r.people.iter().map(|v| format!("{v:.1}")));
    row.push(format!("{:.4}", r.held_km2));
    row.push(format!("{:.1}", r.people_displaced));
    row.push(format!("{:.1}", r.people_returned));
    row.extend(
        FLOWS
            .iter()
            .map(|(a, b)| format!("{:.4}", r.flows_km2[a.index()][b.index()])),
    );
    row
}

fn write_summary(out: &mut dyn Write, summary: &Summary) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    let mut header = vec!["day".to_owned()];
    for quantity in ["km2", "pop"] {
        for z in Zone::ALL {
            for q in ["p10", "p50", "p90"] {
                header.push(format!("{}_{quantity}_{q}", z.key()));
            }
        }
    }
    csv.write_record(&header).map_err(csv_io)?;
    for (day, (area, people)) in summary.area_km2.iter().zip(&summary.people).enumerate() {
        let mut row = vec![day.to_string()];
        for b in area {
            row.extend([b.p10, b.p50, b.p90].map(|v| format!("{v:.4}")));
        }
        for b in people {
            row.extend([b.p10, b.p50, b.p90].map(|v| format!("{v:.1}")));
        }
        csv.write_record(&row).map_err(csv_io)?;
    }
    csv.flush()
}

/// A progress bar on standard error, shown only once a job has taken more than a second.
struct Progress {
    bar: indicatif::ProgressBar,
    started: Instant,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    fn new(total: u64) -> Self {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total),
            indicatif::ProgressDrawTarget::hidden(),
        );
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} runs, {eta} left")
        {
            bar.set_style(style);
        }
        Self {
            bar,
            started: Instant::now(),
            shown: std::cell::Cell::new(false),
        }
    }

    fn tick(&self) {
        if !self.shown.get() && self.started.elapsed() > Duration::from_secs(1) {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.shown.set(true);
        }
        self.bar.inc(1);
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
