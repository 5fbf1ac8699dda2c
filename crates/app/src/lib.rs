//! The desktop app: map, timeline, drivers, events and summary of one scenario.
//!
//! State lives in [`ZonesApp`]; panels draw and report what the user asked for, and the app
//! applies it at one place (`apply`), so no widget deep in the tree edits the scenario.

pub mod autosave;
pub mod commands;
pub mod compare;
pub mod data_folder;
pub mod document;
pub mod ensemble;
pub mod export;
mod files;
pub mod loading;
pub mod panels;
mod screenshot;
pub mod sensitivity;
pub mod theme;
pub mod views;

use std::path::PathBuf;
use std::time::Instant;

use eframe::egui;
use serde::{Deserialize, Serialize};

use commands::Command;
use document::Document;
use gz_core::geo::Grid;
use gz_core::model::{Plan, Record, RunOutput};
use gz_core::scenario::{BUNDLED, Scenario};
pub use screenshot::ScreenshotRequest;
use views::map::MapView;
use views::timeline::TimelineMode;

/// Preferences kept between sessions (the scenario itself lives in its file).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub dark: bool,
    /// Black and white, heavier lines and text: for washed-out projectors.
    pub high_contrast: bool,
    /// Okabe–Ito zone colours.
    pub colour_blind_safe: bool,
    pub recent_files: Vec<PathBuf>,
    pub timeline: TimelineMode,
    pub play_days_per_second: f32,
    pub export: export::ExportSettings,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            dark: true,
            high_contrast: false,
            colour_blind_safe: false,
            recent_files: Vec::new(),
            timeline: TimelineMode::People,
            play_days_per_second: 30.0,
            export: export::ExportSettings::default(),
        }
    }
}

/// A look asked for on the command line, over the saved preferences (for a talk, or for
/// screenshots of every theme).
#[derive(Clone, Copy, Debug, Default)]
pub struct LookOverride {
    pub dark: Option<bool>,
    pub high_contrast: Option<bool>,
    pub colour_blind_safe: Option<bool>,
}

impl LookOverride {
    fn apply(self, prefs: &mut Prefs) {
        if let Some(dark) = self.dark {
            prefs.dark = dark;
        }
        if let Some(high_contrast) = self.high_contrast {
            prefs.high_contrast = high_contrast;
        }
        if let Some(safe) = self.colour_blind_safe {
            prefs.colour_blind_safe = safe;
        }
    }
}

const MAX_RECENT: usize = 8;

/// How much larger everything is drawn in presentation mode, on a screen wide enough for it.
const PRESENTATION_ZOOM: f32 = 1.5;
/// The width, in points, presentation mode keeps at least: on a 1280-pixel projector a full
/// 1.5× zoom would leave the map a postage stamp, so the zoom shrinks to keep this much room.
const PRESENTATION_MIN_WIDTH_PT: f32 = 1100.0;

/// A message shown in the status bar until dismissed or replaced.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    Error(String),
}

/// What to do once the user has answered the unsaved-changes question.
#[derive(Clone, Debug, PartialEq)]
pub enum AfterGuard {
    New,
    Open,
    OpenPath(PathBuf),
    OpenBundled(usize),
    Close,
    /// Not an unsaved-changes question: the file changed on disk; overwrite it? `then` is
    /// what the user was saving for (New, Open, Close), carried on once the file is saved.
    Overwrite {
        then: Option<Box<AfterGuard>>,
    },
}

