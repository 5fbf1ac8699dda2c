//! The zone colours, shared by the app's views and the exported figures so that a figure
//! looks like the screen it came from.

use gz_core::model::Zone;

/// Zone colours as sRGB bytes. The standard set is saturated enough to read on a projector
/// and distinct in lightness, so red and green still differ for the commonest colour-vision
/// deficiencies. The colour-blind-safe set takes its hues from Okabe and Ito's palette
/// (vermillion, bluish green, grey, blue), which stay apart under deuteranopia and protanopia.
/// Maps add patterns to red and green cells either way, so colour is never the only cue.
#[must_use]
pub fn zone_rgb(zone: Zone, colour_blind_safe: bool) -> [u8; 3] {
    if colour_blind_safe {
        return match zone {
            Zone::Red => [0xD5, 0x5E, 0x00],
            Zone::Green => [0x00, 0x9E, 0x73],
            Zone::Gray => [0xBB, 0xBB, 0xBB],
            Zone::Blue => [0x00, 0x72, 0xB2],
        };
    }
    match zone {
        Zone::Red => [0xC6, 0x28, 0x28],
        Zone::Green => [0x5C, 0xC0, 0x5F],
        Zone::Gray => [0x9E, 0x9E, 0x9E],
        Zone::Blue => [0x1E, 0x63, 0xC8],
    }
}

/// Sensitivity bars with the driver at the bottom and at the top of its range: Okabe and Ito's
/// orange and sky blue. Neither is a zone colour in either palette, so a bar is not read as a
/// zone, and the pair stays apart under red-green colour blindness.
pub const RANGE_MIN_RGB: [u8; 3] = [0xE6, 0x9F, 0x00];
pub const RANGE_MAX_RGB: [u8; 3] = [0x56, 0xB4, 0xE9];

/// A cell's colour from its zone chances: the zones' colours mixed in linear light, so that a
/// 50/50 cell looks halfway between (the app's map mixes the same way).
#[must_use]
pub fn blend_rgb(chances: [f32; 4], colour_blind_safe: bool) -> [u8; 3] {
    let mut linear = [0.0_f32; 3];
    for zone in Zone::ALL {
        let rgb = zone_rgb(zone, colour_blind_safe);
        for (sum, byte) in linear.iter_mut().zip(rgb) {
            *sum += chances[zone.index()] * to_linear(byte);
        }
    }
    linear.map(from_linear)
}

fn to_linear(byte: u8) -> f32 {
    let c = f32::from(byte) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn from_linear(l: f32) -> u8 {
    let l = l.clamp(0.0, 1.0);
    let c = if l <= 0.003_130_8 {
        l * 12.92
    } else {
        1.055 * l.powf(1.0 / 2.4) - 0.055
    };
    (c * 255.0).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certain_cell_has_its_zone_colour_and_an_even_mix_lies_between() {
        for cb in [false, true] {
            for zone in Zone::ALL {
                let mut p = [0.0; 4];
                p[zone.index()] = 1.0;
                assert_eq!(blend_rgb(p, cb), zone_rgb(zone, cb));
            }
        }
        let mix = blend_rgb([0.5, 0.0, 0.0, 0.5], false);
        let (red, blue) = (zone_rgb(Zone::Red, false), zone_rgb(Zone::Blue, false));
        for k in 0..3 {
            assert!(mix[k] >= red[k].min(blue[k]) && mix[k] <= red[k].max(blue[k]));
        }
    }
}
