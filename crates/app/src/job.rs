//! Work off the UI thread: the ensemble, the sensitivity analyses and the reading of large
//! files all run as a [`Job`], so they share one way to show progress, to cancel, and to tell
//! the user why they stopped. The app polls its jobs each frame and never waits on one.
//!
//! A job's [`Work`] advances a chunk of runs at a time. On the desktop a thread steps it to the
//! end ([`Runner::Thread`]); in the browser, which has no threads, each poll steps it for a
//! slice of the frame ([`Runner::Cooperative`]). Both compute the same numbers: only the chunk
//! sizes differ, and the model's loop hands results on in order whatever they are.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use gz_core::model::parallel::{CHUNK_ITEMS, Stepwise};
pub use gz_core::model::parallel::{Cancelled, Control};

/// How long a cooperative job computes in each poll: a 60 Hz frame lasts 16.7 ms, and the
/// rest is left for drawing it.
pub const FRAME_BUDGET: Duration = Duration::from_millis(12);

/// Runs a cooperative job computes per step. One: a run is the smallest piece of work there is
/// (a few milliseconds), so a poll overshoots its budget by at most one run.
const COOPERATIVE_CHUNK_ITEMS: u64 = 1;

/// How long a thread's job waits between polls: often enough for a smooth progress bar.
const THREAD_POLL_INTERVAL: Duration = Duration::from_millis(100);

/// Why a job's work brought nothing back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stopped {
    /// The user cancelled it (or the app dropped it).
    Cancelled,
    /// It could not finish; the words are for the user.
    Failed(String),
}

impl From<Cancelled> for Stopped {
    fn from(_: Cancelled) -> Self {
        Self::Cancelled
    }
}

/// A job's state when polled.
#[derive(Debug, PartialEq)]
#[must_use]
pub enum Polled<T> {
    Running {
        done: u64,
        total: u64,
    },
    Finished(T),
    /// The message, ready to show as the app's notice.
    Failed(String),
    Cancelled,
}

/// What a job computes, a step at a time.
pub trait Work: Send + 'static {
    type Output: Send + 'static;

    /// Computes at most about `max_items` more runs, counting them in `control`, or, once all
    /// are done, returns the value.
    ///
    /// # Errors
    /// [`Stopped::Cancelled`] once `control` was cancelled; [`Stopped::Failed`] when the work
    /// cannot finish.
    fn step(&mut self, max_items: u64, control: &Control) -> Result<Option<Self::Output>, Stopped>;
}

/// A model computation ([`Stepwise`]) as a job's work; `finish` turns its value into the
/// job's (a value for the app's state, stamped with the scenario's generation, say).
pub struct Stepped<S, F> {
    /// `None` once the value was handed on.
    state: Option<(S, F)>,
}

impl<S, F> Stepped<S, F> {
    pub fn new(steps: S, finish: F) -> Self {
        Self {
            state: Some((steps, finish)),
        }
    }
}

impl<S, F, T> Work for Stepped<S, F>
where
    S: Stepwise + Send + 'static,
    S::Error: Into<Stopped>,
    F: FnOnce(S::Output) -> T + Send + 'static,
    T: Send + 'static,
{
    type Output = T;

    fn step(&mut self, max_items: u64, control: &Control) -> Result<Option<T>, Stopped> {
        match self.state.take() {
            None => Err(already_ended()),
            Some((mut steps, finish)) if !steps.is_done() => {
                steps.advance(max_items, control)?;
                self.state = Some((steps, finish));
                Ok(None)
            }
            Some((steps, finish)) => Ok(Some(finish(steps.finish().map_err(Into::into)?))),
        }
    }
}

/// Work done in one go by a closure (reading a file): on a thread, or within one poll.
pub struct InOneGo<F>(Option<F>);

impl<F> InOneGo<F> {
    pub fn new(work: F) -> Self {
        Self(Some(work))
    }
}

impl<F, T> Work for InOneGo<F>
where
    F: FnOnce(&Control) -> Result<T, Stopped> + Send + 'static,
    T: Send + 'static,
{
    type Output = T;

    fn step(&mut self, _max_items: u64, control: &Control) -> Result<Option<T>, Stopped> {
        let work = self.0.take().ok_or_else(already_ended)?;
        work(control).map(Some)
    }
}

