//! The Sensitivity window: the indicator and the runs on top, the tornado on the left and the
//! one-driver sweep on the right, each with its own Compute, progress, Cancel and Export.

use eframe::egui;
use std::fmt::Write as _;

use super::super::derived::Derived;
use super::super::job::Job;
use super::super::theme::{self, Palette};
use super::format::{driver_value, plausible_range_words};
use super::sweep_plot::sweep_plot_ui;
use super::tornado_chart::{TornadoView, tornado_chart_ui};
use super::{ChartColours, Sensitivity, SensitivityAction};
use gz_core::model::sensitivity::{Indicator, Sampling, SweepRange, events_setting};
use gz_core::model::{Driver, Mode};
use gz_core::scenario::{MAX_RUNS, Scenario};

/// Draws the window if it is open; returns what the user asked for.
pub fn sensitivity_window_ui(
    ctx: &egui::Context,
    state: &mut Sensitivity,
    scenario: &Scenario,
    generation: u64,
    palette: &Palette,
    (dark, high_contrast): (bool, bool),
) -> Vec<SensitivityAction> {
    let mut actions = Vec::new();
    let mut open = state.open;
    let chart = theme::sensitivity_colours(dark, high_contrast);
    let colours = ChartColours {
        at_min: chart.at_min,
        at_max: chart.at_max,
        baseline: chart.baseline,
        caption: palette.caption,
    };
    // Never wider or taller than the screen, also after presentation mode zooms in.
    let screen = ctx.content_rect().size();
    egui::Window::new("Sensitivity")
        .open(&mut open)
        .default_pos([40.0, 60.0])
        .default_size([1250.0_f32.min(screen.x - 40.0), 720.0])
        .min_size([600.0, 300.0])
        .max_size(screen - egui::vec2(20.0, 20.0))
        .collapsible(false)
        .show(ctx, |ui| {
            choices_ui(ui, state, scenario, palette);
            ui.separator();
            ui.columns(2, |columns| {
                if let [left, right] = columns {
                    tornado_column_ui(left, state, (scenario, generation), &colours, &mut actions);
                    sweep_column_ui(right, state, (scenario, generation), &colours, &mut actions);
                }
            });
        });
    state.open = open;
    actions
}

