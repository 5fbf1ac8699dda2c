//! Autosave and crash recovery: unsaved work is written every few seconds to the app's data
//! folder, and by a panic hook if the app crashes; the next start offers to restore it. In
//! the browser the same snapshot goes to the page's local storage instead of a file.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

// `std::time::Instant::now` traps in the browser; this is std's on the desktop.
use web_time::Instant;

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use super::data_folder;
use super::document::Document;
use gz_core::scenario::{MAX_FILE_BYTES, Scenario, validate};

/// How often unsaved work is written at most.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// Autosaves larger than this are refused before they are read: a scenario file may be
/// [`MAX_FILE_BYTES`], and the snapshot adds its file name, hash and a few brackets. The
/// snapshot is written unindented, so its scenario takes no more room than the scenario file.
pub const MAX_AUTOSAVE_BYTES: u64 = MAX_FILE_BYTES + 64 * 1024;

/// What an autosave holds: the scenario and the file it belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The file the work belongs to, if it had one: absolute and with links resolved, so that
    /// a restart in another folder still means the same file.
    pub file: Option<PathBuf>,
    /// SHA-256 (hex) of that file's bytes when the work was opened from it or last saved to it,
    /// so that a restored document never silently replaces a different file. Autosaves of
    /// earlier versions have none.
    #[serde(default)]
    pub file_sha256: Option<String>,
    pub scenario: Scenario,
}

impl Snapshot {
    fn of(doc: &Document) -> Self {
        Self {
            file: doc.path().map(absolute_path),
            file_sha256: doc.disk_digest().map(|d| gz_core::report::hex(&d)),
            scenario: doc.scenario().clone(),
        }
    }

    fn to_text(&self) -> Option<String> {
        let config = ron::ser::PrettyConfig::new()
            .new_line("\n")
            .indentor("")
            .escape_strings(false);
        ron::ser::to_string_pretty(self, config).ok()
    }

    /// The file's hash as recorded, if there is one and it is well formed.
    #[must_use]
    pub fn file_digest(&self) -> Option<[u8; 32]> {
        parse_hex(self.file_sha256.as_deref()?)
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
        // A failed autosave must not disturb the user's work; it is tried again next time.
        if store(&self.path, &text) {
            self.written = Some(text);
            self.last_write = Some(now);
        }
        None
    }

    /// The work is saved or deliberately discarded: nothing to recover any more.
    pub fn clear(&mut self) {
        if self.written.take().is_some() || is_stored(&self.path) {
            forget(&self.path);
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
                store(&path, text);
            }
            previous(info);
        }));
    }
}

/// The autosave file in the app's data folder (e.g. ~/.local/share/gaza-zones/autosave.ron).
#[must_use]
pub fn default_path() -> Option<PathBuf> {
    #[cfg(target_arch = "wasm32")]
    return Some(PathBuf::from("autosave.ron"));
    #[cfg(not(target_arch = "wasm32"))]
    eframe::storage_dir("gaza-zones").map(|d| d.join("autosave.ron"))
}

/// What the last session left in the autosave file.
#[derive(Debug)]
pub enum Recovery {
    /// No autosave: the last session ended cleanly.
    Nothing,
    /// Unsaved work to offer back.
    Offer(Box<Snapshot>),
    /// An autosave that cannot be offered, moved aside (never deleted) to `kept_as`; it stays
    /// where it was when it could not be moved, and `kept_as` is then `None`.
    SetAside {
        why: SetAsideReason,
        kept_as: Option<PathBuf>,
    },
}

/// Why an autosave was not offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetAsideReason {
    /// Over [`MAX_AUTOSAVE_BYTES`]: not read at all.
    TooLarge { bytes: u64 },
    /// Not a snapshot this version can read, or its scenario does not validate.
    Damaged,
    /// A link, a folder or a device rather than a plain file.
    NotAFile,
}

impl std::fmt::Display for SetAsideReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "it is {bytes} bytes, over the limit of {MAX_AUTOSAVE_BYTES} bytes for an autosave"
            ),
            Self::Damaged => f.write_str("it is damaged or not a valid scenario"),
            Self::NotAFile => f.write_str("it is not a plain file"),
        }
    }
}

impl Recovery {
    /// A sentence for the user when an autosave was set aside.
    #[must_use]
    pub fn set_aside_message(&self, path: &Path) -> Option<String> {
        let Self::SetAside { why, kept_as } = self else {
            return None;
        };
        let why = why.to_string();
        Some(kept_as.as_ref().map_or_else(
            || {
                gz_i18n::tr!(
                    "notice-autosave-set-aside-left",
                    why = why.as_str(),
                    path = path.display().to_string()
                )
            },
            |kept| {
                gz_i18n::tr!(
                    "notice-autosave-set-aside-kept",
                    why = why.as_str(),
                    kept = kept.display().to_string()
                )
            },
        ))
    }
}

/// Where the browser keeps the autosave, in the page's local storage.
#[cfg(target_arch = "wasm32")]
const BROWSER_KEY: &str = "gaza-zones autosave";

/// Writes the snapshot `text`; whether it was written.
fn store(path: &Path, text: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = path;
        super::browser::storage::set(BROWSER_KEY, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        if let Some(folder) = path.parent()
            && !folder.as_os_str().is_empty()
            && !folder.is_dir()
        {
            let _ = data_folder::make_private_folder(folder);
        }
        gz_core::scenario::write_private(path, text.as_bytes()).is_ok()
    }
}

/// Whether a snapshot is there (this session's or one left by an earlier one).
fn is_stored(path: &Path) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = path;
        super::browser::storage::get(BROWSER_KEY).is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    path.exists()
}

