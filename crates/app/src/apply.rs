//! The one place where what the user asked for changes the app: every action returned by a
//! panel, window, shortcut or menu in a frame is applied here, at the end of that frame.

use eframe::egui;

use super::actions::{
    Action, AfterGuard, ExportRequest, OverwriteAnswer, RecoveryAnswer, UnsavedAnswer,
};
use super::commands::Command;
use super::document::Document;
use super::export::ExportWhat;
use super::open_document::Edit;
use super::views::timeline::TimelineMode;
use super::{Notice, ZonesApp, event_order, files, panels, theme};
use gz_core::scenario::Scenario;

/// How much one Ctrl + enlarges the map in presentation mode.
const MAP_ZOOM_STEP: f32 = 1.25;

impl ZonesApp {
    /// Applies the frame's actions in the order they were asked for.
    pub(crate) fn apply_actions(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        if actions.is_empty() {
            return;
        }
        for action in actions {
            self.apply_action(ctx, action);
        }
        // The frame was drawn before the change: draw it again with the change.
        ctx.request_repaint();
    }

    /// What the start page asked for. Whatever it was, the page closes and is not opened by
    /// itself again.
    pub(crate) fn start_page_asked(
        &mut self,
        asked: panels::start::StartAction,
    ) -> Option<super::actions::Action> {
        use super::actions::{Action, AfterGuard};
        use panels::start::StartAction;
        self.windows.start_page = false;
        self.prefs.start_page_seen = true;
        match asked {
            StartAction::OpenBundled(index) => {
                Some(Action::Replace(AfterGuard::OpenBundled(index)))
            }
            StartAction::Tour => Some(Action::Command(Command::Tour)),
            StartAction::Help => {
                self.windows.help.open = true;
                None
            }
            StartAction::OpenFile => Some(Action::Command(Command::Open)),
            StartAction::Close => None,
        }
    }

