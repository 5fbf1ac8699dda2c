//! The design tokens of `gz_core::style` as plotters colours, and the figure's choice of zone
//! palette. The only place in the figure crate that makes a colour from numbers.

use plotters::style::RGBColor;

use gz_core::model::{Category, Zone};
use gz_core::style::{Rgb, ZonePalette};

/// A token as a plotters colour.
#[allow(clippy::disallowed_methods)] // The one conversion from tokens to plotters colours.
#[must_use]
pub const fn colour([r, g, b]: Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

/// A zone's colour in `palette`.
#[must_use]
pub fn zone_colour(palette: ZonePalette, zone: Zone) -> RGBColor {
    colour(palette.zone_rgb(zone))
}

/// A reporting category's colour in `palette` (held land darker than gray).
#[must_use]
pub fn category_colour(palette: ZonePalette, category: Category) -> RGBColor {
    colour(palette.category_rgb(category))
}

/// A cell's colour from its zone chances (see [`ZonePalette::blend_rgb`]).
#[must_use]
pub fn blend_colour(palette: ZonePalette, chances: [f32; 4]) -> RGBColor {
    colour(palette.blend_rgb(chances))
}

/// A zone's colour faded most of the way to the paper: a cell the same in both compared
/// scenarios (the screen fades it to the map's background by the same share).
#[must_use]
pub fn faded_zone_colour(palette: ZonePalette, zone: Zone) -> RGBColor {
    toward_paper(palette.zone_rgb(zone), 0.72)
}

/// A cell with nothing to compare on the day (one scenario has ended): a pale gray.
#[must_use]
pub fn no_comparison_colour() -> RGBColor {
    toward_paper(gz_core::style::paper::MUTED, 0.8)
}

fn toward_paper(rgb: Rgb, share: f64) -> RGBColor {
    let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * share).round() as u8;
    colour(rgb.map(mix))
}
