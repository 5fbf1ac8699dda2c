//! Sensitivity figures: a tornado chart (how far each driver, across its range, moves one
//! indicator) and a one-driver sweep (the indicator against the driver's value, with bands).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{FigureError, INK, MUTED, Pen, draw_error};
use crate::model::sensitivity::{Indicator, Sweep, Tornado};
use crate::report::format::driver_value;

/// One driver's bar: the indicator with the driver at the bottom and at the top of its range.
pub struct TornadoBar {
    pub driver: String,
    /// The driver's values at the two ends, with units, e.g. "0 trucks/day".
    pub low_label: String,
    pub high_label: String,
    pub at_low: f64,
    pub at_high: f64,
}

pub struct TornadoFigure {
    /// The indicator with its unit, e.g. "people returned by the last day".
    pub indicator: String,
    pub baseline: f64,
    /// Largest swing first.
    pub bars: Vec<TornadoBar>,
}

pub struct SweepFigure {
    /// The driver's name with its unit, for the x axis.
    pub driver: String,
    /// The indicator's name with its unit, for the y axis.
    pub indicator: String,
    pub values: Vec<f64>,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
    /// The scenario's own value of the driver, marked.
    pub current: Option<f64>,
}

/// "Final red land (km²)": an indicator as an axis title.
fn indicator_axis(indicator: Indicator) -> String {
    format!("{} ({})", indicator.label(), indicator.unit())
}

/// Day horizon + 1 stands for "never"; a figure must say so where it can occur.
fn never_note(indicator: Indicator, horizon_days: u32) -> String {
    if indicator.means_never(f64::from(horizon_days) + 1.0, horizon_days) {
        format!("; day {} means \"not by the last day\"", horizon_days + 1)
    } else {
        String::new()
    }
}

impl TornadoFigure {
    /// The figure of a computed tornado for one indicator.
    #[must_use]
    pub fn of(tornado: &Tornado, indicator: Indicator) -> Self {
        let bars = tornado.bars(indicator);
        Self {
            indicator: indicator_axis(indicator),
            baseline: bars.first().map_or(0.0, |b| b.baseline),
            bars: bars
                .iter()
                .map(|b| TornadoBar {
                    driver: b.driver.info().label.to_owned(),
                    low_label: driver_value(b.driver, b.min_value),
                    high_label: driver_value(b.driver, b.max_value),
                    at_low: b.at_min,
                    at_high: b.at_max,
                })
                .collect(),
        }
    }

    /// What the figure shows and how it was computed, for its caption.
    #[must_use]
    pub fn subtitle(tornado: &Tornado, indicator: Indicator) -> String {
        format!(
            "{}: each driver from the bottom to the top of its range, the others as in the scenario; {}{}",
            indicator.label(),
            tornado.sampling.describe(),
            never_note(indicator, tornado.horizon_days)
        )
    }
}

impl SweepFigure {
    /// The figure of a computed sweep for one indicator.
    #[must_use]
    pub fn of(sweep: &Sweep, indicator: Indicator) -> Self {
        let series = sweep.series(indicator);
        Self {
            driver: format!("{} (starting value)", sweep.range.driver.info().label),
            indicator: indicator_axis(indicator),
            values: series.iter().map(|(v, _)| *v).collect(),
            p10: series.iter().map(|(_, b)| b.p10).collect(),
            p50: series.iter().map(|(_, b)| b.p50).collect(),
            p90: series.iter().map(|(_, b)| b.p90).collect(),
            current: Some(sweep.scenario_value),
        }
    }

    #[must_use]
    pub fn subtitle(sweep: &Sweep, indicator: Indicator) -> String {
        format!(
            "{} against {}; {}{}",
            indicator.label(),
            sweep.range.driver.info().label,
            sweep.sampling.describe(),
            never_note(indicator, sweep.horizon_days)
        )
    }
}

const LOW: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
const HIGH: RGBColor = RGBColor(0x00, 0x72, 0xB2);

