//! The comparison's controls: the Compare menu, the key above the Compare timeline (which
//! scenario each line style is, with one-click removal), the side-by-side indicators table,
//! and the map's choice between zones and differences. They report what the user asked for
//! as [`CompareAction`]s; the app applies them.

use eframe::egui::{self, RichText};

use super::super::ZonesApp;
use super::super::commands::Command;
use super::super::compare::{Compared, MAX_COMPARED, Quantity};
use super::super::theme::{self, Palette};
use super::super::views::compare::{ComparePlotInput, PlottedRun, compare_plot_ui};
use super::summary::thousands;
use gz_core::model::{Indicators, Zone};
use gz_core::scenario::Scenario;

/// What the user asked of the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CompareAction {
    Command(Command),
    AddBundled(usize),
    Remove(usize),
    Quantity(Quantity),
    ToggleZone(Zone),
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
        ui.menu_button("Compare with a bundled scenario", |ui| {
            for (i, title) in super::super::bundled_titles() {
                if ui.button(title.as_str()).clicked() {
                    chosen.push(CompareAction::AddBundled(*i));
                    ui.close();
                }
            }
        });
    });
    command_item_ui(ui, Command::PinCurrent, room, &mut chosen);
    if !room {
        ui.label(
            RichText::new(format!("{MAX_COMPARED} at most; remove one to add another")).small(),
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
                .button(format!("Remove {}", c.label))
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
        controls_ui(ui, app, &mut chosen);
    }
    if comparison.compared.is_empty() {
        ui.add_space(12.0);
        ui.label(
            "Nothing to compare yet. Add a bundled scenario or a file from the Compare menu \
             or the buttons above, or pin the scenario as it is now, edit it, and compare.",
        );
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
        zones_shown: comparison.zones_shown,
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
fn controls_ui(ui: &mut egui::Ui, app: &ZonesApp, chosen: &mut Vec<CompareAction>) {
    let comparison = app.comparison();
    ui.horizontal_wrapped(|ui| {
        ui.label("Plot");
        for quantity in Quantity::ALL {
            if ui
                .selectable_label(comparison.quantity == quantity, quantity.label())
                .clicked()
            {
                chosen.push(CompareAction::Quantity(quantity));
            }
        }
        if comparison.quantity.per_zone() {
            ui.separator();
            for zone in Zone::ALL {
                let mut on = comparison.zones_shown[zone.index()];
                let (swatch, _) =
                    ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter()
                    .rect_filled(swatch, 2.0, theme::zone_colour(zone));
                if ui
                    .checkbox(&mut on, zone.key())
                    .on_hover_text(format!("Show or hide the {} curves", zone.key()))
                    .changed()
                {
                    chosen.push(CompareAction::ToggleZone(zone));
                }
            }
        }
        ui.separator();
        let room = !comparison.is_full();
        ui.add_enabled_ui(room, |ui| {
            ui.menu_button("Add bundled", |ui| {
                for (i, title) in super::super::bundled_titles() {
                    if ui.button(title.as_str()).clicked() {
                        chosen.push(CompareAction::AddBundled(*i));
                        ui.close();
                    }
                }
            })
            .response
            .on_hover_text("Compare with one of the scenarios that come with the program");
            for (command, text) in [
                (Command::CompareWithFile, "Add file…"),
                (Command::PinCurrent, "Pin current"),
            ] {
                if ui.button(text).on_hover_text(command.tooltip()).clicked() {
                    chosen.push(CompareAction::Command(command));
                }
            }
        });
        if !comparison.compared.is_empty()
            && ui
                .button("Export CSV…")
                .on_hover_text(Command::ExportComparison.tooltip())
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
        super::super::views::compare::style_sample_ui(ui, 0, text);
        ui.label(RichText::new(format!("Current: {}", app.scenario().meta.title)).strong())
            .on_hover_text("The scenario being edited");
        for (i, c) in app.comparison().compared.iter().enumerate() {
            ui.add_space(16.0);
            super::super::views::compare::style_sample_ui(ui, i + 1, text);
            ui.label(RichText::new(&c.label).strong())
                .on_hover_text(c.origin.describe());
            let remove = ui
                .small_button("×")
                .on_hover_text(format!("Remove {} from the comparison", c.label));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Remove {}", c.label))
            });
            if remove.clicked() {
                chosen.push(CompareAction::Remove(i));
            }
        }
        if app.comparison().quantity.per_zone() {
            ui.add_space(16.0);
            ui.label(RichText::new("colour: zone · line: scenario").color(palette.caption));
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
        ui.colored_label(
            palette.warning,
            "Start dates differ: curves are aligned on day 0, each scenario's own start \
             (see the table); the CSV export has a date column.",
        );
    }
    if horizons_differ {
        ui.colored_label(
            palette.caption,
            "Horizons differ: each curve ends on its scenario's last day.",
        );
    }
}

/// One column of the table: a scenario and its run's indicators.
pub struct Column<'a> {
    pub label: &'a str,
    pub scenario: &'a Scenario,
    pub indicators: Indicators,
}

/// A value in the table, formatted with its unit.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Text(String),
    Days(u32),
    Day(Option<u32>),
    Km2(f64),
    People(f64),
}

