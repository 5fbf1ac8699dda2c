//! Export ▸ Animation: the map every few days as an animated GIF, APNG or WebP, made by the
//! same code as `gaza-zones animate` (gz-figure's animation module) from the run on screen.
//!
//! It runs as a background [`Job`] with a progress bar and Cancel in the Export window. On the
//! desktop a thread writes each frame as it is drawn into a temporary file beside the one
//! chosen, which replaces it only when the last frame is in (a cancel leaves nothing). The
//! browser has no threads and no files: each poll draws one frame into memory, and the finished
//! file is handed over as a download. A frame takes a few tenths of a second to draw there, so
//! the page answers between frames, not during one.

use std::io::{Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use eframe::egui;
use gz_figure::animation::{
    self, AnimationError, AnimationFormat, AnimationSpec, Animator, GifPalette,
};
use gz_i18n::tr;

use super::export::Destination;
use super::job::{Control, Job, Polled, Stopped, Work};
use super::panels::export::ReplaceQuestion;
use super::{ExportRequest, Notice, ZonesApp};

/// The Animation choices of the Export window (the size is the figures' width and height).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnimationChoices {
    pub format: AnimationFormat,
    pub from_day: u32,
    /// `None`: the scenario's last day, whatever it is.
    pub to_day: Option<u32>,
    pub step_days: u32,
    pub with_timeline: bool,
}

impl Default for AnimationChoices {
    fn default() -> Self {
        Self {
            format: AnimationFormat::Gif,
            from_day: 0,
            to_day: None,
            step_days: 7,
            with_timeline: false,
        }
    }
}

/// The Export window's Animation part: the choices and the animation being made.
#[derive(Default)]
pub struct AnimationExport {
    pub choices: AnimationChoices,
    job: Option<Job<Made>>,
}

/// What a finished animation job hands back.
#[derive(Debug)]
pub enum Made {
    /// Written to this file (desktop).
    File(PathBuf),
    /// The file's bytes, to download under this name (browser).
    Download(String, Vec<u8>),
}

impl AnimationExport {
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Frames done and in all, while a job runs.
    #[must_use]
    pub fn progress(&self) -> Option<(u64, u64)> {
        self.job.as_ref().map(Job::progress)
    }

    pub fn cancel(&self) {
        if let Some(job) = &self.job {
            job.cancel();
        }
    }

    /// Blocks until the job has ended (tests); the next poll takes its result in.
    pub fn wait(&mut self) {
        if let Some(job) = &mut self.job {
            job.wait();
        }
    }
}

impl AnimationChoices {
    /// The spec for a scenario whose last day is `last_day`, at the export's size.
    #[must_use]
    pub fn spec(&self, last_day: u32, size: (u32, u32), colour_blind: bool) -> AnimationSpec {
        AnimationSpec {
            from_day: self.from_day,
            to_day: self.to_day.unwrap_or(last_day),
            step_days: self.step_days,
            width: size.0,
            height: size.1,
            with_timeline: self.with_timeline,
            format: self.format,
            zones: gz_core::style::ZonePalette::new(colour_blind),
            gif_palette: GifPalette::default(),
        }
    }
}

