//! Ensembles in the app: N stochastic runs in the background (a thread on the desktop, a slice
//! of each frame in the browser), with progress and Cancel, summarised exactly as
//! `gaza-zones run --runs N --summary` summarises them.

use gz_core::geo::Grid;
use gz_core::model::ensemble::{EnsembleError, Outcome, OutcomeSteps, Summary};
use gz_core::model::milestones::FiredSummary;
use gz_core::model::{Category, Plan};
use gz_core::scenario::Scenario;

use super::job::{Job, Runner, Stepped, Stopped};

/// The outcome of a finished ensemble.
#[derive(Clone, Debug)]
pub struct EnsembleResult {
    pub runs: u64,
    pub summary: Summary,
    /// Per cell: the share of runs in which it ended blue.
    pub ended_blue_share: Vec<f64>,
    /// Per conditional event: how often and when it fired.
    pub fired: Vec<FiredSummary>,
}

impl From<EnsembleError> for Stopped {
    fn from(e: EnsembleError) -> Self {
        match e {
            EnsembleError::Cancelled(_) => Self::Cancelled,
            EnsembleError::Spill(e) => Self::Failed(e.to_string()),
        }
    }
}

/// Starts `runs` stochastic runs of `scenario` with its seed, in the background.
#[must_use]
pub fn start(scenario: Scenario, runs: u64) -> Job<EnsembleResult> {
    start_with(Runner::for_target(), scenario, runs)
}

/// [`start`] on a given runner (the tests run both).
#[must_use]
pub fn start_with(runner: Runner, scenario: Scenario, runs: u64) -> Job<EnsembleResult> {
    // The plan is made here, on the caller's thread: it takes well under a millisecond.
    let plan = Plan::new(Grid::strip(), &scenario.inputs());
    let steps = OutcomeSteps::new(plan, scenario.seed, runs);
    let events = scenario.events;
    Job::start_with(
        runner,
        gz_i18n::tr!("job-ensemble", runs = runs),
        runs,
        Stepped::new(steps, move |outcome: Outcome| EnsembleResult {
            fired: outcome.fired.finish(&events),
            ended_blue_share: outcome.ended_blue_share,
            summary: outcome.summary,
            runs,
        }),
    )
}

/// People in a reporting category on a day: (p10, p50, p90).
#[must_use]
pub fn people_band(
    result: &EnsembleResult,
    day: usize,
    category: Category,
) -> Option<(f64, f64, f64)> {
    result.summary.people.get(day).map(|b| {
        let band = b[category.index()];
        (band.p10, band.p50, band.p90)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::job::{Polled, Runner};
    use gz_core::scenario::Bundled;
    use std::time::Duration;

    /// A bundled scenario over `horizon_days` (the tests run unoptimised code).
    pub(crate) fn bundled(file_name: &str, horizon_days: u32) -> Scenario {
        let mut scenario = Bundled::named(file_name)
            .expect("bundled scenario")
            .load()
            .expect("bundled scenario loads");
        scenario.horizon_days = horizon_days;
        scenario.events.retain(|e| e.day <= horizon_days);
        scenario
    }

    /// Polls a job as the browser's frames do until it ends; its value and the polls that
    /// found it running.
    pub(crate) fn polled<T: Send + std::fmt::Debug + 'static>(mut job: Job<T>) -> (T, u64) {
        let mut running = 0;
        loop {
            match job.poll() {
                Polled::Running { done, total } => {
                    assert!(done <= total);
                    running += 1;
                    if job.poll_again_in() > Duration::ZERO {
                        std::thread::sleep(Duration::from_millis(2));
                    }
                }
                Polled::Finished(value) => return (value, running),
                other => panic!("the job did not finish: {other:?}"),
            }
        }
    }

    #[test]
    fn an_ensemble_computed_in_frames_is_the_one_computed_on_a_thread() {
        // Conditional events, so that when they fired is compared too.
        let scenario = bundled("milestones.ron", 500);
        let runs = 70;
        let (threaded, _) = polled(start_with(Runner::Thread, scenario.clone(), runs));
        let budget = Duration::from_micros(300);
        let (in_frames, frames) =
            polled(start_with(Runner::Cooperative { budget }, scenario, runs));
        assert!(frames > 1, "the work was spread over {frames} polls");
        assert!(threaded.fired.iter().any(|f| f.runs_fired > 0));
        assert_eq!(in_frames.runs, threaded.runs);
        assert_eq!(in_frames.summary, threaded.summary);
        assert_eq!(in_frames.fired, threaded.fired);
        assert_eq!(in_frames.ended_blue_share, threaded.ended_blue_share);
    }
}
