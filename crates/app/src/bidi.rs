//! Arabic and Hebrew that read right, mixed with English and numbers.
//!
//! egui 0.37 shapes every run of text in one font with harfrust, which lays a run of Arabic or
//! Hebrew letters out right to left, but it places those runs left to right in the order they
//! are stored: it has no bidirectional layout (egui issue #1016). A right-to-left sentence then
//! shows its words in reverse order, and a line that mixes scripts shows its parts reversed.
//!
//! So before egui sees such a text, this module runs the Unicode Bidirectional Algorithm
//! (UAX #9, by the `unicode-bidi` crate) on each line and hands egui one section per piece,
//! in the order the pieces appear on screen from left to right. A piece is either a run of
//! left-to-right text (English, digits: egui draws it as it is), or, inside right-to-left
//! text, one word of right-to-left letters (harfrust turns and joins it) or one other
//! character (a space, a punctuation mark, mirrored when it has a mirror image, such as
//! brackets). Separate sections never share a shaping run, so harfrust never turns anything
//! but a single word.
//!
//! Lines are broken before the pieces are ordered, as UAX #9 asks: a paragraph that wraps
//! keeps its first words on its first line in either direction, and every line keeps the
//! paragraph's direction. Texts without a right-to-left
//! character go to egui untouched.

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::text::{LayoutJob, LayoutSection, TextWrapping};
use eframe::egui::{self, Color32, FontId, Galley, TextFormat, WidgetText};
use eframe::epaint::text::ByteIndex;
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

/// Whether `text` holds a character that the bidirectional algorithm may move: a letter of a
/// right-to-left script or an Arabic-Indic digit. Everything else is drawn as it is stored.
#[must_use]
pub fn needs_reordering(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN))
}

/// A piece of a line as it is drawn: where it lies in the line, and how it is drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Piece {
    /// Its bytes in the line.
    range: Range<usize>,
    /// The character drawn in its place, when it is a bracket or the like mirrored inside
    /// right-to-left text.
    mirrored: Option<char>,
    /// Whether it lies in a right-to-left run (a word, or one other character), rather than
    /// being a whole left-to-right run drawn as it is stored.
    right_to_left: bool,
}

impl Piece {
    fn text<'a>(&self, line: &'a str) -> std::borrow::Cow<'a, str> {
        match self.mirrored {
            Some(c) => c.to_string().into(),
            None => line[self.range.clone()].into(),
        }
    }
}

/// The pieces of one line (no `'\n'` in it), in display order from left to right.
#[must_use]
pub fn display_pieces(line: &str) -> Vec<String> {
    visual_pieces(line)
        .iter()
        .map(|piece| piece.text(line).into_owned())
        .collect()
}

fn visual_pieces(line: &str) -> Vec<Piece> {
    visual_pieces_in(line, None)
}

/// The direction of a paragraph (a line before it is broken): that of its first strong letter.
fn paragraph_level(paragraph: &str) -> Option<Level> {
    BidiInfo::new(paragraph, None)
        .paragraphs
        .first()
        .map(|p| p.level)
}

/// As [`visual_pieces`], for a line cut from a paragraph of direction `level` (`None`: the
/// line's own). UAX #9 gives the lines of a paragraph its direction, so a line of an Arabic
/// sentence that starts with an English word or a number still reads from the right.
fn visual_pieces_in(line: &str, level: Option<Level>) -> Vec<Piece> {
    let right_to_left = level.is_some_and(|l| l.is_rtl());
    if !needs_reordering(line) && !right_to_left {
        return vec![Piece {
            range: 0..line.len(),
            mirrored: None,
            right_to_left: false,
        }];
    }
    let info = BidiInfo::new(line, level);
    let mut pieces = Vec::new();
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            if levels[run.start].is_rtl() {
                let mut words = right_to_left_pieces(line, run);
                words.reverse();
                pieces.extend(words);
            } else {
                pieces.push(Piece {
                    range: run,
                    mirrored: None,
                    right_to_left: false,
                });
            }
        }
    }
    pieces
}