impl Value {
    fn show(&self) -> String {
        match self {
            Self::Text(s) => s.clone(),
            Self::Days(d) => format!("{d} days"),
            Self::Day(Some(d)) => format!("day {d}"),
            Self::Day(None) => "not reached".to_owned(),
            Self::Km2(v) => format!("{v:.0} km²"),
            Self::People(v) => thousands(*v),
        }
    }

    /// `self` less `base`, signed, in the same unit; "same" when they show alike.
    fn difference(&self, base: &Self) -> String {
        if self.show() == base.show() {
            return "same".to_owned();
        }
        let sign = |v: f64| if v < 0.0 { "−" } else { "+" };
        match (self, base) {
            (Self::Days(a) | Self::Day(Some(a)), Self::Days(b) | Self::Day(Some(b))) => {
                let d = i64::from(*a) - i64::from(*b);
                format!("{}{} days", sign(d as f64), d.abs())
            }
            // Of the numbers as shown, so that the difference adds up on screen.
            (Self::Km2(a), Self::Km2(b)) => {
                let d = a.round() - b.round();
                format!("{}{:.0} km²", sign(d), d.abs())
            }
            (Self::People(a), Self::People(b)) => {
                format!("{}{}", sign(a - b), thousands((a - b).abs()))
            }
            // Reached in one scenario and not in the other: no number to give.
            _ => "—".to_owned(),
        }
    }
}

/// A row of the table.
#[derive(Clone, Copy, Debug)]
enum Row {
    StartDate,
    Horizon,
    BlueHoldsHalf,
    PeakRedKm2,
    PeakRedDay,
    PeopleReturned,
    FinalArea(Zone),
    FinalPeople(Zone),
}

impl Row {
    fn all() -> Vec<Self> {
        let mut rows = vec![
            Self::StartDate,
            Self::Horizon,
            Self::BlueHoldsHalf,
            Self::PeakRedKm2,
            Self::PeakRedDay,
            Self::PeopleReturned,
        ];
        rows.extend(Zone::ALL.map(Self::FinalArea));
        rows.extend(Zone::ALL.map(Self::FinalPeople));
        rows
    }

    fn name(self) -> String {
        match self {
            Self::StartDate => "Start date (day 0)".to_owned(),
            Self::Horizon => "Horizon".to_owned(),
            Self::BlueHoldsHalf => "Blue holds half the people".to_owned(),
            Self::PeakRedKm2 => "Peak red land".to_owned(),
            Self::PeakRedDay => "Peak red land reached".to_owned(),
            Self::PeopleReturned => "People returned".to_owned(),
            Self::FinalArea(zone) => format!("Final land, {}", zone.key()),
            Self::FinalPeople(zone) => format!("Final people, {}", zone.key()),
        }
    }

    fn meaning(self) -> &'static str {
        match self {
            Self::StartDate => "Calendar date of each scenario's day 0",
            Self::Horizon => "Days each scenario runs",
            Self::BlueHoldsHalf => "First day on which blue cells hold at least half of the people",
            Self::PeakRedKm2 => "Largest red land over the run",
            Self::PeakRedDay => "First day the peak red land was reached",
            Self::PeopleReturned => {
                "Displaced people who went home to a blue cell, by the last day"
            }
            Self::FinalArea(_) | Self::FinalPeople(_) => "On the scenario's last day",
        }
    }

    fn value(self, c: &Column<'_>) -> Value {
        let ind = &c.indicators;
        match self {
            Self::StartDate => Value::Text(c.scenario.start_date.clone()),
            Self::Horizon => Value::Days(c.scenario.horizon_days),
            Self::BlueHoldsHalf => Value::Day(ind.first_day_blue_holds_half),
            Self::PeakRedKm2 => Value::Km2(ind.peak_red_km2),
            Self::PeakRedDay => Value::Day(Some(ind.peak_red_day)),
            Self::PeopleReturned => Value::People(ind.people_returned),
            Self::FinalArea(zone) => Value::Km2(ind.final_area_km2[zone.index()]),
            Self::FinalPeople(zone) => Value::People(ind.final_people[zone.index()]),
        }
    }
}

/// Width of a value column and of a difference column, in points: wide enough for "2.13 M"
/// or "not reached" at presentation size, narrow enough for three scenarios beside a plot.
const VALUE_WIDTH: f32 = 130.0;
const DIFFERENCE_WIDTH: f32 = 95.0;
/// The indicator names' column, as laid out at the app's text size.
const NAME_WIDTH: f32 = 210.0;

