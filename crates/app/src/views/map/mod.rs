//! The map: the Strip's cells coloured by zone on the day shown, the held area hatched and
//! outlined by the withdrawal line, governorate borders and names, a legend, and on hover the
//! cell's story. Scroll to zoom, drag to `pan_pt`, double-click (or Ctrl+0) to fit.

use eframe::egui::{self, Color32, Mesh, Pos2, Rect, Shape, Stroke, Vec2, epaint::Vertex};

use super::super::event_order::{self, Happened};
use super::super::theme::{self, Palette};
use gz_core::geo::outline::MapGeometry as Geometry;
use gz_core::geo::{CellId, Grid};
use gz_core::model::{RunOutput, Zone};
use gz_core::scenario::Scenario;
use gz_core::style::{PatternMark, pattern_of};

mod overlays;
pub use overlays::Overlays;
use overlays::{
    CAPTION_DAYS, Captions, LegendInput, StripBoxes, caption_ui, cell_card_ui, legend_ui,
    top_left_ui,
};
pub(super) use overlays::{date_badge_ui, pattern_mark};

/// How far the map zooms out and in.
const MAP_ZOOM_RANGE: (f32, f32) = (0.5, 12.0);
/// The smallest pattern mark drawn, in screen pixels: a cross still reads as a cross.
const MARK_LEAST_PX: f32 = 3.0;
/// Cells narrower than this on the screen get no marks: the marks would touch.
const CELL_LEAST_PX: f32 = 6.0;

/// Zoom and `pan_pt`.
#[derive(Default)]
pub struct MapView {
    zoom: f32,
    pan_pt: Vec2,
    /// The cell under the pointer, for tests and the status of the hover card.
    pub hovered: Option<CellId>,
    /// The cell clicked, whose history is shown and which is outlined; clicking where there is
    /// no cell clears it.
    pub selected: Option<CellId>,
    /// Where the map was last drawn, so that tests (and anything else) can find a cell.
    last_transform: Option<Transform>,
    last_rect: Option<Rect>,
    /// Where the map was clicked this frame (longitude, latitude), for placing an event.
    pub clicked_lonlat: Option<[f64; 2]>,
    /// Where the legend, the captions and the date were drawn in the last frame.
    overlays: Overlays,
    /// The folded legend kept open by a click.
    legend_kept_open: bool,
    /// The events the caption named in the last frame, in order.
    captioned: Vec<Happened>,
    /// The size of the zones' pattern marks in the last frame, in points (0: none drawn).
    mark_pt: f32,
}

impl MapView {
    /// Back to the whole Strip filling the panel.
    pub fn fit(&mut self) {
        self.zoom = 1.0;
        self.pan_pt = Vec2::ZERO;
    }

    /// Zooms about the panel's centre, within the scroll wheel's range.
    pub fn zoom_by(&mut self, factor: f32) {
        let zoom = if self.zoom > 0.0 { self.zoom } else { 1.0 };
        let new_zoom = (zoom * factor).clamp(MAP_ZOOM_RANGE.0, MAP_ZOOM_RANGE.1);
        // The point at the panel's centre stays there.
        self.pan_pt *= new_zoom / zoom;
        self.zoom = new_zoom;
    }

    /// How much the map is zoomed: 1 with the whole Strip in the panel.
    #[must_use]
    pub fn zoom(&self) -> f32 {
        if self.zoom > 0.0 { self.zoom } else { 1.0 }
    }

    /// Where a cell's centre was on the screen in the last frame.
    #[must_use]
    pub fn screen_pos_of_cell(&self, cell: CellId) -> Option<Pos2> {
        let grid = Grid::strip();
        let t = self.last_transform.as_ref()?;
        let centre = grid.cells.get(cell.index())?.centre_lonlat;
        Some(t.to_screen(grid.projection.plane_from_lonlat(centre)))
    }

