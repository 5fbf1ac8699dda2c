//! What is drawn over the map: the legend, the zone patterns, the caption of an event that just fired, and the card of the cell under the pointer.

use crate::bidi::HoverBidi as _;
use crate::event_order::Happened;
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

/// The Strip as drawn this frame: each cell's box on the screen. What is drawn over the map
/// keeps clear of these boxes, so that it never hides a cell.
pub(super) struct StripBoxes(pub(super) Vec<Rect>);

impl StripBoxes {
    /// Whether `r` touches no cell.
    pub(super) fn clear_of(&self, r: Rect) -> bool {
        !self.0.iter().any(|cell| cell.intersects(r))
    }

    /// How far right a box in the panel's left part may reach between the heights `top` and
    /// `bottom` without touching a cell: the Strip's left edge there, or `otherwise`.
    fn left_edge_between(&self, top: f32, bottom: f32, otherwise: f32) -> f32 {
        self.0
            .iter()
            .filter(|cell| cell.bottom() >= top && cell.top() <= bottom)
            .map(Rect::left)
            .fold(otherwise, f32::min)
    }
}

/// Where the map's overlays were drawn in the last frame, for tests and hit-testing.
#[derive(Clone, Debug, Default)]
pub struct Overlays {
    /// The day and date, and the scenario's title with "a what-if model, not a forecast".
    pub date: Option<Rect>,
    pub subtitle: Option<Rect>,
    /// The caption of an event that just fired.
    pub caption: Option<Rect>,
    /// The legend as drawn open, if it is.
    pub legend: Option<Rect>,
    /// The "Legend" button the legend folds into where it would cover the Strip.
    pub legend_button: Option<Rect>,
}

/// Room between the panel's edge, the overlays and the Strip.
const MARGIN_PT: f32 = 10.0;

/// The legend's rows: what each swatch means.
fn legend_rows(
    blue_chance: bool,
    restricted: bool,
    contested: bool,
) -> (String, Vec<(Swatch, String)>) {
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
    if blue_chance {
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
    }
}

/// The legend laid out at one scale, ready to paint.
struct LegendLayout {
    k: f32,
    size: Vec2,
    heading: std::sync::Arc<egui::Galley>,
    rows: Vec<(Swatch, std::sync::Arc<egui::Galley>)>,
    note: Option<std::sync::Arc<egui::Galley>>,
}

impl LegendLayout {
    fn new(
        painter: &egui::Painter,
        palette: &Palette,
        (heading, rows): &(String, Vec<(Swatch, String)>),
        note: Option<&str>,
        k: f32,
    ) -> Self {
        let font = egui::FontId::proportional(15.0 * k);
        let lay_out = |text: &str| {
            crate::bidi::galley(painter, text, font.clone(), palette.governorate_label, None)
        };
        let heading = lay_out(heading);
        let rows: Vec<_> = rows
            .iter()
            .map(|(swatch, text)| (*swatch, lay_out(text)))
            .collect();
        let note = note.map(|note| {
            crate::bidi::galley(
                painter,
                note,
                egui::FontId::proportional(13.0 * k),
                palette.caption,
                None,
            )
        });
        // As wide as its longest line (translations run longer than English).
        let widest_pt = rows
            .iter()
            .map(|(_, galley)| galley.size().x + 32.0 * k)
            .chain([heading.size().x])
            .chain(note.iter().map(|n| n.size().x))
            .fold(0.0_f32, f32::max);
        let line_h = 22.0 * k;
        let extra = if note.is_some() { 1.0 } else { 0.0 };
        let size = Vec2::new(
            widest_pt + 20.0,
            line_h * (rows.len() as f32 + 1.0 + extra) + 10.0,
        );
        Self {
            k,
            size,
            heading,
            rows,
            note,
        }
    }

