//! The one-driver sweep plot: the indicator against the driver's value, the median as a line
//! with a point at each value, the p10–p90 band around it, and the scenario's value marked.

use eframe::egui;
use egui_plot::{FilledArea, HLine, HoverPosition, Legend, Line, LineStyle, Plot, Points, VLine};

use super::ChartColours;
use super::format::{driver_value, indicator_value, tick_value};
use gz_core::model::sensitivity::{Indicator, Sweep};

pub fn sweep_plot_ui(
    ui: &mut egui::Ui,
    sweep: &Sweep,
    indicator: Indicator,
    colours: &ChartColours,
) {
    let driver = sweep.range.driver;
    let horizon = sweep.horizon_days;
    let series = sweep.series(indicator);
    let xs: Vec<f64> = series.iter().map(|(x, _)| *x).collect();
    let p10: Vec<f64> = series.iter().map(|(_, b)| b.p10).collect();
    let p90: Vec<f64> = series.iter().map(|(_, b)| b.p90).collect();
    let median: Vec<[f64; 2]> = series.iter().map(|(x, b)| [*x, b.p50]).collect();
    let several_runs = sweep.sampling.runs > 1;
    let never = series
        .iter()
        .any(|(_, b)| indicator.means_never(b.p90, horizon));
    // The legend goes in the upper corner the curve leaves free.
    let rising = match (series.first(), series.last()) {
        (Some(first), Some(last)) => last.1.p50 > first.1.p50,
        _ => true,
    };
    let corner = if rising {
        egui_plot::Corner::LeftTop
    } else {
        egui_plot::Corner::RightTop
    };
    let plot = Plot::new("sensitivity_sweep")
        .legend(Legend::default().position(corner))
        .x_axis_label(crate::bidi::plain(&gz_i18n::tr!(
            "sweep-driver-axis",
            driver = gz_i18n::names::driver(driver)
        )))
        .y_axis_label(crate::bidi::plain(&gz_i18n::tr!(
            "figure-indicator-axis",
            indicator = gz_i18n::names::indicator(indicator),
            unit = gz_i18n::names::indicator_unit(indicator)
        )))
        .x_axis_formatter(move |mark, _| driver_value(driver, mark.value))
        .y_axis_formatter(move |mark, _| {
            if indicator.means_never(mark.value, horizon) {
                String::new()
            } else {
                tick_value(indicator, mark.value)
            }
        })
        .y_axis_min_width(70.0)
        .label_formatter(move |position| {
            let (HoverPosition::NearDataPoint { position: p, .. }
            | HoverPosition::Elsewhere { position: p }) = *position;
            Some(format!(
                "{}\n{}",
                driver_value(driver, p.x),
                indicator_value(indicator, p.y, horizon)
            ))
        })
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_x(sweep.range.from)
        .include_x(sweep.range.to);
    plot.show(ui, |plot| {
        if several_runs {
            plot.add(
                FilledArea::new(
                    crate::bidi::plain(&gz_i18n::tr!("figure-band")),
                    &xs,
                    &p10,
                    &p90,
                )
                .fill_color(colours.at_max.gamma_multiply(0.3))
                .stroke(egui::Stroke::new(1.0, colours.at_max.gamma_multiply(0.6))),
            );
        }
        let name = crate::bidi::plain(&if several_runs {
            gz_i18n::tr!("figure-median")
        } else {
            gz_i18n::tr!("sweep-run-value")
        });
        plot.add(
            Line::new(name, median.clone())
                .color(colours.at_max)
                .width(2.5),
        );
        plot.add(Points::new("", median).color(colours.at_max).radius(4.0));
        if never {
            plot.add(
                HLine::new(
                    crate::bidi::plain(&gz_i18n::tr!("sweep-not-within-horizon")),
                    f64::from(horizon) + 1.0,
                )
                .color(colours.caption)
                .style(LineStyle::dashed_loose()),
            );
        }
        plot.add(
            VLine::new(
                crate::bidi::plain(&gz_i18n::tr!("figure-scenario-s-value")),
                sweep.scenario_value,
            )
            .color(colours.baseline)
            .width(2.0),
        );
    });
}
