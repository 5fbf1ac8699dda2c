//! The start page's gallery: every bundled scenario with a small map of its last day, so that a
//! newcomer sees at a glance which stories end red, blue or partitioned before opening one.

use std::sync::OnceLock;

use eframe::egui::{self, Color32, Mesh, Sense, Shape, Stroke, Vec2};
use gz_core::geo::Grid;
use gz_core::geo::outline::MapGeometry;
use gz_core::model::{Mode, Plan, Record};
use gz_core::scenario::{BUNDLED, Scenario};

use super::super::super::theme::Palette;
use super::super::super::views::map::{Transform, add_fan};

/// One bundled scenario as the gallery shows it.
pub struct Card {
    /// Its place in [`BUNDLED`], for opening it.
    pub index: usize,
    /// The file's stem, which names its one-line story among the messages.
    pub stem: &'static str,
    pub title: String,
    pub start_date: jiff::civil::Date,
    pub last_day: u32,
    /// Each cell's zone chances on the last day (an expected run), and whether it is held.
    pub chances: Vec<[f32; 4]>,
    pub held: Vec<bool>,
}

/// The cards, computed on first use: one expected run of each bundled scenario, about a
/// hundred milliseconds in all, kept for the rest of the session (they never change).
pub fn cards() -> &'static [Card] {
    static CARDS: OnceLock<Vec<Card>> = OnceLock::new();
    CARDS.get_or_init(|| {
        BUNDLED
            .iter()
            .enumerate()
            .filter_map(|(index, bundled)| {
                let scenario = bundled.load().ok()?;
                Some(card(index, bundled.file_name, &scenario))
            })
            .collect()
    })
}

fn card(index: usize, file_name: &'static str, scenario: &Scenario) -> Card {
    let grid = Grid::strip();
    let out = Plan::new(grid, &scenario.inputs()).run(Mode::Expected, scenario.seed, Record::Cells);
    let last = scenario.horizon_days as usize;
    let cells = grid.len();
    Card {
        index,
        stem: file_name.strip_suffix(".ron").unwrap_or(file_name),
        title: scenario.meta.title.clone(),
        start_date: scenario.start_date,
        last_day: scenario.horizon_days,
        chances: (0..cells)
            .map(|c| out.probabilities(last, c).unwrap_or([1.0, 0.0, 0.0, 0.0]))
            .collect(),
        held: (0..cells).map(|c| out.is_held(last, c)).collect(),
    }
}

/// The card's small map, `size` points square, clickable.
pub fn thumbnail_ui(
    ui: &mut egui::Ui,
    card: &Card,
    size: f32,
    palette: &Palette,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::click());
    let painter = ui.painter_at(rect);
    let frame = if response.hovered() {
        palette.cursor
    } else {
        palette.cell_edge
    };
    painter.rect_filled(rect, 4.0, palette.map_background);
    let geometry = MapGeometry::strip();
    let t = Transform::fitting(rect, 1.0, Vec2::ZERO);
    let to_screen = |p: [f64; 2]| t.to_screen(p);
    let mut mesh = Mesh::default();
    for (c, fans) in geometry.cell_fans.iter().enumerate() {
        let colour = card
            .chances
            .get(c)
            .map_or(Color32::TRANSPARENT, |p| palette.blend_zones(*p));
        for fan in fans {
            add_fan(&mut mesh, fan.iter().map(|&p| to_screen(p)), colour);
        }
    }
    painter.add(Shape::mesh(mesh));
    // Held land hatched, as on the big map, so that the thumbnail reads the same way.
    let hatch = Stroke::new(0.8, palette.hatch);
    for (c, lines) in geometry.hatches.iter().enumerate() {
        if card.held.get(c) == Some(&true) {
            for line in lines {
                painter.line_segment(line.map(&to_screen), hatch);
            }
        }
    }
    painter.rect_stroke(
        rect,
        4.0,
        Stroke::new(if response.hovered() { 2.0 } else { 1.0 }, frame),
        egui::StrokeKind::Inside,
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use gz_core::model::Zone;

    #[test]
    fn every_bundled_scenario_has_a_card_and_the_default_comes_first() {
        let cards = cards();
        assert_eq!(cards.len(), BUNDLED.len());
        assert_eq!(cards[0].stem, "where_things_stand");
        let grid = Grid::strip();
        for card in cards {
            assert_eq!(card.chances.len(), grid.len(), "{}", card.stem);
        }
    }

    #[test]
    fn the_maps_differ_where_the_stories_do() {
        let blue_km2 = |stem: &str| {
            let card = cards().iter().find(|c| c.stem == stem).expect("bundled");
            let grid = Grid::strip();
            card.chances
                .iter()
                .zip(&grid.cells)
                .map(|(p, cell)| f64::from(p[Zone::Blue.index()]) * cell.area_km2)
                .sum::<f64>()
        };
        // Full Phase II ends with much of the Strip blue; the stalled baseline with none.
        assert!(blue_km2("full_phase_two") > 50.0);
        assert!(blue_km2("stalled_phase_two") < 1.0);
    }
}
