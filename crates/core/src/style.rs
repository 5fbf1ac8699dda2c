//! Design tokens: every colour the app and the figures draw with, as plain bytes, so that a
//! figure looks like the screen it came from and a colour is changed in one place.
//!
//! The app turns these into egui colours (`gz_app::theme`), the figure crate into plotters
//! colours (`gz_figure::colours`); a clippy rule (clippy.toml) refuses colour literals anywhere
//! else.

use crate::model::{Category, Zone};

/// sRGB bytes.
pub type Rgb = [u8; 3];
/// sRGB bytes with alpha, premultiplied (as egui stores them): `[0, 0, 0, 60]` is black at
/// about a quarter opacity.
pub type Rgba = [u8; 4];

/// Which zone colours to draw with: a preference of the app, an option of the `figure` command.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ZonePalette {
    /// Saturated enough to read on a projector and distinct in lightness, so red and green still
    /// differ for the commonest colour-vision deficiencies.
    #[default]
    Standard,
    /// Okabe and Ito's hues (vermillion, bluish green, grey, blue), which stay apart under
    /// deuteranopia and protanopia.
    ColourBlindSafe,
}

impl ZonePalette {
    #[must_use]
    pub fn new(colour_blind_safe: bool) -> Self {
        if colour_blind_safe {
            Self::ColourBlindSafe
        } else {
            Self::Standard
        }
    }

    /// A zone's colour. Maps add patterns to red and green cells in either palette
    /// ([`pattern_of`]), so colour is never the only cue.
    #[must_use]
    pub fn zone_rgb(self, zone: Zone) -> Rgb {
        match (self, zone) {
            (Self::ColourBlindSafe, Zone::Red) => [0xD5, 0x5E, 0x00],
            (Self::ColourBlindSafe, Zone::Green) => [0x00, 0x9E, 0x73],
            (Self::ColourBlindSafe, Zone::Gray) => [0xBB, 0xBB, 0xBB],
            (Self::ColourBlindSafe, Zone::Blue) => [0x00, 0x72, 0xB2],
            (Self::Standard, Zone::Red) => [0xC6, 0x28, 0x28],
            (Self::Standard, Zone::Green) => [0x5C, 0xC0, 0x5F],
            (Self::Standard, Zone::Gray) => [0x9E, 0x9E, 0x9E],
            (Self::Standard, Zone::Blue) => [0x1E, 0x63, 0xC8],
        }
    }

    /// A reporting category's colour in charts and tables: its zone's, and for the held gray
    /// land a darker gray, as the map's hatching darkens gray cells behind the line. Apart from
    /// gray in lightness in both palettes, so that the held band of a chart reads without hue.
    #[must_use]
    pub fn category_rgb(self, category: Category) -> Rgb {
        match (self, category) {
            (Self::ColourBlindSafe, Category::Held) => HELD_CB_RGB,
            (Self::Standard, Category::Held) => HELD_RGB,
            (_, c) => self.zone_rgb(c.zone()),
        }
    }

    /// A cell's colour from its zone chances: the zones' colours mixed in linear light, so that
    /// a 50/50 cell looks halfway between.
    #[must_use]
    pub fn blend_rgb(self, chances: [f32; 4]) -> Rgb {
        let mut linear = [0.0_f32; 3];
        for zone in Zone::ALL {
            for (sum, byte) in linear.iter_mut().zip(self.zone_rgb(zone)) {
                *sum += chances[zone.index()] * to_linear(byte);
            }
        }
        linear.map(from_linear)
    }
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

/// The mark drawn over a cell so that its zone reads without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatternMark {
    /// Two diagonals, as wide as 1.4 times the mark's size.
    Cross,
    /// A circle of 0.8 times the mark's size.
    Ring,
}

/// The held gray land in charts and tables (see [`ZonePalette::category_rgb`]).
pub const HELD_RGB: Rgb = [0x5E, 0x5E, 0x5E];
/// The same in the colour-blind-safe palette, whose gray is lighter.
pub const HELD_CB_RGB: Rgb = [0x78, 0x78, 0x78];

/// A cross on red, a ring on green, nothing on gray and blue.
#[must_use]
pub fn pattern_of(zone: Zone) -> Option<PatternMark> {
    match zone {
        Zone::Red => Some(PatternMark::Cross),
        Zone::Green => Some(PatternMark::Ring),
        Zone::Gray | Zone::Blue => None,
    }
}

/// Sensitivity bars with the driver at the bottom and at the top of its range: Okabe and Ito's
/// orange and sky blue. Neither is a zone colour in either palette, so a bar is not read as a
/// zone, and the pair stays apart under red-green colour blindness.
pub const RANGE_MIN_RGB: Rgb = [0xE6, 0x9F, 0x00];
pub const RANGE_MAX_RGB: Rgb = [0x56, 0xB4, 0xE9];

