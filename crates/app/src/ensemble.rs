//! Ensembles in the app: N stochastic runs on a background thread, with progress and Cancel,
//! summarised exactly as `gaza-zones run --runs N --summary` summarises them.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use gz_core::geo::Grid;
use gz_core::model::ensemble::{self, Summary};
use gz_core::model::{Plan, Zone};
use gz_core::scenario::Scenario;

/// The outcome of a finished ensemble.
#[derive(Clone, Debug)]
pub struct EnsembleResult {
    /// The scenario it was computed for; a result for another scenario is not shown.
    pub scenario: Scenario,
    pub runs: u64,
    pub summary: Summary,
    /// Per cell: the share of runs in which it ended blue.
    pub ended_blue_share: Vec<f64>,
}

/// How an ensemble's job ended.
#[derive(Debug)]
pub enum Ended {
    Finished(Box<EnsembleResult>),
    Cancelled,
    /// It could not finish (its temporary file failed, say); the words are for the user.
    Failed(String),
}

/// An ensemble being computed.
pub struct EnsembleJob {
    pub runs: u64,
    done: Arc<AtomicU64>,
    cancel: Arc<AtomicBool>,
    result: Arc<Mutex<Option<Ended>>>,
    handle: Option<JoinHandle<()>>,
}

impl EnsembleJob {
    /// Starts `runs` stochastic runs of `scenario` with its seed, off the UI thread.
    #[must_use]
    pub fn start(scenario: Scenario, runs: u64) -> Self {
        let done = Arc::new(AtomicU64::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let result = Arc::new(Mutex::new(None));
        let (done_t, cancel_t, result_t) =
            (Arc::clone(&done), Arc::clone(&cancel), Arc::clone(&result));
        let handle = std::thread::spawn(move || {
            let plan = Plan::new(Grid::strip(), &scenario.inputs());
            let outcome = ensemble::outcome(&plan, scenario.seed, runs, &cancel_t, || {
                done_t.fetch_add(1, Ordering::Relaxed);
            });
            let ended = match outcome {
                Ok(Some(outcome)) => Ended::Finished(Box::new(EnsembleResult {
                    ended_blue_share: outcome.ended_blue_share,
                    summary: outcome.summary,
                    runs,
                    scenario,
                })),
                Ok(None) => Ended::Cancelled,
                Err(e) => Ended::Failed(format!("The ensemble of {runs} runs stopped: {e}")),
            };
            if let Ok(mut slot) = result_t.lock() {
                *slot = Some(ended);
            }
        });
        Self {
            runs,
            done,
            cancel,
            result,
            handle: Some(handle),
        }
    }

    /// Runs finished so far.
    #[must_use]
    pub fn done(&self) -> u64 {
        self.done.load(Ordering::Relaxed)
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// How the job ended, once its thread is done; `None` while it runs.
    pub fn poll(&mut self) -> Option<Ended> {
        if !self.handle.as_ref().is_some_and(JoinHandle::is_finished) {
            return None;
        }
        if let Some(handle) = self.handle.take()
            && handle.join().is_err()
        {
            return Some(Ended::Failed(format!(
                "The ensemble of {} runs stopped on an internal error; please report it",
                self.runs
            )));
        }
        Some(
            self.result
                .lock()
                .ok()
                .and_then(|mut r| r.take())
                .unwrap_or(Ended::Cancelled),
        )
    }
}

impl Drop for EnsembleJob {
    fn drop(&mut self) {
        // Nobody will read the result: let the thread stop at its next chunk.
        self.cancel();
    }
}

/// People in a zone on a day: (p10, p50, p90).
#[must_use]
pub fn people_band(result: &EnsembleResult, day: usize, zone: Zone) -> Option<(f64, f64, f64)> {
    result.summary.people.get(day).map(|b| {
        (
            b[zone.index()].p10,
            b[zone.index()].p50,
            b[zone.index()].p90,
        )
    })
}