/// The Animation options in the Export window, and while one is made its progress and
/// Cancel. Returns whether Cancel was clicked.
pub fn options_ui(
    ui: &mut egui::Ui,
    export: &mut AnimationExport,
    size: (u32, u32),
    last_day: u32,
) -> bool {
    let choices = &mut export.choices;
    ui.horizontal(|ui| {
        ui.label(crate::bidi::strong(ui, tr!("export-format")));
        for format in AnimationFormat::ALL {
            ui.radio_value(&mut choices.format, format, format.name());
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(crate::bidi::text(ui, tr!("export-animation-from")));
        ui.add(egui::DragValue::new(&mut choices.from_day).range(0..=last_day))
            .labelled_by(label.id);
        let label = ui.label(crate::bidi::text(ui, tr!("export-animation-to")));
        let mut to = choices.to_day.unwrap_or(last_day).min(last_day);
        let changed = ui
            .add(egui::DragValue::new(&mut to).range(0..=last_day))
            .labelled_by(label.id)
            .changed();
        if changed {
            // The last day chosen stays "the last day" when the scenario grows.
            choices.to_day = (to != last_day).then_some(to);
        }
        let label = ui.label(crate::bidi::text(ui, tr!("export-animation-step")));
        ui.add(egui::DragValue::new(&mut choices.step_days).range(1..=365))
            .labelled_by(label.id);
    });
    ui.checkbox(
        &mut choices.with_timeline,
        crate::bidi::text(ui, tr!("export-animation-timeline")),
    );
    ui.horizontal(|ui| {
        // The same width and height as the figures'.
        ui.label(crate::bidi::text(ui, tr!("export-width")));
        ui.label(format!("{} px", size.0));
        ui.label(crate::bidi::text(ui, tr!("export-height")));
        ui.label(format!("{} px", size.1));
    });
    let spec = choices.spec(last_day, size, false);
    let note = match spec.check(last_day) {
        Ok(()) => {
            let frames = spec.frame_days().len();
            let seconds = loop_seconds(frames);
            tr!(
                "export-animation-frames",
                frames = frames,
                seconds = format!("{seconds:.0}")
            )
        }
        Err(e) => e.to_string(),
    };
    ui.label(egui::RichText::new(crate::bidi::plain(&note)).small());
    let mut cancel = false;
    if let Some((done, total)) = export.progress() {
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                    .text(crate::bidi::text(
                        ui,
                        tr!("export-animation-progress", done = done, total = total),
                    ))
                    .desired_width(220.0),
            );
            cancel = ui
                .button(crate::bidi::text(ui, tr!("uncertainty-cancel")))
                .clicked();
        });
    }
    cancel
}

/// About how long a loop of `frames` frames lasts, in seconds (frames that bring events are
/// held longer: the file is a little longer than this).
fn loop_seconds(frames: usize) -> f64 {
    let ms = match frames {
        0 => 0,
        1 => animation::LAST_FRAME_MS,
        n => {
            animation::FIRST_FRAME_MS
                + animation::LAST_FRAME_MS
                + (n - 2) as u32 * animation::FRAME_MS
        }
    };
    f64::from(ms) / 1000.0
}

impl ZonesApp {
    /// Starts making the animation chosen in the Export window: asks where (desktop) and
    /// starts the job; says in the status bar why not when it cannot start.
    pub(crate) fn export_animation(&mut self, request: ExportRequest) {
        if self.windows.export.animation.is_running() {
            return;
        }
        let settings = self.prefs.export;
        let choices = self.windows.export.animation.choices;
        let scenario = self.open.doc.scenario().clone();
        let spec = choices.spec(
            scenario.horizon_days,
            (settings.width, settings.height),
            self.prefs.colour_blind_safe,
        );
        let extension = spec.format.extension();
        let base = self.export_base_name();
        let name = format!("{base}-days{}-{}.{extension}", spec.from_day, spec.to_day);
        if let Err(e) = spec.check(scenario.horizon_days) {
            self.notice = Some(Notice::Error(tr!(
                "notice-not-exported",
                path = name.as_str(),
                why = e.to_string()
            )));
            return;
        }
        let run = self.open.run().clone();
        let source = self.open.doc.provenance().short_source();
        let frames = spec.frame_days().len() as u64;
        let what = tr!("job-animation", frames = frames);
        let job = if cfg!(target_arch = "wasm32") {
            let out = SharedBuffer::default();
            match Animator::new(&spec, scenario, run, source, out.clone()) {
                Ok(animator) => Job::start_work(
                    what,
                    frames,
                    FrameByFrame {
                        animator: Some(animator),
                        out,
                        name,
                        language: gz_i18n::language(),
                    },
                ),
                Err(e) => {
                    self.notice = Some(Notice::Error(tr!(
                        "notice-not-exported",
                        path = name.as_str(),
                        why = e.to_string()
                    )));
                    return;
                }
            }
        } else {
            let Some(path) = self.animation_path(request, &name, spec.format) else {
                return;
            };
            let language = gz_i18n::language();
            Job::start(what, frames, move |control: &Control| {
                // The frames' words are in the language the window shows.
                gz_i18n::set_language(language);
                write_file(&path, &spec, scenario, run, source, control).map(|()| Made::File(path))
            })
        };
        self.windows.export.animation.job = Some(job);
    }