/// The exported figures, drawn on white paper.
pub mod paper {
    use super::Rgb;

    /// Titles and strong text.
    pub const INK: Rgb = [0x20, 0x20, 0x20];
    /// Subtitles, captions, axes.
    pub const MUTED: Rgb = [0x55, 0x55, 0x55];
    /// Behind the map.
    pub const SEA: Rgb = [0xE4, 0xEE, 0xF6];
    /// The withdrawal line (the screen's light theme draws it the same).
    pub const LINE: Rgb = [0xE0, 0x9A, 0x00];
    /// The hatching of the held land.
    pub const HATCH: Rgb = [0x30, 0x30, 0x30];
    /// The legend's swatch for the held land: the map draws it in its zone's colour (gray,
    /// or green for a haven) under the hatching, so the swatch is the standard gray.
    pub const HELD_SWATCH: Rgb = [0x9E, 0x9E, 0x9E];
    /// Event markers on charts.
    pub const MARKER: Rgb = [0xC0, 0x70, 0x00];
    /// Chart grid lines, fine and coarse.
    pub const GRID_FINE: Rgb = [0xEE, 0xEE, 0xEE];
    pub const GRID_COARSE: Rgb = [0xD8, 0xD8, 0xD8];
    /// The tornado chart's grid, lighter than a time chart's so that the bars lead.
    pub const TORNADO_GRID_FINE: Rgb = [0xF0, 0xF0, 0xF0];
    pub const TORNADO_GRID_COARSE: Rgb = [0xDD, 0xDD, 0xDD];
}

/// The app's screen, in a light, a dark and a high-contrast look.
pub mod screen {
    use super::{RANGE_MAX_RGB, RANGE_MIN_RGB, Rgb, Rgba};

    const fn opaque([r, g, b]: Rgb) -> Rgba {
        [r, g, b, 0xFF]
    }

    const WHITE: Rgba = opaque([0xFF, 0xFF, 0xFF]);
    const BLACK: Rgba = opaque([0x00, 0x00, 0x00]);
    const SIGNAL_YELLOW: Rgba = opaque([0xFF, 0xEB, 0x00]);
    const AMBER: Rgba = opaque([0xFF, 0xD5, 0x4F]);
    /// The restricted zone's edge: orange, as the "orange line" of March 2026 was called; it
    /// is also drawn dashed, so that colour is not the only cue.
    const ORANGE: Rgba = opaque([0xFF, 0x8C, 0x1A]);

    const fn black_alpha(alpha: u8) -> Rgba {
        [0, 0, 0, alpha]
    }

    const fn white_alpha(alpha: u8) -> Rgba {
        [alpha, alpha, alpha, alpha]
    }

    /// The pattern mark drawn on red and green cells (and in the legend).
    pub const PATTERN_MARK: Rgba = [150, 150, 150, 150];
    /// Text and widget borders of the high-contrast look.
    pub const HIGH_CONTRAST_TEXT: Rgba = WHITE;
    /// Panels and windows of the high-contrast look.
    pub const HIGH_CONTRAST_FILL: Rgba = BLACK;
    /// The map's own shadows: under the selected cell's outline and under governorate names.
    pub const OUTLINE_SHADOW: Rgba = black_alpha(200);
    pub const LABEL_SHADOW: Rgba = black_alpha(160);
    /// Over the window around the part the guided tour explains: dark enough to set the part
    /// off, light enough that the rest of the window still says where the part sits.
    pub const TOUR_SHADE: Rgba = black_alpha(150);

