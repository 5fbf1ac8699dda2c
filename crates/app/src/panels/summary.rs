//! The run's headline numbers: where things stand on the day shown, and the indicators.

use eframe::egui;

use super::super::theme::Palette;
use gz_core::model::{Category, RunOutput};
use gz_core::report::dates::calendar_date;
use gz_core::scenario::Scenario;

/// People in thousands or millions, as the panels show them.
#[must_use]
pub fn thousands(people: f64) -> String {
    if people >= 1e6 {
        format!("{:.2} M", people / 1e6)
    } else if people >= 1e3 {
        format!("{:.0} k", people / 1e3)
    } else {
        format!("{people:.0}")
    }
}

pub fn summary_ui(
    ui: &mut egui::Ui,
    run: &RunOutput,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    ui.heading("On the day shown");
    let Some(today) = run.days.get(day as usize) else {
        return;
    };
    egui::Grid::new("today")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label("people");
            ui.label("land");
            ui.end_row();
            let reported = today.reported();
            for category in Category::ALL {
                let meaning = match category {
                    // Havens behind the line stay green: say how much land the line holds in all.
                    Category::Held => format!(
                        "{}. All land behind the line, havens included: {:.0} km²",
                        category.meaning(),
                        today.held_km2
                    ),
                    _ => category.meaning().to_owned(),
                };
                ui.horizontal(|ui| {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(rect, 2.0, palette.category_colour(category));
                    ui.label(category.key());
                })
                .response
                .on_hover_text(meaning);
                ui.label(thousands(reported.people_in(category)));
                ui.label(format!("{:.0} km²", reported.area(category)));
                ui.end_row();
            }
            ui.label("displaced");
            ui.label(thousands(today.people_displaced));
            ui.label("");
            ui.end_row();
        });

    ui.add_space(6.0);
    ui.heading("Over the whole run");
    let ind = run.indicators();
    let date = |d: u32| calendar_date(scenario.start_date, d).unwrap_or_default();
    egui::Grid::new("indicators").num_columns(2).show(ui, |ui| {
        ui.label("Blue holds half the people")
            .on_hover_text("First day on which blue cells hold at least half of the people");
        match ind.first_day_blue_holds_half {
            Some(d) => ui.label(format!("day {d} ({})", date(d))),
            None => ui.colored_label(palette.caption, "not within the horizon"),
        };
        ui.end_row();
        ui.label("Peak red land")
            .on_hover_text("Largest red land over the run, and when");
        ui.label(format!(
            "{:.0} km², day {}",
            ind.peak_red_km2, ind.peak_red_day
        ));
        ui.end_row();
        ui.label("People returned")
            .on_hover_text("Displaced people who went home to a blue cell");
        ui.label(thousands(ind.people_returned));
        ui.end_row();
    });
}