/// The app.
pub struct ZonesApp {
    doc: Document,
    run: RunOutput,
    run_ms: f64,
    day: u32,
    playing: bool,
    /// Fraction of a day carried over between frames while playing.
    play_carry: f64,
    map: MapView,
    events: panels::events::EventsPanel,
    pub prefs: Prefs,
    notice: Option<Notice>,
    guard: Option<AfterGuard>,
    allow_close: bool,
    screenshot: Option<ScreenshotRequest>,
    last_title: String,
    presenting: bool,
    /// The zoom presentation mode added, taken off again when it ends.
    presentation_zoom: f32,
    /// The run before the last edit, drawn faintly so the change shows; cleared on request.
    trace: Option<Vec<gz_core::model::DayRecord>>,
    ensemble_job: Option<ensemble::EnsembleJob>,
    ensemble: Option<ensemble::EnsembleResult>,
    ensemble_runs: u64,
    map_shows_blue_chance: bool,
    /// Enter presentation mode on the first frame (it needs the window).
    present_on_start: bool,
    autosave: Option<autosave::Autosave>,
    /// Work left by a run that crashed, offered until the user restores or discards it.
    recovered: Option<autosave::Snapshot>,
    export_dialog: panels::export::ExportDialog,
    /// Scenarios compared beside this one.
    comparison: compare::Comparison,
    /// Counts re-runs, so that the selected cell's explanation knows when it is out of date.
    run_generation: u64,
    /// The history of the cell selected on the map.
    explained: Option<panels::history::ExplainedCell>,
    help_open: bool,
    help_filter: String,
    sensitivity: sensitivity::Sensitivity,
    /// A file being read in the background (to open or to compare).
    loading: Option<loading::Loading>,
}

impl ZonesApp {
    /// Opens on a document (a file, a bundled or a new scenario) with saved preferences.
    #[must_use]
    pub fn new(doc: Document, prefs: Prefs) -> Self {
        let mut app = Self {
            doc,
            run: RunOutput::default(),
            run_ms: 0.0,
            day: 0,
            playing: false,
            play_carry: 0.0,
            map: MapView::default(),
            events: panels::events::EventsPanel::default(),
            prefs,
            notice: None,
            guard: None,
            allow_close: false,
            screenshot: None,
            last_title: String::new(),
            presenting: false,
            presentation_zoom: PRESENTATION_ZOOM,
            trace: None,
            ensemble_job: None,
            ensemble: None,
            ensemble_runs: 200,
            map_shows_blue_chance: false,
            present_on_start: false,
            autosave: None,
            recovered: None,
            export_dialog: panels::export::ExportDialog::default(),
            comparison: compare::Comparison::default(),
            run_generation: 0,
            explained: None,
            help_open: false,
            help_filter: String::new(),
            sensitivity: sensitivity::Sensitivity::default(),
            loading: None,
        };
        app.rerun();
        app
    }

    /// Autosaves unsaved work to `path`, and offers what a crashed run left there.
    #[must_use]
    pub fn with_autosave(mut self, path: PathBuf) -> Self {
        let recovery = autosave::recover_or_set_aside(&path);
        if let Some(message) = recovery.set_aside_message(&path) {
            self.notice = Some(Notice::Error(message));
        }
        if let autosave::Recovery::Offer(snapshot) = recovery {
            self.recovered = Some(*snapshot);
        }
        let saver = autosave::Autosave::new(path);
        saver.install_panic_hook();
        self.autosave = Some(saver);
        self
    }

    #[must_use]
    pub fn recovered(&self) -> Option<&autosave::Snapshot> {
        self.recovered.as_ref()
    }

    /// Answers the recovery question: restore the crashed run's work, or throw it away.
    pub fn answer_recovery(&mut self, restore: bool) {
        let Some(snapshot) = self.recovered.take() else {
            return;
        };
        if restore {
            let digest = snapshot.file_digest();
            self.replace_document(Document::restored(snapshot.scenario, snapshot.file, digest));
            self.notice = Some(Notice::Info(
                "Restored the unsaved work of the last session".to_owned(),
            ));
        } else if let Some(saver) = &mut self.autosave {
            saver.clear();
        }
    }

    /// Opens on the default scenario with default preferences.
    #[must_use]
    pub fn with_default_scenario() -> Self {
        let scenario = gz_core::scenario::default_scenario().unwrap_or_default();
        Self::new(Document::unsaved(scenario), Prefs::default())
    }

