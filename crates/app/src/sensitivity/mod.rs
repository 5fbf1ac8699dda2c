//! Sensitivity in the app: a tornado of every driver (and, from model 3, every judgement
//! parameter) and a one-driver sweep, computed in the background for the scenario on screen,
//! drawn in their own window and exported as CSV.
//!
//! The numbers come from `model::sensitivity`, the same code `gaza-zones sweep` and
//! `gaza-zones tornado` use.

pub(super) mod export;
pub(super) use gz_i18n::format;
mod sweep_plot;
mod tornado_chart;
pub mod window;

use std::path::Path;

use eframe::egui;

use super::derived::{self, Derived};
use super::export::{ExportSettings, ExportWhat};
use super::job::{Job, Polled, Runner, Stepped, Stopped};
use super::{Notice, ZonesApp};
use gz_core::model::sensitivity::{
    Indicator, Sampling, SensitivityError, Sweep, SweepRange, SweepSteps, Tornado, TornadoSteps,
};
use gz_core::model::{Category, Driver};
use gz_core::scenario::Scenario;

/// The colours both charts use, from the theme.
pub struct ChartColours {
    pub at_min: egui::Color32,
    pub at_max: egui::Color32,
    pub baseline: egui::Color32,
    pub caption: egui::Color32,
}

/// What the user asked for in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SensitivityAction {
    StartTornado,
    CancelTornado,
    ExportTornado,
    StartSweep,
    CancelSweep,
    ExportSweep,
}

/// The window's choices, its running jobs and its results.
pub struct Sensitivity {
    pub open: bool,
    pub indicator: Indicator,
    /// 1: one run in the scenario's mode; more: that many stochastic runs per point.
    pub runs: u64,
    pub sweep_range: SweepRange,
    tornado_job: Option<Job<Derived<Tornado>>>,
    sweep_job: Option<Job<Derived<Sweep>>>,
    tornado: Option<Derived<Tornado>>,
    sweep: Option<Derived<Sweep>>,
}

impl Default for Sensitivity {
    fn default() -> Self {
        Self {
            open: false,
            // Red land responds in every bundled scenario; people in blue stay at zero in the
            // stalled default whatever one driver does.
            indicator: Indicator::FinalAreaKm2(Category::Red),
            runs: 1,
            sweep_range: SweepRange::whole(Driver::DisarmamentShare, 11),
            tornado_job: None,
            sweep_job: None,
            tornado: None,
            sweep: None,
        }
    }
}

impl Sensitivity {
    fn sampling(&self, scenario: &Scenario) -> Sampling {
        Sampling::from_runs(scenario.mode, scenario.seed, self.runs)
    }

    /// Starts the tornado of `scenario`, at document generation `generation`, in the
    /// background (replacing one under way).
    pub fn start_tornado(&mut self, scenario: &Scenario, generation: u64) {
        let sampling = self.sampling(scenario);
        self.tornado_job = Some(tornado_job(
            Runner::for_target(),
            scenario,
            sampling,
            generation,
        ));
    }

    /// Starts the sweep of `scenario`, at document generation `generation`, over the chosen
    /// range in the background.
    pub fn start_sweep(&mut self, scenario: &Scenario, generation: u64) {
        let sampling = self.sampling(scenario);
        self.sweep_job = Some(sweep_job(
            Runner::for_target(),
            scenario,
            self.sweep_range,
            sampling,
            generation,
        ));
    }

    #[must_use]
    pub fn is_running(&self) -> bool {
        self.tornado_job.is_some() || self.sweep_job.is_some()
    }

    /// Collects finished jobs; while one runs, the app repaints for its progress bar. Returns
    /// why a job failed, for the app's notice (once: the job is gone after).
    #[must_use]
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<String> {
        let tornado_failed = take_ended(&mut self.tornado_job, &mut self.tornado);
        let sweep_failed = take_ended(&mut self.sweep_job, &mut self.sweep);
        let jobs = [
            self.tornado_job.as_ref().map(Job::poll_again_in),
            self.sweep_job.as_ref().map(Job::poll_again_in),
        ];
        if let Some(soonest) = jobs.into_iter().flatten().min() {
            ctx.request_repaint_after(soonest);
        }
        match (tornado_failed, sweep_failed) {
            (Some(tornado), Some(sweep)) => Some(format!("{tornado} {sweep}")),
            (tornado, sweep) => tornado.or(sweep),
        }
    }

    /// Blocks until both analyses have ended; the next frame takes their results in.
    pub fn wait(&mut self) {
        if let Some(job) = &mut self.tornado_job {
            job.wait();
        }
        if let Some(job) = &mut self.sweep_job {
            job.wait();
        }
    }

