//! Opening and saving with native dialogs. Errors become a notice; the scenario on screen is
//! never lost or replaced by a broken one.

use gz_i18n::tr;
use std::path::Path;

use super::document::Document;
use super::panels::save_version::{SaveVersion, SaveVersionAnswer};
use super::{Notice, ZonesApp, loading};
use gz_core::scenario::BUNDLED;

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn dialog() -> rfd::FileDialog {
    rfd::FileDialog::new().add_filter("gaza-zones scenario", &["ron"])
}

pub(super) fn open_with_dialog(app: &mut ZonesApp) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(path) = dialog().set_title(tr!("dialog-open")).pick_file() {
        open_path(app, &path);
    }
    #[cfg(target_arch = "wasm32")]
    pick_in_browser(app, loading::Purpose::Open);
}

/// Opens the browser's file picker; the file is taken in by `background` once read.
#[cfg(target_arch = "wasm32")]
pub(super) fn pick_in_browser(app: &mut ZonesApp, purpose: loading::Purpose) {
    match super::browser::files::pick_scenario(purpose) {
        Ok(picking) => app.jobs.picking = Some(picking),
        Err(why) => {
            app.notice = Some(Notice::Error(tr!(
                "notice-no-file-picker",
                why = why.to_string()
            )));
        }
    }
}

/// Opens `path`: at once if it is small, else in the background while the scenario on
/// screen stays as it is. A broken file leaves the current scenario as it is and says why.
pub(super) fn open_path(app: &mut ZonesApp, path: &Path) {
    let generation = app.open.generation();
    match loading::dispatch(path, loading::Purpose::Open, generation) {
        loading::Dispatched::Done(result) => finish_opening(app, *result),
        loading::Dispatched::Pending(job) => app.jobs.loading = Some(job),
    }
}

/// A file asked for has been read (or could not be): it replaces the scenario, or says why not.
pub(super) fn finish_opening(
    app: &mut ZonesApp,
    result: Result<loading::Loaded, gz_core::scenario::LoadError>,
) {
    match result {
        Ok(loaded) => {
            let opened = tr!("notice-opened", path = loaded.path.display().to_string());
            app.replace_document(Document::from_loaded(loaded));
            app.notice = Some(Notice::Info(opened));
        }
        Err(e) => {
            app.notice = Some(Notice::Error(format!(
                "{}\n{}",
                tr!("notice-not-opened"),
                describe_load_error(&e)
            )));
        }
    }
}

/// A load error's first few problems (<file:line:col> each), for a notice.
pub(super) fn describe_load_error(e: &gz_core::scenario::LoadError) -> String {
    let lines = e.lines();
    let shown = lines.iter().take(6).cloned().collect::<Vec<_>>().join("\n");
    let more = lines.len().saturating_sub(6);
    if more > 0 {
        format!("{shown}\n{}", tr!("notice-more-problems", more = more))
    } else {
        shown
    }
}

pub(super) fn open_bundled(app: &mut ZonesApp, index: usize) {
    let Some(bundled) = BUNDLED.get(index) else {
        return;
    };
    match bundled.load() {
        Ok(scenario) => {
            app.replace_document(Document::unsaved(scenario));
            app.notice = Some(Notice::Info(tr!(
                "notice-opened-bundled",
                name = bundled.file_name
            )));
        }
        Err(e) => app.notice = Some(Notice::Error(e.to_string())),
    }
}

pub(super) fn save(app: &mut ZonesApp) {
    if cfg!(target_arch = "wasm32") {
        download_scenario(app);
        return;
    }
    if app.open.doc.path().is_some() && app.open.doc.changed_on_disk() {
        // Someone else changed the file since we read it: ask before overwriting their work.
        app.windows.guard = Some(super::AfterGuard::Overwrite { then: None });
        return;
    }
    save_without_asking(app);
}

pub(super) fn save_without_asking(app: &mut ZonesApp) {
    match app.open.doc.path().map(Path::to_path_buf) {
        Some(path) => save_to(app, &path),
        None => save_as(app),
    }
}

pub(super) fn save_as(app: &mut ZonesApp) {
    if app.open.doc.keeps_borrowed_title() {
        let asking = SaveVersion::new(app.open.doc.scenario(), &app.prefs.author_name);
        app.windows.save_version = Some(asking);
        return;
    }
    save_as_without_asking(app);
}

/// What Save As does once the scenario's title is settled.
fn save_as_without_asking(app: &mut ZonesApp) {
    if let Some(path) = app.session.scripted_save_path.take() {
        save_to(app, &path);
        return;
    }
    if cfg!(target_arch = "wasm32") {
        download_scenario(app);
        return;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let suggested = format!("{}.ron", slug(&app.open.doc.scenario().meta.title));
        if let Some(path) = dialog()
            .set_title(tr!("dialog-save-as"))
            .set_file_name(suggested)
            .save_file()
        {
            save_to(app, &path);
        }
    }
}

