//! The tornado chart, drawn with the painter: a row per lever (driver, or from model 3 judgement
//! parameter), widest swing on top, a bar from the scenario's value to the indicator with the
//! lever at each end of its range.
//!
//! Drawn by hand rather than with `egui_plot` so that the levers' names sit in a column of
//! their own and each bar end carries the lever's value, which a plot's axes cannot do.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, TextStyle};

use super::ChartColours;
use super::format::{
    indicator_change, indicator_value, lever_value, plausible_range_words, tick_value,
};
use gz_core::model::Driver;
use gz_core::model::sensitivity::{Indicator, Lever, TornadoBar};
use gz_figure::tornado_layout::{EndLabel, Half, end_labels, moves};

/// What the chart shows.
pub struct TornadoView<'a> {
    pub bars: &'a [TornadoBar],
    pub indicator: Indicator,
    pub horizon_days: u32,
    /// Drivers that events set again later (marked with an asterisk).
    pub set_later: &'a [Driver],
}

/// Ends of the drawing in screen points.
struct Scale {
    lo: f64,
    hi: f64,
    left: f32,
    right: f32,
}

impl Scale {
    fn x(&self, v: f64) -> f32 {
        let t = ((v - self.lo) / (self.hi - self.lo)) as f32;
        self.left + t * (self.right - self.left)
    }
}

