//! Ensembles in the app: N stochastic runs on a background thread, with progress and Cancel,
//! summarised exactly as `gaza-zones run --runs N --summary` summarises them.

use gz_core::geo::Grid;
use gz_core::model::ensemble::{self, EnsembleError, Summary};
use gz_core::model::milestones::FiredSummary;
use gz_core::model::{Category, Plan};
use gz_core::scenario::Scenario;

use super::job::{Job, Stopped};

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

/// Starts `runs` stochastic runs of `scenario` with its seed, off the UI thread.
#[must_use]
pub fn start(scenario: Scenario, runs: u64) -> Job<EnsembleResult> {
    Job::start(
        format!("The ensemble of {runs} runs"),
        runs,
        move |control| {
            let plan = Plan::new(Grid::strip(), &scenario.inputs());
            let outcome = ensemble::outcome(&plan, scenario.seed, runs, control)?;
            Ok(EnsembleResult {
                fired: outcome.fired.finish(&scenario.events),
                ended_blue_share: outcome.ended_blue_share,
                summary: outcome.summary,
                runs,
            })
        },
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
