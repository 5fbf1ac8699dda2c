//! The fonts of exported figures, embedded so that a PNG looks the same on every machine and
//! needs no system fonts (CI machines and clusters often have none, and a page has none it may
//! read).
//!
//! `DejaVu Sans` sets everything but Arabic and Hebrew letters, which are set in the faces made
//! for those scripts, Noto Sans Arabic and Noto Sans Hebrew. `DejaVu Sans` has glyphs for both
//! scripts too, so a font fallback that only fills in missing glyphs would never reach the Noto
//! faces: the SVG names them, on a `<tspan>` around each run of those letters
//! ([`with_script_fonts`]).

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;

/// The family name figures ask for: plotters' name for the registered face, and the generic
/// family written into the SVG.
pub const FAMILY: &str = "sans-serif";

/// The face that the generic families resolve to when the PNG is rasterised.
pub const LATIN_FAMILY: &str = "DejaVu Sans";
const ARABIC_FAMILY: &str = "Noto Sans Arabic";
const HEBREW_FAMILY: &str = "Noto Sans Hebrew";

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
/// Noto Sans Arabic, regular: also the app's Arabic face (one copy in the program).
pub static ARABIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSansArabic-Bold.ttf");
/// Noto Sans Hebrew, regular: also the app's Hebrew face.
pub static HEBREW: &[u8] = include_bytes!("../../../assets/fonts/NotoSansHebrew-Regular.ttf");
static HEBREW_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSansHebrew-Bold.ttf");

/// Registers `DejaVu Sans` with plotters, once per process: plotters measures text with it to lay
/// out axes and legends.
#[cfg(not(target_arch = "wasm32"))]
pub fn register() {
    use plotters::style::{FontStyle, register_font};
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // The bytes are the bundled, tested font files; a failure would only mean a damaged
        // build, and then text is left out rather than the export failing.
        let _ = register_font(FAMILY, FontStyle::Normal, REGULAR);
        let _ = register_font(FAMILY, FontStyle::Bold, BOLD);
    });
}

/// In the browser plotters measures text with the page's own fonts; there is nothing to
/// register.
#[cfg(target_arch = "wasm32")]
pub fn register() {}

/// The bundled faces, and nothing else: no system font is ever looked at, so a PNG is the same
/// on every machine. Built once per process.
pub fn database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            for bytes in [REGULAR, BOLD, ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD] {
                db.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
            }
            // usvg adds `serif` as the last resort after the families a text asks for.
            db.set_sans_serif_family(LATIN_FAMILY);
            db.set_serif_family(LATIN_FAMILY);
            db.set_monospace_family(LATIN_FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// The Noto family that sets `c` if it is an Arabic or Hebrew letter (or mark, or Arabic
/// punctuation); `None` for everything else, European digits and spaces included.
pub fn script_family(c: char) -> Option<&'static str> {
    match c {
        // Arabic, Arabic Supplement, Arabic Extended-A/B, presentation forms A and B.
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}' => Some(ARABIC_FAMILY),
        // Hebrew, and its presentation forms.
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => Some(HEBREW_FAMILY),
        _ => None,
    }
}

/// The SVG with every `<text>` that has Arabic or Hebrew letters marked for the faces that
/// set them, and isolated in its own direction.
///
/// Each run of those letters becomes a `<tspan>` naming its Noto face (then `sans-serif`, for
/// a viewer without it); the rest stays in the text's own `sans-serif`. resvg shapes the whole
/// line once per face, takes the first span's face's glyphs as the base and overwrites each
/// other span's clusters with its own face's; that overwrite is sound for simple clusters
/// (Latin, digits, spaces, Hebrew) but loses glyphs and spaces when it lands on Arabic's joined
/// clusters and ligatures (tried: "إلى" and the space before it vanished). So every marked line
/// opens with a `<tspan>` of the joined script's face holding only the invisible direction
/// mark, which makes that face the base. The characters are unchanged but for the two marks,
/// so search, copy and screen readers see the same text.
pub fn with_script_fonts(svg: &str) -> String {
    const OPEN: &str = "<text ";
    const CLOSE: &str = "</text>";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find(OPEN) {
        let Some(content_start) = rest[start..].find('>').map(|e| start + e + 1) else {
            break;
        };
        let Some(content_end) = rest[content_start..].find(CLOSE).map(|e| content_start + e) else {
            break;
        };
        out.push_str(&rest[..content_start]);
        mark_scripts(&rest[content_start..content_end], &mut out);
        rest = &rest[content_end..];
    }
    out.push_str(rest);
    out
}