    /// Paints the legend in `bg`: swatches at the side the language starts from.
    fn paint(self, painter: &egui::Painter, bg: Rect, palette: &Palette) {
        let k = self.k;
        let line_h = 22.0 * k;
        let right_to_left = gz_i18n::language().is_right_to_left();
        // A line's left end, for a galley of `width`, indented by `indent` from the start side.
        let start_x = |width: f32, indent: f32| {
            if right_to_left {
                bg.right() - 10.0 - indent - width
            } else {
                bg.left() + 10.0 + indent
            }
        };
        painter.rect_filled(bg, 6.0, palette.map_background.gamma_multiply(0.9));
        let mut y = bg.top() + 8.0;
        let heading_x = start_x(self.heading.size().x, 0.0);
        painter.galley(
            Pos2::new(heading_x, y),
            self.heading,
            palette.governorate_label,
        );
        y += line_h;
        let swatch_pt = 14.0 * k;
        for (zone, text) in self.rows {
            let swatch = Rect::from_min_size(
                Pos2::new(start_x(swatch_pt, 0.0), y + 2.0 * k),
                Vec2::splat(swatch_pt),
            );
            swatch_ui(painter, zone, swatch, palette);
            let text_x = start_x(text.size().x, swatch_pt + 8.0);
            painter.galley(Pos2::new(text_x, y), text, palette.governorate_label);
            y += line_h;
        }
        if let Some(note) = self.note {
            let x = start_x(note.size().x, 0.0);
            painter.galley(Pos2::new(x, y), note, palette.caption);
        }
    }
}

fn swatch_ui(painter: &egui::Painter, zone: Swatch, swatch: Rect, palette: &Palette) {
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
}

/// What the legend shows and whether it is kept open while folded.
pub(super) struct LegendInput<'a> {
    pub note: Option<&'a str>,
    pub blue_chance: bool,
    pub restricted: bool,
    pub contested: bool,
}

/// The legend in the panel's bottom-right corner (the Strip runs from bottom left to top
/// right, so that corner lies over Israel, which the map does not draw), as large as it fits
/// there without touching a cell, down to 60 %; where even that would cover the Strip, a
/// small "Legend" button that opens it on hover or click. Returns where it was drawn.
pub(super) fn legend_ui(
    ui: &mut egui::Ui,
    painter: &egui::Painter,
    rect: Rect,
    strip: &StripBoxes,
    palette: &Palette,
    input: &LegendInput<'_>,
    kept_open: &mut bool,
) -> (Option<Rect>, Option<Rect>) {
    let rows = legend_rows(input.blue_chance, input.restricted, input.contested);
    // Full size from a panel of about 700 × 560 points; smaller in a smaller panel.
    let largest = (rect.width() / 700.0)
        .min(rect.height() / 560.0)
        .clamp(0.7, 1.0);
    let in_corner =
        |size: Vec2| Rect::from_min_size(rect.right_bottom() - size - Vec2::splat(MARGIN_PT), size);
    let mut k = largest;
    while k >= 0.6 - 1e-3 {
        let layout = LegendLayout::new(painter, palette, &rows, input.note, k);
        let bg = in_corner(layout.size);
        if rect.contains_rect(bg) && strip.clear_of(bg) {
            layout.paint(painter, bg, palette);
            return (Some(bg), None);
        }
        k -= 0.05;
    }
    // Folded: a button in the corner; the legend opens above it, over the map.
    let text = crate::bidi::text(ui, tr!("layout-legend-button"));
    let galley = text.clone().into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    let button_size = galley.size() + 2.0 * ui.spacing().button_padding;
    let button_rect = in_corner(button_size);
    let response = ui
        .put(button_rect, egui::Button::new(text).selected(*kept_open))
        .on_hover_bidi(tr!("layout-legend-button-tip"));
    if response.clicked() {
        *kept_open = !*kept_open;
    }
    if !(*kept_open || response.hovered()) {
        return (None, Some(button_rect));
    }
    let layout = LegendLayout::new(painter, palette, &rows, input.note, largest.min(0.85));
    let bottom_right = Pos2::new(rect.right() - MARGIN_PT, button_rect.top() - 4.0);
    let bg = Rect::from_min_max(bottom_right - layout.size, bottom_right);
    layout.paint(painter, bg, palette);
    (Some(bg), Some(button_rect))
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

/// A text laid out for the panel's top-left corner: wrapped to the room left of the Strip at
/// the height it takes, from `top`; `None` when narrower than `least_pt`.
fn fit_top_left(
    rect: Rect,
    strip: &StripBoxes,
    top: f32,
    widest_pt: f32,
    least_pt: f32,
    lay_out: impl Fn(f32) -> Vec2,
) -> Option<f32> {
    let left = rect.left() + MARGIN_PT + 4.0;
    let room = |height: f32| {
        strip.left_edge_between(top - MARGIN_PT, top + height + MARGIN_PT, rect.right())
            - MARGIN_PT
            - left
    };
    let mut width = widest_pt.min(room(0.0));
    // Taller when narrower, and the Strip's edge moves left further down: a few rounds settle.
    for _ in 0..4 {
        if width < least_pt {
            return None;
        }
        let size = lay_out(width);
        let fits = room(size.y);
        if size.x <= fits && top + size.y <= rect.bottom() - MARGIN_PT {
            return Some(width);
        }
        width = width.min(fits).min(size.x - 1.0);
    }
    None
}

/// The captioned events of a day, for [`caption_ui`].
pub(super) struct Captions<'a> {
    /// Every event of the latest event day still captioned, in order.
    pub(super) of_day: &'a [Happened],
    /// The one shown in full, with its note.
    pub(super) emphasised: Happened,
}

