//! Ensembles: many stochastic runs with distinct derived seeds, in parallel, and their
//! p10/p50/p90 per reporting category (the zones, with held gray land apart) per day.

use std::borrow::Borrow;
use std::io::Write;
use std::ops::Range;

use super::category::{Category, Reported};
use super::output::{DayRecord, RunOutput};
use super::parallel::{Cancelled, Chunks, Control, Stepwise, for_each_in_order};
use super::sim::{Mode, Plan, Record};

/// Runs `runs` (numbers within an ensemble seeded with `seed`) in parallel and hands each
/// output to `sink` in run order, counting them in `control`.
///
/// # Errors
/// [`Cancelled`] once `control` was cancelled, having stopped at a chunk's end.
pub fn for_each_run(
    plan: &Plan<'_>,
    seed: u64,
    runs: Range<u64>,
    control: &Control,
    sink: impl FnMut(u64, RunOutput),
) -> Result<(), Cancelled> {
    for_each_in_order(
        runs,
        control,
        |_| (),
        |(), run| plan.run_numbered(Mode::Stochastic, seed, run, Record::Totals),
        sink,
    )
}

/// Low, middle and high quantiles of one quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Band {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// Per day, per reporting category ([`Category::index`]): bands of area and of people.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub runs: usize,
    pub area_km2: Vec<[Band; Category::COUNT]>,
    pub people: Vec<[Band; Category::COUNT]>,
}

/// Values of each day that a summary keeps per run: area then people of the five reporting
/// categories.
const QUANTITIES: usize = 2 * Category::COUNT;

/// How many values a [`SummaryBuilder`] holds in memory (64 MiB of them) before it moves
/// them to a temporary file, and how many it gathers at once when summarising. A whole
/// ensemble at the caps (10,000 runs of 3,651 days) is 365 million values, 2.9 GB.
pub const MEMORY_BUDGET_VALUES: usize = 8 << 20;

/// A temporary file for a summary's values could not be written or read back.
#[derive(Debug, thiserror::Error)]
#[error("{}", spill_advice(source))]
pub struct SpillError {
    #[from]
    source: std::io::Error,
}

fn spill_advice(source: &std::io::Error) -> String {
    if cfg!(target_arch = "wasm32") {
        // A browser page has no temporary files (and `temp_dir` would panic there).
        return format!(
            "this ensemble is too large to keep in the browser ({source}); use fewer runs, or \
             the desktop app or `gaza-zones run --runs N --summary`, which keep the values in a \
             temporary file"
        );
    }
    format!(
        "could not keep the ensemble's values in a temporary file in {}: {source}; free some \
         space there, or set TMPDIR to a folder with room (about 80 bytes a day a run)",
        std::env::temp_dir().display()
    )
}

/// Collects the zone totals of many runs, then summarises them with exact quantiles.
///
/// Up to [`MEMORY_BUDGET_VALUES`] values stay in memory; past that they go to an anonymous
/// temporary file (the system removes it when the process ends, however it ends), and
/// `finish` reads them back a block of days at a time. Either way each day's values are the
/// same, so the quantiles are the same to the last bit.
#[derive(Debug)]
pub struct SummaryBuilder {
    budget_values: usize,
    /// Each run's number of days, in the order added.
    days_of_run: Vec<u32>,
    /// Where each run's values start, counted in values from the first run's.
    start_of_run: Vec<u64>,
    values_added: u64,
    /// Values not yet in the file: each run's days in turn, each day `QUANTITIES` values.
    pending: Vec<f64>,
    spill: Option<std::io::BufWriter<std::fs::File>>,
    failed: Option<std::io::Error>,
}

impl Default for SummaryBuilder {
    fn default() -> Self {
        Self::with_memory_budget(MEMORY_BUDGET_VALUES)
    }
}

impl SummaryBuilder {
    /// A builder that keeps at most about `values` values in memory (tests make it small).
    #[must_use]
    pub fn with_memory_budget(values: usize) -> Self {
        Self {
            budget_values: values.max(QUANTITIES),
            days_of_run: Vec::new(),
            start_of_run: Vec::new(),
            values_added: 0,
            pending: Vec::new(),
            spill: None,
            failed: None,
        }
    }

    pub fn add(&mut self, days: &[DayRecord]) {
        self.add_reported(days.iter().map(DayRecord::reported));
    }

