//! The map: the Strip's cells coloured by zone on the day shown, the held area hatched and
//! outlined by the withdrawal line, governorate borders and names, a legend, and on hover the
//! cell's story. Scroll to zoom, drag to pan_pt, double-click (or Ctrl+0) to fit.

use eframe::egui::{self, Color32, Mesh, Pos2, Rect, Shape, Stroke, Vec2, epaint::Vertex};

use super::super::panels::playback::date_of;
use super::super::theme::{self, Palette};
use crate::geo::{Governorate, Grid};
use crate::model::{RunOutput, Zone};
use crate::scenario::Scenario;

/// Zoom and pan_pt, and the geometry prepared once in map kilometres.
#[derive(Default)]
pub struct MapView {
    zoom: f32,
    pan_pt: Vec2,
    geometry: Option<Geometry>,
    /// The cell under the pointer, for tests and the status of the hover card.
    pub hovered: Option<usize>,
    /// The cell clicked, whose history is shown and which is outlined; clicking where there is
    /// no cell clears it.
    pub selected: Option<usize>,
    /// Where the map was last drawn, so that tests (and anything else) can find a cell.
    last_transform: Option<Transform>,
    last_rect: Option<Rect>,
}

impl MapView {
    /// Back to the whole Strip filling the panel.
    pub fn fit(&mut self) {
        self.zoom = 1.0;
        self.pan_pt = Vec2::ZERO;
    }

    /// Where a cell's centre was on the screen in the last frame.
    #[must_use]
    pub fn screen_pos_of_cell(&self, cell: usize) -> Option<Pos2> {
        let grid = Grid::strip();
        let t = self.last_transform.as_ref()?;
        let centre = grid.cells.get(cell)?.centre_lonlat;
        Some(t.to_screen(grid.projection.plane_from_lonlat(centre)))
    }

    /// The cell drawn at a screen position in the last frame, if any.
    #[must_use]
    pub fn cell_at_screen(&self, pos: Pos2) -> Option<usize> {
        let grid = Grid::strip();
        let t = self.last_transform.as_ref()?;
        grid.cell_at(grid.projection.lonlat_from_plane(t.to_km(pos)))
    }

    /// The map's panel in the last frame.
    #[must_use]
    pub fn rect(&self) -> Option<Rect> {
        self.last_rect
    }
}

/// Plane kilometres (x east, y north) of everything the map draws.
struct Geometry {
    /// Per cell: a triangle fan per ring (centre first, then the ring).
    cell_fans: Vec<Vec<Vec<[f64; 2]>>>,
    /// Per cell: the corners of its grid square, for the held hatching.
    squares: Vec<[[f64; 2]; 4]>,
    /// Withdrawal-line candidates: for each pair of edge-neighbouring cells, their shared edge.
    shared_edges: Vec<(usize, usize, [[f64; 2]; 2])>,
    borders: Vec<Vec<[f64; 2]>>,
    labels: Vec<(Governorate, [f64; 2])>,
    min: [f64; 2],
    max: [f64; 2],
}

