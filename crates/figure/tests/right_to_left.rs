//! Titles in Arabic and Hebrew, as a user in Gaza or Israel names a scenario: the PNG sets them
//! joined and right to left (compared with reference images that a person looked at), and the
//! PNG and the SVG of one figure carry the same text.
//!
//! The references are the caption band (title and subtitle) of a 960×540 figure; the body and
//! the footer (which names the program's version) are left out, so that only a change in how
//! text is set makes them differ. `UPDATE_SNAPSHOTS=1 cargo test -p gz-figure` rewrites them;
//! look at the new images before committing them.

use std::path::PathBuf;

use gz_core::model::DayRecord;
use gz_core::style::ZonePalette;
use gz_figure::{
    Caption, ChartFigure, ChartKind, Content, EventMark, Figure, FigureSize, Format, Quantity,
};

const SIZE: FigureSize = FigureSize {
    width: 960,
    height: 540,
    scale: 1.0,
};
/// The caption band's height in layout pixels: title and subtitle, above the chart.
const BAND_HEIGHT: u32 = 100;
/// Where the title's line ends and the subtitle's begins, in layout pixels from the top.
const TITLE_BOTTOM: u32 = 60;
/// Per colour channel, out of 255: anti-aliasing may differ that much between builds for other
/// CPUs or platforms (tiny-skia's SIMD paths follow the target's features, and floating point
/// may round differently).
const CHANNEL_TOLERANCE: u8 = 24;
/// Pixels allowed past the tolerance. A word drawn unjoined, mirrored or in another font moves
/// thousands.
const PIXELS_ALLOWED: usize = 20;

const ARABIC_TITLE: &str = "غزة من الأحمر إلى الأزرق 2026";
const HEBREW_TITLE: &str = "עזה: תרחיש 2026";

fn days() -> Vec<DayRecord> {
    (0..=200)
        .map(|d| {
            let f = f64::from(d) / 200.0;
            DayRecord {
                area_km2: [365.0 * (1.0 - f), 0.0, 100.0 * f, 265.0 * f],
                people: [2.1e6 * (1.0 - f), 0.0, 0.5e6 * f, 1.6e6 * f],
                ..DayRecord::default()
            }
        })
        .collect()
}

fn figure<'a>(title: &str, days: &'a [DayRecord]) -> Figure<'a> {
    Figure {
        caption: Caption {
            title: title.to_owned(),
            subtitle: "People on day 200 (a test figure)".to_owned(),
            source: "test.ron sha256:0123456789ab".to_owned(),
        },
        zones: ZonePalette::Standard,
        content: Content::Chart(ChartFigure {
            kind: ChartKind::Stacked(Quantity::People),
            days,
            summary: None,
            events: vec![EventMark {
                day: 60,
                title: "Aid convoy".to_owned(),
            }],
            marked_day: Some(200),
        }),
    }
}

/// An RGB image.
struct Image {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
}

impl Image {
    fn decode(bytes: &[u8]) -> Self {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("a PNG");
        let mut buffer = vec![0; reader.output_buffer_size().expect("size")];
        let frame = reader.next_frame(&mut buffer).expect("decoded");
        assert_eq!(frame.color_type, png::ColorType::Rgb, "figures are RGB");
        assert_eq!(frame.bit_depth, png::BitDepth::Eight);
        buffer.truncate(frame.buffer_size());
        Self {
            width: frame.width,
            height: frame.height,
            rgb: buffer,
        }
    }

    fn top(&self, height: u32) -> Self {
        let height = height.min(self.height);
        Self {
            width: self.width,
            height,
            rgb: self.rgb[..(self.width * height * 3) as usize].to_vec(),
        }
    }

    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(&self.rgb).expect("data");
        writer.finish().expect("finished");
        out
    }
}

fn reference_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(format!("{name}.png"))
}

