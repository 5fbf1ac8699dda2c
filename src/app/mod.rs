//! The desktop app. For now a window with the scenario's people per zone over time; the full
//! app (map, events, editing) builds on this.

pub mod theme;

use eframe::egui;
use egui_plot::{FilledArea, Legend, Plot};

use crate::geo::Grid;
use crate::model::{Mode, Plan, Record, RunOutput, Zone};
use crate::scenario::{BUNDLED, Scenario};

/// The app's state.
pub struct ZonesApp {
    scenario: Scenario,
    output: RunOutput,
}

impl ZonesApp {
    #[must_use]
    pub fn new(scenario: Scenario) -> Self {
        let plan = Plan::new(Grid::strip(), &scenario.inputs());
        let output = plan.run(Mode::Expected, scenario.seed, Record::Totals);
        Self { scenario, output }
    }

    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    #[must_use]
    pub fn output(&self) -> &RunOutput {
        &self.output
    }

    fn curves_ui(&self, ui: &mut egui::Ui) {
        let days: Vec<f64> = (0..self.output.days.len()).map(|d| d as f64).collect();
        let mut below = vec![0.0; days.len()];
        Plot::new("people_by_zone")
            .legend(Legend::default())
            .x_axis_label("day")
            .y_axis_label("people (thousands)")
            .show(ui, |plot| {
                for zone in Zone::ALL {
                    let above: Vec<f64> = below
                        .iter()
                        .zip(&self.output.days)
                        .map(|(b, d)| b + d.people[zone.index()] / 1000.0)
                        .collect();
                    plot.add(
                        FilledArea::new(zone.key(), &days, &below, &above)
                            .fill_color(theme::zone_fill(zone))
                            .stroke(egui::Stroke::new(1.0, theme::zone_colour(zone))),
                    );
                    below = above;
                }
            });
    }
}

impl ZonesApp {
    /// A menu of the bundled scenarios; picking one runs it.
    fn bundled_menu_ui(&mut self, ui: &mut egui::Ui) {
        let mut picked = None;
        egui::ComboBox::from_label("Bundled scenario")
            .selected_text(self.scenario.meta.title.clone())
            .show_ui(ui, |ui| {
                for bundled in BUNDLED {
                    if let Ok(s) = bundled.load() {
                        let current = s.meta.title == self.scenario.meta.title;
                        if ui.selectable_label(current, &s.meta.title).clicked() {
                            picked = Some(s);
                        }
                    }
                }
            });
        if let Some(s) = picked {
            *self = Self::new(s);
        }
    }
}

impl eframe::App for ZonesApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            self.bundled_menu_ui(ui);
            ui.heading(&self.scenario.meta.title);
            ui.label(
                egui::RichText::new(
                    "A what-if model, not a forecast. Zones as in Ross and Orion: red, armed Hamas \
                     present; green, havens under Arab oversight; gray, international \
                     reconstruction; blue, secure for return.",
                )
                .color(theme::CAPTION),
            );
            self.curves_ui(ui);
        });
    }
}

/// Opens the window; returns an error message when there is no display or no graphics.
///
/// # Errors
/// When no window can be opened.
pub fn run(scenario: Scenario) -> Result<(), String> {
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        return Err(no_display_message(
            "neither DISPLAY nor WAYLAND_DISPLAY is set",
        ));
    }
    let title = format!("gaza-zones: {}", scenario.meta.title);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "gaza-zones",
        options,
        Box::new(|_cc| Ok(Box::new(ZonesApp::new(scenario)))),
    )
    .map_err(|e| no_display_message(&e.to_string()))
}

fn no_display_message(why: &str) -> String {
    format!(
        "cannot open the app window ({why}).\n\
         To run without a display, use the command line, e.g.\n  \
         gaza-zones run scenarios/stalled_phase_two.ron --out result.csv\n\
         See `gaza-zones --help`."
    )
}
