//! Sensitivity figures: a tornado chart (how far each driver across its range, and from model 3
//! each judgement parameter across a plausible range, moves one indicator) and a one-driver
//! sweep (the indicator against the driver's value, with bands).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::colours::colour;
use super::tornado_layout::{Half, end_labels};
use super::{FigureError, INK, MUTED, Pen, draw_error};
use gz_core::model::sensitivity::{Indicator, Lever, Sweep, Tornado, TornadoBar, events_setting};
use gz_core::model::{Driver, Event};
use gz_core::style::{RANGE_MAX_RGB, RANGE_MIN_RGB, paper};
use gz_i18n::format::indicator_value;
use gz_i18n::{names, tr};

/// A computed tornado for one indicator.
pub struct TornadoFigure {
    pub indicator: Indicator,
    pub horizon_days: u32,
    /// Widest swing first.
    pub bars: Vec<TornadoBar>,
    /// Drivers that an event sets again later: their bars show the effect until then only.
    pub set_again_later: Vec<Driver>,
}

pub struct SweepFigure {
    /// The driver's name with its unit, for the x axis.
    pub driver: String,
    /// The indicator's name with its unit, for the y axis.
    pub indicator: String,
    /// Whether there were several runs per point, so that the band means something.
    pub bands: bool,
    pub values: Vec<f64>,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
    /// The scenario's own value of the driver, marked.
    pub current: Option<f64>,
}

/// "Final red land (km²)": an indicator as an axis title.
fn indicator_axis(indicator: Indicator) -> String {
    tr!(
        "figure-indicator-axis",
        indicator = names::indicator(indicator),
        unit = names::indicator_unit(indicator)
    )
}

/// Day horizon + 1 stands for "never"; a figure must say so where it can occur.
fn never_note(indicator: Indicator, horizon_days: u32) -> String {
    if indicator.means_never(f64::from(horizon_days) + 1.0, horizon_days) {
        tr!("figure-never-note", day = (horizon_days + 1).to_string())
    } else {
        String::new()
    }
}

impl TornadoFigure {
    /// The figure of a computed tornado for one indicator; `events` are the scenario's, to
    /// mark the drivers they set again.
    #[must_use]
    pub fn of(tornado: &Tornado, indicator: Indicator, events: &[Event]) -> Self {
        Self {
            indicator,
            horizon_days: tornado.horizon_days,
            bars: tornado.bars(indicator),
            set_again_later: Driver::ALL
                .into_iter()
                .filter(|&d| !events_setting(events, d).is_empty())
                .collect(),
        }
    }

    /// What the figure shows and how it was computed, for its caption.
    #[must_use]
    pub fn subtitle(tornado: &Tornado, indicator: Indicator) -> String {
        let (indicator, sampling) = (
            names::indicator(indicator),
            names::sampling(&tornado.sampling),
        );
        if tornado.has_parameters() {
            tr!(
                "figure-tornado-subtitle-with-parameters",
                indicator = indicator,
                sampling = sampling
            )
        } else {
            tr!(
                "figure-tornado-subtitle",
                indicator = indicator,
                sampling = sampling
            )
        }
    }

    /// Whether a bar moves a judgement parameter of the rules (model 3 on).
    fn has_parameters(&self) -> bool {
        self.bars.iter().any(|b| matches!(b.lever, Lever::Param(_)))
    }
}

impl SweepFigure {
    /// The figure of a computed sweep for one indicator.
    #[must_use]
    pub fn of(sweep: &Sweep, indicator: Indicator) -> Self {
        let series = sweep.series(indicator);
        let driver = sweep.range.driver;
        let (from, to) = (
            sweep.range.from.min(sweep.range.to),
            sweep.range.from.max(sweep.range.to),
        );
        Self {
            driver: tr!(
                "figure-sweep-driver-axis",
                driver = names::driver(driver),
                unit = names::driver_unit(driver)
            ),
            indicator: indicator_axis(indicator),
            bands: sweep.sampling.runs > 1,
            values: series.iter().map(|(v, _)| *v).collect(),
            p10: series.iter().map(|(_, b)| b.p10).collect(),
            p50: series.iter().map(|(_, b)| b.p50).collect(),
            p90: series.iter().map(|(_, b)| b.p90).collect(),
            // Outside the swept range the mark would sit on the edge and mislead.
            current: Some(sweep.scenario_value).filter(|v| (from - 1e-12..=to + 1e-12).contains(v)),
        }
    }

    #[must_use]
    pub fn subtitle(sweep: &Sweep, indicator: Indicator, events: &[Event]) -> String {
        let driver = sweep.range.driver;
        let later = match events_setting(events, driver).first() {
            Some(e) => tr!("figure-sweep-set-again", day = e.day.to_string()),
            None => String::new(),
        };
        tr!(
            "figure-sweep-subtitle",
            indicator = names::indicator(indicator),
            driver = names::driver(driver),
            sampling = names::sampling(&sweep.sampling)
        ) + &never_note(indicator, sweep.horizon_days)
            + &later
    }
}

