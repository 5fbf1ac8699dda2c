//! The headless command line: `run` and `sweep` write CSV, `cells` writes one row or map
//! feature per cell, `merge` joins shards, `figure` draws PNG or SVG figures, `validate` checks
//! files. No user interface.

mod animate;
mod by_governorate;
mod cell_table;
mod cells;
mod cells_geojson;
mod dissolve;
mod explain;
mod figure;
mod header;
mod interrupt;
mod link;
mod merge;
mod number_form;
mod output;
mod page;
mod run;
pub mod shard;
mod shard_file;
mod sweep;
mod tornado;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use gz_core::model::Driver;
use gz_core::model::sensitivity::Indicator;
use gz_core::scenario::{MAX_RUNS, Scenario};
use shard::Shard;
pub use shard_file::MAX_SHARD_BYTES;

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
    /// Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it); nothing was written.
    pub const INTERRUPTED: u8 = 130;
}

const EXIT_CODES: &str = "Exit codes: 0 success; 1 a scenario could not be read or is invalid, \
or shards do not fit together; 2 the command line is wrong (including values outside a driver's \
range); 3 the output could not be written (including an --out that is a folder, a pipe or a \
device, and an output file that exists already: add --force to replace it); 4 no display for \
the app; 130 interrupted (Ctrl+C or SIGTERM), nothing written.";

/// gaza-zones: a what-if model of the Gaza Strip in the Ross–Orion four zones
/// (red, green, gray, blue). Not a forecast.
#[derive(Debug, Parser)]
#[command(name = "gaza-zones", version, after_help = EXIT_CODES)]
// Each flag is its own switch on the command line; clap wants them as fields.
#[allow(clippy::struct_excessive_bools)]
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
    /// Open in presentation mode (full screen, large type; Esc leaves).
    #[arg(long)]
    pub present: bool,
    /// Open on the start page: the bundled scenarios as a gallery, the four zones and the
    /// guided tour (it opens by itself on the first launch without a file).
    #[arg(long, conflicts_with = "present")]
    pub start_page: bool,
    /// The look, over the saved preference: dark, light or high-contrast.
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeArg>,
    /// Okabe–Ito zone colours, distinct under red-green colour blindness (over the saved
    /// preference).
    #[arg(long)]
    pub colour_blind: bool,
    /// The language of the words: the app's interface (remembered, over the saved choice or
    /// the system's locale), and the figures and explanations the commands write: en
    /// (English, the commands' default), ar (Arabic), he (Hebrew). Tables stay English.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
    /// Open this scenario beside the first one, to compare (at most twice); the timeline
    /// opens on the comparison.
    #[arg(long, value_name = "FILE")]
    pub compare: Vec<PathBuf>,
    /// With --compare: open on the map of where the first compared scenario differs
    /// (instead of the Compare timeline).
    #[arg(long, requires = "compare")]
    pub difference_map: bool,
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
    /// One run's state on one day, cell by cell: CSV rows or a GeoJSON map (WGS 84); with
    /// --every-day, every day as one long CSV table.
    #[command(after_help = EXIT_CODES)]
    Cells(CellsArgs),
    /// Move one driver across a range and write the scenario's indicators at each value.
    #[command(after_help = EXIT_CODES)]
    Sweep(SweepArgs),
    /// Each driver at both ends of its range (from model 3 also each judgement parameter at half
    /// and double its default), the others at the scenario's values: how far it moves one
    /// indicator (a tornado chart's numbers).
    #[command(after_help = EXIT_CODES)]
    Tornado(TornadoArgs),
    /// Combine the shards of one `run --runs` or `sweep` job into the CSV the whole job writes.
    #[command(after_help = EXIT_CODES)]
    Merge(MergeArgs),
    /// Draw the map on a day, or a chart over time, as a PNG or SVG figure with its caption.
    #[command(after_help = EXIT_CODES)]
    Figure(FigureArgs),
    /// The map every few days as an animated GIF, APNG or WebP for slides, with the date and
    /// the events since the previous frame on each (and with --with-timeline the people chart
    /// beside it).
    #[command(after_help = EXIT_CODES)]
    Animate(AnimateArgs),
    /// Why the map moves or stays as it is on a day: for the whole Strip, or with --cell for
    /// one cell, each way out of a zone, its chance, and what holds it back. Plain text.
    #[command(after_help = EXIT_CODES)]
    Explain(ExplainArgs),
    /// Print a link that opens the scenario in the web app (the file inside the link, after
    /// #, so no server sees it); checks the file first, since a link must open.
    #[command(after_help = EXIT_CODES)]
    Link(LinkArgs),
    /// Write one run as a single HTML page that opens offline (for e-mail and intranets): the
    /// map of every week with a day slider and Play, the people chart, the week's events, the
    /// legend and the provenance. No network, no files beside it.
    #[command(after_help = EXIT_CODES)]
    Page(PageArgs),
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
    /// Take transitions this way for a single run (default: the scenario's mode); ensembles
    /// are always stochastic.
    #[arg(long, value_enum, conflicts_with = "runs")]
    pub mode: Option<ModeArg>,
    /// With --runs: write p10/p50/p90 per zone per day instead of every run.
    #[arg(long, requires = "runs")]
    pub summary: bool,
    /// Write the CSV here instead of standard output.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace the file at --out if there is one already (without it, an existing file is
    /// kept and the command exits 3 before computing anything).
    #[arg(long)]
    pub force: bool,
    /// With --runs: compute only slice K of N of the runs (for a cluster's job array); join the
    /// slices with `gaza-zones merge`.
    #[arg(long, value_name = "K/N", requires = "runs")]
    pub shard: Option<Shard>,
    /// Split each day's totals by place: `governorate` adds a governorate column after `day`
    /// (five rows a day). One run only: not with --runs.
    #[arg(long, value_enum, value_name = "PLACE", conflicts_with = "runs")]
    pub by: Option<ByArg>,
}

