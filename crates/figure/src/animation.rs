//! Moving maps for slides: the map figure of every `step` days from one day to another, with
//! the date and the events that happened since the previous frame burnt in, and optionally the
//! people chart beside it with a cursor on the frame's day, as an animated GIF, APNG or WebP.
//!
//! Frames are drawn, encoded and written one at a time: memory holds the frame being made and
//! the one before it (to send only what changed), never the whole animation. The command
//! line's `animate` and the app's Export both go through [`Animator`].
//!
//! The encoders are kept crates: `gif` (with `color_quant`'s `NeuQuant` where a frame has more
//! than 255 colours), `png` (APNG) and `image-webp` (lossless frames). No kept pure-Rust crate
//! writes animated WebP, so the RIFF container around image-webp's frames (VP8X, ANIM, ANMF
//! chunks, as Google's "WebP Container Specification" lays them out) is written here.

use std::collections::HashMap;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use thiserror::Error;

use super::chart::{self, ChartFigure, ChartKind, Quantity};
use super::map::{self, MapFigure};
use super::{Caption, FigureError, FigureSize, Format, INK, MUTED, Pen, draw_error, fit_text};
use super::{fonts, raster};
use gz_core::model::RunOutput;
use gz_core::report::VERSION;
use gz_core::scenario::Scenario;
use gz_core::style::ZonePalette;
use gz_i18n::tr;

/// How long each frame shows, in milliseconds. A room needs a moment on the first map before
/// it moves, a frame that brings events longer to read them, and the last map held before the
/// loop starts again; the rest move at about three weeks of the scenario a second with the
/// default weekly step.
pub const FIRST_FRAME_MS: u32 = 1_000;
pub const FRAME_MS: u32 = 300;
pub const EVENT_FRAME_MS: u32 = 1_500;
pub const LAST_FRAME_MS: u32 = 3_000;

/// At most this many event captions on a frame; the rest are counted ("and 2 more").
const MAX_CAPTIONS: usize = 5;

/// The file formats, from the name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnimationFormat {
    /// Plays everywhere (slides, browsers, chat); 256 colours a frame.
    Gif,
    /// Animated PNG: every colour, lossless; browsers and `LibreOffice` play it, `PowerPoint` shows
    /// its first frame.
    Apng,
    /// Animated lossless WebP: every colour, for web pages.
    Webp,
}

impl AnimationFormat {
    pub const ALL: [Self; 3] = [Self::Gif, Self::Apng, Self::Webp];

    /// The extensions accepted, for messages.
    pub const ACCEPTED: &'static str = ".gif, .apng (or .png) or .webp";

    /// From the file name's extension.
    ///
    /// # Errors
    /// When the extension is none of [`Self::ACCEPTED`].
    pub fn of_path(path: &Path) -> Result<Self, AnimationError> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("gif") => Ok(Self::Gif),
            Some("apng" | "png") => Ok(Self::Apng),
            Some("webp") => Ok(Self::Webp),
            _ => Err(AnimationError::UnknownFormat(path.display().to_string())),
        }
    }

    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Gif => "gif",
            Self::Apng => "apng",
            Self::Webp => "webp",
        }
    }

    /// The name a person knows it by.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Gif => "GIF",
            Self::Apng => "APNG",
            Self::Webp => "WebP",
        }
    }
}

/// How a GIF's frames get their 255 colours (one more index is "unchanged"). Measured on
/// `full_phase_two.ron` in docs/OUTPUTS.md ("Animations"): per frame is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GifPalette {
    /// Each frame's own palette, from the colours of the pixels that changed (exact when they
    /// are at most 255, else `NeuQuant`'s choice).
    #[default]
    PerFrame,
    /// One palette for the whole file, learnt by `NeuQuant` from the first and last frames.
    Global,
}

