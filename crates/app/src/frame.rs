//! Drawing a frame: panels and windows read the state and return actions, which are applied
//! together at the end (`apply.rs`).

use eframe::egui;

use super::actions::Action;
use super::commands::Command;
use super::open_document::{Edit, Gesture};
use super::panels::events::EventsAction;
use super::panels::history::HistoryAction;
use super::panels::uncertainty::UncertaintyAction;
use super::theme::{self, Palette};
use super::views::timeline::TimelineMode;
use super::{ZonesApp, panels, sensitivity, views};
use crate::bidi::HoverBidi as _;
use gz_i18n::tr;

impl ZonesApp {
    /// Draws one frame; the same code runs in the window and in the tests.
    pub(crate) fn draw_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Every message this frame draws is in the app's language (set per frame, as the
        // language is per thread and tests drive apps of different languages side by side).
        gz_i18n::set_language(self.language());
        if std::mem::take(&mut self.view.present_on_start) {
            self.view.set_presenting(&ctx, true);
        }
        // The tour's keys first: its arrows must not also move the day.
        panels::start::tour::keys(&ctx, &mut self.windows.tour);
        self.view.parts = panels::start::tour::PartRects::default();
        let mut actions = self.shortcuts(&ctx);
        actions.extend(self.dropped_file(&ctx));
        let palette = theme::palette(&self.prefs);

