//! Scenarios compared beside the current one: up to two, each run once when added, from a
//! file, a bundled scenario, or a pinned copy of the current scenario as it was.
//!
//! Compared scenarios are read-only: editing goes on in the current scenario, and pinning it
//! first keeps a "before" to compare against.

pub mod difference;
pub mod export;
mod frame;

use std::path::{Path, PathBuf};

use gz_core::geo::Grid;
use gz_core::model::{Category, Plan, Record, RunOutput};
use gz_core::report::Provenance;
use gz_core::scenario::{BUNDLED, LoadError, Scenario};

use super::{Notice, ZonesApp};

/// Scenarios beside the current one: three curves per zone is as many as a plot can carry.
pub const MAX_COMPARED: usize = 2;

/// Where a compared scenario came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Bundled(&'static str),
    /// A copy of the current scenario as it was when pinned.
    Pinned,
}

impl Origin {
    /// Says where the scenario came from, for tooltips.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Bundled(name) => format!("bundled scenario {name}"),
            Self::Pinned => "a copy of the current scenario, pinned before later edits".to_owned(),
        }
    }
}

/// A scenario shown beside the current one, with its run.
#[derive(Clone, Debug)]
pub struct Compared {
    pub scenario: Scenario,
    /// The name shown in the key, the table and the CSV header.
    pub label: String,
    pub origin: Origin,
    pub provenance: Provenance,
    pub run: RunOutput,
}

impl Compared {
    /// Reads a scenario file and runs it; the file is read once, so the provenance hash is
    /// that of exactly the bytes parsed.
    ///
    /// # Errors
    /// When the file cannot be read or is not a valid scenario.
    pub fn from_path(path: &Path) -> Result<Self, LoadError> {
        super::loading::load(path).map(Self::from_loaded)
    }

    /// A scenario file already read and checked, run for comparison.
    #[must_use]
    pub fn from_loaded(loaded: super::loading::Loaded) -> Self {
        let provenance = Provenance::of_text(&loaded.scenario, &loaded.path, &loaded.text);
        Self::new(loaded.scenario, Origin::File(loaded.path), provenance)
    }

    /// A bundled scenario, by its place in [`BUNDLED`]; `None` for no such place.
    #[must_use]
    pub fn from_bundled(index: usize) -> Option<Result<Self, LoadError>> {
        let bundled = BUNDLED.get(index)?;
        Some(bundled.load().map(|scenario| {
            let name = format!("(bundled) {}", bundled.file_name);
            let provenance = Provenance::of_text(&scenario, Path::new(&name), bundled.text);
            Self::new(scenario, Origin::Bundled(bundled.file_name), provenance)
        }))
    }

    /// The current scenario as it is now, kept for comparison with later edits.
    #[must_use]
    pub fn pinned(scenario: Scenario, mut provenance: Provenance) -> Self {
        provenance.file = format!("pinned copy in the app of {}", provenance.file);
        let mut compared = Self::new(scenario, Origin::Pinned, provenance);
        compared.label = format!("{} (pinned)", compared.label);
        compared
    }

    fn new(scenario: Scenario, origin: Origin, provenance: Provenance) -> Self {
        let run = run_with_cells(&scenario);
        Self {
            label: scenario.meta.title.clone(),
            scenario,
            origin,
            provenance,
            run,
        }
    }
}

/// One run of a scenario in its own mode and seed, with each cell's zone recorded (the
/// difference map needs them), as the app runs the current scenario.
#[must_use]
pub fn run_with_cells(scenario: &Scenario) -> RunOutput {
    let plan = Plan::new(Grid::strip(), &scenario.inputs());
    plan.run(scenario.mode, scenario.seed, Record::Cells)
}

/// What the Compare timeline plots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Quantity {
    #[default]
    PeoplePerZone,
    AreaPerZone,
    PeopleReturned,
    PeopleDisplaced,
}

