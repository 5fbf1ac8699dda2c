//! The desktop app: map, timeline, drivers, events and summary of one scenario.
//!
//! The frame follows the best egui apps: state is split into preferences ([`Prefs`], kept
//! between sessions), the open document with its derived results, the view, the windows,
//! the background jobs and the notice. `eframe::App::logic` does the work that draws nothing
//! (`background.rs`); `eframe::App::ui` draws (`frame.rs`), where panels and windows read the
//! state and return [`Action`]s that are applied in one place at the end of the frame
//! (`apply.rs`).

pub mod actions;
mod apply;
pub mod autosave;
mod background;
pub mod bidi;
#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod commands;
pub mod compare;
pub mod data_folder;
pub mod derived;
pub mod document;
pub mod ensemble;
pub mod event_order;
pub mod export;
pub mod export_animation;
mod files;
mod frame;
pub mod job;
pub mod kept_window;
pub mod loading;
pub mod open_document;
pub mod panels;
mod platform;
pub mod prefs;
mod screenshot;
pub mod sensitivity;
pub mod theme;
pub mod view_state;
pub mod views;
mod widgets;
pub mod windows;

use std::path::PathBuf;

use eframe::egui;

pub use actions::{
    Action, AfterGuard, ExportRequest, OverwriteAnswer, RecoveryAnswer, UnsavedAnswer,
};
use background::{Jobs, Session};
use document::Document;
use gz_core::geo::CellId;
use gz_core::model::RunOutput;
use gz_core::scenario::{BUNDLED, Scenario};
use open_document::{Edit, Gesture, OpenDocument};
pub use prefs::{LookOverride, Prefs};
pub use screenshot::ScreenshotRequest;
use view_state::ViewState;
use views::map::MapView;
use windows::Windows;

/// A message shown in the status bar until dismissed or replaced.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    Error(String),
}

/// The app.
pub struct ZonesApp {
    /// Kept between sessions.
    pub prefs: Prefs,
    /// The scenario being edited and what is computed from it.
    open: OpenDocument,
    /// Scenarios compared beside this one, with their runs and how they are shown.
    comparison: compare::Comparison,
    view: ViewState,
    windows: Windows,
    jobs: Jobs,
    notice: Option<Notice>,
    session: Session,
}

impl ZonesApp {
    /// Opens on a document (a file, a bundled or a new scenario) with saved preferences.
    #[must_use]
    pub fn new(doc: Document, prefs: Prefs) -> Self {
        Self {
            prefs,
            open: OpenDocument::new(doc),
            comparison: compare::Comparison::default(),
            view: ViewState::default(),
            windows: Windows::default(),
            jobs: Jobs::default(),
            notice: None,
            session: Session::default(),
        }
    }

    /// Autosaves unsaved work to `path`, and offers what a crashed run left there.
    #[must_use]
    pub fn with_autosave(mut self, path: PathBuf) -> Self {
        let recovery = autosave::recover_or_set_aside(&path);
        if let Some(message) = recovery.set_aside_message(&path) {
            self.notice = Some(Notice::Error(message));
        }
        if let autosave::Recovery::Offer(snapshot) = recovery {
            self.windows.recovered = Some(*snapshot);
        }
        let saver = autosave::Autosave::new(path);
        saver.install_panic_hook();
        self.session.autosave = Some(saver);
        self
    }

    /// Opens on the default scenario with default preferences.
    #[must_use]
    pub fn with_default_scenario() -> Self {
        let scenario = gz_core::scenario::default_scenario().unwrap_or_default();
        Self::new(Document::unsaved(scenario), Prefs::default())
    }

    /// Follows the system's language until the user picks one (the locale of the desktop,
    /// or the browser's preferred languages).
    #[must_use]
    pub fn with_system_language(mut self) -> Self {
        self.session.system_language = gz_i18n::Language::preferred(sys_locale::get_locales());
        // Notices made before the first frame (a file that did not open, a set-aside
        // autosave) are worded in the language the window will show.
        gz_i18n::set_language(self.language());
        self
    }

