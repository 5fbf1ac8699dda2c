//! Figures for papers and slides, drawn with plotters: the map on a day, the charts over time,
//! scenarios compared, and the tornado and sweep of a sensitivity analysis, as PNG at any size
//! and scale or as SVG. The app's Export dialog and the command
//! line's `figure` both call [`save`], so a figure looks the same whichever made it.
//!
//! Every figure says what it is inside the picture (scenario title, day and date, program
//! version, "a what-if model, not a forecast") and again in the file's metadata (PNG text
//! chunks, SVG `<title>` and `<desc>`), so it cannot lose its provenance when cropped.

mod axis;

pub mod animation;
mod chart;
mod colours;
mod difference;
pub mod event_flags;
mod fonts;
mod map;
mod overlay;
mod raster;
mod sensitivity;
pub mod tornado_layout;

use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use thiserror::Error;

pub use animation::{AnimationError, AnimationFormat, AnimationSpec, Animator};
pub use chart::{ChartFigure, ChartKind, Quantity};
pub use difference::{CellPair, DifferenceFigure, cell_pairs};
pub use event_flags::EventMark;
/// The bundled Arabic and Hebrew faces, which the app draws its text with too.
pub use fonts::{ARABIC as NOTO_SANS_ARABIC, HEBREW as NOTO_SANS_HEBREW};
pub use map::{BlueChance, MapFigure};
pub use overlay::{LINE_STYLES, OverlayFigure, OverlaySeries};
pub use sensitivity::{SweepFigure, TornadoFigure};

use gz_core::report::VERSION;
use gz_core::scenario::{SaveError, Scenario, write_export};
use gz_core::style::{ZonePalette, paper};
use gz_i18n::tr;

/// The largest figure drawn, in pixels: 8K by 6K, to refuse sizes that would exhaust memory.
pub const MAX_PIXELS: u64 = 8192 * 6144;
/// The smallest size at which the layout still fits.
/// (Smaller, the map's legend and the chart labels overprint; a small PNG is better made at
/// this size and scaled down, with `--scale` below 1.)
pub const MIN_SIZE: (u32, u32) = (960, 540);

#[derive(Debug, Error)]
pub enum FigureError {
    #[error("{0}: unknown figure format; end the file name in .png or .svg")]
    UnknownFormat(String),
    #[error(
        "a figure of {width}×{height} pixels is too large (at most {MAX_PIXELS} pixels); choose a smaller size or scale"
    )]
    TooLarge { width: u64, height: u64 },
    #[error("a figure must be at least {}×{} (got {width}×{height})", MIN_SIZE.0, MIN_SIZE.1)]
    TooSmall { width: u32, height: u32 },
    #[error("the scale must be between 0.5 and 8 (got {0})")]
    BadScale(f64),
    #[error("cannot draw the figure: {0}")]
    Draw(String),
    #[error("cannot encode the PNG: {0}")]
    Encode(#[from] png::EncodingError),
    #[error("cannot rasterise the figure: {0}")]
    Rasterise(String),
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// PNG for slides and documents, SVG for papers (vector, editable).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
}

impl Format {
    /// From the file name's extension.
    ///
    /// # Errors
    /// When the extension is neither `.png` nor `.svg`.
    pub fn of_path(path: &Path) -> Result<Self, FigureError> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("png") => Ok(Self::Png),
            Some("svg") => Ok(Self::Svg),
            _ => Err(FigureError::UnknownFormat(path.display().to_string())),
        }
    }

    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }
}

/// A figure's size in layout pixels, and how many image pixels each gets in a PNG (2 for a
/// sharp figure on a high-density screen or in print). SVG is vector and ignores the scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FigureSize {
    pub width: u32,
    pub height: u32,
    pub scale: f64,
}

impl FigureSize {
    /// Full HD at 1×: the size of a projector.
    pub const DEFAULT: Self = Self {
        width: 1920,
        height: 1080,
        scale: 1.0,
    };

