//! The Compare timeline: one quantity of the current scenario and each compared one in a
//! single plot. Colour says the zone, the line's style says the scenario (solid for the
//! current one, then dashed, then dotted), so the two never compete for one channel.

use eframe::egui::{self, Color32, Shape, Stroke};
use egui_plot::{Line, LineStyle, Plot, VLine};

use crate::compare::Quantity;
use crate::theme::Palette;
use gz_core::model::{Category, DayRecord};

/// One scenario's curves; its place in the list chooses its line style.
pub struct PlottedRun<'a> {
    pub label: &'a str,
    pub days: &'a [DayRecord],
}

pub struct ComparePlotInput<'a> {
    /// The current scenario first, then the compared ones.
    pub runs: Vec<PlottedRun<'a>>,
    pub quantity: Quantity,
    pub categories_shown: [bool; Category::COUNT],
    pub day: u32,
}

/// The line style of the scenario in place `slot` (0 is the current scenario).
#[must_use]
pub fn line_style(slot: usize) -> LineStyle {
    match slot {
        0 => LineStyle::Solid,
        1 => LineStyle::Dashed { length: 14.0 },
        _ => LineStyle::Dotted { spacing: 8.0 },
    }
}

/// Dots are drawn with the width as radius: thinner, so they weigh what a line weighs.
fn line_width(slot: usize) -> f32 {
    if slot >= 2 { 2.0 } else { 2.5 }
}

/// A short sample of a scenario's line, for the key; `colour` is the text colour.
pub fn style_sample_ui(ui: &mut egui::Ui, slot: usize, colour: Color32) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(48.0, 16.0), egui::Sense::hover());
    paint_style_sample(ui.painter(), rect, slot, colour);
    response
}

/// Paints a scenario's line style across the middle of `rect`.
pub fn paint_style_sample(painter: &egui::Painter, rect: egui::Rect, slot: usize, colour: Color32) {
    let path = [rect.left_center(), rect.right_center()];
    let width = line_width(slot);
    let shapes = match line_style(slot) {
        LineStyle::Solid => vec![Shape::line_segment(path, Stroke::new(width, colour))],
        LineStyle::Dashed { length } => Shape::dashed_line(
            &path,
            Stroke::new(width, colour),
            length,
            length * (std::f32::consts::GOLDEN_RATIO - 1.0),
        ),
        LineStyle::Dotted { spacing } => Shape::dotted_line(&path, colour, spacing, width),
    };
    painter.extend(shapes);
}

/// Draws the plot; returns the day clicked, if any.
pub fn compare_plot_ui(
    ui: &mut egui::Ui,
    input: &ComparePlotInput<'_>,
    palette: &Palette,
) -> Option<u32> {
    let quantity = input.quantity;
    let last_day = input
        .runs
        .iter()
        .map(|r| r.days.len().saturating_sub(1))
        .max()
        .unwrap_or(0);
    let plot = Plot::new("compare_timeline")
        .x_axis_label(crate::bidi::plain(&gz_i18n::tr!("timeline-day")))
        .y_axis_label(quantity.axis_label())
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_x(0.0)
        .include_x(last_day as f64)
        .include_y(0.0);
    let response = plot.show(ui, |plot| {
        for (slot, run) in input.runs.iter().enumerate() {
            let curve = |zone: Category| -> Vec<[f64; 2]> {
                run.days
                    .iter()
                    .enumerate()
                    .map(|(d, r)| [d as f64, quantity.value(r, zone)])
                    .collect()
            };
            if quantity.per_zone() {
                for zone in Category::ALL {
                    if !input.categories_shown[zone.index()] {
                        continue;
                    }
                    plot.add(
                        Line::new(format!("{} · {}", zone.key(), run.label), curve(zone))
                            .color(palette.category_colour(zone))
                            .style(line_style(slot))
                            .width(line_width(slot)),
                    );
                }
            } else {
                plot.add(
                    Line::new(run.label, curve(Category::Blue))
                        .color(palette.governorate_label)
                        .style(line_style(slot))
                        .width(line_width(slot)),
                );
            }
        }
        plot.add(
            VLine::new("", f64::from(input.day))
                .color(palette.cursor)
                .width(2.5),
        );
        plot.pointer_coordinate()
    });
    if (response.response.clicked() || response.response.dragged())
        && let Some(p) = response.inner
    {
        return Some(p.x.round().clamp(0.0, last_day as f64) as u32);
    }
    None
}