#[derive(Debug, Error)]
pub enum AnimationError {
    #[error("{0}: unknown animation format; end the file name in {accepted}", accepted = AnimationFormat::ACCEPTED)]
    UnknownFormat(String),
    #[error("--{which} {day} is past the scenario's last day ({last})")]
    PastTheEnd {
        which: &'static str,
        day: u32,
        last: u32,
    },
    #[error("--from {from} is after --to {to}")]
    FromAfterTo { from: u32, to: u32 },
    #[error("--step must be at least 1 day")]
    ZeroStep,
    #[error(transparent)]
    Figure(#[from] FigureError),
    #[error("cannot encode the GIF: {0}")]
    Gif(#[from] gif::EncodingError),
    #[error("cannot encode the APNG: {0}")]
    Apng(#[from] png::EncodingError),
    #[error("cannot encode the WebP: {0}")]
    Webp(#[from] image_webp::EncodingError),
    #[error("cannot write the animation: {0}")]
    Io(#[from] std::io::Error),
    /// The caller's progress asked to stop; nothing complete was written.
    #[error("stopped before the last frame")]
    Stopped,
}

/// What to animate and how.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnimationSpec {
    pub from_day: u32,
    pub to_day: u32,
    /// Days between frames; the last day is always the last frame.
    pub step_days: u32,
    /// Frame size in pixels (layout pixels at scale 1).
    pub width: u32,
    pub height: u32,
    /// The people chart beside the map, with a cursor on the frame's day.
    pub with_timeline: bool,
    pub format: AnimationFormat,
    pub zones: ZonePalette,
    pub gif_palette: GifPalette,
}

impl AnimationSpec {
    /// Checks the days against the scenario's last day and the size against the figure's
    /// limits: everything that could fail is refused before a frame is drawn.
    ///
    /// # Errors
    /// A day past the end, `from` after `to`, a zero step, or a size the figure refuses.
    pub fn check(&self, last_day: u32) -> Result<(), AnimationError> {
        for (which, day) in [("from", self.from_day), ("to", self.to_day)] {
            if day > last_day {
                return Err(AnimationError::PastTheEnd {
                    which,
                    day,
                    last: last_day,
                });
            }
        }
        if self.from_day > self.to_day {
            return Err(AnimationError::FromAfterTo {
                from: self.from_day,
                to: self.to_day,
            });
        }
        if self.step_days == 0 {
            return Err(AnimationError::ZeroStep);
        }
        self.size().pixels(Format::Png)?;
        Ok(())
    }

    fn size(&self) -> FigureSize {
        FigureSize {
            width: self.width,
            height: self.height,
            scale: 1.0,
        }
    }

    /// The days of the frames: `from`, every `step` days after, and `to` last.
    #[must_use]
    pub fn frame_days(&self) -> Vec<u32> {
        let step = self.step_days.max(1) as usize;
        let mut days: Vec<u32> = (self.from_day..=self.to_day).step_by(step).collect();
        if days.last() != Some(&self.to_day) {
            days.push(self.to_day);
        }
        days
    }
}

/// Whether to go on after a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

/// Writes the whole animation to `out`, calling `progress(frames done, frames)` after each
/// frame; stops with [`AnimationError::Stopped`] when it answers [`Flow::Stop`].
///
/// # Errors
/// As [`Animator::new`] and [`Animator::write_next`], and [`AnimationError::Stopped`].
pub fn write<W: Write + Seek>(
    spec: &AnimationSpec,
    scenario: Scenario,
    run: RunOutput,
    source: String,
    out: W,
    mut progress: impl FnMut(usize, usize) -> Flow,
) -> Result<(), AnimationError> {
    let mut animator = Animator::new(spec, scenario, run, source, out)?;
    let total = animator.frames();
    while animator.write_next()? {
        if progress(animator.done(), total) == Flow::Stop {
            return Err(AnimationError::Stopped);
        }
    }
    animator.finish()
}

/// An animation being written, a frame at a time (the browser, which has no threads, writes a
/// frame per step of the app's job).
pub struct Animator<W: Write + Seek> {
    spec: AnimationSpec,
    scenario: Scenario,
    run: RunOutput,
    source: String,
    days: Vec<u32>,
    done: usize,
    /// The last frame written, as shown: what the next one is compared with.
    previous: Option<Vec<u8>>,
    encoder: Encoder<W>,
}

impl<W: Write + Seek> Animator<W> {
    /// Checks the spec and starts the file (a GIF with a global palette draws its first and
    /// last frames here to learn it).
    ///
    /// # Errors
    /// As [`AnimationSpec::check`], and when the file's start cannot be written.
    pub fn new(
        spec: &AnimationSpec,
        scenario: Scenario,
        run: RunOutput,
        source: String,
        out: W,
    ) -> Result<Self, AnimationError> {
        spec.check(scenario.horizon_days)?;
        let days = spec.frame_days();
        let mut animator = Self {
            spec: *spec,
            scenario,
            run,
            source,
            days,
            done: 0,
            previous: None,
            encoder: Encoder::Starting,
        };
        animator.encoder = animator.start(out)?;
        Ok(animator)
    }

    fn start(&self, out: W) -> Result<Encoder<W>, AnimationError> {
        let (w, h) = (self.spec.width, self.spec.height);
        let title = self.scenario.meta.title.replace(['\n', '\r'], " ");
        Ok(match self.spec.format {
            AnimationFormat::Gif => {
                let palette = match self.spec.gif_palette {
                    GifPalette::PerFrame => None,
                    GifPalette::Global => Some(self.learn_palette()?),
                };
                let global: &[u8] = palette.as_ref().map_or(&[], |p| &p.rgb);
                // The size was checked against MAX_PIXELS: both sides fit in 16 bits.
                let mut encoder = gif::Encoder::new(out, w as u16, h as u16, global)?;
                encoder.set_repeat(gif::Repeat::Infinite)?;
                Encoder::Gif { encoder, palette }
            }
            AnimationFormat::Apng => {
                let mut encoder = png::Encoder::new(out, w, h);
                encoder.set_color(png::ColorType::Rgb);
                encoder.set_depth(png::BitDepth::Eight);
                // Fast: about as small as the default on flat figure colours, several times
                // quicker.
                encoder.set_compression(png::Compression::Fast);
                encoder.set_animated(self.days.len() as u32, 0)?;
                encoder.add_itxt_chunk("Title".to_owned(), title)?;
                encoder.add_itxt_chunk("Description".to_owned(), self.description())?;
                encoder.add_text_chunk("Software".to_owned(), format!("gaza-zones {VERSION}"))?;
                Encoder::Apng(encoder.write_header()?)
            }
            AnimationFormat::Webp => Encoder::Webp(WebpMuxer::start(out, (w, h))?),
        })
    }

    /// What the file says it shows.
    fn description(&self) -> String {
        let first = Caption::day_subtitle(&self.scenario, self.spec.from_day);
        let last = Caption::day_subtitle(&self.scenario, self.spec.to_day);
        let caption = Caption::new(&self.scenario, String::new(), self.source.clone());
        format!("{first} – {last}. {}", caption.footer())
    }

    /// Frames in all.
    #[must_use]
    pub fn frames(&self) -> usize {
        self.days.len()
    }

    /// Frames written so far.
    #[must_use]
    pub fn done(&self) -> usize {
        self.done
    }

    /// Draws, encodes and writes the next frame; whether there was one.
    ///
    /// # Errors
    /// When the frame cannot be drawn, encoded or written.
    pub fn write_next(&mut self) -> Result<bool, AnimationError> {
        if self.done >= self.days.len() {
            return Ok(false);
        }
        let rgb = self.draw(self.done)?;
        let delay_ms = self.delay_ms(self.done);
        let (w, h) = (self.spec.width, self.spec.height);
        let changed = match &self.previous {
            Some(previous) => changed_box(previous, &rgb, w, h),
            None => Rect::whole(w, h),
        };
        match &mut self.encoder {
            Encoder::Gif { encoder, palette } => {
                let frame = gif_frame(
                    &rgb,
                    self.previous.as_deref(),
                    w,
                    changed,
                    delay_ms,
                    palette.as_mut(),
                );
                encoder.write_frame(&frame)?;
            }
            Encoder::Apng(writer) => {
                writer.set_frame_delay(delay_ms.min(u32::from(u16::MAX)) as u16, 1000)?;
                writer.reset_frame_position()?;
                writer.set_frame_dimension(changed.w, changed.h)?;
                writer.set_frame_position(changed.x, changed.y)?;
                writer.set_dispose_op(png::DisposeOp::None)?;
                writer.set_blend_op(png::BlendOp::Source)?;
                writer.write_image_data(&crop(&rgb, w, changed))?;
            }
            Encoder::Webp(muxer) => {
                // Frames start on even pixels (the container stores half the offset).
                let x = changed.x & !1;
                let y = changed.y & !1;
                let even = Rect {
                    x,
                    y,
                    w: changed.w + (changed.x - x),
                    h: changed.h + (changed.y - y),
                };
                muxer.frame(&crop(&rgb, w, even), even, delay_ms)?;
            }
            Encoder::Starting => {}
        }
        self.previous = Some(rgb);
        self.done += 1;
        Ok(true)
    }

    /// Ends the file, after the last frame. (The writer is not handed back, as the png
    /// crate's is not: pass `&mut` a writer to keep it.)
    ///
    /// # Errors
    /// When frames are missing or the end cannot be written.
    pub fn finish(self) -> Result<(), AnimationError> {
        if self.done < self.days.len() {
            return Err(AnimationError::Stopped);
        }
        match self.encoder {
            Encoder::Gif { encoder, .. } => {
                encoder.into_inner()?.flush()?;
            }
            Encoder::Apng(writer) => writer.finish()?,
            Encoder::Webp(muxer) => muxer.finish()?,
            Encoder::Starting => return Err(AnimationError::Stopped),
        }
        Ok(())
    }

    fn delay_ms(&self, index: usize) -> u32 {
        if index + 1 == self.days.len() {
            LAST_FRAME_MS
        } else if index == 0 {
            FIRST_FRAME_MS
        } else if !self.events_between(index).is_empty() {
            EVENT_FRAME_MS
        } else {
            FRAME_MS
        }
    }

    /// The titles of the events that happened since the previous frame (on the first frame,
    /// on its day), in the order they happened: dated events, and conditional ones on the day
    /// they fired in this run.
    fn events_between(&self, index: usize) -> Vec<String> {
        let day = self.days[index];
        let after = index.checked_sub(1).map(|i| self.days[i]);
        let within = |d: u32| match after {
            Some(after) => after < d && d <= day,
            None => d == day,
        };
        gz_core::model::milestones::happened_in_order(&self.scenario.events, &self.run.fired)
            .into_iter()
            .filter(|h| within(h.day))
            .filter_map(|h| self.scenario.events.get(h.index))
            .map(gz_i18n::events::label)
            .collect()
    }

    /// The frame's pixels, RGB row by row.
    fn draw(&self, index: usize) -> Result<Vec<u8>, FigureError> {
        let layout = (self.spec.width, self.spec.height);
        let svg = self.frame_svg(index)?;
        raster::rasterise(&svg, layout, layout)
    }

    fn frame_svg(&self, index: usize) -> Result<String, FigureError> {
        let day = self.days[index];
        let scenario = &self.scenario;
        let pen = Pen { scale: 1.0 };
        let events = self.events_between(index);
        fonts::register();
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (self.spec.width, self.spec.height))
                .into_drawing_area();
            root.fill(&WHITE).map_err(draw_error)?;
            let caption = Caption::new(
                scenario,
                Caption::day_subtitle(scenario, day),
                self.source.clone(),
            );
            let body = super::frame(&root, &caption, pen)?;
            let map_figure = MapFigure {
                run: &self.run,
                day,
                blue_chance: None,
            };
            let map_area = if self.spec.with_timeline {
                // Beside, not below: the Strip and its legend are tall, the chart can be
                // narrow.
                let (w, _) = body.dim_in_pixel();
                let (map_area, chart_area) = body.split_horizontally(w * 16 / 25);
                let chart = ChartFigure {
                    kind: ChartKind::Stacked(Quantity::People),
                    days: &self.run.days,
                    summary: None,
                    events: crate::EventMark::of_run(scenario, Some(&self.run)),
                    marked_day: Some(day),
                };
                chart::draw(&chart_area, &chart, self.spec.zones, pen)?;
                map_area
            } else {
                body
            };
            let drawn = map::draw_parts(&map_area, &map_figure, self.spec.zones, pen)?;
            stamp(&drawn, scenario, day, &events, pen)?;
            root.present().map_err(draw_error)?;
        }
        Ok(fonts::with_script_fonts(&svg))
    }

    /// A GIF palette for the whole file, learnt from the first and last frames.
    fn learn_palette(&self) -> Result<Palette, FigureError> {
        let mut rgba = Vec::new();
        for index in [0, self.days.len() - 1] {
            let rgb = self.draw(index)?;
            rgba.extend(rgb.chunks_exact(3).flat_map(|p| [p[0], p[1], p[2], 0xFF]));
        }
        Ok(Palette::learnt(&rgba))
    }
}

/// The date large over the sea in the map's top-left corner (the Strip's north-west is sea)
/// with the day under it, on a white card so that it reads over any colour; and the events
/// since the previous frame under the legend, where there is room, else on the card.
fn stamp<DB: DrawingBackend>(
    drawn: &map::Drawn<DB>,
    scenario: &Scenario,
    day: u32,
    events: &[String],
    pen: Pen,
) -> Result<(), FigureError> {
    let date = gz_i18n::names::calendar_date(scenario.start_date, day);
    let day_line = tr!("figure-marked-day", day = day.to_string());
    let (big, small) = match date {
        Some(date) => (date, day_line),
        None => (day_line, String::new()),
    };
    let mut card = vec![Line::new(big, pen.bold(40.0), INK, pen.px(48.0))];
    if !small.is_empty() {
        card.push(Line::new(small, pen.font(20.0), MUTED, pen.px(30.0)));
    }
    // Under the legend: from its last row to the boundaries' credit at the bottom.
    let (legend_w, legend_h) = drawn.legend.dim_in_pixel();
    let legend_x = pen.px(22.0);
    let legend_text_w = legend_w as i32 - legend_x - pen.px(4.0);
    let under_legend = event_lines(events, legend_text_w, pen, false)?;
    let room = legend_h as i32 - pen.px(40.0) - (drawn.legend_bottom_px + pen.px(16.0));
    let needed: i32 = under_legend.iter().map(|l| l.advance).sum();
    if needed <= room {
        draw_lines(
            &drawn.legend,
            (legend_x, drawn.legend_bottom_px + pen.px(16.0)),
            legend_text_w,
            under_legend,
        )?;
    } else {
        // A small frame: a line each, smaller, on the card over the sea.
        let (map_w, _) = drawn.map.dim_in_pixel();
        let on_card = event_lines(events, (map_w as i32 * 2 / 5).max(pen.px(200.0)), pen, true)?;
        card.extend(on_card);
    }
    let padding = pen.px(12.0);
    let mut widest = 0.0_f64;
    for line in &card {
        widest = widest.max(super::drawn_width(&line.text, &line.font)?);
    }
    let (map_w, _) = drawn.map.dim_in_pixel();
    let card_w = (widest.ceil() as i32 + 2 * padding).min(map_w as i32 * 2 / 5 + 2 * padding);
    let height: i32 = card.iter().map(|l| l.advance).sum::<i32>() + 2 * padding;
    let corner = (pen.px(14.0), pen.px(14.0));
    let far = (corner.0 + card_w, corner.1 + height);
    drawn
        .map
        .draw(&Rectangle::new([corner, far], WHITE.mix(0.88).filled()))
        .map_err(draw_error)?;
    drawn
        .map
        .draw(&Rectangle::new(
            [corner, far],
            MUTED.mix(0.5).stroke_width(1),
        ))
        .map_err(draw_error)?;
    draw_lines(
        &drawn.map,
        (corner.0 + padding, corner.1 + padding),
        card_w - 2 * padding,
        card,
    )
}

/// A line of text of the stamp, with the room it takes below the previous one and how far it
/// is indented (a title's second line).
struct Line {
    text: String,
    font: FontDesc<'static>,
    colour: RGBColor,
    advance: i32,
    indent: i32,
}

impl Line {
    fn new(text: String, font: FontDesc<'static>, colour: RGBColor, advance: i32) -> Self {
        Self {
            text,
            font,
            colour,
            advance,
            indent: 0,
        }
    }
}

/// The events as lines at most `width_px` wide: each title on up to two lines (`compact`: on
/// one, smaller), and a count of those beyond [`MAX_CAPTIONS`].
fn event_lines(
    events: &[String],
    width_px: i32,
    pen: Pen,
    compact: bool,
) -> Result<Vec<Line>, FigureError> {
    let shown = if events.len() > MAX_CAPTIONS {
        MAX_CAPTIONS - 1
    } else {
        events.len()
    };
    let (size, advance, max_lines) = if compact {
        (15.0, pen.px(21.0), 1)
    } else {
        (19.0, pen.px(25.0), 2)
    };
    let indent = pen.px(14.0);
    let mut lines = Vec::new();
    for (k, title) in events.iter().take(shown).enumerate() {
        let font = pen.font(size);
        let gap = if k == 0 { pen.px(12.0) } else { pen.px(4.0) };
        let bullet = format!("• {title}");
        for (n, text) in wrapped(&bullet, &font, width_px - indent, max_lines)?
            .into_iter()
            .enumerate()
        {
            let mut line = Line::new(
                text,
                font.clone(),
                INK,
                advance + if n == 0 { gap } else { 0 },
            );
            if n > 0 {
                line.indent = indent;
            }
            lines.push(line);
        }
    }
    if events.len() > shown {
        let more = tr!(
            "figure-animation-more-events",
            n = (events.len() - shown).to_string()
        );
        lines.push(Line::new(more, pen.font(17.0), MUTED, pen.px(26.0)));
    }
    Ok(lines)
}

/// `text` broken at spaces into at most `max_lines` lines of at most `width_px`, the last
/// shortened with "…" if the words run on.
fn wrapped(
    text: &str,
    font: &FontDesc,
    width_px: i32,
    max_lines: usize,
) -> Result<Vec<String>, FigureError> {
    let mut lines = Vec::new();
    let mut rest: Vec<&str> = text.split(' ').collect();
    while !rest.is_empty() && lines.len() + 1 < max_lines {
        // The most words that fit (at least one).
        let mut take = rest.len();
        while take > 1 && super::drawn_width(&rest[..take].join(" "), font)? > f64::from(width_px) {
            take -= 1;
        }
        if take == rest.len() {
            break;
        }
        lines.push(rest[..take].join(" "));
        rest.drain(..take);
    }
    if !rest.is_empty() {
        lines.push(fit_text(&rest.join(" "), font, width_px)?);
    }
    Ok(lines)
}

/// Draws `lines` down from `(x, y)`, in a column `width_px` wide: from its left edge, or in
/// Arabic and Hebrew from its right edge, where their lines start.
fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    width_px: i32,
    lines: Vec<Line>,
) -> Result<(), FigureError> {
    let rtl = gz_i18n::language().is_right_to_left();
    let (x, anchor) = if rtl {
        (x + width_px, Pos::new(HPos::Right, VPos::Top))
    } else {
        (x, Pos::new(HPos::Left, VPos::Top))
    };
    let mut y = y;
    for line in lines {
        // Text hangs from its top; the room a line takes beyond its own height is a gap above.
        let gap = (line.advance - font_line(&line.font)).max(0);
        let x = if rtl {
            x - line.indent
        } else {
            x + line.indent
        };
        area.draw(&Text::new(
            line.text,
            (x, y + gap),
            line.font.color(&line.colour).pos(anchor),
        ))
        .map_err(draw_error)?;
        y += line.advance;
    }
    Ok(())
}

/// The height a line of `font` needs, a little more than its size.
fn font_line(font: &FontDesc) -> i32 {
    (font.get_size() * 1.4).round() as i32
}

/// A rectangle of the frame, in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rect {
    x: u32,
    y: u32,
    w: u32,
    h: u32,
}

