//! Scenarios compared: one quantity per zone (and for the held land) over time, a line style per scenario, so that
//! two or three scenarios can share one chart.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

use super::axis::Axis;
use super::chart::Quantity;
use super::colours::category_colour;
use super::{FigureError, INK, MUTED, Pen, draw_error};
use gz_core::model::{Category, DayRecord};
use gz_core::style::ZonePalette;
use gz_i18n::{names, tr};

/// One scenario's curves.
pub struct OverlaySeries<'a> {
    pub label: String,
    pub days: &'a [DayRecord],
}

/// Up to three scenarios: the first solid, the second dashed, the third dotted.
pub struct OverlayFigure<'a> {
    pub quantity: Quantity,
    pub series: Vec<OverlaySeries<'a>>,
    /// Which categories to draw (by [`Category::index`]), as ticked on the Compare timeline.
    pub zones: [bool; Category::COUNT],
    pub marked_day: Option<u32>,
}

/// The line styles in scenario order, and their names for the legend.
pub const LINE_STYLES: [&str; 3] = ["solid", "dashed", "dotted"];

pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &OverlayFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    let value = |d: &DayRecord, c: Category| super::chart::value(d, c, figure.quantity);
    let shown: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|z| figure.zones[z.index()])
        .collect();
    let last_day = figure
        .series
        .iter()
        .map(|s| s.days.len())
        .max()
        .unwrap_or(2)
        .saturating_sub(1)
        .max(1) as f64;
    let max = figure
        .series
        .iter()
        .flat_map(|s| s.days.iter())
        .flat_map(|d| shown.iter().map(|&z| value(d, z)))
        .fold(0.0_f64, f64::max);
    // The legend of scenarios (line styles) goes above the chart; zones are named by colour.
    let key_h = pen.px(30.0) * (figure.series.len() as i32 + 1);
    let (key, plot) = area.split_vertically(key_h.max(1) as u32);
    let axis = Axis::from_zero(max, super::chart::plot_height(&plot, pen));
    let mut chart = super::chart::time_chart(&plot, last_day, axis, &figure.quantity.axis(), pen)?;
    let width = pen.px(2.5).max(1) as u32;
    for (k, series) in figure.series.iter().enumerate().take(LINE_STYLES.len()) {
        for &zone in &shown {
            let style = category_colour(zones, zone).stroke_width(width);
            let points = series
                .days
                .iter()
                .enumerate()
                .map(|(d, rec)| (d as f64, value(rec, zone)));
            match dashes(k, pen) {
                None => chart.draw_series(LineSeries::new(points, style)),
                Some((size, spacing)) => chart.draw_series(DashedLineSeries::new(
                    points,
                    size as u32,
                    spacing as u32,
                    style,
                )),
            }
            .map_err(draw_error)?;
        }
    }
    if let Some(day) = figure.marked_day {
        super::chart::day_line(
            &mut chart,
            day,
            axis,
            MUTED.stroke_width(pen.px(1.5).max(1) as u32),
        )?;
    }
    draw_key(&key, figure, zones, pen)
}

/// The dash and gap lengths of scenario `k`'s line style, in image pixels: none for the first
/// (solid), long dashes for the second, short dots for the third. The plot and its key both
/// use it, so they always agree.
fn dashes(k: usize, pen: Pen) -> Option<(i32, i32)> {
    match k {
        0 => None,
        1 => Some((pen.px(12.0).max(2), pen.px(7.0).max(2))),
        _ => Some((pen.px(3.0).max(1), pen.px(5.0).max(2))),
    }
}

/// Which line style is which scenario, and which colour is which zone.
fn draw_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &OverlayFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    let x0 = pen.px(100.0);
    let sample = pen.px(60.0);
    for (k, series) in figure.series.iter().enumerate().take(LINE_STYLES.len()) {
        let y = pen.px(30.0) * k as i32 + pen.px(12.0);
        let style = INK.stroke_width(pen.px(2.5).max(1) as u32);
        let line = vec![(x0, y), (x0 + sample, y)];
        match dashes(k, pen) {
            None => area.draw(&PathElement::new(line, style)),
            Some((size, spacing)) => area.draw(&DashedPathElement::new(line, size, spacing, style)),
        }
        .map_err(draw_error)?;
        area.draw(&Text::new(
            tr!(
                "figure-series-style",
                label = series.label.as_str(),
                style = line_style_name(k)
            ),
            (x0 + sample + pen.px(12.0), y - pen.px(10.0)),
            pen.font(17.0).color(&INK),
        ))
        .map_err(draw_error)?;
    }
    let y = pen.px(30.0) * figure.series.len().min(LINE_STYLES.len()) as i32 + pen.px(4.0);
    let mut x = x0;
    for zone in Category::ALL
        .into_iter()
        .filter(|z| figure.zones[z.index()])
    {
        let fill = category_colour(zones, zone);
        area.draw(&Rectangle::new(
            [(x, y), (x + pen.px(18.0), y + pen.px(16.0))],
            fill.filled(),
        ))
        .map_err(draw_error)?;
        area.draw(&Text::new(
            names::category(zone),
            (x + pen.px(24.0), y),
            pen.font(16.0).color(&INK),
        ))
        .map_err(draw_error)?;
        x += pen.px(110.0);
    }
    Ok(())
}

/// The name of the `k`th line style in the key, in the interface's language.
fn line_style_name(k: usize) -> String {
    match k {
        0 => tr!("figure-line-solid"),
        1 => tr!("figure-line-dashed"),
        _ => tr!("figure-line-dotted"),
    }
}
