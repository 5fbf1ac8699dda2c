//! The scenario being edited: its file, whether it has unsaved changes, and undo history.

use std::path::{Path, PathBuf};

use eframe::egui::util::undoer::{Settings, Undoer};

use gz_core::scenario::{LoadError, SaveError, Scenario};

/// A scenario with its file and history.
pub struct Document {
    scenario: Scenario,
    /// Where it was last opened from or saved to; `None` for a new or bundled scenario.
    path: Option<PathBuf>,
    /// The canonical text as last saved or opened, to tell whether there are unsaved changes.
    saved_text: Option<String>,
    /// The bytes of the file as opened or saved, while unedited: a link carries them as they
    /// are, so that it opens with the file's own hash.
    file_text: Option<String>,
    dirty: bool,
    undoer: Undoer<Scenario>,
    /// SHA-256 of the file's bytes as last read or written, to notice another program (a sync
    /// tool, a colleague) changing it underneath us.
    disk_digest: Option<[u8; 32]>,
    /// Restored from an autosave that did not record the file's hash: whatever is at `path`
    /// now may be another file, so saving over it asks first.
    unverified_file: bool,
    /// Counts changes of the scenario, so that others can tell cheaply whether it changed.
    generation: u64,
    /// The title of the scenario as opened, until it is saved from here: a changed scenario
    /// that still carries it would claim, once saved, to be the scenario it was copied from.
    borrowed_title: Option<String>,
}

impl Document {
    /// A document that is not yet in any file (new, or a bundled scenario).
    #[must_use]
    pub fn unsaved(scenario: Scenario) -> Self {
        Self {
            saved_text: None,
            file_text: None,
            dirty: false,
            path: None,
            undoer: undoer(),
            borrowed_title: Some(scenario.meta.title.clone()),
            scenario,
            disk_digest: None,
            unverified_file: false,
            generation: 0,
        }
    }

    /// Work recovered after a crash: it belongs to `path` (if any) but is not saved there.
    /// `file_digest` is the hash the file had when the work was opened or last saved; saving
    /// over a file that no longer has it asks first, and so does saving over a file when the
    /// hash was not recorded (an autosave of an earlier version).
    #[must_use]
    pub fn restored(
        scenario: Scenario,
        path: Option<PathBuf>,
        file_digest: Option<[u8; 32]>,
    ) -> Self {
        Self {
            saved_text: None,
            file_text: None,
            dirty: true,
            unverified_file: path.is_some() && file_digest.is_none(),
            disk_digest: file_digest,
            path,
            undoer: undoer(),
            borrowed_title: Some(scenario.meta.title.clone()),
            scenario,
            generation: 0,
        }
    }

    /// Reads a file; on error nothing is created and the caller keeps its document.
    ///
    /// # Errors
    /// When the file cannot be read or is not a valid scenario.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        super::loading::load(path).map(Self::from_loaded)
    }

    /// A document of a file already read and checked; its hash is that of the bytes parsed.
    #[must_use]
    pub fn from_loaded(loaded: super::loading::Loaded) -> Self {
        use sha2::Digest;
        let disk_digest = Some(sha2::Sha256::digest(loaded.text.as_bytes()).into());
        Self {
            saved_text: loaded.scenario.to_ron_string().ok(),
            file_text: Some(loaded.text),
            dirty: false,
            path: Some(loaded.path),
            undoer: undoer(),
            borrowed_title: Some(loaded.scenario.meta.title.clone()),
            scenario: loaded.scenario,
            disk_digest,
            unverified_file: false,
            generation: 0,
        }
    }

    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether there are changes not yet in the file. A bundled or new scenario counts as
    /// unsaved only once it is edited.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Replaces the scenario as one undoable edit.
    pub fn edit(&mut self, scenario: Scenario) {
        if scenario == self.scenario {
            return;
        }
        self.undoer.add_undo(&self.scenario);
        self.scenario = scenario;
        self.refresh_dirty();
    }

    /// Replaces the scenario during a continuous gesture (a slider drag): one undo point for
    /// the whole gesture, taken when it starts.
    pub fn edit_continuing(&mut self, scenario: Scenario, gesture_started: bool) {
        if gesture_started {
            self.undoer.add_undo(&self.scenario);
        }
        self.scenario = scenario;
        self.refresh_dirty();
    }

    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.scenario)
    }

    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.scenario)
    }

    /// Returns whether anything changed.
    pub fn undo(&mut self) -> bool {
        match self.undoer.undo(&self.scenario) {
            Some(previous) => {
                self.scenario = previous.clone();
                self.refresh_dirty();
                true
            }
            None => false,
        }
    }

    /// Returns whether anything changed.
    pub fn redo(&mut self) -> bool {
        match self.undoer.redo(&self.scenario) {
            Some(next) => {
                self.scenario = next.clone();
                self.refresh_dirty();
                true
            }
            None => false,
        }
    }

    /// Saves to `path` (atomically); on success it becomes the document's file.
    ///
    /// # Errors
    /// When the file cannot be written; the document keeps its changes and its old path.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        self.scenario.save(path)?;
        let text = self.scenario.to_ron_string().ok();
        self.now_saved(path.to_path_buf(), digest_of_file(path), text);
        Ok(())
    }

    /// The scenario is now the file at `path`, with that digest and text.
    fn now_saved(&mut self, path: PathBuf, disk_digest: Option<[u8; 32]>, text: Option<String>) {
        self.disk_digest = disk_digest;
        self.unverified_file = false;
        self.path = Some(path);
        self.file_text.clone_from(&text);
        self.saved_text = text;
        self.dirty = false;
        self.borrowed_title = None;
    }

    /// Whether the scenario has been changed but still has the title it was opened with (and
    /// has not been saved from here since), so that saving it as a new file should first ask
    /// for a title of its own.
    #[must_use]
    pub fn keeps_borrowed_title(&self) -> bool {
        self.dirty && self.borrowed_title.as_ref() == Some(&self.scenario.meta.title)
    }

    /// The text a link to the document carries: the file's own bytes while unedited, else the
    /// scenario as it would be saved.
    #[must_use]
    pub fn text_for_link(&self) -> Option<String> {
        match &self.file_text {
            Some(text) if !self.dirty => Some(text.clone()),
            _ => self.scenario.to_ron_string().ok(),
        }
    }

    /// In the browser: the scenario was handed over as the download `file_name` with `text`,
    /// which counts as saving it there.
    pub fn mark_downloaded(&mut self, file_name: &str, text: &str) {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(text.as_bytes()).into();
        self.now_saved(
            PathBuf::from(file_name),
            Some(digest),
            Some(text.to_owned()),
        );
    }

    /// Which scenario, file and bytes the document's numbers come from: the file's own hash
    /// while the document is as read or saved, else the hash of the text the app would save.
    #[must_use]
    pub fn provenance(&self) -> gz_core::report::Provenance {
        let p = gz_core::report::Provenance::of_scenario(&self.scenario, self.path(), self.dirty)
            .with_notes(gz_i18n::csv::notes(self.scenario.model));
        match (&self.disk_digest, self.dirty) {
            (Some(digest), false) => p.with_file_digest(digest),
            _ => p,
        }
    }

    /// Whether the document's file now holds something other than what was last opened or
    /// saved (or has gone), so that saving would overwrite someone else's changes.
    #[must_use]
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.disk_digest) {
            (Some(path), Some(known)) => digest_of_file(path).as_ref() != Some(known),
            (Some(path), None) if self.unverified_file => path.exists(),
            _ => false,
        }
    }

    /// SHA-256 of the file's bytes as last opened or saved, if the document has a file.
    #[must_use]
    pub fn disk_digest(&self) -> Option<[u8; 32]> {
        self.disk_digest
    }

    /// A short name for the window title.
    #[must_use]
    pub fn display_name(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || self.scenario.meta.title.clone(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// A number that changes whenever the scenario does.
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.generation
    }

    fn refresh_dirty(&mut self) {
        self.generation += 1;
        self.dirty = match &self.saved_text {
            Some(saved) => self.scenario.to_ron_string().ok().as_ref() != Some(saved),
            // Never saved: any edit is unsaved work.
            None => true,
        };
    }
}

