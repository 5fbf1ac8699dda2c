//! The comparison's controls: the Compare menu, the key above the Compare timeline (which
//! scenario each line style is, with one-click removal), the side-by-side indicators table,
//! and the map's choice between zones and differences. They report what the user asked for
//! as [`CompareAction`]s; the app applies them.

use crate::bidi::HoverBidi as _;
use eframe::egui::{self, RichText};
use gz_i18n::{names, tr};

use super::super::ZonesApp;
use super::super::commands::Command;
use super::super::compare::{Compared, MAX_COMPARED, Quantity};
use super::super::theme::Palette;
use super::super::views::compare::{ComparePlotInput, PlottedRun, compare_plot_ui};
use super::summary::thousands;
use gz_core::model::{Category, Indicators};
use gz_core::scenario::Scenario;

mod indicators;
pub use indicators::*;

/// What the user asked of the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CompareAction {
    Command(Command),
    AddBundled(usize),
    Remove(usize),
    Quantity(Quantity),
    ToggleCategory(Category),
    /// Show the difference map against this compared scenario, or (`None`) the zones.
    Difference(Option<usize>),
    JumpTo(u32),
}

/// A menu item for a command; closes the menu when chosen.
fn command_item_ui(
    ui: &mut egui::Ui,
    command: Command,
    enabled: bool,
    chosen: &mut Vec<CompareAction>,
) {
    if super::menu::command_button_ui(ui, command, enabled) {
        chosen.push(CompareAction::Command(command));
        ui.close();
    }
}

/// The Compare menu's items.
pub fn compare_menu_ui(ui: &mut egui::Ui, app: &ZonesApp) -> Vec<CompareAction> {
    let mut chosen = Vec::new();
    let comparison = app.comparison();
    let room = !comparison.is_full();
    command_item_ui(ui, Command::CompareWithFile, room, &mut chosen);
    ui.add_enabled_ui(room, |ui| {
        ui.menu_button(crate::bidi::text(ui, tr!("compare-with-bundled")), |ui| {
            for (i, title) in crate::bundled_titles() {
                if ui.button(crate::bidi::text(ui, title)).clicked() {
                    chosen.push(CompareAction::AddBundled(*i));
                    ui.close();
                }
            }
        });
    });
    command_item_ui(ui, Command::PinCurrent, room, &mut chosen);
    if !room {
        ui.label(
            RichText::new(crate::bidi::plain(&tr!(
                "compare-at-most",
                count = MAX_COMPARED
            )))
            .small(),
        );
    }
    ui.separator();
    let any = !comparison.compared.is_empty();
    command_item_ui(ui, Command::ShowCompare, true, &mut chosen);
    command_item_ui(ui, Command::ToggleDifferenceMap, any, &mut chosen);
    command_item_ui(ui, Command::ExportComparison, any, &mut chosen);
    if any {
        ui.separator();
        for (i, c) in comparison.compared.iter().enumerate() {
            if ui
                .button(crate::bidi::text(
                    ui,
                    tr!("compare-remove", label = c.label.as_str()),
                ))
                .on_hover_text(c.origin.describe())
                .clicked()
            {
                chosen.push(CompareAction::Remove(i));
                ui.close();
            }
        }
    }
    chosen
}

/// The Compare timeline: controls, the key, the plot and the indicators table.
pub fn compare_timeline_ui(
    ui: &mut egui::Ui,
    app: &ZonesApp,
    palette: &Palette,
) -> Vec<CompareAction> {
    let mut chosen = Vec::new();
    let comparison = app.comparison();
    // Presenting keeps the room's attention on the curves: the key and the plot only.
    let presenting = app.is_presenting();
    if !presenting {
        controls_ui(ui, app, palette, &mut chosen);
    }
    if comparison.compared.is_empty() {
        ui.add_space(12.0);
        ui.label(crate::bidi::text(ui, tr!("compare-nothing-yet")));
        return chosen;
    }
    key_ui(ui, app, palette, &mut chosen);
    notes_ui(ui, app.scenario(), &comparison.compared, palette);
    if !presenting {
        table_panel_ui(ui, app, palette);
    }
    let current_label = format!("Current: {}", app.scenario().meta.title);
    let mut runs = vec![PlottedRun {
        label: &current_label,
        days: &app.output().days,
    }];
    runs.extend(comparison.compared.iter().map(|c| PlottedRun {
        label: c.label.as_str(),
        days: &c.run.days,
    }));
    let input = ComparePlotInput {
        runs,
        quantity: comparison.quantity,
        categories_shown: comparison.categories_shown,
        day: app.day(),
    };
    if let Some(day) = compare_plot_ui(ui, &input, palette) {
        chosen.push(CompareAction::JumpTo(day));
    }
    chosen
}