    /// Colours that depend on the light or dark look; `C` is the drawing library's colour.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Look<C> {
        pub caption: C,
        pub map_background: C,
        pub cell_edge: C,
        pub governorate_border: C,
        pub governorate_label: C,
        pub line: C,
        pub restricted_line: C,
        pub hatch: C,
        pub cursor: C,
        pub event_marker: C,
        pub error: C,
        pub warning: C,
    }

    impl<C> Look<C> {
        /// The same look in another colour type.
        pub fn map<D>(self, f: impl Fn(C) -> D) -> Look<D> {
            Look {
                caption: f(self.caption),
                map_background: f(self.map_background),
                cell_edge: f(self.cell_edge),
                governorate_border: f(self.governorate_border),
                governorate_label: f(self.governorate_label),
                line: f(self.line),
                restricted_line: f(self.restricted_line),
                hatch: f(self.hatch),
                cursor: f(self.cursor),
                event_marker: f(self.event_marker),
                error: f(self.error),
                warning: f(self.warning),
            }
        }
    }

    #[must_use]
    pub fn look(dark: bool, high_contrast: bool) -> Look<Rgba> {
        if high_contrast {
            return Look {
                caption: WHITE,
                map_background: BLACK,
                cell_edge: BLACK,
                governorate_border: WHITE,
                governorate_label: WHITE,
                line: SIGNAL_YELLOW,
                restricted_line: ORANGE,
                hatch: BLACK,
                cursor: SIGNAL_YELLOW,
                event_marker: WHITE,
                error: opaque([0xFF, 0x60, 0x60]),
                warning: SIGNAL_YELLOW,
            };
        }
        if dark {
            Look {
                caption: opaque([0xB8, 0xB8, 0xB8]),
                map_background: opaque([0x1B, 0x2A, 0x38]),
                cell_edge: black_alpha(60),
                governorate_border: opaque([0xF0, 0xF0, 0xF0]),
                governorate_label: WHITE,
                line: AMBER,
                restricted_line: ORANGE,
                hatch: black_alpha(120),
                cursor: AMBER,
                event_marker: opaque([0xE0, 0xE0, 0xE0]),
                error: opaque([0xFF, 0x8A, 0x80]),
                warning: AMBER,
            }
        } else {
            Look {
                caption: opaque([0x50, 0x50, 0x50]),
                map_background: opaque([0xD6, 0xE6, 0xF2]),
                cell_edge: white_alpha(90),
                governorate_border: opaque([0x20, 0x20, 0x20]),
                governorate_label: BLACK,
                line: opaque(super::paper::LINE),
                restricted_line: opaque([0xC0, 0x40, 0x00]),
                hatch: black_alpha(110),
                cursor: opaque([0xD0, 0x80, 0x00]),
                event_marker: opaque([0x30, 0x30, 0x30]),
                error: opaque([0xB0, 0x00, 0x20]),
                warning: opaque([0x9A, 0x60, 0x00]),
            }
        }
    }

    /// Colours of the Sensitivity charts.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct RangeColours<C> {
        /// Bars with the driver at the minimum of its range.
        pub at_min: C,
        /// Bars with the driver at the maximum of its range.
        pub at_max: C,
        /// The scenario's own value: the line the bars grow from.
        pub baseline: C,
    }

    impl<C> RangeColours<C> {
        /// The same colours in another colour type.
        pub fn map<D>(self, f: impl Fn(C) -> D) -> RangeColours<D> {
            RangeColours {
                at_min: f(self.at_min),
                at_max: f(self.at_max),
                baseline: f(self.baseline),
            }
        }
    }

    /// Orange for a driver's minimum and sky blue for its maximum (see [`RANGE_MIN_RGB`]); the
    /// end labels say which is which, so colour is never the only cue. The baseline is the text
    /// colour, apart from both.
    #[must_use]
    pub fn range_colours(dark: bool, high_contrast: bool) -> RangeColours<Rgba> {
        if high_contrast {
            return RangeColours {
                at_min: WHITE,
                at_max: SIGNAL_YELLOW,
                baseline: opaque([0x00, 0xE5, 0xFF]),
            };
        }
        RangeColours {
            at_min: opaque(RANGE_MIN_RGB),
            at_max: opaque(RANGE_MAX_RGB),
            baseline: if dark {
                opaque([0xF0, 0xF0, 0xF0])
            } else {
                opaque([0x20, 0x20, 0x20])
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certain_cell_has_its_zone_colour_and_an_even_mix_lies_between() {
        for palette in [ZonePalette::Standard, ZonePalette::ColourBlindSafe] {
            for zone in Zone::ALL {
                let mut p = [0.0; 4];
                p[zone.index()] = 1.0;
                assert_eq!(palette.blend_rgb(p), palette.zone_rgb(zone));
            }
        }
        let standard = ZonePalette::Standard;
        let mix = standard.blend_rgb([0.5, 0.0, 0.0, 0.5]);
        let (red, blue) = (standard.zone_rgb(Zone::Red), standard.zone_rgb(Zone::Blue));
        for k in 0..3 {
            assert!(mix[k] >= red[k].min(blue[k]) && mix[k] <= red[k].max(blue[k]));
        }
    }

    #[test]
    fn held_land_is_darker_than_gray_in_both_palettes_and_the_rest_keep_their_zone_colour() {
        let light = |rgb: Rgb| rgb.iter().map(|&b| u32::from(b)).sum::<u32>();
        for palette in [ZonePalette::Standard, ZonePalette::ColourBlindSafe] {
            let held = palette.category_rgb(Category::Held);
            let gray = palette.zone_rgb(Zone::Gray);
            assert!(light(held) + 3 * 0x30 <= light(gray), "{palette:?}");
            for c in Category::ALL.into_iter().filter(|&c| c != Category::Held) {
                assert_eq!(palette.category_rgb(c), palette.zone_rgb(c.zone()));
            }
        }
    }

    #[test]
    fn the_held_swatch_is_the_gray_the_held_land_counts_as() {
        assert_eq!(
            paper::HELD_SWATCH,
            ZonePalette::Standard.zone_rgb(Zone::Gray)
        );
    }
}
