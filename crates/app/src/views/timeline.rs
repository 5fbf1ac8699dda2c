//! The timeline: people or land per reporting category (the zones, with held land apart),
//! stacked, over the horizon, with event markers and a
//! cursor on the day shown; or the land changing zone each week.

use eframe::egui;
use egui_plot::{Bar, BarChart, FilledArea, Legend, Plot, Text, VLine};
use gz_i18n::{names, tr};
use serde::{Deserialize, Serialize};

use super::super::ensemble::EnsembleResult;
use super::super::theme::Palette;
use gz_core::model::output::FLOWS;
use gz_core::model::{Category, RunOutput};
use gz_core::scenario::Scenario;

/// What the timeline plots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimelineMode {
    #[default]
    People,
    Area,
    Flows,
    /// Each zone's median and p10–p90 band of people over an ensemble.
    Spread,
    /// The current scenario beside the compared ones (drawn by views/compare.rs).
    Compare,
}

/// What the user did in the timeline.
#[derive(Clone, Copy, Debug, Default)]
pub struct TimelineOutput {
    pub clicked_day: Option<u32>,
}

/// What the timeline shows.
pub struct TimelineInput<'a> {
    pub run: &'a RunOutput,
    /// The run before the last edits, drawn dashed.
    pub trace: Option<&'a [gz_core::model::DayRecord]>,
    /// An ensemble of this scenario, for the Spread view.
    pub spread: Option<&'a EnsembleResult>,
    pub scenario: &'a Scenario,
    pub day: u32,
    pub mode: TimelineMode,
}