const LOW: RGBColor = colour(RANGE_MIN_RGB);
const HIGH: RGBColor = colour(RANGE_MAX_RGB);

pub(super) fn draw_tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &TornadoFigure,
    pen: Pen,
) -> Result<(), FigureError> {
    let n = figure.bars.len().max(1);
    let baseline = figure.bars.first().map_or(0.0, |b| b.baseline);
    let (lo, hi) = figure
        .bars
        .iter()
        .flat_map(|b| [b.at_min, b.at_max])
        .chain([baseline])
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    // Room beyond the bars for their labels; never below zero for a quantity that cannot be.
    let pad = ((hi - lo) * 0.3).max(hi.abs().max(1.0) * 0.02);
    let x0 = if lo >= 0.0 {
        (lo - pad).max(0.0)
    } else {
        lo - pad
    };
    let x1 = hi + pad;
    // Parameter names ("armed strength reassertion floor (parameter)") are longer than any
    // driver's: with them the column widens, at about 0.55 em a character. Figures of drivers
    // alone keep the width they always had.
    let longest = figure
        .bars
        .iter()
        .filter(|b| matches!(b.lever, Lever::Param(_)))
        .map(|b| names::lever(b.lever).chars().count())
        .max()
        .unwrap_or(0);
    let names_w = pen.px(300.0_f64.max(17.0 * 0.55 * longest as f64 + 24.0));
    let (names, plot) = area.split_horizontally(names_w.max(1) as u32);
    // The key sits under the driver names, beside the axis labels: their area grows to hold
    // it, so the rows end above it.
    let key_rows =
        2 + if figure.set_again_later.is_empty() {
            0
        } else {
            2
        } + if figure.has_parameters() { 2 } else { 0 };
    let label_area = pen.px(56.0) + pen.px(26.0) * (key_rows - 1);
    let mut chart = ChartBuilder::on(&plot)
        .margin(pen.px(8.0))
        .x_label_area_size(label_area)
        .build_cartesian_2d(x0..x1, 0.0..n as f64 + 0.5)
        .map_err(draw_error)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .x_desc(indicator_axis(figure.indicator))
        .x_label_formatter(&|v| short(*v))
        .label_style(pen.font(16.0).color(&INK))
        .axis_desc_style(pen.font(18.0).color(&INK))
        .light_line_style(colour(paper::TORNADO_GRID_FINE))
        .bold_line_style(colour(paper::TORNADO_GRID_COARSE))
        .draw()
        .map_err(draw_error)?;
    let label_font = pen.font(15.0);
    let gap = (x1 - x0) * 0.006;
    let value_text = |v: f64| indicator_value(figure.indicator, v, figure.horizon_days);
    for (i, bar) in figure.bars.iter().enumerate() {
        // The widest swing at the top; a row is one unit, its bar 0.64 of it.
        let middle = (n - i) as f64 - 0.5;
        let half_h = 0.32;
        let labels = end_labels(bar);
        if labels.is_empty() {
            let right = baseline <= f64::midpoint(x0, x1);
            let (x, anchor) = if right {
                (baseline + gap, Pos::new(HPos::Left, VPos::Center))
            } else {
                (baseline - gap, Pos::new(HPos::Right, VPos::Center))
            };
            chart
                .draw_series(std::iter::once(Text::new(
                    tr!("value-no-change"),
                    (x, middle),
                    label_font.clone().color(&MUTED).pos(anchor),
                )))
                .map_err(draw_error)?;
        }
        for (label, colour) in labels.iter().zip([LOW, HIGH]) {
            let (y0, y1) = match label.half {
                Half::Upper => (middle, middle + half_h),
                Half::Lower => (middle - half_h, middle),
                Half::Whole => (middle - half_h, middle + half_h),
            };
            if super::tornado_layout::moves(bar, label.at) {
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(baseline, y0), (label.at, y1)],
                        colour.mix(0.9).filled(),
                    )))
                    .map_err(draw_error)?;
            }
            let (x, anchor) = if label.side >= 0.0 {
                (label.at + gap, Pos::new(HPos::Left, VPos::Center))
            } else {
                (label.at - gap, Pos::new(HPos::Right, VPos::Center))
            };
            chart
                .draw_series(std::iter::once(Text::new(
                    tr!(
                        "figure-end-label",
                        value = label.text.as_str(),
                        result = value_text(label.at)
                    ),
                    (x, f64::midpoint(y0, y1)),
                    label_font.clone().color(&INK).pos(anchor),
                )))
                .map_err(draw_error)?;
        }
        let (_, plot_h) = plot.dim_in_pixel();
        // The chart's rows, in the names column: the plot's height less its margins and the
        // label area, over n rows and the half row of headroom.
        let rows_h = f64::from(plot_h.saturating_sub((pen.px(16.0) + label_area).max(0) as u32));
        let row_h = rows_h / (n as f64 + 0.5);
        let y = pen.px(8.0) + (row_h * (i as f64 + 1.0)).round() as i32;
        let mark = match bar.lever {
            Lever::Driver(d) if figure.set_again_later.contains(&d) => " *",
            _ => "",
        };
        names
            .draw(&Text::new(
                format!("{}{mark}", names::lever(bar.lever)),
                (names_w - pen.px(12.0), y),
                pen.font(17.0)
                    .color(&INK)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))
            .map_err(draw_error)?;
    }
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(baseline, 0.0), (baseline, n as f64)],
            INK.stroke_width(pen.px(2.0).max(1) as u32),
        )))
        .map_err(draw_error)?;
    chart
        .draw_series(std::iter::once(Text::new(
            tr!("figure-scenario-value", value = value_text(baseline)),
            (baseline, n as f64 + 0.25),
            pen.bold(15.0)
                .color(&INK)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        )))
        .map_err(draw_error)?;
    // What the colours and the star mean, under the driver names.
    // A key entry's second line is indented under the first.
    let continued = |text: String| format!("   {text}");
    let mut key: Vec<(Option<RGBColor>, String)> = vec![
        (Some(LOW), tr!("figure-key-bottom")),
        (Some(HIGH), tr!("figure-key-top")),
    ];
    if figure.has_parameters() {
        key.push((None, tr!("figure-key-parameter")));
        key.push((None, continued(tr!("figure-key-parameter-range"))));
    }
    if !figure.set_again_later.is_empty() {
        key.push((None, tr!("figure-key-set-again")));
        key.push((None, continued(tr!("figure-key-set-again-effect"))));
    }
    let key_y = area.dim_in_pixel().1 as i32 - pen.px(26.0) * key.len() as i32 - pen.px(8.0);
    for (k, (colour, text)) in key.into_iter().enumerate() {
        let y = key_y + k as i32 * pen.px(26.0);
        let x = pen.px(10.0);
        if let Some(colour) = colour {
            names
                .draw(&Rectangle::new(
                    [(x, y), (x + pen.px(18.0), y + pen.px(16.0))],
                    colour.filled(),
                ))
                .map_err(draw_error)?;
        }
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

/// A tick of `axis` as [`short`] writes it, with as many more decimals as its step needs, so
/// that two ticks never read the same ("1.5236 M", "1.5238 M").
fn short_on(v: f64, axis: super::axis::Axis) -> String {
    let (unit, suffix, least) = if v.abs() >= 1.0e6 {
        (1.0e6, " M", 2)
    } else if v.abs() >= 1.0e4 {
        (1.0e3, " k", 1)
    } else {
        return axis.label(v);
    };
    let scaled = super::axis::Axis {
        bottom: axis.bottom / unit,
        top: axis.top / unit,
        step: axis.step / unit,
    };
    format!("{:.*}{suffix}", scaled.decimals().max(least), v / unit)
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
    pen: Pen,
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
    // Round ticks around the curve and its band, from the tick at or below their least
    // value to the first at or above their greatest (a flat curve gets a range around it).
    let plot_h = f64::from(area.dim_in_pixel().1) / pen.scale - 56.0 - 16.0;
    let axis = super::axis::Axis::around(y0, y1, plot_h);
    let mut chart = ChartBuilder::on(area)
        .margin(pen.px(8.0))
        .x_label_area_size(pen.px(56.0))
        .y_label_area_size(pen.px(90.0))
        .build_cartesian_2d(x0..x1, axis.coord())
        .map_err(draw_error)?;
    chart
        .configure_mesh()
        .x_desc(figure.driver.as_str())
        .y_desc(figure.indicator.as_str())
        .y_label_formatter(&|v| short_on(*v, axis))
        .x_label_formatter(&|v| short(*v))
        .label_style(pen.font(16.0).color(&INK))
        .axis_desc_style(pen.font(18.0).color(&INK))
        .light_line_style(colour(paper::GRID_FINE))
        .bold_line_style(colour(paper::GRID_COARSE))
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
    if figure.bands {
        chart
            .draw_series(std::iter::once(Polygon::new(band, HIGH.mix(0.25).filled())))
            .map_err(draw_error)?
            .label(tr!("figure-band"))
            .legend(|(x, y)| {
                Rectangle::new([(x, y - 7), (x + 18, y + 7)], HIGH.mix(0.25).filled())
            });
    }
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
        .label(if figure.bands {
            tr!("figure-median")
        } else {
            tr!("figure-value")
        })
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
                vec![(current, axis.bottom), (current, axis.top)],
                LOW.stroke_width(pen.px(2.0).max(1) as u32),
            )))
            .map_err(draw_error)?
            .label(tr!("figure-scenario-s-value"))
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