fn digest_of_file(path: &Path) -> Option<[u8; 32]> {
    use sha2::Digest;
    let bytes = std::fs::read(path).ok()?;
    Some(sha2::Sha256::digest(&bytes).into())
}

fn undoer() -> Undoer<Scenario> {
    Undoer::with_settings(Settings {
        max_undos: 200,
        ..Settings::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        gz_core::scenario::default_scenario().expect("default")
    }

    #[test]
    fn edits_undo_and_redo_and_track_unsaved_changes() {
        let mut doc = Document::unsaved(scenario());
        assert!(!doc.is_dirty() && !doc.can_undo());
        let aid_before = doc.scenario().start.aid_trucks_per_day;
        let mut edited = doc.scenario().clone();
        edited.start.aid_trucks_per_day = 600.0;
        doc.edit(edited);
        assert!(doc.is_dirty() && doc.can_undo());
        assert!(doc.undo());
        assert_eq!(doc.scenario().start.aid_trucks_per_day, aid_before);
        assert!(doc.redo());
        assert_eq!(doc.scenario().start.aid_trucks_per_day, 600.0);
    }

    #[test]
    fn a_link_carries_the_file_as_opened_until_it_is_edited() {
        let bundled = gz_core::scenario::Bundled::named("full_phase_two.ron").expect("bundled");
        let loaded = crate::loading::Loaded {
            path: "full_phase_two.ron".into(),
            text: bundled.text.to_owned(),
            scenario: bundled.load().expect("loads"),
        };
        let mut doc = Document::from_loaded(loaded);
        // The file's comments and layout travel too, so the link opens with the file's hash.
        assert_eq!(doc.text_for_link().as_deref(), Some(bundled.text));
        let mut edited = doc.scenario().clone();
        edited.seed += 1;
        doc.edit(edited.clone());
        let text = doc.text_for_link().expect("text");
        assert_ne!(text, bundled.text);
        assert_eq!(
            Scenario::from_ron_str(&text, "link").expect("opens"),
            edited,
            "an edited scenario travels as it would be saved"
        );
        doc.mark_downloaded("mine.ron", &text);
        assert!(!doc.is_dirty());
        assert_eq!(doc.display_name(), "mine.ron");
        assert_eq!(doc.text_for_link(), Some(text));
    }

    #[test]
    fn a_file_changed_by_another_program_is_noticed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        let mut doc = Document::unsaved(scenario());
        doc.save_to(&path).expect("saves");
        assert!(!doc.changed_on_disk());
        let mut theirs = scenario();
        theirs.seed = 77;
        theirs.save(&path).expect("someone else saves");
        assert!(doc.changed_on_disk());
        doc.save_to(&path).expect("overwrite on purpose");
        assert!(!doc.changed_on_disk());
    }

    #[test]
    fn saving_clears_the_unsaved_mark_and_undoing_back_to_it_too() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        let mut doc = Document::unsaved(scenario());
        doc.save_to(&path).expect("saves");
        assert!(!doc.is_dirty());
        let mut edited = doc.scenario().clone();
        edited.seed = 99;
        doc.edit(edited);
        assert!(doc.is_dirty());
        doc.undo();
        assert!(!doc.is_dirty(), "back to the saved state");
    }
}