/// Compares `actual` with the reference `name`; on a difference, writes `name.new.png` next to
/// it and fails naming the region that differs.
fn assert_matches_reference(name: &str, actual: &Image) {
    let path = reference_path(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual.encode()).expect("reference written");
        return;
    }
    let new_path = path.with_extension("new.png");
    let fail = |why: String| -> ! {
        std::fs::write(&new_path, actual.encode()).expect("new image written");
        panic!(
            "{name}: {why}\n  reference: {}\n  drawn now: {}\nLook at both; if the new one is right, \
             run with UPDATE_SNAPSHOTS=1 and commit it.",
            path.display(),
            new_path.display()
        );
    };
    let Ok(bytes) = std::fs::read(&path) else {
        fail("there is no reference image".to_owned());
    };
    let expected = Image::decode(&bytes);
    if (expected.width, expected.height) != (actual.width, actual.height) {
        fail(format!(
            "the image is {}×{}, the reference {}×{}",
            actual.width, actual.height, expected.width, expected.height
        ));
    }
    let mut differing = 0;
    let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0, 0);
    let mut worst = 0;
    for (i, (a, e)) in actual
        .rgb
        .chunks_exact(3)
        .zip(expected.rgb.chunks_exact(3))
        .enumerate()
    {
        let diff = a
            .iter()
            .zip(e)
            .map(|(a, e)| a.abs_diff(*e))
            .max()
            .unwrap_or(0);
        worst = worst.max(diff);
        if diff > CHANNEL_TOLERANCE {
            differing += 1;
            let (x, y) = (i as u32 % actual.width, i as u32 / actual.width);
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
    }
    if differing > PIXELS_ALLOWED {
        let lines = match (y0 < TITLE_BOTTOM, y1 < TITLE_BOTTOM) {
            (true, true) => "the title",
            (true, false) => "the title and the subtitle",
            (false, _) => "the subtitle",
        };
        fail(format!(
            "{differing} pixels differ by more than {CHANNEL_TOLERANCE} (by up to {worst}) in \
             {lines}: x {x0}..={x1}, y {y0}..={y1}"
        ));
    }
}

fn caption_band(title: &str) -> Image {
    let days = days();
    let png = gz_figure::render(&figure(title, &days), SIZE, Format::Png).expect("PNG");
    Image::decode(&png).top(BAND_HEIGHT)
}

#[test]
fn an_arabic_title_is_set_joined_and_right_to_left_with_its_digits_in_order() {
    assert_matches_reference("title-arabic", &caption_band(ARABIC_TITLE));
}

#[test]
fn a_hebrew_title_is_set_right_to_left_with_its_digits_in_order() {
    assert_matches_reference("title-hebrew", &caption_band(HEBREW_TITLE));
}

/// The text of the PNG's chunks, keyword and text.
fn png_text(bytes: &[u8]) -> Vec<(String, String)> {
    let reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG");
    let info = reader.info();
    let mut text: Vec<(String, String)> = info
        .uncompressed_latin1_text
        .iter()
        .map(|t| (t.keyword.clone(), t.text.clone()))
        .collect();
    for t in &info.utf8_text {
        text.push((t.keyword.clone(), t.get_text().expect("utf-8")));
    }
    text
}

/// What a person reads in the SVG's `<text>` elements, in order: tags and the invisible
/// direction marks left out, entities decoded.
fn svg_drawn_text(svg: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text ") {
        let body_start = start + rest[start..].find('>').expect("tag closed") + 1;
        let body_end = body_start + rest[body_start..].find("</text>").expect("text closed");
        let mut line = String::new();
        let mut in_tag = false;
        for c in rest[body_start..body_end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                '\u{2066}'..='\u{2069}' => {}
                _ if !in_tag => line.push(c),
                _ => {}
            }
        }
        lines.push(
            line.trim()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&"),
        );
        rest = &rest[body_end..];
    }
    lines
}

