//! What is drawn over the map: the legend, the zone patterns, the caption of an event that just fired, and the card of the cell under the pointer.

use gz_core::model::Category;
use gz_i18n::{names, tr};

use super::{
    CellId, Grid, Palette, PatternMark, Pos2, Rect, RunOutput, Scenario, Shape, Stroke, Vec2, Zone,
    egui, pattern_of, theme,
};

/// What a legend row's swatch shows.
#[derive(Clone, Copy)]
pub(super) enum Swatch {
    Zone(Zone),
    /// A share of an ensemble's runs ending blue.
    BlueShare(f32),
    Held,
    /// The restricted zone's dashed edge.
    Restricted,
    /// A declared haven still red: a dashed green outline.
    ContestedHaven,
}

pub(super) fn legend_ui(
    painter: &egui::Painter,
    rect: Rect,
    palette: &Palette,
    note: Option<&str>,
    blue_chance: bool,
    restricted: bool,
    contested: bool,
) {
    // On a laptop the map's panel is small and the legend would cover the southern Strip:
    // shrink it with the panel, down to 70 % (full size from about 700 × 560 points).
    let k = (rect.width() / 700.0)
        .min(rect.height() / 560.0)
        .clamp(0.7, 1.0);
    let font = egui::FontId::proportional(15.0 * k);
    let line_h = 22.0 * k;
    let row = |category: Category| {
        tr!(
            "legend-row",
            name = names::category(category),
            meaning = names::category_short(category)
        )
    };
    let held = (Swatch::Held, row(Category::Held));
    let restricted_row = restricted.then(|| (Swatch::Restricted, tr!("legend-restricted")));
    let contested_row = contested.then(|| (Swatch::ContestedHaven, tr!("legend-contested")));
    let (heading, rows): (String, Vec<(Swatch, String)>) = if blue_chance {
        (
            tr!("legend-blue-chance"),
            vec![
                (Swatch::BlueShare(0.0), tr!("legend-in-no-run")),
                (Swatch::BlueShare(0.5), tr!("legend-in-half-the-runs")),
                (Swatch::BlueShare(1.0), tr!("legend-in-every-run")),
                held,
            ]
            .into_iter()
            .chain(restricted_row)
            .collect(),
        )
    } else {
        (
            tr!("legend-zones"),
            Zone::ALL
                .iter()
                .map(|&z| (Swatch::Zone(z), row(Category::of_zone(z))))
                .chain([held])
                .chain(restricted_row)
                .chain(contested_row)
                .collect(),
        )
    };
    // As wide as its longest line (translations run longer than English), within the panel.
    // Laid out once: measured for the width, then painted.
    let lay_out = |text: &str| {
        crate::bidi::galley(painter, text, font.clone(), palette.governorate_label, None)
    };
    let heading = lay_out(&heading);
    let rows: Vec<_> = rows
        .into_iter()
        .map(|(swatch, text)| (swatch, lay_out(&text)))
        .collect();
    let widest_pt = rows
        .iter()
        .map(|(_, galley)| galley.size().x + 32.0 * k)
        .chain(std::iter::once(heading.size().x))
        .fold(0.0_f32, f32::max);
    let width = (widest_pt + 20.0).max(330.0 * k).min(rect.width() - 20.0);
    let extra = if note.is_some() { 1.0 } else { 0.0 };
    let height = line_h * (rows.len() as f32 + 1.0 + extra) + 10.0;
    // Bottom right: the Strip runs from bottom left to top right, so that corner of the
    // panel is empty (it lies over Israel, which the map does not draw).
    let bg = Rect::from_min_size(
        rect.right_bottom() - Vec2::new(width + 10.0, height + 10.0),
        Vec2::new(width, height),
    );
    painter.rect_filled(bg, 6.0, palette.map_background.gamma_multiply(0.9));
    let mut y = bg.top() + 8.0;
    painter.galley(
        Pos2::new(bg.left() + 10.0, y),
        heading,
        palette.governorate_label,
    );
    y += line_h;
    for (zone, text) in rows {
        let swatch = Rect::from_min_size(
            Pos2::new(bg.left() + 10.0, y + 2.0 * k),
            Vec2::splat(14.0 * k),
        );
        match zone {
            Swatch::Zone(z) => {
                painter.rect_filled(swatch, 2.0, palette.zone_colour(z));
                pattern_mark(painter, z, swatch.center(), 5.0);
            }
            Swatch::BlueShare(p) => {
                painter.rect_filled(swatch, 2.0, palette.blend_zones([0.0, 0.0, 1.0 - p, p]));
            }
            Swatch::Restricted => {
                painter.extend(Shape::dashed_line(
                    &[swatch.left_center(), swatch.right_center()],
                    Stroke::new(3.0, palette.restricted_line),
                    5.0,
                    3.0,
                ));
            }
            Swatch::ContestedHaven => {
                painter.rect_filled(swatch, 2.0, palette.zone_colour(Zone::Red));
                let ring = [
                    swatch.left_top(),
                    swatch.right_top(),
                    swatch.right_bottom(),
                    swatch.left_bottom(),
                    swatch.left_top(),
                ];
                painter.extend(Shape::dashed_line(
                    &ring,
                    Stroke::new(2.5, palette.zone_colour(Zone::Green)),
                    4.0,
                    2.0,
                ));
            }
            Swatch::Held => {
                painter.rect_stroke(
                    swatch,
                    2.0,
                    Stroke::new(2.0, palette.line),
                    egui::StrokeKind::Inside,
                );
                painter.line_segment(
                    [swatch.left_bottom(), swatch.right_top()],
                    Stroke::new(1.2, palette.governorate_label),
                );
            }
        }
        painter.galley(
            Pos2::new(swatch.right() + 8.0, y),
            text,
            palette.governorate_label,
        );
        y += line_h;
    }
    if let Some(note) = note {
        let note = crate::bidi::galley(
            painter,
            note,
            egui::FontId::proportional(13.0 * k),
            palette.caption,
            None,
        );
        painter.galley(Pos2::new(bg.left() + 10.0, y), note, palette.caption);
    }
}

