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
use super::view_state::SideTab;
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
        // In a small window the drivers and the events share a panel: the tour shows the tab
        // its step is about.
        match self.windows.tour.map(panels::start::tour::Tour::part) {
            Some(panels::start::tour::Part::Drivers) => self.view.side_tab = SideTab::Scenario,
            Some(panels::start::tour::Part::Events) => self.view.side_tab = SideTab::Events,
            _ => {}
        }
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
        let layout = main_layout(ctx.content_rect().size());
        self.timeline_panel_ui(ui, &palette, layout, &mut actions);
        // Presenting shows the map and the timeline only, large.
        if !self.view.presenting {
            // In Arabic and Hebrew the panels swap sides, as such interfaces read from the
            // right: the scenario's drivers first, on the right.
            let right_to_left = self.language().is_right_to_left();
            let (start, end) = if right_to_left {
                (egui::Panel::right("drivers"), egui::Panel::left("events"))
            } else {
                (egui::Panel::left("drivers"), egui::Panel::right("events"))
            };
            if layout.compact {
                // One panel, its two contents as tabs: two side panels would leave the map
                // a fifth of a laptop's screen.
                let one = if right_to_left {
                    egui::Panel::right("side_compact")
                } else {
                    egui::Panel::left("side_compact")
                };
                let side = one
                    .resizable(true)
                    .default_size(layout.side_pt)
                    .size_range(SIDE_COMPACT_MIN_PT..=SIDE_COMPACT_MAX_PT)
                    .show(ui, |ui| {
                        self.side_tabs_ui(ui);
                        ui.separator();
                        match self.view.side_tab {
                            SideTab::Scenario => self.drivers_ui(ui, &palette, &mut actions, true),
                            SideTab::Events => self.events_ui(ui, &palette, &mut actions),
                        }
                    });
                // The guided tour points at the one panel for both.
                self.view.parts.drivers = Some(side.response.rect);
                self.view.parts.events = Some(side.response.rect);
            } else {
                let drivers = start
                    .resizable(true)
                    .default_size(340.0)
                    .show(ui, |ui| self.drivers_ui(ui, &palette, &mut actions, false));
                self.view.parts.drivers = Some(drivers.response.rect);
                let events = end
                    .resizable(true)
                    .default_size(360.0)
                    .show(ui, |ui| self.events_ui(ui, &palette, &mut actions));
                self.view.parts.events = Some(events.response.rect);
            }
        }
        // A small window's map, and the presenter's, keep the room egui's default margin would
        // take.
        let mut central = egui::CentralPanel::default();
        if layout.compact || self.view.presenting {
            central = central
                .frame(egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::same(2)));
        }
        central.show(ui, |ui| {
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
            let stage = views::map::Stage {
                presenting: self.view.presenting,
                playing: self.view.playing,
                event_focus: self.view.event_focus,
            };
            views::map::map_ui(
                ui,
                &mut self.view.map,
                (self.open.run(), blue_chance),
                (self.open.scenario(), self.view.day),
                stage,
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
            last_day: self.horizon(),
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
        layout: MainLayout,
        actions: &mut Vec<Action>,
    ) {
        // Presenting has its own timeline height, so the map gets the room. A small window
        // has its own ids too, so that a height chosen on a large screen is not kept there.
        let (timeline_id, timeline_size, min_size) = if self.prefs.timeline == TimelineMode::Compare
        {
            // Room for the indicators table beside the plot.
            if layout.compact {
                ("timeline_compare_compact", layout.compare_pt, 180.0)
            } else {
                ("timeline_compare", 480.0, 180.0)
            }
        } else if layout.compact {
            (
                "timeline_compact",
                layout.timeline_pt,
                TIMELINE_COMPACT_MIN_PT,
            )
        } else {
            ("timeline", 300.0, 180.0)
        };
        let panel = if self.view.presenting {
            // A fixed share of the screen, whatever the zoom: the map keeps the rest.
            egui::Panel::bottom("timeline_presenting")
                .resizable(false)
                .exact_size(ui.available_height() * PRESENTING_TIMELINE_SHARE)
        } else {
            egui::Panel::bottom(timeline_id)
                .resizable(true)
                .default_size(timeline_size)
                .min_size(min_size)
        };
        let timeline = panel.show(ui, |ui| {
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

    /// The side panel's choice between the scenario and the events, in a small window.
    fn side_tabs_ui(&mut self, ui: &mut egui::Ui) {
        // A row from the side the language starts from; only as tall as its buttons.
        let layout = if self.language().is_right_to_left() {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(row, layout, |ui| {
            for (tab, text, tip) in [
                (
                    SideTab::Scenario,
                    tr!("layout-tab-scenario"),
                    tr!("layout-tab-scenario-tip"),
                ),
                (
                    SideTab::Events,
                    tr!(
                        "layout-tab-events",
                        count = self.open.scenario().events.len()
                    ),
                    tr!("layout-tab-events-tip"),
                ),
            ] {
                if ui
                    .selectable_label(self.view.side_tab == tab, crate::bidi::text(ui, text))
                    .on_hover_bidi(tip)
                    .clicked()
                {
                    self.view.side_tab = tab;
                }
            }
        });
    }

    /// The events' list and form, with what the user asked of them.
    fn events_ui(&mut self, ui: &mut egui::Ui, palette: &Palette, actions: &mut Vec<Action>) {
        let asked = ui
            .with_layout(crate::bidi::reading_layout(), |ui| {
                self.windows.events.ui(
                    ui,
                    self.open.scenario(),
                    self.open.run(),
                    self.view.day,
                    palette,
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
    }

    /// The scenario's metadata, the summary, uncertainty and the drivers; `narrow` scrolls
    /// across too, for the summary's grids in a small window's panel.
    fn drivers_ui(
        &mut self,
        ui: &mut egui::Ui,
        palette: &Palette,
        actions: &mut Vec<Action>,
        narrow: bool,
    ) {
        // Flush left in every language: egui's grids (the summary, the drivers) have no
        // right-to-left layout yet.
        {
            egui::ScrollArea::new([narrow, true]).show(ui, |ui| {
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
        }
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

/// Below this window width (points), or this height, the side panels share one panel as tabs
/// and the timeline is shorter: two side panels and a 300-point timeline leave a 1366 × 768
/// laptop's map a fifth of the window. 1600 × 1000 and larger keep the full layout.
/// The timeline's share of the screen's height in presentation mode: the map takes the rest,
/// so that the Strip spans two thirds of the screen's height (at least 60 % on 1080p and 720p
/// projectors, tested in `tests/presenting.rs`).
const PRESENTING_TIMELINE_SHARE: f32 = 0.26;
const COMPACT_BELOW_WIDTH_PT: f32 = 1560.0;
const COMPACT_BELOW_HEIGHT_PT: f32 = 860.0;
/// The one side panel of a small window: a quarter of the width, wide enough for the
/// drivers' sliders and the events' buttons, narrow enough to leave the map half the window.
const SIDE_COMPACT_SHARE: f32 = 0.245;
const SIDE_COMPACT_MIN_PT: f32 = 240.0;
const SIDE_COMPACT_MAX_PT: f32 = 340.0;
/// The timeline's least height in a small window: the playback row and a plot with one
/// lane of event titles.
const TIMELINE_COMPACT_MIN_PT: f32 = 140.0;

/// How the main window divides its room.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct MainLayout {
    /// One tabbed side panel instead of two.
    pub compact: bool,
    /// The side panel's width when compact.
    pub side_pt: f32,
    /// The timeline's height when compact.
    pub timeline_pt: f32,
    /// The comparison timeline's height when compact.
    pub compare_pt: f32,
}

/// The layout for a window of `window` points.
pub(crate) fn main_layout(window: egui::Vec2) -> MainLayout {
    MainLayout {
        compact: window.x < COMPACT_BELOW_WIDTH_PT || window.y < COMPACT_BELOW_HEIGHT_PT,
        side_pt: (window.x * SIDE_COMPACT_SHARE).clamp(SIDE_COMPACT_MIN_PT, SIDE_COMPACT_MAX_PT),
        // Under a quarter of the height: 173 points at 720, 184 at 768.
        timeline_pt: (window.y * 0.24).clamp(TIMELINE_COMPACT_MIN_PT, 300.0),
        compare_pt: (window.y * 0.45).clamp(180.0, 480.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map's share of the window left by the panels, with the menu and status bars at
    /// about 30 points each.
    fn map_share(window: egui::Vec2) -> f32 {
        let l = main_layout(window);
        assert!(l.compact);
        let map = (window.x - l.side_pt) * (window.y - 60.0 - l.timeline_pt);
        map / (window.x * window.y)
    }

    #[test]
    fn laptop_windows_are_compact_and_leave_the_map_half_the_room() {
        for (w, h) in [
            (1280.0, 720.0),
            (1366.0, 768.0),
            (1440.0, 900.0),
            (1536.0, 864.0),
        ] {
            let share = map_share(egui::vec2(w, h));
            assert!(
                share >= 0.5,
                "{w}×{h}: the map has {share:.2} of the window"
            );
        }
    }

    #[test]
    fn presenter_screens_keep_both_side_panels() {
        for (w, h) in [(1600.0, 1000.0), (1920.0, 1080.0), (2560.0, 1440.0)] {
            assert!(!main_layout(egui::vec2(w, h)).compact, "{w}×{h}");
        }
    }
}
