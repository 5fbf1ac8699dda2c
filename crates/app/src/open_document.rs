//! The open document and what is derived from it: the run on screen, the trace of the run
//! before the edits, the ensemble and the explained cell, each stamped with the generation of
//! the document it was computed from.

// `std::time::Instant::now` traps in the browser; this is std's on the desktop.
use web_time::Instant;

use gz_core::geo::{CellId, Grid};
use gz_core::model::blockers::{BlockersError, StripBlockers, strip_blockers};
use gz_core::model::{DayRecord, Plan, Record, RunOutput};
use gz_core::scenario::Scenario;

use super::derived::{self, Derived};
use super::document::Document;
use super::ensemble::EnsembleResult;
use super::panels::history::ExplainedCell;

/// How an edit relates to the user's gesture, which decides the undo steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gesture {
    /// A whole change, one undo step (an event added, a file's events replaced).
    Whole,
    /// The first change of a drag or of typing in a field: it opens an undo step.
    Starts,
    /// A further change within the same drag or field.
    Continues,
}

/// A new version of the scenario, asked for by a panel.
#[derive(Clone, Debug)]
pub struct Edit {
    pub scenario: Scenario,
    pub gesture: Gesture,
    /// The generation of the document the panel drew and edited. An edit is a whole
    /// scenario: applied to a later generation (after an undo, New or Open in the same
    /// frame) it would put back what was replaced, so it is refused then.
    pub based_on: u64,
}

impl Edit {
    /// An edit from a panel that reports whether its gesture started with this change.
    #[must_use]
    pub fn from_gesture(scenario: Scenario, gesture_started: bool, based_on: u64) -> Self {
        let gesture = if gesture_started {
            Gesture::Starts
        } else {
            Gesture::Continues
        };
        Self {
            scenario,
            gesture,
            based_on,
        }
    }
}

/// The document being edited and its derived results.
pub struct OpenDocument {
    pub(crate) doc: Document,
    /// Counts every change of the scenario on screen, across New and Open too, so that a
    /// result of one document is never taken for another's.
    generation: u64,
    pub(crate) run: Derived<RunOutput>,
    pub(crate) run_ms: f64,
    /// The run before the last edits, drawn faintly so the change shows; cleared on request.
    pub(crate) trace: Option<Vec<DayRecord>>,
    pub(crate) ensemble: Option<Derived<EnsembleResult>>,
    /// The history of the cell selected on the map.
    pub(crate) explained: Option<Derived<ExplainedCell>>,
    /// Why the Strip moves or not on a day, for the day it was asked for.
    why_strip: Option<Derived<(u32, Result<StripBlockers, BlockersError>)>>,
}

impl OpenDocument {
    #[must_use]
    pub fn new(doc: Document) -> Self {
        let mut open = Self {
            doc,
            generation: 0,
            run: Derived::new(0, RunOutput::default()),
            run_ms: 0.0,
            trace: None,
            ensemble: None,
            explained: None,
            why_strip: None,
        };
        open.rerun();
        open
    }

    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        self.doc.scenario()
    }

    #[must_use]
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The run of the scenario as it is now.
    #[must_use]
    pub fn run(&self) -> &RunOutput {
        self.run.value()
    }

    /// The finished ensemble, if it was computed for the scenario as it is now.
    #[must_use]
    pub fn ensemble(&self) -> Option<&EnsembleResult> {
        derived::fresh(self.ensemble.as_ref(), self.generation)
    }

    /// Re-runs the model on the current scenario. Expected-value runs take 2–6 ms (see
    /// docs/PERFORMANCE.md), well inside a frame, so they run on the UI thread.
    fn rerun(&mut self) {
        let started = Instant::now();
        let scenario = self.doc.scenario();
        let plan = Plan::new(Grid::strip(), &scenario.inputs());
        let run = plan.run(scenario.mode, scenario.seed, Record::Cells);
        self.run = Derived::new(self.generation, run);
        self.run_ms = started.elapsed().as_secs_f64() * 1000.0;
    }

    /// The scenario changed: a new generation, and the run for it.
    fn changed(&mut self) {
        self.generation += 1;
        self.rerun();
    }

    /// Applies an edit: the one way the scenario on screen is changed by a panel.
    pub fn apply_edit(&mut self, edit: Edit) {
        if edit.based_on != self.generation {
            return;
        }
        let before = self.doc.generation();
        // Editing the title or the sources changes no number: no trace of "before" for it.
        let numbers_may_change = !only_meta_differs(self.doc.scenario(), &edit.scenario);
        match edit.gesture {
            Gesture::Whole => {
                if numbers_may_change {
                    self.keep_trace();
                }
                self.doc.edit(edit.scenario);
            }
            Gesture::Starts => {
                if numbers_may_change {
                    self.keep_trace();
                }
                self.doc.edit_continuing(edit.scenario, true);
            }
            Gesture::Continues => self.doc.edit_continuing(edit.scenario, false),
        }
        if self.doc.generation() != before {
            self.changed();
        }
    }

    pub fn undo(&mut self) {
        if self.doc.undo() {
            self.changed();
        }
    }

    pub fn redo(&mut self) {
        if self.doc.redo() {
            self.changed();
        }
    }

    /// Replaces the document (after New or Open): nothing derived from the old one is kept.
    pub fn replace(&mut self, doc: Document) {
        self.doc = doc;
        self.trace = None;
        self.changed();
    }

    /// Keeps the current curves as the faint trace of "before", unless one is already shown.
    fn keep_trace(&mut self) {
        if self.trace.is_none() {
            self.trace = Some(self.run.value().days.clone());
        }
    }

    /// Explains `cell` for the run on screen, unless that is done already: the explanation
    /// replays the run, so it is redone only when the cell or the document changed.
    pub fn explain(&mut self, cell: CellId) {
        let generation = self.generation;
        let kept = self
            .explained
            .take()
            .filter(|e| e.fresh(generation).is_some_and(|e| e.cell == cell));
        let explained = kept.unwrap_or_else(|| {
            let explained = ExplainedCell::new(cell, self.doc.scenario(), self.run.value());
            Derived::new(generation, explained)
        });
        self.explained = Some(explained);
    }
}

impl OpenDocument {
    /// Why the Strip moves or stays as it is on `day`, for the run on screen. It replays the
    /// run up to the day, so it is redone only when the day or the document changed.
    pub fn why_strip(&mut self, day: u32) -> &Result<StripBlockers, BlockersError> {
        let generation = self.generation;
        let kept = self
            .why_strip
            .take()
            .filter(|w| w.fresh(generation).is_some_and(|(d, _)| *d == day));
        let why = kept.unwrap_or_else(|| {
            let scenario = self.doc.scenario();
            let plan = Plan::new(Grid::strip(), &scenario.inputs());
            let result = strip_blockers(&plan, scenario.mode, scenario.seed, day);
            Derived::new(generation, (day, result))
        });
        &self.why_strip.insert(why).value().1
    }
}

/// Whether `b` differs from `a` in its metadata (title, author, sources) alone.
fn only_meta_differs(a: &Scenario, b: &Scenario) -> bool {
    a.meta != b.meta
        && Scenario {
            meta: a.meta.clone(),
            ..b.clone()
        } == *a
}