/// Applies the answer to the title asked before saving a changed copy, then saves as asked.
pub(super) fn answer_save_version(app: &mut ZonesApp, answer: SaveVersionAnswer) {
    app.windows.save_version = None;
    match answer {
        SaveVersionAnswer::Save(answers) => {
            let scenario = answers.applied_to(app.open.doc.scenario());
            app.prefs.author_name.clone_from(&scenario.meta.author);
            let edit = super::open_document::Edit {
                scenario,
                gesture: super::open_document::Gesture::Whole,
                based_on: app.open.generation(),
            };
            app.open.apply_edit(edit);
            save_as_without_asking(app);
        }
        SaveVersionAnswer::KeepTitle => save_as_without_asking(app),
        SaveVersionAnswer::Cancel => {}
    }
}

/// Saves to `path`; on failure the edits stay in memory and the old file is intact.
pub fn save_to(app: &mut ZonesApp, path: &Path) {
    // Asked before saving: the save writes the link's target and leaves the link as it is.
    let link_target = match gz_core::scenario::resolve_target(path) {
        Ok(gz_core::scenario::Target::ThroughLink { target, .. }) => Some(target),
        _ => None,
    };
    match app.open.doc.save_to(path) {
        Ok(()) => {
            app.prefs.remember_recent(path);
            let said = link_target.map_or_else(
                || tr!("notice-saved", path = path.display().to_string()),
                |target| {
                    tr!(
                        "notice-saved-through-link",
                        target = target.display().to_string(),
                        link = gz_core::report::file_name(path)
                    )
                },
            );
            app.notice = Some(Notice::Info(said));
        }
        Err(e) => {
            app.notice = Some(Notice::Error(format!(
                "{e}\n{}",
                tr!("notice-changes-kept-try-another-folder")
            )));
        }
    }
}

/// Puts the scenario in the page's address and on the clipboard; a scenario too large for a
/// link is downloaded instead, and the notice says so.
pub(super) fn copy_link(app: &mut ZonesApp, ctx: &eframe::egui::Context) {
    #[cfg(target_arch = "wasm32")]
    {
        use super::browser::link;
        let doc = &app.open.doc;
        let Some(text) = doc.text_for_link() else {
            return;
        };
        let name = doc
            .path()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned());
        match gz_core::scenario::link::fragment_of_file(&text, name.as_deref()) {
            Ok(fragment) => {
                if let Some(address) = link::address_with(&fragment) {
                    ctx.copy_text(address.clone());
                    app.notice = Some(Notice::Info(tr!(
                        "notice-link-copied",
                        characters = address.len().to_string()
                    )));
                }
            }
            Err(e) => {
                download_scenario(app);
                app.notice = Some(Notice::Error(tr!("notice-no-link", why = e.to_string())));
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (app, ctx);
    }
}

/// In the browser, saving is a download: the file lands where the browser puts downloads, and
/// the document counts as saved under that name.
fn download_scenario(app: &mut ZonesApp) {
    let doc = &app.open.doc;
    let name = doc.path().and_then(Path::file_name).map_or_else(
        || format!("{}.ron", slug(&doc.scenario().meta.title)),
        |n| n.to_string_lossy().into_owned(),
    );
    let text = match doc.scenario().to_ron_string() {
        Ok(text) => text,
        Err(e) => {
            app.notice = Some(Notice::Error(tr!(
                "notice-scenario-not-written",
                why = e.to_string()
            )));
            return;
        }
    };
    match super::platform::download(&name, text.as_bytes()) {
        Ok(()) => {
            app.open.doc.mark_downloaded(&name, &text);
            app.notice = Some(Notice::Info(tr!("notice-downloaded", name = name.as_str())));
        }
        Err(why) => {
            app.notice = Some(Notice::Error(tr!(
                "notice-not-downloaded",
                name = name.as_str(),
                why = why.as_str()
            )));
        }
    }
}

/// A file name from a title: lower case letters, digits and underscores.
fn slug(title: &str) -> String {
    let s: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let s = s.trim_matches('_').to_owned();
    if s.is_empty() {
        "scenario".to_owned()
    } else {
        s
    }
}

impl ZonesApp {
    /// Shows why the file asked for on the command line could not be opened; the app is on
    /// the default scenario instead.
    #[must_use]
    pub fn with_opening_error(mut self, e: &gz_core::scenario::LoadError) -> Self {
        self.notice = Some(Notice::Error(format!(
            "{}\n{}",
            tr!("notice-not-opened-default-shown"),
            describe_load_error(e)
        )));
        self
    }

    /// Opens a file as the Open command would after its dialog (used by tests and drag and drop).
    pub fn open_file(&mut self, path: &Path) {
        self.guarded(super::AfterGuard::OpenPath(path.to_path_buf()));
    }

    /// Opens a bundled scenario, asking first about unsaved changes.
    pub fn open_bundled(&mut self, index: usize) {
        self.guarded(super::AfterGuard::OpenBundled(index));
    }

    /// Saves to the document's own file as Ctrl+S would (asking first if the file changed).
    pub fn save_current(&mut self) {
        save(self);
    }

    /// Makes the next Save As save to `path` as if it had been chosen in the file dialog, so
    /// that a test can drive everything Save As asks before it.
    pub fn choose_in_next_save_dialog(&mut self, path: &Path) {
        self.session.scripted_save_path = Some(path.to_path_buf());
    }

    /// Saves to a path as Save As would after its dialog.
    pub fn save_file(&mut self, path: &Path) {
        save_to(self, path);
    }
}
