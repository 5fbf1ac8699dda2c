//! The map figure: the Strip's cells coloured by zone on one day, the held land hatched and
//! outlined by the withdrawal line, governorates named, and a legend with the day's totals.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::colours::{blend_colour, colour, zone_colour};
use super::{Caption, FigureError, INK, MUTED, Pen, draw_error};
use gz_core::geo::Grid;
use gz_core::geo::outline::MapGeometry;
use gz_core::model::{Category, RunOutput, Zone};
use gz_core::scenario::Scenario;
use gz_core::style::{PatternMark, ZonePalette, paper, pattern_of};
use gz_i18n::format::people;
use gz_i18n::{names, tr};

/// One day of a run, drawn as a map.
pub struct MapFigure<'a> {
    /// A run recorded with cells (`Record::Cells`).
    pub run: &'a RunOutput,
    pub day: u32,
    /// When given, cells are coloured by the share of an ensemble's runs that ended blue.
    pub blue_chance: Option<&'a [f64]>,
}

/// An ensemble's share of runs in which each cell ended blue, and where it came from.
#[derive(Clone, Copy)]
pub struct BlueChance<'a> {
    pub share: &'a [f64],
    pub runs: u64,
    pub seed: u64,
}

impl<'a> MapFigure<'a> {
    /// The map of `day` with its subtitle; with an ensemble's blue shares, the map of the last
    /// day, since the share is a fact about that day (so are the line and the held land).
    /// The app's Export and `gaza-zones figure` both build their maps here.
    #[must_use]
    pub fn with_subtitle(
        run: &'a RunOutput,
        scenario: &Scenario,
        day: u32,
        blue: Option<BlueChance<'a>>,
    ) -> (Self, String) {
        match blue {
            Some(b) => (
                Self {
                    run,
                    day: scenario.horizon_days,
                    blue_chance: Some(b.share),
                },
                tr!(
                    "figure-blue-share-subtitle",
                    runs = b.runs.to_string(),
                    seed = b.seed.to_string(),
                    day = scenario.horizon_days.to_string()
                ),
            ),
            None => (
                Self {
                    run,
                    day,
                    blue_chance: None,
                },
                Caption::day_subtitle(scenario, day),
            ),
        }
    }
}

const SEA: RGBColor = colour(paper::SEA);
const LINE: RGBColor = colour(paper::LINE);
const HATCH: RGBColor = colour(paper::HATCH);

pub(super) fn geometry() -> &'static MapGeometry {
    MapGeometry::strip()
}

pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &MapFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    draw_parts(area, figure, zones, pen).map(|_| ())
}

/// The map and its legend, left and right.
pub(super) struct Drawn<DB: DrawingBackend> {
    pub map: DrawingArea<DB, Shift>,
    pub legend: DrawingArea<DB, Shift>,
    /// How far down the legend's rows reach, in the legend area's pixels: the room below,
    /// down to the boundaries' credit, is free (an animation's events go there).
    pub legend_bottom_px: i32,
}

/// [`draw`], saying where it drew.
pub(super) fn draw_parts<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &MapFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<Drawn<DB>, FigureError> {
    let (w, _) = area.dim_in_pixel();
    let legend_w = (pen.px(430.0) as u32).min(w * 2 / 5);
    let (map_area, legend_area) = area.split_horizontally(w - legend_w);
    draw_map(&map_area, figure, zones, pen)?;
    let legend_bottom_px = draw_legend(&legend_area, figure, zones, pen)?;
    Ok(Drawn {
        map: map_area,
        legend: legend_area,
        legend_bottom_px,
    })
}

