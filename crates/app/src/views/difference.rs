//! The difference map: where the current scenario and a compared one put a cell in different
//! zones on the day shown. Cells that agree are faded; a cell that differs is split in two,
//! the top half in the current scenario's zone and the bottom half in the compared one's, and
//! the region where they differ is outlined, so neither colour nor pattern is the only cue.

use eframe::egui::{self, Color32, Mesh, Pos2, Rect, Shape, Stroke, Vec2};

use super::map::{MapCanvas, MapView, add_fan, date_badge_ui, geometry, pattern_mark};
use crate::compare::difference::{CellPair, Disagreement};
use crate::theme::{self, Palette};
use gz_core::geo::{CellId, Grid};
use gz_core::model::{RunOutput, Zone};
use gz_core::report::dates::calendar_date;
use gz_core::scenario::Scenario;

/// What the difference map compares.
pub struct DifferenceInput<'a> {
    pub current: &'a RunOutput,
    pub current_scenario: &'a Scenario,
    pub compared: &'a RunOutput,
    pub compared_scenario: &'a Scenario,
    pub compared_label: &'a str,
    pub day: u32,
}

/// Draws the difference map; returns the count shown in its legend.
pub fn difference_map_ui(
    ui: &mut egui::Ui,
    view: &mut MapView,
    input: &DifferenceInput<'_>,
    palette: &Palette,
) -> Disagreement {
    let grid = Grid::strip();
    let canvas = MapCanvas::new(ui, view, palette);
    let differences = Disagreement::on_day(grid, input.current, input.compared, input.day);

    canvas.cells_ui(|c| match differences.cells.get(c).copied().flatten() {
        Some(pair) if pair.differs() => palette.zone_colour(pair.current),
        Some(pair) => theme::muted_zone(pair.current, palette),
        None => theme::no_comparison(palette),
    });
    bottom_halves_ui(&canvas, &differences, palette);
    outline_ui(&canvas, &differences, palette);
    canvas.borders_and_names_ui(palette);

    let rect = canvas.rect;
    legend_ui(&canvas.painter, rect, input, &differences, palette);
    date_badge_ui(
        &canvas.painter,
        rect,
        input.current_scenario,
        input.day,
        palette,
    );

    view.hovered = canvas.hovered_cell();
    if let Some(c) = view.hovered {
        let pair = differences.cells.get(c.index()).copied().flatten();
        canvas
            .response
            .on_hover_ui_at_pointer(|ui| cell_card_ui(ui, c, pair, input));
    }
    differences
}

/// Over each differing cell (already filled with the current zone), its bottom half in the
/// compared zone, and both zones' patterns.
fn bottom_halves_ui(canvas: &MapCanvas, differences: &Disagreement, palette: &Palette) {
    let geometry = geometry();
    let mark_px = canvas.mark_px() * 0.7;
    let mut mesh = Mesh::default();
    let mut marks = Vec::new();
    // Each differing cell's own edge, faint, so that neighbouring halves do not run together.
    let mut edges = Vec::new();
    for (c, pair) in differences.cells.iter().enumerate() {
        let Some(pair) = pair.filter(|p| p.differs()) else {
            continue;
        };
        for fan in &geometry.cell_fans[c] {
            let Some((_, ring)) = fan.split_first() else {
                continue;
            };
            // Segments, not one closed path: a ring that doubles back would give a long
            // mitre spike.
            let edge = Stroke::new(1.0, palette.cell_edge);
            for (i, &p) in ring.iter().enumerate() {
                let q = ring[(i + 1) % ring.len()];
                edges.push(Shape::line_segment(
                    [canvas.t.to_screen(p), canvas.t.to_screen(q)],
                    edge,
                ));
            }
        }
        // Top and bottom halves, split as the exported figure splits them.
        for [top, bottom] in geometry.halves(c) {
            if let Some(centre) = gz_core::geo::outline::vertex_mean(&bottom) {
                let pts = std::iter::once(centre).chain(bottom.iter().copied());
                add_fan(
                    &mut mesh,
                    pts.map(|p| canvas.t.to_screen(p)),
                    palette.zone_colour(pair.compared),
                );
                marks.push((pair.compared, canvas.t.to_screen(centre)));
            }
            if let Some(centre) = gz_core::geo::outline::vertex_mean(&top) {
                marks.push((pair.current, canvas.t.to_screen(centre)));
            }
        }
    }
    canvas.painter.add(Shape::mesh(mesh));
    canvas.painter.extend(edges);
    if mark_px > 0.0 {
        for (zone, at) in marks {
            pattern_mark(&canvas.painter, zone, at, mark_px);
        }
    }
}

