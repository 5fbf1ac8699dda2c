//! The conditional events (milestones) that fired in the run, in the cell's history: they
//! act on the whole Strip, and a change on or after their day may follow from them.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::{names, tr};

use super::super::super::theme::Palette;
use gz_core::model::explain::CellHistory;
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
    ui.label(crate::bidi::strong(
        ui,
        names::calendar_date(scenario.start_date, day).map_or_else(
            || tr!("history-milestones", day = day, count = fired.len()),
            |date| {
                tr!(
                    "history-milestones-by-date",
                    date = date,
                    day = day,
                    count = fired.len()
                )
            },
        ),
    ));
    for &&(index, fired_on) in &fired {
        let label = scenario.events.get(index).map_or_else(
            || tr!("explain-event", index = index),
            gz_core::model::Event::label,
        );
        ui.horizontal_wrapped(|ui| {
            let date = names::calendar_date(scenario.start_date, fired_on).unwrap_or_default();
            if ui
                .selectable_label(
                    fired_on == day,
                    crate::bidi::text(ui, tr!("map-day", day = fired_on, date = date)),
                )
                .on_hover_bidi(tr!("history-show-day-tip"))
                .clicked()
            {
                clicked = Some(fired_on);
            }
            ui.label(crate::bidi::text(
                ui,
                tr!("history-milestone", label = label),
            ));
        });
        if fired_on == day {
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("history-fired-today"),
            ));
        }
    }
    ui.add_space(6.0);
    clicked
}