/// The indicators table in a panel on the right of the plot.
fn table_panel_ui(ui: &mut egui::Ui, app: &ZonesApp, palette: &Palette) {
    let comparison = app.comparison();
    let n = comparison.compared.len() as f32;
    let whole_table =
        NAME_WIDTH + (n + 1.0) * VALUE_WIDTH + n * DIFFERENCE_WIDTH + 12.0 * 2.0 * (n + 1.0);
    // Sized every frame to the table, never more than 60% of the width: the plot keeps room.
    egui::Panel::right("compare_table")
        .resizable(false)
        .exact_size(whole_table.min(ui.available_width() * 0.6))
        .show(ui, |ui| {
            egui::ScrollArea::both().show(ui, |ui| {
                let mut columns = vec![Column {
                    label: app.scenario().meta.title.as_str(),
                    scenario: app.scenario(),
                    indicators: app.output().indicators(),
                }];
                columns.extend(comparison.compared.iter().map(|c| Column {
                    label: c.label.as_str(),
                    scenario: &c.scenario,
                    indicators: c.run.indicators(),
                }));
                indicators_table_ui(ui, &columns, palette);
            });
        });
}

/// What to plot, which zones, and adding, pinning and exporting.
fn controls_ui(
    ui: &mut egui::Ui,
    app: &ZonesApp,
    palette: &Palette,
    chosen: &mut Vec<CompareAction>,
) {
    let comparison = app.comparison();
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::bidi::text(ui, tr!("compare-plot")));
        for quantity in Quantity::ALL {
            let name = crate::bidi::text(ui, quantity.label());
            if ui
                .selectable_label(comparison.quantity == quantity, name)
                .clicked()
            {
                chosen.push(CompareAction::Quantity(quantity));
            }
        }
        if comparison.quantity.per_zone() {
            ui.separator();
            for zone in Category::ALL {
                let mut on = comparison.categories_shown[zone.index()];
                let (swatch, _) =
                    ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter()
                    .rect_filled(swatch, 2.0, palette.category_colour(zone));
                let name = crate::bidi::text(ui, names::category(zone));
                if ui
                    .checkbox(&mut on, name)
                    .on_hover_bidi(tr!("compare-show-hide", zone = names::category(zone)))
                    .changed()
                {
                    chosen.push(CompareAction::ToggleCategory(zone));
                }
            }
        }
        ui.separator();
        let room = !comparison.is_full();
        ui.add_enabled_ui(room, |ui| {
            ui.menu_button(crate::bidi::text(ui, tr!("compare-add-bundled")), |ui| {
                for (i, title) in crate::bundled_titles() {
                    if ui.button(crate::bidi::text(ui, title)).clicked() {
                        chosen.push(CompareAction::AddBundled(*i));
                        ui.close();
                    }
                }
            })
            .response
            .on_hover_bidi(tr!("compare-add-bundled-tip"));
            for (command, text) in [
                (Command::CompareWithFile, tr!("compare-add-file")),
                (Command::PinCurrent, tr!("compare-pin-current")),
            ] {
                if ui
                    .button(crate::bidi::text(ui, text))
                    .on_hover_bidi(command.tooltip())
                    .clicked()
                {
                    chosen.push(CompareAction::Command(command));
                }
            }
        });
        if !comparison.compared.is_empty()
            && ui
                .button(crate::bidi::text(ui, tr!("compare-export-csv")))
                .on_hover_bidi(Command::ExportComparison.tooltip())
                .clicked()
        {
            chosen.push(CompareAction::Command(Command::ExportComparison));
        }
    });
}

