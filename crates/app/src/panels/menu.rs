//! The menu bar. Items come from [`Command`], so labels and shortcuts match everywhere.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::{Language, tr};

use super::super::actions::{Action, AfterGuard};
use super::super::commands::Command;
use super::super::{ZonesApp, bundled_titles};

/// A menu item for a command, with its shortcut shown and its tooltip.
pub fn command_button_ui(ui: &mut egui::Ui, command: Command, enabled: bool) -> bool {
    let shortcut = command
        .shortcut()
        .map(|s| ui.ctx().format_shortcut(&s))
        .unwrap_or_default();
    ui.add_enabled(
        enabled,
        egui::Button::new(crate::bidi::text(ui, command.label())).shortcut_text(shortcut),
    )
    .on_hover_bidi(command.tooltip())
    .clicked()
}

/// Draws the menu bar; returns what was chosen.
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &ZonesApp) -> Vec<Action> {
    let mut chosen = Vec::new();
    let mut pick = |ui: &mut egui::Ui, command: Command, enabled: bool| {
        if command.is_available() && command_button_ui(ui, command, enabled) {
            chosen.push(Action::Command(command));
            ui.close();
        }
    };
    let mut open_after: Option<AfterGuard> = None;
    let mut compare_actions = Vec::new();
    let mut language = None;
    // In Arabic and Hebrew the menus start from the right, as such interfaces do.
    let direction = if app.language().is_right_to_left() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    egui::MenuBar::new().ui(ui, |ui| {
        ui.with_layout(direction, |ui| {
            ui.menu_button(crate::bidi::text(ui, tr!("menu-file")), |ui| {
                pick(ui, Command::New, true);
                pick(ui, Command::Open, true);
                // A page cannot open a file again by its name: the browser hands over only what
                // the user picks.
                #[cfg(not(target_arch = "wasm32"))]
                ui.menu_button(crate::bidi::text(ui, tr!("menu-open-recent")), |ui| {
                    if app.prefs.recent_files.is_empty() {
                        ui.label(crate::bidi::text(ui, tr!("menu-no-recent")));
                    }
                    for path in app.prefs.recent_files.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            open_after = Some(AfterGuard::OpenPath(path));
                            ui.close();
                        }
                    }
                });
                ui.menu_button(crate::bidi::text(ui, tr!("menu-bundled")), |ui| {
                    for (i, title) in bundled_titles() {
                        if ui.button(crate::bidi::text(ui, title)).clicked() {
                            open_after = Some(AfterGuard::OpenBundled(*i));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                pick(ui, Command::Save, true);
                pick(ui, Command::SaveAs, true);
                pick(ui, Command::CopyLink, true);
                ui.separator();
                pick(ui, Command::Export, true);
                if Command::Quit.is_available() {
                    ui.separator();
                }
                pick(ui, Command::Quit, true);
            });
            ui.menu_button(crate::bidi::text(ui, tr!("menu-edit")), |ui| {
                pick(ui, Command::Undo, app.document().can_undo());
                pick(ui, Command::Redo, app.document().can_redo());
                ui.separator();
                pick(ui, Command::AddEvent, true);
            });
            ui.menu_button(crate::bidi::text(ui, tr!("menu-view")), |ui| {
                pick(ui, Command::ShowPeople, true);
                pick(ui, Command::ShowArea, true);
                pick(ui, Command::ShowFlows, true);
                pick(ui, Command::ShowCompare, true);
                ui.separator();
                pick(ui, Command::FitMap, true);
                pick(ui, Command::ToggleTheme, true);
                pick(ui, Command::ToggleHighContrast, true);
                pick(ui, Command::ToggleColourBlind, true);
                ui.separator();
                pick(ui, Command::ZoomIn, true);
                pick(ui, Command::ZoomOut, true);
                pick(ui, Command::ZoomReset, true);
                ui.separator();
                pick(ui, Command::Present, true);
            });
            ui.menu_button(crate::bidi::text(ui, tr!("menu-compare")), |ui| {
                compare_actions = super::compare::compare_menu_ui(ui, app);
            });
            ui.menu_button(crate::bidi::text(ui, tr!("menu-playback")), |ui| {
                for command in [
                    Command::PlayPause,
                    Command::StepBack,
                    Command::StepForward,
                    Command::WeekBack,
                    Command::WeekForward,
                    Command::ToStart,
                    Command::ToEnd,
                    Command::PreviousEvent,
                    Command::NextEvent,
                ] {
                    pick(ui, command, true);
                }
            });
            ui.menu_button(crate::bidi::text(ui, tr!("menu-analysis")), |ui| {
                pick(ui, Command::Sensitivity, true);
            });
            ui.menu_button(crate::bidi::text(ui, tr!("menu-help")), |ui| {
                pick(ui, Command::Help, true);
                pick(ui, Command::StartPage, true);
                pick(ui, Command::Tour, true);
                ui.label(crate::bidi::text(ui, tr!("menu-click-cell")));
                ui.separator();
                pick(ui, Command::About, true);
            });
            language = language_menu_ui(ui, app.language());
            ui.separator();
            ui.label(crate::bidi::strong(ui, &app.scenario().meta.title));
            ui.label(crate::bidi::coloured(
                ui,
                super::super::theme::palette(&app.prefs).caption,
                format!("· {}", tr!("not-a-forecast")),
            ));
        });
    });
    chosen.extend(open_after.map(Action::Replace));
    chosen.extend(compare_actions.into_iter().map(Action::Compare));
    chosen.extend(language.map(Action::SetLanguage));
    chosen
}

/// The languages, each named in itself so that anyone can find their own.
fn language_menu_ui(ui: &mut egui::Ui, current: Language) -> Option<Language> {
    let mut picked = None;
    ui.menu_button(current.native_name(), |ui| {
        for language in Language::ALL {
            if ui
                .radio(language == current, language.native_name())
                .on_hover_bidi(tr!("menu-language-tip"))
                .clicked()
            {
                picked = Some(language);
                ui.close();
            }
        }
    })
    .response
    .on_hover_bidi(tr!("menu-language"));
    picked
}
