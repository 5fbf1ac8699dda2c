//! The run's headline numbers: where things stand on the day shown, and the indicators.

use crate::bidi::HoverBidi as _;
use eframe::egui;

use super::super::theme::Palette;
use gz_core::model::{Category, RunOutput};
use gz_core::scenario::Scenario;
use gz_i18n::{names, tr};

/// People in thousands or millions, as the panels show them.
#[must_use]
pub fn thousands(people: f64) -> String {
    if people >= 1e6 {
        tr!("number-millions", n = format!("{:.2}", people / 1e6))
    } else if people >= 1e3 {
        tr!("number-thousands", n = format!("{:.0}", people / 1e3))
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
    ui.label(crate::bidi::heading(ui, tr!("summary-on-the-day")));
    let Some(today) = run.days.get(day as usize) else {
        return;
    };
    egui::Grid::new("today")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.add(egui::Label::new(crate::bidi::line(ui, tr!("summary-people"))).extend());
            ui.add(egui::Label::new(crate::bidi::line(ui, tr!("summary-land"))).extend());
            ui.end_row();
            let reported = today.reported();
            for category in Category::ALL {
                let meaning = match category {
                    // Havens behind the line stay green: say how much land the line holds in all.
                    Category::Held => tr!(
                        "summary-held-tip",
                        meaning = names::category_meaning(category),
                        km2 = format!("{:.0}", today.held_km2)
                    ),
                    _ => names::category_meaning(category),
                };
                ui.horizontal(|ui| {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(rect, 2.0, palette.category_colour(category));
                    ui.add(
                        egui::Label::new(crate::bidi::line(ui, names::category(category))).extend(),
                    );
                })
                .response
                .on_hover_text(meaning);
                ui.label(thousands(reported.people_in(category)));
                ui.label(crate::bidi::text(
                    ui,
                    tr!("unit-km2", n = format!("{:.0}", reported.area(category))),
                ));
                ui.end_row();
            }
            ui.add(egui::Label::new(crate::bidi::line(ui, tr!("summary-displaced"))).extend());
            ui.label(thousands(today.people_displaced));
            ui.label("");
            ui.end_row();
        });

    ui.add_space(6.0);
    ui.label(crate::bidi::heading(ui, tr!("summary-over-the-run")));
    let ind = run.indicators();
    let date = |d: u32| names::calendar_date(scenario.start_date, d).unwrap_or_default();
    egui::Grid::new("indicators").num_columns(2).show(ui, |ui| {
        ui.add(egui::Label::new(crate::bidi::line(ui, tr!("summary-blue-half"))).extend())
            .on_hover_bidi(tr!("summary-blue-half-tip"));
        match ind.first_day_blue_holds_half {
            Some(d) => ui.label(crate::bidi::text(
                ui,
                tr!("date-and-day", date = date(d), day = d),
            )),
            None => ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("summary-not-within"),
            )),
        };
        ui.end_row();
        ui.add(egui::Label::new(crate::bidi::line(ui, tr!("summary-peak-red"))).extend())
            .on_hover_bidi(tr!("summary-peak-red-tip"));
        ui.label(crate::bidi::text(
            ui,
            tr!(
                "summary-peak-red-value-dated",
                km2 = format!("{:.0}", ind.peak_red_km2),
                date = date(ind.peak_red_day),
                day = ind.peak_red_day
            ),
        ));
        ui.end_row();
        ui.add(egui::Label::new(crate::bidi::line(ui, tr!("summary-returned"))).extend())
            .on_hover_bidi(tr!("summary-returned-tip"));
        ui.label(thousands(ind.people_returned));
        ui.end_row();
    });
}
