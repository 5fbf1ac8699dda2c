//! The Sensitivity window: the indicator and the runs on top, the tornado on the left and the
//! one-driver sweep on the right, each with its own Compute, progress, Cancel and Export.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::{names, tr};

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
    egui::Window::new(crate::bidi::plain(&tr!("sensitivity-title")))
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
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        tr!("sensitivity-intro"),
    ));
    ui.horizontal(|ui| {
        let label = ui.label(crate::bidi::text(ui, tr!("form-indicator")));
        egui::ComboBox::from_id_salt("sensitivity_indicator")
            .selected_text(crate::bidi::text(
                ui,
                gz_i18n::names::indicator(state.indicator),
            ))
            .width(300.0)
            .show_ui(ui, |ui| {
                for indicator in Indicator::ALL {
                    let name = crate::bidi::text(ui, gz_i18n::names::indicator(indicator));
                    ui.selectable_value(&mut state.indicator, indicator, name);
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(16.0);
        let label = ui.label(crate::bidi::text(ui, tr!("sensitivity-runs-per-point")));
        ui.add(egui::DragValue::new(&mut state.runs).range(1..=MAX_RUNS))
            .labelled_by(label.id)
            .on_hover_bidi(tr!("sensitivity-runs-per-point-tip"));
        let sampling = Sampling::from_runs(scenario.mode, scenario.seed, state.runs);
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            sampling_caption(&sampling),
        ));
    });
    if state.indicator == Indicator::FirstDayBlueHoldsHalf {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!(
                "sensitivity-never-half",
                after = scenario.horizon_days + 1,
                horizon = scenario.horizon_days
            ),
        ));
    }
}