/// Asked for a step after the value was handed on: a mistake of the job, not of the work.
fn already_ended() -> Stopped {
    Stopped::Failed("the work was asked to go on after it had ended".to_owned())
}

/// Where a job's work runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runner {
    /// On a thread of its own, in chunks of [`CHUNK_ITEMS`] runs (rayon inside each).
    Thread,
    /// Inside [`Job::poll`], for up to `budget` a poll; and to the end in [`Job::wait`].
    Cooperative { budget: Duration },
}

impl Runner {
    /// A thread where there are threads; in the browser (wasm32 without atomics, where
    /// spawning fails), a slice of each frame.
    #[must_use]
    pub const fn for_target() -> Self {
        if cfg!(target_arch = "wasm32") {
            Self::Cooperative {
                budget: FRAME_BUDGET,
            }
        } else {
            Self::Thread
        }
    }
}

/// What the work ended with: its value, why it stopped, or its panic's message.
type Sent<T> = Result<Result<T, Stopped>, String>;

/// Where the job's end comes from.
enum Source<T> {
    /// The worker thread sends it.
    Thread(mpsc::Receiver<Sent<T>>),
    /// The work is stepped here.
    Here {
        work: Box<dyn Work<Output = T>>,
        budget: Duration,
    },
    /// The work has ended; how, is in `arrived` until `poll` hands it on.
    Ended,
}