    /// The tornado, if it was computed for the document at `generation`.
    #[must_use]
    pub fn tornado_for(&self, generation: u64) -> Option<&Tornado> {
        derived::fresh(self.tornado.as_ref(), generation)
    }

    /// The sweep, if it was computed for the document at `generation`.
    #[must_use]
    pub fn sweep_for(&self, generation: u64) -> Option<&Sweep> {
        derived::fresh(self.sweep.as_ref(), generation)
    }
}

/// The tornado of `scenario` as a job on `runner`, its result stamped with `generation`.
#[must_use]
pub fn tornado_job(
    runner: Runner,
    scenario: &Scenario,
    sampling: Sampling,
    generation: u64,
) -> Job<Derived<Tornado>> {
    let steps = TornadoSteps::new(scenario.inputs(), sampling);
    let total = steps.total_runs();
    let finish = move |value| Derived::new(generation, value);
    Job::start_with(
        runner,
        gz_i18n::tr!("job-tornado"),
        total,
        Stepped::new(steps, finish),
    )
}

/// The sweep of `scenario` over `range` as a job on `runner`, its result stamped with
/// `generation`. A range outside the driver's ends the job as failed, with the reason.
#[must_use]
pub fn sweep_job(
    runner: Runner,
    scenario: &Scenario,
    range: SweepRange,
    sampling: Sampling,
    generation: u64,
) -> Job<Derived<Sweep>> {
    let total = sampling.runs.max(1) * range.steps.max(1);
    match SweepSteps::new(scenario.inputs(), range, sampling) {
        Ok(steps) => {
            let finish = move |value| Derived::new(generation, value);
            Job::start_with(
                runner,
                gz_i18n::tr!("job-sweep"),
                total,
                Stepped::new(steps, finish),
            )
        }
        Err(e) => Job::start_with(
            runner,
            gz_i18n::tr!("job-sweep"),
            total,
            super::job::InOneGo::new(move |_: &super::job::Control| Err(Stopped::from(e))),
        ),
    }
}

/// Moves a finished job's result into `result` and empties `slot`; a cancelled job keeps the
/// previous result. Returns why it failed, if it did.
fn take_ended<T: Send + 'static>(
    slot: &mut Option<Job<Derived<T>>>,
    result: &mut Option<Derived<T>>,
) -> Option<String> {
    let job = slot.as_mut()?;
    let failed = match job.poll() {
        Polled::Running { .. } => return None,
        Polled::Finished(value) => {
            *result = Some(value);
            None
        }
        Polled::Cancelled => None,
        Polled::Failed(why) => Some(why),
    };
    *slot = None;
    failed
}

impl From<SensitivityError> for Stopped {
    fn from(e: SensitivityError) -> Self {
        match e {
            SensitivityError::Cancelled => Self::Cancelled,
            e @ SensitivityError::OutOfRange { .. } => Self::Failed(e.to_string()),
        }
    }
}

impl ZonesApp {
    #[must_use]
    pub fn sensitivity(&self) -> &Sensitivity {
        &self.windows.sensitivity
    }

    pub fn sensitivity_mut(&mut self) -> &mut Sensitivity {
        &mut self.windows.sensitivity
    }

    /// The tornado, if it was computed for the scenario as it is now.
    #[must_use]
    pub fn tornado(&self) -> Option<&Tornado> {
        self.windows.sensitivity.tornado_for(self.open.generation())
    }

    /// The sweep, if it was computed for the scenario as it is now.
    #[must_use]
    pub fn sweep(&self) -> Option<&Sweep> {
        self.windows.sensitivity.sweep_for(self.open.generation())
    }