/// A right-to-left run (the bytes `run` of `line`) cut into what harfrust may shape alone, in
/// logical order: words of right-to-left letters (with their marks and joiners) whole, every
/// other character apart and mirrored, since it is drawn in a right-to-left context.
fn right_to_left_pieces(line: &str, run: Range<usize>) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut in_word = false;
    for (at, c) in line[run.clone()].char_indices() {
        let at = run.start + at;
        let range = at..at + c.len_utf8();
        let word_char = matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::NSM | BidiClass::BN
        );
        match pieces.last_mut() {
            Some(word) if word_char && in_word => word.range.end = range.end,
            _ => pieces.push(Piece {
                range,
                mirrored: if word_char {
                    None
                } else {
                    unicode_bidi_mirroring::get_mirrored(c)
                },
                right_to_left: true,
            }),
        }
        in_word = word_char;
    }
    pieces
}

/// `text` (lines split at `'\n'`) as a layout job in `format`, ready for egui; unwrapped.
#[must_use]
pub fn job(text: &str, format: &TextFormat) -> LayoutJob {
    let mut job = LayoutJob::default();
    if !needs_reordering(text) {
        job.append(text, 0.0, format.clone());
        return job;
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            job.append("\n", 0.0, format.clone());
        }
        append(&mut job, line, format);
    }
    job
}

/// One line in display order as a plain string, for the few places that take no layout job
/// (`egui_plot`'s legend). Right only where egui gives every right-to-left word a shaping run of
/// its own, that is where words are parted by spaces or Latin punctuation, as in the
/// interface's own messages; user text goes through [`job`] instead.
#[must_use]
pub fn plain(line: &str) -> String {
    display_pieces(line).concat()
}

/// Appends one line of `text` to `job` in `format`, its pieces in display order: for a label
/// made of several parts (a day in the caption colour, then a title).
pub fn append(job: &mut LayoutJob, text: &str, format: &TextFormat) {
    // Not `LayoutJob::append`, which merges a section into the one before it when their
    // formats are equal: harfrust would then shape (and turn) the two pieces as one.
    for piece in display_pieces(text) {
        push_piece(job, &piece, format);
    }
}

/// The first line of `text` that fits `max_width_pt`, with "…" when more follows: a one-line
/// preview that cuts a right-to-left text at its logical end (egui's own truncation cuts the
/// right-hand end of what it draws, which is the start of a right-to-left line).
#[must_use]
pub fn first_line(
    ctx: &egui::Context,
    text: &str,
    format: &TextFormat,
    max_width_pt: f32,
) -> LayoutJob {
    if !needs_reordering(text) {
        return left_to_right(text, format, TextWrapping::truncate_at_width(max_width_pt));
    }
    let first = text.split('\n').next().unwrap_or_default();
    let lines = break_line(first, max_width_pt, |s| width_of(ctx, s, format));
    let mut shown = lines.first().cloned().unwrap_or_default();
    if lines.len() > 1 || first.len() < text.len() {
        shown.push('…');
    }
    job(&shown, format)
}

/// Text with nothing to reorder, left for egui to wrap or cut as `wrap` says.
fn left_to_right(text: &str, format: &TextFormat, wrap: TextWrapping) -> LayoutJob {
    let mut job = job(text, format);
    job.wrap = wrap;
    job
}

/// How wide `text` is drawn on one line in `format`, in points.
#[must_use]
pub fn width_of(ctx: &egui::Context, text: &str, format: &TextFormat) -> f32 {
    ctx.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(text.to_owned(), format.font_id.clone(), format.color)
            .size()
            .x
    })
}

/// As [`job`], with lines broken at spaces to fit `max_width_pt`. Left-to-right text is left
/// to egui's own wrapping; right-to-left text is broken here, before its pieces are ordered.
#[must_use]
pub fn wrapped_job(
    ctx: &egui::Context,
    text: &str,
    format: &TextFormat,
    max_width_pt: f32,
) -> LayoutJob {
    if !needs_reordering(text) {
        return left_to_right(text, format, TextWrapping::wrap_at_width(max_width_pt));
    }
    let mut job = LayoutJob::default();
    for (i, paragraph) in text.split('\n').enumerate() {
        let level = paragraph_level(paragraph);
        let lines = break_line(paragraph, max_width_pt, |s| width_of(ctx, s, format));
        for (j, line) in lines.iter().enumerate() {
            if i > 0 || j > 0 {
                push_piece(&mut job, "\n", format);
            }
            for piece in visual_pieces_in(line, level) {
                push_piece(&mut job, &piece.text(line), format);
            }
        }
    }
    job
}

