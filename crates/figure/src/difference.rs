//! The difference map as a figure: where two scenarios put a cell in different zones on one
//! day, drawn as the app's Compare view draws it. A cell that differs is split, its top half
//! in the current scenario's zone and its bottom half in the compared one's, each with its
//! zone's pattern; cells that agree are faded; the land that differs is outlined. Colour is
//! never the only cue.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::colours::{faded_zone_colour, no_comparison_colour, zone_colour};
use super::map::{Fit, borders_and_names, geometry, pattern_mark};
use super::{FigureError, INK, MUTED, Pen, draw_error};
use gz_core::geo::Grid;
use gz_core::model::{RunOutput, Zone};
use gz_core::scenario::Scenario;
use gz_core::style::{ZonePalette, paper};
use gz_i18n::{names, tr};

/// Two runs (recorded with cells) compared on one day.
pub struct DifferenceFigure<'a> {
    pub current: &'a RunOutput,
    pub compared: &'a RunOutput,
    /// The compared scenario's name, as the legend and the caption give it.
    pub compared_label: String,
    pub day: u32,
    /// The day's date in each scenario, when their start dates differ.
    pub dates: Option<(String, String)>,
    /// The compared scenario's last day, for a day past it.
    pub compared_last_day: u32,
}

/// One cell in both runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellPair {
    pub current: Zone,
    pub compared: Zone,
}

impl CellPair {
    #[must_use]
    pub fn differs(self) -> bool {
        self.current != self.compared
    }
}

/// Per cell, both runs' zones on `day` (a cell's most likely zone in an expected-value run);
/// `None` where either run has no record of the day.
#[must_use]
pub fn cell_pairs(current: &RunOutput, compared: &RunOutput, day: u32) -> Vec<Option<CellPair>> {
    let d = day as usize;
    (0..Grid::strip().cells.len())
        .map(|c| match (current.zone_of(d, c), compared.zone_of(d, c)) {
            (Some(current), Some(compared)) => Some(CellPair { current, compared }),
            _ => None,
        })
        .collect()
}