pub(super) fn draw_tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &TornadoFigure,
    pen: &Pen,
) -> Result<(), FigureError> {
    let n = figure.bars.len().max(1);
    let (lo, hi) = figure
        .bars
        .iter()
        .flat_map(|b| [b.at_low, b.at_high])
        .chain([figure.baseline])
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = ((hi - lo) * 0.25).max(hi.abs().max(1.0) * 0.02);
    let (x0, x1) = (lo - pad, hi + pad);
    let names_w = pen.px(300.0);
    let (names, plot) = area.split_horizontally(names_w.max(1) as u32);
    let mut chart = ChartBuilder::on(&plot)
        .margin(pen.px(8.0))
        .x_label_area_size(pen.px(56.0))
        .build_cartesian_2d(x0..x1, 0.0..n as f64 + 0.5)
        .map_err(draw_error)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .x_desc(figure.indicator.as_str())
        .x_label_formatter(&|v| short(*v))
        .label_style(pen.font(16.0).color(&INK))
        .axis_desc_style(pen.font(18.0).color(&INK))
        .light_line_style(RGBColor(0xF0, 0xF0, 0xF0))
        .bold_line_style(RGBColor(0xDD, 0xDD, 0xDD))
        .draw()
        .map_err(draw_error)?;
    let label = pen.font(15.0);
    for (i, bar) in figure.bars.iter().enumerate() {
        // The largest swing at the top.
        let top = (n - i) as f64 - 0.18;
        let bottom = (n - i - 1) as f64 + 0.18;
        for (end, colour) in [(bar.at_low, LOW), (bar.at_high, HIGH)] {
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(figure.baseline, bottom), (end, top)],
                    colour.mix(0.85).filled(),
                )))
                .map_err(draw_error)?;
        }
        let middle = (top + bottom) / 2.0;
        // Both ends on one side of the baseline would print their labels over each other:
        // then the bottom-of-range label goes in the row's upper half, the top-of-range one in
        // its lower half.
        let same_side = (bar.at_low >= figure.baseline) == (bar.at_high >= figure.baseline);
        let shift = if same_side { 0.17 } else { 0.0 };
        // ... and both stand beyond the longer bar, clear of it.
        let farther =
            if (bar.at_low - figure.baseline).abs() > (bar.at_high - figure.baseline).abs() {
                bar.at_low
            } else {
                bar.at_high
            };
        for (end, text, y) in [
            (bar.at_low, &bar.low_label, middle + shift),
            (bar.at_high, &bar.high_label, middle - shift),
        ] {
            let at = if same_side { farther } else { end };
            let right_of_baseline = at >= figure.baseline;
            let anchor = if right_of_baseline {
                Pos::new(HPos::Left, VPos::Center)
            } else {
                Pos::new(HPos::Right, VPos::Center)
            };
            let nudge = (x1 - x0) * 0.006 * if right_of_baseline { 1.0 } else { -1.0 };
            chart
                .draw_series(std::iter::once(Text::new(
                    format!("{text}: {}", short(end)),
                    (at + nudge, y),
                    label.clone().color(&INK).pos(anchor),
                )))
                .map_err(draw_error)?;
        }
        let (_, plot_h) = plot.dim_in_pixel();
        // The chart's rows, in the names column: the plot's height less its margins and the
        // x labels, over n rows and the half row of headroom.
        let rows_h = f64::from(plot_h.saturating_sub(pen.px(72.0).max(0) as u32));
        let row_h = rows_h / (n as f64 + 0.5);
        let y = pen.px(8.0) + (row_h * (i as f64 + 1.0)).round() as i32;
        names
            .draw(&Text::new(
                bar.driver.clone(),
                (names_w - pen.px(12.0), y),
                pen.font(17.0)
                    .color(&INK)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))
            .map_err(draw_error)?;
    }
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(figure.baseline, 0.0), (figure.baseline, n as f64)],
            INK.stroke_width(pen.px(2.0).max(1) as u32),
        )))
        .map_err(draw_error)?;
    chart
        .draw_series(std::iter::once(Text::new(
            format!("scenario: {}", short(figure.baseline)),
            (figure.baseline, n as f64 + 0.25),
            pen.bold(15.0)
                .color(&INK)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        )))
        .map_err(draw_error)?;
    // What the colours mean, under the driver names.
    let key_y = area.dim_in_pixel().1 as i32 - pen.px(60.0);
    for (k, (colour, text)) in [
        (LOW, "driver at the bottom of its range"),
        (HIGH, "driver at the top of its range"),
    ]
    .into_iter()
    .enumerate()
    {
        let y = key_y + k as i32 * pen.px(26.0);
        let x = pen.px(10.0);
        names
            .draw(&Rectangle::new(
                [(x, y), (x + pen.px(18.0), y + pen.px(16.0))],
                colour.filled(),
            ))
            .map_err(draw_error)?;
        names
            .draw(&Text::new(
                text,
                (x + pen.px(26.0), y),
                pen.font(14.0).color(&MUTED),
            ))
            .map_err(draw_error)?;
    }
    Ok(())
}

