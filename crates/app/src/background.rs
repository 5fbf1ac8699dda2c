//! The work of a frame that draws nothing: taking in finished jobs and files, playback, the
//! autosave, the window title and the close request. It runs in `eframe::App::logic`, which
//! eframe calls while the window is minimised too (as long as a repaint is asked for), so
//! none of it stops there.

use std::time::Duration;

// `std::time::Instant::now` traps in the browser; this is std's on the desktop.
use web_time::Instant;

use eframe::egui;

use super::actions::AfterGuard;
use super::autosave::Autosave;
use super::derived::Derived;
use super::ensemble::EnsembleResult;
use super::job::{Job, Polled};
use super::loading::{self, Loading};
use super::{Notice, ScreenshotRequest, ZonesApp, files};

/// Work under way in the background. (The Sensitivity window keeps its own two jobs.)
#[derive(Default)]
pub struct Jobs {
    /// The ensemble being computed, stamped with the generation of the scenario it runs.
    pub ensemble: Option<Derived<Job<EnsembleResult>>>,
    /// A file being read in the background (to open or to compare).
    pub loading: Option<Loading>,
    /// In the browser: a file dropped on the page, read, waiting for the unsaved-changes
    /// question to be answered.
    pub dropped: Option<Box<Result<loading::Loaded, gz_core::scenario::LoadError>>>,
    /// In the browser: a file the user is choosing in the browser's picker.
    #[cfg(target_arch = "wasm32")]
    pub picking: Option<super::browser::files::Picking>,
}

/// The app's dealings with its window and its data folder, outside any document.
#[derive(Default)]
pub struct Session {
    pub autosave: Option<Autosave>,
    /// The user chose to close over unsaved work.
    pub allow_close: bool,
    pub screenshot: Option<ScreenshotRequest>,
    /// The title last sent to the window, so it is sent only when it changes.
    pub last_title: String,
    /// The language the system asks for, used until the user picks one.
    pub system_language: gz_i18n::Language,
    /// Where the next Save As goes instead of asking the system's file dialog: set only by
    /// tests that drive the whole save flow, which cannot click in a system dialog.
    pub scripted_save_path: Option<std::path::PathBuf>,
    /// The window as last saved outside presentation mode (a browser keeps no window).
    #[cfg(not(target_arch = "wasm32"))]
    pub kept_window: super::kept_window::KeptWindow,
}

impl ZonesApp {
    /// Everything a frame does besides drawing; see the module's comment.
    pub(crate) fn background(&mut self, ctx: &egui::Context) {
        self.poll_loading(ctx);
        #[cfg(target_arch = "wasm32")]
        self.poll_picking(ctx);
        self.poll_ensemble(ctx);
        self.poll_animation(ctx);
        if let Some(why) = self.windows.sensitivity.poll(ctx) {
            self.notice = Some(Notice::Error(why));
        }
        self.close_request(ctx);
        let last_day = self.horizon();
        self.view
            .advance(ctx, self.prefs.play_days_per_second, last_day);
        let title = self.title();
        if title != self.session.last_title {
            // eframe's web runner has no window title; the page's title is the tab's.
            #[cfg(not(target_arch = "wasm32"))]
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            #[cfg(target_arch = "wasm32")]
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(&title);
            }
            self.session.last_title = title;
        }
        if self.windows.recovered.is_none()
            && let Some(saver) = &mut self.session.autosave
            && let Some(due) = saver.tick(&self.open.doc, Instant::now())
        {
            // One wake-up when the next autosave is due; no repainting meanwhile.
            ctx.request_repaint_after(due);
        }
    }

    /// Takes in a file read in the background, once it is ready.
    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.jobs.loading else {
            return;
        };
        let Some(result) = job.poll() else {
            // Reading is one of the times the app wakes on its own, for the spinner.
            ctx.request_repaint_after(Duration::from_millis(50));
            return;
        };
        let Some(job) = self.jobs.loading.take() else {
            return;
        };
        match job.purpose {
            loading::Purpose::Open => {
                if self.open.doc.is_dirty() && self.open.generation() != job.generation {
                    // Edited while the file was read: ask about those edits first (the file is
                    // read again once they are saved or discarded).
                    self.guarded(AfterGuard::OpenPath(job.path));
                } else {
                    files::finish_opening(self, result);
                }
            }
            loading::Purpose::Compare => self.finish_comparing(result),
        }
    }

    /// Takes in a file picked in the browser, once the browser has read it.
    #[cfg(target_arch = "wasm32")]
    fn poll_picking(&mut self, ctx: &egui::Context) {
        use super::browser::files::Picked;
        let Some(picking) = &self.jobs.picking else {
            return;
        };
        let Some(picked) = picking.poll() else {
            // The browser's picker is a page of its own; look again a few times a second.
            ctx.request_repaint_after(Duration::from_millis(250));
            return;
        };
        let purpose = picking.purpose;
        let dropped = picking.dropped;
        self.jobs.picking = None;
        let Picked::File(result) = picked else {
            return;
        };
        if dropped {
            self.jobs.dropped = Some(result);
            self.guarded(AfterGuard::OpenDropped);
            return;
        }
        match purpose {
            loading::Purpose::Open => files::finish_opening(self, *result),
            loading::Purpose::Compare => self.finish_comparing(*result),
        }
    }

    fn poll_ensemble(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.jobs.ensemble else {
            return;
        };
        let generation = job.generation();
        match job.value_mut().poll() {
            // Computing is one of the times the app repaints on its own, for the progress bar.
            Polled::Running { .. } => {
                ctx.request_repaint_after(job.value().poll_again_in());
                return;
            }
            Polled::Finished(result) => {
                self.open.ensemble = Some(Derived::new(generation, result));
            }
            Polled::Cancelled => {}
            Polled::Failed(why) => self.notice = Some(Notice::Error(why)),
        }
        self.jobs.ensemble = None;
    }

    fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.session.allow_close
            && self.open.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.windows.guard = Some(AfterGuard::Close);
        }
    }

    fn title(&self) -> String {
        let mark = if self.open.doc.is_dirty() { "● " } else { "" };
        format!("{mark}{} — gaza-zones", self.open.doc.display_name())
    }
}
