//! Charts over time: the zones stacked (people or land, the held land as its own band), or an
//! ensemble's median with its p10–p90 band, with the scenario's events marked and titled. The
//! key of zones and the event titles sit above the plot, so the axis ends where the data does.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::{Axis, TickedCoord};
use super::colours::{category_colour, colour};
use super::event_flags::{self, EventMark};
use super::{FigureError, INK, MUTED, Pen, draw_error};
use gz_core::model::ensemble::Summary;
use gz_core::model::{Category, DayRecord};
use gz_core::style::{ZonePalette, paper};
use gz_i18n::{names, tr};

/// People or land.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    People,
    Area,
}

impl Quantity {
    pub(super) fn axis(self) -> String {
        match self {
            Self::People => tr!("figure-axis-people"),
            Self::Area => tr!("figure-axis-land"),
        }
    }

    /// People are drawn in millions, so the axis reads 0.5, 1.0, ... not 500000.
    fn unit(self) -> f64 {
        match self {
            Self::People => 1.0e-6,
            Self::Area => 1.0,
        }
    }
}

/// Which chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// One run's zones stacked.
    Stacked(Quantity),
    /// An ensemble's median per zone with its p10–p90 band.
    Spread(Quantity),
}

/// A chart of a run or an ensemble over the days.
pub struct ChartFigure<'a> {
    pub kind: ChartKind,
    pub days: &'a [DayRecord],
    /// Needed for [`ChartKind::Spread`].
    pub summary: Option<&'a Summary>,
    /// The scenario's events: a thin line each, titled above the plot.
    pub events: Vec<EventMark>,
    /// A day to mark with a labelled line (`gaza-zones figure --day N`); none in the app's
    /// exports, whose day cursor belongs to the screen.
    pub marked_day: Option<u32>,
}

/// The chart's y axis, with its ticks chosen ([`Axis`]) rather than plotters' own.
pub(super) type TimeChart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, TickedCoord>>;

/// The heights above the plot, in layout pixels: a row of the zones' key, a lane of event
/// titles.
const KEY_ROW_PX: f64 = 26.0;
const LANE_PX: f64 = 21.0;
/// The lanes of event titles: fewer on a short figure, so that the plot keeps its height.
fn lanes_for(body_height_px: f64) -> usize {
    if body_height_px >= 600.0 { 3 } else { 2 }
}
/// Room the axes take below and beside the plot (x labels and title; margin).
const X_LABEL_AREA_PX: f64 = 56.0;
const Y_LABEL_AREA_PX: f64 = 84.0;
const CHART_MARGIN_PX: f64 = 8.0;
const EVENT_FONT_PX: f64 = 14.0;

pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &ChartFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    let (quantity, series) = match figure.kind {
        ChartKind::Stacked(q) => (q, stacked(figure.days, q)),
        ChartKind::Spread(q) => match figure.summary {
            Some(summary) => (q, spread(summary, q)),
            None => {
                return Err(FigureError::Draw(tr!("figure-no-ensemble")));
            }
        },
    };
    let last_day = series
        .iter()
        .map(|s| s.upper.len())
        .max()
        .unwrap_or(1)
        .saturating_sub(1)
        .max(1) as f64;
    let max = series
        .iter()
        .flat_map(|s| s.upper.iter().copied())
        .fold(0.0_f64, f64::max);

    // The key of zones above, then the event titles, then the plot: nothing is drawn over
    // the data, so the axis can end where the data does.
    let key: Vec<(RGBColor, String)> = series
        .iter()
        .map(|s| {
            (
                category_colour(zones, s.category),
                tr!(
                    "figure-legend-category",
                    name = names::category(s.category),
                    meaning = names::category_short(s.category)
                ),
            )
        })
        .collect();
    let (width, height) = area.dim_in_pixel();
    let key_rows = key_rows(&key, f64::from(width), pen)?;
    let key_h = pen.px(KEY_ROW_PX) * key_rows.len() as i32 + pen.px(6.0);
    let has_flags = !figure.events.is_empty() || figure.marked_day.is_some();
    let lanes = if has_flags {
        lanes_for(f64::from(height))
    } else {
        0
    };
    let band_h = pen.px(LANE_PX) * lanes as i32 + pen.px(4.0);
    let (key_area, rest) = area.split_vertically(key_h.max(1) as u32);
    let (band, plot) = rest.split_vertically(band_h.max(1) as u32);
    draw_key(&key_area, &key_rows, pen)?;

    let axis = Axis::from_zero(max, plot_height(&plot, pen));
    let mut chart = time_chart(&plot, last_day, axis, &quantity.axis(), pen)?;

    for s in &series {
        let colour = category_colour(zones, s.category);
        let mut outline: Vec<(f64, f64)> = s
            .upper
            .iter()
            .enumerate()
            .map(|(d, &v)| (d as f64, v))
            .collect();
        outline.extend(
            s.lower
                .iter()
                .enumerate()
                .rev()
                .map(|(d, &v)| (d as f64, v)),
        );
        let fill = colour.mix(if s.middle.is_some() { 0.25 } else { 0.85 });
        chart
            .draw_series(std::iter::once(Polygon::new(outline, fill.filled())))
            .map_err(draw_error)?;
        if let Some(middle) = &s.middle {
            chart
                .draw_series(LineSeries::new(
                    middle.iter().enumerate().map(|(d, &v)| (d as f64, v)),
                    colour.stroke_width(pen.px(2.5).max(1) as u32),
                ))
                .map_err(draw_error)?;
        }
    }

    // One line a day, however many events share it (faint lines drawn over each other
    // would darken).
    let event_style = MUTED.mix(0.5).stroke_width(1);
    let mut days: Vec<u32> = figure.events.iter().map(|m| m.day).collect();
    days.sort_unstable();
    days.dedup();
    for day in days {
        day_line(&mut chart, day, axis, event_style)?;
    }
    if let Some(day) = figure.marked_day {
        day_line(
            &mut chart,
            day,
            axis,
            MARKER.stroke_width(pen.px(2.0).max(1) as u32),
        )?;
    }
    if lanes > 0 {
        draw_flags(&band, &chart, figure, lanes, pen)?;
    }
    Ok(())
}

const MARKER: RGBColor = colour(paper::MARKER);

/// The event titles (and the marked day) in their lanes above the plot, each beside a short
/// tick over its line.
fn draw_flags<DB: DrawingBackend>(
    band: &DrawingArea<DB, Shift>,
    chart: &TimeChart<'_, DB>,
    figure: &ChartFigure,
    lanes: usize,
    pen: Pen,
) -> Result<(), FigureError> {
    let right_to_left = gz_i18n::language().is_right_to_left();
    let (band_x, _) = band.get_base_pixel();
    let band_w = f64::from(band.dim_in_pixel().0);
    let (plot_x, _) = chart.plotting_area().get_pixel_range();
    let (plot_left, plot_right) = (f64::from(plot_x.start), f64::from(plot_x.end));
    let (band_left, band_right) = (f64::from(band_x), f64::from(band_x) + band_w);
    // Reading pixels: from the plot's left edge in English, from its right edge in Arabic and
    // Hebrew; titles may run on to the figure's edge.
    let x_of_day = |day: u32| f64::from(chart.backend_coord(&(f64::from(day), 0.0)).0);
    let along = |x: f64| {
        if right_to_left {
            plot_right - x
        } else {
            x - plot_left
        }
    };
    let width = if right_to_left {
        plot_right - band_left
    } else {
        band_right - plot_left
    };
    let flags = event_flags::flags(&figure.events, figure.marked_day, |d| along(x_of_day(d)));
    let font = pen.font(EVENT_FONT_PX);
    let measure = |t: &str| super::drawn_width(t, &font);
    let fit = |t: &str, room: f64| {
        if room <= 0.0 {
            Ok(String::new())
        } else {
            super::fit_text(t, &font, room.floor() as i32)
        }
    };
    let placed = event_flags::lay_out(&flags, width, lanes, &measure, &fit)?;
    let lane_h = pen.px(LANE_PX);
    for p in &placed {
        let flag = &flags[p.index];
        // Back from reading pixels to the band's own.
        let line_x = if right_to_left {
            plot_right - p.start_px
        } else {
            plot_left + p.start_px
        };
        let x = (line_x - band_left).round() as i32;
        let top = pen.px(2.0) + lane_h * p.lane as i32;
        let colour = if flag.marked { MARKER } else { MUTED };
        band.draw(&PathElement::new(
            vec![(x, top + pen.px(2.0)), (x, top + lane_h - pen.px(2.0))],
            colour.stroke_width(pen.px(if flag.marked { 2.0 } else { 1.0 }).max(1) as u32),
        ))
        .map_err(draw_error)?;
        let gap = pen.px(event_flags::TEXT_GAP_PX);
        let (text_x, anchor) = if right_to_left {
            (x - gap, Pos::new(HPos::Right, VPos::Top))
        } else {
            (x + gap, Pos::new(HPos::Left, VPos::Top))
        };
        band.draw(&Text::new(
            p.text.clone(),
            (text_x, top + pen.px(2.0)),
            font.clone().color(&colour).pos(anchor),
        ))
        .map_err(draw_error)?;
    }
    Ok(())
}