    /// Where the desktop writes the animation: the path typed, or one chosen in a save dialog,
    /// made to end as the format chosen does (as every export's name is: `Destination`).
    /// `None` when the dialog was cancelled, or when a typed name is a file that exists: then
    /// the Export window asks "Replace it?" first, and Replace asks again with that path.
    fn animation_path(
        &mut self,
        request: ExportRequest,
        name: &str,
        format: AnimationFormat,
    ) -> Option<PathBuf> {
        let extension = format.extension();
        let (given, ask_before_replacing) = match request {
            ExportRequest::ToPath(path) => (path, true),
            // The user answered Replace to the question about this path.
            ExportRequest::Replace(path) => {
                self.windows.export.replacing = None;
                (path, false)
            }
            // The system's save dialog asks about replacing a file itself.
            ExportRequest::WithDialog => {
                #[cfg(not(target_arch = "wasm32"))]
                {
                    let chosen = rfd::FileDialog::new()
                        .set_title(tr!("dialog-export"))
                        .set_file_name(name)
                        .add_filter(format.name(), &[extension])
                        .save_file()?;
                    (chosen, false)
                }
                #[cfg(target_arch = "wasm32")]
                {
                    let _ = name;
                    return None;
                }
            }
        };
        // An APNG may end in .png, as many tools write it.
        let destination = if AnimationFormat::of_path(&given).ok() == Some(format) {
            Destination {
                path: given,
                renamed_from: None,
            }
        } else {
            Destination::ending_in(&given, extension)
        };
        if ask_before_replacing && std::fs::metadata(&destination.path).is_ok_and(|m| m.is_file()) {
            self.windows.export.replacing = Some(ReplaceQuestion {
                path: destination.path,
                renamed_from: destination.renamed_from,
            });
            return None;
        }
        Some(destination.path)
    }

    /// Takes in the animation once it is made (a notice, or in the browser the download).
    pub(crate) fn poll_animation(&mut self, ctx: &egui::Context) {
        let export = &mut self.windows.export.animation;
        let Some(job) = &mut export.job else {
            return;
        };
        let polled = job.poll();
        if let Polled::Running { .. } = polled {
            ctx.request_repaint_after(job.poll_again_in());
            return;
        }
        export.job = None;
        self.notice = match polled {
            Polled::Running { .. } => None,
            Polled::Finished(Made::File(path)) => Some(Notice::Info(tr!(
                "notice-exported",
                path = path.display().to_string()
            ))),
            Polled::Finished(Made::Download(name, bytes)) => {
                Some(match super::platform::download(&name, &bytes) {
                    Ok(()) => Notice::Info(tr!("notice-downloaded", name = name.as_str())),
                    Err(why) => Notice::Error(tr!(
                        "notice-not-exported",
                        path = name.as_str(),
                        why = why.as_str()
                    )),
                })
            }
            Polled::Failed(why) => Some(Notice::Error(why)),
            Polled::Cancelled => Some(Notice::Info(tr!("notice-animation-cancelled"))),
        };
    }
}

/// Writes the animation into a temporary file beside `path` that replaces it at the end; a
/// cancel or a failure leaves `path` as it was.
#[cfg(not(target_arch = "wasm32"))]
fn write_file(
    path: &std::path::Path,
    spec: &AnimationSpec,
    scenario: gz_core::scenario::Scenario,
    run: gz_core::model::RunOutput,
    source: String,
    control: &Control,
) -> Result<(), Stopped> {
    use gz_core::scenario::{Access, Backup, SaveError, write_streaming};
    let written = write_streaming(path, Backup::Skip, Access::Usual, |file| {
        let mut out = std::io::BufWriter::new(file);
        let flow = |_, _| {
            control.count_done(1);
            if control.is_cancelled() {
                animation::Flow::Stop
            } else {
                animation::Flow::Continue
            }
        };
        animation::write(spec, scenario, run, source, &mut out, flow).map_err(|e| match e {
            AnimationError::Stopped => std::io::Error::from(std::io::ErrorKind::Interrupted),
            AnimationError::Io(e) => e,
            other => std::io::Error::other(other),
        })?;
        out.flush()
    });
    match written {
        Ok(()) => Ok(()),
        Err(SaveError::Io { source, .. }) if source.kind() == std::io::ErrorKind::Interrupted => {
            Err(Stopped::Cancelled)
        }
        Err(e) => Err(Stopped::Failed(e.to_string())),
    }
}

