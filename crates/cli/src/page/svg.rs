//! The two drawings of the page as inline SVG: the map's fixed parts (cells, boundaries,
//! names; the script colours the cells and draws the held land, the line and the patterns
//! for the week shown), and the people chart, drawn whole, with a cursor the script moves.

use std::fmt::Write;

use serde::Serialize;

use super::escape::html;
use super::frames::hex;
use gz_core::geo::Grid;
use gz_core::geo::outline::MapGeometry;
use gz_core::model::{Category, DayRecord};
use gz_core::style::ZonePalette;
use gz_i18n::names;

/// Map units per kilometre: a unit is ten metres, finer than the boundary data means anything
/// at, so that coordinates are whole numbers.
const UNITS_PER_KM: f64 = 100.0;
/// Room around the Strip, in map units.
const MAP_PAD: f64 = 40.0;

/// What the script needs to draw over the map: each cell's centre (for its pattern) and the
/// edges between neighbouring cells (the withdrawal line runs along those between a held and
/// an open cell), as `[a, b, x1, y1, x2, y2]`.
#[derive(Debug, Serialize)]
pub struct MapParts {
    pub centres: Vec<[i64; 2]>,
    pub edges: Vec<[i64; 6]>,
    /// The radius of a pattern mark, in map units.
    pub mark: i64,
}

struct Fit {
    min: [f64; 2],
    max: [f64; 2],
}

impl Fit {
    fn at(&self, p: [f64; 2]) -> [i64; 2] {
        [
            ((p[0] - self.min[0]) * UNITS_PER_KM + MAP_PAD).round() as i64,
            ((self.max[1] - p[1]) * UNITS_PER_KM + MAP_PAD).round() as i64,
        ]
    }

    fn size(&self) -> [i64; 2] {
        let [w, h] = self.at([self.max[0], self.min[1]]);
        [w + MAP_PAD as i64, h + MAP_PAD as i64]
    }
}

/// Appends a number to path data: a space before it unless its minus sign separates it.
fn push_number(out: &mut String, value: i64, first: bool) {
    if !first && value >= 0 {
        out.push(' ');
    }
    let _ = write!(out, "{value}");
}

/// A closed path through `points`, each step relative to the one before: short numbers keep
/// the four hundred outlines small.
fn ring_path(out: &mut String, points: impl IntoIterator<Item = [i64; 2]>) {
    let mut points = points.into_iter();
    let Some([x0, y0]) = points.next() else {
        return;
    };
    let _ = write!(out, "M{x0} {y0}l");
    let (mut x, mut y) = (x0, y0);
    let mut first = true;
    for [px, py] in points {
        if [px, py] == [x, y] {
            continue;
        }
        push_number(out, px - x, first);
        push_number(out, py - y, false);
        (x, y, first) = (px, py, false);
    }
    out.push('z');
}

