//! The cell's zone over the run as a strip, one column per day, with the changes marked.

use gz_i18n::names::calendar_date;
use gz_i18n::tr;

use super::{CellHistory, Palette, Pos2, Rect, Scenario, Stroke, Vec2, WIDTH, Zone, chances, egui};

/// The cell's zone over the run, one column per day, with the day shown and the changes
/// marked; click or drag to show a day.
pub(super) fn strip_ui(
    ui: &mut egui::Ui,
    h: &CellHistory,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) -> Option<u32> {
    let days = h.zones.len().max(1);
    let width = ui.available_width().min(WIDTH);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, 46.0), egui::Sense::click_and_drag());
    let strip = Rect::from_min_size(rect.min + Vec2::new(0.0, 8.0), Vec2::new(width, 26.0));
    let painter = ui.painter_at(rect.expand(2.0));
    let x_of = |d: f32| strip.left() + strip.width() * d / days as f32;
    // One column per pixel (a run has up to 3,650 days); each column stacks the day's chances.
    let columns = strip.width().ceil().max(1.0) as usize;
    for col in 0..columns {
        let d = (col * days / columns).min(days - 1);
        let p = h.zones[d];
        let x0 = strip.left() + col as f32;
        let mut y = strip.bottom();
        for zone in Zone::ALL {
            let height = strip.height() * p[zone.index()] as f32;
            if height <= 0.0 {
                continue;
            }
            let r = Rect::from_min_max(Pos2::new(x0, y - height), Pos2::new(x0 + 1.0, y));
            painter.rect_filled(r, 0.0, palette.zone_colour(zone));
            y -= height;
        }
        if h.held.get(d).copied().unwrap_or(false) {
            let r = Rect::from_min_max(
                Pos2::new(x0, strip.bottom() + 2.0),
                Pos2::new(x0 + 1.0, strip.bottom() + 6.0),
            );
            painter.rect_filled(r, 0.0, palette.line);
        }
    }
    painter.rect_stroke(
        strip,
        2.0,
        Stroke::new(1.0, palette.caption),
        egui::StrokeKind::Outside,
    );
    for e in &h.changes {
        let x = x_of(e.change.day as f32 + 0.5);
        painter.line_segment(
            [Pos2::new(x, rect.top()), Pos2::new(x, strip.top())],
            Stroke::new(2.0, palette.event_marker),
        );
    }
    let x = x_of(day as f32 + 0.5);
    painter.line_segment(
        [
            Pos2::new(x, strip.top() - 3.0),
            Pos2::new(x, strip.bottom() + 3.0),
        ],
        Stroke::new(3.0, palette.cursor),
    );
    let first = calendar_date(scenario.start_date, 0).unwrap_or_default();
    let last_day = (days - 1) as u32;
    let last = calendar_date(scenario.start_date, last_day).unwrap_or_default();
    // Time runs left to right in every language, as on the timeline: the first day's date on
    // the left under the strip, the last day's on the right.
    let row = Vec2::new(width, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(
        row,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.label(crate::bidi::coloured(ui, palette.caption, first));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(crate::bidi::coloured(ui, palette.caption, last));
            });
        },
    );
    let day_at = |pos: Pos2| {
        let f = ((pos.x - strip.left()) / strip.width()).clamp(0.0, 1.0);
        ((f * days as f32) as u32).min(last_day)
    };
    let response = response.on_hover_ui_at_pointer(|ui| {
        if let Some(pos) = ui.ctx().pointer_hover_pos() {
            let d = day_at(pos);
            let date = calendar_date(scenario.start_date, d).unwrap_or_default();
            let what = h.zones.get(d as usize).map(chances).unwrap_or_default();
            ui.label(crate::bidi::text(
                ui,
                tr!("explain-strip-day", day = d, date = date, chances = what),
            ));
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("explain-strip-click"),
            ));
        }
    });
    if response.clicked() || response.dragged() {
        return response.interact_pointer_pos().map(day_at);
    }
    None
}