    /// Adds a run given by its reported totals (`merge` reads them from a shard's columns,
    /// which hold the reported numbers, not the model's four zones).
    pub fn add_reported(&mut self, days: impl ExactSizeIterator<Item = Reported>) {
        self.start_of_run.push(self.values_added);
        let count = days.len();
        self.days_of_run
            .push(u32::try_from(count).unwrap_or(u32::MAX));
        for day in days {
            self.pending.extend_from_slice(&day.area_km2);
            self.pending.extend_from_slice(&day.people);
        }
        self.values_added += (count * QUANTITIES) as u64;
        if self.pending.len() > self.budget_values
            && self.failed.is_none()
            && let Err(e) = self.spill_pending()
        {
            self.failed = Some(e);
        }
        if self.failed.is_some() {
            // Nothing more is kept once the file failed; `finish` reports it.
            self.pending.clear();
        }
    }

    fn spill_pending(&mut self) -> std::io::Result<()> {
        if self.spill.is_none() {
            self.spill = Some(std::io::BufWriter::new(tempfile::tempfile()?));
        }
        if let Some(file) = self.spill.as_mut() {
            for v in &self.pending {
                file.write_all(&v.to_le_bytes())?;
            }
        }
        self.pending.clear();
        Ok(())
    }

    /// p10, p50 and p90 of every quantity on every day.
    ///
    /// # Errors
    /// [`SpillError`] when the values could not be kept in, or read back from, the
    /// temporary file.
    pub fn finish(mut self) -> Result<Summary, SpillError> {
        if let Some(e) = self.failed.take() {
            return Err(e.into());
        }
        let mut file = match self.spill.take() {
            Some(writer) => {
                let mut writer = writer;
                for v in &self.pending {
                    writer.write_all(&v.to_le_bytes())?;
                }
                self.pending = Vec::new();
                Some(
                    writer
                        .into_inner()
                        .map_err(std::io::IntoInnerError::into_error)?,
                )
            }
            None => None,
        };
        let days = self.days_of_run.iter().copied().max().unwrap_or(0) as usize;
        let runs = self.days_of_run.len();
        // Days gathered at once: all of them in memory, or as many as the budget holds.
        let block_days = match file {
            None => days.max(1),
            Some(_) => (self.budget_values / (runs * QUANTITIES).max(1)).max(1),
        };
        let mut summary = Summary {
            runs,
            ..Summary::default()
        };
        let mut block: Vec<[Vec<f64>; QUANTITIES]> = Vec::new();
        let (mut bytes, mut scratch) = (Vec::new(), Vec::new());
        let mut first_day = 0;
        while first_day < days {
            let end_day = (first_day + block_days).min(days);
            block.clear();
            block.resize_with(end_day - first_day, || {
                std::array::from_fn(|_| Vec::with_capacity(runs))
            });
            for (&run_days, &start) in self.days_of_run.iter().zip(&self.start_of_run) {
                let run_end = (run_days as usize).min(end_day);
                if run_end <= first_day {
                    continue;
                }
                let from = start + (first_day * QUANTITIES) as u64;
                let count = (run_end - first_day) * QUANTITIES;
                let values: &[f64] = match file.as_mut() {
                    None => {
                        let from = usize::try_from(from).unwrap_or(usize::MAX);
                        self.pending.get(from..from + count).unwrap_or_default()
                    }
                    Some(f) => {
                        read_values(f, from, count, &mut bytes, &mut scratch)?;
                        &scratch
                    }
                };
                for (slot, day) in block.iter_mut().zip(values.chunks_exact(QUANTITIES)) {
                    for (column, &v) in slot.iter_mut().zip(day) {
                        column.push(v);
                    }
                }
            }
            for slot in &mut block {
                let bands = bands_of(slot);
                let (area, people) = bands.split_at(Category::COUNT);
                summary.area_km2.push(std::array::from_fn(|k| area[k]));
                summary.people.push(std::array::from_fn(|k| people[k]));
            }
            first_day = end_day;
        }
        Ok(summary)
    }
}

/// Reads `count` values from value index `from` of the file into `values`.
fn read_values(
    file: &mut std::fs::File,
    from: u64,
    count: usize,
    bytes: &mut Vec<u8>,
    values: &mut Vec<f64>,
) -> std::io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    file.seek(SeekFrom::Start(from * 8))?;
    bytes.resize(count * 8, 0);
    file.read_exact(bytes)?;
    values.clear();
    values.extend(
        bytes
            .chunks_exact(8)
            .map(|b| f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])),
    );
    Ok(())
}

/// The bands of one day's quantities, each sorted in place.
fn bands_of(slot: &mut [Vec<f64>; QUANTITIES]) -> [Band; QUANTITIES] {
    let mut bands = [Band::default(); QUANTITIES];
    for (band, values) in bands.iter_mut().zip(slot.iter_mut()) {
        values.sort_by(f64::total_cmp);
        *band = Band {
            p10: quantile(values, 0.1),
            p50: quantile(values, 0.5),
            p90: quantile(values, 0.9),
        };
    }
    bands
}

