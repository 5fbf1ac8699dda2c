//! Saving a changed copy of a scenario under a title of its own. A student who edits a bundled
//! scenario and saves it would otherwise keep its title and description, and the file would
//! claim to be the scenario it was copied from; so Save As asks first, suggesting
//! "… (my version)", marks the description as edited and fills in the remembered author.

use eframe::egui::{self, RichText};
use gz_core::scenario::{MAX_TITLE_CHARS, Scenario};
use gz_i18n::tr;

use super::super::theme::Palette;

/// The questions and their answers so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveVersion {
    pub title: String,
    pub author: String,
    /// Put a line before the description saying whose scenario this was edited from.
    pub mark_edited: bool,
    original_title: String,
}

/// What the user chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveVersionAnswer {
    /// Save under these answers.
    Save(SaveVersion),
    /// Save with the title it has.
    KeepTitle,
    Cancel,
}

impl SaveVersion {
    /// The questions for `scenario`, answered as far as can be guessed: the author is the
    /// name remembered from the last time, else the scenario's own.
    #[must_use]
    pub fn new(scenario: &Scenario, remembered_author: &str) -> Self {
        let title = tr!(
            "save-my-version-title",
            title = scenario.meta.title.as_str()
        );
        Self {
            title: title.chars().take(MAX_TITLE_CHARS).collect(),
            author: if remembered_author.is_empty() {
                scenario.meta.author.clone()
            } else {
                remembered_author.to_owned()
            },
            mark_edited: true,
            original_title: scenario.meta.title.clone(),
        }
    }

    /// `scenario` with these answers in its metadata.
    #[must_use]
    pub fn applied_to(&self, scenario: &Scenario) -> Scenario {
        let mut s = scenario.clone();
        self.title.trim().clone_into(&mut s.meta.title);
        self.author.trim().clone_into(&mut s.meta.author);
        if self.mark_edited {
            let note = tr!("save-edited-from", title = self.original_title.as_str());
            s.meta.description = if s.meta.description.is_empty() {
                note
            } else {
                format!("{note}\n\n{}", s.meta.description)
            };
        }
        s
    }
}

/// The question, over the window, until it is answered.
pub fn save_version_ui(
    ctx: &egui::Context,
    state: &mut SaveVersion,
    palette: &Palette,
) -> Option<SaveVersionAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("save_version")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.with_layout(crate::bidi::reading_layout(), |ui| {
            ui.label(
                RichText::new(crate::bidi::plain(&tr!("save-version-heading")))
                    .strong()
                    .size(20.0),
            );
            ui.label(crate::bidi::text(
                ui,
                tr!("save-version-why", title = state.original_title.as_str()),
            ));
            ui.add_space(6.0);
            let title_label = ui.label(crate::bidi::text(ui, tr!("scenario-title")));
            let title = ui
                .add(egui::TextEdit::singleline(&mut state.title).desired_width(500.0))
                .labelled_by(title_label.id);
            if title.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                answer = Some(SaveVersionAnswer::Save(state.clone()));
            }
            let author_label = ui.label(crate::bidi::text(ui, tr!("scenario-author")));
            ui.add(egui::TextEdit::singleline(&mut state.author).desired_width(500.0))
                .labelled_by(author_label.id);
            ui.checkbox(
                &mut state.mark_edited,
                crate::bidi::text(ui, tr!("save-version-mark-edited")),
            );
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("save-version-author-remembered"),
            ));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let blank = state.title.trim().is_empty();
                if ui
                    .add_enabled(
                        !blank,
                        egui::Button::new(crate::bidi::text(ui, tr!("save-version-save"))),
                    )
                    .clicked()
                {
                    answer = Some(SaveVersionAnswer::Save(state.clone()));
                }
                if ui
                    .button(crate::bidi::text(ui, tr!("save-version-keep-title")))
                    .clicked()
                {
                    answer = Some(SaveVersionAnswer::KeepTitle);
                }
                if ui
                    .button(crate::bidi::text(ui, tr!("guard-cancel")))
                    .clicked()
                {
                    answer = Some(SaveVersionAnswer::Cancel);
                }
            });
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(SaveVersionAnswer::Cancel);
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_gets_its_own_title_the_remembered_author_and_a_marked_description() {
        gz_i18n::set_language(gz_i18n::Language::English);
        let mut original = Scenario::default();
        original.meta.title = "Full Phase II".to_owned();
        original.meta.author = "gaza-zones".to_owned();
        original.meta.description = "Everything in good time.".to_owned();
        let asked = SaveVersion::new(&original, "A. Student");
        assert_eq!(asked.title, "Full Phase II (my version)");
        assert_eq!(asked.author, "A. Student");
        let saved = asked.applied_to(&original);
        assert_eq!(saved.meta.title, "Full Phase II (my version)");
        assert_eq!(saved.meta.author, "A. Student");
        assert!(
            saved
                .meta
                .description
                .starts_with("Edited from “Full Phase II”")
        );
        assert!(saved.meta.description.ends_with("Everything in good time."));
        // Nothing but the metadata changes.
        assert_eq!(saved.events, original.events);
        assert_eq!(saved.start, original.start);
        // With no name remembered, the scenario's own author stays.
        assert_eq!(SaveVersion::new(&original, "").author, "gaza-zones");
    }
}