/// A line around the land where the scenarios differ, between differing and agreeing cells.
fn outline_ui(canvas: &MapCanvas, differences: &Disagreement, palette: &Palette) {
    let differs = |c: usize| {
        differences
            .cells
            .get(c)
            .copied()
            .flatten()
            .is_some_and(CellPair::differs)
    };
    let stroke = Stroke::new(2.0, theme::difference_outline(palette));
    for &(a, b, edge) in &geometry().shared_edges {
        if differs(a) != differs(b) {
            canvas
                .painter
                .line_segment(edge.map(|p| canvas.t.to_screen(p)), stroke);
        }
    }
}

/// Long titles are cut in the legend; the key above the timeline has them whole on hover.
const LEGEND_TITLE_CHARS: usize = 30;

fn legend_ui(
    painter: &egui::Painter,
    rect: Rect,
    input: &DifferenceInput<'_>,
    differences: &Disagreement,
    palette: &Palette,
) {
    let font = egui::FontId::proportional(15.0);
    let line_h = 22.0;
    let text_colour = palette.governorate_label;
    let count = if differences.has_day() {
        differences.summary(input.day)
    } else {
        gz_i18n::tr!(
            "difference-ended",
            label = super::truncated(input.compared_label, LEGEND_TITLE_CHARS),
            last = input.compared_scenario.horizon_days,
            day = input.day
        )
    };
    let dates_differ = input.current_scenario.start_date != input.compared_scenario.start_date;
    let rows = 6.0 + if dates_differ { 1.0 } else { 0.0 };
    let width = 340.0_f32.min(rect.width() - 20.0);
    let height = line_h * rows + 14.0;
    let bg = Rect::from_min_size(
        rect.right_bottom() - Vec2::new(width + 10.0, height + 10.0),
        Vec2::new(width, height),
    );
    painter.rect_filled(bg, 6.0, palette.map_background.gamma_multiply(0.9));
    let left = bg.left() + 10.0;
    let mut y = bg.top() + 8.0;
    let text = |y: f32, x: f32, s: String, font: egui::FontId, colour: Color32| {
        let galley = crate::bidi::galley(painter, &s, font, colour, None);
        painter.galley(Pos2::new(x, y), galley, colour);
    };
    text(
        y,
        left,
        count,
        egui::FontId::proportional(17.0),
        text_colour,
    );
    y += line_h + 2.0;

    // The split cell: top half filled, bottom half outlined, then the other way round.
    let half = |y: f32, top: bool| {
        let c = Pos2::new(left + 8.0, y + 9.0);
        let r = 8.0;
        let (tip, l, rr) = if top {
            (
                c - Vec2::new(0.0, r),
                c - Vec2::new(r, 0.0),
                c + Vec2::new(r, 0.0),
            )
        } else {
            (
                c + Vec2::new(0.0, r),
                c - Vec2::new(r, 0.0),
                c + Vec2::new(r, 0.0),
            )
        };
        painter.add(Shape::convex_polygon(
            vec![tip, rr, l],
            text_colour,
            Stroke::NONE,
        ));
        let other = if top {
            c + Vec2::new(0.0, r)
        } else {
            c - Vec2::new(0.0, r)
        };
        painter.add(Shape::closed_line(
            vec![other, rr, l],
            Stroke::new(1.0, text_colour),
        ));
    };
    half(y, true);
    text(
        y,
        left + 26.0,
        gz_i18n::tr!("difference-top-half"),
        font.clone(),
        text_colour,
    );
    y += line_h;
    half(y, false);
    text(
        y,
        left + 26.0,
        gz_i18n::tr!(
            "difference-bottom-half",
            label = super::truncated(input.compared_label, LEGEND_TITLE_CHARS)
        ),
        font.clone(),
        text_colour,
    );
    y += line_h;
    let swatch = Rect::from_min_size(Pos2::new(left + 1.0, y + 2.0), Vec2::splat(14.0));
    painter.rect_filled(swatch, 2.0, theme::muted_zone(Zone::Gray, palette));
    text(
        y,
        left + 26.0,
        gz_i18n::tr!("difference-faded"),
        font.clone(),
        text_colour,
    );
    y += line_h;
    painter.line_segment(
        [Pos2::new(left, y + 9.0), Pos2::new(left + 16.0, y + 9.0)],
        Stroke::new(2.0, theme::difference_outline(palette)),
    );
    text(
        y,
        left + 26.0,
        gz_i18n::tr!("difference-outline"),
        font.clone(),
        text_colour,
    );
    y += line_h;
    // The zone colours, with their patterns, in one row.
    let mut x = left;
    for zone in Zone::ALL {
        let swatch = Rect::from_min_size(Pos2::new(x + 1.0, y + 2.0), Vec2::splat(14.0));
        painter.rect_filled(swatch, 2.0, palette.zone_colour(zone));
        pattern_mark(painter, zone, swatch.center(), 5.0);
        text(
            y,
            x + 20.0,
            gz_i18n::names::zone(zone),
            font.clone(),
            text_colour,
        );
        x += 80.0;
    }
    if dates_differ {
        y += line_h;
        let date = |s: &Scenario| calendar_date(s.start_date, input.day).unwrap_or_default();
        text(
            y,
            left,
            gz_i18n::tr!(
                "difference-start-dates",
                day = input.day,
                here = date(input.current_scenario),
                there = date(input.compared_scenario)
            ),
            egui::FontId::proportional(13.0),
            palette.warning,
        );
    }
}