/// Numbers short enough for a label: 3 significant figures, thousands as "k", millions "M".
fn short(v: f64) -> String {
    let a = v.abs();
    if a >= 1.0e6 {
        format!("{:.2} M", v / 1.0e6)
    } else if a >= 1.0e4 {
        format!("{:.1} k", v / 1.0e3)
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else {
        // "0.5", "12.25", "90": two decimals at most, no trailing zeros.
        let text = format!("{v:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

pub(super) fn draw_sweep<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &SweepFigure,
    pen: &Pen,
) -> Result<(), FigureError> {
    let (x0, x1) = figure
        .values
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let (x0, x1) = if x1 > x0 {
        (x0, x1)
    } else {
        (x0 - 1.0, x0 + 1.0)
    };
    let (y0, y1) = figure
        .p10
        .iter()
        .chain(&figure.p90)
        .chain(&figure.p50)
        .fold((f64::MAX, f64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let pad = ((y1 - y0) * 0.1).max(y1.abs().max(1.0) * 0.02);
    let mut chart = ChartBuilder::on(area)
        .margin(pen.px(8.0))
        .x_label_area_size(pen.px(56.0))
        .y_label_area_size(pen.px(90.0))
        .build_cartesian_2d(x0..x1, (y0 - pad).min(0.0_f64.max(y0 - pad))..(y1 + pad))
        .map_err(draw_error)?;
    chart
        .configure_mesh()
        .x_desc(figure.driver.as_str())
        .y_desc(figure.indicator.as_str())
        .y_label_formatter(&|v| short(*v))
        .x_label_formatter(&|v| short(*v))
        .label_style(pen.font(16.0).color(&INK))
        .axis_desc_style(pen.font(18.0).color(&INK))
        .light_line_style(RGBColor(0xEE, 0xEE, 0xEE))
        .bold_line_style(RGBColor(0xD8, 0xD8, 0xD8))
        .draw()
        .map_err(draw_error)?;
    let mut band: Vec<(f64, f64)> = figure
        .values
        .iter()
        .copied()
        .zip(figure.p90.iter().copied())
        .collect();
    band.extend(
        figure
            .values
            .iter()
            .copied()
            .zip(figure.p10.iter().copied())
            .rev(),
    );
    chart
        .draw_series(std::iter::once(Polygon::new(band, HIGH.mix(0.2).filled())))
        .map_err(draw_error)?
        .label("p10–p90 of the runs")
        .legend(|(x, y)| Rectangle::new([(x, y - 7), (x + 18, y + 7)], HIGH.mix(0.2).filled()));
    chart
        .draw_series(LineSeries::new(
            figure
                .values
                .iter()
                .copied()
                .zip(figure.p50.iter().copied()),
            HIGH.stroke_width(pen.px(2.5).max(1) as u32),
        ))
        .map_err(draw_error)?
        .label("median")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], HIGH.stroke_width(3)));
    chart
        .draw_series(
            figure
                .values
                .iter()
                .copied()
                .zip(figure.p50.iter().copied())
                .map(|p| Circle::new(p, pen.px(4.0).max(2), HIGH.filled())),
        )
        .map_err(draw_error)?;
    if let Some(current) = figure.current {
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(current, y0 - pad), (current, y1 + pad)],
                LOW.stroke_width(pen.px(2.0).max(1) as u32),
            )))
            .map_err(draw_error)?
            .label("the scenario's value")
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], LOW.stroke_width(3)));
    }
    // The legend goes in the upper corner the curve leaves free.
    let falling = figure
        .p50
        .first()
        .zip(figure.p50.last())
        .is_some_and(|(a, b)| a > b);
    chart
        .configure_series_labels()
        .position(if falling {
            SeriesLabelPosition::UpperRight
        } else {
            SeriesLabelPosition::UpperLeft
        })
        .margin(pen.px(10.0))
        .label_font(pen.font(16.0).color(&INK))
        .background_style(WHITE.mix(0.9))
        .border_style(MUTED)
        .draw()
        .map_err(draw_error)?;
    Ok(())
}