pub fn timeline_ui(
    ui: &mut egui::Ui,
    input: &TimelineInput<'_>,
    palette: &Palette,
) -> TimelineOutput {
    let TimelineInput {
        run,
        trace,
        spread,
        scenario,
        day,
        mode,
    } = *input;
    let (y_label, scale) = match mode {
        // Compare is drawn by views/compare.rs; people is its default quantity.
        TimelineMode::People | TimelineMode::Compare => (tr!("timeline-people"), 1e-3),
        TimelineMode::Area => (tr!("timeline-land"), 1.0),
        TimelineMode::Flows => (tr!("timeline-flows"), 1.0),
        TimelineMode::Spread => (tr!("timeline-spread"), 1e-3),
    };
    let plot = Plot::new("timeline")
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .x_axis_label(crate::bidi::text(ui, tr!("timeline-day")))
        .y_axis_label(crate::bidi::text(ui, y_label))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(top_of(run, mode) * 1.32);
    let days: Vec<f64> = (0..run.days.len()).map(|d| d as f64).collect();
    let top = top_of(run, mode);
    // Title rows are spaced by the text's height on screen, however tall the plot is: the
    // plot shows about 1.4 times `top` over its height.
    let plot_height_pt = f64::from(ui.available_height().max(60.0));
    let row_step = 17.0 * 1.4 * top / plot_height_pt;
    let rows = ((0.28 * top / row_step).floor() as usize).clamp(1, 4);
    // The plot spans the horizon plus egui_plot's margins, over the panel's width less the axis.
    let days_per_px = (f64::from(scenario.horizon_days) * 1.1)
        / f64::from((ui.available_width() - 70.0).max(100.0));
    // Event titles in the small font; the marker colour applies through the placeholder.
    let title_format = egui::TextFormat::simple(
        egui::TextStyle::Small.resolve(ui.style()),
        egui::Color32::PLACEHOLDER,
    );
    let ctx = ui.ctx().clone();
    let response = plot.show(ui, |plot| {
        if mode == TimelineMode::Flows {
            flows_bars_ui(plot, run, palette);
        } else if mode == TimelineMode::Spread {
            if let Some(result) = spread {
                spread_ui(plot, result, &days, palette);
            }
        } else {
            let reported: Vec<_> = run
                .days
                .iter()
                .map(gz_core::model::DayRecord::reported)
                .collect();
            let mut below = vec![0.0; days.len()];
            for category in Category::ALL {
                let above: Vec<f64> = below
                    .iter()
                    .zip(&reported)
                    .map(|(b, r)| {
                        let v = if mode == TimelineMode::People {
                            r.people_in(category)
                        } else {
                            r.area(category)
                        };
                        b + v * scale
                    })
                    .collect();
                plot.add(
                    FilledArea::new(
                        crate::bidi::plain(&names::category(category)),
                        &days,
                        &below,
                        &above,
                    )
                    .fill_color(palette.category_fill(category))
                    .stroke(egui::Stroke::new(1.0, palette.category_colour(category))),
                );
                below = above;
            }
            if let Some(before) = trace {
                trace_ui(
                    plot,
                    before,
                    &days,
                    mode == TimelineMode::People,
                    scale,
                    palette,
                );
            }
        }
        // Event markers carry no legend entry (an empty name): the events panel lists them.
        // Titles go in the first of four rows where they do not overlap an earlier title;
        // a title with no room is left to the events panel.
        let mut row_ends = vec![f64::MIN; rows];
        for marker in markers(scenario, run) {
            let x = f64::from(marker.day);
            let line = VLine::new("", x).width(1.0);
            plot.add(if marker.fired {
                // A milestone fired in this run: its own day here, another in another run.
                line.color(palette.event_marker)
                    .style(egui_plot::LineStyle::dashed_loose())
            } else {
                line.color(palette.event_marker.gamma_multiply(0.5))
            });
            if mode == TimelineMode::Flows || marker.title.is_empty() {
                continue;
            }
            let title: String = marker.title.chars().take(32).collect();
            // Measured as drawn: Arabic and Hebrew letters are narrower or wider than a
            // count of characters would say.
            let width_px = crate::bidi::width_of(&ctx, &title, &title_format);
            let width_days = (f64::from(width_px) + 12.0) * days_per_px;
            if let Some(row) = row_ends.iter().position(|&end| end < x) {
                row_ends[row] = x + width_days;
                plot.add(
                    Text::new(
                        "",
                        egui_plot::PlotPoint::new(x, top * 1.04 + row_step * row as f64),
                        crate::bidi::job(&title, &title_format),
                    )
                    .color(palette.event_marker)
                    .anchor(egui::Align2::LEFT_CENTER),
                );
            }
        }
        let waiting = waiting_milestones(scenario, run);
        if !waiting.is_empty() && mode != TimelineMode::Flows {
            plot.add(
                Text::new(
                    "",
                    egui_plot::PlotPoint::new(f64::from(scenario.horizon_days), top * 1.3),
                    egui::RichText::new(crate::bidi::plain(&gz_i18n::tr!(
                        "timeline-not-reached",
                        milestones = waiting
                    )))
                    .small(),
                )
                .color(palette.event_marker)
                .anchor(egui::Align2::RIGHT_TOP),
            );
        }
        plot.add(
            VLine::new("", f64::from(day))
                .color(palette.cursor)
                .width(2.5),
        );
        plot.pointer_coordinate()
    });
    let mut out = TimelineOutput::default();
    if (response.response.clicked() || response.response.dragged())
        && let Some(p) = response.inner
    {
        out.clicked_day = Some(p.x.round().clamp(0.0, f64::from(scenario.horizon_days)) as u32);
    }
    out
}

/// An event's line on the timeline: a dated event on its day, a milestone on each day it fired
/// in the run shown.
struct Marker {
    day: u32,
    title: String,
    fired: bool,
}

/// Dated events, and fired milestones, in day order (events of a day in file order).
fn markers(scenario: &Scenario, run: &RunOutput) -> Vec<Marker> {
    let mut markers: Vec<Marker> = scenario
        .events
        .iter()
        .filter(|e| e.when.is_none())
        .map(|e| Marker {
            day: e.day,
            title: e.title.clone(),
            fired: false,
        })
        .collect();
    markers.extend(run.fired.iter().filter_map(|&(index, day)| {
        scenario.events.get(index).map(|e| Marker {
            day,
            title: gz_i18n::events::label(e),
            fired: true,
        })
    }));
    markers.sort_by_key(|m| m.day);
    markers
}

/// The milestones that did not fire in the run shown, by name.
fn waiting_milestones(scenario: &Scenario, run: &RunOutput) -> String {
    let names: Vec<String> = scenario
        .events
        .iter()
        .enumerate()
        .filter(|(i, e)| e.when.is_some() && !run.fired.iter().any(|(f, _)| f == i))
        .map(|(_, e)| gz_i18n::events::label(e).chars().take(32).collect())
        .collect();
    names.join("; ")
}