/// Titles of a day's other events listed under the one shown in full; the rest are counted.
const OTHER_TITLES_SHOWN: usize = 6;

/// When events have just fired, their titles over the map, for a room to read: the one stepped
/// to (or the day's first) in full with its note, the day's others listed under it, and on a
/// crowded day which one of how many this is. In the top-left corner under `top` (the
/// north-west of the panel is open sea), smaller or without the note where the Strip leaves
/// less room, and not at all where it would touch the Strip.
pub(super) fn caption_ui(
    painter: &egui::Painter,
    (rect, strip): (Rect, &StripBoxes),
    top: f32,
    scenario: &Scenario,
    captions: &Captions<'_>,
    palette: &Palette,
) -> Option<Rect> {
    let event = scenario.events.get(captions.emphasised.index)?;
    let title = gz_i18n::events::label(event);
    let others: Vec<String> = captions
        .of_day
        .iter()
        .filter(|h| **h != captions.emphasised)
        .filter_map(|h| scenario.events.get(h.index))
        .map(gz_i18n::events::label)
        .collect();
    let count = (captions.of_day.len() > 1).then(|| {
        let k = captions
            .of_day
            .iter()
            .position(|h| *h == captions.emphasised)
            .unwrap_or(0);
        tr!("map-caption-count", k = k + 1, n = captions.of_day.len())
    });
    let widest = (rect.width() * 0.4).clamp(200.0, 600.0);
    let top = top + 12.0;
    for (title_pt, note_pt, note) in [(24.0, 16.0, true), (19.0, 14.0, true), (17.0, 13.0, false)] {
        let note = note && !event.note.is_empty();
        // Each line of the caption: its text, size, colour and the room above it.
        let mut lines: Vec<(String, f32, egui::Color32, f32)> = Vec::new();
        if let Some(count) = &count {
            lines.push((count.clone(), note_pt, palette.caption, 0.0));
        }
        lines.push((title.clone(), title_pt, palette.governorate_label, 2.0));
        if note {
            lines.push((event.note.clone(), note_pt, palette.caption, 6.0));
        }
        for (k, other) in others.iter().take(OTHER_TITLES_SHOWN).enumerate() {
            let gap = if k == 0 { 10.0 } else { 2.0 };
            lines.push((
                format!("• {other}"),
                note_pt,
                palette.governorate_label,
                gap,
            ));
        }
        if others.len() > OTHER_TITLES_SHOWN {
            let more = tr!("map-caption-more", n = others.len() - OTHER_TITLES_SHOWN);
            lines.push((more, note_pt, palette.caption, 2.0));
        }
        let lay_out = |width: f32| -> Vec<(std::sync::Arc<egui::Galley>, egui::Color32, f32)> {
            lines
                .iter()
                .map(|(text, pt, colour, gap)| {
                    let galley = crate::bidi::galley(
                        painter,
                        text,
                        egui::FontId::proportional(*pt),
                        *colour,
                        Some(width),
                    );
                    (galley, *colour, *gap)
                })
                .collect()
        };
        let size = |galleys: &[(std::sync::Arc<egui::Galley>, egui::Color32, f32)]| {
            let width = galleys.iter().map(|(g, ..)| g.size().x).fold(0.0, f32::max);
            let height: f32 = galleys.iter().map(|(g, _, gap)| g.size().y + gap).sum();
            // The frame reaches 12 points beyond the text on every side.
            Vec2::new(width, height) + Vec2::splat(24.0)
        };
        let Some(width) = fit_top_left(rect, strip, top, widest + 24.0, 160.0, |w| {
            size(&lay_out(w - 24.0))
        }) else {
            continue;
        };
        let galleys = lay_out(width - 24.0);
        let frame = Rect::from_min_size(
            Pos2::new(rect.left() + MARGIN_PT + 4.0, top),
            size(&galleys),
        );
        painter.rect_filled(frame, 8.0, palette.map_background.gamma_multiply(0.92));
        painter.rect_stroke(
            frame,
            8.0,
            Stroke::new(1.5, palette.line),
            egui::StrokeKind::Inside,
        );
        let mut at = frame.min + Vec2::splat(12.0);
        for (galley, colour, gap) in galleys {
            at.y += gap;
            let height = galley.size().y;
            painter.galley(at, galley, colour);
            at.y += height;
        }
        return Some(frame);
    }
    None
}