/// The pattern that goes with a zone's colour ([`pattern_of`]), centred on `(x, y)`.
pub(super) fn pattern_mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    zone: Zone,
    (x, y): (i32, i32),
    size_px: i32,
    style: ShapeStyle,
) -> Result<(), FigureError> {
    match pattern_of(zone) {
        Some(PatternMark::Cross) => {
            let r = (f64::from(size_px) * 0.7).round() as i32;
            area.draw(&PathElement::new(
                vec![(x - r, y - r), (x + r, y + r)],
                style,
            ))
            .map_err(draw_error)?;
            area.draw(&PathElement::new(
                vec![(x - r, y + r), (x + r, y - r)],
                style,
            ))
            .map_err(draw_error)?;
        }
        Some(PatternMark::Ring) => {
            let r = (f64::from(size_px) * 0.8).round() as i32;
            area.draw(&Circle::new((x, y), r, style))
                .map_err(draw_error)?;
        }
        None => {}
    }
    Ok(())
}

/// Plane kilometres to image pixels, fitting the Strip in the area.
pub(super) struct Fit {
    centre_km: [f64; 2],
    centre_px: (f64, f64),
    pub(super) px_per_km: f64,
}

impl Fit {
    pub(super) fn new(geometry: &MapGeometry, (w, h): (u32, u32)) -> Self {
        let size_km = [
            geometry.max[0] - geometry.min[0],
            geometry.max[1] - geometry.min[1],
        ];
        Self {
            centre_km: [
                f64::midpoint(geometry.min[0], geometry.max[0]),
                f64::midpoint(geometry.min[1], geometry.max[1]),
            ],
            centre_px: (f64::from(w) / 2.0, f64::from(h) / 2.0),
            px_per_km: (f64::from(w) / size_km[0]).min(f64::from(h) / size_km[1]) * 0.97,
        }
    }

    pub(super) fn px(&self, p: [f64; 2]) -> (i32, i32) {
        (
            (self.centre_px.0 + (p[0] - self.centre_km[0]) * self.px_per_km).round() as i32,
            (self.centre_px.1 - (p[1] - self.centre_km[1]) * self.px_per_km).round() as i32,
        )
    }
}

fn draw_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &MapFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    let geometry = geometry();
    let grid = Grid::strip();
    let run = figure.run;
    let d = figure.day as usize;
    let fit = Fit::new(geometry, area.dim_in_pixel());
    area.fill(&SEA).map_err(draw_error)?;

    for (c, fans) in geometry.cell_fans.iter().enumerate() {
        let colour = match figure.blue_chance.and_then(|b| b.get(c)) {
            Some(&p) => blend_colour(zones, [0.0, 0.0, (1.0 - p) as f32, p as f32]),
            None => run
                .probabilities(d, c)
                .map_or_else(|| zone_colour(zones, Zone::Red), |p| blend_colour(zones, p)),
        };
        for fan in fans {
            // The fan starts with its centre; the ring follows.
            let ring: Vec<(i32, i32)> = fan.iter().skip(1).map(|&p| fit.px(p)).collect();
            area.draw(&Polygon::new(ring.clone(), colour.filled()))
                .map_err(draw_error)?;
            // Outlined in its own colour, so that neighbours meet without hairline seams
            // where a viewer anti-aliases the edges (SVG).
            area.draw(&PathElement::new(ring, colour.stroke_width(1)))
                .map_err(draw_error)?;
        }
    }

    // A cross on red, a ring on green: colour is never the only cue.
    let mark_px = 0.22 * fit.px_per_km;
    if figure.blue_chance.is_none() && mark_px >= 2.5 {
        let mark = BLACK.mix(0.45).stroke_width(pen.px(1.4).max(1) as u32);
        for (c, cell) in grid.cells.iter().enumerate() {
            let (x, y) = fit.px(grid.projection.plane_from_lonlat(cell.centre_lonlat));
            let r = mark_px.round() as i32;
            if let Some(zone) = run.zone_of(d, c) {
                pattern_mark(area, zone, (x, y), r, mark)?;
            }
        }
    }

    // Held land: diagonal hatching, clipped to the land.
    let hatch = HATCH.mix(0.45).stroke_width(pen.px(1.2).max(1) as u32);
    for (c, lines) in geometry.hatches.iter().enumerate() {
        if !run.is_held(d, c) {
            continue;
        }
        for line in lines {
            area.draw(&PathElement::new(line.map(|p| fit.px(p)).to_vec(), hatch))
                .map_err(draw_error)?;
        }
    }

    // The withdrawal line: edges between held and open cells.
    let line = LINE.stroke_width(pen.px(3.5).max(1) as u32);
    for &(a, b, edge) in &geometry.shared_edges {
        if run.is_held(d, a) != run.is_held(d, b) {
            area.draw(&PathElement::new(edge.map(|p| fit.px(p)).to_vec(), line))
                .map_err(draw_error)?;
        }
    }

    borders_and_names(area, &fit, pen)
}