    /// Starts in presentation mode.
    pub fn start_presenting(&mut self) {
        self.present_on_start = true;
    }

    /// Takes a screenshot once the first frames are drawn, then closes.
    pub fn set_screenshot(&mut self, request: ScreenshotRequest) {
        self.day = request.day.min(self.horizon());
        self.screenshot = Some(request);
    }

    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        self.doc.scenario()
    }

    #[must_use]
    pub fn document(&self) -> &Document {
        &self.doc
    }

    #[must_use]
    pub fn output(&self) -> &RunOutput {
        &self.run
    }

    #[must_use]
    pub fn day(&self) -> u32 {
        self.day
    }

    #[must_use]
    pub fn is_playing(&self) -> bool {
        self.playing
    }

    /// The finished ensemble, if it was computed for the scenario as it is now.
    #[must_use]
    pub fn ensemble(&self) -> Option<&ensemble::EnsembleResult> {
        self.ensemble
            .as_ref()
            .filter(|r| &r.scenario == self.doc.scenario())
    }

    #[must_use]
    pub fn ensemble_running(&self) -> bool {
        self.ensemble_job.is_some()
    }

    /// Starts an ensemble of `runs` stochastic runs of the current scenario in the background.
    pub fn start_ensemble(&mut self, runs: u64) {
        self.ensemble_job = Some(ensemble::EnsembleJob::start(
            self.doc.scenario().clone(),
            runs,
        ));
    }

    /// Whether a file is being read in the background.
    #[must_use]
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Takes in a file read in the background, once it is ready.
    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.loading else {
            return;
        };
        let Some(result) = job.poll() else {
            // Reading is one of the times the app wakes on its own, for the spinner.
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
            return;
        };
        let Some(job) = self.loading.take() else {
            return;
        };
        match job.purpose {
            loading::Purpose::Open => {
                if self.doc.is_dirty() && self.doc.generation() != job.generation {
                    // Edited while the file was read: ask about those edits first (the file is
                    // read again once they are saved or discarded).
                    self.guarded(AfterGuard::OpenPath(job.path));
                } else {
                    files::finish_opening(self, &job.path, result);
                }
            }
            loading::Purpose::Compare => self.finish_comparing(&job.path, result),
        }
    }

    fn poll_ensemble(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.ensemble_job else {
            return;
        };
        match job.poll() {
            Some(ended) => {
                match ended {
                    ensemble::Ended::Finished(result) => self.ensemble = Some(*result),
                    ensemble::Ended::Cancelled => {}
                    ensemble::Ended::Failed(why) => self.notice = Some(Notice::Error(why)),
                }
                self.ensemble_job = None;
            }
            // Computing is one of the times the app repaints on its own, for the progress bar.
            None => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
        }
    }

    #[must_use]
    pub fn is_presenting(&self) -> bool {
        self.presenting
    }

    /// The day of the first event after (`forward`) or last event before the day shown.
    fn event_day(&self, forward: bool) -> Option<u32> {
        let days = self.doc.scenario().events.iter().map(|e| e.day);
        if forward {
            days.filter(|&d| d > self.day).min()
        } else {
            days.filter(|&d| d < self.day).max()
        }
    }

    fn set_presenting(&mut self, ctx: &egui::Context, on: bool) {
        if self.presenting == on {
            return;
        }
        self.presenting = on;
        // Large type for the back of the room: up to half as big again, on top of any user
        // zoom, as far as the screen's width allows.
        let zoom = ctx.zoom_factor();
        if on {
            let width_unzoomed_pt = ctx.content_rect().width() * zoom;
            self.presentation_zoom =
                (width_unzoomed_pt / PRESENTATION_MIN_WIDTH_PT).clamp(1.0, PRESENTATION_ZOOM);
        }
        ctx.set_zoom_factor(if on {
            zoom * self.presentation_zoom
        } else {
            zoom / self.presentation_zoom
        });
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
    }

    #[must_use]
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Whether the window may close now (nothing unsaved, or the user chose to discard).
    #[must_use]
    pub fn may_close(&self) -> bool {
        self.allow_close || !self.doc.is_dirty()
    }

    #[must_use]
    pub fn pending_guard(&self) -> Option<&AfterGuard> {
        self.guard.as_ref()
    }

    fn horizon(&self) -> u32 {
        self.doc.scenario().horizon_days
    }

    pub fn set_day(&mut self, day: u32) {
        self.day = day.min(self.horizon());
    }

    /// Re-runs the model on the current scenario. Expected-value runs take 2–6 ms (see
    /// docs/PERFORMANCE.md), well inside a frame, so they run on the UI thread.
    fn rerun(&mut self) {
        let started = Instant::now();
        let scenario = self.doc.scenario();
        let plan = Plan::new(Grid::strip(), &scenario.inputs());
        self.run = plan.run(scenario.mode, scenario.seed, Record::Cells);
        self.run_ms = started.elapsed().as_secs_f64() * 1000.0;
        self.day = self.day.min(scenario.horizon_days);
        self.run_generation += 1;
    }

    /// Applies an edit of the scenario as one undo step and re-runs.
    pub fn edit(&mut self, scenario: Scenario) {
        self.keep_trace();
        self.doc.edit(scenario);
        self.rerun();
    }

    /// Keeps the current curves as the faint trace of "before", unless one is already shown.
    fn keep_trace(&mut self) {
        if self.trace.is_none() {
            self.trace = Some(self.run.days.clone());
        }
    }

    /// The faint trace of the run before the edits, if any.
    #[must_use]
    pub fn trace(&self) -> Option<&[gz_core::model::DayRecord]> {
        self.trace.as_deref()
    }

    pub fn clear_trace(&mut self) {
        self.trace = None;
    }

    /// Replaces the document (after New or Open) and re-runs.
    pub fn replace_document(&mut self, doc: Document) {
        if let Some(path) = doc.path() {
            self.remember_recent(path.to_path_buf());
        }
        self.doc = doc;
        self.day = 0;
        self.playing = false;
        self.trace = None;
        self.events = panels::events::EventsPanel::default();
        self.rerun();
    }

    /// Keeps `path` first in the recent files, absolute, so that it means the same file
    /// whichever folder the app is started from next time.
    fn remember_recent(&mut self, path: PathBuf) {
        let path = autosave::absolute_path(&path);
        self.prefs.recent_files.retain(|p| p != &path);
        self.prefs.recent_files.insert(0, path);
        self.prefs.recent_files.truncate(MAX_RECENT);
    }

    /// Runs a command, as a menu item, button or shortcut would.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let last_day = self.horizon();
        match command {
            Command::New => self.guarded(AfterGuard::New),
            Command::Open => self.guarded(AfterGuard::Open),
            Command::Save => files::save(self),
            Command::SaveAs => files::save_as(self),
            Command::Undo => {
                if self.doc.undo() {
                    self.rerun();
                }
            }
            Command::Redo => {
                if self.doc.redo() {
                    self.rerun();
                }
            }
            Command::PlayPause => {
                if !self.playing && self.day >= last_day {
                    self.day = 0;
                }
                self.playing = !self.playing;
                self.play_carry = 0.0;
            }
            Command::StepBack => self.day = self.day.saturating_sub(1),
            Command::StepForward => self.day = (self.day + 1).min(last_day),
            Command::WeekBack => self.day = self.day.saturating_sub(7),
            Command::WeekForward => self.day = (self.day + 7).min(last_day),
            Command::ToStart => self.day = 0,
            Command::ToEnd => self.day = last_day,
            Command::ShowPeople => self.prefs.timeline = TimelineMode::People,
            Command::ShowArea => self.prefs.timeline = TimelineMode::Area,
            Command::ShowFlows => self.prefs.timeline = TimelineMode::Flows,
            Command::ShowSpread => self.prefs.timeline = TimelineMode::Spread,
            Command::ShowCompare => self.prefs.timeline = TimelineMode::Compare,
            Command::CompareWithFile
            | Command::PinCurrent
            | Command::ToggleDifferenceMap
            | Command::ExportComparison => self.apply_compare_command(command),
            Command::FitMap => self.map.fit(),
            Command::AddEvent => self.events.start_new(self.day),
            Command::ToggleTheme => {
                self.prefs.dark = !self.prefs.dark;
                self.prefs.high_contrast = false;
                theme::apply_visuals(ctx, &self.prefs);
            }
            Command::ToggleHighContrast => {
                self.prefs.high_contrast = !self.prefs.high_contrast;
                theme::apply_visuals(ctx, &self.prefs);
            }
            Command::ToggleColourBlind => {
                self.prefs.colour_blind_safe = !self.prefs.colour_blind_safe;
            }
            Command::PreviousEvent => {
                if let Some(day) = self.event_day(false) {
                    self.day = day;
                }
            }
            Command::NextEvent => {
                if let Some(day) = self.event_day(true) {
                    self.day = day;
                }
            }
            Command::Present => {
                let on = !self.presenting;
                self.set_presenting(ctx, on);
            }
            Command::LeavePresentation => self.set_presenting(ctx, false),
            Command::ZoomIn => ctx.set_zoom_factor((ctx.zoom_factor() * 1.1).min(4.0)),
            Command::ZoomOut => ctx.set_zoom_factor((ctx.zoom_factor() / 1.1).max(0.5)),
            Command::ZoomReset => {
                ctx.set_zoom_factor(if self.presenting {
                    self.presentation_zoom
                } else {
                    1.0
                });
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Export => self.export_dialog.open = !self.export_dialog.open,
            Command::Help => self.help_open = !self.help_open,
            Command::Sensitivity => self.sensitivity.open = !self.sensitivity.open,
        }
    }

    /// Runs `after` now if there is nothing unsaved; otherwise asks first.
    pub fn guarded(&mut self, after: AfterGuard) {
        if self.doc.is_dirty() {
            self.guard = Some(after);
        } else {
            self.proceed(after);
        }
    }

    /// The unsaved-changes question was answered (or not needed): carry on.
    fn proceed(&mut self, after: AfterGuard) {
        if matches!(after, AfterGuard::New | AfterGuard::OpenBundled(_)) {
            // A later choice wins over a file still being read.
            self.loading = None;
        }
        match after {
            AfterGuard::New => self.replace_document(Document::unsaved(Scenario::default())),
            AfterGuard::Open => files::open_with_dialog(self),
            AfterGuard::OpenPath(path) => files::open_path(self, &path),
            AfterGuard::OpenBundled(i) => files::open_bundled(self, i),
            AfterGuard::Close => self.allow_close = true,
            AfterGuard::Overwrite { .. } => files::save_without_asking(self),
        }
    }

    /// Answers the pending unsaved-changes question: `Some(true)` save, `Some(false)` discard,
    /// `None` cancel.
    pub fn answer_guard(&mut self, ctx: &egui::Context, save_first: Option<bool>) {
        let Some(after) = self.guard.take() else {
            return;
        };
        match (save_first, after) {
            (None, _) => {}
            // "Overwrite" to the changed-on-disk question: save, then carry on with what the
            // save was for.
            (Some(false), AfterGuard::Overwrite { then }) => {
                files::save_without_asking(self);
                if let Some(then) = then
                    && !self.doc.is_dirty()
                {
                    self.proceed_and_close(ctx, *then);
                }
            }
            (Some(true), after) => {
                files::save(self);
                if let Some(AfterGuard::Overwrite { then }) = &mut self.guard {
                    // The file changed on disk: that question comes first, and the pending
                    // New, Open or Close waits for its answer instead of being lost.
                    *then = Some(Box::new(after));
                } else if !self.doc.is_dirty() {
                    self.proceed_and_close(ctx, after);
                }
            }
            (Some(false), after) => {
                if after == AfterGuard::Close
                    && let Some(mut saver) = self.autosave.take()
                {
                    // The user threw this work away on purpose: nothing to offer next time.
                    saver.clear();
                }
                self.proceed_and_close(ctx, after);
            }
        }
    }

    fn proceed_and_close(&mut self, ctx: &egui::Context, after: AfterGuard) {
        let closing = after == AfterGuard::Close;
        self.proceed(after);
        if closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn title(&self) -> String {
        let mark = if self.doc.is_dirty() { "● " } else { "" };
        format!("{mark}{} — gaza-zones", self.doc.display_name())
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let presenting = self.presenting;
        let mut fired = Vec::new();
        // egui matches shortcuts ignoring an extra Shift, so try those with more modifiers
        // first: Shift+→ must be "a week", not "a day".
        let mut order = Command::ALL;
        order.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| {
                u8::from(s.modifiers.shift)
                    + u8::from(s.modifiers.command)
                    + u8::from(s.modifiers.alt)
            }))
        });
        ctx.input_mut(|input| {
            for command in order {
                // Escape belongs to menus and dialogs except while presenting.
                if command == Command::LeavePresentation && !presenting {
                    continue;
                }
                // While a text field has the keyboard, plain keys and its own undo are its.
                if typing
                    && (command.needs_free_keyboard()
                        || matches!(command, Command::Undo | Command::Redo))
                {
                    continue;
                }
                if let Some(shortcut) = command.shortcut()
                    && input.consume_shortcut(&shortcut)
                {
                    fired.push(command);
                }
            }
        });
        for command in fired {
            self.apply(ctx, command);
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.guarded(AfterGuard::OpenPath(path));
        }
    }

    fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.guard = Some(AfterGuard::Close);
        }
    }

    fn playback(&mut self, ctx: &egui::Context) {
        if !self.playing {
            return;
        }
        let dt = f64::from(ctx.input(|i| i.stable_dt).min(0.1));
        self.play_carry += dt * f64::from(self.prefs.play_days_per_second);
        let whole = self.play_carry.floor();
        self.play_carry -= whole;
        self.day = (self.day + whole as u32).min(self.horizon());
        if self.day >= self.horizon() {
            self.playing = false;
        }
        // Playing is the one time the app animates on its own.
        ctx.request_repaint();
    }

    /// Draws one frame; the same code runs in the window and in the tests.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if std::mem::take(&mut self.present_on_start) {
            self.set_presenting(&ctx, true);
        }
        self.shortcuts(&ctx);
        self.poll_loading(&ctx);
        self.poll_ensemble(&ctx);
        self.sensitivity.poll(&ctx);
        self.dropped_files(&ctx);
        self.close_request(&ctx);
        self.playback(&ctx);
        let title = self.title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
        if self.recovered.is_none()
            && let Some(saver) = &mut self.autosave
            && let Some(due) = saver.tick(&self.doc, Instant::now())
        {
            // One wake-up when the next autosave is due; no repainting meanwhile.
            ctx.request_repaint_after(due);
        }
        theme::set_colour_blind_safe(self.prefs.colour_blind_safe);
        let palette = theme::palette(self.prefs.dark, self.prefs.high_contrast);
        let mut commands = Vec::new();

        if !self.presenting {
            egui::Panel::top("menu").show(ui, |ui| {
                commands.extend(panels::menu::menu_bar_ui(ui, self));
            });
            egui::Panel::bottom("status").show(ui, |ui| {
                panels::status::status_ui(ui, self, &palette);
            });
        }
        // Presenting has its own timeline height, so the map gets the room.
        let (timeline_id, timeline_size) = if self.presenting {
            ("timeline_presenting", ui.available_height() * 0.3)
        } else if self.prefs.timeline == TimelineMode::Compare {
            // Room for the indicators table beside the plot.
            ("timeline_compare", 480.0)
        } else {
            ("timeline", 300.0)
        };
        egui::Panel::bottom(timeline_id)
            .resizable(true)
            .default_size(timeline_size)
            .min_size(180.0)
            .show(ui, |ui| {
                commands.extend(panels::playback::playback_ui(ui, self));
                if self.prefs.timeline == TimelineMode::Compare {
                    self.compare_timeline_panel_ui(ui, &palette);
                    return;
                }
                let spread = self
                    .ensemble
                    .as_ref()
                    .filter(|r| &r.scenario == self.doc.scenario());
                if self.trace.is_some()
                    && ui
                        .small_button("Clear the trace of the previous run")
                        .on_hover_text("The dashed lines show the curves before your edits")
                        .clicked()
                {
                    self.trace = None;
                }
                let input = views::timeline::TimelineInput {
                    run: &self.run,
                    trace: self.trace.as_deref(),
                    spread,
                    scenario: self.doc.scenario(),
                    day: self.day,
                    mode: self.prefs.timeline,
                };
                let out = views::timeline::timeline_ui(ui, &input, &palette);
                if let Some(day) = out.clicked_day {
                    self.set_day(day);
                }
            });
        // Presenting shows the map and the timeline only, large.
        if !self.presenting {
            egui::Panel::left("drivers")
                .resizable(true)
                .default_size(340.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        if let Some(edit) =
                            panels::metadata::metadata_ui(ui, self.doc.scenario(), &palette)
                        {
                            self.doc
                                .edit_continuing(edit.scenario, edit.gesture_started);
                        }
                        ui.separator();
                        panels::summary::summary_ui(
                            ui,
                            &self.run,
                            self.doc.scenario(),
                            self.day,
                            &palette,
                        );
                        ui.separator();
                        let shown = self
                            .ensemble
                            .as_ref()
                            .filter(|r| &r.scenario == self.doc.scenario());
                        let action = panels::uncertainty::uncertainty_ui(
                            ui,
                            self.doc.scenario(),
                            self.ensemble_job.as_ref(),
                            shown,
                            &mut self.ensemble_runs,
                            &mut self.map_shows_blue_chance,
                            &palette,
                        );
                        match action {
                            Some(panels::uncertainty::UncertaintyAction::Start(runs)) => {
                                self.start_ensemble(runs)
                            }
                            Some(panels::uncertainty::UncertaintyAction::Cancel) => {
                                if let Some(job) = &self.ensemble_job {
                                    job.cancel();
                                }
                            }
                            None => {}
                        }
                        ui.separator();
                        if let Some(edit) =
                            panels::drivers::drivers_ui(ui, self.doc.scenario(), &palette)
                        {
                            if edit.gesture_started {
                                self.keep_trace();
                            }
                            self.doc
                                .edit_continuing(edit.scenario, edit.gesture_started);
                            self.rerun();
                        }
                    });
                });
            egui::Panel::right("events")
                .resizable(true)
                .default_size(360.0)
                .show(ui, |ui| {
                    let action = self.events.ui(ui, self.doc.scenario(), self.day, &palette);
                    match action {
                        Some(panels::events::EventsAction::JumpTo(day)) => self.set_day(day),
                        Some(panels::events::EventsAction::Replace(events)) => {
                            let mut s = self.doc.scenario().clone();
                            s.events = events;
                            self.edit(s);
                        }
                        None => {}
                    }
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.compare_map_ui(ui, &palette) {
                return;
            }
            let blue_chance = self
                .ensemble
                .as_ref()
                .filter(|r| self.map_shows_blue_chance && &r.scenario == self.doc.scenario())
                .map(|r| r.ended_blue_share.as_slice());
            views::map::map_ui(
                ui,
                &mut self.map,
                &self.run,
                blue_chance,
                self.doc.scenario(),
                self.day,
                &palette,
            );
        });

        self.cell_history_ui(&ctx, &palette);
        panels::help::help_window_ui(&ctx, &mut self.help_open, &mut self.help_filter, &palette);
        let asked = sensitivity::window::sensitivity_window_ui(
            &ctx,
            &mut self.sensitivity,
            self.doc.scenario(),
            &palette,
            (self.prefs.dark, self.prefs.high_contrast),
        );
        for action in asked {
            self.apply_sensitivity(action);
        }
        panels::guard::guard_ui(&ctx, self);
        panels::guard::recovery_ui(&ctx, self);
        panels::export::export_window_ui(&ctx, self);
        for command in commands {
            self.apply(&ctx, command);
        }
        if let Some(request) = &mut self.screenshot {
            request.step(&ctx);
        }
    }
}