impl Rect {
    fn whole(w: u32, h: u32) -> Self {
        Self { x: 0, y: 0, w, h }
    }
}

/// The smallest rectangle holding every pixel that differs between two frames (a single
/// pixel when none does: every format needs a frame to hold the delay).
fn changed_box(previous: &[u8], current: &[u8], w: u32, h: u32) -> Rect {
    let row_bytes = w as usize * 3;
    let rows = previous
        .chunks_exact(row_bytes)
        .zip(current.chunks_exact(row_bytes));
    let (mut top, mut bottom, mut left, mut right) = (u32::MAX, 0, u32::MAX, 0);
    for (y, (a, b)) in rows.enumerate() {
        if a == b {
            continue;
        }
        let first = a
            .chunks_exact(3)
            .zip(b.chunks_exact(3))
            .position(|(p, q)| p != q);
        let last = a
            .chunks_exact(3)
            .zip(b.chunks_exact(3))
            .rposition(|(p, q)| p != q);
        if let (Some(first), Some(last)) = (first, last) {
            top = top.min(y as u32);
            bottom = y as u32;
            left = left.min(first as u32);
            right = right.max(last as u32);
        }
    }
    if top == u32::MAX {
        return Rect {
            x: 0,
            y: 0,
            w: 1.min(w),
            h: 1.min(h),
        };
    }
    Rect {
        x: left,
        y: top,
        w: right - left + 1,
        h: bottom - top + 1,
    }
}

