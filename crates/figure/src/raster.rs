//! The PNG is the SVG, rasterised with resvg: one drawing, so the two formats cannot disagree.
//! resvg shapes text (joining Arabic letters) and runs the bidi algorithm (Arabic and Hebrew
//! read right to left), which plotters' own bitmap text did not: it drew each character's
//! unjoined form, left to right. resvg is pure Rust, so the browser build makes PNGs too.

use resvg::tiny_skia;
use resvg::usvg::{self, FontResolver, ImageHrefResolver};

use super::FigureError;
use super::fonts;

/// How usvg reads our SVGs: with the bundled fonts only, and never a file.
fn options() -> usvg::Options<'static> {
    usvg::Options {
        font_family: fonts::LATIN_FAMILY.to_owned(),
        fontdb: fonts::database(),
        font_resolver: FontResolver {
            select_font: FontResolver::default_font_selector(),
            // No fallback: the SVG names the face of every character (fonts::with_script_fonts).
            // usvg's default would shape a Noto face's line again in the first face that has
            // the Latin letters Noto lacks, DejaVu, and then keep DejaVu's glyphs for the whole
            // line, its Arabic and Hebrew letters included.
            select_fallback: Box::new(|_, _, _| None),
        },
        // Our figures embed no images; an `<image>` naming a file would make the PNG depend on
        // the machine.
        image_href_resolver: ImageHrefResolver {
            resolve_data: ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    }
}

/// Parses an SVG drawn by this crate (with its script runs already marked).
fn parse(svg: &str) -> Result<usvg::Tree, FigureError> {
    usvg::Tree::from_str(svg, &options()).map_err(|e| FigureError::Rasterise(e.to_string()))
}

/// Rasterises `svg` (drawn at `layout` size) into `pixels`, scaling it to fill them; returns
/// the RGB bytes, row by row.
pub fn rasterise(
    svg: &str,
    layout: (u32, u32),
    pixels: (u32, u32),
) -> Result<Vec<u8>, FigureError> {
    let tree = parse(svg)?;
    let mut pixmap = tiny_skia::Pixmap::new(pixels.0, pixels.1).ok_or_else(|| {
        FigureError::Rasterise(format!("no room for {}×{} pixels", pixels.0, pixels.1))
    })?;
    // Opaque white under everything, so the premultiplied RGBA below is plain RGB.
    pixmap.fill(tiny_skia::Color::WHITE);
    let transform = tiny_skia::Transform::from_scale(
        pixels.0 as f32 / layout.0 as f32,
        pixels.1 as f32 / layout.1 as f32,
    );
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    Ok(pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|rgba| [rgba[0], rgba[1], rgba[2]])
        .collect())
}

/// The advance width of each `<text>` of `svg`, in order, as resvg lays them out: shaped, in
/// the bundled fonts, with their script runs.
pub fn text_widths(svg: &str) -> Result<Vec<f64>, FigureError> {
    fn walk(group: &usvg::Group, widths: &mut Vec<f64>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, widths),
                usvg::Node::Text(t) => widths.push(f64::from(t.bounding_box().width())),
                usvg::Node::Path(_) | usvg::Node::Image(_) => {}
            }
        }
    }
    let tree = parse(svg)?;
    let mut widths = Vec::new();
    walk(tree.root(), &mut widths);
    Ok(widths)
}