        if !self.view.presenting {
            let menu = egui::Panel::top("menu").show(ui, |ui| {
                actions.extend(panels::menu::menu_bar_ui(ui, self));
            });
            self.view.parts.menu = Some(menu.response.rect);
            egui::Panel::bottom("status").show(ui, |ui| {
                actions.extend(panels::status::status_ui(ui, self, &palette));
            });
        }
        self.timeline_panel_ui(ui, &palette, &mut actions);
        // Presenting shows the map and the timeline only, large.
        if !self.view.presenting {
            self.drivers_panel_ui(ui, &palette, &mut actions);
            // In Arabic and Hebrew the panels swap sides, as such interfaces read from the
            // right: the scenario's drivers first, on the right.
            let end = if self.language().is_right_to_left() {
                egui::Panel::left("events")
            } else {
                egui::Panel::right("events")
            };
            let reading = crate::bidi::reading_layout();
            let events = end.resizable(true).default_size(360.0).show(ui, |ui| {
                let asked = ui
                    .with_layout(reading, |ui| {
                        self.windows.events.ui(
                            ui,
                            self.open.scenario(),
                            self.open.run(),
                            self.view.day,
                            &palette,
                        )
                    })
                    .inner;
                match asked {
                    Some(EventsAction::JumpTo(day)) => actions.push(Action::SetDay(day)),
                    Some(EventsAction::Replace(events)) => {
                        let mut scenario = self.open.scenario().clone();
                        scenario.events = events;
                        actions.push(Action::Edit(Box::new(Edit {
                            scenario,
                            gesture: Gesture::Whole,
                            based_on: self.open.generation(),
                        })));
                    }
                    None => {}
                }
            });
            self.view.parts.events = Some(events.response.rect);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.compare_map_ui(ui, &palette, &mut actions) {
                return;
            }
            let generation = self.open.generation();
            let blue_chance = self
                .open
                .ensemble
                .as_ref()
                .filter(|_| self.windows.uncertainty.map_shows_blue_chance)
                .and_then(|r| r.fresh(generation))
                .map(|r| r.ended_blue_share.as_slice());
            views::map::map_ui(
                ui,
                &mut self.view.map,
                self.open.run(),
                blue_chance,
                self.open.scenario(),
                self.view.day,
                &palette,
            );
        });

        self.view.parts.map = self.view.map.rect();
        // While the event form is placing its event, a click on the map places it there
        // instead of opening the cell's history.
        if self.windows.events.is_placing()
            && let Some(lonlat) = self.view.map.clicked_lonlat.take()
        {
            self.windows.events.place_at(lonlat);
            self.view.map.selected = None;
        }
        actions.extend(self.cell_history_ui(&ctx, &palette));
        panels::help::help_window_ui(
            &ctx,
            &mut self.windows.help.open,
            &mut self.windows.help.filter,
            &palette,
        );
        panels::about::about_window_ui(&ctx, &mut self.windows.about, &palette);
        let asked = sensitivity::window::sensitivity_window_ui(
            &ctx,
            &mut self.windows.sensitivity,
            self.open.scenario(),
            self.open.generation(),
            &palette,
            (self.prefs.dark, self.prefs.high_contrast),
        );
        actions.extend(asked.into_iter().map(Action::Sensitivity));
        actions.extend(panels::guard::guard_ui(&ctx, self));
        if let Some(asking) = &mut self.windows.save_version
            && let Some(answer) = panels::save_version::save_version_ui(&ctx, asking, &palette)
        {
            actions.push(Action::SaveVersion(answer));
        }
        actions.extend(panels::guard::recovery_ui(&ctx, self));
        let exportable = panels::export::Exportable {
            ensemble: self.ensemble().is_some(),
            comparison: !self.comparison().compared.is_empty(),
            tornado: self.tornado().is_some(),
            sweep: self.sweep().is_some(),
        };
        actions.extend(panels::export::export_window_ui(
            &ctx,
            &mut self.windows.export,
            &mut self.prefs.export,
            exportable,
        ));
        if self.windows.start_page
            && let Some(asked) = panels::start::start_page_ui(&ctx, &palette)
        {
            actions.extend(self.start_page_asked(asked));
        }
        panels::start::tour::tour_ui(&ctx, &mut self.windows.tour, &self.view.parts, &palette);
        self.apply_actions(&ctx, actions);
        if let Some(request) = &mut self.session.screenshot {
            request.step(&ctx);
        }
    }

    /// The timeline at the bottom, with the playback controls above it.
    fn timeline_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        palette: &Palette,
        actions: &mut Vec<Action>,
    ) {
        // Presenting has its own timeline height, so the map gets the room.
        let (timeline_id, timeline_size) = if self.view.presenting {
            ("timeline_presenting", ui.available_height() * 0.3)
        } else if self.prefs.timeline == TimelineMode::Compare {
            // Room for the indicators table beside the plot.
            ("timeline_compare", 480.0)
        } else {
            ("timeline", 300.0)
        };
        let timeline = egui::Panel::bottom(timeline_id)
            .resizable(true)
            .default_size(timeline_size)
            .min_size(180.0)
            .show(ui, |ui| {
                actions.extend(panels::playback::playback_ui(ui, self));
                if self.prefs.timeline == TimelineMode::Compare {
                    actions.extend(
                        panels::compare::compare_timeline_ui(ui, self, palette)
                            .into_iter()
                            .map(Action::Compare),
                    );
                    return;
                }
                if self.open.trace.is_some()
                    && ui
                        .small_button(crate::bidi::text(ui, tr!("timeline-clear-trace")))
                        .on_hover_bidi(tr!("timeline-clear-trace-tip"))
                        .clicked()
                {
                    actions.push(Action::ClearTrace);
                }
                let input = views::timeline::TimelineInput {
                    run: self.open.run(),
                    trace: self.open.trace.as_deref(),
                    spread: self.open.ensemble(),
                    scenario: self.open.scenario(),
                    day: self.view.day,
                    mode: self.prefs.timeline,
                };
                let out = views::timeline::timeline_ui(ui, &input, palette);
                if let Some(day) = out.clicked_day {
                    actions.push(Action::SetDay(day));
                }
            });
        self.view.parts.timeline = Some(timeline.response.rect);
    }

    /// The left panel: the scenario's metadata, the summary, uncertainty and the drivers.
    fn drivers_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        palette: &Palette,
        actions: &mut Vec<Action>,
    ) {
        let start = if self.language().is_right_to_left() {
            egui::Panel::right("drivers")
        } else {
            egui::Panel::left("drivers")
        };
        // Its contents stay flush left in every language: egui's grids (the summary, the
        // drivers) have no right-to-left layout yet.
        let panel = start.resizable(true).default_size(340.0).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if let Some(edit) = panels::metadata::metadata_ui(ui, self.open.scenario(), palette)
                {
                    let edit = Edit::from_gesture(
                        edit.scenario,
                        edit.gesture_started,
                        self.open.generation(),
                    );
                    actions.push(Action::Edit(Box::new(edit)));
                }
                ui.separator();
                panels::summary::summary_ui(
                    ui,
                    self.open.run(),
                    self.open.scenario(),
                    self.view.day,
                    palette,
                );
                if let Some(key) =
                    panels::why_nothing::why_nothing_ui(ui, &mut self.open, self.view.day, palette)
                {
                    actions.push(Action::HelpOn(key));
                }
                ui.separator();
                let asked = panels::uncertainty::uncertainty_ui(
                    ui,
                    self.open.scenario(),
                    self.jobs
                        .ensemble
                        .as_ref()
                        .map(super::derived::Derived::value),
                    self.open.ensemble(),
                    &mut self.windows.uncertainty,
                    palette,
                );
                match asked {
                    Some(UncertaintyAction::Start(runs)) => {
                        actions.push(Action::StartEnsemble(runs));
                    }
                    Some(UncertaintyAction::Cancel) => actions.push(Action::CancelEnsemble),
                    None => {}
                }
                ui.separator();
                if let Some(edit) = panels::drivers::drivers_ui(ui, self.open.scenario(), palette) {
                    let edit = Edit::from_gesture(
                        edit.scenario,
                        edit.gesture_started,
                        self.open.generation(),
                    );
                    actions.push(Action::Edit(Box::new(edit)));
                }
            });
        });
        self.view.parts.drivers = Some(panel.response.rect);
    }

    /// Top to bottom, lines flush with the side the language starts from: the left in
    /// English, the right in Arabic and Hebrew.
    /// The "Cell history" window of the selected cell, explained again when the run changed.
    fn cell_history_ui(&mut self, ctx: &egui::Context, palette: &Palette) -> Option<Action> {
        let Some(cell) = self.view.map.selected else {
            self.open.explained = None;
            return None;
        };
        self.open.explain(cell);
        let explained = self.open.explained.as_ref()?.value();
        let asked = panels::history::history_window_ui(
            ctx,
            cell,
            explained,
            self.open.run(),
            self.open.scenario(),
            self.view.day,
            palette,
        );
        match asked? {
            HistoryAction::JumpTo(day) => Some(Action::ShowDay(day)),
            HistoryAction::Close => Some(Action::SelectCell(None)),
            HistoryAction::HelpOn(key) => Some(Action::HelpOn(key)),
        }
    }

    /// The commands whose shortcuts were pressed this frame.
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        let typing = ctx.egui_wants_keyboard_input();
        let presenting = self.view.presenting;
        let mut fired = Vec::new();
        // egui matches shortcuts ignoring an extra Shift, so try those with more modifiers
        // first: Shift+→ must be "a week", not "a day".
        let mut order = Command::ALL;
        order.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| {
                u8::from(s.modifiers.shift)
                    + u8::from(s.modifiers.command)
                    + u8::from(s.modifiers.alt)
            }))
        });
        ctx.input_mut(|input| {
            for command in order {
                if !command.is_available() {
                    continue;
                }
                // Escape belongs to menus and dialogs except while presenting.
                if command == Command::LeavePresentation && !presenting {
                    continue;
                }
                // While a text field has the keyboard, plain keys and its own undo are its.
                if typing
                    && (command.needs_free_keyboard()
                        || matches!(command, Command::Undo | Command::Redo))
                {
                    continue;
                }
                if let Some(shortcut) = command.shortcut()
                    && input.consume_shortcut(&shortcut)
                {
                    fired.push(Action::Command(command));
                }
            }
        });
        fired
    }
}

impl ZonesApp {
    /// What to do with the first file dropped on the window this frame. The desktop opens it
    /// by its path; the browser hands over its name and bytes, which are read at once.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        expect(
            clippy::unused_self,
            reason = "the browser keeps the file being read in self"
        )
    )]
    fn dropped_file(&mut self, ctx: &egui::Context) -> Option<Action> {
        let file = ctx.input(|i| i.raw.dropped_files.first().cloned())?;
        #[cfg(target_arch = "wasm32")]
        {
            // Read first (the browser reads files asynchronously); `background` asks about
            // unsaved changes once the file is in.
            self.jobs.picking = Some(super::browser::files::read_dropped(file));
            None
        }
        #[cfg(not(target_arch = "wasm32"))]
        Some(Action::Replace(super::actions::AfterGuard::OpenPath(
            file.path().to_path_buf(),
        )))
    }
}