/// How `run --by` splits the Strip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ByArg {
    /// The five governorates, north to south.
    Governorate,
}

#[derive(Debug, Args)]
pub struct CellsArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// The day to show (default: the scenario's last day).
    #[arg(long, value_name = "N")]
    pub day: Option<u32>,
    /// What to write: a CSV table, or a GeoJSON FeatureCollection with each cell's outline.
    #[arg(long, value_enum, default_value_t = CellsFormat::Csv)]
    pub format: CellsFormat,
    /// Write here instead of standard output.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace the file at --out if there is one already (without it, an existing file is
    /// kept and the command exits 3 before computing anything).
    #[arg(long)]
    pub force: bool,
    /// Seed for a stochastic run (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Take transitions this way (default: the scenario's mode). A stochastic run gives each
    /// cell's zone; an expected-value run gives each cell's chance of every zone.
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// Every day instead of one, as a long CSV table: `day` and `date` columns, then the
    /// one-day columns, one row per cell and day (join it to the GeoJSON's features on `cell`).
    #[arg(long, conflicts_with = "day")]
    pub every_day: bool,
    /// With --every-day: only every K-th day from day 0, and the last day.
    #[arg(long, value_name = "K", requires = "every_day", value_parser = clap::value_parser!(u32).range(1..))]
    pub step: Option<u32>,
}

#[derive(Debug, Args)]
pub struct PageArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// The HTML file to write.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Replace the file at --out if there is one.
    #[arg(long)]
    pub force: bool,
    /// Seed for a stochastic run (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Take transitions this way (default: the scenario's mode). An expected-value run colours
    /// each cell by its chances of every zone, mixed.
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// The day to explain (default: the scenario's last day).
    #[arg(long, value_name = "N")]
    pub day: Option<u32>,
    /// One cell, by its number (the `cell` column of `gaza-zones cells`): its zone, its ways
    /// out and their chances, what holds them back, and its changes so far.
    #[arg(long, value_name = "ID")]
    pub cell: Option<u32>,
    /// Seed for a stochastic run (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Take transitions this way (default: the scenario's mode).
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// Where the web app is served (e.g. `https://example.org/gaza-zones/`); without it, only
    /// the part from `#` on is printed, to put after the site's address.
    #[arg(long, value_name = "URL")]
    pub site: Option<String>,
}

/// The file `cells` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CellsFormat {
    Csv,
    Geojson,
}