/// The indicator and the number of runs, shared by both analyses.
fn choices_ui(ui: &mut egui::Ui, state: &mut Sensitivity, scenario: &Scenario, palette: &Palette) {
    ui.colored_label(
        palette.caption,
        "One driver at a time: its starting value moves, every other input stays as the \
         scenario has it. This explores the model's assumptions; it is not a forecast.",
    );
    ui.horizontal(|ui| {
        let label = ui.label("Indicator");
        egui::ComboBox::from_id_salt("sensitivity_indicator")
            .selected_text(state.indicator.label())
            .width(300.0)
            .show_ui(ui, |ui| {
                for indicator in Indicator::ALL {
                    ui.selectable_value(&mut state.indicator, indicator, indicator.label());
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(16.0);
        let label = ui.label("Runs per point");
        ui.add(egui::DragValue::new(&mut state.runs).range(1..=MAX_RUNS))
            .labelled_by(label.id)
            .on_hover_text(
                "1: one run in the scenario's own mode. More: that many stochastic runs at each \
                 point, run i with the same random numbers at every point",
            );
        let sampling = Sampling::from_runs(scenario.mode, scenario.seed, state.runs);
        ui.colored_label(palette.caption, sampling.describe());
    });
    if state.indicator == Indicator::FirstDayBlueHoldsHalf {
        ui.colored_label(
            palette.caption,
            format!(
                "A run in which blue never holds half the people counts as day {} (after the \
                 {}-day horizon), shown as \"not by day {}\".",
                scenario.horizon_days + 1,
                scenario.horizon_days,
                scenario.horizon_days
            ),
        );
    }
}

fn tornado_column_ui(
    ui: &mut egui::Ui,
    state: &Sensitivity,
    (scenario, generation): (&Scenario, u64),
    colours: &ChartColours,
    actions: &mut Vec<SensitivityAction>,
) {
    ui.heading(if scenario.model.has_dynamics() {
        "Each driver and judgement parameter across its range"
    } else {
        "Each driver across its range"
    });
    let fresh = state.tornado_for(generation);
    ui.horizontal(|ui| {
        job_controls_ui(
            ui,
            state.tornado_job.as_ref(),
            "Compute tornado",
            SensitivityAction::StartTornado,
            SensitivityAction::CancelTornado,
            actions,
        );
        if ui
            .add_enabled(fresh.is_some(), egui::Button::new("Export tornado CSV…"))
            .on_hover_text("The table behind the chart, with the scenario's provenance")
            .clicked()
        {
            actions.push(SensitivityAction::ExportTornado);
        }
    });
    let Some(tornado) = fresh else {
        missing_ui(
            ui,
            "tornado",
            state.tornado.as_ref(),
            state.tornado_job.is_some(),
            colours,
        );
        return;
    };
    legend_ui(ui, colours, tornado.has_parameters());
    let bars = tornado.bars(state.indicator);
    let set_later: Vec<Driver> = Driver::ALL
        .into_iter()
        .filter(|&d| !events_setting(&scenario.events, d).is_empty())
        .collect();
    let view = TornadoView {
        bars: &bars,
        indicator: state.indicator,
        horizon_days: tornado.horizon_days,
        set_later: &set_later,
    };
    tornado_chart_ui(ui, &view, colours);
    let mut caption = format!(
        "{}. Bars run from the scenario's value (the vertical line) to the value with the driver \
         at the end of its range; widest first.",
        sampling_caption(&tornado.sampling)
    );
    if tornado.has_parameters() {
        caption.push_str(
            " Rows marked (parameter) are judgements of the rules, not scenario inputs: ",
        );
        caption.push_str(&plausible_range_words());
        caption.push('.');
    }
    if !set_later.is_empty() {
        caption.push_str(" * Events set this driver again later: only its value until then moves.");
    }
    ui.colored_label(colours.caption, caption);
}

fn sweep_column_ui(
    ui: &mut egui::Ui,
    state: &mut Sensitivity,
    (scenario, generation): (&Scenario, u64),
    colours: &ChartColours,
    actions: &mut Vec<SensitivityAction>,
) {
    ui.heading("One driver, step by step");
    range_ui(ui, &mut state.sweep_range);
    let fresh = state.sweep_for(generation);
    ui.horizontal(|ui| {
        job_controls_ui(
            ui,
            state.sweep_job.as_ref(),
            "Compute sweep",
            SensitivityAction::StartSweep,
            SensitivityAction::CancelSweep,
            actions,
        );
        if ui
            .add_enabled(fresh.is_some(), egui::Button::new("Export sweep CSV…"))
            .on_hover_text("The values behind the plot, with the scenario's provenance")
            .clicked()
        {
            actions.push(SensitivityAction::ExportSweep);
        }
    });
    let Some(sweep) = fresh else {
        missing_ui(
            ui,
            "sweep",
            state.sweep.as_ref(),
            state.sweep_job.is_some(),
            colours,
        );
        return;
    };
    let driver = sweep.range.driver;
    let mut caption = format!(
        "{} at each of {} values of {}, from {} to {}. {}The vertical line marks the scenario's \
         value ({}).",
        sampling_caption(&sweep.sampling),
        sweep.values.len(),
        driver.info().label.to_lowercase(),
        driver_value(driver, sweep.range.from),
        driver_value(driver, sweep.range.to),
        if sweep.sampling.runs > 1 {
            "Line: the median; band: 10th to 90th percentile of the runs. "
        } else {
            ""
        },
        driver_value(driver, sweep.scenario_value)
    );
    let later: Vec<String> = events_setting(&scenario.events, driver)
        .iter()
        .map(|e| e.day.to_string())
        .collect();
    if !later.is_empty() {
        let _ = write!(
            caption,
            " Events set it again on day {}: only its value until then moves.",
            later.join(", ")
        );
    }
    let caption_height = ui.text_style_height(&egui::TextStyle::Body) * 4.0;
    ui.allocate_ui(
        egui::vec2(
            ui.available_width(),
            (ui.available_height() - caption_height).max(220.0),
        ),
        |ui| {
            sweep_plot_ui(ui, sweep, state.indicator, colours);
        },
    );
    ui.colored_label(colours.caption, caption);
}

/// Which driver, from where to where, in how many steps.
fn range_ui(ui: &mut egui::Ui, range: &mut SweepRange) {
    ui.horizontal(|ui| {
        let label = ui.label("Driver");
        let before = range.driver;
        egui::ComboBox::from_id_salt("sensitivity_sweep_driver")
            .selected_text(range.driver.info().label)
            .show_ui(ui, |ui| {
                for driver in Driver::ALL {
                    ui.selectable_value(&mut range.driver, driver, driver.info().label);
                }
            })
            .response
            .labelled_by(label.id);
        if range.driver != before {
            *range = SweepRange::whole(range.driver, range.steps);
        }
    });
    ui.horizontal(|ui| {
        let info = range.driver.info();
        let speed = (info.max - info.min) / 200.0;
        let label = ui.label("From");
        ui.add(
            egui::DragValue::new(&mut range.from)
                .range(info.min..=info.max)
                .speed(speed),
        )
        .labelled_by(label.id);
        let label = ui.label("to");
        ui.add(
            egui::DragValue::new(&mut range.to)
                .range(info.min..=info.max)
                .speed(speed),
        )
        .labelled_by(label.id);
        let label = ui.label("Steps");
        ui.add(egui::DragValue::new(&mut range.steps).range(2..=201))
            .labelled_by(label.id);
    });
    // On a line of its own: some units are long, and a row does not wrap.
    let info = range.driver.info();
    ui.label(info.unit).on_hover_text(info.source);
}

/// Compute, or the progress bar and Cancel while computing.
fn job_controls_ui<T: Send + 'static>(
    ui: &mut egui::Ui,
    job: Option<&Job<T>>,
    start_label: &str,
    start: SensitivityAction,
    cancel: SensitivityAction,
    actions: &mut Vec<SensitivityAction>,
) {
    match job {
        Some(job) => {
            let (done, total) = job.progress();
            ui.add(
                egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                    .text(format!("{done} of {total} runs"))
                    .desired_width(200.0),
            );
            if ui.button("Cancel").clicked() {
                actions.push(cancel);
            }
        }
        None => {
            if ui.button(start_label).clicked() {
                actions.push(start);
            }
        }
    }
}

/// Why there is nothing to show.
fn missing_ui<T>(
    ui: &mut egui::Ui,
    what: &str,
    computed: Option<&Derived<T>>,
    running: bool,
    colours: &ChartColours,
) {
    let text = match (computed, running) {
        (_, true) => format!("Computing the {what}…"),
        (Some(_), false) => format!(
            "Out of date — recompute: the scenario has changed since this {what} was computed."
        ),
        (None, false) => format!("No {what} computed for this scenario yet."),
    };
    ui.add_space(8.0);
    ui.colored_label(colours.caption, text);
}

/// The two bar colours in words, so colour is never the only cue.
fn legend_ui(ui: &mut egui::Ui, colours: &ChartColours, parameters: bool) {
    let (low, high) = if parameters {
        (
            "driver at its minimum, parameter at half its default",
            "driver at its maximum, parameter at double its default",
        )
    } else {
        ("driver at its minimum", "driver at its maximum")
    };
    ui.horizontal_wrapped(|ui| {
        for (colour, words) in [(colours.at_min, low), (colours.at_max, high)] {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 14.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(words);
            ui.add_space(10.0);
        }
    });
}

fn sampling_caption(sampling: &Sampling) -> String {
    match (sampling.mode, sampling.runs) {
        (Mode::Expected, _) => "One expected-value run per point".to_owned(),
        (Mode::Stochastic, 1) => format!("One stochastic run per point (seed {})", sampling.seed),
        (Mode::Stochastic, n) => format!(
            "Median of {n} stochastic runs per point (seed {}, the same random numbers at every point)",
            sampling.seed
        ),
    }
}
