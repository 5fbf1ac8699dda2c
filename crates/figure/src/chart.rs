//! Charts over time: the zones stacked (people or land, the held land as its own band), or an ensemble's median with its
//! p10–p90 band, with the scenario's events marked.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use super::colours::{category_colour, colour};
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
    /// Days of the scenario's events, marked with thin lines.
    pub event_days: Vec<u32>,
    /// The day shown in the app, marked with a labelled line.
    pub marked_day: Option<u32>,
}

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
    let top = series
        .iter()
        .flat_map(|s| s.upper.iter().copied())
        .fold(0.0_f64, f64::max)
        * headroom(figure.kind);
    let top = if top > 0.0 { top } else { 1.0 };
    let mut chart = time_chart(area, last_day, top, &quantity.axis(), pen)?;

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
            .map_err(draw_error)?
            .label(tr!(
                "figure-legend-category",
                name = names::category(s.category),
                meaning = names::category_short(s.category)
            ))
            .legend(move |(x, y)| Rectangle::new([(x, y - 7), (x + 18, y + 7)], colour.filled()));
        if let Some(middle) = &s.middle {
            chart
                .draw_series(LineSeries::new(
                    middle.iter().enumerate().map(|(d, &v)| (d as f64, v)),
                    colour.stroke_width(pen.px(2.5).max(1) as u32),
                ))
                .map_err(draw_error)?;
        }
    }

    let event_style = MUTED.mix(0.5).stroke_width(1);
    for &day in &figure.event_days {
        day_line(&mut chart, day, top, event_style)?;
    }
    if let Some(day) = figure.marked_day {
        let x = f64::from(day);
        day_line(
            &mut chart,
            day,
            top,
            MARKER.stroke_width(pen.px(2.0).max(1) as u32),
        )?;
        chart
            .draw_series(std::iter::once(Text::new(
                format!(" {}", tr!("figure-marked-day", day = day.to_string())),
                (x, top),
                pen.bold(16.0).color(&MARKER),
            )))
            .map_err(draw_error)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .margin(pen.px(10.0))
        .legend_area_size(pen.px(26.0))
        .label_font(pen.font(16.0).color(&INK))
        .background_style(WHITE.mix(0.9))
        .border_style(MUTED)
        .draw()
        .map_err(draw_error)?;
    Ok(())
}

const MARKER: RGBColor = colour(paper::MARKER);

/// A vertical line from 0 to `top` at `day`: an event, or the day shown.
pub(super) fn day_line<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    day: u32,
    top: f64,
    style: ShapeStyle,
) -> Result<(), FigureError> {
    let x = f64::from(day);
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(x, 0.0), (x, top)],
            style,
        )))
        .map_err(draw_error)?;
    Ok(())
}

/// The axes every chart over time shares: days across from 0, `y_desc` up from 0 to `top`.
pub(super) fn time_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    last_day: f64,
    top: f64,
    y_desc: &str,
    pen: Pen,
) -> Result<ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>, FigureError> {
    let mut chart = ChartBuilder::on(area)
        .margin(pen.px(8.0))
        .x_label_area_size(pen.px(56.0))
        .y_label_area_size(pen.px(84.0))
        .build_cartesian_2d(0.0..last_day, 0.0..top)
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
        .y_labels(8)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .draw()
        .map_err(draw_error)?;
    Ok(chart)
}

/// Room above the data for the legend: stacked totals are flat, so the legend would cover
/// them without it.
fn headroom(kind: ChartKind) -> f64 {
    match kind {
        ChartKind::Stacked(_) => 1.3,
        ChartKind::Spread(_) => 1.12,
    }
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
