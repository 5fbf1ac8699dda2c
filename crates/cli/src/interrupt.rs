//! Ctrl+C, SIGTERM (a cluster's time limit) and the other signals that would end the process:
//! the job stops at its next check, its temporary files are dropped (and so removed), and the
//! user is told what was not written.
//! Without this a signal ends the process at once and leaves hidden files of hundreds of MB.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};

static REQUESTED: LazyLock<Arc<AtomicBool>> = LazyLock::new(|| Arc::new(AtomicBool::new(false)));

/// Installs the handlers once per process. If a handler cannot be installed the job still
/// runs; a signal then ends it the usual way.
pub fn install() {
    if ctrlc::set_handler(|| REQUESTED.store(true, Ordering::SeqCst)).is_err() {
        // Only fails when a handler is already set (tests call this more than once).
    }
    // Ctrl+\, a scheduler's warning (SIGUSR1/2), an alarm and a soft CPU-time limit would
    // otherwise end the process at once and leave its temporary file; they stop the job the
    // same way. (SIGKILL cannot be caught: see docs/RELIABILITY.md.)
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGQUIT,
        signal_hook::consts::SIGUSR1,
        signal_hook::consts::SIGUSR2,
        signal_hook::consts::SIGALRM,
        signal_hook::consts::SIGXCPU,
    ] {
        let _ = signal_hook::flag::register(signal, Arc::clone(&REQUESTED));
    }
}

/// Whether a signal arrived.
#[must_use]
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// The error a job's writer returns when it stops for a signal: `write_output` then leaves the
/// file unwritten and says so (exit 130).
#[must_use]
pub fn error() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::Interrupted, "interrupted")
}

/// For a job that computed nothing it could write: says so and gives the exit code.
#[must_use]
pub fn report(out: Option<&std::path::Path>) -> u8 {
    match out {
        Some(path) => gz_core::say!(
            "interrupted: {} was not written; the previous file, if any, is unchanged",
            path.display()
        ),
        None => gz_core::say!("interrupted: the output stops here"),
    }
    super::exit::INTERRUPTED
}

/// How often a command waiting on a computation looks at the signal flag and the progress.
const WATCH_EVERY: std::time::Duration = std::time::Duration::from_millis(10);

/// Runs `work` (which computes through `control`) on its own thread while this one passes a
/// signal on as a cancel and hands the count of finished runs to `on_progress`.
///
/// # Errors
/// The panic of `work`, if it panicked.
pub fn watched<T: Send>(
    control: &gz_core::model::parallel::Control,
    mut on_progress: impl FnMut(u64),
    work: impl FnOnce() -> T + Send,
) -> std::thread::Result<T> {
    // The work may word a caption: in the language the command was asked for.
    let language = gz_i18n::language();
    std::thread::scope(|s| {
        let job = s.spawn(move || {
            gz_i18n::set_language(language);
            work()
        });
        while !job.is_finished() {
            std::thread::sleep(WATCH_EVERY);
            if requested() {
                control.cancel();
            }
            on_progress(control.done_runs());
        }
        on_progress(control.done_runs());
        job.join()
    })
}