#[test]
fn the_png_and_the_svg_of_a_figure_carry_the_same_text() {
    let days = days();
    for title in [ARABIC_TITLE, HEBREW_TITLE] {
        let figure = figure(title, &days);
        let svg = String::from_utf8(gz_figure::render(&figure, SIZE, Format::Svg).expect("SVG"))
            .expect("utf-8");
        let png = gz_figure::render(&figure, SIZE, Format::Png).expect("PNG");
        let get = |k: &str| {
            png_text(&png)
                .into_iter()
                .find(|(key, _)| key == k)
                .map(|(_, t)| t)
                .unwrap_or_default()
        };
        assert_eq!(get("Title"), title);
        assert!(
            svg.contains(&format!("<title>{title}</title>")),
            "{svg:.400}"
        );
        let drawn = svg_drawn_text(&svg);
        assert_eq!(drawn.first().map(String::as_str), Some(title), "{drawn:?}");
        let description = get("Description");
        assert!(
            drawn
                .iter()
                .any(|line| description.starts_with(line.as_str()))
        );
        assert!(svg.contains(&format!("<desc>{description}</desc>")));
        assert!(
            drawn
                .iter()
                .any(|line| description.ends_with(line.as_str())),
            "the footer drawn is the end of the PNG's description: {description}"
        );
    }
}

/// A figure made in Arabic or Hebrew speaks that language everywhere the program writes words
/// (axes, legend, the "what-if model" footer) and sets its caption from the right edge; the
/// digits stay Western and in order.
#[test]
fn a_figure_in_arabic_or_hebrew_is_worded_and_set_in_that_language() {
    use gz_i18n::{Language, message, set_language, tr};
    let days = days();
    let figure = figure("From red to blue 2026", &days);
    set_language(Language::English);
    let english = svg_drawn_text(
        &String::from_utf8(gz_figure::render(&figure, SIZE, Format::Svg).expect("SVG"))
            .expect("utf-8"),
    );
    for language in [Language::Arabic, Language::Hebrew] {
        set_language(language);
        let svg = String::from_utf8(gz_figure::render(&figure, SIZE, Format::Svg).expect("SVG"))
            .expect("utf-8");
        let drawn = svg_drawn_text(&svg);
        for (id, english_words) in [
            ("figure-axis-day", "day of the scenario"),
            ("figure-axis-people", "people (millions)"),
        ] {
            assert!(english.iter().any(|t| t == english_words), "{english:?}");
            let translated = message(id, None);
            assert!(
                drawn.contains(&translated),
                "{language:?}: {translated} missing from {drawn:?}"
            );
            assert!(!drawn.iter().any(|t| t == english_words), "{drawn:?}");
        }
        assert!(
            drawn.iter().any(|t| t.starts_with("gaza-zones ")
                && t.contains(&tr!("not-a-forecast"))
                && t.ends_with("test.ron sha256:0123456789ab")),
            "{language:?}: footer in {drawn:?}"
        );
        // The title's line is anchored at its end, the right edge of the picture.
        let title_tag = svg
            .split("<text ")
            .skip(1)
            .find(|t| t.contains("From red to blue 2026"))
            .expect("the title is drawn");
        assert!(title_tag.contains("text-anchor=\"end\""), "{title_tag}");
    }
    set_language(Language::English);
}

/// An event's title reads away from its line in the figure's direction: after it in English,
/// set to its left (anchored at its end) in Arabic and Hebrew.
#[test]
fn event_titles_are_set_from_their_line_in_the_reading_direction() {
    use gz_i18n::{Language, set_language};
    let days = days();
    let figure = figure("A title", &days);
    let anchor_of_title = |language| {
        set_language(language);
        let svg = String::from_utf8(gz_figure::render(&figure, SIZE, Format::Svg).expect("SVG"))
            .expect("utf-8");
        let tag = svg
            .split("<text ")
            .skip(1)
            .find(|t| t.contains("Aid convoy"))
            .expect("the event is titled")
            .to_owned();
        tag[..tag.find('>').expect("tag")].to_owned()
    };
    assert!(anchor_of_title(Language::English).contains("text-anchor=\"start\""));
    for language in [Language::Arabic, Language::Hebrew] {
        let tag = anchor_of_title(language);
        assert!(tag.contains("text-anchor=\"end\""), "{language:?}: {tag}");
    }
    set_language(Language::English);
}