/// The RGB bytes of `rect` of a frame `w` pixels wide.
fn crop(rgb: &[u8], w: u32, rect: Rect) -> Vec<u8> {
    let row_bytes = w as usize * 3;
    let mut out = Vec::with_capacity(rect.w as usize * rect.h as usize * 3);
    for y in rect.y..rect.y + rect.h {
        let start = y as usize * row_bytes + rect.x as usize * 3;
        out.extend_from_slice(&rgb[start..start + rect.w as usize * 3]);
    }
    out
}

/// The index a GIF frame gives pixels that did not change: the viewer keeps the previous
/// frame's there, which compresses to almost nothing.
const UNCHANGED: u8 = 255;

/// Up to 255 colours and where each comes from.
struct Palette {
    rgb: Vec<u8>,
    quant: Option<color_quant::NeuQuant>,
    exact: HashMap<[u8; 3], u8>,
}

impl Palette {
    /// The colours of `rgba` exactly when there are at most 255 of them, else `NeuQuant`'s 255.
    fn learnt(rgba: &[u8]) -> Self {
        let mut exact: HashMap<[u8; 3], u8> = HashMap::new();
        for p in rgba.chunks_exact(4) {
            let colour = [p[0], p[1], p[2]];
            let next = exact.len();
            if next >= usize::from(UNCHANGED) && !exact.contains_key(&colour) {
                // Sample factor 10: the gif crate's "good compromise" between speed and quality.
                let quant = color_quant::NeuQuant::new(10, usize::from(UNCHANGED), rgba);
                let mut rgb = quant.color_map_rgb();
                rgb.extend_from_slice(&[0, 0, 0]);
                return Self {
                    rgb,
                    quant: Some(quant),
                    exact: HashMap::new(),
                };
            }
            exact.entry(colour).or_insert(next as u8);
        }
        let mut rgb = vec![0; 256 * 3];
        for (colour, &i) in &exact {
            rgb[usize::from(i) * 3..usize::from(i) * 3 + 3].copy_from_slice(colour);
        }
        Self {
            rgb,
            quant: None,
            exact,
        }
    }