/// One paragraph made of `parts` in their own formats (a name in the strong colour, then its
/// detail in the caption colour), broken at spaces to fit `max_width_pt` and laid out in
/// display order as one text: the paragraph takes the direction of its first letter, whichever
/// part holds it, so an Arabic name followed by a formula reads from the right as a whole.
/// Text without right-to-left letters is left to egui's own wrapping, as [`wrapped_job`] does.
#[must_use]
pub fn wrapped_parts_job(
    ctx: &egui::Context,
    parts: &[(&str, TextFormat)],
    max_width_pt: f32,
) -> LayoutJob {
    let text: String = parts.iter().map(|(part, _)| *part).collect();
    let Some((_, first_format)) = parts.first() else {
        return LayoutJob::default();
    };
    if !needs_reordering(&text) {
        let mut job = LayoutJob::default();
        for (part, format) in parts {
            job.append(part, 0.0, format.clone());
        }
        job.wrap = TextWrapping::wrap_at_width(max_width_pt);
        return job;
    }
    // Where each part ends in `text`, to give every piece the format of the part it is from.
    let ends: Vec<usize> = parts
        .iter()
        .scan(0, |end, (part, _)| {
            *end += part.len();
            Some(*end)
        })
        .collect();
    let part_at = |at: usize| {
        ends.iter()
            .position(|&end| at < end)
            .unwrap_or(parts.len() - 1)
    };
    let mut job = LayoutJob::default();
    // Where the line being laid out starts in `text`, and where the next one is looked for.
    let mut line_start;
    let mut next = 0;
    let mut first_line = true;
    for paragraph_line in text.split('\n') {
        let level = paragraph_level(paragraph_line);
        let lines = break_line(paragraph_line, max_width_pt, |s| {
            width_of(ctx, s, first_format)
        });
        for line in &lines {
            if !first_line {
                push_piece(&mut job, "\n", first_format);
            }
            first_line = false;
            line_start = text[next..]
                .find(line.as_str())
                .map_or(next, |at| next + at);
            next = line_start + line.len();
            for piece in visual_pieces_in(line, level) {
                if piece.right_to_left {
                    // A right-to-left word is shaped whole, in the format of its first letter.
                    let format = &parts[part_at(line_start + piece.range.start)].1;
                    push_piece(&mut job, &piece.text(line), format);
                    continue;
                }
                // A left-to-right run is drawn as stored: cut it where a part ends.
                let mut at = piece.range.start;
                while at < piece.range.end {
                    let part = part_at(line_start + at);
                    let end = (ends[part] - line_start).min(piece.range.end);
                    push_piece(&mut job, &line[at..end], &parts[part].1);
                    at = end;
                }
            }
        }
    }
    job
}

/// Appends `text` as a section of its own (see [`append`]).
fn push_piece(job: &mut LayoutJob, text: &str, format: &TextFormat) {
    let start = job.text.len();
    job.text.push_str(text);
    job.sections.push(LayoutSection {
        leading_space: 0.0,
        byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
        format: format.clone(),
    });
}

/// Greedy line breaking at spaces, in logical order. A single word wider than the width
/// keeps a line of its own rather than being cut inside.
fn break_line(line: &str, max_width_pt: f32, width_of: impl Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in line.split(' ') {
        if current.is_empty() {
            current.push_str(word);
            continue;
        }
        let candidate = format!("{current} {word}");
        if width_of(&candidate) > max_width_pt {
            lines.push(std::mem::replace(&mut current, word.to_owned()));
        } else {
            current = candidate;
        }
    }
    lines.push(current);
    lines
}

/// Text for a widget (a label, a button, a menu): in the `ui`'s body font and the widget's own
/// colour, broken to the width left in `ui`. Text without right-to-left letters passes
/// through as it is.
#[must_use]
pub fn text(ui: &egui::Ui, text: impl AsRef<str>) -> WidgetText {
    styled(
        ui,
        text.as_ref(),
        egui::TextStyle::Body,
        Color32::PLACEHOLDER,
    )
}

/// As [`text`], on one line however narrow the `ui` (for a grid's cells, which egui does not
/// lay out well when a cell wraps); put it in `egui::Label::new(..).extend()`.
#[must_use]
pub fn line(ui: &egui::Ui, text: impl AsRef<str>) -> WidgetText {
    let text = text.as_ref();
    if !needs_reordering(text) {
        return egui::RichText::new(text).into();
    }
    let format = TextFormat::simple(
        egui::TextStyle::Body.resolve(ui.style()),
        Color32::PLACEHOLDER,
    );
    job(text, &format).into()
}