impl Geometry {
    fn new(grid: &Grid) -> Self {
        let km = |p: [f64; 2]| grid.projection.plane_from_lonlat(p);
        // Each cell's land is a grid square cut by the boundary; the pieces are convex or
        // nearly so (coastline wiggles), so a fan from the ring's centre fills them; any
        // overlap is painted in the same colour and does not show.
        let cell_fans = grid
            .cells
            .iter()
            .map(|cell| {
                cell.outline_lonlat
                    .iter()
                    .map(|ring| {
                        let pts: Vec<[f64; 2]> = ring.iter().map(|&p| km(p)).collect();
                        let n = pts.len().max(1) as f64;
                        let c = pts
                            .iter()
                            .fold([0.0, 0.0], |s, p| [s[0] + p[0] / n, s[1] + p[1] / n]);
                        std::iter::once(c).chain(pts).collect()
                    })
                    .collect()
            })
            .collect();
        let squares = grid
            .cells
            .iter()
            .map(|cell| grid.square_corners_lonlat(cell.square).map(km))
            .collect();
        let mut shared_edges = Vec::new();
        for (c, cell) in grid.cells.iter().enumerate() {
            let (i, j) = cell.square;
            let corners = grid.square_corners_lonlat(cell.square).map(km);
            // Right neighbour shares corners 1–2; upper neighbour shares corners 2–3.
            for ((di, dj), edge) in [
                ((1, 0), [corners[1], corners[2]]),
                ((0, 1), [corners[2], corners[3]]),
            ] {
                if let Some(other) = grid.cell_of_square((i + di, j + dj))
                    && other != c
                {
                    shared_edges.push((c, other, edge));
                }
            }
        }
        let borders = grid
            .boundaries
            .iter()
            .map(|b| b.ring_lonlat.iter().map(|&p| km(p)).collect())
            .collect();
        let labels = Governorate::ALL
            .iter()
            .map(|&g| {
                let (mut x, mut y, mut a) = (0.0, 0.0, 0.0);
                for cell in grid.cells.iter().filter(|c| c.governorate == g) {
                    let p = km(cell.centre_lonlat);
                    x += p[0] * cell.area_km2;
                    y += p[1] * cell.area_km2;
                    a += cell.area_km2;
                }
                (g, [x / a, y / a])
            })
            .collect();
        let all = grid
            .boundaries
            .iter()
            .flat_map(|b| b.ring_lonlat.iter().map(|&p| km(p)));
        let (min, max) = all.fold(([f64::MAX; 2], [f64::MIN; 2]), |(lo, hi), p| {
            (
                [lo[0].min(p[0]), lo[1].min(p[1])],
                [hi[0].max(p[0]), hi[1].max(p[1])],
            )
        });
        Self {
            cell_fans,
            squares,
            shared_edges,
            borders,
            labels,
            min,
            max,
        }
    }
}

/// Plane kilometres to screen points for the current zoom and pan_pt.
#[derive(Clone)]
struct Transform {
    centre_km: [f64; 2],
    centre_px: Pos2,
    px_per_km: f64,
}

impl Transform {
    fn to_screen(&self, p: [f64; 2]) -> Pos2 {
        Pos2::new(
            self.centre_px.x + ((p[0] - self.centre_km[0]) * self.px_per_km) as f32,
            self.centre_px.y - ((p[1] - self.centre_km[1]) * self.px_per_km) as f32,
        )
    }

    fn to_km(&self, p: Pos2) -> [f64; 2] {
        [
            self.centre_km[0] + f64::from(p.x - self.centre_px.x) / self.px_per_km,
            self.centre_km[1] - f64::from(p.y - self.centre_px.y) / self.px_per_km,
        ]
    }
}