    /// The nearest colour's index; remembered, since a figure repeats few colours.
    fn index_of(&mut self, colour: [u8; 3]) -> u8 {
        if let Some(&i) = self.exact.get(&colour) {
            return i;
        }
        let i = self.quant.as_ref().map_or(0, |q| {
            q.index_of(&[colour[0], colour[1], colour[2], 0xFF]) as u8
        });
        self.exact.insert(colour, i);
        i
    }
}

/// A GIF frame of the changed rectangle: pixels unchanged since `previous` are transparent.
fn gif_frame(
    rgb: &[u8],
    previous: Option<&[u8]>,
    w: u32,
    rect: Rect,
    delay_ms: u32,
    global: Option<&mut Palette>,
) -> gif::Frame<'static> {
    let current = crop(rgb, w, rect);
    let before = previous.map(|p| crop(p, w, rect));
    let is_same = |k: usize| {
        before
            .as_ref()
            .is_some_and(|b| b[k * 3..k * 3 + 3] == current[k * 3..k * 3 + 3])
    };
    let pixels = current.len() / 3;
    let mut local = None;
    let palette = if let Some(p) = global {
        p
    } else {
        let changed: Vec<u8> = (0..pixels)
            .filter(|&k| !is_same(k))
            .flat_map(|k| [current[k * 3], current[k * 3 + 1], current[k * 3 + 2], 0xFF])
            .collect();
        local.insert(Palette::learnt(&changed))
    };
    let buffer: Vec<u8> = (0..pixels)
        .map(|k| {
            if is_same(k) {
                UNCHANGED
            } else {
                palette.index_of([current[k * 3], current[k * 3 + 1], current[k * 3 + 2]])
            }
        })
        .collect();
    gif::Frame {
        width: rect.w as u16,
        height: rect.h as u16,
        left: rect.x as u16,
        top: rect.y as u16,
        // Hundredths of a second.
        delay: (delay_ms / 10).min(u32::from(u16::MAX)) as u16,
        dispose: gif::DisposalMethod::Keep,
        transparent: Some(UNCHANGED),
        palette: local.map(|p| p.rgb),
        buffer: std::borrow::Cow::Owned(buffer),
        ..gif::Frame::default()
    }
}

