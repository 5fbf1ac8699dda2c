//! Exporting what the app shows: the map or a chart as a PNG or SVG figure, or the numbers
//! behind them as CSV with the same provenance header the command line writes.

use gz_i18n::tr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{Notice, ZonesApp};
use gz_core::report;
use gz_core::scenario::{SaveError, write_export};
use gz_figure::{
    self, BlueChance, Caption, ChartFigure, ChartKind, Content, DifferenceFigure, EventMark,
    Figure, FigureError, FigureSize, Format, MapFigure, OverlayFigure, OverlaySeries, Quantity,
    SweepFigure, TornadoFigure,
};

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportWhat {
    Map,
    People,
    Area,
    SpreadPeople,
    SpreadArea,
    /// The day-by-day totals, as `gaza-zones run` writes them.
    DaysCsv,
    /// The ensemble's quantiles, as `gaza-zones run --runs N --summary` writes them.
    SpreadCsv,
    /// The scenarios compared, a line style each.
    CompareChart,
    /// Where the compared scenario (the difference map's) puts cells in other zones, on the
    /// day shown.
    DifferenceMap,
    /// The scenarios compared, a row per scenario and day.
    CompareCsv,
    /// The Sensitivity window's tornado, for its indicator.
    TornadoChart,
    TornadoCsv,
    /// The Sensitivity window's one-driver sweep, for its indicator.
    SweepChart,
    SweepCsv,
    /// The map every few days as an animated GIF, APNG or WebP (`export_animation.rs`).
    Animation,
}

impl ExportWhat {
    pub const ALL: [Self; 15] = [
        Self::Map,
        Self::Animation,
        Self::People,
        Self::Area,
        Self::SpreadPeople,
        Self::SpreadArea,
        Self::CompareChart,
        Self::DifferenceMap,
        Self::TornadoChart,
        Self::SweepChart,
        Self::DaysCsv,
        Self::SpreadCsv,
        Self::CompareCsv,
        Self::TornadoCsv,
        Self::SweepCsv,
    ];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Map => tr!("export-what-map"),
            Self::People => tr!("export-what-people"),
            Self::Area => tr!("export-what-area"),
            Self::SpreadPeople => tr!("export-what-spread-people"),
            Self::SpreadArea => tr!("export-what-spread-area"),
            Self::DaysCsv => tr!("export-what-days-csv"),
            Self::SpreadCsv => tr!("export-what-spread-csv"),
            Self::CompareChart => tr!("export-what-compare-chart"),
            Self::DifferenceMap => tr!("export-what-difference-map"),
            Self::CompareCsv => tr!("export-what-compare-csv"),
            Self::TornadoChart => tr!("export-what-tornado-chart"),
            Self::TornadoCsv => tr!("export-what-tornado-csv"),
            Self::SweepChart => tr!("export-what-sweep-chart"),
            Self::SweepCsv => tr!("export-what-sweep-csv"),
            Self::Animation => tr!("export-what-animation"),
        }
    }

    /// A word for file names.
    #[must_use]
    pub fn stem(self) -> &'static str {
        match self {
            Self::Map => "map",
            Self::People => "people",
            Self::Area => "land",
            Self::SpreadPeople => "spread-people",
            Self::SpreadArea => "spread-land",
            Self::DaysCsv => "days",
            Self::SpreadCsv => "spread",
            Self::CompareChart => "compared",
            Self::DifferenceMap => "difference",
            Self::CompareCsv => "compared",
            Self::TornadoChart | Self::TornadoCsv => "tornado",
            Self::SweepChart | Self::SweepCsv => "sweep",
            Self::Animation => "animation",
        }
    }

    #[must_use]
    pub fn is_table(self) -> bool {
        matches!(
            self,
            Self::DaysCsv | Self::SpreadCsv | Self::CompareCsv | Self::TornadoCsv | Self::SweepCsv
        )
    }

    /// The Sensitivity window's result this needs, if any.
    #[must_use]
    pub fn needs_tornado(self) -> bool {
        matches!(self, Self::TornadoChart | Self::TornadoCsv)
    }

    #[must_use]
    pub fn needs_sweep(self) -> bool {
        matches!(self, Self::SweepChart | Self::SweepCsv)
    }

    #[must_use]
    pub fn needs_comparison(self) -> bool {
        matches!(
            self,
            Self::CompareChart | Self::DifferenceMap | Self::CompareCsv
        )
    }

    #[must_use]
    pub fn needs_ensemble(self) -> bool {
        matches!(
            self,
            Self::SpreadPeople | Self::SpreadArea | Self::SpreadCsv
        )
    }
}