/// The pattern that goes with a zone's colour: a cross on red, a ring on green.
pub(in crate::views) fn pattern_mark(
    painter: &egui::Painter,
    zone: Zone,
    centre: Pos2,
    size_px: f32,
) {
    let stroke = Stroke::new((size_px / 5.0).clamp(1.0, 2.0), theme::PATTERN_MARK);
    match pattern_of(zone) {
        Some(PatternMark::Cross) => {
            let d = Vec2::splat(size_px * 0.7);
            painter.line_segment([centre - d, centre + d], stroke);
            painter.line_segment(
                [centre + Vec2::new(d.x, -d.y), centre - Vec2::new(d.x, -d.y)],
                stroke,
            );
        }
        Some(PatternMark::Ring) => {
            painter.circle_stroke(centre, size_px * 0.8, stroke);
        }
        None => {}
    }
}

/// Days an event's caption stays on the map after it fires.
pub(super) const CAPTION_DAYS: u32 = 10;

/// When an event has just fired, its title and note over the map, for a room to read.
pub(super) fn caption_ui(
    painter: &egui::Painter,
    rect: Rect,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    let Some(event) = scenario
        .events
        .iter()
        .filter(|e| e.day <= day && day - e.day < CAPTION_DAYS && !e.title.is_empty())
        .max_by_key(|e| e.day)
    else {
        return;
    };
    // Top left, under the date: the north-west of the panel is open sea.
    let width = (rect.width() * 0.4).clamp(200.0, 600.0);
    let title = crate::bidi::galley(
        painter,
        &event.title,
        egui::FontId::proportional(24.0),
        palette.governorate_label,
        Some(width),
    );
    let note = crate::bidi::galley(
        painter,
        &event.note,
        egui::FontId::proportional(16.0),
        palette.caption,
        Some(width),
    );
    let height = title.size().y
        + if event.note.is_empty() {
            0.0
        } else {
            note.size().y + 6.0
        };
    let top_left = Pos2::new(rect.left() + 26.0, rect.top() + 88.0);
    let frame = Rect::from_min_size(top_left, Vec2::new(width, height)).expand(12.0);
    painter.rect_filled(frame, 8.0, palette.map_background.gamma_multiply(0.92));
    painter.rect_stroke(
        frame,
        8.0,
        Stroke::new(1.5, palette.line),
        egui::StrokeKind::Inside,
    );
    let note_top = top_left + Vec2::new(0.0, title.size().y + 6.0);
    painter.galley(top_left, title, palette.governorate_label);
    if !event.note.is_empty() {
        painter.galley(note_top, note, palette.caption);
    }
}