/// As [`text`], in the strong colour (as `RichText::strong`).
#[must_use]
pub fn strong(ui: &egui::Ui, text: impl AsRef<str>) -> WidgetText {
    let colour = ui.visuals().strong_text_color();
    styled(ui, text.as_ref(), egui::TextStyle::Body, colour)
}

/// As [`text`], in `colour` (as `Ui::colored_label`).
#[must_use]
pub fn coloured(ui: &egui::Ui, colour: Color32, text: impl AsRef<str>) -> WidgetText {
    styled(ui, text.as_ref(), egui::TextStyle::Body, colour)
}

/// As [`text`], in the heading font (as `Ui::heading`).
#[must_use]
pub fn heading(ui: &egui::Ui, text: impl AsRef<str>) -> WidgetText {
    styled(
        ui,
        text.as_ref(),
        egui::TextStyle::Heading,
        Color32::PLACEHOLDER,
    )
}

/// Tooltips in reading order: `response.on_hover_bidi(text)` in place of `on_hover_text`,
/// which it calls, so the tooltip stays the widget's accessible description too.
pub trait HoverBidi {
    // As egui's `on_hover_text`: a tooltip is often added for its effect alone.
    #[allow(clippy::return_self_not_must_use)]
    fn on_hover_bidi(self, text: impl AsRef<str>) -> Self;
}

impl HoverBidi for egui::Response {
    fn on_hover_bidi(self, text: impl AsRef<str>) -> Self {
        let text = text.as_ref();
        if !needs_reordering(text) {
            return self.on_hover_text(text);
        }
        let style = self.ctx.global_style();
        let format =
            TextFormat::simple(egui::TextStyle::Body.resolve(&style), Color32::PLACEHOLDER);
        // Broken here at the tooltip's width, as egui would break it.
        let job = wrapped_job(&self.ctx, text, &format, style.spacing.tooltip_width);
        self.on_hover_text(job)
    }
}

fn styled(ui: &egui::Ui, text: &str, style: egui::TextStyle, color: Color32) -> WidgetText {
    if !needs_reordering(text) {
        let rich = egui::RichText::new(text).text_style(style);
        return if color == Color32::PLACEHOLDER {
            rich.into()
        } else {
            rich.color(color).into()
        };
    }
    let format = TextFormat::simple(style.resolve(ui.style()), color);
    wrapped_job(ui.ctx(), text, &format, ui.available_width()).into()
}

/// User text laid out for a painter (the map's captions), optionally wrapped.
#[must_use]
pub fn galley(
    painter: &egui::Painter,
    text: &str,
    font_id: FontId,
    color: Color32,
    max_width_pt: Option<f32>,
) -> Arc<Galley> {
    let format = TextFormat::simple(font_id, color);
    let job = match max_width_pt {
        Some(width) => wrapped_job(painter.ctx(), text, &format, width),
        None => job(text, &format),
    };
    painter.layout_job(job)
}