/// The choices of the Export dialog; kept between sessions.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    pub what: ExportWhat,
    pub svg: bool,
    pub width: u32,
    pub height: u32,
    pub scale: f64,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            what: ExportWhat::Map,
            svg: false,
            width: FigureSize::DEFAULT.width,
            height: FigureSize::DEFAULT.height,
            scale: FigureSize::DEFAULT.scale,
        }
    }
}

impl ExportSettings {
    #[must_use]
    pub fn format(&self) -> Format {
        if self.svg { Format::Svg } else { Format::Png }
    }

    #[must_use]
    pub fn size(&self) -> FigureSize {
        FigureSize {
            width: self.width,
            height: self.height,
            scale: self.scale,
        }
    }

    #[must_use]
    pub fn extension(&self) -> &'static str {
        if self.what.is_table() {
            "csv"
        } else {
            self.format().extension()
        }
    }

    /// The format's name, as the Export window shows it: CSV, PNG or SVG.
    #[must_use]
    pub fn format_name(&self) -> String {
        self.extension().to_ascii_uppercase()
    }
}

/// Where an export goes: the name given, made to end as the format chosen does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Destination {
    pub path: PathBuf,
    /// The name given, when it ended otherwise (`x.png` for an SVG figure, which goes to
    /// `x.svg`); a name without an extension just gets one.
    pub renamed_from: Option<PathBuf>,
}

impl Destination {
    /// `x.png` becomes `x.svg` for an SVG figure and `x.csv` for a table; a name with no
    /// extension gets the format's; any other ending is kept and the format's added after it
    /// (`notes.v2` becomes `notes.v2.png`), so a name is never turned into another kind of
    /// file's (a scenario's `.ron`, say).
    #[must_use]
    pub fn of(settings: &ExportSettings, given: &Path) -> Self {
        Self::ending_in(given, settings.extension())
    }

    /// As [`Destination::of`], for a format whose file names end in `wanted`.
    #[must_use]
    pub fn ending_in(given: &Path, wanted: &str) -> Self {
        let Some(ext) = given.extension().and_then(|e| e.to_str()) else {
            return Self {
                path: given.with_extension(wanted),
                renamed_from: None,
            };
        };
        if ext.eq_ignore_ascii_case(wanted) {
            return Self {
                path: given.to_path_buf(),
                renamed_from: None,
            };
        }
        let is_export_ending = ["png", "svg", "csv", "gif", "apng", "webp"]
            .iter()
            .any(|e| ext.eq_ignore_ascii_case(e));
        let path = if is_export_ending {
            given.with_extension(wanted)
        } else {
            let mut name = given.as_os_str().to_owned();
            name.push(".");
            name.push(wanted);
            PathBuf::from(name)
        };
        Self {
            path,
            renamed_from: Some(given.to_path_buf()),
        }
    }
}

#[derive(Debug, Error)]
pub enum ExportError {
    #[error(transparent)]
    Figure(#[from] FigureError),
    #[error(transparent)]
    Save(#[from] SaveError),
    #[error("there is no ensemble of the scenario as it is now: run one first (Uncertainty panel)")]
    NoEnsemble,
    #[error("there is nothing to compare: add a scenario first (Compare menu)")]
    NoComparison,
    #[error(
        "there is no tornado for the scenario as it is now: compute one first (Analysis → Sensitivity)"
    )]
    NoTornado,
    #[error(
        "there is no sweep for the scenario as it is now: compute one first (Analysis → Sensitivity)"
    )]
    NoSweep,
    #[error("{0}: that is a scenario file name; choose a .png, .svg or .csv name")]
    ScenarioName(String),
    #[error("cannot write the table: {0}")]
    Table(#[from] std::io::Error),
}