    /// The size of the image in pixels, after checking it is sensible.
    ///
    /// # Errors
    /// When the size is too small for the layout, too large for memory, or the scale is odd.
    pub fn pixels(&self, format: Format) -> Result<(u32, u32), FigureError> {
        if !(0.5..=8.0).contains(&self.scale) {
            return Err(FigureError::BadScale(self.scale));
        }
        if self.width < MIN_SIZE.0 || self.height < MIN_SIZE.1 {
            return Err(FigureError::TooSmall {
                width: self.width,
                height: self.height,
            });
        }
        let scale = if format == Format::Svg {
            1.0
        } else {
            self.scale
        };
        let w = (f64::from(self.width) * scale).round() as u64;
        let h = (f64::from(self.height) * scale).round() as u64;
        if w.checked_mul(h).is_none_or(|pixels| pixels > MAX_PIXELS) {
            return Err(FigureError::TooLarge {
                width: w,
                height: h,
            });
        }
        Ok((w as u32, h as u32))
    }
}

/// What a figure says about itself: the scenario, the day, what is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    pub title: String,
    /// What the figure shows, e.g. "Zones on day 400 (21 Dec 2026)".
    pub subtitle: String,
    /// The scenario file and its hash, or that it was not saved.
    pub source: String,
}

impl Caption {
    #[must_use]
    pub fn new(scenario: &Scenario, subtitle: String, source: String) -> Self {
        Self {
            title: scenario.meta.title.replace(['\n', '\r'], " "),
            subtitle,
            source,
        }
    }

    /// "Zones on day 400 (21 Dec 2026)", the subtitle of a map of one day.
    #[must_use]
    pub fn day_subtitle(scenario: &Scenario, day: u32) -> String {
        let date = gz_i18n::names::calendar_date(scenario.start_date, day);
        date.map_or_else(
            || tr!("figure-zones-on-day-undated", day = day.to_string()),
            |date| tr!("figure-zones-on-day", day = day.to_string(), date = date),
        )
    }

    /// The subtitle of a chart of one run: people or land by zone.
    #[must_use]
    pub fn run_chart_subtitle(quantity: Quantity) -> String {
        match quantity {
            Quantity::People => tr!("figure-people-by-zone"),
            Quantity::Area => tr!("figure-land-by-zone"),
        }
    }

    /// The subtitle of a chart of an ensemble: its medians and bands, how many runs, the seed.
    #[must_use]
    pub fn spread_subtitle(quantity: Quantity, runs: u64, seed: u64) -> String {
        let (runs, seed) = (runs.to_string(), seed.to_string());
        match quantity {
            Quantity::People => tr!("figure-people-spread", runs = runs, seed = seed),
            Quantity::Area => tr!("figure-land-spread", runs = runs, seed = seed),
        }
    }

    /// The line under every figure.
    #[must_use]
    pub fn footer(&self) -> String {
        tr!(
            "figure-footer",
            version = VERSION,
            source = self.source.as_str()
        )
    }
}

/// What is drawn.
pub enum Content<'a> {
    Map(MapFigure<'a>),
    Chart(ChartFigure<'a>),
    Overlay(OverlayFigure<'a>),
    /// Where two scenarios put cells in different zones on a day.
    Difference(DifferenceFigure<'a>),
    Tornado(TornadoFigure),
    Sweep(SweepFigure),
}

/// A figure ready to draw.
pub struct Figure<'a> {
    pub caption: Caption,
    pub zones: ZonePalette,
    pub content: Content<'a>,
}

/// Draws `figure` as PNG or SVG bytes. The PNG is the SVG rasterised, at `size.scale` image
/// pixels per layout pixel.
///
/// # Errors
/// When the size is refused, or drawing or encoding fails.
pub fn render(figure: &Figure, size: FigureSize, format: Format) -> Result<Vec<u8>, FigureError> {
    let pixels = size.pixels(format)?;
    let layout = size.pixels(Format::Svg)?;
    let svg = draw_svg(figure, layout)?;
    match format {
        Format::Svg => Ok(svg.into_bytes()),
        Format::Png => {
            let rgb = raster::rasterise(&svg, layout, pixels)?;
            encode_png(&rgb, pixels, size.scale, figure)
        }
    }
}

/// The figure as SVG text, `layout` pixels wide and high, with its metadata.
fn draw_svg(figure: &Figure, layout: (u32, u32)) -> Result<String, FigureError> {
    fonts::register();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, layout).into_drawing_area();
        draw(&root, figure)?;
        root.present().map_err(draw_error)?;
    }
    Ok(with_svg_metadata(&fonts::with_script_fonts(&svg), figure))
}