/// Top to bottom, each item against the side where the interface's language starts its
/// lines: the right in Arabic and Hebrew. (Not for `egui::Grid`, which does not lay out in a
/// right-aligned `Ui`.)
#[must_use]
pub fn reading_layout() -> egui::Layout {
    let side = if gz_i18n::language().is_right_to_left() {
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    egui::Layout::top_down(side)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(line: &str) -> String {
        display_pieces(line).concat()
    }

    #[test]
    fn left_to_right_text_is_left_alone() {
        assert!(!needs_reordering("Full Phase II, day 400 (2026-11-17)"));
        assert_eq!(display_pieces("Phase II"), vec!["Phase II".to_owned()]);
    }

    #[test]
    fn arabic_words_are_placed_right_to_left_and_each_word_stays_whole() {
        // "Gaza from red to blue": the first word is drawn rightmost.
        assert_eq!(
            display_pieces("غزة من الأحمر"),
            vec!["الأحمر", " ", "من", " ", "غزة"]
        );
    }

    #[test]
    fn numbers_in_right_to_left_text_keep_their_digits_in_order() {
        // "year 2026" in Arabic, and 20000 in Hebrew: the digits read as written.
        assert_eq!(shown("عام 2026"), "2026 عام");
        assert_eq!(shown("שנה 20000 אנשים"), "אנשים 20000 שנה");
    }

    #[test]
    fn english_inside_right_to_left_text_keeps_its_order() {
        assert_eq!(
            display_pieces("خطة Ross–Orion الجديدة"),
            vec!["الجديدة", " ", "Ross–Orion", " ", "خطة"]
        );
    }

    #[test]
    fn right_to_left_inside_english_is_turned_in_place() {
        assert_eq!(
            shown("Title: غزة من الأحمر, day 3"),
            "Title: الأحمر من غزة, day 3"
        );
    }

    #[test]
    fn brackets_in_right_to_left_text_are_mirrored() {
        // Logically "(Gaza)"; on screen the opening bracket is on the right, drawn as ")" .
        assert_eq!(shown("(غزة) مدينة"), "مدينة (غزة)");
    }

    #[test]
    fn each_piece_is_shaped_apart() {
        let job = job("غزة من الأحمر 2026", &TextFormat::default());
        let sections: Vec<&str> = job
            .sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(sections, vec!["2026", " ", "الأحمر", " ", "من", " ", "غزة"]);
    }

    #[test]
    fn each_line_keeps_its_place() {
        let job = job("سطر أول\nسطر ثان", &TextFormat::default());
        assert_eq!(job.text, "أول سطر\nثان سطر");
    }

    /// The sections of `parts` laid out at a width they fit in, as (text, colour).
    fn parts_sections(parts: &[(&str, Color32)]) -> Vec<(String, Color32)> {
        let parts: Vec<(&str, TextFormat)> = parts
            .iter()
            .map(|&(text, color)| {
                let format = TextFormat {
                    color,
                    ..TextFormat::default()
                };
                (text, format)
            })
            .collect();
        let ctx = egui::Context::default();
        let mut job = LayoutJob::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            job = wrapped_parts_job(ui.ctx(), &parts, 1000.0);
        });
        // No renderer here to take the font atlas.
        output.textures_delta.clear();
        job.sections
            .iter()
            .map(|s| {
                let text = &job.text[s.byte_range.start.0..s.byte_range.end.0];
                (text.to_owned(), s.format.color)
            })
            .collect()
    }

    #[test]
    fn parts_keep_their_formats_and_read_from_the_right_as_one_line() {
        let (name, detail) = (Color32::RED, Color32::BLUE);
        // "Security: lerp(0.15, 3)" in Arabic: the name is rightmost, and the formula, which
        // reads left to right, is on its left.
        assert_eq!(
            parts_sections(&[("الأمن: ", name), ("lerp(0.15, 3)", detail)]),
            [
                ("lerp(0.15, 3)".to_owned(), detail),
                (" ".to_owned(), name),
                (":".to_owned(), name),
                ("الأمن".to_owned(), name),
            ]
        );
        // A left-to-right run that spans two parts is cut where the first part ends.
        assert_eq!(
            parts_sections(&[("Name: ", name), ("lerp غزة", detail)]),
            [
                ("Name: ".to_owned(), name),
                ("lerp ".to_owned(), detail),
                ("غزة".to_owned(), detail),
            ]
        );
    }

    #[test]
    fn a_line_cut_from_a_right_to_left_paragraph_reads_from_the_right_even_if_it_starts_in_english()
    {
        // "… the move | clearance (red) here": the second line of an Arabic sentence starts
        // with the rule's English key. On its own the line would run left to right.
        let line = "clearance (أحمر) هنا";
        let from_the_right = "هنا (أحمر) clearance";
        let shown_in = |level| {
            visual_pieces_in(line, level)
                .iter()
                .map(|p| p.text(line).into_owned())
                .collect::<String>()
        };
        assert_ne!(shown_in(None), from_the_right);
        assert_eq!(shown_in(paragraph_level("لا يمكن")), from_the_right);
        // A line of English alone ends with the paragraph's full stop on its left.
        assert_eq!(
            visual_pieces_in("explain FILE.", Some(Level::rtl()))
                .iter()
                .map(|p| p.text("explain FILE.").into_owned())
                .collect::<String>(),
            ".explain FILE"
        );
    }

    #[test]
    fn a_wrapped_paragraph_keeps_its_first_words_on_its_first_line() {
        // Each character 1 pt wide; lines of at most 7.
        let lines = break_line("غزة من الأحمر إلى الأزرق", 7.0, |s| {
            s.chars().count() as f32
        });
        assert_eq!(lines, vec!["غزة من", "الأحمر", "إلى", "الأزرق"]);
    }
}