    /// The interface's language: the user's choice, else the system's.
    #[must_use]
    pub fn language(&self) -> gz_i18n::Language {
        self.prefs.language.unwrap_or(self.session.system_language)
    }

    /// Starts in presentation mode.
    pub fn start_presenting(&mut self) {
        self.view.present_on_start = true;
    }

    /// Takes a screenshot once the first frames are drawn, then closes.
    pub fn set_screenshot(&mut self, request: ScreenshotRequest) {
        self.view.day = request.day.min(self.horizon());
        self.session.screenshot = Some(request);
    }

    #[must_use]
    pub fn recovered(&self) -> Option<&autosave::Snapshot> {
        self.windows.recovered.as_ref()
    }

    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        self.open.scenario()
    }

    #[must_use]
    pub fn document(&self) -> &Document {
        &self.open.doc
    }

    /// A number that changes whenever the scenario on screen does (edits, undo, New, Open).
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.open.generation()
    }

    #[must_use]
    pub fn output(&self) -> &RunOutput {
        self.open.run()
    }

    #[must_use]
    pub fn day(&self) -> u32 {
        self.view.day
    }

    #[must_use]
    pub fn is_playing(&self) -> bool {
        self.view.playing
    }

    #[must_use]
    pub fn is_presenting(&self) -> bool {
        self.view.presenting
    }

    /// The event Page Down or Page Up stepped to last.
    #[must_use]
    pub fn event_focus(&self) -> Option<event_order::Happened> {
        self.view.event_focus
    }

    /// The finished ensemble, if it was computed for the scenario as it is now.
    #[must_use]
    pub fn ensemble(&self) -> Option<&ensemble::EnsembleResult> {
        self.open.ensemble()
    }

    #[must_use]
    pub fn ensemble_running(&self) -> bool {
        self.jobs.ensemble.is_some()
    }

    /// Runs done and runs in all of the ensemble under way, if one is.
    #[must_use]
    pub fn ensemble_progress(&self) -> Option<(u64, u64)> {
        self.jobs
            .ensemble
            .as_ref()
            .map(|job| job.value().progress())
    }

    /// Starts an ensemble of `runs` stochastic runs of the current scenario in the background.
    pub fn start_ensemble(&mut self, runs: u64) {
        let job = ensemble::start(self.open.scenario().clone(), runs);
        self.jobs.ensemble = Some(derived::Derived::new(self.open.generation(), job));
    }

    /// Blocks until the background work (a file being read, the ensemble, the sensitivity
    /// analyses) has ended; the next frame takes the results in as it always does. For tests,
    /// which must not depend on how fast the machine is.
    pub fn wait_for_jobs(&mut self) {
        if let Some(loading) = &mut self.jobs.loading {
            loading.wait();
        }
        if let Some(job) = &mut self.jobs.ensemble {
            job.value_mut().wait();
        }
        self.windows.sensitivity.wait();
        self.windows.export.animation.wait();
    }

    /// Whether a file is being read in the background.
    #[must_use]
    pub fn is_loading(&self) -> bool {
        self.jobs.loading.is_some()
    }

    #[must_use]
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Whether the window may close now (nothing unsaved, or the user chose to discard).
    #[must_use]
    pub fn may_close(&self) -> bool {
        self.session.allow_close || !self.open.doc.is_dirty()
    }

    #[must_use]
    pub fn pending_guard(&self) -> Option<&AfterGuard> {
        self.windows.guard.as_ref()
    }

    fn horizon(&self) -> u32 {
        self.open.scenario().horizon_days
    }

    pub fn set_day(&mut self, day: u32) {
        self.view.day = day.min(self.horizon());
    }

    /// Applies an edit of the scenario as one undo step and re-runs.
    pub fn edit(&mut self, scenario: Scenario) {
        self.apply_edit(Edit {
            scenario,
            gesture: Gesture::Whole,
            based_on: self.open.generation(),
        });
    }

    /// The faint trace of the run before the edits, if any.
    #[must_use]
    pub fn trace(&self) -> Option<&[gz_core::model::DayRecord]> {
        self.open.trace.as_deref()
    }

    pub fn clear_trace(&mut self) {
        self.open.trace = None;
    }

    /// The cell selected on the map, whose history is shown.
    #[must_use]
    pub fn selected_cell(&self) -> Option<CellId> {
        self.view.map.selected
    }

    /// Selects a cell (or none), as clicking on the map does.
    pub fn select_cell(&mut self, cell: Option<CellId>) {
        self.view.map.selected = cell;
    }

    /// The map as last drawn: where its cells are on the screen.
    #[must_use]
    pub fn map_view(&self) -> &MapView {
        &self.view.map
    }

    /// The selected cell's history, once the window has been drawn.
    #[must_use]
    pub fn cell_history(&self) -> Option<&gz_core::model::explain::CellHistory> {
        let explained = self
            .open
            .explained
            .as_ref()?
            .fresh(self.open.generation())?;
        (Some(explained.cell) == self.view.map.selected)
            .then_some(explained.result.as_ref().ok())
            .flatten()
    }

    #[must_use]
    pub fn help_is_open(&self) -> bool {
        self.windows.help.open
    }

    #[must_use]
    pub fn about_is_open(&self) -> bool {
        self.windows.about
    }

    /// Opens the start page, as Help ▸ Start page does.
    pub fn show_start_page(&mut self) {
        self.windows.start_page = true;
    }

    #[must_use]
    pub fn start_page_is_open(&self) -> bool {
        self.windows.start_page
    }

    /// The guided tour's step (from 0) while it runs.
    #[must_use]
    pub fn tour_step(&self) -> Option<usize> {
        self.windows.tour.map(|t| t.step)
    }

    /// Draws one whole frame, the background work and then the UI, as eframe does with
    /// `logic` and `ui`; the benchmarks drive the app through it.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.background(&ctx);
        self.draw_ui(ui);
    }
}