impl ZonesApp {
    /// Asks where, then exports; whether it was written. (In the browser: downloads it.)
    pub(crate) fn export_with_dialog(&mut self) -> bool {
        let settings = self.prefs.export;
        let name = self.suggested_export_name(&settings);
        if cfg!(target_arch = "wasm32") {
            return self.export_as_download(&settings, &name);
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let ext = settings.extension();
            // The save dialog asks before replacing the file it returns (GTK and KDE through
            // the desktop portal, zenity with --confirm-overwrite, macOS and Windows), so the
            // name it gives is written at once; a name changed to fit the format is asked
            // about here.
            if let Some(path) = rfd::FileDialog::new()
                .set_title(tr!("dialog-export"))
                .set_file_name(&name)
                .add_filter(ext.to_uppercase(), &[ext])
                .save_file()
            {
                let destination = Destination::of(&settings, &path);
                if destination.path == path {
                    return self.write_export(&settings, &destination);
                }
                return self.export_asking(&settings, destination);
            }
        }
        false
    }

    /// In the browser: makes the export and hands it over as the download `file_name`; says
    /// how it went in the status bar. Whether it was handed over.
    pub(crate) fn export_as_download(
        &mut self,
        settings: &ExportSettings,
        file_name: &str,
    ) -> bool {
        let result = self
            .export_bytes(settings, settings.format())
            .map_err(|e| e.to_string())
            .and_then(|bytes| super::platform::download(file_name, &bytes));
        let handed_over = result.is_ok();
        self.notice = Some(match result {
            Ok(()) => Notice::Info(tr!("notice-downloaded", name = file_name)),
            Err(why) => Notice::Error(tr!(
                "notice-not-exported",
                path = file_name,
                why = why.as_str()
            )),
        });
        handed_over
    }

    /// Exports to a typed `path` with the window's choices: its name made to end as the chosen
    /// format does, and a file already there replaced only once the user says so (the Export
    /// window asks). Says how it went in the status bar; whether it was written.
    pub(crate) fn export_to_path(&mut self, path: &Path) -> bool {
        let settings = self.prefs.export;
        let destination = Destination::of(&settings, path);
        self.export_asking(&settings, destination)
    }

    /// Writes over the file the user agreed to replace.
    pub(crate) fn export_replacing(&mut self, path: &Path) -> bool {
        let settings = self.prefs.export;
        let mut destination = Destination::of(&settings, path);
        // The name asked about may have been changed to fit the format: the notice says so.
        if let Some(asked) = self.windows.export.replacing.take()
            && asked.path == destination.path
        {
            destination.renamed_from = asked.renamed_from;
        }
        self.write_export(&settings, &destination)
    }

    /// Writes to `destination` unless a file is there: then asks first (and writes nothing).
    fn export_asking(&mut self, settings: &ExportSettings, destination: Destination) -> bool {
        // A link to a file protects the file it points to; a folder is not replaced, and
        // writing to it fails with its own message.
        if std::fs::metadata(&destination.path).is_ok_and(|m| m.is_file()) {
            self.windows.export.replacing = Some(super::panels::export::ReplaceQuestion {
                path: destination.path,
                renamed_from: destination.renamed_from,
            });
            return false;
        }
        self.write_export(settings, &destination)
    }

    /// Writes the export and says where it went, and why its name changed if it did.
    fn write_export(&mut self, settings: &ExportSettings, destination: &Destination) -> bool {
        let path = destination.path.display().to_string();
        let result = self.export_to(settings, &destination.path);
        let written = result.is_ok();
        self.notice = Some(match (result, &destination.renamed_from) {
            (Ok(()), None) => Notice::Info(tr!("notice-exported", path = path)),
            (Ok(()), Some(typed)) => Notice::Info(tr!(
                "notice-exported-renamed",
                path = path,
                typed = typed.display().to_string(),
                extension = settings.extension(),
                format = settings.format_name()
            )),
            (Err(e), _) => {
                Notice::Error(tr!("notice-not-exported", path = path, why = e.to_string()))
            }
        });
        written
    }

    /// What every export's suggested name starts with: the scenario file's name, or
    /// "scenario" for one not saved yet.
    pub(crate) fn export_base_name(&self) -> String {
        self.open
            .doc
            .path()
            .and_then(|p| p.file_stem())
            .map_or_else(
                || "scenario".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            )
    }

    /// A file name for the export: the scenario's file name, what, and the day for maps.
    #[must_use]
    pub fn suggested_export_name(&self, settings: &ExportSettings) -> String {
        let base = self.export_base_name();
        let day = if matches!(settings.what, ExportWhat::Map | ExportWhat::DifferenceMap) {
            format!("-day{}", self.view.day)
        } else {
            String::new()
        };
        format!(
            "{base}-{}{day}.{}",
            settings.what.stem(),
            settings.extension()
        )
    }