fn cell_card_ui(
    ui: &mut egui::Ui,
    id: CellId,
    pair: Option<CellPair>,
    input: &DifferenceInput<'_>,
) {
    let grid = Grid::strip();
    let Some(cell) = grid.cells.get(id.index()) else {
        return;
    };
    ui.label(crate::bidi::strong(
        ui,
        gz_i18n::tr!(
            "difference-cell",
            governorate = gz_i18n::names::governorate(cell.governorate),
            cell = id.to_string(),
            km2 = format!("{:.2}", cell.area_km2)
        ),
    ));
    match pair {
        Some(pair) if pair.differs() => {
            ui.label(crate::bidi::text(
                ui,
                gz_i18n::tr!(
                    "difference-current",
                    title =
                        super::truncated(&input.current_scenario.meta.title, LEGEND_TITLE_CHARS),
                    zone = gz_i18n::names::zone(pair.current)
                ),
            ));
            ui.label(crate::bidi::text(
                ui,
                format!(
                    "{}: {}",
                    super::truncated(input.compared_label, LEGEND_TITLE_CHARS),
                    gz_i18n::names::zone(pair.compared)
                ),
            ));
        }
        Some(pair) => {
            ui.label(crate::bidi::text(
                ui,
                gz_i18n::tr!(
                    "difference-same-zone",
                    zone = gz_i18n::names::zone(pair.current)
                ),
            ));
        }
        None => {
            ui.label(crate::bidi::text(
                ui,
                gz_i18n::tr!("difference-not-in-both"),
            ));
        }
    }
}