impl<'a> DifferenceFigure<'a> {
    /// The figure of where `compared` differs from `current` on `day`, with its subtitle,
    /// which names both scenarios and the day. The app's Export and `gaza-zones figure --kind
    /// difference` both build it here.
    #[must_use]
    pub fn with_subtitle(
        (current, current_scenario): (&'a RunOutput, &Scenario),
        (compared, compared_scenario, compared_label): (&'a RunOutput, &Scenario, &str),
        day: u32,
    ) -> (Self, String) {
        let date = |s: &Scenario| gz_i18n::names::calendar_date(s.start_date, day);
        let dates = (current_scenario.start_date != compared_scenario.start_date).then(|| {
            (
                date(current_scenario).unwrap_or_default(),
                date(compared_scenario).unwrap_or_default(),
            )
        });
        let current_title = current_scenario.meta.title.replace(['\n', '\r'], " ");
        let compared_label = compared_label.replace(['\n', '\r'], " ");
        let subtitle = if let Some(date) = date(current_scenario) {
            tr!(
                "figure-difference-subtitle",
                current = current_title.as_str(),
                compared = compared_label.as_str(),
                day = day.to_string(),
                date = date
            )
        } else {
            tr!(
                "figure-difference-subtitle-undated",
                current = current_title.as_str(),
                compared = compared_label.as_str(),
                day = day.to_string()
            )
        };
        (
            Self {
                current,
                compared,
                compared_label,
                day,
                dates,
                compared_last_day: compared_scenario.horizon_days,
            },
            subtitle,
        )
    }
}

pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &DifferenceFigure,
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    let pairs = cell_pairs(figure.current, figure.compared, figure.day);
    let (w, _) = area.dim_in_pixel();
    let legend_w = (pen.px(430.0) as u32).min(w * 2 / 5);
    let (map_area, legend_area) = area.split_horizontally(w - legend_w);
    draw_map(&map_area, &pairs, zones, pen)?;
    draw_legend(&legend_area, figure, &pairs, zones, pen)
}

const SEA: RGBColor = super::colours::colour(paper::SEA);

fn draw_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    pairs: &[Option<CellPair>],
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    let geometry = geometry();
    let fit = Fit::new(geometry, area.dim_in_pixel());
    area.fill(&SEA).map_err(draw_error)?;
    let differs = |c: usize| {
        pairs
            .get(c)
            .copied()
            .flatten()
            .is_some_and(CellPair::differs)
    };
    let ring_px =
        |ring: &[[f64; 2]]| -> Vec<(i32, i32)> { ring.iter().map(|&p| fit.px(p)).collect() };
    let fill = |ring: Vec<(i32, i32)>, colour: RGBColor| -> Result<(), FigureError> {
        area.draw(&Polygon::new(ring.clone(), colour.filled()))
            .map_err(draw_error)?;
        // Outlined in its own colour, so that neighbours meet without hairline seams.
        area.draw(&PathElement::new(ring, colour.stroke_width(1)))
            .map_err(draw_error)
    };
    for (c, fans) in geometry.cell_fans.iter().enumerate() {
        let colour = match pairs.get(c).copied().flatten() {
            Some(pair) if pair.differs() => zone_colour(zones, pair.current),
            Some(pair) => faded_zone_colour(zones, pair.current),
            None => no_comparison_colour(),
        };
        for fan in fans {
            fill(ring_px(&fan[1..]), colour)?;
        }
    }
    // Each differing cell: its bottom half in the compared zone, a faint edge, and both
    // zones' patterns in their halves.
    let mark_px = (0.22 * 0.7 * fit.px_per_km).round() as i32;
    let mark = BLACK.mix(0.45).stroke_width(pen.px(1.2).max(1) as u32);
    let edge = MUTED.mix(0.6).stroke_width(1);
    for (c, pair) in pairs.iter().enumerate() {
        let Some(pair) = pair.filter(|p| p.differs()) else {
            continue;
        };
        for [top, bottom] in geometry.halves(c) {
            if bottom.len() >= 3 {
                fill(ring_px(&bottom), zone_colour(zones, pair.compared))?;
            }
            for (half, zone) in [(&top, pair.current), (&bottom, pair.compared)] {
                if let Some(centre) = gz_core::geo::outline::vertex_mean(half)
                    && mark_px >= 2
                {
                    pattern_mark(area, zone, fit.px(centre), mark_px, mark)?;
                }
            }
        }
        for fan in &geometry.cell_fans[c] {
            let mut ring = ring_px(&fan[1..]);
            if let Some(&first) = ring.first() {
                ring.push(first);
            }
            area.draw(&PathElement::new(ring, edge))
                .map_err(draw_error)?;
        }
    }
    // The outline between the land that differs and the land that does not.
    let outline = INK.stroke_width(pen.px(2.5).max(1) as u32);
    for &(a, b, edge) in &geometry.shared_edges {
        if differs(a) != differs(b) {
            area.draw(&PathElement::new(edge.map(|p| fit.px(p)).to_vec(), outline))
                .map_err(draw_error)?;
        }
    }
    borders_and_names(area, &fit, pen)
}

fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    figure: &DifferenceFigure,
    pairs: &[Option<CellPair>],
    zones: ZonePalette,
    pen: Pen,
) -> Result<(), FigureError> {
    let x0 = pen.px(22.0);
    let row = pen.px(40.0);
    let swatch = pen.px(22.0);
    let legend_w = area.dim_in_pixel().0 as i32;
    let text = |t: String, at: (i32, i32), size: f64, colour: &RGBColor| {
        let font = pen.font(size);
        let fitted = super::fit_text(&t, &font, legend_w - at.0 - pen.px(4.0))?;
        area.draw(&Text::new(fitted, at, font.color(colour)))
            .map_err(draw_error)
    };
    let mut y = pen.px(8.0);
    let grid = Grid::strip();
    let heading = if pairs.iter().any(Option::is_some) {
        let (cells, km2) = pairs
            .iter()
            .zip(&grid.cells)
            .filter(|(p, _)| p.is_some_and(CellPair::differs))
            .fold((0_usize, 0.0), |(n, a), (_, cell)| {
                (n + 1, a + cell.area_km2)
            });
        tr!(
            "difference-summary",
            cells = cells,
            km2 = format!("{km2:.1}"),
            day = figure.day
        )
    } else {
        tr!(
            "difference-ended",
            label = figure.compared_label.as_str(),
            last = figure.compared_last_day,
            day = figure.day
        )
    };
    area.draw(&Text::new(
        super::fit_text(&heading, &pen.bold(20.0), legend_w - x0 - pen.px(4.0))?,
        (x0, y),
        pen.bold(20.0).color(&INK),
    ))
    .map_err(draw_error)?;
    y += pen.px(48.0);
    let tx = x0 + swatch + pen.px(12.0);

    // The split cell, once with its top half filled and once with its bottom half.
    for (top, words) in [
        (true, tr!("difference-top-half")),
        (
            false,
            tr!(
                "difference-bottom-half",
                label = figure.compared_label.as_str()
            ),
        ),
    ] {
        // A square cell outlined, the half that is meant filled.
        let (l, r) = (x0, x0 + swatch);
        let (t, b) = (y, y + swatch);
        let middle = i32::midpoint(t, b);
        let half = if top {
            [(l, t), (r, middle)]
        } else {
            [(l, middle), (r, b)]
        };
        area.draw(&Rectangle::new(half, INK.filled()))
            .map_err(draw_error)?;
        area.draw(&Rectangle::new([(l, t), (r, b)], INK.stroke_width(1)))
            .map_err(draw_error)?;
        text(words, (tx, y), 17.0, &INK)?;
        y += row;
    }
    area.draw(&Rectangle::new(
        [(x0, y), (x0 + swatch, y + swatch)],
        faded_zone_colour(zones, Zone::Gray).filled(),
    ))
    .map_err(draw_error)?;
    text(tr!("difference-faded"), (tx, y), 17.0, &INK)?;
    y += row;
    area.draw(&PathElement::new(
        vec![(x0, y + swatch / 2), (x0 + swatch, y + swatch / 2)],
        INK.stroke_width(pen.px(2.5).max(1) as u32),
    ))
    .map_err(draw_error)?;
    text(tr!("difference-outline"), (tx, y), 17.0, &INK)?;
    y += row;
    // The zones, with their patterns.
    for zone in Zone::ALL {
        area.draw(&Rectangle::new(
            [(x0, y), (x0 + swatch, y + swatch)],
            zone_colour(zones, zone).filled(),
        ))
        .map_err(draw_error)?;
        let (cx, cy, r) = (x0 + swatch / 2, y + swatch / 2, swatch / 4);
        pattern_mark(
            area,
            zone,
            (cx, cy),
            r + r / 3,
            BLACK.mix(0.5).stroke_width(pen.px(1.4).max(1) as u32),
        )?;
        text(names::zone(zone), (tx, y), 17.0, &INK)?;
        y += pen.px(32.0);
    }
    if let Some((here, there)) = &figure.dates {
        y += pen.px(8.0);
        text(
            tr!(
                "difference-start-dates",
                day = figure.day,
                here = here.as_str(),
                there = there.as_str()
            ),
            (x0, y),
            15.0,
            &colour_warning(),
        )?;
    }
    text(
        tr!("figure-boundaries"),
        (x0, area.dim_in_pixel().1 as i32 - pen.px(22.0)),
        13.0,
        &MUTED,
    )
}

fn colour_warning() -> RGBColor {
    super::colours::colour(paper::MARKER)
}