enum Encoder<W: Write + Seek> {
    /// Before the file is started (only while [`Animator::new`] runs).
    Starting,
    Gif {
        encoder: gif::Encoder<W>,
        /// The global palette, when there is one.
        palette: Option<Palette>,
    },
    Apng(png::Writer<W>),
    Webp(WebpMuxer<W>),
}

/// Animated WebP: a RIFF file of a VP8X header, an ANIM chunk and an ANMF chunk per frame,
/// each frame a lossless VP8L bitstream from image-webp. The RIFF size is written last.
struct WebpMuxer<W> {
    out: W,
    start: u64,
}

impl<W: Write + Seek> WebpMuxer<W> {
    fn start(mut out: W, (w, h): (u32, u32)) -> std::io::Result<Self> {
        let start = out.stream_position()?;
        out.write_all(b"RIFF")?;
        // The file's size, known at the end.
        out.write_all(&0_u32.to_le_bytes())?;
        out.write_all(b"WEBP")?;
        let mut vp8x = vec![0b0000_0010, 0, 0, 0];
        vp8x.extend_from_slice(&u24(w - 1));
        vp8x.extend_from_slice(&u24(h - 1));
        chunk(&mut out, *b"VP8X", &vp8x)?;
        // White behind the frames (blue, green, red, alpha), looping for ever (0).
        chunk(&mut out, *b"ANIM", &[0xFF, 0xFF, 0xFF, 0xFF, 0, 0])?;
        Ok(Self { out, start })
    }