    /// The cell drawn at a screen position in the last frame, if any.
    #[must_use]
    pub fn cell_at_screen(&self, pos: Pos2) -> Option<CellId> {
        let grid = Grid::strip();
        let t = self.last_transform.as_ref()?;
        grid.cell_at(grid.projection.lonlat_from_plane(t.to_km(pos)))
    }

    /// The map's panel in the last frame.
    #[must_use]
    pub fn rect(&self) -> Option<Rect> {
        self.last_rect
    }

    /// Where the legend, the captions and the date were drawn in the last frame.
    #[must_use]
    pub fn overlays(&self) -> &Overlays {
        &self.overlays
    }

    /// The events the map's caption named in the last frame, in order.
    #[must_use]
    pub fn captioned(&self) -> &[Happened] {
        &self.captioned
    }

    /// The size of the crosses and rings on red and green cells in the last frame, in points;
    /// zero when none were drawn.
    #[must_use]
    pub fn pattern_mark_pt(&self) -> f32 {
        self.mark_pt
    }

    /// Each cell's box on the screen in the last frame: the Strip as drawn.
    #[must_use]
    pub fn cell_screen_rects(&self) -> Vec<Rect> {
        self.last_transform
            .as_ref()
            .map(|t| strip_boxes(t).0)
            .unwrap_or_default()
    }
}

/// Each cell's box on the screen under `t`.
fn strip_boxes(t: &Transform) -> StripBoxes {
    StripBoxes(
        geometry()
            .cell_fans
            .iter()
            .map(|fans| {
                Rect::from_points(
                    &fans
                        .iter()
                        .flatten()
                        .map(|&p| t.to_screen(p))
                        .collect::<Vec<_>>(),
                )
            })
            .collect(),
    )
}

/// The map's geometry, built once per process (the grid never changes).
pub(super) fn geometry() -> &'static Geometry {
    Geometry::strip()
}

/// Plane kilometres to screen points for the current zoom and `pan_pt`.
#[derive(Clone)]
pub(crate) struct Transform {
    centre_km: [f64; 2],
    centre_px: Pos2,
    px_per_km: f64,
}

impl Transform {
    /// The whole Strip centred in `rect` with a small margin, then `zoom` about the centre and
    /// moved by `pan_pt`: the map's view, and at zoom 1 the start page's small maps.
    pub(crate) fn fitting(rect: Rect, zoom: f32, pan_pt: Vec2) -> Self {
        let geometry = geometry();
        let size_km = [
            geometry.max[0] - geometry.min[0],
            geometry.max[1] - geometry.min[1],
        ];
        let fit = (f64::from(rect.width()) / size_km[0]).min(f64::from(rect.height()) / size_km[1])
            * 0.94;
        Self {
            centre_km: [
                f64::midpoint(geometry.min[0], geometry.max[0]),
                f64::midpoint(geometry.min[1], geometry.max[1]),
            ],
            centre_px: rect.center() + pan_pt,
            px_per_km: fit * f64::from(zoom),
        }
    }

    pub(crate) fn to_screen(&self, p: [f64; 2]) -> Pos2 {
        Pos2::new(
            self.centre_px.x + ((p[0] - self.centre_km[0]) * self.px_per_km) as f32,
            self.centre_px.y - ((p[1] - self.centre_km[1]) * self.px_per_km) as f32,
        )
    }

    pub(super) fn to_km(&self, p: Pos2) -> [f64; 2] {
        [
            self.centre_km[0] + f64::from(p.x - self.centre_px.x) / self.px_per_km,
            self.centre_km[1] - f64::from(p.y - self.centre_px.y) / self.px_per_km,
        ]
    }
}

/// The map's panel for one frame: its painter, the user's zoom and pan applied.
pub(super) struct MapCanvas {
    pub(super) painter: egui::Painter,
    pub(super) rect: Rect,
    pub(super) response: egui::Response,
    pub(super) t: Transform,
}