/// Draws `figure` and writes it to `path` (atomically: a failed export leaves any old file).
/// The format comes from the file name.
///
/// # Errors
/// As [`render`], and when the file cannot be written.
pub fn save(figure: &Figure, size: FigureSize, path: &Path) -> Result<(), FigureError> {
    let bytes = render(figure, size, Format::of_path(path)?)?;
    write_export(path, |out| {
        out.extend_from_slice(&bytes);
        Ok(())
    })?;
    Ok(())
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    figure: &Figure,
) -> Result<(), FigureError> {
    // The SVG is drawn in layout pixels; a PNG's scale is applied when it is rasterised.
    let pen = Pen { scale: 1.0 };
    root.fill(&WHITE).map_err(draw_error)?;
    let body = frame(root, &figure.caption, pen)?;
    match &figure.content {
        Content::Map(map) => map::draw(&body, map, figure.zones, pen),
        Content::Chart(chart) => chart::draw(&body, chart, figure.zones, pen),
        Content::Overlay(overlay) => overlay::draw(&body, overlay, figure.zones, pen),
        Content::Difference(difference) => difference::draw(&body, difference, figure.zones, pen),
        Content::Tornado(tornado) => sensitivity::draw_tornado(&body, tornado, pen),
        Content::Sweep(sweep) => sensitivity::draw_sweep(&body, sweep, pen),
    }
}

/// Layout lengths are in layout pixels; `Pen` turns them into image pixels.
#[derive(Clone, Copy)]
struct Pen {
    scale: f64,
}

impl Pen {
    fn px(self, v: f64) -> i32 {
        (v * self.scale).round() as i32
    }

    fn font(self, size: f64) -> FontDesc<'static> {
        (fonts::FAMILY, size * self.scale).into_font()
    }

    fn bold(self, size: f64) -> FontDesc<'static> {
        (fonts::FAMILY, size * self.scale, FontStyle::Bold).into_font()
    }
}

const INK: RGBColor = colours::colour(paper::INK);
const MUTED: RGBColor = colours::colour(paper::MUTED);

/// Title and subtitle above, footer below; returns the area left for the content.
fn frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    caption: &Caption,
    pen: Pen,
) -> Result<DrawingArea<DB, Shift>, FigureError> {
    let (w, h) = root.dim_in_pixel();
    let margin = pen.px(24.0);
    let width_px = w as i32 - 2 * margin;
    // A figure in Arabic or Hebrew sets its caption from the right edge, where its lines start.
    let (x, anchor) = if gz_i18n::language().is_right_to_left() {
        (w as i32 - margin, Pos::new(HPos::Right, VPos::Top))
    } else {
        (margin, Pos::new(HPos::Left, VPos::Top))
    };
    let line = |text: &str, y: i32, font: FontDesc, colour: &RGBColor| {
        let fitted = fit_text(text, &font, width_px)?;
        root.draw(&Text::new(fitted, (x, y), font.color(colour).pos(anchor)))
            .map_err(draw_error)
    };
    line(&caption.title, margin, pen.bold(30.0), &INK)?;
    line(
        &caption.subtitle,
        margin + pen.px(42.0),
        pen.font(20.0),
        &MUTED,
    )?;
    let footer_y = h as i32 - margin - pen.px(16.0);
    line(&caption.footer(), footer_y, pen.font(15.0), &MUTED)?;
    let top = margin + pen.px(78.0);
    let bottom = footer_y - pen.px(12.0);
    Ok(root.clone().shrink(
        (margin, top),
        (width_px.max(1) as u32, (bottom - top).max(1) as u32),
    ))
}