    fn frame(&mut self, rgb: &[u8], rect: Rect, delay_ms: u32) -> Result<(), AnimationError> {
        let mut still = Vec::new();
        image_webp::WebPEncoder::new(&mut still).encode(
            rgb,
            rect.w,
            rect.h,
            image_webp::ColorType::Rgb8,
        )?;
        let bitstream = vp8l_chunk(&still)
            .ok_or_else(|| std::io::Error::other("image-webp wrote no VP8L chunk for a frame"))?;
        let mut anmf = Vec::with_capacity(16 + bitstream.len());
        anmf.extend_from_slice(&u24(rect.x / 2));
        anmf.extend_from_slice(&u24(rect.y / 2));
        anmf.extend_from_slice(&u24(rect.w - 1));
        anmf.extend_from_slice(&u24(rect.h - 1));
        anmf.extend_from_slice(&u24(delay_ms.min(0xFF_FFFF)));
        // Replace the rectangle rather than blend into it; keep the rest of the canvas.
        anmf.push(0b0000_0010);
        anmf.extend_from_slice(bitstream);
        chunk(&mut self.out, *b"ANMF", &anmf)?;
        Ok(())
    }

    fn finish(mut self) -> std::io::Result<()> {
        let end = self.out.stream_position()?;
        let size = u32::try_from(end - self.start - 8)
            .map_err(|_| std::io::Error::other("a WebP file cannot pass 4 GiB"))?;
        self.out.seek(SeekFrom::Start(self.start + 4))?;
        self.out.write_all(&size.to_le_bytes())?;
        self.out.seek(SeekFrom::Start(end))?;
        self.out.flush()
    }
}

/// The low three bytes of `v`, little-endian, as the WebP container stores sizes.
fn u24(v: u32) -> [u8; 3] {
    let b = v.to_le_bytes();
    [b[0], b[1], b[2]]
}

/// Writes a RIFF chunk: its name, size, data and a pad byte to an even length.
fn chunk(out: &mut impl Write, name: [u8; 4], data: &[u8]) -> std::io::Result<()> {
    let size = u32::try_from(data.len())
        .map_err(|_| std::io::Error::other("a WebP chunk cannot pass 4 GiB"))?;
    out.write_all(&name)?;
    out.write_all(&size.to_le_bytes())?;
    out.write_all(data)?;
    if data.len() % 2 == 1 {
        out.write_all(&[0])?;
    }
    Ok(())
}

