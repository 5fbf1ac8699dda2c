//! The timeline: people or land per reporting category (the zones, with held land apart),
//! stacked, over the horizon, with event markers and a
//! cursor on the day shown; or the land changing zone each week.

use eframe::egui;
use egui_plot::{Bar, BarChart, FilledArea, Legend, Plot, VLine};
use gz_i18n::{names, tr};
use serde::{Deserialize, Serialize};

use super::super::ensemble::EnsembleResult;
use super::super::theme::Palette;
use super::event_labels::{self, LabelIn};
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
    // Event titles in the small font, in lanes above the curves: as many lanes as a third of
    // the plot's height holds, up to three, and the curves scaled to stay under them.
    let title_format = egui::TextFormat::simple(
        egui::TextStyle::Small.resolve(ui.style()),
        palette.event_marker,
    );
    let lane_pt = ui.fonts_mut(|f| f.row_height(&title_format.font_id)) + 3.0;
    // The frame is the panel's height less the day axis below it.
    let frame_pt = (ui.available_height() - 40.0).max(60.0);
    let lanes = if mode == TimelineMode::Flows {
        0
    } else {
        ((frame_pt * 0.4 / lane_pt).floor() as usize).clamp(1, 3)
    };
    let lanes_share = (lanes as f32 * lane_pt + 6.0) / frame_pt;
    // egui_plot adds 5 % of the range above and below: the curves' top lands under the lanes.
    let top_factor = 1.0 / (1.05 - 1.1 * f64::from(lanes_share)).max(0.3);
    // egui_plot's legend is a column as tall as a short plot: below this height the names go
    // in one row at the bottom instead (drawn below).
    let legend_row = frame_pt < 170.0 && mode != TimelineMode::Flows;
    let mut plot = Plot::new("timeline");
    if !legend_row {
        // Bottom left: the top of the plot is the event titles'.
        plot = plot.legend(
            Legend::default()
                .position(egui_plot::Corner::LeftBottom)
                .text_style(egui::TextStyle::Small),
        );
    }
    let plot = plot
        .x_axis_label(crate::bidi::text(ui, tr!("timeline-day")))
        .y_axis_label(crate::bidi::text(ui, y_label))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(top_of(run, mode) * top_factor.max(1.1));
    let days: Vec<f64> = (0..run.days.len()).map(|d| d as f64).collect();
    let markers = markers(scenario, run);
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
        // Their titles are drawn over the plot once its frame is known (below).
        for marker in &markers {
            let line = VLine::new("", f64::from(marker.day)).width(1.0);
            plot.add(if marker.fired {
                // A milestone fired in this run: its own day here, another in another run.
                line.color(palette.event_marker)
                    .style(egui_plot::LineStyle::dashed_loose())
            } else {
                line.color(palette.event_marker.gamma_multiply(0.5))
            });
        }
        plot.add(
            VLine::new("", f64::from(day))
                .color(palette.cursor)
                .width(2.5),
        );
        plot.pointer_coordinate()
    });
    let frame = *response.transform.frame();
    let painter = ui.painter_at(frame);
    let placed = if lanes == 0 {
        Vec::new()
    } else {
        let labels: Vec<LabelIn<'_>> = markers
            .iter()
            .map(|m| LabelIn {
                x_pt: response.transform.position_from_point_x(f64::from(m.day)),
                title: &m.title,
            })
            .collect();
        let ctx = ui.ctx().clone();
        event_labels::lay_out(
            &labels,
            |text| crate::bidi::width_of(&ctx, text, &title_format),
            frame.right() - 4.0,
            lanes,
        )
    };
    let lane_top = |lane: usize| frame.top() + 3.0 + lane as f32 * lane_pt;
    for label in &placed {
        let galley = painter.layout_job(crate::bidi::job(&label.text, &title_format));
        painter.galley(
            egui::pos2(label.left_pt, lane_top(label.lane)),
            galley,
            palette.event_marker,
        );
    }
    let waiting = waiting_milestones(scenario, run);
    if !waiting.is_empty() && mode != TimelineMode::Flows {
        // Bottom right, over the curves on a backing: the top belongs to the titles.
        let text = crate::bidi::plain(&tr!("timeline-not-reached", milestones = waiting));
        let galley = painter.layout_job(crate::bidi::wrapped_job(
            ui.ctx(),
            &text,
            &title_format,
            frame.width() * 0.6,
        ));
        let at = frame.right_bottom() - galley.size() - egui::vec2(6.0, 6.0);
        painter.rect_filled(
            egui::Rect::from_min_size(at, galley.size()).expand(3.0),
            3.0,
            palette.map_background.gamma_multiply(0.85),
        );
        painter.galley(at, galley, palette.event_marker);
    }
    if legend_row {
        legend_row_ui(&painter, frame, &title_format, palette);
    }
    // The whole title of an event on hover: over its (perhaps shortened) title, or near its
    // marker line.
    if let Some(pointer) = response.response.hover_pos() {
        let over_label = placed.iter().find(|p| {
            let top = lane_top(p.lane);
            (p.left_pt..=p.right_pt()).contains(&pointer.x)
                && (top..=top + lane_pt).contains(&pointer.y)
        });
        let hovered = over_label.map(|p| &markers[p.index]).or_else(|| {
            markers.iter().find(|m| {
                (response.transform.position_from_point_x(f64::from(m.day)) - pointer.x).abs()
                    <= 3.0
            })
        });
        if let Some(marker) = hovered.filter(|m| !m.title.is_empty()) {
            let date = names::calendar_date(scenario.start_date, marker.day).unwrap_or_default();
            let heading = tr!("map-day", day = marker.day, date = date);
            response.response.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(crate::bidi::strong(ui, heading));
                ui.label(crate::bidi::text(ui, &marker.title));
            });
        }
    }
    let mut out = TimelineOutput::default();
    if (response.response.clicked() || response.response.dragged())
        && let Some(p) = response.inner
    {
        out.clicked_day = Some(p.x.round().clamp(0.0, f64::from(scenario.horizon_days)) as u32);
    }
    out
}