/// The text, shortened with "…" if it would run past `width_px`.
///
/// Measured as the PNG sets it (resvg: shaped, in the bundled fonts, Arabic and Hebrew in their
/// Noto faces), not with plotters' estimate, which adds up the advances of `DejaVu Sans`'s
/// isolated letter forms at a size 6% larger than the SVG's: for Arabic that is neither the
/// face nor the widths drawn. A viewer of the SVG with other fonts may set it a little wider or
/// narrower, as with any text.
fn fit_text(text: &str, font: &FontDesc, width_px: i32) -> Result<String, FigureError> {
    let limit = f64::from(width_px);
    let fits = |t: &str| drawn_width(t, font).map(|w| w <= limit);
    if fits(text)? {
        return Ok(text.to_owned());
    }
    let chars: Vec<char> = text.chars().collect();
    let shortened = |n: usize| chars[..n].iter().collect::<String>().trim_end().to_owned() + "…";
    if !fits(&shortened(0))? {
        return Ok(String::new());
    }
    // The longest start that fits with "…": widths grow with the characters kept, so halve
    // the range (a long title takes a dozen measurements instead of one per character).
    let (mut fitting, mut too_long) = (0, chars.len());
    while too_long - fitting > 1 {
        let mid = fitting + (too_long - fitting) / 2;
        if fits(&shortened(mid))? {
            fitting = mid;
        } else {
            too_long = mid;
        }
    }
    Ok(shortened(fitting))
}

/// The width of `text` in `font` as the PNG draws it: drawn alone into a scratch SVG the way
/// the figure draws it, then laid out by resvg.
fn drawn_width(text: &str, font: &FontDesc) -> Result<f64, FigureError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, MIN_SIZE).into_drawing_area();
        root.draw(&Text::new(text, (0, 0), font.clone()))
            .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    let widths = raster::text_widths(&fonts::with_script_fonts(&svg))?;
    Ok(widths.first().copied().unwrap_or(0.0))
}

// map_err hands the error over by value.
#[allow(clippy::needless_pass_by_value)]
fn draw_error<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> FigureError {
    FigureError::Draw(e.to_string())
}

fn encode_png(
    rgb: &[u8],
    (w, h): (u32, u32),
    scale: f64,
    figure: &Figure,
) -> Result<Vec<u8>, FigureError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    // 96 dots per inch at 1×, so a 2× figure prints at the same size, twice as sharp.
    let per_metre = (96.0 * scale / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let caption = &figure.caption;
    encoder.add_itxt_chunk("Title".to_owned(), caption.title.clone())?;
    encoder.add_itxt_chunk(
        "Description".to_owned(),
        format!("{}. {}", caption.subtitle, caption.footer()),
    )?;
    encoder.add_text_chunk("Software".to_owned(), format!("gaza-zones {VERSION}"))?;
    let mut writer = encoder.write_header()?;
    writer.write_image_data(rgb)?;
    writer.finish()?;
    Ok(out)
}