pub fn tornado_chart_ui(ui: &mut egui::Ui, view: &TornadoView<'_>, colours: &ChartColours) {
    if view.bars.is_empty() {
        return;
    }
    let body = TextStyle::Body.resolve(ui.style());
    let small = TextStyle::Small.resolve(ui.style());
    let text = ui.visuals().text_color();
    let row_h = (body.size * 2.4).max(30.0);
    let top_pad = small.size + 10.0;
    let axis_h = small.size * 2.0 + body.size + 12.0;
    let height = top_pad + row_h * view.bars.len() as f32 + axis_h;
    let width = ui.available_width().max(300.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    let painter = ui.painter_at(rect);

    let label_of = |b: &TornadoBar| {
        let mark = if set_later(view, b.lever) { " *" } else { "" };
        format!("{}{mark}", gz_i18n::names::lever(b.lever))
    };
    let text_width = |t: String, font: &FontId| {
        ui.fonts_mut(|f| f.layout_no_wrap(t, font.clone(), text).size().x)
    };
    let label_w = view
        .bars
        .iter()
        .map(|b| text_width(label_of(b), &body))
        .fold(0.0, f32::max)
        .min(width * 0.35)
        + 12.0;
    let (mut lo, mut hi) = view
        .bars
        .iter()
        .flat_map(|b| [b.at_min, b.at_max, b.baseline])
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let spread = hi - lo;
    if spread.is_nan() || spread <= 1e-9 * hi.abs().max(1.0) {
        // Nothing moves: centre the scenario's value in a range of its own size.
        let half = (lo.abs() * 0.05).max(1.0);
        (lo, hi) = (lo - half, hi + half);
    }
    let mut scale = Scale {
        lo,
        hi,
        left: rect.left() + label_w,
        right: rect.right(),
    };
    let widths: Vec<(EndLabel, f32)> = view
        .bars
        .iter()
        .flat_map(end_labels)
        .map(|l| {
            let w = text_width(l.text.clone(), &small);
            (l, w)
        })
        .collect();
    fit_labels(&mut scale, &widths);
    let rows_top = rect.top() + top_pad;
    let rows_bottom = rows_top + row_h * view.bars.len() as f32;

    grid_and_axis_ui(
        &painter,
        view,
        &scale,
        rows_top,
        rows_bottom,
        &small,
        colours,
    );
    for (i, bar) in view.bars.iter().enumerate() {
        let row = Rect::from_min_max(
            Pos2::new(rect.left(), rows_top + row_h * i as f32),
            Pos2::new(rect.right(), rows_top + row_h * (i as f32 + 1.0)),
        );
        painter.text(
            Pos2::new(rect.left() + label_w - 12.0, row.center().y),
            Align2::RIGHT_CENTER,
            label_of(bar),
            body.clone(),
            text,
        );
        bar_ui(&painter, bar, &scale, row, &small, colours, text);
        let response = ui.interact(row, ui.scope_id().with(("tornado_row", i)), Sense::hover());
        let words = describe(bar, view);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
        response.on_hover_text(words);
    }
    let baseline = view.bars.first().map_or(0.0, |b| b.baseline);
    let x = scale.x(baseline);
    painter.line_segment(
        [
            Pos2::new(x, rows_top - 4.0),
            Pos2::new(x, rows_bottom + 4.0),
        ],
        Stroke::new(2.0, colours.baseline),
    );
    painter.text(
        Pos2::new(x, rect.top() + 2.0),
        Align2::CENTER_TOP,
        gz_i18n::tr!(
            "figure-scenario-value",
            value = indicator_value(view.indicator, baseline, view.horizon_days)
        ),
        small,
        colours.baseline,
    );
}

/// Narrows the bars' span until every end label fits inside it: the widest bars get the room
/// their labels leave, rather than a fixed margin sized for the longest label.
fn fit_labels(scale: &mut Scale, labels: &[(EndLabel, f32)]) {
    let (left_bound, right_bound) = (scale.left, scale.right);
    for _ in 0..8 {
        let mut over_left: f32 = 0.0;
        let mut over_right: f32 = 0.0;
        for (label, width) in labels {
            let x = scale.x(label.at);
            if label.side < 0.0 {
                over_left = over_left.max(left_bound - (x - LABEL_GAP - width));
            } else {
                over_right = over_right.max(x + LABEL_GAP + width - right_bound);
            }
        }
        if over_left <= 0.5 && over_right <= 0.5 {
            return;
        }
        let left = scale.left + over_left.max(0.0);
        let right = scale.right - over_right.max(0.0);
        if right - left < 60.0 {
            return;
        }
        (scale.left, scale.right) = (left, right);
    }
}

/// Space between a bar's end and its label, in points.
const LABEL_GAP: f32 = 5.0;

/// The two segments of one row, each labelled at its end with the driver's value there.
fn bar_ui(
    painter: &egui::Painter,
    bar: &TornadoBar,
    scale: &Scale,
    row: Rect,
    font: &FontId,
    colours: &ChartColours,
    text: Color32,
) {
    let base_x = scale.x(bar.baseline);
    let half = row.height() * 0.31;
    let yc = row.center().y;
    let labels = end_labels(bar);
    if labels.is_empty() {
        // On the side of the baseline with more room; the range is in the tooltip.
        let (anchor, x) = if base_x < f32::midpoint(scale.left, scale.right) {
            (Align2::LEFT_CENTER, base_x + 8.0)
        } else {
            (Align2::RIGHT_CENTER, base_x - 8.0)
        };
        painter.text(
            Pos2::new(x, yc),
            anchor,
            gz_i18n::tr!("value-no-change"),
            font.clone(),
            colours.caption,
        );
        return;
    }
    for (label, colour) in labels.iter().zip([colours.at_min, colours.at_max]) {
        let (y0, y1) = match label.half {
            Half::Upper => (yc - half, yc),
            Half::Lower => (yc, yc + half),
            Half::Whole => (yc - half, yc + half),
        };
        let x = scale.x(label.at);
        if moves(bar, label.at) {
            let r = Rect::from_x_y_ranges(base_x.min(x)..=base_x.max(x), y0..=y1);
            painter.rect_filled(r, 2.0, colour);
        }
        let (anchor, at) = if label.side >= 0.0 {
            (Align2::LEFT_CENTER, x + LABEL_GAP)
        } else {
            (Align2::RIGHT_CENTER, x - LABEL_GAP)
        };
        painter.text(
            Pos2::new(at, f32::midpoint(y0, y1)),
            anchor,
            &label.text,
            font.clone(),
            text,
        );
    }
}

/// Faint vertical lines at round values, their labels under the rows, and the axis title.
fn grid_and_axis_ui(
    painter: &egui::Painter,
    view: &TornadoView<'_>,
    scale: &Scale,
    top: f32,
    bottom: f32,
    font: &FontId,
    colours: &ChartColours,
) {
    let step = nice_step((scale.hi - scale.lo) / 4.0);
    let mut v = (scale.lo / step).ceil() * step;
    while v <= scale.hi + step * 1e-9 {
        let x = scale.x(v);
        painter.line_segment(
            [Pos2::new(x, top), Pos2::new(x, bottom)],
            Stroke::new(1.0, colours.caption.gamma_multiply(0.35)),
        );
        let label = if view.indicator.means_never(v, view.horizon_days) {
            String::new()
        } else {
            tick_value(view.indicator, v)
        };
        painter.text(
            Pos2::new(x, bottom + 4.0),
            Align2::CENTER_TOP,
            label,
            font.clone(),
            colours.caption,
        );
        v += step;
    }
    painter.text(
        Pos2::new(
            f32::midpoint(scale.left, scale.right),
            bottom + font.size * 2.0 + 4.0,
        ),
        Align2::CENTER_TOP,
        gz_i18n::tr!(
            "figure-indicator-axis",
            indicator = gz_i18n::names::indicator(view.indicator),
            unit = gz_i18n::names::indicator_unit(view.indicator)
        ),
        font.clone(),
        colours.caption,
    );
}

/// 1, 2 or 5 times a power of ten, near `rough`.
fn nice_step(rough: f64) -> f64 {
    let rough = rough.abs().max(1e-9);
    let power = 10f64.powf(rough.log10().floor());
    let m = rough / power;
    let nice = if m < 1.5 {
        1.0
    } else if m < 3.5 {
        2.0
    } else if m < 7.5 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Whether events set the lever's driver again after the start.
fn set_later(view: &TornadoView<'_>, lever: Lever) -> bool {
    matches!(lever, Lever::Driver(d) if view.set_later.contains(&d))
}

/// The row in words, for the tooltip and for screen readers.
fn describe(bar: &TornadoBar, view: &TornadoView<'_>) -> String {
    let ind = view.indicator;
    let value = |v| indicator_value(ind, v, view.horizon_days);
    let lever = bar.lever;
    let mut words = gz_i18n::tr!(
        "tornado-row",
        lever = gz_i18n::names::lever(lever),
        min = lever_value(lever, bar.min_value),
        at_min = value(bar.at_min),
        change_min = indicator_change(ind, bar.at_min - bar.baseline),
        max = lever_value(lever, bar.max_value),
        at_max = value(bar.at_max),
        change_max = indicator_change(ind, bar.at_max - bar.baseline),
        scenario = lever_value(lever, bar.scenario_value),
        baseline = value(bar.baseline),
    );
    if let Lever::Param(param) = lever {
        words.push_str(&gz_i18n::tr!(
            "tornado-row-parameter",
            unit = param.info().unit,
            range = plausible_range_words()
        ));
    }
    if set_later(view, lever) {
        words.push_str(&gz_i18n::tr!("tornado-row-set-again"));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_steps_are_round() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9 * b;
        assert!(close(nice_step(0.3), 0.2));
        assert!(close(nice_step(70_000.0), 50_000.0));
        assert!(close(nice_step(9.0), 10.0));
    }
}