/// The governorates' borders, and their names on a white halo.
pub(super) fn borders_and_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fit: &Fit,
    pen: Pen,
) -> Result<(), FigureError> {
    let geometry = geometry();
    let border = INK.stroke_width(pen.px(1.6).max(1) as u32);
    for ring in &geometry.borders {
        let mut pts: Vec<(i32, i32)> = ring.iter().map(|&p| fit.px(p)).collect();
        if let Some(&first) = pts.first() {
            pts.push(first);
        }
        area.draw(&PathElement::new(pts, border))
            .map_err(draw_error)?;
    }
    let centred = Pos::new(HPos::Center, VPos::Center);
    for (g, p) in &geometry.labels {
        let (x, y) = fit.px(*p);
        let name = names::governorate(*g);
        // A white halo keeps the name readable over any zone colour.
        let halo = pen.px(1.5).max(1);
        for (dx, dy) in [(-halo, 0), (halo, 0), (0, -halo), (0, halo)] {
            area.draw(&Text::new(
                name.as_str(),
                (x + dx, y + dy),
                pen.bold(19.0).color(&WHITE).pos(centred),
            ))
            .map_err(draw_error)?;
        }
        area.draw(&Text::new(
            name.as_str(),
            (x, y),
            pen.bold(19.0).color(&INK).pos(centred),
        ))
        .map_err(draw_error)?;
    }
    Ok(())
}

fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &MapFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<i32, FigureError> {
    let x0 = pen.px(22.0);
    let row = pen.px(64.0);
    let swatch = pen.px(26.0);
    let mut y = pen.px(8.0);
    let legend_w = area.dim_in_pixel().0 as i32;
    // Each line is shortened with "…" rather than run off the picture (longer translations).
    let text = |t: String, at: (i32, i32), size: f64, colour: &RGBColor| {
        let font = pen.font(size);
        let fitted = super::fit_text(&t, &font, legend_w - at.0 - pen.px(4.0))?;
        area.draw(&Text::new(fitted, at, font.color(colour)))
            .map_err(draw_error)
    };
    let heading = if figure.blue_chance.is_some() {
        tr!("figure-legend-blue-share")
    } else {
        tr!("figure-legend-zones")
    };
    area.draw(&Text::new(heading, (x0, y), pen.bold(20.0).color(&INK)))
        .map_err(draw_error)?;
    y += pen.px(40.0);
    let day = figure
        .run
        .days
        .get(figure.day as usize)
        .copied()
        .unwrap_or_default();
    if figure.blue_chance.is_some() {
        // The colours are shares of runs, not zones: a ramp from gray to blue says so, and a
        // single run's totals would not belong here.
        for (k, share) in [0.0_f32, 0.25, 0.5, 0.75, 1.0].into_iter().enumerate() {
            let x = x0 + k as i32 * (swatch + pen.px(8.0));
            let colour = blend_colour(zones, [0.0, 0.0, 1.0 - share, share]);
            area.draw(&Rectangle::new(
                [(x, y), (x + swatch, y + swatch)],
                colour.filled(),
            ))
            .map_err(draw_error)?;
        }
        text(
            tr!("figure-legend-blue-ramp"),
            (x0, y + swatch + pen.px(6.0)),
            15.0,
            &INK,
        )?;
        y += row;
    } else {
        let reported = day.reported();
        for zone in Zone::ALL {
            let category = Category::of_zone(zone);
            let colour = zone_colour(zones, zone);
            area.draw(&Rectangle::new(
                [(x0, y), (x0 + swatch, y + swatch)],
                colour.filled(),
            ))
            .map_err(draw_error)?;
            let (cx, cy, r) = (x0 + swatch / 2, y + swatch / 2, swatch / 4);
            let mark = BLACK.mix(0.5).stroke_width(pen.px(1.4).max(1) as u32);
            // A cross is drawn at 0.7 of the radius and a ring at 0.8: give the swatch's size.
            pattern_mark(area, zone, (cx, cy), r + r / 3, mark)?;
            let tx = x0 + swatch + pen.px(12.0);
            text(
                tr!(
                    "figure-legend-category",
                    name = names::category(category),
                    meaning = names::category_short(category)
                ),
                (tx, y),
                17.0,
                &INK,
            )?;
            text(
                tr!(
                    "figure-legend-totals",
                    km2 = format!("{:.1}", reported.area(category)),
                    people = people(reported.people_in(category))
                ),
                (tx, y + pen.px(24.0)),
                15.0,
                &MUTED,
            )?;
            y += row;
        }
    }
    // Held land and the line.
    area.draw(&Rectangle::new(
        [(x0, y), (x0 + swatch, y + swatch)],
        colour(paper::HELD_SWATCH).filled(),
    ))
    .map_err(draw_error)?;
    area.draw(&PathElement::new(
        vec![(x0, y + swatch), (x0 + swatch, y)],
        HATCH.stroke_width(pen.px(1.2).max(1) as u32),
    ))
    .map_err(draw_error)?;
    let tx = x0 + swatch + pen.px(12.0);
    let held = Category::Held;
    text(
        tr!(
            "figure-legend-held",
            name = names::category(held),
            meaning = names::category_short(held)
        ),
        (tx, y),
        17.0,
        &INK,
    )?;
    // Havens behind the line stay green and are counted there: the held row is the gray land,
    // with the whole of the land behind the line beside it when havens make them differ.
    let reported = day.reported();
    let havens_km2 = day.held_km2 - reported.area(held);
    let whole = if havens_km2 >= 0.05 {
        format!(
            " {}",
            tr!(
                "figure-legend-behind-line",
                km2 = format!("{:.1}", day.held_km2)
            )
        )
    } else {
        String::new()
    };
    text(
        tr!(
            "figure-legend-totals",
            km2 = format!("{:.1}", reported.area(held)),
            people = people(reported.people_in(held))
        ) + &whole,
        (tx, y + pen.px(24.0)),
        15.0,
        &MUTED,
    )?;
    y += row;
    area.draw(&PathElement::new(
        vec![(x0, y + swatch / 2), (x0 + swatch, y + swatch / 2)],
        LINE.stroke_width(pen.px(3.5).max(1) as u32),
    ))
    .map_err(draw_error)?;
    text(tr!("figure-legend-line"), (tx, y), 17.0, &INK)?;
    y += row;
    let note = if figure.blue_chance.is_some() {
        Some(tr!("figure-note-blue-share"))
    } else if figure.run.cell_probabilities.is_empty() {
        None
    } else {
        Some(tr!("figure-note-mixed"))
    };
    if let Some(note) = note {
        text(note, (x0, y), 14.0, &MUTED)?;
        y += pen.px(24.0);
    }
    text(
        tr!("figure-boundaries"),
        (x0, area.dim_in_pixel().1 as i32 - pen.px(22.0)),
        13.0,
        &MUTED,
    )?;
    Ok(y)
}
