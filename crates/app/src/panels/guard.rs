//! The questions asked in a modal: Save, Discard or Cancel before New, Open or closing over
//! unsaved work; overwrite a file changed on disk; recover a crashed session's work. Each
//! returns the answer as an action.

use eframe::egui;
use gz_i18n::tr;

use super::super::ZonesApp;
use super::super::actions::{Action, AfterGuard, OverwriteAnswer, RecoveryAnswer, UnsavedAnswer};

pub fn guard_ui(ctx: &egui::Context, app: &ZonesApp) -> Option<Action> {
    let after = app.pending_guard()?;
    if matches!(after, AfterGuard::Overwrite { .. }) {
        return overwrite_ui(ctx, app).map(Action::Overwrite);
    }
    let name = app.document().display_name();
    // A whole sentence per case: a fragment put into one sentence does not translate.
    let question = match after {
        AfterGuard::New => tr!("guard-unsaved-before-new", name = name.as_str()),
        AfterGuard::Open
        | AfterGuard::OpenPath(_)
        | AfterGuard::OpenBundled(_)
        | AfterGuard::OpenDropped => tr!("guard-unsaved-before-open", name = name.as_str()),
        AfterGuard::Close | AfterGuard::Overwrite { .. } => {
            tr!("guard-unsaved-before-close", name = name.as_str())
        }
    };
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.label(crate::bidi::heading(ui, tr!("guard-unsaved")));
        ui.label(crate::bidi::text(ui, question));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(crate::bidi::text(ui, tr!("guard-save")))
                .clicked()
            {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui
                .button(crate::bidi::text(ui, tr!("guard-discard-changes")))
                .clicked()
            {
                answer = Some(UnsavedAnswer::Discard);
            }
            if ui
                .button(crate::bidi::text(ui, tr!("guard-cancel")))
                .clicked()
            {
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
        || tr!("guard-not-saved-to-a-file"),
        |p| p.display().to_string(),
    );
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("recover_work")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(crate::bidi::heading(ui, tr!("guard-recover")));
        ui.label(crate::bidi::text(
            ui,
            tr!(
                "guard-recover-text",
                title = title.as_str(),
                file = file.as_str()
            ),
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(crate::bidi::text(ui, tr!("guard-restore")))
                .clicked()
            {
                answer = Some(RecoveryAnswer::Restore);
            }
            if ui
                .button(crate::bidi::text(ui, tr!("guard-discard-it")))
                .clicked()
            {
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
        ui.label(crate::bidi::heading(ui, tr!("guard-changed-on-disk")));
        ui.label(crate::bidi::text(
            ui,
            tr!("guard-changed-on-disk-text", name = name.as_str()),
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(crate::bidi::text(ui, tr!("guard-overwrite")))
                .clicked()
            {
                answer = Some(OverwriteAnswer::Overwrite);
            }
            if ui
                .button(crate::bidi::text(ui, tr!("command-save-as")))
                .clicked()
            {
                answer = Some(OverwriteAnswer::SaveAs);
            }
            if ui
                .button(crate::bidi::text(ui, tr!("guard-cancel")))
                .clicked()
            {
                answer = Some(OverwriteAnswer::Cancel);
            }
        });
    });
    answer
}