/// `blue_chance`, when given, colours each cell by the share of an ensemble's runs in which it
/// ended blue instead of by its zone on the day shown.
pub fn map_ui(
    ui: &mut egui::Ui,
    view: &mut MapView,
    run: &RunOutput,
    blue_chance: Option<&[f64]>,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    let grid = Grid::strip();
    if view.zoom <= 0.0 {
        view.zoom = 1.0;
    }
    let (rect, response) =
        ui.allocate_exact_size(ui.available_size(), egui::Sense::click_and_drag());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, palette.map_background);

    // Zoom about the pointer and pan_pt by dragging.
    if response.hovered() {
        let scroll = ui.input(|i| i.smooth_scroll_delta.y);
        if scroll != 0.0 {
            let factor = (scroll / 300.0).exp();
            let new_zoom = (view.zoom * factor).clamp(0.5, 12.0);
            if let Some(pointer) = response.hover_pos() {
                let from_centre = pointer - rect.center() - view.pan_pt;
                view.pan_pt -= from_centre * (new_zoom / view.zoom - 1.0);
            }
            view.zoom = new_zoom;
        }
    }
    if response.dragged() {
        view.pan_pt += response.drag_delta();
    }
    if response.double_clicked() {
        view.fit();
    }
    let geometry = view.geometry.get_or_insert_with(|| Geometry::new(grid));

    let size_km = [
        geometry.max[0] - geometry.min[0],
        geometry.max[1] - geometry.min[1],
    ];
    let fit =
        (f64::from(rect.width()) / size_km[0]).min(f64::from(rect.height()) / size_km[1]) * 0.94;
    let t = Transform {
        centre_km: [
            (geometry.min[0] + geometry.max[0]) / 2.0,
            (geometry.min[1] + geometry.max[1]) / 2.0,
        ],
        centre_px: rect.center() + view.pan_pt,
        px_per_km: fit * f64::from(view.zoom),
    };
    let d = day as usize;

    // Cells.
    let mut mesh = Mesh::default();
    for (c, fans) in geometry.cell_fans.iter().enumerate() {
        let colour = match blue_chance.and_then(|b| b.get(c)) {
            Some(&p) => theme::blend_zones([0.0, 0.0, (1.0 - p) as f32, p as f32]),
            None => run
                .probabilities(d, c)
                .map_or(theme::zone_colour(Zone::Red), theme::blend_zones),
        };
        for fan in fans {
            let base = mesh.vertices.len() as u32;
            for &p in fan {
                mesh.vertices.push(Vertex {
                    pos: t.to_screen(p),
                    uv: egui::epaint::WHITE_UV,
                    color: colour,
                });
            }
            let n = fan.len() as u32;
            for k in 1..n.saturating_sub(1) {
                mesh.add_triangle(base, base + k, base + k + 1);
            }
            if n > 2 {
                mesh.add_triangle(base, base + n - 1, base + 1);
            }
        }
    }
    painter.add(Shape::mesh(mesh));

    // Patterns on red and green cells, so that colour is never the only cue (red-green colour
    // blindness): a cross for armed presence, a ring for a haven.
    let mark_px = (0.22 * t.px_per_km) as f32;
    if blue_chance.is_none() && mark_px >= 2.5 {
        for (c, cell) in grid.cells.iter().enumerate() {
            let centre = t.to_screen(grid.projection.plane_from_lonlat(cell.centre_lonlat));
            if let Some(zone @ (Zone::Red | Zone::Green)) = run.zone_of(d, c) {
                pattern_mark(&painter, zone, centre, mark_px);
            }
        }
    }

    // Held cells: diagonal hatching inside their squares, clipped to the panel.
    let hatch = Stroke::new(1.2, palette.hatch);
    for (c, square) in geometry.squares.iter().enumerate() {
        if !run.is_held(d, c) || grid.cells[c].area_km2 < 0.5 {
            continue;
        }
        let [a, b, cc, dd] = square.map(|p| t.to_screen(p));
        for k in 1..4 {
            let f = k as f32 / 4.0;
            painter.line_segment([a.lerp(b, f), a.lerp(dd, f)], hatch);
            painter.line_segment([cc.lerp(b, f), cc.lerp(dd, f)], hatch);
        }
        painter.line_segment([b, dd], hatch);
    }

    // The withdrawal line: edges between held and open cells.
    let line = Stroke::new(3.0, palette.line);
    for &(a, b, edge) in &geometry.shared_edges {
        if run.is_held(d, a) != run.is_held(d, b) {
            painter.line_segment(edge.map(|p| t.to_screen(p)), line);
        }
    }

    // Governorate borders and names.
    let border = Stroke::new(1.5, palette.governorate_border);
    for ring in &geometry.borders {
        let pts: Vec<Pos2> = ring.iter().map(|&p| t.to_screen(p)).collect();
        painter.add(Shape::closed_line(pts, border));
    }
    for (g, p) in &geometry.labels {
        let pos = t.to_screen(*p);
        let font = egui::FontId::proportional(17.0);
        painter.text(
            pos + Vec2::new(1.0, 1.0),
            egui::Align2::CENTER_CENTER,
            g.name(),
            font.clone(),
            Color32::from_black_alpha(160),
        );
        painter.text(
            pos,
            egui::Align2::CENTER_CENTER,
            g.name(),
            font,
            palette.governorate_label,
        );
    }

    // The selected cell: a dark halo and a bright outline, visible on every zone colour.
    if let Some(fans) = view.selected.and_then(|c| geometry.cell_fans.get(c)) {
        for fan in fans {
            let ring: Vec<Pos2> = fan.iter().skip(1).map(|&p| t.to_screen(p)).collect();
            painter.add(Shape::closed_line(
                ring.clone(),
                Stroke::new(6.0, Color32::from_black_alpha(200)),
            ));
            painter.add(Shape::closed_line(ring, Stroke::new(3.0, palette.cursor)));
        }
    }

    let note = if blue_chance.is_some() {
        Some("colours: share of runs ending blue")
    } else if run.cell_probabilities.is_empty() {
        None
    } else {
        Some("mixed colours: chances of each zone")
    };
    legend_ui(&painter, rect, palette, note);
    caption_ui(&painter, rect, scenario, day, palette);
    date_badge_ui(&painter, rect, scenario, day, palette);

    // Click: select the cell under the pointer, or nothing where there is no cell.
    let cell_under = |pos: Pos2| grid.cell_at(grid.projection.lonlat_from_plane(t.to_km(pos)));
    if response.clicked() {
        view.selected = response.interact_pointer_pos().and_then(cell_under);
    }
    view.last_transform = Some(t.clone());
    view.last_rect = Some(rect);

    // Hover: the cell's story.
    view.hovered = None;
    if let Some(pointer) = response.hover_pos() {
        let lonlat = grid.projection.lonlat_from_plane(t.to_km(pointer));
        if let Some(c) = grid.cell_at(lonlat) {
            view.hovered = Some(c);
            response.on_hover_ui_at_pointer(|ui| cell_card_ui(ui, c, run, scenario, day, palette));
        }
    }
}