fn forget(path: &Path) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = path;
        super::browser::storage::remove(BROWSER_KEY);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = std::fs::remove_file(path);
}

/// Unsaved work left by a previous run that crashed or was killed, if any.
#[must_use]
pub fn recover(path: &Path) -> Option<Snapshot> {
    match recover_or_set_aside(path) {
        Recovery::Offer(snapshot) => Some(*snapshot),
        Recovery::Nothing | Recovery::SetAside { .. } => None,
    }
}

/// Reads the autosave at `path`: work to offer back, or, if it cannot be offered, moves it
/// aside beside the others so that a user (or we) can still look at it.
#[must_use]
pub fn recover_or_set_aside(path: &Path) -> Recovery {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = path;
        recover_in_browser()
    }
    #[cfg(not(target_arch = "wasm32"))]
    recover_from_file(path)
}

/// The browser's autosave: offered back, or kept under a second key when it cannot be (a page
/// has no folder to show it in, but it is not lost).
#[cfg(target_arch = "wasm32")]
fn recover_in_browser() -> Recovery {
    use super::browser::storage;
    let Some(text) = storage::get(BROWSER_KEY) else {
        return Recovery::Nothing;
    };
    let why = if text.len() as u64 > MAX_AUTOSAVE_BYTES {
        SetAsideReason::TooLarge {
            bytes: text.len() as u64,
        }
    } else {
        match parse_snapshot(&text) {
            Ok(snapshot) => return Recovery::Offer(Box::new(snapshot)),
            Err(why) => why,
        }
    };
    let damaged_key = format!("{BROWSER_KEY} (damaged)");
    let kept_as = storage::set(&damaged_key, &text).then(|| PathBuf::from(damaged_key));
    storage::remove(BROWSER_KEY);
    Recovery::SetAside { why, kept_as }
}

#[cfg(not(target_arch = "wasm32"))]
fn recover_from_file(path: &Path) -> Recovery {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Recovery::Nothing;
    };
    let why = if !meta.is_file() {
        // Opening a FIFO would block the start-up, and a link could point anywhere.
        SetAsideReason::NotAFile
    } else if meta.len() > MAX_AUTOSAVE_BYTES {
        SetAsideReason::TooLarge { bytes: meta.len() }
    } else {
        match read_snapshot(path) {
            Ok(snapshot) => return Recovery::Offer(Box::new(snapshot)),
            Err(why) => why,
        }
    };
    Recovery::SetAside {
        why,
        kept_as: set_aside(path),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read_snapshot(path: &Path) -> Result<Snapshot, SetAsideReason> {
    use gz_core::scenario::LoadError;
    let text = gz_core::scenario::read_limited(path, MAX_AUTOSAVE_BYTES).map_err(|e| match e {
        LoadError::TooLarge { bytes, .. } => SetAsideReason::TooLarge { bytes },
        LoadError::NotRegularFile { .. } => SetAsideReason::NotAFile,
        _ => SetAsideReason::Damaged,
    })?;
    parse_snapshot(&text)
}

fn parse_snapshot(text: &str) -> Result<Snapshot, SetAsideReason> {
    ron::Options::default()
        .with_recursion_limit(gz_core::scenario::MAX_NESTING)
        .from_str::<Snapshot>(text)
        .ok()
        // Restoring a scenario that does not validate would trade one problem for another.
        .filter(|s| validate(&s.scenario).is_empty())
        .ok_or(SetAsideReason::Damaged)
}

/// How many set-aside autosaves are kept before giving up on finding a free name.
#[cfg(not(target_arch = "wasm32"))]
const MAX_SET_ASIDE: u32 = 10_000;

/// Moves the autosave to the first free name of `autosave.ron.damaged`,
/// `autosave.ron.damaged.2`, ...: an earlier one is never replaced.
#[cfg(not(target_arch = "wasm32"))]
fn set_aside(path: &Path) -> Option<PathBuf> {
    for n in 1..=MAX_SET_ASIDE {
        let candidate = damaged_path_numbered(path, n);
        // A hard link fails if the name is taken, so two copies of the app starting at once
        // cannot replace each other's; the rename below is for file systems without links.
        match std::fs::hard_link(path, &candidate) {
            Ok(()) => {
                let _ = std::fs::remove_file(path);
                return Some(candidate);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(_) => {
                if std::fs::symlink_metadata(&candidate).is_ok() {
                    continue;
                }
                return std::fs::rename(path, &candidate).ok().map(|()| candidate);
            }
        }
    }
    None
}

/// Where the first autosave that cannot be restored is kept: `autosave.ron.damaged`.
#[must_use]
pub fn damaged_path(path: &Path) -> PathBuf {
    damaged_path_numbered(path, 1)
}

/// The `n`th kept autosave: `autosave.ron.damaged`, then `autosave.ron.damaged.2`, ...
#[must_use]
pub fn damaged_path_numbered(path: &Path, n: u32) -> PathBuf {
    if n <= 1 {
        gz_core::scenario::with_suffix(path, ".damaged")
    } else {
        gz_core::scenario::with_suffix(path, &format!(".damaged.{n}"))
    }
}

/// `path` made absolute with its links resolved; as absolute as possible when it is gone.
#[must_use]
pub fn absolute_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

fn parse_hex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_survives_hex_and_back() {
        let digest: [u8; 32] = std::array::from_fn(|i| (i * 37) as u8);
        assert_eq!(parse_hex(&gz_core::report::hex(&digest)), Some(digest));
        assert_eq!(parse_hex("zz"), None);
    }
}
