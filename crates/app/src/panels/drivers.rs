//! The drivers' starting values: a slider each, with unit, range and source. Dragging re-runs
//! the scenario so the curves move with the slider.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::{names, tr};

use super::super::theme::Palette;
use gz_core::geo::Governorate;
use gz_core::model::{CategoricalDriver, Crossing, Driver, Governance, Mandate, Mode};
use gz_core::scenario::{MAX_HORIZON_DAYS, Scenario};
use gz_i18n::help;

/// An edit of the scenario from this panel.
pub struct DriverEdit {
    pub scenario: Scenario,
    /// True when this change starts a new gesture (a new undo step); false while dragging.
    pub gesture_started: bool,
}

fn gesture(response: &egui::Response) -> bool {
    response.drag_started() || (response.changed() && !response.dragged())
}

pub fn drivers_ui(ui: &mut egui::Ui, scenario: &Scenario, palette: &Palette) -> Option<DriverEdit> {
    let mut s = scenario.clone();
    // The horizon may not cut off events: a file with events after its horizon is invalid.
    let last_event_day = scenario.events.iter().map(|e| e.day).max().unwrap_or(1);
    let mut started = false;
    let mut changed = false;
    ui.label(crate::bidi::heading(ui, tr!("drivers-heading")));
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        tr!("drivers-intro"),
    ));
    ui.spacing_mut().slider_width = 200.0;
    for driver in Driver::ALL {
        let info = driver.info();
        let mut value = s.start.get(driver);
        ui.add_space(4.0);
        let label = ui
            .horizontal(|ui| {
                let label = ui.label(crate::bidi::strong(ui, names::driver(driver)));
                ui.label(crate::bidi::coloured(
                    ui,
                    palette.caption,
                    names::driver_unit(driver),
                ));
                label
            })
            .inner
            .on_hover_bidi(format!(
                "{}\n\n{}\n{}\n{}",
                help::driver(driver).summary(),
                info.unit,
                tr!("drivers-range", min = info.min, max = info.max),
                tr!("drivers-source", source = info.source)
            ));
        let step = if info.max > 100.0 { 1.0 } else { 0.01 };
        let response = ui
            .add(egui::Slider::new(&mut value, info.min..=info.max).step_by(step))
            .labelled_by(label.id);
        let response = response.on_hover_bidi(format!(
            "{}\n\n{}\n{}",
            help::driver(driver).summary(),
            info.unit,
            tr!("drivers-source", source = info.source)
        ));
        if response.changed() {
            s.start.set(driver, value);
            changed = true;
            started |= gesture(&response);
        }
    }
    ui.add_space(6.0);
    egui::Grid::new("categorical")
        .num_columns(2)
        .show(ui, |ui| {
            let label = categorical_label_ui(ui, CategoricalDriver::ForceMandate);
            changed |= choice_ui(
                ui,
                label.id,
                "mandate",
                &mut s.start.force_mandate,
                &Mandate::ALL.map(|m| (m, names::mandate(m))),
            );
            ui.end_row();
            let label = categorical_label_ui(ui, CategoricalDriver::Governance);
            changed |= choice_ui(
                ui,
                label.id,
                "governance",
                &mut s.start.governance,
                &Governance::ALL.map(|g| (g, names::governance(g))),
            );
            ui.end_row();
            let label = categorical_label_ui(ui, CategoricalDriver::RafahCrossing);
            changed |= choice_ui(
                ui,
                label.id,
                "rafah",
                &mut s.start.rafah_crossing,
                &Crossing::ALL.map(|c| (c, names::crossing(c))),
            );
            ui.end_row();
        });
    ui.label(crate::bidi::text(
        ui,
        names::categorical(CategoricalDriver::ForceDeployed),
    ))
    .on_hover_bidi(format!(
        "{}\n\n{}",
        tr!("drivers-deployed-tip"),
        help::categorical(CategoricalDriver::ForceDeployed).summary()
    ));
    ui.horizontal_wrapped(|ui| {
        for g in Governorate::ALL {
            let mut on = s.start.is_deployed(g);
            if ui
                .checkbox(&mut on, crate::bidi::text(ui, names::governorate(g)))
                .changed()
            {
                s.start.force_deployed.retain(|d| *d != g);
                if on {
                    s.start.force_deployed.push(g);
                    s.start.force_deployed.sort();
                }
                changed = true;
            }
        }
    });
    ui.add_space(6.0);
    ui.label(crate::bidi::heading(ui, tr!("drivers-run")));
    egui::Grid::new("run").num_columns(2).show(ui, |ui| {
        let label = ui.label(crate::bidi::text(ui, tr!("drivers-mode")));
        changed |= choice_ui(
            ui,
            label.id,
            "mode",
            &mut s.mode,
            &Mode::ALL.map(|m| {
                let name = match m {
                    Mode::Expected => tr!("mode-expected"),
                    Mode::Stochastic => tr!("mode-stochastic"),
                };
                (m, name)
            }),
        );
        ui.end_row();
        let label = ui.label(crate::bidi::text(ui, tr!("drivers-seed")));
        let r = ui
            .add(egui::DragValue::new(&mut s.seed))
            .labelled_by(label.id);
        if r.changed() {
            changed = true;
            started |= gesture(&r);
        }
        ui.end_row();
        ui.label(crate::bidi::text(ui, tr!("drivers-horizon")));
        let r = ui.add(
            egui::DragValue::new(&mut s.horizon_days)
                .range(last_event_day.max(1)..=MAX_HORIZON_DAYS)
                .suffix(format!(" {}", tr!("drivers-days"))),
        );
        if r.changed() {
            changed = true;
            started |= gesture(&r);
        }
        ui.end_row();
    });
    // Choices and checkboxes are single clicks: each is its own undo step.
    let started = started || (changed && ui.ctx().dragged_id().is_none());
    changed.then_some(DriverEdit {
        scenario: s,
        gesture_started: started,
    })
}

/// A categorical driver's name, with its help from docs/MODEL.md on hover.
fn categorical_label_ui(ui: &mut egui::Ui, driver: CategoricalDriver) -> egui::Response {
    ui.label(crate::bidi::text(ui, names::categorical(driver)))
        .on_hover_text(help::categorical(driver).summary())
}

/// A drop-down of `options`, named for screen readers by the label `label`.
fn choice_ui<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: egui::Id,
    id: &str,
    value: &mut T,
    options: &[(T, String)],
) -> bool {
    let selected = options
        .iter()
        .find(|(v, _)| v == value)
        .map_or("", |(_, l)| l.as_str());
    let selected = crate::bidi::text(ui, selected);
    let mut changed = false;
    egui::ComboBox::from_id_salt(id)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            for (option, text) in options {
                let shown = crate::bidi::text(ui, text);
                changed |= ui.selectable_value(value, *option, shown).changed();
            }
        })
        .response
        .labelled_by(label);
    changed
}