    fn apply_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(command) => self.apply(ctx, command),
            Action::SetDay(day) => self.set_day(day),
            Action::ShowDay(day) => {
                self.view.playing = false;
                self.set_day(day);
            }
            Action::Edit(edit) => self.apply_edit(*edit),
            Action::Replace(after) => self.guarded(after),
            Action::DismissNotice => self.notice = None,
            Action::SetLanguage(language) => {
                self.prefs.language = Some(language);
                gz_i18n::set_language(language);
            }
            Action::ClearTrace => self.clear_trace(),
            Action::SelectCell(cell) => self.select_cell(cell),
            Action::SetPlaySpeed(days_per_second) => {
                self.prefs.play_days_per_second = days_per_second;
            }
            Action::StartEnsemble(runs) => self.start_ensemble(runs),
            Action::CancelEnsemble => {
                if let Some(job) = &self.jobs.ensemble {
                    job.value().cancel();
                }
            }
            Action::Unsaved(answer) => self.answer_unsaved(ctx, answer),
            Action::Overwrite(answer) => self.answer_overwrite(ctx, answer),
            Action::SaveVersion(answer) => files::answer_save_version(self, answer),
            Action::HelpOn(key) => {
                self.windows.help.open = true;
                key.clone_into(&mut self.windows.help.filter);
            }
            Action::Recovery(answer) => self.answer_recovery(answer),
            Action::Compare(action) => self.apply_compare_action(ctx, action),
            Action::Sensitivity(action) => self.apply_sensitivity(action),
            Action::Export(request) if self.prefs.export.what == ExportWhat::Animation => {
                self.export_animation(request);
            }
            Action::CancelAnimation => self.windows.export.animation.cancel(),
            Action::Export(request) => {
                let written = match request {
                    ExportRequest::WithDialog => self.export_with_dialog(),
                    ExportRequest::ToPath(path) => self.export_to_path(&path),
                    ExportRequest::Replace(path) => self.export_replacing(&path),
                };
                // Done: the window closes; after a failure it stays, with the notice, to try
                // again.
                if written {
                    self.windows.export.open = false;
                }
            }
        }
    }

    /// Applies an edit of the scenario: the one way the document changes under the user's
    /// hand (undo, redo, New and Open aside).
    pub(crate) fn apply_edit(&mut self, edit: Edit) {
        self.open.apply_edit(edit);
        self.clamp_day();
    }

    fn clamp_day(&mut self) {
        self.view.day = self.view.day.min(self.horizon());
    }

    /// Runs a command, as a menu item, button or shortcut would.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let last_day = self.horizon();
        let view = &mut self.view;
        match command {
            Command::New => self.guarded(AfterGuard::New),
            Command::Open => self.guarded(AfterGuard::Open),
            Command::Save => files::save(self),
            Command::SaveAs => files::save_as(self),
            Command::CopyLink => files::copy_link(self, ctx),
            Command::Undo => {
                self.open.undo();
                self.clamp_day();
            }
            Command::Redo => {
                self.open.redo();
                self.clamp_day();
            }
            Command::PlayPause => view.play_pause(last_day),
            Command::StepBack => view.day = view.day.saturating_sub(1),
            Command::StepForward => view.day = (view.day + 1).min(last_day),
            Command::WeekBack => view.day = view.day.saturating_sub(7),
            Command::WeekForward => view.day = (view.day + 7).min(last_day),
            Command::ToStart => view.day = 0,
            Command::ToEnd => view.day = last_day,
            Command::ShowPeople => self.prefs.timeline = TimelineMode::People,
            Command::ShowArea => self.prefs.timeline = TimelineMode::Area,
            Command::ShowFlows => self.prefs.timeline = TimelineMode::Flows,
            Command::ShowSpread => self.prefs.timeline = TimelineMode::Spread,
            Command::ShowCompare => self.prefs.timeline = TimelineMode::Compare,
            Command::CompareWithFile
            | Command::PinCurrent
            | Command::ToggleDifferenceMap
            | Command::ExportComparison => self.apply_compare_command(command),
            Command::FitMap => view.map.fit(),
            Command::AddEvent => {
                // In a small window the form is on the Events tab: show it.
                view.side_tab = super::view_state::SideTab::Events;
                self.windows.events.start_new(view.day);
            }
            Command::ToggleTheme => {
                self.prefs.dark = !self.prefs.dark;
                self.prefs.high_contrast = false;
                theme::apply_visuals(ctx, &self.prefs);
            }
            Command::ToggleHighContrast => {
                self.prefs.high_contrast = !self.prefs.high_contrast;
                theme::apply_visuals(ctx, &self.prefs);
            }
            Command::ToggleColourBlind => {
                self.prefs.colour_blind_safe = !self.prefs.colour_blind_safe;
            }
            Command::PreviousEvent => self.step_event(false),
            Command::NextEvent => self.step_event(true),
            Command::Present => {
                let on = !view.presenting;
                view.set_presenting(ctx, on);
            }
            Command::LeavePresentation => view.set_presenting(ctx, false),
            // Presenting, the type is already sized for the room and the map is what the room
            // looks at: zooming enlarges the map (as the scroll wheel does), not the type,
            // which would take room from the map.
            Command::ZoomIn if view.presenting => view.map.zoom_by(MAP_ZOOM_STEP),
            Command::ZoomOut if view.presenting => view.map.zoom_by(1.0 / MAP_ZOOM_STEP),
            Command::ZoomReset if view.presenting => view.map.fit(),
            Command::ZoomIn => ctx.set_zoom_factor((ctx.zoom_factor() * 1.1).min(4.0)),
            Command::ZoomOut => ctx.set_zoom_factor((ctx.zoom_factor() / 1.1).max(0.5)),
            Command::ZoomReset => ctx.set_zoom_factor(1.0),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Export => self.windows.export.open = !self.windows.export.open,
            Command::Help => self.windows.help.open = !self.windows.help.open,
            Command::StartPage => self.windows.start_page = true,
            Command::Tour => {
                self.windows.start_page = false;
                self.windows.tour = Some(panels::start::tour::Tour::default());
            }
            Command::About => self.windows.about = !self.windows.about,
            Command::Sensitivity => {
                self.windows.sensitivity.open = !self.windows.sensitivity.open;
            }
        }
    }

    /// One event on or back, several events of one day one at a time; the map's caption
    /// shows the event stepped to in full.
    fn step_event(&mut self, forward: bool) {
        let all = event_order::in_order(self.open.scenario(), self.open.run());
        if let Some(to) = event_order::step(&all, self.view.day, self.view.event_focus, forward) {
            self.view.day = to.day;
            self.view.event_focus = Some(to);
        }
    }

    /// Replaces the document (after New or Open) and re-runs.
    pub fn replace_document(&mut self, doc: Document) {
        if let Some(path) = doc.path() {
            self.prefs.remember_recent(path);
        }
        self.open.replace(doc);
        self.view.day = 0;
        self.view.playing = false;
        self.windows.events = panels::events::EventsPanel::default();
    }

    /// Runs `after` now if there is nothing unsaved; otherwise asks first.
    pub fn guarded(&mut self, after: AfterGuard) {
        if self.open.doc.is_dirty() {
            self.windows.guard = Some(after);
        } else {
            self.proceed(after);
        }
    }

    /// The unsaved-changes question was answered (or not needed): carry on.
    fn proceed(&mut self, after: AfterGuard) {
        if matches!(after, AfterGuard::New | AfterGuard::OpenBundled(_)) {
            // A later choice wins over a file still being read.
            self.jobs.loading = None;
        }
        match after {
            AfterGuard::New => self.replace_document(Document::unsaved(Scenario::default())),
            AfterGuard::Open => files::open_with_dialog(self),
            AfterGuard::OpenPath(path) => files::open_path(self, &path),
            AfterGuard::OpenDropped => {
                if let Some(dropped) = self.jobs.dropped.take() {
                    files::finish_opening(self, *dropped);
                }
            }
            AfterGuard::OpenBundled(i) => files::open_bundled(self, i),
            AfterGuard::Close => self.session.allow_close = true,
            AfterGuard::Overwrite { .. } => files::save_without_asking(self),
        }
    }

    /// Answers the pending unsaved-changes question.
    pub fn answer_unsaved(&mut self, ctx: &egui::Context, answer: UnsavedAnswer) {
        let Some(after) = self.windows.guard.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Save => {
                files::save(self);
                if let Some(AfterGuard::Overwrite { then }) = &mut self.windows.guard {
                    // The file changed on disk: that question comes first, and the pending
                    // New, Open or Close waits for its answer instead of being lost.
                    *then = Some(Box::new(after));
                } else if !self.open.doc.is_dirty() {
                    self.proceed_and_close(ctx, after);
                }
            }
            UnsavedAnswer::Discard => {
                if after == AfterGuard::Close
                    && let Some(mut saver) = self.session.autosave.take()
                {
                    // The user threw this work away on purpose: nothing to offer next time.
                    saver.clear();
                }
                self.proceed_and_close(ctx, after);
            }
        }
    }

    /// Answers the pending changed-on-disk question.
    pub fn answer_overwrite(&mut self, ctx: &egui::Context, answer: OverwriteAnswer) {
        let then = match self.windows.guard.take() {
            Some(AfterGuard::Overwrite { then }) => then,
            // Not this question: put the pending one back untouched.
            other => {
                self.windows.guard = other;
                return;
            }
        };
        match answer {
            OverwriteAnswer::Cancel => {}
            // Save, then carry on with what the save was for.
            OverwriteAnswer::Overwrite => {
                files::save_without_asking(self);
                if let Some(then) = then
                    && !self.open.doc.is_dirty()
                {
                    self.proceed_and_close(ctx, *then);
                }
            }
            // What the save was for (New, Open, Close) goes ahead once Save As has saved.
            OverwriteAnswer::SaveAs => {
                self.apply(ctx, Command::SaveAs);
                if let Some(then) = then
                    && !self.open.doc.is_dirty()
                {
                    self.proceed_and_close(ctx, *then);
                }
            }
        }
    }

    fn proceed_and_close(&mut self, ctx: &egui::Context, after: AfterGuard) {
        let closing = after == AfterGuard::Close;
        self.proceed(after);
        if closing {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Answers the recovery question: restore the crashed run's work, or throw it away.
    pub fn answer_recovery(&mut self, answer: RecoveryAnswer) {
        let Some(snapshot) = self.windows.recovered.take() else {
            return;
        };
        match answer {
            RecoveryAnswer::Restore => {
                let digest = snapshot.file_digest();
                self.replace_document(Document::restored(snapshot.scenario, snapshot.file, digest));
                self.notice = Some(Notice::Info(gz_i18n::tr!("notice-restored")));
            }
            RecoveryAnswer::Discard => {
                if let Some(saver) = &mut self.session.autosave {
                    saver.clear();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_drawn_before_an_undo_of_the_same_frame_does_not_bring_back_what_was_undone() {
        let ctx = egui::Context::default();
        let mut app = ZonesApp::with_default_scenario();
        let original = app.scenario().clone();
        let mut edited = original.clone();
        edited.seed = 7;
        app.edit(edited.clone());
        let drawn = app.open.generation();
        // Ctrl+Z pressed in the frame in which a slider reported a drag of the edited scenario.
        let mut dragged = edited;
        dragged.seed = 8;
        app.apply_actions(
            &ctx,
            vec![
                Action::Command(Command::Undo),
                Action::Edit(Box::new(Edit::from_gesture(dragged, false, drawn))),
            ],
        );
        assert_eq!(app.scenario(), &original);
    }
}