/// A cell of fixed width with its text on the right, so that numbers line up.
fn right_aligned_ui(ui: &mut egui::Ui, width: f32, text: RichText) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ui.spacing().interact_size.y),
        egui::Layout::right_to_left(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.label(text);
        },
    );
}

/// A scenario's column heading: its line style over its title, wrapped to three lines at
/// most and right-aligned over the numbers.
fn column_heading_ui(ui: &mut egui::Ui, slot: usize, title: &str) {
    let colour = ui.visuals().strong_text_color();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = egui::text::LayoutJob::simple(title.to_owned(), font, colour, VALUE_WIDTH);
    job.halign = egui::Align::RIGHT;
    job.wrap.max_rows = 3;
    let galley = ui.painter().layout_job(job);
    let sample_height = 18.0;
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(VALUE_WIDTH, sample_height + galley.size().y),
        egui::Sense::hover(),
    );
    let sample = egui::Rect::from_min_size(
        rect.right_top() - egui::vec2(48.0, 0.0),
        egui::vec2(48.0, sample_height),
    );
    super::super::views::compare::paint_style_sample(ui.painter(), sample, slot, colour);
    ui.painter().galley(
        rect.right_top() + egui::vec2(0.0, sample_height),
        galley,
        colour,
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, title));
    response.on_hover_text(title);
}

/// Rows of indicators, a column per scenario, and after each compared scenario its
/// difference from the current one.
pub fn indicators_table_ui(ui: &mut egui::Ui, columns: &[Column<'_>], palette: &Palette) {
    let Some(current) = columns.first() else {
        return;
    };
    let text_colour = ui.visuals().text_color();
    egui::Grid::new("compare_indicators")
        .striped(true)
        .num_columns(2 * columns.len())
        .spacing(egui::vec2(12.0, 2.0))
        .show(ui, |ui| {
            ui.label(RichText::new("Indicator").strong());
            for (slot, column) in columns.iter().enumerate() {
                let label = if slot == 0 {
                    format!("Current: {}", column.label)
                } else {
                    column.label.to_owned()
                };
                column_heading_ui(ui, slot, &label);
                if slot > 0 {
                    right_aligned_ui(ui, DIFFERENCE_WIDTH, RichText::new("vs current").strong());
                }
            }
            ui.end_row();
            for row in Row::all() {
                ui.label(row.name()).on_hover_text(row.meaning());
                let base = row.value(current);
                for (slot, column) in columns.iter().enumerate() {
                    let value = row.value(column);
                    right_aligned_ui(ui, VALUE_WIDTH, RichText::new(value.show()));
                    if slot > 0 {
                        let difference = value.difference(&base);
                        let colour = if difference == "same" {
                            palette.caption
                        } else {
                            text_colour
                        };
                        right_aligned_ui(
                            ui,
                            DIFFERENCE_WIDTH,
                            RichText::new(difference).color(colour),
                        );
                    }
                }
                ui.end_row();
            }
        });
}

/// Above the map, when there is something to compare: zones, or where they differ.
pub fn map_mode_ui(ui: &mut egui::Ui, app: &ZonesApp) -> Option<CompareAction> {
    let comparison = app.comparison();
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.label("Map");
        if ui
            .selectable_label(!comparison.map_shows_difference, "Zones")
            .on_hover_text("The current scenario's zones on the day shown")
            .clicked()
        {
            chosen = Some(CompareAction::Difference(None));
        }
        ui.label("differences from");
        for (i, c) in comparison.compared.iter().enumerate() {
            let on = comparison.map_shows_difference && comparison.difference_with == i;
            if ui
                .selectable_label(on, super::super::views::truncated(&c.label, 22))
                .on_hover_text(format!(
                    "Where the current scenario and {} put cells in different zones on the \
                     day shown ({})",
                    c.label,
                    Command::ToggleDifferenceMap
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
    fn differences_are_signed_with_units_and_same_when_they_show_alike() {
        assert_eq!(Value::Km2(130.2).difference(&Value::Km2(100.0)), "+30 km²");
        assert_eq!(Value::Km2(99.0).difference(&Value::Km2(130.0)), "−31 km²");
        assert_eq!(Value::Km2(100.6).difference(&Value::Km2(100.4)), "+1 km²");
        assert_eq!(Value::Km2(100.2).difference(&Value::Km2(100.0)), "same");
        assert_eq!(
            Value::Day(Some(400)).difference(&Value::Day(Some(412))),
            "−12 days"
        );
        assert_eq!(Value::Day(None).difference(&Value::Day(Some(3))), "—");
        assert_eq!(
            Value::People(450_000.0).difference(&Value::People(400_000.0)),
            "+50 k"
        );
    }
}