impl eframe::App for ZonesApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.background(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.session.screenshot.is_none() {
            eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
            // A browser keeps no window of ours: the page's full screen ends with the page.
            #[cfg(not(target_arch = "wasm32"))]
            self.session
                .kept_window
                .keep_or_restore(storage, self.view.presenting);
        }
    }

    /// Not while presenting: egui's memory holds the zoom, and presentation mode's zoom must
    /// not become the next normal start's.
    fn persist_egui_memory(&self) -> bool {
        self.session.screenshot.is_none() && !self.view.presenting
    }

    /// Lets the browser page reach the app (`gz-web`'s read-only questions about its state).
    #[cfg(target_arch = "wasm32")]
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(self)
    }
}

/// What the window opens on, besides the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// The map, as the user left things.
    Map,
    /// Presentation mode (`--present`).
    Presentation,
    /// The start page (`--start-page`, or Help ▸ Start page).
    StartPage,
    /// The start page on the first launch, else the map: what a plain start without a file
    /// does, so that a newcomer meets the gallery and the tour first.
    FirstLaunch,
}

impl Opening {
    /// Whether the window opens on the start page, given whether it was seen before.
    #[must_use]
    pub fn shows_start_page(self, seen_before: bool) -> bool {
        match self {
            Self::StartPage => true,
            Self::FirstLaunch => !seen_before,
            Self::Map | Self::Presentation => false,
        }
    }
}

