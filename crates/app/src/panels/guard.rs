//! The unsaved-changes question: Save, Discard or Cancel, before New, Open or closing.

use eframe::egui;

use super::super::{AfterGuard, ZonesApp};

pub fn guard_ui(ctx: &egui::Context, app: &mut ZonesApp) {
    let Some(after) = app.pending_guard() else {
        return;
    };
    if matches!(after, AfterGuard::Overwrite { .. }) {
        overwrite_ui(ctx, app);
        return;
    }
    let doing = match after {
        AfterGuard::New => "starting a new scenario",
        AfterGuard::Open | AfterGuard::OpenPath(_) | AfterGuard::OpenBundled(_) => {
            "opening another scenario"
        }
        AfterGuard::Close | AfterGuard::Overwrite { .. } => "closing",
    };
    let name = app.document().display_name();
    let mut answer: Option<Option<bool>> = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "\"{name}\" has changes that are not saved. Save them before {doing}?"
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(Some(true));
            }
            if ui.button("Discard changes").clicked() {
                answer = Some(Some(false));
            }
            if ui.button("Cancel").clicked() {
                answer = Some(None);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(None);
    }
    if let Some(answer) = answer {
        app.answer_guard(ctx, answer);
    }
}

/// After a crash: offer to restore the work the last session left unsaved.
pub fn recovery_ui(ctx: &egui::Context, app: &mut ZonesApp) {
    let Some(snapshot) = app.recovered() else {
        return;
    };
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
                answer = Some(true);
            }
            if ui.button("Discard it").clicked() {
                answer = Some(false);
            }
        });
    });
    if let Some(restore) = answer {
        app.answer_recovery(restore);
    }
}

/// The file changed on disk since it was opened: overwrite it, save elsewhere, or cancel.
fn overwrite_ui(ctx: &egui::Context, app: &mut ZonesApp) {
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
    match answer {
        // Proceeding with the pending action is the overwrite itself.
        Some(OverwriteAnswer::Overwrite) => app.answer_guard(ctx, Some(false)),
        Some(OverwriteAnswer::SaveAs) => {
            // What the save was for (New, Open, Close) goes ahead once Save As has saved.
            let then = match app.guard.take() {
                Some(AfterGuard::Overwrite { then }) => then,
                _ => None,
            };
            app.apply(ctx, super::super::commands::Command::SaveAs);
            if let Some(then) = then
                && !app.doc.is_dirty()
            {
                app.proceed_and_close(ctx, *then);
            }
        }
        Some(OverwriteAnswer::Cancel) => app.answer_guard(ctx, None),
        None => {}
    }
}

enum OverwriteAnswer {
    Overwrite,
    SaveAs,
    Cancel,
}
