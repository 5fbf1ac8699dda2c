//! Opening scenario files without freezing the window. Reading and checking a file is one
//! synchronous function ([`load`]); only where it runs is decided here: a small plain file at
//! once (it takes well under a frame), anything larger, or anything that is not a plain file,
//! on a background thread while the scenario on screen stays usable and untouched.

use std::path::{Path, PathBuf};

use gz_core::scenario::{LoadError, Scenario, read_file};

use super::job::{Job, Polled};

/// Plain files up to this size are read and checked on the UI thread: every bundled scenario
/// fits, and one this size loads in about a millisecond. Larger ones load in the background.
pub const INLINE_MAX_BYTES: u64 = 16 * 1024;

/// A scenario file read and checked, with the text it was parsed from (whose hash names it).
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub text: String,
    pub scenario: Scenario,
}

/// What a file is being read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// To become the scenario being edited.
    Open,
    /// To be compared with the current scenario.
    Compare,
}

/// Reads and checks a scenario file. Free of any UI, so that it runs the same on a thread, at
/// once, or (on the web, which has no threads) from bytes already in memory.
///
/// # Errors
/// When the file cannot be read or is not a valid scenario; the error names the file, and the
/// line and column where it can.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let text = read_file(path)?;
    let scenario = Scenario::from_ron_str(&text, &path.display().to_string())?;
    Ok(Loaded {
        path: path.to_path_buf(),
        text,
        scenario,
    })
}

/// A file being read in the background.
pub struct Loading {
    pub path: PathBuf,
    pub purpose: Purpose,
    /// The document's generation when the file was asked for, to tell whether the user edited
    /// meanwhile.
    pub generation: u64,
    job: Job<Result<Loaded, LoadError>>,
}

impl std::fmt::Debug for Loading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loading")
            .field("path", &self.path)
            .field("purpose", &self.purpose)
            .field("generation", &self.generation)
            .finish_non_exhaustive()
    }
}

impl Loading {
    /// The outcome once the file is read, else `None`.
    pub fn poll(&mut self) -> Option<Result<Loaded, LoadError>> {
        let stopped = match self.job.poll() {
            Polled::Running { .. } => return None,
            Polled::Finished(result) => return Some(result),
            Polled::Failed(why) => why,
            Polled::Cancelled => "reading the file stopped unexpectedly".to_owned(),
        };
        Some(Err(LoadError::Io {
            name: self.path.display().to_string(),
            source: std::io::Error::other(stopped),
        }))
    }

    /// Blocks until the file is read; the next [`Loading::poll`] hands it on.
    pub fn wait(&mut self) {
        self.job.wait();
    }

    /// The file's name, for "Opening NAME…".
    #[must_use]
    pub fn name(&self) -> String {
        gz_core::report::file_name(&self.path)
    }
}

/// Where a file asked for went: read already, or reading in the background.
#[derive(Debug)]
pub enum Dispatched {
    Done(Box<Result<Loaded, LoadError>>),
    Pending(Loading),
}

/// Reads `path` now if it is a small plain file, else starts reading it in the background.
#[must_use]
pub fn dispatch(path: &Path, purpose: Purpose, generation: u64) -> Dispatched {
    let small_plain_file =
        std::fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() <= INLINE_MAX_BYTES);
    if small_plain_file || cfg!(target_arch = "wasm32") {
        return Dispatched::Done(Box::new(load(path)));
    }
    let owned = path.to_path_buf();
    let job = Job::start(
        format!("Reading {}", gz_core::report::file_name(path)),
        1,
        move |_| Ok(load(&owned)),
    );
    Dispatched::Pending(Loading {
        path: path.to_path_buf(),
        purpose,
        generation,
        job,
    })
}