/// Opens the window on `doc`, with `opening_error` shown if the file asked for could not be
/// opened; returns a message when there is no display or no graphics.
///
/// # Errors
/// When no window can be opened.
#[cfg(not(target_arch = "wasm32"))]
pub fn run(
    doc: Document,
    opening_error: Option<gz_core::scenario::LoadError>,
    screenshot: Option<ScreenshotRequest>,
    opening: Opening,
    look: LookOverride,
    compared: Vec<compare::Compared>,
    difference_map: bool,
) -> Result<(), String> {
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        return Err(no_display_message(
            "neither DISPLAY nor WAYLAND_DISPLAY is set",
        ));
    }
    let size = screenshot.as_ref().map_or([1600.0, 1000.0], |s| s.size);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("gaza-zones")
        .with_inner_size(size)
        .with_min_inner_size([900.0, 600.0])
        .with_icon(std::sync::Arc::new(window_icon()))
        .with_drag_and_drop(true);
    if screenshot.is_some() {
        viewport = viewport.with_resizable(false);
    }
    let mut options = eframe::NativeOptions {
        viewport,
        // A screenshot must look the same whatever the user last did with the window.
        persist_window: screenshot.is_none(),
        ..Default::default()
    };
    if screenshot.is_some() {
        // Neither read nor write the user's saved layout: a fresh, private store.
        options.persistence_path =
            Some(std::env::temp_dir().join(format!("gaza-zones-shot-{}", std::process::id())));
    }
    if screenshot.is_none()
        && let Some(folder) = eframe::storage_dir("gaza-zones")
    {
        // Unsaved work and recent files are private. Done before eframe opens its store, which
        // would create the folder with the umask's permissions; an older version's folder and
        // preferences file are made private here too.
        let _ = data_folder::secure(&folder);
    }
    eframe::run_native(
        "gaza-zones",
        options,
        Box::new(move |cc| {
            theme::apply_text_sizes(&cc.egui_ctx);
            let mut prefs = match (&screenshot, cc.storage) {
                (None, Some(storage)) => {
                    eframe::get_value(storage, eframe::APP_KEY).unwrap_or_default()
                }
                _ => Prefs::default(),
            };
            look.apply(&mut prefs);
            theme::apply_visuals(&cc.egui_ctx, &prefs);
            let mut app = ZonesApp::new(doc, prefs).with_system_language();
            app.session.kept_window = kept_window::KeptWindow::from_storage(cc.storage);
            if let Some(e) = &opening_error {
                app = app.with_opening_error(e);
            }
            if opening == Opening::Presentation {
                app.start_presenting();
            }
            app.windows.start_page = opening.shows_start_page(app.prefs.start_page_seen);
            if !compared.is_empty() {
                app.start_comparing(compared, difference_map);
            }
            match screenshot {
                Some(request) => app.set_screenshot(request),
                None => {
                    if let Some(path) = autosave::default_path() {
                        app = app.with_autosave(path);
                    }
                }
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| no_display_message(&e.to_string()))
}

/// The window's icon: the four zones in a square in the map's colours, as the package's and
/// the web page's icons draw them (packaging/linux/gaza-zones.svg, web/index.html), so that
/// window managers that ignore the desktop entry still show it.
#[cfg(not(target_arch = "wasm32"))]
fn window_icon() -> egui::IconData {
    const SIDE: usize = 64;
    let palette = gz_core::style::ZonePalette::new(false);
    let [red, green, gray, blue] = gz_core::model::Zone::ALL.map(|zone| {
        let [r, g, b] = palette.zone_rgb(zone);
        [r, g, b, 0xFF]
    });
    let mut rgba = Vec::with_capacity(SIDE * SIDE * 4);
    for y in 0..SIDE {
        for x in 0..SIDE {
            let colour = match (x < SIDE / 2, y < SIDE / 2) {
                (true, true) => red,
                (false, true) => green,
                (true, false) => gray,
                (false, false) => blue,
            };
            rgba.extend_from_slice(&colour);
        }
    }
    egui::IconData {
        rgba,
        width: SIDE as u32,
        height: SIDE as u32,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn no_display_message(why: &str) -> String {
    format!(
        "cannot open the app window ({why}).\n\
         To run without a display, use the command line, e.g.\n  \
         gaza-zones run scenarios/where_things_stand.ron --out result.csv\n\
         See `gaza-zones --help`."
    )
}

/// The bundled scenarios' titles, for menus; a broken bundled file (impossible in a tested
/// build) is left out rather than crashing the menu.
#[must_use]
pub fn bundled_titles() -> &'static [(usize, String)] {
    // Parsed once: the menu asks every frame while it is open.
    static TITLES: std::sync::OnceLock<Vec<(usize, String)>> = std::sync::OnceLock::new();
    TITLES.get_or_init(|| {
        BUNDLED
            .iter()
            .enumerate()
            .filter_map(|(i, b)| b.load().ok().map(|s| (i, s.meta.title)))
            .collect()
    })
}