/// Quantile of sorted values by linear interpolation between order statistics (Hyndman and
/// Fan's type 7, the default of R and `NumPy`), so the figures match what a researcher would
/// compute from the per-run CSV.
#[must_use]
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * q;
            let lo = libm::floor(h) as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// What an ensemble shows: the bands over time and, per cell, how often it ended blue.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub runs: u64,
    pub summary: Summary,
    /// Per cell: the share of runs in which it ended blue.
    pub ended_blue_share: Vec<f64>,
    /// When each conditional event fired, run by run.
    pub fired: super::milestones::FiredTally,
}

/// Why an ensemble brought back no outcome.
#[derive(Debug, thiserror::Error)]
pub enum EnsembleError {
    #[error("cancelled")]
    Cancelled(#[from] Cancelled),
    #[error(transparent)]
    Spill(#[from] SpillError),
}

/// Runs the first `runs` runs of an ensemble seeded with `seed` and summarises them, counting
/// runs in `control`. The app and the `figure` command both use it, so their bands are the
/// ones `run --runs N --summary` writes.
///
/// # Errors
/// [`EnsembleError::Cancelled`] once `control` was cancelled; [`EnsembleError::Spill`] when a
/// large ensemble's values could not be kept in a temporary file.
pub fn outcome(
    plan: &Plan<'_>,
    seed: u64,
    runs: u64,
    control: &Control,
) -> Result<Outcome, EnsembleError> {
    OutcomeSteps::new(plan, seed, runs).run_to_end(control)
}

/// An ensemble's [`outcome`] computed a chunk of runs at a time. `P` is the plan or a
/// reference to it: the app's jobs own a `Plan<'static>` (of [`crate::geo::Grid::strip`]) so
/// that the computation can move to a thread or wait between frames.
#[derive(Debug)]
pub struct OutcomeSteps<P> {
    plan: P,
    seed: u64,
    runs: u64,
    chunks: Chunks,
    builder: SummaryBuilder,
    /// Per cell: in how many runs it ended blue (a share of 1 per run).
    blue: Vec<f64>,
    fired: super::milestones::FiredTally,
}

impl<'g, P: Borrow<Plan<'g>>> OutcomeSteps<P> {
    /// The first `runs` runs of the ensemble seeded with `seed`, none computed yet.
    #[must_use]
    pub fn new(plan: P, seed: u64, runs: u64) -> Self {
        let cells = plan.borrow().grid().len();
        Self {
            plan,
            seed,
            runs,
            chunks: Chunks::new(0..runs),
            builder: SummaryBuilder::default(),
            blue: vec![0.0; cells],
            fired: super::milestones::FiredTally::default(),
        }
    }
}

impl<'g, P: Borrow<Plan<'g>> + Sync> Stepwise for OutcomeSteps<P> {
    type Output = Outcome;
    type Error = EnsembleError;

    fn advance(&mut self, max_items: u64, control: &Control) -> Result<(), Cancelled> {
        let (plan, seed) = (self.plan.borrow(), self.seed);
        let (builder, blue, fired) = (&mut self.builder, &mut self.blue, &mut self.fired);
        self.chunks.step(
            max_items,
            control,
            |run| plan.run_numbered(Mode::Stochastic, seed, run, Record::Totals),
            |_, output| {
                builder.add(&output.days);
                fired.add(&output.fired);
                for (b, f) in blue.iter_mut().zip(&output.final_blue) {
                    *b += f;
                }
            },
        )
    }

    fn is_done(&self) -> bool {
        self.chunks.is_done()
    }

    fn finish(self) -> Result<Outcome, EnsembleError> {
        if !self.chunks.is_done() {
            return Err(Cancelled.into());
        }
        let runs = self.runs;
        Ok(Outcome {
            runs,
            summary: self.builder.finish()?,
            ended_blue_share: self.blue.iter().map(|b| b / runs.max(1) as f64).collect(),
            fired: self.fired,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_like_r_and_numpy() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.5), 3.0);
        assert!((quantile(&v, 0.1) - 1.4).abs() < 1e-12);
        assert!((quantile(&v, 0.9) - 4.6).abs() < 1e-12);
        assert_eq!(quantile(&[7.0], 0.9), 7.0);
    }

    /// A stochastic scenario with a conditional event (the line pulled back once day 30 has
    /// come), so that the tally of when it fired is compared too.
    fn inputs(horizon_days: u32) -> crate::model::Inputs {
        use crate::model::milestones::{Condition, Threshold, Trigger};
        use crate::model::{Action, DriverValues, Event, ModelVersion, Parameters};
        let pull_back = Event {
            when: Some(Trigger::once(Condition::Day(Threshold::AtLeast(30.0)))),
            ..Event::at(
                0,
                Action::MoveLine {
                    held_share: 0.3,
                    over_days: 20,
                },
            )
        };
        crate::model::Inputs {
            model: ModelVersion::LATEST,
            starts_on_published_line: true,
            horizon_days,
            start: DriverValues::default(),
            events: vec![pull_back],
            params: Parameters::default(),
        }
    }

    #[test]
    fn stepping_in_chunks_of_any_size_gives_the_outcome() {
        let inputs = inputs(400);
        let plan = Plan::new(crate::geo::Grid::strip(), &inputs);
        let runs = 23;
        let whole = outcome(&plan, 11, runs, &Control::default()).expect("not cancelled");
        assert_eq!(whole.summary.runs, 23);
        let fired = whole.fired.finish(&inputs.events);
        assert_eq!(fired[0].runs_fired, 23, "{fired:?}");
        let spread = |b: &Band| b.p90 - b.p10;
        assert!(
            whole
                .summary
                .people
                .iter()
                .flatten()
                .any(|b| spread(b) > 0.0),
            "the runs differ, so their order could matter"
        );
        for max_items in [1, 7, 64] {
            let control = Control::default();
            let mut steps = OutcomeSteps::new(&plan, 11, runs);
            let mut advances = 0;
            while !steps.is_done() {
                steps.advance(max_items, &control).expect("not cancelled");
                advances += 1;
            }
            assert_eq!(advances, runs.div_ceil(max_items));
            assert_eq!(control.done_runs(), runs);
            assert_eq!(
                steps.finish().expect("finished"),
                whole,
                "chunks of {max_items}"
            );
        }
    }

    #[test]
    fn an_ensemble_cancelled_between_steps_brings_nothing_back() {
        let plan = Plan::new(crate::geo::Grid::strip(), &inputs(100));
        let control = Control::default();
        let mut steps = OutcomeSteps::new(plan, 3, 10);
        steps.advance(4, &control).expect("not cancelled");
        control.cancel();
        assert!(matches!(steps.advance(4, &control), Err(Cancelled)));
        assert!(!steps.is_done());
        assert!(matches!(steps.finish(), Err(EnsembleError::Cancelled(_))));
        assert_eq!(control.done_runs(), 4);
    }

    fn day(seed: u64) -> DayRecord {
        // Spread-out values with ties and signed zeros, so sorting order matters.
        let v = |k: u64| ((seed * 7919 + k * 104_729) % 97) as f64 / 8.0 - 0.0;
        DayRecord {
            area_km2: [v(1), v(2), -0.0, v(3)],
            people: [v(4) * 1000.0, 0.0, v(5), v(6)],
            ..DayRecord::default()
        }
    }

    #[test]
    fn a_summary_spilled_to_a_file_is_the_summary_kept_in_memory() {
        let run =
            |r: u64, days: u64| -> Vec<DayRecord> { (0..days).map(|d| day(r * 31 + d)).collect() };
        let fill = |mut b: SummaryBuilder| {
            // Runs of unequal length too: later days have fewer values.
            for r in 0..37 {
                b.add(&run(r, if r % 5 == 0 { 9 } else { 13 }));
            }
            b
        };
        let in_memory = fill(SummaryBuilder::default());
        assert!(in_memory.spill.is_none());
        let expected = in_memory.finish().expect("in memory");
        // A budget of a few days of a few runs: it spills after the first runs and reads
        // back one or two days at a time.
        for budget in [8, 100, 333, 1000] {
            let spilled = fill(SummaryBuilder::with_memory_budget(budget));
            assert!(spilled.spill.is_some(), "budget {budget} spills");
            let got = spilled.finish().expect("spilled");
            assert_eq!(got.runs, expected.runs);
            assert_eq!(got.area_km2.len(), 13);
            for (a, b) in got
                .area_km2
                .iter()
                .zip(&expected.area_km2)
                .chain(got.people.iter().zip(&expected.people))
            {
                for (x, y) in a.iter().zip(b) {
                    for (p, q) in [(x.p10, y.p10), (x.p50, y.p50), (x.p90, y.p90)] {
                        assert_eq!(p.to_bits(), q.to_bits(), "budget {budget}");
                    }
                }
            }
        }
    }
}