impl Quantity {
    pub const ALL: [Self; 4] = [
        Self::PeoplePerZone,
        Self::AreaPerZone,
        Self::PeopleReturned,
        Self::PeopleDisplaced,
    ];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::PeoplePerZone => gz_i18n::tr!("compare-people-per-zone"),
            Self::AreaPerZone => gz_i18n::tr!("compare-land-per-zone"),
            Self::PeopleReturned => gz_i18n::tr!("compare-people-returned"),
            Self::PeopleDisplaced => gz_i18n::tr!("compare-people-displaced"),
        }
    }

    /// The plot's axis label, with its unit.
    #[must_use]
    pub fn axis_label(self) -> &'static str {
        match self {
            Self::PeoplePerZone => "people (thousands)",
            Self::AreaPerZone => "land (km²)",
            Self::PeopleReturned => "people returned home (thousands)",
            Self::PeopleDisplaced => "people displaced (thousands)",
        }
    }

    /// Whether there is one curve per zone (otherwise one per scenario).
    #[must_use]
    pub fn per_zone(self) -> bool {
        matches!(self, Self::PeoplePerZone | Self::AreaPerZone)
    }

    /// The value plotted for `category` (ignored when not per zone) on one day, in plot
    /// units; the held land is a category of its own, as everywhere numbers are shown.
    #[must_use]
    pub fn value(self, day: &gz_core::model::DayRecord, category: Category) -> f64 {
        match self {
            Self::PeoplePerZone => day.reported().people_in(category) * 1e-3,
            Self::AreaPerZone => day.reported().area(category),
            Self::PeopleReturned => day.people_returned * 1e-3,
            Self::PeopleDisplaced => day.people_displaced * 1e-3,
        }
    }
}

/// The compared scenarios and how they are shown.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub compared: Vec<Compared>,
    pub quantity: Quantity,
    /// Categories (zones and held land) plotted in the per-zone quantities: fewer curves when
    /// the plot gets busy.
    pub categories_shown: [bool; Category::COUNT],
    /// Whether the map shows where the current scenario and one compared scenario differ.
    pub map_shows_difference: bool,
    /// Which compared scenario the difference map is against.
    pub difference_with: usize,
    /// What the difference map showed in the last frame, if it was drawn.
    pub shown_difference: Option<difference::Disagreement>,
}

impl Default for Comparison {
    fn default() -> Self {
        Self {
            compared: Vec::new(),
            quantity: Quantity::default(),
            categories_shown: [true; Category::COUNT],
            map_shows_difference: false,
            difference_with: 0,
            shown_difference: None,
        }
    }
}

impl Comparison {
    #[must_use]
    pub fn is_full(&self) -> bool {
        self.compared.len() >= MAX_COMPARED
    }

    /// Adds a scenario; a label already in use gets a number, so the key tells them apart.
    fn add(&mut self, mut compared: Compared) {
        let base = compared.label.clone();
        let mut n = 2;
        while self.compared.iter().any(|c| c.label == compared.label) {
            compared.label = format!("{base} ({n})");
            n += 1;
        }
        self.compared.push(compared);
    }

    fn remove(&mut self, index: usize) -> Option<Compared> {
        if index >= self.compared.len() {
            return None;
        }
        let removed = self.compared.remove(index);
        if self.difference_with >= self.compared.len() {
            self.difference_with = self.compared.len().saturating_sub(1);
        }
        if self.compared.is_empty() {
            self.map_shows_difference = false;
        }
        Some(removed)
    }

    /// The compared scenario the difference map is against, if the map shows differences.
    #[must_use]
    pub fn difference_partner(&self) -> Option<&Compared> {
        if self.map_shows_difference {
            self.compared.get(self.difference_with)
        } else {
            None
        }
    }
}

/// Said when a third scenario is asked for beside the current one.
fn full() -> String {
    gz_i18n::tr!("notice-comparison-full")
}

impl ZonesApp {
    /// The scenarios compared with the current one.
    #[must_use]
    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// Compares with a scenario file, as "Compare with a file…" does after its dialog. A file
    /// that cannot be read or is invalid changes nothing and says where it is wrong.
    pub fn add_comparison_path(&mut self, path: &Path) {
        if self.comparison.is_full() {
            self.notice = Some(Notice::Error(full()));
            return;
        }
        let generation = self.open.generation();
        match super::loading::dispatch(path, super::loading::Purpose::Compare, generation) {
            super::loading::Dispatched::Done(result) => self.finish_comparing(*result),
            super::loading::Dispatched::Pending(loading) => self.jobs.loading = Some(loading),
        }
    }