/// The map: a path per cell (in cell order, uncoloured), the layers the script fills, the
/// governorate boundaries and names. `label` names the drawing for screen readers.
#[must_use]
pub fn map(label: &str) -> (String, MapParts) {
    let geometry = MapGeometry::strip();
    let grid = Grid::strip();
    let fit = Fit {
        min: geometry.min,
        max: geometry.max,
    };
    let [w, h] = fit.size();
    let mut svg = String::with_capacity(200_000);
    let _ = write!(
        svg,
        r#"<svg id="map" viewBox="0 0 {w} {h}" role="img" aria-label="{}">"#,
        html(label)
    );
    // Held land is hatched: diagonals 25 units (250 m) apart.
    svg.push_str(
        r#"<defs><pattern id="hatch" width="25" height="25" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="25" class="hatch-line"/></pattern></defs>"#,
    );
    let _ = write!(svg, r#"<rect class="sea" width="{w}" height="{h}"/>"#);
    svg.push_str(r#"<g id="cells">"#);
    for fans in &geometry.cell_fans {
        let mut d = String::new();
        for fan in fans {
            // The fan starts with its centre; the ring follows.
            ring_path(&mut d, fan.iter().skip(1).map(|&p| fit.at(p)));
        }
        let _ = write!(svg, r#"<path d="{d}"/>"#);
    }
    svg.push_str("</g>");
    svg.push_str(r#"<path id="held" fill="url(#hatch)"/>"#);
    svg.push_str(r#"<path id="crosses" class="mark"/><path id="rings" class="mark"/>"#);
    svg.push_str(r#"<path id="line"/>"#);
    let mut borders = String::new();
    for ring in &geometry.borders {
        ring_path(&mut borders, ring.iter().map(|&p| fit.at(p)));
    }
    let _ = write!(svg, r#"<path class="border" d="{borders}"/>"#);
    for (g, p) in &geometry.labels {
        let [x, y] = fit.at(*p);
        let _ = write!(
            svg,
            r#"<text class="place" x="{x}" y="{y}">{}</text>"#,
            html(&names::governorate(*g))
        );
    }
    svg.push_str("</svg>");
    let parts = MapParts {
        centres: grid
            .cells
            .iter()
            .map(|cell| fit.at(grid.projection.plane_from_lonlat(cell.centre_lonlat)))
            .collect(),
        edges: geometry
            .shared_edges
            .iter()
            .map(|&(a, b, [p, q])| {
                let ([x1, y1], [x2, y2]) = (fit.at(p), fit.at(q));
                [a as i64, b as i64, x1, y1, x2, y2]
            })
            .collect(),
        // As the exported map's: about a fifth of a cell.
        mark: (0.22 * UNITS_PER_KM).round() as i64,
    };
    (svg, parts)
}

/// The chart's size and plot area, in its own units.
const CHART_W: f64 = 1000.0;
const CHART_H: f64 = 230.0;
const PLOT_LEFT: f64 = 48.0;
const PLOT_RIGHT: f64 = 988.0;
const PLOT_TOP: f64 = 16.0;
const PLOT_BOTTOM: f64 = 200.0;

/// Where the script puts the cursor: `x = left + day / horizon × (right − left)`.
#[derive(Debug, Serialize)]
pub struct ChartParts {
    /// The chart's width in its units (a click's place is measured against it).
    pub width: f64,
    pub left: f64,
    pub right: f64,
    pub horizon: u32,
}

/// People by reporting category, stacked (red at the bottom, as the exported chart), with
/// ticks for the days events took effect, a cursor line, and the held band hatched as on the
/// map. `label` names the drawing for screen readers; `event_days` are marked on the top.
#[must_use]
pub fn people_chart(
    days: &[DayRecord],
    zones: ZonePalette,
    event_days: &[(u32, String)],
    label: &str,
) -> (String, ChartParts) {
    let horizon = days.len().saturating_sub(1).max(1) as u32;
    let x = |day: f64| PLOT_LEFT + day / f64::from(horizon) * (PLOT_RIGHT - PLOT_LEFT);
    // Cumulative tops, category by category.
    let mut tops: Vec<Vec<f64>> = Vec::with_capacity(Category::ALL.len());
    let mut below = vec![0.0; days.len()];
    for &category in &Category::ALL {
        below = below
            .iter()
            .zip(days)
            .map(|(b, d)| b + d.reported().people_in(category))
            .collect();
        tops.push(below.clone());
    }
    let highest = tops
        .last()
        .map_or(0.0, |t| t.iter().copied().fold(0.0, f64::max));
    // The axis in half millions, up to the first step above the highest total.
    let step = 500_000.0;
    let axis_max = ((highest / step).floor() + 1.0).max(1.0) * step;
    let y = |v: f64| PLOT_BOTTOM - v / axis_max * (PLOT_BOTTOM - PLOT_TOP);
    let mut svg = String::with_capacity(60_000);
    let _ = write!(
        svg,
        r#"<svg id="chart" viewBox="0 0 {CHART_W} {CHART_H}" role="img" aria-label="{}">"#,
        html(label)
    );
    svg.push_str(
        r#"<defs><pattern id="chart-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" class="hatch-line"/></pattern></defs>"#,
    );
    // Grid and the people axis.
    let mut v = 0.0;
    while v <= axis_max + 1.0 {
        let yy = y(v);
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{PLOT_LEFT}" x2="{PLOT_RIGHT}" y1="{yy:.1}" y2="{yy:.1}"/><text class="tick" x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            PLOT_LEFT - 6.0,
            yy + 5.0,
            gz_i18n::format::trim(v / 1e6, 1)
        );
        v += step;
    }
    // The day axis: a tick every 100 days (every 50 in short runs).
    let every = if horizon > 300 { 100 } else { 50 };
    for day in (0..=horizon).step_by(every) {
        let xx = x(f64::from(day));
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{xx:.1}" x2="{xx:.1}" y1="{PLOT_TOP}" y2="{PLOT_BOTTOM}"/><text class="tick" x="{xx:.1}" y="{}" text-anchor="middle">{day}</text>"#,
            PLOT_BOTTOM + 22.0
        );
    }
    // Bands from the top down, each from the axis to its top, so that each hides the part of
    // the one above it that lies below its own top.
    for (k, &category) in Category::ALL.iter().enumerate().rev() {
        let mut points = String::new();
        let top = &tops[k];
        for (d, &v) in top.iter().enumerate() {
            // Points in the middle of a flat run add nothing to the outline.
            let same = |o: Option<&f64>| o.is_some_and(|&o| (y(o) - y(v)).abs() < 0.05);
            if d > 0 && d + 1 < top.len() && same(top.get(d - 1)) && same(top.get(d + 1)) {
                continue;
            }
            let _ = write!(points, "{:.1},{:.1} ", x(d as f64), y(v));
        }
        let _ = write!(
            points,
            "{:.1},{PLOT_BOTTOM} {PLOT_LEFT},{PLOT_BOTTOM}",
            x(f64::from(horizon))
        );
        let fill = hex(zones.category_rgb(category));
        let _ = write!(svg, r#"<polygon fill="{fill}" points="{points}"/>"#);
        if category == Category::Held {
            let _ = write!(
                svg,
                r#"<polygon fill="url(#chart-hatch)" points="{points}"/>"#
            );
        }
    }
    for (day, title) in event_days {
        let xx = x(f64::from(*day));
        let _ = write!(
            svg,
            r#"<path class="event" d="M{xx:.1} {PLOT_TOP}l-4 -9h8z"><title>{}</title></path>"#,
            html(title)
        );
    }
    let _ = write!(
        svg,
        r#"<line id="cursor" x1="{PLOT_LEFT}" x2="{PLOT_LEFT}" y1="{}" y2="{PLOT_BOTTOM}"/>"#,
        PLOT_TOP - 10.0
    );
    svg.push_str("</svg>");
    (
        svg,
        ChartParts {
            width: CHART_W,
            left: PLOT_LEFT,
            right: PLOT_RIGHT,
            horizon,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_is_one_closed_subpath() {
        let mut d = String::new();
        ring_path(&mut d, [[1, 2], [3, 4], [3, 4], [5, 1]]);
        assert_eq!(d, "M1 2l2 2 2-3z");
    }

    #[test]
    fn the_map_has_a_path_per_cell_and_an_edge_list() {
        let (svg, parts) = map("map");
        let cells = Grid::strip().len();
        let inside = svg
            .split(r#"<g id="cells">"#)
            .nth(1)
            .and_then(|s| s.split("</g>").next())
            .expect("the cells' group");
        assert_eq!(inside.matches("<path ").count(), cells);
        assert_eq!(parts.centres.len(), cells);
        assert!(!parts.edges.is_empty());
        assert!(!svg.contains("http"), "no namespace or other address");
    }
}
