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