/// Which scenario each line style is, with × to remove a compared one.
fn key_ui(ui: &mut egui::Ui, app: &ZonesApp, palette: &Palette, chosen: &mut Vec<CompareAction>) {
    let text = ui.visuals().text_color();
    ui.horizontal_wrapped(|ui| {
        crate::views::compare::style_sample_ui(ui, 0, text);
        ui.label(crate::bidi::strong(
            ui,
            tr!(
                "compare-current",
                title = app.scenario().meta.title.as_str()
            ),
        ))
        .on_hover_bidi(tr!("compare-current-tip"));
        for (i, c) in app.comparison().compared.iter().enumerate() {
            ui.add_space(16.0);
            crate::views::compare::style_sample_ui(ui, i + 1, text);
            ui.label(crate::bidi::strong(ui, &c.label))
                .on_hover_text(c.origin.describe());
            let remove = ui
                .small_button("×")
                .on_hover_bidi(tr!("compare-remove-tip", label = c.label.as_str()));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr!("compare-remove", label = c.label.as_str()),
                )
            });
            if remove.clicked() {
                chosen.push(CompareAction::Remove(i));
            }
        }
        if app.comparison().quantity.per_zone() {
            ui.add_space(16.0);
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("compare-key"),
            ));
        }
    });
}

/// Says when the scenarios do not line up: different start dates or horizons.
fn notes_ui(ui: &mut egui::Ui, current: &Scenario, compared: &[Compared], palette: &Palette) {
    let starts_differ = compared
        .iter()
        .any(|c| c.scenario.start_date != current.start_date);
    let horizons_differ = compared
        .iter()
        .any(|c| c.scenario.horizon_days != current.horizon_days);
    if starts_differ {
        ui.label(crate::bidi::coloured(
            ui,
            palette.warning,
            tr!("compare-starts-differ"),
        ));
    }
    if horizons_differ {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("compare-horizons-differ"),
        ));
    }
}

/// Above the map, when there is something to compare: zones, or where they differ.
pub fn map_mode_ui(ui: &mut egui::Ui, app: &ZonesApp) -> Option<CompareAction> {
    let comparison = app.comparison();
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::bidi::text(ui, tr!("compare-map")));
        if ui
            .selectable_label(
                !comparison.map_shows_difference,
                crate::bidi::text(ui, tr!("compare-zones")),
            )
            .on_hover_bidi(tr!("compare-zones-tip"))
            .clicked()
        {
            chosen = Some(CompareAction::Difference(None));
        }
        ui.label(crate::bidi::text(ui, tr!("compare-differences-from")));
        for (i, c) in comparison.compared.iter().enumerate() {
            let on = comparison.map_shows_difference && comparison.difference_with == i;
            if ui
                .selectable_label(on, crate::views::truncated(&c.label, 22))
                .on_hover_bidi(tr!(
                    "compare-difference-tip",
                    label = c.label.as_str(),
                    shortcut = Command::ToggleDifferenceMap
                        .shortcut()
                        .map(|s| ui.ctx().format_shortcut(&s))
                        .unwrap_or_default()
                ))
                .clicked()
            {
                chosen = Some(CompareAction::Difference(Some(i)));
            }
        }
    });
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_are_signed_with_units_and_none_when_they_show_alike() {
        gz_i18n::set_language(gz_i18n::Language::English);
        let difference = |a: Value, b: Value| a.difference(&b);
        assert_eq!(
            difference(Value::Km2(130.2), Value::Km2(100.0)).as_deref(),
            Some("+30 km²")
        );
        assert_eq!(
            difference(Value::Km2(99.0), Value::Km2(130.0)).as_deref(),
            Some("−31 km²")
        );
        assert_eq!(
            difference(Value::Km2(100.6), Value::Km2(100.4)).as_deref(),
            Some("+1 km²")
        );
        assert_eq!(difference(Value::Km2(100.2), Value::Km2(100.0)), None);
        assert_eq!(
            difference(Value::Day(Some(400)), Value::Day(Some(412))).as_deref(),
            Some("−12 days")
        );
        assert_eq!(
            difference(Value::Day(None), Value::Day(Some(3))).as_deref(),
            Some("—")
        );
        assert_eq!(
            difference(Value::People(450_000.0), Value::People(400_000.0)).as_deref(),
            Some("+50 k")
        );
    }
}