    /// Writes the export to `path` (atomically).
    ///
    /// # Errors
    /// When the figure cannot be drawn, the ensemble it needs is missing, or the file cannot
    /// be written.
    pub fn export_to(&self, settings: &ExportSettings, path: &Path) -> Result<(), ExportError> {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            // An export must never replace a scenario (a slip in the file dialog).
            return Err(ExportError::ScenarioName(path.display().to_string()));
        }
        // The format chosen, whatever the name says: the name is made to agree with it first
        // ([`Destination::of`]).
        let bytes = self.export_bytes(settings, settings.format())?;
        write_export(path, |out| {
            out.extend_from_slice(&bytes);
            Ok(())
        })?;
        Ok(())
    }

    /// The bytes of an export: a CSV table, or a figure drawn as `format`.
    ///
    /// # Errors
    /// When the figure cannot be drawn, or the ensemble, comparison, tornado or sweep it needs
    /// is missing.
    pub fn export_bytes(
        &self,
        settings: &ExportSettings,
        format: Format,
    ) -> Result<Vec<u8>, ExportError> {
        let ensemble = self.ensemble();
        if settings.what.needs_ensemble() && ensemble.is_none() {
            return Err(ExportError::NoEnsemble);
        }
        if settings.what.needs_comparison() && self.comparison.compared.is_empty() {
            return Err(ExportError::NoComparison);
        }
        if settings.what == ExportWhat::CompareCsv {
            let mut bytes = Vec::new();
            super::compare::export::write_comparison_csv(&mut bytes, &self.exported_runs())?;
            return Ok(bytes);
        }
        let scenario = self.open.doc.scenario();
        let tornado = self.tornado();
        let sweep = self.sweep();
        let indicator = self.windows.sensitivity.indicator;
        match (settings.what, tornado, sweep) {
            (w, None, _) if w.needs_tornado() => return Err(ExportError::NoTornado),
            (w, _, None) if w.needs_sweep() => return Err(ExportError::NoSweep),
            (ExportWhat::TornadoCsv, Some(t), _) => {
                let provenance = self.open.doc.provenance();
                return Ok(super::sensitivity::export::tornado_bytes(
                    &provenance,
                    scenario,
                    t,
                    indicator,
                )?);
            }
            (ExportWhat::SweepCsv, _, Some(s)) => {
                let provenance = self.open.doc.provenance();
                return Ok(super::sensitivity::export::sweep_bytes(
                    &provenance,
                    scenario,
                    s,
                    indicator,
                )?);
            }
            _ => {}
        }
        if settings.what.is_table() {
            return self.table_bytes(settings.what);
        }
        let provenance = self.open.doc.provenance();
        let source = provenance.short_source();
        let runs_note = |quantity: Quantity| {
            ensemble.map_or_else(String::new, |e| {
                Caption::spread_subtitle(quantity, e.runs, scenario.seed)
            })
        };
        // Drawn as on paper, not as on screen: no day cursor, nothing hovered.
        let chart = |kind: ChartKind, subtitle: String| {
            let run = self.open.run();
            (
                Content::Chart(ChartFigure {
                    kind,
                    days: &run.days,
                    summary: ensemble.map(|e| &e.summary),
                    // A milestone fires on another day in each run of an ensemble: a spread
                    // chart marks the dated events only.
                    events: EventMark::of_run(
                        scenario,
                        matches!(kind, ChartKind::Stacked(_)).then_some(run),
                    ),
                    marked_day: None,
                }),
                subtitle,
            )
        };
        let (content, subtitle) = match settings.what {
            ExportWhat::Map => {
                let blue = ensemble
                    .filter(|_| self.windows.uncertainty.map_shows_blue_chance)
                    .map(|e| BlueChance {
                        share: &e.ended_blue_share,
                        runs: e.runs,
                        seed: scenario.seed,
                    });
                let (map, subtitle) =
                    MapFigure::with_subtitle(self.open.run(), scenario, self.view.day, blue);
                (Content::Map(map), subtitle)
            }
            ExportWhat::People => chart(
                ChartKind::Stacked(Quantity::People),
                Caption::run_chart_subtitle(Quantity::People),
            ),
            ExportWhat::Area => chart(
                ChartKind::Stacked(Quantity::Area),
                Caption::run_chart_subtitle(Quantity::Area),
            ),
            ExportWhat::CompareChart => {
                let shown = self.comparison.quantity;
                let quantity = if shown == super::compare::Quantity::AreaPerZone {
                    Quantity::Area
                } else {
                    Quantity::People
                };
                // The figure draws zones; returned or displaced people are in the CSV.
                let not_drawn = if shown.per_zone() {
                    String::new()
                } else {
                    format!(
                        " {}",
                        tr!("figure-compare-not-drawn", quantity = shown.label())
                    )
                };
                let mut series = vec![OverlaySeries {
                    label: tr!(
                        "figure-compare-current",
                        title = scenario.meta.title.as_str()
                    ),
                    days: &self.open.run().days,
                }];
                series.extend(self.comparison.compared.iter().map(|c| OverlaySeries {
                    label: c.label.clone(),
                    days: &c.run.days,
                }));
                let others = self.comparison.compared.len().to_string();
                let what = if quantity == Quantity::Area {
                    tr!("figure-compare-land", n = others)
                } else {
                    tr!("figure-compare-people", n = others)
                };
                (
                    Content::Overlay(OverlayFigure {
                        quantity,
                        series,
                        zones: self.comparison.categories_shown,
                        marked_day: None,
                    }),
                    what + &not_drawn,
                )
            }
            ExportWhat::DifferenceMap => {
                let compared = &self.comparison.compared;
                let Some(partner) = compared
                    .get(self.comparison.difference_with)
                    .or_else(|| compared.first())
                else {
                    return Err(ExportError::NoComparison);
                };
                let (figure, subtitle) = DifferenceFigure::with_subtitle(
                    (self.open.run(), scenario),
                    (&partner.run, &partner.scenario, &partner.label),
                    self.view.day,
                );
                (Content::Difference(figure), subtitle)
            }
            ExportWhat::TornadoChart => match tornado {
                Some(t) => (
                    Content::Tornado(TornadoFigure::of(t, indicator, &scenario.events)),
                    TornadoFigure::subtitle(t, indicator),
                ),
                None => return Err(ExportError::NoTornado),
            },
            ExportWhat::SweepChart => match sweep {
                Some(s) => (
                    Content::Sweep(SweepFigure::of(s, indicator)),
                    SweepFigure::subtitle(s, indicator, &scenario.events),
                ),
                None => return Err(ExportError::NoSweep),
            },
            ExportWhat::SpreadPeople => chart(
                ChartKind::Spread(Quantity::People),
                runs_note(Quantity::People),
            ),
            _ => chart(ChartKind::Spread(Quantity::Area), runs_note(Quantity::Area)),
        };
        let figure = Figure {
            caption: Caption::new(scenario, subtitle, source),
            zones: gz_core::style::ZonePalette::new(self.prefs.colour_blind_safe),
            content,
        };
        Ok(gz_figure::render(&figure, settings.size(), format)?)
    }

    /// The CSV of a table export: the header `gaza-zones run` writes, then the rows.
    fn table_bytes(&self, what: ExportWhat) -> Result<Vec<u8>, ExportError> {
        let scenario = self.open.doc.scenario();
        let provenance = self.open.doc.provenance();
        let mut out = Vec::new();
        match (what, self.ensemble()) {
            (ExportWhat::SpreadCsv, Some(e)) => {
                report::write_lines(
                    &mut out,
                    &provenance.header(&report::ensemble_job(scenario.seed, e.runs)),
                )?;
                // As `gaza-zones run --runs N --summary` writes them.
                report::write_lines(
                    &mut out,
                    &report::milestones::ensemble_lines(&scenario.events, &e.fired),
                )?;
                report::write_summary(&mut out, &e.summary)?;
            }
            (ExportWhat::SpreadCsv, None) => return Err(ExportError::NoEnsemble),
            _ => {
                let job = report::single_run_job(scenario.mode, scenario.seed);
                let run = self.open.run();
                let mut header = provenance.header(&job);
                header.extend(report::milestones::run_lines(&scenario.events, &run.fired));
                report::write_days(&mut out, &header, &run.days)?;
            }
        }
        Ok(out)
    }
}
