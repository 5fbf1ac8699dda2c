//! The conditional events (milestones) that fired in the run, in the cell's history: they
//! act on the whole Strip, and a change on or after their day may follow from them.

use eframe::egui::{self, RichText};

use super::super::super::theme::Palette;
use gz_core::model::explain::CellHistory;
use gz_core::report::dates::calendar_date;
use gz_core::scenario::Scenario;

/// Lists the milestones fired up to `day` (the one of that day marked); returns a day clicked.
pub fn milestones_ui(
    ui: &mut egui::Ui,
    h: &CellHistory,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) -> Option<u32> {
    let fired: Vec<&(usize, u32)> = h.fired.iter().filter(|(_, d)| *d <= day).collect();
    if fired.is_empty() {
        return None;
    }
    let mut clicked = None;
    ui.label(RichText::new(format!("Milestones fired by day {day} ({})", fired.len())).strong());
    for &&(index, fired_on) in &fired {
        let label = scenario
            .events
            .get(index)
            .map_or_else(|| format!("event {index}"), gz_core::model::Event::label);
        ui.horizontal_wrapped(|ui| {
            let date = calendar_date(scenario.start_date, fired_on).unwrap_or_default();
            if ui
                .selectable_label(fired_on == day, format!("Day {fired_on} · {date}"))
                .on_hover_text("Show this day on the map and the timeline")
                .clicked()
            {
                clicked = Some(fired_on);
            }
            ui.label(crate::bidi::text(ui, format!("milestone: {label}")));
        });
        if fired_on == day {
            ui.colored_label(
                palette.caption,
                "Fired today: its condition held at the end of yesterday, and its action applies from today.",
            );
        }
    }
    ui.add_space(6.0);
    clicked
}