#[derive(Debug, Args)]
pub struct SweepArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// The driver to move, e.g. `aid_trucks_per_day`.
    #[arg(long, value_name = "NAME", value_parser = parse_driver)]
    pub driver: Driver,
    /// Its first value.
    #[arg(long, value_name = "A", allow_negative_numbers = true)]
    pub from: f64,
    /// Its last value.
    #[arg(long, value_name = "B", allow_negative_numbers = true)]
    pub to: f64,
    /// How many values, evenly spaced from A to B.
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub steps: u64,
    /// Stochastic runs at each value (default: one run in the scenario's mode).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=MAX_RUNS))]
    pub runs: Option<u64>,
    /// Seed (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Compute only slice K of N of the (value, run) pairs.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Write the CSV here instead of standard output.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace the file at --out if there is one already (without it, an existing file is
    /// kept and the command exits 3 before computing anything).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct TornadoArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// The indicator, e.g. `final_blue_pop` (the column names of `sweep`).
    #[arg(long, value_name = "NAME", value_parser = parse_indicator, default_value = "final_red_km2")]
    pub indicator: Indicator,
    /// Stochastic runs at each end, with the medians reported (default: one run in the
    /// scenario's mode).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=MAX_RUNS))]
    pub runs: Option<u64>,
    /// Seed (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Write the CSV here instead of standard output.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace the file at --out if there is one already (without it, an existing file is
    /// kept and the command exits 3 before computing anything).
    #[arg(long)]
    pub force: bool,
}

fn parse_indicator(text: &str) -> Result<Indicator, String> {
    Indicator::from_key(text).ok_or_else(|| {
        let keys: Vec<&str> = Indicator::ALL.iter().map(|i| i.key()).collect();
        format!("unknown indicator \"{text}\"; one of: {}", keys.join(", "))
    })
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The combined CSV to write.
    pub out: PathBuf,
    /// Replace OUT if there is a file there already (without it, an existing file is kept
    /// and the command exits 3 before reading any shard).
    #[arg(long)]
    pub force: bool,
    /// The shard CSVs, in any order.
    #[arg(required = true)]
    pub shards: Vec<PathBuf>,
    /// For an ensemble: write p10/p50/p90 per zone per day, as `run --runs N --summary` would.
    #[arg(long)]
    pub summary: bool,
}

