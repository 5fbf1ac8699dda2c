//! Every colour and text size the app uses, in one place.

use eframe::egui::{self, Color32, FontId, TextStyle};

use gz_core::model::{Category, Zone};
use gz_core::style::{self, Rgba, ZonePalette, screen};

/// A token of `gz_core::style` as an egui colour (both hold premultiplied sRGBA bytes).
#[allow(clippy::disallowed_methods)] // The one conversion from tokens to egui colours.
#[must_use]
pub const fn colour([r, g, b, a]: Rgba) -> Color32 {
    Color32::from_rgba_premultiplied(r, g, b, a)
}

fn opaque([r, g, b]: style::Rgb) -> Color32 {
    colour([r, g, b, 0xFF])
}

/// The pattern mark drawn on red and green cells (and in the legend).
pub const PATTERN_MARK: Color32 = colour(screen::PATTERN_MARK);

/// Every colour a view draws with: the light, dark or high-contrast look, and the zone palette,
/// all chosen from the preferences.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub caption: Color32,
    pub map_background: Color32,
    pub cell_edge: Color32,
    pub governorate_border: Color32,
    pub governorate_label: Color32,
    pub line: Color32,
    pub restricted_line: Color32,
    pub hatch: Color32,
    pub cursor: Color32,
    pub event_marker: Color32,
    pub error: Color32,
    pub warning: Color32,
    pub zones: ZonePalette,
}

impl Palette {
    /// A zone's colour.
    #[must_use]
    pub fn zone_colour(&self, zone: Zone) -> Color32 {
        opaque(self.zones.zone_rgb(zone))
    }

    /// A cell's colour in an expected-value run: the zones' colours mixed by their chances, in
    /// linear light so that a 50/50 cell looks halfway between.
    #[must_use]
    pub fn blend_zones(&self, p: [f32; 4]) -> Color32 {
        let mut mix = egui::Rgba::TRANSPARENT;
        for zone in Zone::ALL {
            mix = mix + egui::Rgba::from(self.zone_colour(zone)) * p[zone.index()];
        }
        Color32::from(mix)
    }

    /// The same colour, slightly see-through, for filled areas in plots.
    #[must_use]
    pub fn zone_fill(&self, zone: Zone) -> Color32 {
        self.zone_colour(zone).gamma_multiply(0.8)
    }

    /// A reporting category's colour: its zone's, or the held land's darker gray.
    #[must_use]
    pub fn category_colour(&self, category: Category) -> Color32 {
        opaque(self.zones.category_rgb(category))
    }

    /// The same, slightly see-through, for filled areas in plots.
    #[must_use]
    pub fn category_fill(&self, category: Category) -> Color32 {
        self.category_colour(category).gamma_multiply(0.8)
    }
}

/// The palette of the preferences' look and zone colours.
#[must_use]
pub fn palette(prefs: &super::Prefs) -> Palette {
    let look = screen::look(prefs.dark, prefs.high_contrast).map(colour);
    Palette {
        caption: look.caption,
        map_background: look.map_background,
        cell_edge: look.cell_edge,
        governorate_border: look.governorate_border,
        governorate_label: look.governorate_label,
        line: look.line,
        restricted_line: look.restricted_line,
        hatch: look.hatch,
        cursor: look.cursor,
        event_marker: look.event_marker,
        error: look.error,
        warning: look.warning,
        zones: ZonePalette::new(prefs.colour_blind_safe),
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
    add_fallback_fonts(ctx);
}

/// The fonts the app draws with: egui's own, then the scripts they lack.
///
/// The help text quotes docs/MODEL.md, which writes zone changes as "red → gray"; the text font
/// has no arrow, so the built-in monospace font (which has) stands in for such symbols. Arabic
/// and Hebrew (scenario titles, notes, the interface in those languages) come from the bundled
/// Noto faces, after the default fonts so that Latin text and digits keep their look.
fn add_fallback_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in [
        ("Noto Sans Arabic", NOTO_SANS_ARABIC),
        ("Noto Sans Hebrew", NOTO_SANS_HEBREW),
    ] {
        fonts.font_data.insert(
            name.to_owned(),
            std::sync::Arc::new(egui::FontData::from_static(bytes)),
        );
    }
    for (family, extra) in [
        (
            egui::FontFamily::Proportional,
            &["Hack", "Noto Sans Arabic", "Noto Sans Hebrew"][..],
        ),
        (
            egui::FontFamily::Monospace,
            &["Noto Sans Arabic", "Noto Sans Hebrew"][..],
        ),
    ] {
        if let Some(names) = fonts.families.get_mut(&family) {
            for name in extra {
                if !names.iter().any(|n| n == name) {
                    names.push((*name).to_owned());
                }
            }
        }
    }
    ctx.set_fonts(fonts);
}

// The figure crate's copies: the same faces, embedded once.
use gz_figure::{NOTO_SANS_ARABIC, NOTO_SANS_HEBREW};

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
        let text = colour(screen::HIGH_CONTRAST_TEXT);
        let fill = colour(screen::HIGH_CONTRAST_FILL);
        visuals.override_text_color = Some(text);
        visuals.panel_fill = fill;
        visuals.window_fill = fill;
        visuals.extreme_bg_color = fill;
        visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.5, text);
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, text);
    }
    ctx.set_visuals(visuals);
}

/// A zone's colour faded most of the way into the map's background: on the difference map,
/// cells where the scenarios agree stay readable as context while the differing cells, in
/// full colour, stand out.
#[must_use]
pub fn muted_zone(zone: Zone, palette: &Palette) -> Color32 {
    palette
        .zone_colour(zone)
        .lerp_to_gamma(palette.map_background, 0.72)
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
pub type SensitivityColours = screen::RangeColours<Color32>;

/// See [`screen::range_colours`].
#[must_use]
pub fn sensitivity_colours(dark: bool, high_contrast: bool) -> SensitivityColours {
    screen::range_colours(dark, high_contrast).map(colour)
}

/// The map's dark halo under governorate names, so they read on any zone colour.
pub const LABEL_SHADOW: Color32 = colour(screen::LABEL_SHADOW);
/// The dark band under the selected cell's outline.
pub const OUTLINE_SHADOW: Color32 = colour(screen::OUTLINE_SHADOW);
pub const TOUR_SHADE: Color32 = colour(screen::TOUR_SHADE);