fn tornado_column_ui(
    ui: &mut egui::Ui,
    state: &Sensitivity,
    (scenario, generation): (&Scenario, u64),
    colours: &ChartColours,
    actions: &mut Vec<SensitivityAction>,
) {
    let heading = if scenario.model.has_dynamics() {
        tr!("sensitivity-tornado-heading-parameters")
    } else {
        tr!("sensitivity-tornado-heading")
    };
    ui.label(crate::bidi::heading(ui, heading));
    let fresh = state.tornado_for(generation);
    ui.horizontal(|ui| {
        job_controls_ui(
            ui,
            state.tornado_job.as_ref(),
            &tr!("sensitivity-compute-tornado"),
            SensitivityAction::StartTornado,
            SensitivityAction::CancelTornado,
            actions,
        );
        if ui
            .add_enabled(
                fresh.is_some(),
                egui::Button::new(crate::bidi::text(ui, tr!("sensitivity-export-tornado"))),
            )
            .on_hover_bidi(tr!("sensitivity-export-tornado-tip"))
            .clicked()
        {
            actions.push(SensitivityAction::ExportTornado);
        }
    });
    let Some(tornado) = fresh else {
        missing_ui(
            ui,
            Analysis::Tornado,
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
    let mut caption = tr!(
        "sensitivity-tornado-caption",
        sampling = sampling_caption(&tornado.sampling)
    );
    if tornado.has_parameters() {
        caption.push(' ');
        caption.push_str(&tr!(
            "sensitivity-tornado-parameters",
            range = plausible_range_words()
        ));
    }
    if !set_later.is_empty() {
        caption.push(' ');
        caption.push_str(&tr!("sensitivity-tornado-set-later"));
    }
    ui.label(crate::bidi::coloured(ui, colours.caption, caption));
}

fn sweep_column_ui(
    ui: &mut egui::Ui,
    state: &mut Sensitivity,
    (scenario, generation): (&Scenario, u64),
    colours: &ChartColours,
    actions: &mut Vec<SensitivityAction>,
) {
    ui.label(crate::bidi::heading(ui, tr!("sensitivity-sweep-heading")));
    range_ui(ui, &mut state.sweep_range);
    let fresh = state.sweep_for(generation);
    ui.horizontal(|ui| {
        job_controls_ui(
            ui,
            state.sweep_job.as_ref(),
            &tr!("sensitivity-compute-sweep"),
            SensitivityAction::StartSweep,
            SensitivityAction::CancelSweep,
            actions,
        );
        if ui
            .add_enabled(
                fresh.is_some(),
                egui::Button::new(crate::bidi::text(ui, tr!("sensitivity-export-sweep"))),
            )
            .on_hover_bidi(tr!("sensitivity-export-sweep-tip"))
            .clicked()
        {
            actions.push(SensitivityAction::ExportSweep);
        }
    });
    let Some(sweep) = fresh else {
        missing_ui(
            ui,
            Analysis::Sweep,
            state.sweep.as_ref(),
            state.sweep_job.is_some(),
            colours,
        );
        return;
    };
    let driver = sweep.range.driver;
    let mut caption = tr!(
        "sensitivity-sweep-caption",
        sampling = sampling_caption(&sweep.sampling),
        count = sweep.values.len(),
        driver = names::driver(driver),
        from = driver_value(driver, sweep.range.from),
        to = driver_value(driver, sweep.range.to),
        scenario = driver_value(driver, sweep.scenario_value)
    );
    if sweep.sampling.runs > 1 {
        caption.push(' ');
        caption.push_str(&tr!("sensitivity-sweep-band"));
    }
    let later: Vec<String> = events_setting(&scenario.events, driver)
        .iter()
        .map(|e| e.day.to_string())
        .collect();
    if !later.is_empty() {
        caption.push(' ');
        caption.push_str(&tr!("sensitivity-sweep-set-later", days = later.join(", ")));
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
    ui.label(crate::bidi::coloured(ui, colours.caption, caption));
}

/// Which driver, from where to where, in how many steps.
fn range_ui(ui: &mut egui::Ui, range: &mut SweepRange) {
    ui.horizontal(|ui| {
        let label = ui.label(crate::bidi::text(ui, tr!("form-driver")));
        let before = range.driver;
        let selected = crate::bidi::text(ui, names::driver(range.driver));
        egui::ComboBox::from_id_salt("sensitivity_sweep_driver")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for driver in Driver::ALL {
                    let shown = crate::bidi::text(ui, names::driver(driver));
                    ui.selectable_value(&mut range.driver, driver, shown);
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
        let label = ui.label(crate::bidi::text(ui, tr!("sensitivity-from")));
        ui.add(
            egui::DragValue::new(&mut range.from)
                .range(info.min..=info.max)
                .speed(speed),
        )
        .labelled_by(label.id);
        let label = ui.label(crate::bidi::text(ui, tr!("sensitivity-to")));
        ui.add(
            egui::DragValue::new(&mut range.to)
                .range(info.min..=info.max)
                .speed(speed),
        )
        .labelled_by(label.id);
        let label = ui.label(crate::bidi::text(ui, tr!("sensitivity-steps")));
        ui.add(egui::DragValue::new(&mut range.steps).range(2..=201))
            .labelled_by(label.id);
    });
    // On a line of its own: some units are long, and a row does not wrap.
    let info = range.driver.info();
    ui.label(crate::bidi::text(ui, names::driver_unit(range.driver)))
        .on_hover_text(info.source);
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
                    .text(crate::bidi::text(
                        ui,
                        tr!("uncertainty-progress", done = done, total = total),
                    ))
                    .desired_width(200.0),
            );
            if ui
                .button(crate::bidi::text(ui, tr!("guard-cancel")))
                .clicked()
            {
                actions.push(cancel);
            }
        }
        None => {
            if ui.button(crate::bidi::text(ui, start_label)).clicked() {
                actions.push(start);
            }
        }
    }
}

/// Why there is nothing to show.
fn missing_ui<T>(
    ui: &mut egui::Ui,
    what: Analysis,
    computed: Option<&Derived<T>>,
    running: bool,
    colours: &ChartColours,
) {
    // Whole sentences per analysis: a noun put into one sentence does not translate.
    let text = match (what, computed, running) {
        (Analysis::Tornado, _, true) => tr!("sensitivity-computing-tornado"),
        (Analysis::Sweep, _, true) => tr!("sensitivity-computing-sweep"),
        (Analysis::Tornado, Some(_), false) => tr!("sensitivity-stale-tornado"),
        (Analysis::Sweep, Some(_), false) => tr!("sensitivity-stale-sweep"),
        (Analysis::Tornado, None, false) => tr!("sensitivity-none-tornado"),
        (Analysis::Sweep, None, false) => tr!("sensitivity-none-sweep"),
    };
    ui.add_space(8.0);
    ui.label(crate::bidi::coloured(ui, colours.caption, text));
}

/// Which of the window's two analyses.
#[derive(Clone, Copy)]
enum Analysis {
    Tornado,
    Sweep,
}

/// The two bar colours in words, so colour is never the only cue.
fn legend_ui(ui: &mut egui::Ui, colours: &ChartColours, parameters: bool) {
    let (low, high) = if parameters {
        (
            tr!("sensitivity-low-parameters"),
            tr!("sensitivity-high-parameters"),
        )
    } else {
        (tr!("sensitivity-low"), tr!("sensitivity-high"))
    };
    ui.horizontal_wrapped(|ui| {
        for (colour, words) in [(colours.at_min, low), (colours.at_max, high)] {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 14.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(crate::bidi::text(ui, words));
            ui.add_space(10.0);
        }
    });
}

fn sampling_caption(sampling: &Sampling) -> String {
    match (sampling.mode, sampling.runs) {
        (Mode::Expected, _) => tr!("sensitivity-sampling-expected"),
        (Mode::Stochastic, 1) => tr!("sensitivity-sampling-one", seed = sampling.seed.to_string()),
        (Mode::Stochastic, n) => tr!(
            "sensitivity-sampling-median",
            runs = n,
            seed = sampling.seed.to_string()
        ),
    }
}