pub(in crate::views) fn date_badge_ui(
    painter: &egui::Painter,
    rect: Rect,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    let date = names::calendar_date(scenario.start_date, day).unwrap_or_default();
    let galley = crate::bidi::galley(
        painter,
        &tr!("map-day", day = day, date = date),
        egui::FontId::proportional(26.0),
        palette.governorate_label,
        None,
    );
    painter.galley(
        rect.left_top() + Vec2::new(14.0, 12.0),
        galley,
        palette.governorate_label,
    );
    // What the picture is, on the picture: a screen share or a photo of the projector keeps it.
    // On a backing of the map's own colour, so that it stays legible where the Strip's north
    // end reaches up into the corner.
    let galley = crate::bidi::galley(
        painter,
        &tr!("map-caption", title = scenario.meta.title.as_str()),
        egui::FontId::proportional(15.0),
        palette.caption,
        None,
    );
    let top_left = rect.left_top() + Vec2::new(15.0, 46.0);
    painter.rect_filled(
        Rect::from_min_size(top_left, galley.size()).expand(3.0),
        4.0,
        palette.map_background.gamma_multiply(0.85),
    );
    painter.galley(top_left, galley, palette.caption);
}

pub(super) fn cell_card_ui(
    ui: &mut egui::Ui,
    id: CellId,
    run: &RunOutput,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    let grid = Grid::strip();
    let c = id.index();
    let Some(cell) = grid.cells.get(c) else {
        return;
    };
    let d = day as usize;
    let zone = run.zone_of(d, c).unwrap_or(Zone::Red);
    let km2 = format!("{:.2}", cell.area_km2);
    ui.label(crate::bidi::strong(
        ui,
        tr!(
            "history-heading",
            governorate = names::governorate(cell.governorate),
            cell = id.to_string()
        ),
    ));
    if run.is_held(d, c) {
        // Held land is not the internationally run gray of the four zones, and the totals
        // count it apart: say what it is first.
        ui.label(crate::bidi::text(ui, tr!("card-held", km2 = km2)));
        let note = if zone == Zone::Gray {
            tr!("card-held-gray-note")
        } else {
            tr!("card-held-haven-note")
        };
        ui.label(crate::bidi::coloured(ui, palette.caption, note));
    } else {
        ui.label(crate::bidi::text(
            ui,
            tr!(
                "card-zone",
                zone = names::zone(zone),
                meaning = names::zone_meaning(zone),
                km2 = km2
            ),
        ));
    }
    if let Some(p) = run.probabilities(d, c)
        && p.iter().all(|&x| x < 0.999)
    {
        let shares: Vec<String> = Zone::ALL
            .iter()
            .filter(|z| p[z.index()] >= 0.005)
            .map(|z| format!("{} {:.0}%", names::zone(*z), p[z.index()] * 100.0))
            .collect();
        ui.label(crate::bidi::text(
            ui,
            tr!("card-chances", shares = gz_i18n::explain::list(&shares)),
        ));
    }
    if let Some(people) = run.people_in(d, c) {
        ui.label(crate::bidi::text(
            ui,
            tr!("card-people", people = format!("{people:.0}")),
        ));
    }
    match run.last_change(id, day) {
        Some(change) => {
            ui.label(crate::bidi::text(
                ui,
                tr!(
                    "card-turned",
                    zone = names::zone(change.to),
                    day = change.day,
                    date =
                        names::calendar_date(scenario.start_date, change.day).unwrap_or_default(),
                    rule = change.rule.key()
                ),
            ));
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!(
                    "card-driven-by",
                    drivers = gz_i18n::explain::rule_drivers(change.rule)
                ),
            ));
        }
        None => {
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("card-unchanged"),
            ));
        }
    }
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        tr!("card-click-for-history"),
    ));
}