/// The browser has no files: never called there.
#[cfg(target_arch = "wasm32")]
fn write_file(
    _path: &std::path::Path,
    _spec: &AnimationSpec,
    _scenario: gz_core::scenario::Scenario,
    _run: gz_core::model::RunOutput,
    _source: String,
    _control: &Control,
) -> Result<(), Stopped> {
    Err(Stopped::Failed("the browser has no files".to_owned()))
}

/// The browser's animation: a frame per step, into memory.
struct FrameByFrame {
    /// `None` once finished.
    animator: Option<Animator<SharedBuffer>>,
    out: SharedBuffer,
    name: String,
    language: gz_i18n::Language,
}

impl Work for FrameByFrame {
    type Output = Made;

    fn step(&mut self, _max_items: u64, control: &Control) -> Result<Option<Made>, Stopped> {
        if control.is_cancelled() {
            return Err(Stopped::Cancelled);
        }
        gz_i18n::set_language(self.language);
        let failed = |e: AnimationError| Stopped::Failed(e.to_string());
        let Some(animator) = &mut self.animator else {
            return Err(Stopped::Failed("the animation had ended".to_owned()));
        };
        if animator.write_next().map_err(failed)? {
            control.count_done(1);
            return Ok(None);
        }
        if let Some(animator) = self.animator.take() {
            animator.finish().map_err(failed)?;
        }
        let bytes = std::mem::take(self.out.cursor().get_mut());
        Ok(Some(Made::Download(std::mem::take(&mut self.name), bytes)))
    }
}

/// Memory the animator writes into while the job keeps a handle to take the bytes at the end
/// (the png crate's writer does not hand its output back).
#[derive(Clone, Default)]
struct SharedBuffer(Arc<Mutex<std::io::Cursor<Vec<u8>>>>);

impl SharedBuffer {
    fn cursor(&self) -> std::sync::MutexGuard<'_, std::io::Cursor<Vec<u8>>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.cursor().write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Seek for SharedBuffer {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.cursor().seek(pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_s_frame_by_frame_work_makes_the_file_the_command_line_makes() {
        let mut scenario = crate::ensemble::tests::bundled("stalled_phase_two.ron", 60);
        scenario.events.retain(|e| e.day <= 60);
        let plan = gz_core::model::Plan::new(gz_core::geo::Grid::strip(), &scenario.inputs());
        let run = plan.run(scenario.mode, scenario.seed, gz_core::model::Record::Cells);
        let choices = AnimationChoices {
            format: AnimationFormat::Webp,
            step_days: 30,
            ..AnimationChoices::default()
        };
        let spec = choices.spec(60, (960, 540), false);
        let mut whole = std::io::Cursor::new(Vec::new());
        animation::write(
            &spec,
            scenario.clone(),
            run.clone(),
            "test".to_owned(),
            &mut whole,
            |_, _| animation::Flow::Continue,
        )
        .expect("written");
        let out = SharedBuffer::default();
        let animator =
            Animator::new(&spec, scenario, run, "test".to_owned(), out.clone()).expect("starts");
        let job = Job::start_with(
            crate::job::Runner::Cooperative {
                budget: std::time::Duration::ZERO,
            },
            "animation",
            3,
            FrameByFrame {
                animator: Some(animator),
                out,
                name: "a.webp".to_owned(),
                language: gz_i18n::Language::English,
            },
        );
        let (made, polls) = crate::ensemble::tests::polled(job);
        assert!(polls >= 3, "a frame a poll: {polls}");
        let Made::Download(name, bytes) = made else {
            panic!("the browser's work hands back bytes");
        };
        assert_eq!(name, "a.webp");
        assert_eq!(bytes, whole.into_inner());
    }
}