/// Work in the background, with progress, Cancel and a result.
pub struct Job<T> {
    /// The job in words ("The ensemble of 200 runs"), to begin its failure messages.
    what: String,
    total: u64,
    control: Arc<Control>,
    source: Source<T>,
    /// How the work ended, not yet handed on by `poll` (taken from the thread's channel by
    /// [`Job::wait`], or reached by stepping the work here). Boxed: a job sits in the app's
    /// state, and a result may be large.
    arrived: Option<Box<Sent<T>>>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work`, done in one go, where [`Runner::for_target`] says. `total` is the runs
    /// it will count in its [`Control`], for the progress bar; `what` names the job in
    /// messages.
    #[must_use]
    pub fn start(
        what: impl Into<String>,
        total: u64,
        work: impl FnOnce(&Control) -> Result<T, Stopped> + Send + 'static,
    ) -> Self {
        Self::start_with(Runner::for_target(), what, total, InOneGo::new(work))
    }

    /// Starts stepwise `work` where [`Runner::for_target`] says.
    #[must_use]
    pub fn start_work(what: impl Into<String>, total: u64, work: impl Work<Output = T>) -> Self {
        Self::start_with(Runner::for_target(), what, total, work)
    }

    /// Starts `work` on `runner`. Every target can run both kinds, so that the tests prove on
    /// the desktop that the browser's way gives the same numbers.
    #[must_use]
    pub fn start_with(
        runner: Runner,
        what: impl Into<String>,
        total: u64,
        work: impl Work<Output = T>,
    ) -> Self {
        let control = Arc::new(Control::default());
        let source = match runner {
            Runner::Thread => Source::Thread(spawn(work, Arc::clone(&control))),
            Runner::Cooperative { budget } => Source::Here {
                work: Box::new(work),
                budget,
            },
        };
        Self {
            what: what.into(),
            total,
            control,
            source,
            arrived: None,
        }
    }
}

/// Steps `work` to its end on a new thread, which sends how it ended.
fn spawn<W: Work>(mut work: W, control: Arc<Control>) -> mpsc::Receiver<Sent<W::Output>> {
    let (send, result) = mpsc::channel();
    let send_from_worker = send.clone();
    let spawned = std::thread::Builder::new()
        .name("gaza-zones job".to_owned())
        .spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                loop {
                    if let Some(value) = work.step(CHUNK_ITEMS, &control)? {
                        return Ok(value);
                    }
                }
            }));
            // Nobody may be listening any more (the job was dropped): nothing to do then.
            let _ = send_from_worker.send(outcome.map_err(|panic| panic_message(&*panic)));
        });
    if let Err(e) = spawned {
        let _ = send.send(Ok(Err(Stopped::Failed(format!(
            "could not start a thread: {e}"
        )))));
    }
    result
}

impl<T: Send + 'static> Job<T> {
    /// Runs finished and runs in all, for the progress bar.
    #[must_use]
    pub fn progress(&self) -> (u64, u64) {
        (self.control.done_runs(), self.total)
    }

    /// Asks the work to stop at its next chunk; the job then ends as cancelled.
    pub fn cancel(&self) {
        self.control.cancel();
    }

    /// When the app should poll again while the job runs: soon, for a thread's progress bar;
    /// at once (the next frame) for work that only advances when polled.
    #[must_use]
    pub fn poll_again_in(&self) -> Duration {
        match self.source {
            Source::Thread(_) => THREAD_POLL_INTERVAL,
            Source::Here { .. } | Source::Ended => Duration::ZERO,
        }
    }

    /// Where the job is; cooperative work advances here, for its budget. Once the job has
    /// ended, it says so once: the caller drops it then (a later poll reports it as
    /// cancelled).
    pub fn poll(&mut self) -> Polled<T> {
        if let Source::Here { budget, .. } = self.source {
            self.advance_here(Some(budget));
        }
        let sent = match self.arrived.take() {
            Some(sent) => *sent,
            None => match &self.source {
                Source::Thread(result) => match result.try_recv() {
                    Ok(sent) => sent,
                    Err(mpsc::TryRecvError::Empty) => return self.running(),
                    Err(mpsc::TryRecvError::Disconnected) => return Polled::Cancelled,
                },
                Source::Here { .. } => return self.running(),
                Source::Ended => return Polled::Cancelled,
            },
        };
        self.source = Source::Ended;
        match sent {
            Ok(Ok(value)) => Polled::Finished(value),
            Ok(Err(Stopped::Cancelled)) => Polled::Cancelled,
            Ok(Err(Stopped::Failed(why))) => Polled::Failed(gz_i18n::tr!(
                "job-stopped",
                what = self.what.as_str(),
                why = why.as_str()
            )),
            Err(panic) => Polled::Failed(gz_i18n::tr!(
                "job-internal-error",
                what = self.what.as_str(),
                panic = panic.as_str()
            )),
        }
    }

    fn running(&self) -> Polled<T> {
        let (done, total) = self.progress();
        Polled::Running { done, total }
    }

    /// Blocks until the work has ended, without taking its result: the next [`Job::poll`]
    /// hands it on. For tests and headless runs, which must not depend on how fast the
    /// machine is; the app's frame never calls it.
    pub fn wait(&mut self) {
        match &self.source {
            Source::Thread(result) => {
                if self.arrived.is_none()
                    && let Ok(sent) = result.recv()
                {
                    self.arrived = Some(Box::new(sent));
                }
            }
            Source::Here { .. } => self.advance_here(None),
            Source::Ended => {}
        }
    }

    /// Steps work that runs here until another step would overrun `budget` (judged by the
    /// longest step so far; at least one step, so that every poll moves it on), or to its
    /// end without a budget; keeps how it ended in `arrived`.
    fn advance_here(&mut self, budget: Option<Duration>) {
        let Source::Here { work, .. } = &mut self.source else {
            return;
        };
        let started = web_time::Instant::now();
        let mut longest_step = Duration::ZERO;
        // Whole chunks without a budget: on the desktop, rayon shares them out.
        let max_items = budget.map_or(CHUNK_ITEMS, |_| COOPERATIVE_CHUNK_ITEMS);
        let control = &*self.control;
        let ended: Sent<T> = loop {
            if control.is_cancelled() {
                break Ok(Err(Stopped::Cancelled));
            }
            let step_started = web_time::Instant::now();
            // The browser's build aborts on a panic (wasm32 unwinds nowhere), so there this
            // catches nothing; on the desktop it makes a panic the failure a thread's is.
            match catch_unwind(AssertUnwindSafe(|| work.step(max_items, control))) {
                Ok(Ok(None)) => {}
                Ok(Ok(Some(value))) => break Ok(Ok(value)),
                Ok(Err(stopped)) => break Ok(Err(stopped)),
                Err(panic) => break Err(panic_message(&*panic)),
            }
            longest_step = longest_step.max(step_started.elapsed());
            if budget.is_some_and(|budget| started.elapsed() + longest_step > budget) {
                return;
            }
        };
        self.source = Source::Ended;
        self.arrived = Some(Box::new(ended));
    }
}

impl<T> Drop for Job<T> {
    fn drop(&mut self) {
        // Nobody will read the result: let a thread stop at its next chunk.
        self.control.cancel();
    }
}

/// The words a panic was raised with, when it had any.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = panic.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = panic.downcast_ref::<String>() {
        text.clone()
    } else {
        "no message".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gz_core::model::parallel::{Chunks, for_each_in_order};

    /// Both runners; the cooperative one with no budget, so that each poll takes one step.
    const RUNNERS: [Runner; 2] = [
        Runner::Thread,
        Runner::Cooperative {
            budget: Duration::ZERO,
        },
    ];

    fn ended<T: Send + 'static>(mut job: Job<T>) -> Polled<T> {
        job.wait();
        job.poll()
    }

    /// Polls until the job ends, as the app's frames do, counting the polls that found it
    /// running.
    fn polled_to_the_end<T: Send + 'static>(job: &mut Job<T>) -> (Polled<T>, u64) {
        let mut running = 0;
        loop {
            match job.poll() {
                Polled::Running { .. } => {
                    running += 1;
                    if job.poll_again_in() > Duration::ZERO {
                        std::thread::sleep(Duration::from_millis(1));
                    }
                }
                other => return (other, running),
            }
        }
    }

    /// Sums the squares of `0..items`, a chunk at a time.
    struct SumOfSquares {
        chunks: Chunks,
        sum: u64,
    }

    impl SumOfSquares {
        fn new(items: u64) -> Self {
            Self {
                chunks: Chunks::new(0..items),
                sum: 0,
            }
        }
    }

    impl Stepwise for SumOfSquares {
        type Output = u64;
        type Error = Cancelled;

        fn advance(&mut self, max_items: u64, control: &Control) -> Result<(), Cancelled> {
            let sum = &mut self.sum;
            self.chunks
                .step(max_items, control, |k| k * k, |_, square| *sum += square)
        }

        fn is_done(&self) -> bool {
            self.chunks.is_done()
        }

        fn finish(self) -> Result<u64, Cancelled> {
            Ok(self.sum)
        }
    }

    #[test]
    fn a_job_counts_its_runs_and_hands_on_its_value_once() {
        let mut job = Job::start("Counting", 130, |control| {
            let mut sum = 0;
            for_each_in_order(0..130, control, |_| (), |(), k| k, |_, k| sum += k)?;
            Ok(sum)
        });
        job.wait();
        assert_eq!(job.progress(), (130, 130));
        assert_eq!(job.poll(), Polled::Finished((0..130).sum::<u64>()));
        assert_eq!(job.poll(), Polled::Cancelled, "the value is handed on once");
    }

    #[test]
    fn stepwise_work_gives_the_same_value_on_a_thread_and_in_polls() {
        let expected: u64 = (0..150).map(|k| k * k).sum();
        for runner in RUNNERS {
            let mut job = Job::start_with(
                runner,
                "Squares",
                150,
                Stepped::new(SumOfSquares::new(150), |sum| sum + 1),
            );
            let (end, _) = polled_to_the_end(&mut job);
            assert_eq!(end, Polled::Finished(expected + 1), "{runner:?}");
            assert_eq!(job.progress(), (150, 150));
            assert_eq!(job.poll(), Polled::Cancelled, "the value is handed on once");
        }
    }

    #[test]
    fn a_cooperative_job_advances_only_when_polled_and_reports_its_progress() {
        let runner = RUNNERS[1];
        let mut job = Job::start_with(
            runner,
            "Squares",
            5,
            Stepped::new(SumOfSquares::new(5), |s| s),
        );
        assert_eq!(job.progress(), (0, 5), "nothing runs until the first poll");
        assert_eq!(
            job.poll_again_in(),
            Duration::ZERO,
            "it asks for the next frame"
        );
        // No budget: one run a poll, then one poll to finish.
        for done in 1..=5 {
            assert_eq!(job.poll(), Polled::Running { done, total: 5 });
        }
        assert_eq!(job.poll(), Polled::Finished(30));
    }

    #[test]
    fn a_cooperative_job_with_a_frames_budget_does_a_frames_work_a_poll() {
        /// Work of 1 ms a run: a poll of 50 ms computes dozens of them, never all thousand.
        struct Slow(Chunks);
        impl Work for Slow {
            type Output = ();
            fn step(&mut self, max_items: u64, control: &Control) -> Result<Option<()>, Stopped> {
                if self.0.is_done() {
                    return Ok(Some(()));
                }
                let pause = |_| std::thread::sleep(Duration::from_millis(1));
                self.0.step(max_items, control, pause, |_, ()| {})?;
                Ok(None)
            }
        }
        let runner = Runner::Cooperative {
            budget: Duration::from_millis(50),
        };
        let mut job = Job::start_with(runner, "Slow", 1_000, Slow(Chunks::new(0..1_000)));
        let Polled::Running { done, total } = job.poll() else {
            panic!("a thousand runs of 1 ms cannot end in one poll");
        };
        assert_eq!(total, 1_000);
        assert!((2..1_000).contains(&done), "several runs in a poll: {done}");
        job.cancel();
        assert_eq!(job.poll(), Polled::Cancelled);
    }

    #[test]
    fn a_cancelled_cooperative_job_stops_at_once_and_keeps_its_progress() {
        let mut job = Job::start_with(
            RUNNERS[1],
            "Squares",
            50,
            Stepped::new(SumOfSquares::new(50), |s| s),
        );
        assert_eq!(job.poll(), Polled::Running { done: 1, total: 50 });
        assert_eq!(job.poll(), Polled::Running { done: 2, total: 50 });
        job.cancel();
        assert_eq!(job.poll(), Polled::Cancelled);
        assert_eq!(job.progress(), (2, 50), "nothing more was computed");
        assert_eq!(job.poll(), Polled::Cancelled);
    }

    #[test]
    fn waiting_for_a_cooperative_job_runs_it_to_the_end() {
        let mut job = Job::start_with(
            RUNNERS[1],
            "Squares",
            200,
            Stepped::new(SumOfSquares::new(200), |s| s),
        );
        assert!(matches!(job.poll(), Polled::Running { done: 1, .. }));
        job.wait();
        assert_eq!(job.progress(), (200, 200));
        assert_eq!(job.poll(), Polled::Finished((0..200).map(|k| k * k).sum()));
    }

    #[test]
    fn a_running_job_reports_its_progress_and_a_cancelled_one_ends_as_cancelled() {
        let (release, gate) = mpsc::channel::<()>();
        let mut job = Job::start("Waiting", 7, move |control| {
            // Holds until the test has seen it running, then stops as a computation would.
            let _ = gate.recv();
            for_each_in_order(0..7, control, |_| (), |(), k| k, |_, _| {})?;
            Ok(())
        });
        assert_eq!(job.poll(), Polled::Running { done: 0, total: 7 });
        job.cancel();
        let _ = release.send(());
        assert_eq!(ended(job), Polled::Cancelled);
    }

    #[test]
    fn an_error_becomes_a_failure_that_names_the_job() {
        for runner in RUNNERS {
            let work = InOneGo::new(|_: &Control| -> Result<(), Stopped> {
                Err(Stopped::Failed("2 is outside the range".to_owned()))
            });
            let job: Job<()> = Job::start_with(runner, "The sweep", 1, work);
            assert_eq!(
                ended(job),
                Polled::Failed("The sweep stopped: 2 is outside the range".to_owned()),
                "{runner:?}"
            );
        }
    }

    #[test]
    fn a_panic_in_the_work_becomes_a_failure_with_its_message() {
        for runner in RUNNERS {
            let work = InOneGo::new(|_: &Control| -> Result<(), Stopped> {
                let cells: Vec<u8> = Vec::new();
                let at = cells.len() + 3;
                panic!("cell {at} is not on the map")
            });
            let mut job: Job<()> = Job::start_with(runner, "The tornado", 1, work);
            // Polled, not waited for: the cooperative job panics inside a poll.
            match polled_to_the_end(&mut job).0 {
                Polled::Failed(text) => {
                    assert!(
                        text.starts_with("The tornado stopped on an internal error"),
                        "{runner:?}: {text}"
                    );
                    assert!(text.contains("cell 3 is not on the map"), "{text}");
                }
                other => panic!("{runner:?}: expected a failure, got {other:?}"),
            }
        }
    }
}
