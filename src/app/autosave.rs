//! Autosave and crash recovery: unsaved work is written every few seconds to the app's data
//! folder, and by a panic hook if the app crashes; the next start offers to restore it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::document::Document;
use crate::scenario::{Backup, Scenario, validate, write_atomically_with};

/// How often unsaved work is written at most.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// What an autosave holds: the scenario and the file it belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The file the work belongs to, if it had one.
    pub file: Option<PathBuf>,
    pub scenario: Scenario,
}

impl Snapshot {
    fn of(doc: &Document) -> Self {
        Self {
            file: doc.path().map(Path::to_path_buf),
            scenario: doc.scenario().clone(),
        }
    }

    fn to_text(&self) -> Option<String> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new().new_line("\n")).ok()
    }
}

/// Writes unsaved work to one file, and keeps the latest text where a panic hook can reach it.
pub struct Autosave {
    path: PathBuf,
    last_write: Option<Instant>,
    /// The text of the last snapshot taken, written by the panic hook if the app crashes.
    latest: Arc<Mutex<Option<String>>>,
    written: Option<String>,
    /// The document generation last serialised, and its text waiting to be written.
    seen_generation: Option<u64>,
    pending: Option<String>,
}

impl Autosave {
    /// Autosave to `path` (normally [`default_path`]).
    #[must_use]
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            last_write: None,
            latest: Arc::new(Mutex::new(None)),
            written: None,
            seen_generation: None,
            pending: None,
        }
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Call every frame (and after every edit). Writes when there is unsaved work that changed
    /// since the last write and `INTERVAL` has passed; removes the file once the work is saved
    /// or discarded. Returns how long until a write is due, so the caller can wake up for it
    /// without repainting all the time.
    pub fn tick(&mut self, doc: &Document, now: Instant) -> Option<Duration> {
        if !doc.is_dirty() {
            self.clear();
            return None;
        }
        // Serialise only when the document changed since the last look: an idle app with
        // unsaved work must not redo this every frame.
        let generation = doc.generation();
        if self.seen_generation != Some(generation) {
            self.seen_generation = Some(generation);
            self.pending = Snapshot::of(doc).to_text();
            if let Ok(mut latest) = self.latest.lock() {
                latest.clone_from(&self.pending);
            }
        }
        let text = self.pending.clone()?;
        if self.written.as_ref() == Some(&text) {
            return None;
        }
        let due = self
            .last_write
            .map_or(Duration::ZERO, |t| INTERVAL.saturating_sub(now - t));
        if !due.is_zero() {
            return Some(due);
        }
        if let Some(folder) = self.path.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        // A failed autosave must not disturb the user's work; it is tried again next time.
        let written = write_atomically_with(&self.path, text.as_bytes(), Backup::Skip, |f, b| {
            std::io::Write::write_all(f, b)
        });
        if written.is_ok() {
            self.written = Some(text);
            self.last_write = Some(now);
        }
        None
    }

    /// The work is saved or deliberately discarded: nothing to recover any more.
    pub fn clear(&mut self) {
        if self.written.take().is_some() || self.path.exists() {
            let _ = std::fs::remove_file(&self.path);
        }
        if let Ok(mut latest) = self.latest.lock() {
            *latest = None;
        }
    }

    /// Makes a panic write the latest unsaved work before the process ends.
    pub fn install_panic_hook(&self) {
        let latest = Arc::clone(&self.latest);
        let path = self.path.clone();
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if let Ok(latest) = latest.lock()
                && let Some(text) = latest.as_ref()
            {
                let _ = std::fs::write(&path, text);
            }
            previous(info);
        }));
    }
}

/// The autosave file in the app's data folder (e.g. ~/.local/share/gaza-zones/autosave.ron).
#[must_use]
pub fn default_path() -> Option<PathBuf> {
    eframe::storage_dir("gaza-zones").map(|d| d.join("autosave.ron"))
}

/// Unsaved work left by a previous run that crashed or was killed, if any.
#[must_use]
pub fn recover(path: &Path) -> Option<Snapshot> {
    let text = std::fs::read_to_string(path).ok()?;
    let snapshot = ron::Options::default()
        .with_recursion_limit(crate::scenario::MAX_NESTING)
        .from_str::<Snapshot>(&text)
        .ok()
        .filter(|s| validate(&s.scenario).is_empty());
    if snapshot.is_none() {
        // Not offered (restoring it would trade one problem for another), but not deleted
        // either: it is moved aside where a user, or we, can still look at it.
        let _ = std::fs::rename(path, damaged_path(path));
    }
    snapshot
}

/// Where an autosave that cannot be restored is kept: `autosave.ron.damaged`.
#[must_use]
pub fn damaged_path(path: &Path) -> PathBuf {
    crate::scenario::with_suffix(path, ".damaged")
}