/// The zones' key in rows, in reading order: a swatch and its words per entry, wrapped to the
/// width.
struct KeyEntry {
    colour: RGBColor,
    text: String,
    /// From the reading edge, in pixels.
    start_px: f64,
}

const KEY_FONT_PX: f64 = 15.0;
const SWATCH_PX: f64 = 16.0;
const SWATCH_GAP_PX: f64 = 6.0;
const ENTRY_GAP_PX: f64 = 22.0;

fn key_rows(
    entries: &[(RGBColor, String)],
    width_px: f64,
    pen: Pen,
) -> Result<Vec<Vec<KeyEntry>>, FigureError> {
    let font = pen.font(KEY_FONT_PX);
    // In line with the plot's edge where reading starts: past the y axis's labels in
    // English, at the plot's right edge in Arabic and Hebrew.
    let indent = if gz_i18n::language().is_right_to_left() {
        f64::from(pen.px(CHART_MARGIN_PX))
    } else {
        f64::from(pen.px(Y_LABEL_AREA_PX + CHART_MARGIN_PX))
    };
    let room = width_px - indent;
    let mut rows: Vec<Vec<KeyEntry>> = vec![Vec::new()];
    let mut at = 0.0;
    for (colour, text) in entries {
        let text_room = (room - SWATCH_PX - SWATCH_GAP_PX).max(0.0);
        let text = super::fit_text(text, &font, text_room.floor() as i32)?;
        let w = SWATCH_PX + SWATCH_GAP_PX + super::drawn_width(&text, &font)?;
        if at > 0.0 && at + w > room {
            rows.push(Vec::new());
            at = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push(KeyEntry {
                colour: *colour,
                text,
                start_px: indent + at,
            });
        }
        at += w + ENTRY_GAP_PX;
    }
    Ok(rows)
}

fn draw_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rows: &[Vec<KeyEntry>],
    pen: Pen,
) -> Result<(), FigureError> {
    let right_to_left = gz_i18n::language().is_right_to_left();
    let width = f64::from(area.dim_in_pixel().0);
    let font = pen.font(KEY_FONT_PX);
    let swatch = pen.px(SWATCH_PX);
    for (r, row) in rows.iter().enumerate() {
        let y = pen.px(KEY_ROW_PX) * r as i32 + pen.px(4.0);
        for entry in row {
            // The swatch first in reading order: at the left in English, the right in Arabic.
            let (swatch_x, text_x, anchor) = if right_to_left {
                let right = (width - entry.start_px).round() as i32;
                (
                    right - swatch,
                    right - swatch - pen.px(SWATCH_GAP_PX),
                    Pos::new(HPos::Right, VPos::Top),
                )
            } else {
                let left = entry.start_px.round() as i32;
                (
                    left,
                    left + swatch + pen.px(SWATCH_GAP_PX),
                    Pos::new(HPos::Left, VPos::Top),
                )
            };
            area.draw(&Rectangle::new(
                [
                    (swatch_x, y + pen.px(1.0)),
                    (swatch_x + swatch, y + pen.px(1.0) + swatch),
                ],
                entry.colour.filled(),
            ))
            .map_err(draw_error)?;
            area.draw(&Text::new(
                entry.text.clone(),
                (text_x, y),
                font.clone().color(&INK).pos(anchor),
            ))
            .map_err(draw_error)?;
        }
    }
    Ok(())
}