impl MapCanvas {
    /// Takes the rest of `ui`, paints the background, and follows scroll (zoom about the
    /// pointer), drag (pan) and double-click (fit).
    pub(super) fn new(ui: &mut egui::Ui, view: &mut MapView, palette: &Palette) -> Self {
        if view.zoom <= 0.0 {
            view.zoom = 1.0;
        }
        let (rect, response) =
            ui.allocate_exact_size(ui.available_size(), egui::Sense::click_and_drag());
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, palette.map_background);

        if response.hovered() {
            let scroll = ui.input(|i| i.smooth_scroll_delta.y);
            if scroll != 0.0 {
                let factor = (scroll / 300.0).exp();
                let new_zoom = (view.zoom * factor).clamp(MAP_ZOOM_RANGE.0, MAP_ZOOM_RANGE.1);
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
        let t = Transform::fitting(rect, view.zoom, view.pan_pt);
        Self {
            painter,
            rect,
            response,
            t,
        }
    }

    /// Fills every cell with the colour `colour_of` gives it.
    pub(super) fn cells_ui(&self, colour_of: impl Fn(usize) -> Color32) {
        let mut mesh = Mesh::default();
        for (c, fans) in geometry().cell_fans.iter().enumerate() {
            let colour = colour_of(c);
            for fan in fans {
                add_fan(&mut mesh, fan.iter().map(|&p| self.t.to_screen(p)), colour);
            }
        }
        self.painter.add(Shape::mesh(mesh));
    }

    /// Size of the pattern marks on cells, in points: a fifth of a cell, and never under
    /// [`MARK_LEAST_PX`] screen pixels, so that they stay readable at every zoom; zero only
    /// when cells are too small on the screen to hold a mark.
    pub(super) fn mark_px(&self) -> f32 {
        // Judged in the screen's pixels, not in points: presentation mode's zoom makes points
        // larger, and a mark sized in points alone vanished exactly when the room needed it.
        let pixels_per_point = self.painter.pixels_per_point();
        let cell_px = self.t.px_per_km as f32 * pixels_per_point;
        if cell_px < CELL_LEAST_PX {
            return 0.0;
        }
        (0.22 * self.t.px_per_km as f32).max(MARK_LEAST_PX / pixels_per_point)
    }

    /// Governorate borders and names, over the cells.
    pub(super) fn borders_and_names_ui(&self, palette: &Palette) {
        let geometry = geometry();
        let painter = &self.painter;
        let border = Stroke::new(1.5, palette.governorate_border);
        for ring in &geometry.borders {
            let pts: Vec<Pos2> = ring.iter().map(|&p| self.t.to_screen(p)).collect();
            painter.add(Shape::closed_line(pts, border));
        }
        for (g, p) in &geometry.labels {
            let pos = self.t.to_screen(*p);
            let font = egui::FontId::proportional(17.0);
            let name = gz_i18n::names::governorate(*g);
            let galley = crate::bidi::galley(painter, &name, font, palette.governorate_label, None);
            let top_left = pos - galley.size() / 2.0;
            // The shadow's colour replaces the text's; the name itself keeps its own.
            painter.galley_with_override_text_color(
                top_left + Vec2::new(1.0, 1.0),
                galley.clone(),
                theme::LABEL_SHADOW,
            );
            painter.galley(top_left, galley, palette.governorate_label);
        }
    }

    /// The cell under the pointer, if any.
    pub(super) fn hovered_cell(&self) -> Option<CellId> {
        let grid = Grid::strip();
        let pointer = self.response.hover_pos()?;
        grid.cell_at(grid.projection.lonlat_from_plane(self.t.to_km(pointer)))
    }
}

/// Adds a filled fan (centre first, then the ring) to `mesh`.
pub(crate) fn add_fan(mesh: &mut Mesh, fan: impl Iterator<Item = Pos2>, colour: Color32) {
    let base = mesh.vertices.len() as u32;
    for pos in fan {
        mesh.vertices.push(Vertex {
            pos,
            uv: egui::epaint::WHITE_UV,
            color: colour,
        });
    }
    let n = mesh.vertices.len() as u32 - base;
    for k in 1..n.saturating_sub(1) {
        mesh.add_triangle(base, base + k, base + k + 1);
    }
    if n > 2 {
        mesh.add_triangle(base, base + n - 1, base + 1);
    }
}

/// How the map is shown this frame, besides what it shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stage {
    /// Presentation mode: the date is drawn larger, as the room's clock.
    pub presenting: bool,
    /// Playing: no cell card under a resting pointer, as it would stay over the map while the
    /// days change under it.
    pub playing: bool,
    /// The event stepped to with Page Down or Page Up, captioned in full.
    pub event_focus: Option<Happened>,
}

