//! What the app keeps between sessions (the scenario itself lives in its file), and the look
//! asked for on the command line over it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::export::ExportSettings;
use super::views::timeline::TimelineMode;

/// How many recent files the File menu offers.
const MAX_RECENT: usize = 8;

/// Preferences kept between sessions (the scenario itself lives in its file).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
// Independent switches, each its own preference: no two of them make a state machine.
#[allow(clippy::struct_excessive_bools)]
pub struct Prefs {
    pub dark: bool,
    /// Black and white, heavier lines and text: for washed-out projectors.
    pub high_contrast: bool,
    /// Okabe–Ito zone colours.
    pub colour_blind_safe: bool,
    pub recent_files: Vec<PathBuf>,
    pub timeline: TimelineMode,
    pub play_days_per_second: f32,
    pub export: ExportSettings,
    /// The interface's language; none to follow the system's.
    pub language: Option<gz_i18n::Language>,
    /// The start page has been shown once and closed: it no longer opens by itself.
    pub start_page_seen: bool,
    /// The name last given as a scenario's author, offered for the next one.
    pub author_name: String,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            dark: true,
            high_contrast: false,
            colour_blind_safe: false,
            recent_files: Vec::new(),
            timeline: TimelineMode::People,
            play_days_per_second: 30.0,
            export: ExportSettings::default(),
            language: None,
            start_page_seen: false,
            author_name: String::new(),
        }
    }
}

impl Prefs {
    /// Keeps `path` first in the recent files, absolute, so that it means the same file
    /// whichever folder the app is started from next time.
    pub fn remember_recent(&mut self, path: &Path) {
        let path = super::autosave::absolute_path(path);
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
    }
}

/// A look asked for on the command line, over the saved preferences (for a talk, or for
/// screenshots of every theme).
#[derive(Clone, Copy, Debug, Default)]
pub struct LookOverride {
    pub dark: Option<bool>,
    pub high_contrast: Option<bool>,
    pub colour_blind_safe: Option<bool>,
    /// `--lang`.
    pub language: Option<gz_i18n::Language>,
}

impl LookOverride {
    // The browser has no command line to give a look on.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub(crate) fn apply(self, prefs: &mut Prefs) {
        if let Some(dark) = self.dark {
            prefs.dark = dark;
        }
        if let Some(high_contrast) = self.high_contrast {
            prefs.high_contrast = high_contrast;
        }
        if let Some(safe) = self.colour_blind_safe {
            prefs.colour_blind_safe = safe;
        }
        if let Some(language) = self.language {
            prefs.language = Some(language);
        }
    }
}