    /// A file asked for comparison has been read (or could not be).
    pub(super) fn finish_comparing(&mut self, result: Result<super::loading::Loaded, LoadError>) {
        if self.comparison.is_full() {
            self.notice = Some(Notice::Error(full()));
            return;
        }
        match result.map(|loaded| (loaded.path.clone(), Compared::from_loaded(loaded))) {
            Ok((path, compared)) => {
                self.notice = Some(Notice::Info(gz_i18n::tr!(
                    "notice-comparing-with-file",
                    label = compared.label.as_str(),
                    path = path.display().to_string()
                )));
                self.comparison.add(compared);
            }
            Err(e) => {
                self.notice = Some(Notice::Error(format!(
                    "{}\n{}",
                    gz_i18n::tr!("notice-not-compared"),
                    super::files::describe_load_error(&e)
                )));
            }
        }
    }

    /// Compares with a bundled scenario, by its place in [`BUNDLED`].
    pub fn add_comparison_bundled(&mut self, index: usize) {
        if self.comparison.is_full() {
            self.notice = Some(Notice::Error(full()));
            return;
        }
        match Compared::from_bundled(index) {
            Some(Ok(compared)) => {
                self.notice = Some(Notice::Info(gz_i18n::tr!(
                    "notice-comparing-with",
                    label = compared.label.as_str()
                )));
                self.comparison.add(compared);
            }
            Some(Err(e)) => self.notice = Some(Notice::Error(e.to_string())),
            None => {}
        }
    }

    /// Keeps the current scenario as it is now beside it, so later edits show against it.
    pub fn pin_current(&mut self) {
        if self.comparison.is_full() {
            self.notice = Some(Notice::Error(full()));
            return;
        }
        let compared =
            Compared::pinned(self.open.doc.scenario().clone(), self.open.doc.provenance());
        self.notice = Some(Notice::Info(gz_i18n::tr!(
            "notice-pinned",
            label = compared.label.as_str()
        )));
        self.comparison.add(compared);
    }

    /// Takes a compared scenario away (one click in the key or the menu).
    pub fn remove_comparison(&mut self, index: usize) {
        if let Some(removed) = self.comparison.remove(index) {
            self.notice = Some(Notice::Info(gz_i18n::tr!(
                "notice-no-longer-comparing",
                label = removed.label.as_str()
            )));
        }
    }

    /// Opens on a comparison (`--compare` on the command line): the scenarios already read,
    /// and the Compare timeline or, if asked, the difference map against the first.
    pub fn start_comparing(&mut self, compared: Vec<Compared>, difference_map: bool) {
        for c in compared {
            if !self.comparison.is_full() {
                self.comparison.add(c);
            }
        }
        // Each flag opens the view it names: the difference map keeps the usual timeline so
        // the map has the room.
        if difference_map {
            self.show_difference_map(Some(0));
        } else {
            self.prefs.timeline = super::views::timeline::TimelineMode::Compare;
        }
    }

    /// Chooses what the Compare timeline plots.
    pub fn set_compare_quantity(&mut self, quantity: Quantity) {
        self.comparison.quantity = quantity;
    }

    /// Shows (or hides) on the map where the current scenario and compared scenario `with`
    /// differ.
    pub fn show_difference_map(&mut self, with: Option<usize>) {
        match with {
            Some(i) if i < self.comparison.compared.len() => {
                self.comparison.difference_with = i;
                self.comparison.map_shows_difference = true;
            }
            Some(_) => {
                self.notice = Some(Notice::Info(gz_i18n::tr!("notice-compare-first")));
            }
            None => self.comparison.map_shows_difference = false,
        }
    }

    /// The comparison's commands, from menus and shortcuts.
    pub(super) fn apply_compare_command(&mut self, command: super::commands::Command) {
        use super::commands::Command;
        match command {
            Command::CompareWithFile => {
                if self.comparison.is_full() {
                    self.notice = Some(Notice::Error(full()));
                } else {
                    #[cfg(not(target_arch = "wasm32"))]
                    if let Some(path) = super::files::dialog()
                        .set_title(gz_i18n::tr!("dialog-compare"))
                        .pick_file()
                    {
                        self.add_comparison_path(&path);
                    }
                    #[cfg(target_arch = "wasm32")]
                    super::files::pick_in_browser(self, super::loading::Purpose::Compare);
                }
            }
            Command::PinCurrent => self.pin_current(),
            Command::ToggleDifferenceMap => {
                let on = !self.comparison.map_shows_difference;
                self.show_difference_map(on.then_some(self.comparison.difference_with));
            }
            Command::ExportComparison => export::export_with_dialog(self),
            _ => {}
        }
    }
}