#[derive(Debug, Args)]
pub struct FigureArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// The figure to write; .png or .svg.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Replace the file at --out if there is one already (without it, an existing file is
    /// kept and the command exits 3 before computing anything).
    #[arg(long)]
    pub force: bool,
    /// What to draw.
    #[arg(long, value_enum, default_value_t = FigureKind::Map)]
    pub kind: FigureKind,
    /// The day of the map (default 0); on a chart over time, a day to mark with a line (none
    /// unless given).
    #[arg(long, value_name = "N")]
    pub day: Option<u32>,
    /// The figure's size in layout pixels, at least 960x540 (for a smaller PNG, lower --scale).
    #[arg(long, value_name = "WxH", default_value = "1920x1080", value_parser = parse_figure_size)]
    pub size: [u32; 2],
    /// Image pixels per layout pixel in a PNG (2 for print or high-density screens).
    #[arg(long, value_name = "S", default_value_t = 1.0)]
    pub scale: f64,
    /// Stochastic runs for an ensemble: spread charts need one (default 200); with `map`, the
    /// map shows the share of runs in which each cell ended blue.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=MAX_RUNS))]
    pub runs: Option<u64>,
    /// Seed (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Okabe–Ito zone colours, distinct under red-green colour blindness.
    #[arg(long)]
    pub colour_blind: bool,
    /// For `tornado` and `sweep`: the indicator (the column names of `sweep`).
    #[arg(long, value_name = "NAME", value_parser = parse_indicator, default_value = "final_red_km2")]
    pub indicator: Indicator,
    /// For `sweep`: the driver to move, e.g. `aid_trucks_per_day`.
    #[arg(long, value_name = "NAME", value_parser = parse_driver)]
    pub driver: Option<Driver>,
    /// For `sweep`: its first value (default: the bottom of its range).
    #[arg(long, value_name = "A", allow_negative_numbers = true)]
    pub from: Option<f64>,
    /// For `sweep`: its last value (default: the top of its range).
    #[arg(long, value_name = "B", allow_negative_numbers = true)]
    pub to: Option<f64>,
    /// For `sweep`: how many values, evenly spaced.
    #[arg(long, value_name = "K", default_value_t = 11, value_parser = clap::value_parser!(u64).range(2..=1000))]
    pub steps: u64,
    /// For `difference`: the scenario to compare with (.ron).
    #[arg(long, value_name = "FILE")]
    pub compare: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AnimateArgs {
    /// Scenario file (.ron).
    pub file: PathBuf,
    /// The animation to write: .gif (plays everywhere, 256 colours a frame), .apng or .png
    /// (animated PNG, every colour) or .webp (animated lossless WebP).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// The first frame's day.
    #[arg(long, value_name = "D1", default_value_t = 0)]
    pub from: u32,
    /// The last frame's day (default: the scenario's last day); always the last frame, held
    /// 3 s.
    #[arg(long, value_name = "D2")]
    pub to: Option<u32>,
    /// Days between frames. Frames show 0.3 s; the first 1 s, and one that brings events
    /// 1.5 s, to read them.
    #[arg(long, value_name = "DAYS", default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=3653))]
    pub step: u32,
    /// The frame's size in pixels, at least 960x540.
    #[arg(long, value_name = "WxH", default_value = "1920x1080", value_parser = parse_figure_size)]
    pub size: [u32; 2],
    /// The people chart beside the map, with a cursor on each frame's day.
    #[arg(long)]
    pub with_timeline: bool,
    /// Replace --out if it exists (else exit 3 and leave it).
    #[arg(long)]
    pub force: bool,
    /// Seed for a stochastic run (default: the scenario's).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Take transitions this way (default: the scenario's mode).
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// Okabe–Ito zone colours, distinct under red-green colour blindness.
    #[arg(long)]
    pub colour_blind: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FigureKind {
    /// The map of zones on --day.
    Map,
    /// People by zone over time, stacked.
    People,
    /// Land by zone over time, stacked.
    Area,
    /// An ensemble's median and p10–p90 of people per zone.
    SpreadPeople,
    /// An ensemble's median and p10–p90 of land per zone.
    SpreadArea,
    /// How far each driver (from model 3 also each judgement parameter), across its range, moves --indicator (with --runs: medians).
    Tornado,
    /// --indicator against --driver's starting value, with p10–p90 bands when --runs is given.
    Sweep,
    /// Where --compare's scenario puts cells in other zones than FILE's on --day (default:
    /// the last day both have), as the app's difference map shows it.
    Difference,
}

fn parse_figure_size(text: &str) -> Result<[u32; 2], String> {
    parse_size(text).map(|[w, h]| [w as u32, h as u32])
}

fn parse_driver(text: &str) -> Result<Driver, String> {
    if let Ok(d) = text.parse::<Driver>() {
        return Ok(d);
    }
    let keys: Vec<&str> = Driver::ALL.iter().map(|d| d.key()).collect();
    let closest = keys
        .iter()
        .max_by(|a, b| strsim::jaro_winkler(text, a).total_cmp(&strsim::jaro_winkler(text, b)))
        .filter(|k| strsim::jaro_winkler(text, k) > 0.75);
    Err(match closest {
        Some(k) => format!("unknown driver \"{text}\" (did you mean \"{k}\"?)"),
        None => format!("unknown driver \"{text}\"; one of: {}", keys.join(", ")),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    En,
    Ar,
    He,
}

impl LangArg {
    #[must_use]
    pub fn language(self) -> gz_i18n::Language {
        match self {
            Self::En => gz_i18n::Language::English,
            Self::Ar => gz_i18n::Language::Arabic,
            Self::He => gz_i18n::Language::Hebrew,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    Dark,
    Light,
    HighContrast,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ModeArg {
    Expected,
    Stochastic,
}

impl ModeArg {
    /// The mode asked for, or `default` (the scenario's) when none was.
    #[must_use]
    pub fn or(arg: Option<Self>, default: gz_core::model::Mode) -> gz_core::model::Mode {
        match arg {
            Some(Self::Expected) => gz_core::model::Mode::Expected,
            Some(Self::Stochastic) => gz_core::model::Mode::Stochastic,
            None => default,
        }
    }
}

/// Runs a headless command; returns the process exit code.
#[must_use]
pub fn execute(command: Command) -> u8 {
    interrupt::install();
    match command {
        Command::Validate { files } => validate_files(&files),
        Command::Run(args) => run::run(&args),
        Command::Cells(args) => cells::cells(&args),
        Command::Sweep(args) => sweep::sweep(&args),
        Command::Merge(args) => merge::merge(&args),
        Command::Figure(args) => figure::figure(&args),
        Command::Animate(args) => animate::animate(&args),
        Command::Tornado(args) => tornado::tornado(&args),
        Command::Explain(args) => explain::explain(&args),
        Command::Link(args) => link::link(&args),
        Command::Page(args) => page::page(&args),
    }
}

fn validate_files(files: &[PathBuf]) -> u8 {
    let mut code = exit::OK;
    for file in files {
        match Scenario::load(file) {
            Ok(s) => gz_core::tell!(
                "{}: ok: \"{}\", {} days, {} events",
                file.display(),
                s.meta.title,
                s.horizon_days,
                s.events.len()
            ),
            Err(e) => {
                for line in e.lines() {
                    gz_core::say!("{line}");
                }
                code = exit::INVALID;
            }
        }
    }
    code
}