/// The whole VP8L chunk (name, size, data, pad) of a still WebP file.
fn vp8l_chunk(file: &[u8]) -> Option<&[u8]> {
    let mut at = 12;
    while at + 8 <= file.len() {
        let size = u32::from_le_bytes(file[at + 4..at + 8].try_into().ok()?) as usize;
        let end = (at + 8 + size + size % 2).min(file.len());
        if &file[at..at + 4] == b"VP8L" {
            return file.get(at..end);
        }
        at = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use gz_core::geo::Grid;
    use gz_core::model::{Plan, Record};

    fn stalled(horizon_days: u32) -> (Scenario, RunOutput) {
        bundled("stalled_phase_two.ron", horizon_days)
    }

    fn bundled(file_name: &str, horizon_days: u32) -> (Scenario, RunOutput) {
        let mut scenario = gz_core::scenario::Bundled::named(file_name)
            .expect("bundled")
            .load()
            .expect("loads");
        scenario.horizon_days = horizon_days;
        scenario.events.retain(|e| e.day <= horizon_days);
        let run = Plan::new(Grid::strip(), &scenario.inputs()).run(
            scenario.mode,
            scenario.seed,
            Record::Cells,
        );
        (scenario, run)
    }

    fn spec(format: AnimationFormat) -> AnimationSpec {
        AnimationSpec {
            from_day: 0,
            to_day: 60,
            step_days: 25,
            width: 960,
            height: 540,
            with_timeline: false,
            format,
            zones: ZonePalette::Standard,
            gif_palette: GifPalette::PerFrame,
        }
    }

    #[test]
    fn frames_fall_every_step_and_on_the_last_day() {
        let days = |from, to, step| {
            AnimationSpec {
                from_day: from,
                to_day: to,
                step_days: step,
                ..spec(AnimationFormat::Gif)
            }
            .frame_days()
        };
        assert_eq!(days(0, 60, 25), vec![0, 25, 50, 60]);
        assert_eq!(days(0, 50, 25), vec![0, 25, 50], "the last day once");
        assert_eq!(days(10, 10, 7), vec![10]);
        assert_eq!(days(0, 730, 7).len(), 106);
    }

    #[test]
    fn days_steps_and_names_are_checked_before_any_frame() {
        let bad = |from, to, step| {
            AnimationSpec {
                from_day: from,
                to_day: to,
                step_days: step,
                ..spec(AnimationFormat::Gif)
            }
            .check(100)
            .is_err()
        };
        assert!(bad(0, 101, 7) && bad(50, 40, 7) && bad(0, 100, 0));
        assert!(!bad(0, 100, 7));
        let of = |name: &str| AnimationFormat::of_path(Path::new(name)).ok();
        assert_eq!(of("a/B.GIF"), Some(AnimationFormat::Gif));
        assert_eq!(of("b.png"), Some(AnimationFormat::Apng));
        assert_eq!(of("c.webp"), Some(AnimationFormat::Webp));
        assert_eq!(of("d.mp4"), None);
    }

    #[test]
    fn a_frame_names_the_events_since_the_one_before_and_holds_them_longer() {
        let (mut scenario, run) = stalled(60);
        scenario.events.truncate(0);
        let mut event = gz_core::model::Event::at(
            30,
            gz_core::model::Action::Mandate(gz_core::model::Mandate::Enforce),
        );
        event.title = "Mandate strengthened".to_owned();
        scenario.events.push(event);
        let animator = Animator::new(
            &spec(AnimationFormat::Gif),
            scenario,
            run,
            "test".to_owned(),
            std::io::Cursor::new(Vec::new()),
        )
        .expect("starts");
        // Frames on days 0, 25, 50 and 60: the event of day 30 belongs to the third.
        assert!(animator.events_between(1).is_empty());
        assert_eq!(animator.events_between(2), vec!["Mandate strengthened"]);
        assert!(animator.events_between(3).is_empty());
        let delays: Vec<u32> = (0..4).map(|i| animator.delay_ms(i)).collect();
        assert_eq!(
            delays,
            [FIRST_FRAME_MS, FRAME_MS, EVENT_FRAME_MS, LAST_FRAME_MS]
        );
        let svg = animator.frame_svg(2).expect("drawn");
        assert!(
            svg.contains("Mandate strengthened"),
            "the caption is in the frame"
        );
    }

    /// The two GIF palettes on every fourth week of two years of Full Phase II: time and how far
    /// the frames shown are from the frames drawn (PSNR). `cargo test -p gz-figure --release
    /// -- --ignored --nocapture gif_palettes`; the numbers are in docs/OUTPUTS.md.
    #[test]
    #[ignore = "a measurement of a minute or two, not a check"]
    fn gif_palettes() {
        let (scenario, run) = bundled("full_phase_two.ron", 730);
        for palette in [GifPalette::PerFrame, GifPalette::Global] {
            let spec = AnimationSpec {
                to_day: 730,
                step_days: 28,
                width: 1920,
                height: 1080,
                gif_palette: palette,
                ..spec(AnimationFormat::Gif)
            };
            let mut out = std::io::Cursor::new(Vec::new());
            let started = std::time::Instant::now();
            let mut animator = Animator::new(
                &spec,
                scenario.clone(),
                run.clone(),
                "t".to_owned(),
                &mut out,
            )
            .expect("starts");
            while animator.write_next().expect("a frame") {}
            let frames = animator.frames();
            let drawn: Vec<Vec<u8>> = (0..frames)
                .map(|i| animator.draw(i).expect("drawn"))
                .collect();
            animator.finish().expect("ends");
            let seconds = started.elapsed().as_secs_f64();
            let bytes = out.into_inner();
            let mut options = gif::DecodeOptions::new();
            options.set_color_output(gif::ColorOutput::RGBA);
            let mut decoder = options.read_info(bytes.as_slice()).expect("a GIF");
            let mut canvas = vec![0_u8; 1920 * 1080 * 4];
            let (mut worst, mut sum) = (f64::INFINITY, 0.0);
            let mut k = 0;
            while let Some(frame) = decoder.read_next_frame().expect("a frame") {
                for y in 0..usize::from(frame.height) {
                    for x in 0..usize::from(frame.width) {
                        let from = (y * usize::from(frame.width) + x) * 4;
                        if frame.buffer[from + 3] == 0 {
                            continue;
                        }
                        let to =
                            ((y + usize::from(frame.top)) * 1920 + x + usize::from(frame.left)) * 4;
                        canvas[to..to + 4].copy_from_slice(&frame.buffer[from..from + 4]);
                    }
                }
                let squared: f64 = canvas
                    .chunks_exact(4)
                    .zip(drawn[k].chunks_exact(3))
                    .flat_map(|(a, b)| {
                        (0..3).map(move |c| (f64::from(a[c]) - f64::from(b[c])).powi(2))
                    })
                    .sum();
                let mse = squared / (1920.0 * 1080.0 * 3.0);
                let psnr = if mse == 0.0 {
                    99.0
                } else {
                    10.0 * (255.0 * 255.0 / mse).log10()
                };
                worst = worst.min(psnr);
                sum += psnr;
                k += 1;
            }
            println!(
                "{palette:?}: {frames} frames in {seconds:.1} s (drawing included), {:.2} MB, PSNR mean {:.1} dB, worst {worst:.1} dB",
                bytes.len() as f64 / 1e6,
                sum / k as f64
            );
        }
    }
}