/// The day and date, and under it what the picture is, in the top-left corner; for a map
/// drawn with no Strip to avoid (the difference map draws its own).
pub(in crate::views) fn date_badge_ui(
    painter: &egui::Painter,
    rect: Rect,
    scenario: &Scenario,
    day: u32,
    palette: &Palette,
) {
    top_left_ui(
        painter,
        (rect, &StripBoxes(Vec::new())),
        scenario,
        day,
        false,
        palette,
    );
}

/// The day and date, and under it what the picture is ("… · a what-if model, not a
/// forecast"), in the top-left corner, wrapped to the room left of the Strip rather than cut.
/// Returns where the two were drawn.
pub(super) fn top_left_ui(
    painter: &egui::Painter,
    (rect, strip): (Rect, &StripBoxes),
    scenario: &Scenario,
    day: u32,
    presenting: bool,
    palette: &Palette,
) -> (Rect, Rect) {
    let date = names::calendar_date(scenario.start_date, day).unwrap_or_default();
    let date_text = tr!("map-day", day = day, date = date);
    let left = rect.left() + MARGIN_PT + 4.0;
    let mut top = rect.top() + 12.0;
    // Smaller type where the Strip leaves less room; the last size is drawn however it fits.
    // Presenting, the date is the room's clock: read from the back before anything else.
    let sizes: &[f32] = if presenting {
        &[40.0, 32.0, 26.0, 21.0, 17.0]
    } else {
        &[26.0, 21.0, 17.0]
    };
    let date_galley = sizes
        .iter()
        .map(|&pt| {
            crate::bidi::galley(
                painter,
                &date_text,
                egui::FontId::proportional(pt),
                palette.governorate_label,
                None,
            )
        })
        .reduce(|fits, smaller| {
            let bg = Rect::from_min_size(Pos2::new(left, top), fits.size());
            if strip.clear_of(bg) { fits } else { smaller }
        })
        .unwrap_or_else(|| {
            crate::bidi::galley(
                painter,
                &date_text,
                egui::FontId::proportional(17.0),
                palette.governorate_label,
                None,
            )
        });
    let date_rect = Rect::from_min_size(Pos2::new(left, top), date_galley.size());
    painter.galley(date_rect.min, date_galley, palette.governorate_label);
    top = date_rect.bottom() + 6.0;
    // What the picture is, on the picture: a screen share or a photo of the projector keeps it.
    // On a backing of the map's own colour, so that it stays legible where the Strip's north
    // end reaches up into the corner.
    let subtitle = tr!("map-caption", title = scenario.meta.title.as_str());
    let lay_out = |pt: f32, width: f32| {
        crate::bidi::galley(
            painter,
            &subtitle,
            egui::FontId::proportional(pt),
            palette.caption,
            Some(width),
        )
    };
    let widest = rect.width() - 2.0 * MARGIN_PT - 8.0;
    let galley = [15.0, 13.0]
        .iter()
        .find_map(|&pt| {
            fit_top_left(rect, strip, top, widest, 120.0, |w| lay_out(pt, w).size())
                .map(|w| lay_out(pt, w))
        })
        // Nowhere clear of the Strip: wrapped to the panel, on its backing.
        .unwrap_or_else(|| lay_out(13.0, widest.max(60.0)));
    let subtitle_rect = Rect::from_min_size(Pos2::new(left, top), galley.size());
    painter.rect_filled(
        subtitle_rect.expand(3.0),
        4.0,
        palette.map_background.gamma_multiply(0.85),
    );
    painter.galley(subtitle_rect.min, galley, palette.caption);
    (date_rect, subtitle_rect)
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