const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
const RIGHT_TO_LEFT_ISOLATE: char = '\u{2067}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// Appends `text` (XML-escaped, without tags) with its fonts marked as [`with_script_fonts`]
/// says; a line without Arabic or Hebrew letters is appended as it is.
fn mark_scripts(text: &str, out: &mut String) {
    let families: Vec<Option<&str>> = text.chars().map(script_family).collect();
    // Arabic joins and forms ligatures, so when both scripts are there its face is the base.
    let Some(base) = [ARABIC_FAMILY, HEBREW_FAMILY]
        .into_iter()
        .find(|f| families.contains(&Some(*f)))
    else {
        out.push_str(text);
        return;
    };
    // The line's direction is that of its first letter, as a browser's `dir="auto"` decides,
    // or right to left in a figure made in Arabic or Hebrew, where even a line that opens with
    // the program's name or a number reads from the right: isolated so, the neutrals at
    // either end of a right-to-left line (a closing bracket, a full stop, the "…" of a
    // shortened title) stay at its left end, where it ends. resvg and SVG viewers otherwise
    // order every line as left-to-right.
    let isolate = if gz_i18n::language().is_right_to_left() || starts_right_to_left(text) {
        RIGHT_TO_LEFT_ISOLATE
    } else {
        LEFT_TO_RIGHT_ISOLATE
    };
    push_tspan_open(out, base);
    out.push(isolate);
    out.push_str("</tspan>");
    let mut current = None;
    for (c, family) in text.chars().zip(families) {
        // Zero-width (non-)joiners steer the joining of the run they are in.
        let family = match c {
            '\u{200C}' | '\u{200D}' => current,
            _ => family,
        };
        if family != current {
            if current.is_some() {
                out.push_str("</tspan>");
            }
            if let Some(f) = family {
                push_tspan_open(out, f);
            }
            current = family;
        }
        out.push(c);
    }
    if current.is_some() {
        out.push_str("</tspan>");
    }
    out.push(POP_DIRECTIONAL_ISOLATE);
}

fn push_tspan_open(out: &mut String, family: &str) {
    out.push_str("<tspan font-family=\"'");
    out.push_str(family);
    out.push_str("', sans-serif\">");
}

/// Whether the first letter of `text` (XML-escaped) is Arabic or Hebrew; digits and
/// punctuation have no direction of their own.
fn starts_right_to_left(text: &str) -> bool {
    let mut in_entity = false;
    for c in text.chars() {
        match c {
            '&' => in_entity = true,
            ';' if in_entity => in_entity = false,
            _ if in_entity => {}
            _ if c.is_alphabetic() => return script_family(c).is_some(),
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const AR: &str = "<tspan font-family=\"'Noto Sans Arabic', sans-serif\">";
    const HE: &str = "<tspan font-family=\"'Noto Sans Hebrew', sans-serif\">";

    #[test]
    fn arabic_and_hebrew_runs_are_marked_with_their_face_and_the_joined_script_leads() {
        let svg = "<svg><title>غزة</title><text x=\"1\" font-family=\"sans-serif\">Gaza غزة من 2026 &amp; עזה:</text>\
                   <text x=\"2\">plain, 2026</text></svg>";
        assert_eq!(
            with_script_fonts(svg),
            format!(
                "<svg><title>غزة</title><text x=\"1\" font-family=\"sans-serif\">{AR}\u{2066}</tspan>\
                 Gaza {AR}غزة</tspan> {AR}من</tspan> 2026 &amp; {HE}עזה</tspan>:\u{2069}</text>\
                 <text x=\"2\">plain, 2026</text></svg>"
            )
        );
    }

    #[test]
    fn a_line_that_starts_in_arabic_or_hebrew_is_isolated_right_to_left() {
        assert_eq!(
            with_script_fonts("<text x=\"1\">(2026) غزة.</text>"),
            format!("<text x=\"1\">{AR}\u{2067}</tspan>(2026) {AR}غزة</tspan>.\u{2069}</text>")
        );
        assert_eq!(
            with_script_fonts("<text x=\"1\">&amp; עזה</text>"),
            format!("<text x=\"1\">{HE}\u{2067}</tspan>&amp; {HE}עזה</tspan>\u{2069}</text>")
        );
    }

    #[test]
    fn every_bundled_face_loads_and_the_generic_family_is_dejavu() {
        let db = database();
        assert_eq!(db.len(), 6);
        let id = db
            .query(&fontdb::Query {
                families: &[fontdb::Family::SansSerif],
                weight: fontdb::Weight::BOLD,
                ..fontdb::Query::default()
            })
            .expect("sans-serif resolves");
        let face = db.face(id).expect("face");
        assert_eq!(face.families[0].0, "DejaVu Sans");
        assert_eq!(face.weight, fontdb::Weight::BOLD);
    }
}
