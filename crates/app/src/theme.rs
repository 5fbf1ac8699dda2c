//! Every colour and text size the app uses, in one place.

use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui::{self, Color32, FontId, TextStyle};

use gz_core::model::Zone;

/// The zone colours are one choice for the whole app (a preference), read by every view.
static COLOUR_BLIND_SAFE: AtomicBool = AtomicBool::new(false);

/// Switches every view to the colour-blind-safe zone colours (or back).
pub fn set_colour_blind_safe(on: bool) {
    COLOUR_BLIND_SAFE.store(on, Ordering::Relaxed);
}

fn rgb([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// A zone's colour in the palette chosen (see [`gz_figure::zone_rgb`] for why these).
#[must_use]
pub fn zone_colour(zone: Zone) -> Color32 {
    let [r, g, b] = gz_figure::zone_rgb(zone, COLOUR_BLIND_SAFE.load(Ordering::Relaxed));
    Color32::from_rgb(r, g, b)
}

/// The pattern mark drawn on red and green cells (and in the legend).
pub const PATTERN_MARK: Color32 = Color32::from_rgba_premultiplied(150, 150, 150, 150);

/// A cell's colour in an expected-value run: the zones' colours mixed by their chances, in
/// linear light so that a 50/50 cell looks halfway between.
#[must_use]
pub fn blend_zones(p: [f32; 4]) -> Color32 {
    let mut mix = egui::Rgba::TRANSPARENT;
    for zone in Zone::ALL {
        mix = mix + egui::Rgba::from(zone_colour(zone)) * p[zone.index()];
    }
    Color32::from(mix)
}

/// The same colour, slightly see-through, for filled areas in plots.
#[must_use]
pub fn zone_fill(zone: Zone) -> Color32 {
    zone_colour(zone).gamma_multiply(0.8)
}

/// Colours that depend on the light or dark theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub caption: Color32,
    pub map_background: Color32,
    pub cell_edge: Color32,
    pub governorate_border: Color32,
    pub governorate_label: Color32,
    pub line: Color32,
    pub hatch: Color32,
    pub cursor: Color32,
    pub event_marker: Color32,
    pub error: Color32,
    pub warning: Color32,
}

#[must_use]
pub fn palette(dark: bool, high_contrast: bool) -> Palette {
    if high_contrast {
        return Palette {
            caption: Color32::WHITE,
            map_background: Color32::BLACK,
            cell_edge: Color32::BLACK,
            governorate_border: Color32::WHITE,
            governorate_label: Color32::WHITE,
            line: Color32::from_rgb(0xFF, 0xEB, 0x00),
            hatch: Color32::BLACK,
            cursor: Color32::from_rgb(0xFF, 0xEB, 0x00),
            event_marker: Color32::WHITE,
            error: Color32::from_rgb(0xFF, 0x60, 0x60),
            warning: Color32::from_rgb(0xFF, 0xEB, 0x00),
        };
    }
    if dark {
        Palette {
            caption: Color32::from_rgb(0xB8, 0xB8, 0xB8),
            map_background: Color32::from_rgb(0x1B, 0x2A, 0x38),
            cell_edge: Color32::from_black_alpha(60),
            governorate_border: Color32::from_rgb(0xF0, 0xF0, 0xF0),
            governorate_label: Color32::WHITE,
            line: Color32::from_rgb(0xFF, 0xD5, 0x4F),
            hatch: Color32::from_black_alpha(120),
            cursor: Color32::from_rgb(0xFF, 0xD5, 0x4F),
            event_marker: Color32::from_rgb(0xE0, 0xE0, 0xE0),
            error: Color32::from_rgb(0xFF, 0x8A, 0x80),
            warning: Color32::from_rgb(0xFF, 0xD5, 0x4F),
        }
    } else {
        Palette {
            caption: Color32::from_rgb(0x50, 0x50, 0x50),
            map_background: Color32::from_rgb(0xD6, 0xE6, 0xF2),
            cell_edge: Color32::from_white_alpha(90),
            governorate_border: Color32::from_rgb(0x20, 0x20, 0x20),
            governorate_label: Color32::BLACK,
            line: Color32::from_rgb(0xE0, 0x9A, 0x00),
            hatch: Color32::from_black_alpha(110),
            cursor: Color32::from_rgb(0xD0, 0x80, 0x00),
            event_marker: Color32::from_rgb(0x30, 0x30, 0x30),
            error: Color32::from_rgb(0xB0, 0x00, 0x20),
            warning: Color32::from_rgb(0x9A, 0x60, 0x00),
        }
    }
}

/// Text large enough to read from the back of a room when the window is screen-shared.
pub fn apply_text_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(13.0)),
            (TextStyle::Body, FontId::proportional(16.0)),
            (TextStyle::Button, FontId::proportional(16.0)),
            (TextStyle::Heading, FontId::proportional(22.0)),
            (TextStyle::Monospace, FontId::monospace(15.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
    draw_arrows_in_text(ctx);
}

/// The help text quotes docs/MODEL.md, which writes zone changes as "red → gray"; the text font
/// has no arrow, so the built-in monospace font (which has) stands in for such symbols.
fn draw_arrows_in_text(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional)
        && !family.iter().any(|f| f == "Hack")
    {
        family.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Light, dark or high-contrast look for the widgets, from the preferences.
pub fn apply_visuals(ctx: &egui::Context, prefs: &super::Prefs) {
    ctx.set_theme(if prefs.dark || prefs.high_contrast {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    let mut visuals = if prefs.dark || prefs.high_contrast {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    if prefs.high_contrast {
        visuals.override_text_color = Some(Color32::WHITE);
        visuals.panel_fill = Color32::BLACK;
        visuals.window_fill = Color32::BLACK;
        visuals.extreme_bg_color = Color32::BLACK;
        visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.5, Color32::WHITE);
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, Color32::WHITE);
    }
    ctx.set_visuals(visuals);
}

/// A zone's colour faded most of the way into the map's background: on the difference map,
/// cells where the scenarios agree stay readable as context while the differing cells, in
/// full colour, stand out.
#[must_use]
pub fn muted_zone(zone: Zone, palette: &Palette) -> Color32 {
    zone_colour(zone).lerp_to_gamma(palette.map_background, 0.72)
}

/// A cell with nothing to compare (a day past one scenario's horizon).
#[must_use]
pub fn no_comparison(palette: &Palette) -> Color32 {
    palette.caption.lerp_to_gamma(palette.map_background, 0.8)
}

/// The outline of a cell where compared scenarios differ: it marks the cell without relying
/// on colour.
#[must_use]
pub fn difference_outline(palette: &Palette) -> Color32 {
    palette.governorate_label
}

/// Colours of the Sensitivity charts.
#[derive(Clone, Copy, Debug)]
pub struct SensitivityColours {
    /// Bars with the driver at the minimum of its range.
    pub at_min: Color32,
    /// Bars with the driver at the maximum of its range.
    pub at_max: Color32,
    /// The scenario's own value: the line the bars grow from.
    pub baseline: Color32,
}

/// Orange for a driver's minimum and sky blue for its maximum (Okabe and Ito's hues): neither is
/// a zone colour, so a bar is not read as a zone, and the pair stays apart under red-green
/// colour blindness; the end labels say which is which, so colour is never the only cue. The
/// baseline is the text colour, apart from both.
#[must_use]
pub fn sensitivity_colours(dark: bool, high_contrast: bool) -> SensitivityColours {
    if high_contrast {
        return SensitivityColours {
            at_min: Color32::WHITE,
            at_max: Color32::from_rgb(0xFF, 0xEB, 0x00),
            baseline: Color32::from_rgb(0x00, 0xE5, 0xFF),
        };
    }
    SensitivityColours {
        at_min: rgb(gz_figure::RANGE_MIN_RGB),
        at_max: rgb(gz_figure::RANGE_MAX_RGB),
        baseline: if dark {
            Color32::from_rgb(0xF0, 0xF0, 0xF0)
        } else {
            Color32::from_rgb(0x20, 0x20, 0x20)
        },
    }
}