fn legend_ui(painter: &egui::Painter, rect: Rect, palette: &Palette, note: Option<&str>) {
    let font = egui::FontId::proportional(15.0);
    let line_h = 22.0;
    let rows: Vec<(Option<Zone>, String)> = Zone::ALL
        .iter()
        .map(|&z| (Some(z), format!("{}: {}", z.key(), short_meaning(z))))
        .chain([(
            None,
            "held by Israeli forces behind the line (gray)".to_owned(),
        )])
        .collect();
    let width = 330.0_f32.min(rect.width() - 20.0);
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
    painter.text(
        Pos2::new(bg.left() + 10.0, y),
        egui::Align2::LEFT_TOP,
        "Zones (Ross–Orion meanings)",
        egui::FontId::proportional(15.0),
        palette.governorate_label,
    );
    y += line_h;
    for (zone, text) in rows {
        let swatch = Rect::from_min_size(Pos2::new(bg.left() + 10.0, y + 2.0), Vec2::splat(14.0));
        match zone {
            Some(z) => {
                painter.rect_filled(swatch, 2.0, theme::zone_colour(z));
                pattern_mark(painter, z, swatch.center(), 5.0);
            }
            None => {
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
        painter.text(
            Pos2::new(swatch.right() + 8.0, y),
            egui::Align2::LEFT_TOP,
            text,
            font.clone(),
            palette.governorate_label,
        );
        y += line_h;
    }
    if let Some(note) = note {
        painter.text(
            Pos2::new(bg.left() + 10.0, y),
            egui::Align2::LEFT_TOP,
            note,
            egui::FontId::proportional(13.0),
            palette.caption,
        );
    }
}

/// The pattern that goes with a zone's colour: a cross on red, a ring on green.
fn pattern_mark(painter: &egui::Painter, zone: Zone, centre: Pos2, size_px: f32) {
    let stroke = Stroke::new((size_px / 5.0).clamp(1.0, 2.0), theme::PATTERN_MARK);
    match zone {
        Zone::Red => {
            let d = Vec2::splat(size_px * 0.7);
            painter.line_segment([centre - d, centre + d], stroke);
            painter.line_segment(
                [centre + Vec2::new(d.x, -d.y), centre - Vec2::new(d.x, -d.y)],
                stroke,
            );
        }
        Zone::Green => {
            painter.circle_stroke(centre, size_px * 0.8, stroke);
        }
        Zone::Gray | Zone::Blue => {}
    }
}

/// Days an event's caption stays on the map after it fires.
const CAPTION_DAYS: u32 = 10;

/// When an event has just fired, its title and note over the map, for a room to read.
fn caption_ui(
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
    let title = painter.layout(
        event.title.clone(),
        egui::FontId::proportional(24.0),
        palette.governorate_label,
        width,
    );
    let note = painter.layout(
        event.note.clone(),
        egui::FontId::proportional(16.0),
        palette.caption,
        width,
    );
    let height = title.size().y
        + if event.note.is_empty() {
            0.0
        } else {
            note.size().y + 6.0
        };
    let top_left = Pos2::new(rect.left() + 26.0, rect.top() + 62.0);
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

/// The zone's meaning in a few words, for the legend; hover a cell for the full sentence.
fn short_meaning(zone: Zone) -> &'static str {
    match zone {
        Zone::Red => "armed Hamas present",
        Zone::Green => "haven under Arab oversight",
        Zone::Gray => "international reconstruction",
        Zone::Blue => "secure for civilians to return",
    }
}

fn date_badge_ui(
    painter: &egui::Painter,
    rect: Rect,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    let date = date_of(&scenario.start_date, day).unwrap_or_default();
    painter.text(
        rect.left_top() + Vec2::new(14.0, 12.0),
        egui::Align2::LEFT_TOP,
        format!("Day {day} · {date}"),
        egui::FontId::proportional(26.0),
        palette.governorate_label,
    );
}

fn cell_card_ui(
    ui: &mut egui::Ui,
    c: usize,
    run: &RunOutput,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    let grid = Grid::strip();
    let cell = &grid.cells[c];
    let d = day as usize;
    let zone = run.zone_of(d, c).unwrap_or(Zone::Red);
    ui.strong(format!("{} · cell {c}", cell.governorate.name()));
    ui.label(format!(
        "{} ({}) · {:.2} km²",
        zone.key(),
        zone.meaning(),
        cell.area_km2
    ));
    if run.is_held(d, c) {
        ui.label("Held by Israeli forces behind the withdrawal line: no civilian return while held. The model counts held land as gray.");
    }
    if let Some(p) = run.probabilities(d, c)
        && p.iter().all(|&x| x < 0.999)
    {
        let shares: Vec<String> = Zone::ALL
            .iter()
            .filter(|z| p[z.index()] >= 0.005)
            .map(|z| format!("{} {:.0}%", z.key(), p[z.index()] * 100.0))
            .collect();
        ui.label(format!("Chances: {}", shares.join(", ")));
    }
    if let Some(people) = run.people_in(d, c) {
        ui.label(format!("People present: {:.0}", people));
    }
    match run.last_change(c, day) {
        Some(change) => {
            ui.label(format!(
                "Turned {} on day {} ({}) by the rule \"{}\"",
                change.to.key(),
                change.day,
                date_of(&scenario.start_date, change.day).unwrap_or_default(),
                change.rule.key()
            ));
            ui.colored_label(
                palette.caption,
                format!("Driven by: {}", change.rule.drivers()),
            );
        }
        None => {
            ui.colored_label(palette.caption, "Unchanged since day 0");
        }
    }
    ui.colored_label(palette.caption, "Click for the cell's history");
}