/// Adds `<title>` and `<desc>` after the opening tag, for search and screen readers.
fn with_svg_metadata(svg: &str, figure: &Figure) -> String {
    let caption = &figure.caption;
    let metadata = format!(
        "<title>{}</title><desc>{}. {}</desc>",
        xml_escape(&caption.title),
        xml_escape(&caption.subtitle),
        xml_escape(&caption.footer())
    );
    match svg
        .find("<svg")
        .and_then(|start| svg[start..].find('>').map(|e| start + e + 1))
    {
        Some(end) => format!("{}\n{metadata}{}", &svg[..end], &svg[end..]),
        None => svg.to_owned(),
    }
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use gz_core::model::DayRecord;

    fn caption() -> Caption {
        Caption {
            title: "A <test> & title".to_owned(),
            subtitle: "Subtitle".to_owned(),
            source: "file.ron sha256:0123456789ab".to_owned(),
        }
    }

    /// Renders as SVG and PNG; returns the SVG text. The PNGs are left in the temp folder to
    /// look at.
    fn render_both(name: &str, content: impl Fn() -> Content<'static>) -> String {
        let figure = |content| Figure {
            caption: caption(),
            zones: ZonePalette::Standard,
            content,
        };
        let size = FigureSize {
            width: 1200,
            height: 700,
            scale: 1.0,
        };
        let png = render(&figure(content()), size, Format::Png).expect("PNG");
        assert!(png.starts_with(b"\x89PNG"));
        let dir = std::env::temp_dir().join("gaza-zones-figure-tests");
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(dir.join(format!("{name}.png")), &png);
        let svg = render(&figure(content()), size, Format::Svg).expect("SVG");
        String::from_utf8(svg).expect("utf-8")
    }

    fn days(shift: f64) -> &'static [DayRecord] {
        let days: Vec<DayRecord> = (0..=300)
            .map(|d| {
                let f = (f64::from(d) / 300.0 + shift).min(1.0);
                DayRecord {
                    area_km2: [365.0 * (1.0 - f), 0.0, 100.0 * f, 265.0 * f],
                    people: [2.1e6 * (1.0 - f), 0.0, 0.5e6 * f, 1.6e6 * f],
                    ..DayRecord::default()
                }
            })
            .collect();
        Box::leak(days.into_boxed_slice())
    }

    #[test]
    fn the_title_is_escaped_in_svg_metadata_and_every_figure_names_its_version() {
        let svg = render_both("overlay", || {
            Content::Overlay(OverlayFigure {
                quantity: Quantity::Area,
                series: vec![
                    OverlaySeries {
                        label: "Scenario A".to_owned(),
                        days: days(0.0),
                    },
                    OverlaySeries {
                        label: "Scenario B".to_owned(),
                        days: days(0.2),
                    },
                ],
                zones: [true; gz_core::model::Category::COUNT],
                marked_day: Some(120),
            })
        });
        assert!(svg.contains("<title>A &lt;test&gt; &amp; title</title>"));
        assert!(svg.contains("Scenario B (dashed)"));
        assert!(svg.contains(VERSION));
    }

    #[test]
    fn tornado_and_sweep_figures_label_their_drivers_and_ends() {
        use gz_core::model::Param;
        use gz_core::model::sensitivity::{Lever, TornadoBar};
        let bar = |driver: gz_core::model::Driver, at_min, at_max| TornadoBar {
            lever: Lever::Driver(driver),
            scenario_value: 0.0,
            min_value: driver.info().min,
            max_value: driver.info().max,
            at_min,
            baseline: 1.2e6,
            at_max,
            swing: 0.0,
        };
        let svg = render_both("tornado", || {
            Content::Tornado(TornadoFigure {
                indicator: gz_core::model::sensitivity::Indicator::ALL[0],
                horizon_days: 774,
                bars: vec![
                    bar(gz_core::model::Driver::DisarmamentShare, 0.3e6, 1.9e6),
                    // Both ends on one side, one of them not moving at all.
                    bar(gz_core::model::Driver::AidTrucksPerDay, 1.2e6, 1.3e6),
                    bar(gz_core::model::Driver::ForceTroops, 1.2e6, 1.2e6),
                    TornadoBar {
                        lever: Lever::Param(Param::ArmedRegrowthPerDay),
                        scenario_value: 0.008,
                        min_value: 0.004,
                        max_value: 0.016,
                        at_min: 1.1e6,
                        baseline: 1.2e6,
                        at_max: 1.4e6,
                        swing: 0.3e6,
                    },
                ],
                set_again_later: vec![gz_core::model::Driver::AidTrucksPerDay],
            })
        });
        assert!(svg.contains("Disarmament progress"));
        assert!(svg.contains("1200 trucks/day"), "{svg:.0}");
        assert!(
            svg.contains("no change"),
            "a driver that moves nothing says so"
        );
        assert!(svg.contains("an event sets it again later"));
        assert!(svg.contains("armed regrowth per day (parameter)"));
        assert!(
            svg.contains("0.016/day"),
            "a parameter's end says its value"
        );
        assert!(svg.contains("a judgement of the rules"));
        let svg = render_both("sweep", || {
            Content::Sweep(SweepFigure {
                driver: "aid (trucks/day)".to_owned(),
                indicator: "people returned".to_owned(),
                bands: true,
                values: vec![0.0, 300.0, 600.0, 900.0, 1200.0],
                p10: vec![0.1, 0.3, 0.5, 0.6, 0.7],
                p50: vec![0.2, 0.4, 0.6, 0.7, 0.8],
                p90: vec![0.3, 0.5, 0.7, 0.8, 0.9],
                current: Some(600.0),
            })
        });
        assert!(svg.contains("aid (trucks/day)"));
        assert!(svg.contains("p10–p90 of the runs"));
        assert!(svg.contains("the scenario&apos;s value") || svg.contains("the scenario's value"));
    }

    #[test]
    fn a_long_title_in_arabic_or_latin_is_shortened_to_fit_the_width_the_png_sets_it_in() {
        let size = FigureSize {
            width: 960,
            height: 540,
            scale: 1.0,
        };
        let room = f64::from(size.width) - 2.0 * 24.0;
        for title in [
            "غزة من الأحمر إلى الأزرق 2026، ".repeat(5),
            "From red to blue in 2026, ".repeat(5),
        ] {
            let figure = Figure {
                caption: Caption {
                    title: title.clone(),
                    ..caption()
                },
                zones: ZonePalette::Standard,
                content: Content::Chart(ChartFigure {
                    kind: ChartKind::Stacked(Quantity::People),
                    days: days(0.0),
                    summary: None,
                    events: Vec::new(),
                    marked_day: None,
                }),
            };
            let svg = render(&figure, size, Format::Svg).expect("SVG");
            let svg = String::from_utf8(svg).expect("utf-8");
            let drawn = &raster::text_widths(&svg).expect("laid out")[0];
            assert!(
                *drawn <= room && *drawn > 0.9 * room,
                "{title}: the title is {drawn:.0} px wide in {room} px"
            );
            assert!(svg.contains("…"), "{title}: shortened with an ellipsis");
            assert!(svg.contains(&format!("<title>{}</title>", xml_escape(&title))));
        }
    }

    #[test]
    fn sizes_and_formats_are_checked_before_drawing() {
        assert_eq!(
            Format::of_path(Path::new("a/B.SVG")).ok(),
            Some(Format::Svg)
        );
        assert!(Format::of_path(Path::new("a/b.jpeg")).is_err());
        let size = |w, h, scale| FigureSize {
            width: w,
            height: h,
            scale,
        };
        assert_eq!(
            size(1920, 1080, 2.0).pixels(Format::Png).ok(),
            Some((3840, 2160))
        );
        assert_eq!(
            size(1920, 1080, 2.0).pixels(Format::Svg).ok(),
            Some((1920, 1080))
        );
        assert!(size(100, 100, 1.0).pixels(Format::Png).is_err());
        assert!(size(8000, 6000, 4.0).pixels(Format::Png).is_err());
        assert!(size(1920, 1080, 0.0).pixels(Format::Png).is_err());
    }
}