/// The categories' colours and names in one row at the bottom left of the plot, on a
/// backing, from the side the language starts from.
fn legend_row_ui(
    painter: &egui::Painter,
    frame: egui::Rect,
    format: &egui::TextFormat,
    palette: &Palette,
) {
    let swatch_pt = 10.0;
    let items: Vec<_> = Category::ALL
        .iter()
        .map(|&category| {
            let galley = painter.layout_job(crate::bidi::job(
                &names::category(category),
                &egui::TextFormat {
                    color: palette.governorate_label,
                    ..format.clone()
                },
            ));
            (category, galley)
        })
        .collect();
    let width: f32 = items
        .iter()
        .map(|(_, g)| swatch_pt + 4.0 + g.size().x + 10.0)
        .sum();
    let height = items.iter().map(|(_, g)| g.size().y).fold(0.0, f32::max);
    let right_to_left = gz_i18n::language().is_right_to_left();
    let row = if right_to_left {
        egui::Rect::from_min_size(
            frame.right_bottom() - egui::vec2(width + 6.0, height + 6.0),
            egui::vec2(width, height),
        )
    } else {
        egui::Rect::from_min_size(
            frame.left_bottom() + egui::vec2(6.0, -height - 6.0),
            egui::vec2(width, height),
        )
    };
    painter.rect_filled(
        row.expand(3.0),
        3.0,
        palette.map_background.gamma_multiply(0.85),
    );
    let mut x = if right_to_left {
        row.right()
    } else {
        row.left()
    };
    for (category, galley) in items {
        let item = swatch_pt + 4.0 + galley.size().x;
        let left = if right_to_left { x - item } else { x };
        // The swatch on the side the language starts from.
        let (swatch_x, text_x) = if right_to_left {
            (left + item - swatch_pt, left)
        } else {
            (left, left + swatch_pt + 4.0)
        };
        let swatch = egui::Rect::from_min_size(
            egui::pos2(swatch_x, row.center().y - swatch_pt / 2.0),
            egui::vec2(swatch_pt, swatch_pt),
        );
        painter.rect_filled(swatch, 2.0, palette.category_colour(category));
        painter.galley(
            egui::pos2(text_x, row.top()),
            galley,
            palette.governorate_label,
        );
        x = if right_to_left {
            left - 10.0
        } else {
            left + item + 10.0
        };
    }
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
    crate::event_order::in_order(scenario, run)
        .into_iter()
        .filter_map(|h| {
            let event = scenario.events.get(h.index)?;
            // A dated event is marked by its own title (none, if untitled); a milestone by
            // what it is, since its day is the run's.
            let fired = event.when.is_some();
            Some(Marker {
                day: h.day,
                title: if fired {
                    gz_i18n::events::label(event)
                } else {
                    event.title.clone()
                },
                fired,
            })
        })
        .collect()
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
