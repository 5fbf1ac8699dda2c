//! Play, pause, step and scrub through the days; shows the calendar date.

use crate::bidi::HoverBidi as _;
use eframe::egui;

use super::super::ZonesApp;
use super::super::actions::Action;
use super::super::commands::Command;
use super::super::views::timeline::TimelineMode;

use gz_i18n::{names, tr};

/// Draws the playback row; returns what was asked for.
pub fn playback_ui(ui: &mut egui::Ui, app: &ZonesApp) -> Vec<Action> {
    let mut chosen = Vec::new();
    // Wraps onto a second line in a narrow window (or at presentation size) rather than
    // pushing controls off the edge.
    ui.horizontal_wrapped(|ui| {
        let play = if app.is_playing() {
            tr!("playback-pause")
        } else {
            tr!("playback-play")
        };
        let shortcut = Command::PlayPause
            .shortcut()
            .map(|s| ui.ctx().format_shortcut(&s))
            .unwrap_or_default();
        if ui
            .add(egui::Button::new(crate::bidi::text(ui, play)).min_size(egui::vec2(90.0, 0.0)))
            .on_hover_bidi(format!("{} ({shortcut})", Command::PlayPause.tooltip()))
            .clicked()
        {
            chosen.push(Action::Command(Command::PlayPause));
        }
        for (command, icon) in [
            (Command::ToStart, "|<"),
            (Command::WeekBack, "<<"),
            (Command::StepBack, "<"),
            (Command::StepForward, ">"),
            (Command::WeekForward, ">>"),
            (Command::ToEnd, ">|"),
        ] {
            let shortcut = command
                .shortcut()
                .map(|s| ui.ctx().format_shortcut(&s))
                .unwrap_or_default();
            if ui
                .button(icon)
                .on_hover_bidi(format!("{} ({shortcut})", command.tooltip()))
                .clicked()
            {
                chosen.push(Action::Command(command));
            }
        }
        let horizon = app.scenario().horizon_days;
        let mut day = app.day();
        let date = names::calendar_date(app.scenario().start_date, day).unwrap_or_default();
        ui.label(crate::bidi::strong(
            ui,
            &tr!("map-day", day = day, date = date),
        ));
        let mut slider = egui::Slider::new(&mut day, 0..=horizon).show_value(false);
        // A laptop's row has no room for the slider's name (the date beside it says what it
        // is): without it, the row stays one line and the plot below keeps its height.
        // Presentation mode keeps its row as it was.
        if app.is_presenting() || ui.ctx().content_rect().width() >= 1560.0 {
            slider = slider.text(crate::bidi::text(ui, tr!("playback-day-shown")));
        }
        let width = (ui.available_width() - 1200.0).clamp(100.0, 500.0);
        ui.spacing_mut().slider_width = width;
        if ui
            .add(slider)
            .on_hover_bidi(tr!("playback-scrub-tip"))
            .changed()
        {
            chosen.push(Action::SetDay(day));
        }
        for (command, text, mode) in [
            (
                Command::ShowPeople,
                tr!("playback-people"),
                TimelineMode::People,
            ),
            (Command::ShowArea, tr!("playback-land"), TimelineMode::Area),
            (
                Command::ShowFlows,
                tr!("playback-flows"),
                TimelineMode::Flows,
            ),
            (
                Command::ShowSpread,
                tr!("playback-spread"),
                TimelineMode::Spread,
            ),
            (
                Command::ShowCompare,
                tr!("playback-compare"),
                TimelineMode::Compare,
            ),
        ] {
            let shortcut = command
                .shortcut()
                .map(|s| ui.ctx().format_shortcut(&s))
                .unwrap_or_default();
            if ui
                .selectable_label(app.prefs.timeline == mode, crate::bidi::text(ui, text))
                .on_hover_bidi(format!("{} ({shortcut})", command.tooltip()))
                .clicked()
            {
                chosen.push(Action::Command(command));
            }
        }
        let present = if app.is_presenting() {
            Command::LeavePresentation
        } else {
            Command::Present
        };
        let shortcut = present
            .shortcut()
            .map(|s| ui.ctx().format_shortcut(&s))
            .unwrap_or_default();
        let text = if app.is_presenting() {
            tr!("playback-leave")
        } else {
            tr!("playback-present")
        };
        if ui
            .button(crate::bidi::text(ui, text))
            .on_hover_bidi(format!("{} ({shortcut})", present.tooltip()))
            .clicked()
        {
            chosen.push(Action::Command(present));
        }
        // A room has no use for the speed setting; the presenter sets it beforehand.
        if !app.is_presenting() {
            let speed = ui.label(crate::bidi::text(ui, tr!("playback-speed")));
            let mut days_per_second = app.prefs.play_days_per_second;
            let changed = ui
                .add(
                    egui::DragValue::new(&mut days_per_second)
                        .range(1.0..=365.0)
                        .suffix(format!(" {}", tr!("playback-days-per-second"))),
                )
                .labelled_by(speed.id)
                .on_hover_bidi(tr!("playback-speed-tip"))
                .changed();
            if changed {
                chosen.push(Action::SetPlaySpeed(days_per_second));
            }
        }
    });
    chosen
}