    /// Carries out what the user asked for in the Sensitivity window.
    pub fn apply_sensitivity(&mut self, action: SensitivityAction) {
        let scenario = self.open.scenario().clone();
        let generation = self.open.generation();
        match action {
            SensitivityAction::StartTornado => {
                self.windows
                    .sensitivity
                    .start_tornado(&scenario, generation);
            }
            SensitivityAction::StartSweep => {
                self.windows.sensitivity.start_sweep(&scenario, generation);
            }
            SensitivityAction::CancelTornado => {
                if let Some(job) = &self.windows.sensitivity.tornado_job {
                    job.cancel();
                }
            }
            SensitivityAction::CancelSweep => {
                if let Some(job) = &self.windows.sensitivity.sweep_job {
                    job.cancel();
                }
            }
            SensitivityAction::ExportTornado => {
                let name = export::file_name("tornado", self.windows.sensitivity.indicator);
                #[cfg(not(target_arch = "wasm32"))]
                if let Some(path) = export::dialog(&name) {
                    self.export_tornado_csv(&path);
                }
                #[cfg(target_arch = "wasm32")]
                self.export_as_download(
                    &ExportSettings {
                        what: ExportWhat::TornadoCsv,
                        ..ExportSettings::default()
                    },
                    &name,
                );
            }
            SensitivityAction::ExportSweep => {
                let name = export::file_name("sweep", self.windows.sensitivity.indicator);
                #[cfg(not(target_arch = "wasm32"))]
                if let Some(path) = export::dialog(&name) {
                    self.export_sweep_csv(&path);
                }
                #[cfg(target_arch = "wasm32")]
                self.export_as_download(
                    &ExportSettings {
                        what: ExportWhat::SweepCsv,
                        ..ExportSettings::default()
                    },
                    &name,
                );
            }
        }
    }

    /// Writes the tornado on screen to `path`, as Export CSV does after its dialog.
    pub fn export_tornado_csv(&mut self, path: &Path) {
        self.export_table(ExportWhat::TornadoCsv, path);
    }

    /// Writes the sweep on screen to `path`, as Export CSV does after its dialog.
    pub fn export_sweep_csv(&mut self, path: &Path) {
        self.export_table(ExportWhat::SweepCsv, path);
    }

    /// The window's CSV buttons go through the app's one export path, so their tables, checks
    /// and messages are the Export window's.
    fn export_table(&mut self, what: ExportWhat, path: &Path) {
        let settings = ExportSettings {
            what,
            ..ExportSettings::default()
        };
        self.notice = Some(match self.export_to(&settings, path) {
            Ok(()) => Notice::Info(gz_i18n::tr!(
                "notice-exported",
                path = path.display().to_string()
            )),
            Err(e) => Notice::Error(gz_i18n::tr!(
                "notice-table-not-exported",
                why = e.to_string()
            )),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ensemble::tests::{bundled, polled};
    use std::time::Duration;

    const IN_FRAMES: Runner = Runner::Cooperative {
        budget: Duration::ZERO,
    };

    #[test]
    fn a_tornado_computed_in_frames_is_the_one_computed_on_a_thread() {
        let scenario = bundled("full_phase_two.ron", 200);
        let sampling = Sampling::stochastic(scenario.seed, 2);
        let (threaded, _) = polled(tornado_job(Runner::Thread, &scenario, sampling, 4));
        let (in_frames, frames) = polled(tornado_job(IN_FRAMES, &scenario, sampling, 4));
        // One run a poll, and one more to finish.
        let runs = gz_core::model::sensitivity::tornado_runs(scenario.model, 2);
        assert_eq!(frames, runs);
        assert_eq!(in_frames.generation(), 4);
        assert_eq!(in_frames.value(), threaded.value());
        let red = Indicator::FinalAreaKm2(Category::Red);
        assert!(threaded.value().bars(red).iter().any(|b| b.swing > 0.0));
    }

    #[test]
    fn a_sweep_computed_in_frames_is_the_one_computed_on_a_thread() {
        let scenario = bundled("full_phase_two.ron", 200);
        let sampling = Sampling::stochastic(scenario.seed, 3);
        let range = SweepRange::whole(Driver::DisarmamentShare, 5);
        let (threaded, _) = polled(sweep_job(Runner::Thread, &scenario, range, sampling, 9));
        let (in_frames, frames) = polled(sweep_job(IN_FRAMES, &scenario, range, sampling, 9));
        assert_eq!(frames, 15);
        assert_eq!(in_frames.value(), threaded.value());
        assert_eq!(in_frames.value().bands.len(), 5);
    }

    #[test]
    fn a_sweep_outside_the_drivers_range_fails_in_frames_as_on_a_thread() {
        let scenario = bundled("full_phase_two.ron", 30);
        let range = SweepRange {
            to: 2.0,
            ..SweepRange::whole(Driver::DisarmamentShare, 3)
        };
        let sampling = Sampling::single(scenario.mode, 1);
        for runner in [Runner::Thread, IN_FRAMES] {
            let mut job = sweep_job(runner, &scenario, range, sampling, 0);
            job.wait();
            match job.poll() {
                Polled::Failed(why) => assert!(
                    why.starts_with("The sweep stopped: 2 is outside the range"),
                    "{why}"
                ),
                _ => panic!("{runner:?}: a range outside the driver's must fail"),
            }
        }
    }
}