/// The height of the plot that [`time_chart`] draws in `area`, in layout pixels: what the y
/// axis's ticks share.
pub(super) fn plot_height<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, pen: Pen) -> f64 {
    (f64::from(area.dim_in_pixel().1) - f64::from(pen.px(X_LABEL_AREA_PX + 2.0 * CHART_MARGIN_PX)))
        / pen.scale
}

/// A vertical line across the plot at `day`: an event, or the day marked.
pub(super) fn day_line<DB: DrawingBackend>(
    chart: &mut TimeChart<'_, DB>,
    day: u32,
    axis: Axis,
    style: ShapeStyle,
) -> Result<(), FigureError> {
    let x = f64::from(day);
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(x, axis.bottom), (x, axis.top)],
            style,
        )))
        .map_err(draw_error)?;
    Ok(())
}

/// The axes every chart over time shares: days across from 0, `y_desc` up the ticks of
/// `axis`.
pub(super) fn time_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    last_day: f64,
    axis: Axis,
    y_desc: &str,
    pen: Pen,
) -> Result<TimeChart<'a, DB>, FigureError> {
    let mut chart = ChartBuilder::on(area)
        .margin(pen.px(CHART_MARGIN_PX))
        .x_label_area_size(pen.px(X_LABEL_AREA_PX))
        .y_label_area_size(pen.px(Y_LABEL_AREA_PX))
        .build_cartesian_2d(0.0..last_day, axis.coord())
        .map_err(draw_error)?;
    chart
        .configure_mesh()
        .x_desc(tr!("figure-axis-day"))
        .y_desc(y_desc)
        .label_style(pen.font(16.0).color(&INK))
        .axis_desc_style(pen.font(18.0).color(&INK))
        .light_line_style(colour(paper::GRID_FINE))
        .bold_line_style(colour(paper::GRID_COARSE))
        .x_labels(10)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| axis.label(*v))
        .draw()
        .map_err(draw_error)?;
    Ok(chart)
}

/// One category's area between `lower` and `upper`, with a median line for spreads.
struct Series {
    category: Category,
    lower: Vec<f64>,
    upper: Vec<f64>,
    middle: Option<Vec<f64>>,
}

pub(super) fn value(d: &DayRecord, category: Category, quantity: Quantity) -> f64 {
    let r = d.reported();
    let v = match quantity {
        Quantity::People => r.people_in(category),
        Quantity::Area => r.area(category),
    };
    v * quantity.unit()
}

fn stacked(days: &[DayRecord], quantity: Quantity) -> Vec<Series> {
    let mut below = vec![0.0; days.len()];
    Category::ALL
        .iter()
        .map(|&category| {
            let above: Vec<f64> = below
                .iter()
                .zip(days)
                .map(|(b, d)| b + value(d, category, quantity))
                .collect();
            let series = Series {
                category,
                lower: below.clone(),
                upper: above.clone(),
                middle: None,
            };
            below = above;
            series
        })
        .collect()
}

fn spread(summary: &Summary, quantity: Quantity) -> Vec<Series> {
    let bands = match quantity {
        Quantity::People => &summary.people,
        Quantity::Area => &summary.area_km2,
    };
    let unit = quantity.unit();
    Category::ALL
        .iter()
        .map(|&category| {
            let pick = |f: fn(&gz_core::model::ensemble::Band) -> f64| -> Vec<f64> {
                bands
                    .iter()
                    .map(|b| f(&b[category.index()]) * unit)
                    .collect()
            };
            Series {
                category,
                lower: pick(|b| b.p10),
                upper: pick(|b| b.p90),
                middle: Some(pick(|b| b.p50)),
            }
        })
        .collect()
}
