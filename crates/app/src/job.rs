//! Work off the UI thread: the ensemble, the sensitivity analyses and the reading of large
//! files all run as a [`Job`], so they share one way to show progress, to cancel, and to tell
//! the user why they stopped. The app polls its jobs each frame and never waits on one.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, mpsc};

pub use gz_core::model::parallel::{Cancelled, Control};

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

/// What the worker thread sends back: its value, why it stopped, or its panic's message.
type Sent<T> = Result<Result<T, Stopped>, String>;

/// Work running on its own thread, with progress, Cancel and a result.
pub struct Job<T> {
    /// The job in words ("The ensemble of 200 runs"), to begin its failure messages.
    what: String,
    total: u64,
    control: Arc<Control>,
    result: mpsc::Receiver<Sent<T>>,
    /// A result already taken from the channel by [`Job::wait`], not yet handed on by `poll`.
    /// Boxed: a job sits in the app's state, and a result may be large.
    arrived: Option<Box<Sent<T>>>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on its own thread. `total` is the runs it will count in its [`Control`],
    /// for the progress bar; `what` names the job in messages.
    #[must_use]
    pub fn start(
        what: impl Into<String>,
        total: u64,
        work: impl FnOnce(&Control) -> Result<T, Stopped> + Send + 'static,
    ) -> Self {
        let control = Arc::new(Control::default());
        let shared = Arc::clone(&control);
        let (send, result) = mpsc::channel();
        let send_from_worker = send.clone();
        let spawned = std::thread::Builder::new()
            .name("gaza-zones job".to_owned())
            .spawn(move || {
                let outcome = catch_unwind(AssertUnwindSafe(|| work(&shared)));
                // Nobody may be listening any more (the job was dropped): nothing to do then.
                let _ = send_from_worker.send(outcome.map_err(|panic| panic_message(&*panic)));
            });
        if let Err(e) = spawned {
            let _ = send.send(Ok(Err(Stopped::Failed(format!(
                "could not start a thread: {e}"
            )))));
        }
        Self {
            what: what.into(),
            total,
            control,
            result,
            arrived: None,
        }
    }
}

impl<T> Job<T> {
    /// Runs finished and runs in all, for the progress bar.
    #[must_use]
    pub fn progress(&self) -> (u64, u64) {
        (self.control.done_runs(), self.total)
    }

    /// Asks the work to stop at its next chunk; the job then ends as cancelled.
    pub fn cancel(&self) {
        self.control.cancel();
    }

    /// Where the job is. Once it has ended, it says so once: the caller drops it then (a
    /// later poll reports it as cancelled).
    pub fn poll(&mut self) -> Polled<T> {
        let sent = match self.arrived.take() {
            Some(sent) => *sent,
            None => match self.result.try_recv() {
                Ok(sent) => sent,
                Err(mpsc::TryRecvError::Empty) => {
                    let (done, total) = self.progress();
                    return Polled::Running { done, total };
                }
                Err(mpsc::TryRecvError::Disconnected) => return Polled::Cancelled,
            },
        };
        match sent {
            Ok(Ok(value)) => Polled::Finished(value),
            Ok(Err(Stopped::Cancelled)) => Polled::Cancelled,
            Ok(Err(Stopped::Failed(why))) => {
                Polled::Failed(format!("{} stopped: {why}", self.what))
            }
            Err(panic) => Polled::Failed(format!(
                "{} stopped on an internal error ({panic}); please report it",
                self.what
            )),
        }
    }

    /// Blocks until the work has ended, without taking its result: the next [`Job::poll`]
    /// hands it on. For tests and headless runs, which must not depend on how fast the
    /// machine is; the app's frame never calls it.
    pub fn wait(&mut self) {
        if self.arrived.is_none()
            && let Ok(sent) = self.result.recv()
        {
            self.arrived = Some(Box::new(sent));
        }
    }
}

impl<T> Drop for Job<T> {
    fn drop(&mut self) {
        // Nobody will read the result: let the thread stop at its next chunk.
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
    use gz_core::model::parallel::for_each_in_order;

    fn ended<T>(mut job: Job<T>) -> Polled<T> {
        job.wait();
        job.poll()
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
        let job: Job<()> = Job::start("The sweep", 1, |_| {
            Err(Stopped::Failed("2 is outside the range".to_owned()))
        });
        assert_eq!(
            ended(job),
            Polled::Failed("The sweep stopped: 2 is outside the range".to_owned())
        );
    }

    #[test]
    fn a_panic_in_the_work_becomes_a_failure_with_its_message() {
        let job: Job<()> = Job::start("The tornado", 1, |_| {
            let cells: Vec<u8> = Vec::new();
            let at = cells.len() + 3;
            panic!("cell {at} is not on the map")
        });
        match ended(job) {
            Polled::Failed(text) => {
                assert!(
                    text.starts_with("The tornado stopped on an internal error"),
                    "{text}"
                );
                assert!(text.contains("cell 3 is not on the map"), "{text}");
            }
            other => panic!("expected a failure, got {other:?}"),
        }
    }
}
