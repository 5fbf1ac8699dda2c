//! The questions asked in a modal: Save, Discard or Cancel before New, Open or closing over
//! unsaved work; overwrite a file changed on disk; recover a crashed session's work. Each
//! returns the answer as an action.

use eframe::egui;

use super::super::ZonesApp;
use super::super::actions::{Action, AfterGuard, OverwriteAnswer, RecoveryAnswer, UnsavedAnswer};

pub fn guard_ui(ctx: &egui::Context, app: &ZonesApp) -> Option<Action> {
    let after = app.pending_guard()?;
    if matches!(after, AfterGuard::Overwrite { .. }) {
        return overwrite_ui(ctx, app).map(Action::Overwrite);
    }
    let doing = match after {
        AfterGuard::New => "starting a new scenario",
        AfterGuard::Open
        | AfterGuard::OpenPath(_)
        | AfterGuard::OpenBundled(_)
        | AfterGuard::OpenDropped => "opening another scenario",
        AfterGuard::Close | AfterGuard::Overwrite { .. } => "closing",
    };
    let name = app.document().display_name();
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "\"{name}\" has changes that are not saved. Save them before {doing}?"
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui.button("Discard changes").clicked() {
                answer = Some(UnsavedAnswer::Discard);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    answer.map(Action::Unsaved)
}

/// After a crash: offer to restore the work the last session left unsaved.
pub fn recovery_ui(ctx: &egui::Context, app: &ZonesApp) -> Option<Action> {
    let snapshot = app.recovered()?;
    let title = snapshot.scenario.meta.title.clone();
    let file = snapshot.file.as_ref().map_or_else(
        || "not yet saved to a file".to_owned(),
        |p| p.display().to_string(),
    );
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("recover_work")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Recover unsaved work?");
        ui.label(format!(
            "The last session ended without saving \"{title}\" ({file}). Its work was autosaved."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore it").clicked() {
                answer = Some(RecoveryAnswer::Restore);
            }
            if ui.button("Discard it").clicked() {
                answer = Some(RecoveryAnswer::Discard);
            }
        });
    });
    answer.map(Action::Recovery)
}

/// The file changed on disk since it was opened: overwrite it, save elsewhere, or cancel.
fn overwrite_ui(ctx: &egui::Context, app: &ZonesApp) -> Option<OverwriteAnswer> {
    let name = app.document().display_name();
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("changed_on_disk")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("The file changed on disk");
        ui.label(format!(
            "\"{name}\" was changed by another program (a sync tool, or someone else) since you \
             opened or saved it. Saving now replaces those changes."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                answer = Some(OverwriteAnswer::Overwrite);
            }
            if ui.button("Save As…").clicked() {
                answer = Some(OverwriteAnswer::SaveAs);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(OverwriteAnswer::Cancel);
            }
        });
    });
    answer
}
