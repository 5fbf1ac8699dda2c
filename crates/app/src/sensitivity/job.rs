//! An analysis on a background thread, with progress and Cancel, as the ensemble job does it:
//! the window polls it each frame and shows its result once the thread is done.

use std::sync::Arc;
use std::thread::JoinHandle;

use gz_core::model::sensitivity::{Control, SensitivityError};

/// An analysis being computed.
pub struct Job<T> {
    total_runs: u64,
    control: Arc<Control>,
    handle: Option<JoinHandle<Result<T, SensitivityError>>>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` off the UI thread; it should count its runs in the control it is given.
    #[must_use]
    pub fn start(
        total_runs: u64,
        work: impl FnOnce(&Control) -> Result<T, SensitivityError> + Send + 'static,
    ) -> Self {
        let control = Arc::new(Control::default());
        let shared = Arc::clone(&control);
        let handle = std::thread::spawn(move || work(&shared));
        Self {
            total_runs,
            control,
            handle: Some(handle),
        }
    }

    /// Share of the runs finished, for the progress bar.
    #[must_use]
    pub fn progress(&self) -> (u64, u64) {
        (self.control.done_runs(), self.total_runs)
    }

    pub fn cancel(&self) {
        self.control.cancel();
    }

    /// The outcome once the thread is done (`Some(None)` if cancelled), else `None`.
    pub fn poll(&mut self) -> Option<Option<T>> {
        if !self.handle.as_ref().is_some_and(JoinHandle::is_finished) {
            return None;
        }
        let outcome = self.handle.take().map(JoinHandle::join);
        Some(match outcome {
            Some(Ok(Ok(value))) => Some(value),
            _ => None,
        })
    }
}

impl<T> Drop for Job<T> {
    fn drop(&mut self) {
        // Nobody will read the result: let the thread stop at its next chunk.
        self.control.cancel();
    }
}