/// The curves before the last edits, dashed and faint: the top of each category's stacked
/// area.
fn trace_ui(
    plot: &mut egui_plot::PlotUi<'_>,
    before: &[gz_core::model::DayRecord],
    days: &[f64],
    people: bool,
    scale: f64,
    palette: &Palette,
) {
    let mut below = vec![0.0; before.len()];
    let reported: Vec<_> = before
        .iter()
        .map(gz_core::model::DayRecord::reported)
        .collect();
    for category in Category::ALL {
        let points: Vec<[f64; 2]> = below
            .iter_mut()
            .zip(&reported)
            .zip(days)
            .map(|((b, r), &x)| {
                *b += scale
                    * if people {
                        r.people_in(category)
                    } else {
                        r.area(category)
                    };
                [x, *b]
            })
            .collect();
        plot.add(
            egui_plot::Line::new("", points)
                .color(palette.category_colour(category).gamma_multiply(0.7))
                .style(egui_plot::LineStyle::dashed_loose())
                .width(1.5),
        );
    }
}

/// Each category's people: the median as a line, p10 to p90 as a band (not stacked: the
/// bands of different categories may overlap).
fn spread_ui(
    plot: &mut egui_plot::PlotUi<'_>,
    result: &EnsembleResult,
    days: &[f64],
    palette: &Palette,
) {
    for category in Category::ALL {
        let band = |f: fn(&gz_core::model::ensemble::Band) -> f64| -> Vec<f64> {
            result
                .summary
                .people
                .iter()
                .map(|b| f(&b[category.index()]) * 1e-3)
                .collect()
        };
        let (low, mid, high) = (band(|b| b.p10), band(|b| b.p50), band(|b| b.p90));
        let n = days.len().min(mid.len());
        plot.add(
            FilledArea::new("", &days[..n], &low[..n], &high[..n])
                .fill_color(palette.category_fill(category).gamma_multiply(0.35))
                .stroke(egui::Stroke::NONE),
        );
        let line: Vec<[f64; 2]> = days.iter().zip(&mid).map(|(&d, &m)| [d, m]).collect();
        plot.add(
            egui_plot::Line::new(crate::bidi::plain(&names::category(category)), line)
                .color(palette.category_colour(category))
                .width(2.5),
        );
    }
}

/// The height of the stacked curves (all people, or the whole Strip), in plot units.
fn top_of(run: &RunOutput, mode: TimelineMode) -> f64 {
    match (mode, run.days.first()) {
        (TimelineMode::People | TimelineMode::Spread | TimelineMode::Compare, Some(d)) => {
            d.people.iter().sum::<f64>() * 1e-3
        }
        (TimelineMode::Area, Some(d)) => d.area_km2.iter().sum(),
        (TimelineMode::Flows, _) => run
            .days
            .chunks(7)
            .map(|w| {
                w.iter()
                    .map(|d| d.flows_km2.iter().flatten().sum::<f64>())
                    .sum::<f64>()
            })
            .fold(1.0, f64::max),
        (_, None) => 1.0,
    }
}

fn flows_bars_ui(plot: &mut egui_plot::PlotUi<'_>, run: &RunOutput, palette: &Palette) {
    let weeks = run.days.len().div_ceil(7);
    let mut charts: Vec<BarChart> = Vec::new();
    for (from, to) in FLOWS {
        let bars: Vec<Bar> = (0..weeks)
            .map(|w| {
                let total: f64 = run
                    .days
                    .iter()
                    .skip(w * 7)
                    .take(7)
                    .map(|d| d.flows_km2[from.index()][to.index()])
                    .sum();
                Bar::new(w as f64 * 7.0 + 3.5, total).width(6.0)
            })
            .collect();
        if bars.iter().all(|b| b.value == 0.0) {
            continue;
        }
        let name = format!("{} to {}", from.key(), to.key());
        let mut chart = BarChart::new(name, bars).color(palette.zone_colour(to));
        let refs: Vec<&BarChart> = charts.iter().collect();
        chart = chart.stack_on(&refs);
        charts.push(chart);
    }
    for chart in charts {
        plot.add(chart);
    }
}
