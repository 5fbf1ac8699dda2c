//! Every colour the app uses.

use eframe::egui::Color32;

use crate::model::Zone;

/// Zone colours: saturated enough to read on a projector, distinct in lightness so that
/// red and green still differ for the most common colour-vision deficiencies.
#[must_use]
pub fn zone_colour(zone: Zone) -> Color32 {
    match zone {
        Zone::Red => Color32::from_rgb(0xC6, 0x28, 0x28),
        Zone::Green => Color32::from_rgb(0x4C, 0xAF, 0x50),
        Zone::Gray => Color32::from_rgb(0x9E, 0x9E, 0x9E),
        Zone::Blue => Color32::from_rgb(0x1E, 0x63, 0xC8),
    }
}

/// The same colour, see-through, for filled areas.
#[must_use]
pub fn zone_fill(zone: Zone) -> Color32 {
    zone_colour(zone).gamma_multiply(0.75)
}

pub const CAPTION: Color32 = Color32::from_rgb(0xB0, 0xB0, 0xB0);