impl ZonesApp {
    /// The cell selected on the map, whose history is shown.
    #[must_use]
    pub fn selected_cell(&self) -> Option<usize> {
        self.map.selected
    }

    /// Selects a cell (or none), as clicking on the map does.
    pub fn select_cell(&mut self, cell: Option<usize>) {
        self.map.selected = cell;
    }

    /// The map as last drawn: where its cells are on the screen.
    #[must_use]
    pub fn map_view(&self) -> &MapView {
        &self.map
    }

    /// The selected cell's history, once the window has been drawn.
    #[must_use]
    pub fn cell_history(&self) -> Option<&gz_core::model::explain::CellHistory> {
        let explained = self.explained.as_ref()?;
        (Some(explained.cell) == self.map.selected)
            .then_some(explained.result.as_ref().ok())
            .flatten()
    }

    #[must_use]
    pub fn help_is_open(&self) -> bool {
        self.help_open
    }

    /// The "Cell history" window of the selected cell, explained again when the run changed.
    fn cell_history_ui(&mut self, ctx: &egui::Context, palette: &theme::Palette) {
        let Some(cell) = self.map.selected else {
            self.explained = None;
            return;
        };
        let scenario = self.doc.scenario();
        if !self
            .explained
            .as_ref()
            .is_some_and(|e| e.is_for(cell, self.run_generation, scenario))
        {
            self.explained = Some(panels::history::ExplainedCell::new(
                cell,
                self.run_generation,
                scenario,
                &self.run,
            ));
        }
        let Some(explained) = &self.explained else {
            return;
        };
        let action = panels::history::history_window_ui(
            ctx,
            cell,
            &explained.result,
            &self.run,
            scenario,
            self.day,
            palette,
        );
        match action {
            Some(panels::history::HistoryAction::JumpTo(day)) => {
                self.playing = false;
                self.set_day(day);
            }
            Some(panels::history::HistoryAction::Close) => self.map.selected = None,
            None => {}
        }
    }
}

impl eframe::App for ZonesApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.screenshot.is_none()
    }
}

/// Opens the window on `doc`, with `opening_error` shown if the file asked for could not be
/// opened; returns a message when there is no display or no graphics.
///
/// # Errors
/// When no window can be opened.
pub fn run(
    doc: Document,
    opening_error: Option<gz_core::scenario::LoadError>,
    screenshot: Option<ScreenshotRequest>,
    present: bool,
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
            let mut app = ZonesApp::new(doc, prefs);
            if let Some(e) = &opening_error {
                app = app.with_opening_error(e);
            }
            if present {
                app.start_presenting();
            }
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

fn no_display_message(why: &str) -> String {
    format!(
        "cannot open the app window ({why}).\n\
         To run without a display, use the command line, e.g.\n  \
         gaza-zones run scenarios/stalled_phase_two.ron --out result.csv\n\
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