/// `blue_chance`, when given, colours each cell by the share of an ensemble's runs in which it
/// ended blue instead of by its zone on the day shown.
pub fn map_ui(
    ui: &mut egui::Ui,
    view: &mut MapView,
    (run, blue_chance): (&RunOutput, Option<&[f64]>),
    (scenario, day): (&Scenario, u32),
    stage: Stage,
    palette: &Palette,
) {
    let grid = Grid::strip();
    let canvas = MapCanvas::new(ui, view, palette);
    let geometry = geometry();
    let (painter, rect, t) = (&canvas.painter, canvas.rect, &canvas.t);
    // The share of runs ending blue is a fact about the last day: the line, the held land and
    // the date shown must be that day's too.
    let day = if blue_chance.is_some() {
        scenario.horizon_days
    } else {
        day
    };
    let d = day as usize;

    // Cells.
    canvas.cells_ui(|c| match blue_chance.and_then(|b| b.get(c)) {
        Some(&p) => palette.blend_zones([0.0, 0.0, (1.0 - p) as f32, p as f32]),
        None => run
            .probabilities(d, c)
            .map_or(palette.zone_colour(Zone::Red), |p| palette.blend_zones(p)),
    });

    // Patterns on red and green cells, so that colour is never the only cue (red-green colour
    // blindness): a cross for armed presence, a ring for a haven.
    let mark_px = canvas.mark_px();
    view.mark_pt = if blue_chance.is_none() { mark_px } else { 0.0 };
    if blue_chance.is_none() && mark_px > 0.0 {
        for (c, cell) in grid.cells.iter().enumerate() {
            let centre = t.to_screen(grid.projection.plane_from_lonlat(cell.centre_lonlat));
            if let Some(zone @ (Zone::Red | Zone::Green)) = run.zone_of(d, c) {
                pattern_mark(painter, zone, centre, mark_px);
            }
        }
    }

    // Held cells: diagonal hatching, clipped to their land.
    let hatch = Stroke::new(1.2, palette.hatch);
    for (c, lines) in geometry.hatches.iter().enumerate() {
        if !run.is_held(d, c) {
            continue;
        }
        for line in lines {
            painter.line_segment(line.map(|p| t.to_screen(p)), hatch);
        }
    }

    // The withdrawal line: edges between held and open cells, or between the held area and the
    // restricted zone beyond it; the restricted zone's outer edge is dashed orange.
    let line = Stroke::new(3.0, palette.line);
    let restricted_line = Stroke::new(4.0, palette.restricted_line);
    let mut any_restricted = false;
    for &(a, b, edge) in &geometry.shared_edges {
        let held = |c| run.is_held(d, c) && !run.is_restricted(d, c);
        let (ra, rb) = (run.is_restricted(d, a), run.is_restricted(d, b));
        any_restricted |= ra || rb;
        let ends = edge.map(|p| t.to_screen(p));
        if held(a) != held(b) {
            painter.line_segment(ends, line);
        } else if ra != rb {
            painter.extend(Shape::dashed_line(&ends, restricted_line, 8.0, 5.0));
        }
    }

    // Declared havens the armed group still holds: a dashed green outline on the red cell, so
    // that a haven declared on unsecured ground is seen to be contested, not silently red.
    let mut any_contested = false;
    if blue_chance.is_none() {
        let dash = Stroke::new(3.0, palette.zone_colour(Zone::Green));
        let shadow = Stroke::new(5.0, theme::OUTLINE_SHADOW);
        for (c, fans) in geometry.cell_fans.iter().enumerate() {
            if !run.is_contested_haven(d, c) {
                continue;
            }
            any_contested = true;
            for fan in fans {
                let mut ring: Vec<Pos2> = fan.iter().skip(1).map(|&p| t.to_screen(p)).collect();
                if let Some(&first) = ring.first() {
                    ring.push(first);
                }
                painter.extend(Shape::dashed_line(&ring, shadow, 6.0, 4.0));
                painter.extend(Shape::dashed_line(&ring, dash, 6.0, 4.0));
            }
        }
    }

    canvas.borders_and_names_ui(palette);

    // The selected cell: a dark halo and a bright outline, visible on every zone colour.
    if let Some(fans) = view
        .selected
        .and_then(|c| geometry.cell_fans.get(c.index()))
    {
        for fan in fans {
            let ring: Vec<Pos2> = fan.iter().skip(1).map(|&p| t.to_screen(p)).collect();
            painter.add(Shape::closed_line(
                ring.clone(),
                Stroke::new(6.0, theme::OUTLINE_SHADOW),
            ));
            painter.add(Shape::closed_line(ring, Stroke::new(3.0, palette.cursor)));
        }
    }

    let note = if blue_chance.is_some() {
        Some(gz_i18n::tr!("legend-note-blue-share"))
    } else if run.cell_probabilities.is_empty() {
        None
    } else {
        Some(gz_i18n::tr!("legend-note-mixed"))
    };
    // The legend and the captions go where the Strip is not: it runs as a diagonal band from
    // the bottom left to the top right, leaving the top-left (sea) and bottom-right corners.
    let strip = strip_boxes(t);
    let (legend, legend_button) = legend_ui(
        ui,
        painter,
        rect,
        &strip,
        palette,
        &LegendInput {
            note: note.as_deref(),
            blue_chance: blue_chance.is_some(),
            restricted: any_restricted,
            contested: any_contested,
        },
        &mut view.legend_kept_open,
    );
    let (date, subtitle) = top_left_ui(
        painter,
        (rect, &strip),
        scenario,
        day,
        stage.presenting,
        palette,
    );
    let all = event_order::in_order(scenario, run);
    let of_day = event_order::captioned(&all, day, CAPTION_DAYS);
    let caption = event_order::emphasised(of_day, stage.event_focus).and_then(|emphasised| {
        caption_ui(
            painter,
            (rect, &strip),
            subtitle.bottom(),
            scenario,
            &Captions { of_day, emphasised },
            palette,
        )
    });
    view.captioned = of_day.to_vec();
    view.overlays = Overlays {
        date: Some(date),
        subtitle: Some(subtitle),
        caption,
        legend,
        legend_button,
    };

    // Click: select the cell under the pointer, or nothing where there is no cell.
    let cell_under = |pos: Pos2| grid.cell_at(grid.projection.lonlat_from_plane(t.to_km(pos)));
    view.clicked_lonlat = None;
    if canvas.response.clicked() {
        let pos = canvas.response.interact_pointer_pos();
        view.selected = pos.and_then(cell_under);
        view.clicked_lonlat = pos.map(|p| grid.projection.lonlat_from_plane(t.to_km(p)));
    }
    view.last_transform = Some(t.clone());
    view.last_rect = Some(rect);

    // Hover: the cell's story.
    view.hovered = canvas.hovered_cell();
    if let Some(c) = view.hovered.filter(|_| !stage.playing) {
        canvas
            .response
            .on_hover_ui_at_pointer(|ui| cell_card_ui(ui, c, run, scenario, day, palette));
    }
}
