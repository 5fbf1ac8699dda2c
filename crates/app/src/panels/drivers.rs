//! The drivers' starting values: a slider each, with unit, range and source. Dragging re-runs
//! the scenario so the curves move with the slider.

use eframe::egui;

use super::super::theme::Palette;
use gz_core::geo::Governorate;
use gz_core::model::{CategoricalDriver, Crossing, Driver, Governance, Mandate, Mode};
use gz_core::report::help;
use gz_core::scenario::{MAX_HORIZON_DAYS, Scenario};

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
    ui.heading("Drivers at the start");
    ui.colored_label(
        palette.caption,
        "Values on day 0; events change them later. Hover a driver for what it does and its source.",
    );
    ui.spacing_mut().slider_width = 200.0;
    for driver in Driver::ALL {
        let info = driver.info();
        let mut value = s.start.get(driver);
        ui.add_space(4.0);
        let label = ui
            .horizontal(|ui| {
                let label = ui.label(egui::RichText::new(info.label).strong());
                ui.colored_label(palette.caption, short_unit(info.unit));
                label
            })
            .inner
            .on_hover_text(format!(
                "{}\n\n{}\nRange {}–{}\nSource: {}",
                help::driver(driver).summary(),
                info.unit,
                info.min,
                info.max,
                info.source
            ));
        let step = if info.max > 100.0 { 1.0 } else { 0.01 };
        let response = ui
            .add(egui::Slider::new(&mut value, info.min..=info.max).step_by(step))
            .labelled_by(label.id);
        let response = response.on_hover_text(format!(
            "{}\n\n{}\nSource: {}",
            help::driver(driver).summary(),
            info.unit,
            info.source
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
                &Mandate::ALL.map(|m| (m, m.label())),
            );
            ui.end_row();
            let label = categorical_label_ui(ui, CategoricalDriver::Governance);
            changed |= choice_ui(
                ui,
                label.id,
                "governance",
                &mut s.start.governance,
                &Governance::ALL.map(|g| (g, g.describe())),
            );
            ui.end_row();
            let label = categorical_label_ui(ui, CategoricalDriver::RafahCrossing);
            changed |= choice_ui(
                ui,
                label.id,
                "rafah",
                &mut s.start.rafah_crossing,
                &Crossing::ALL.map(|c| (c, c.label())),
            );
            ui.end_row();
        });
    ui.label(CategoricalDriver::ForceDeployed.label())
        .on_hover_text(format!(
            "Governorates where the stabilisation force operates from day 0.\n\n{}",
            help::categorical(CategoricalDriver::ForceDeployed).summary()
        ));
    ui.horizontal_wrapped(|ui| {
        for g in Governorate::ALL {
            let mut on = s.start.is_deployed(g);
            if ui.checkbox(&mut on, g.name()).changed() {
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
    ui.heading("Run");
    egui::Grid::new("run").num_columns(2).show(ui, |ui| {
        let label = ui.label("Mode");
        changed |= choice_ui(
            ui,
            label.id,
            "mode",
            &mut s.mode,
            &Mode::ALL.map(|m| (m, m.label())),
        );
        ui.end_row();
        let label = ui.label("Seed");
        let r = ui
            .add(egui::DragValue::new(&mut s.seed))
            .labelled_by(label.id);
        if r.changed() {
            changed = true;
            started |= gesture(&r);
        }
        ui.end_row();
        ui.label("Horizon");
        let r = ui.add(
            egui::DragValue::new(&mut s.horizon_days)
                .range(last_event_day.max(1)..=MAX_HORIZON_DAYS)
                .suffix(" days"),
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
    ui.label(driver.label())
        .on_hover_text(help::categorical(driver).summary())
}

/// A drop-down of `options`, named for screen readers by the label `label`.
fn choice_ui<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: egui::Id,
    id: &str,
    value: &mut T,
    options: &[(T, &str)],
) -> bool {
    let selected = options
        .iter()
        .find(|(v, _)| v == value)
        .map_or("", |(_, l)| *l);
    let mut changed = false;
    egui::ComboBox::from_id_salt(id)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            for (option, text) in options {
                changed |= ui.selectable_value(value, *option, *text).changed();
            }
        })
        .response
        .labelled_by(label);
    changed
}

/// The unit without its explanation, for the slider's side label.
fn short_unit(unit: &str) -> &str {
    unit.split([',', '(']).next().unwrap_or(unit).trim()
}
