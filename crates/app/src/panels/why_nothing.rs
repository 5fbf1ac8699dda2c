//! "Why nothing moves": for the day shown, each way out of each zone present that cannot
//! happen or barely can anywhere, and what holds it back, governorate by governorate
//! (`model::blockers`, in the words of `gz_i18n::blockers`, as `gaza-zones explain` prints
//! them), in the interface's language.

use eframe::egui::{self, RichText};

use super::super::open_document::OpenDocument;
use super::super::theme::Palette;
use crate::bidi;
use gz_core::model::rules::table::DriverRef;
use gz_i18n::blockers::{held_back_note, strip_blocker_sentences, strip_headline};
use gz_i18n::{names, tr};

/// Draws the section; returns the key of a driver whose help was asked for.
pub fn why_nothing_ui(
    ui: &mut egui::Ui,
    open: &mut OpenDocument,
    day: u32,
    palette: &Palette,
) -> Option<&'static str> {
    let mut help_on = None;
    egui::CollapsingHeader::new(RichText::new(bidi::plain(&tr!("why-nothing-heading"))).heading())
        .id_salt("why_nothing_moves")
        .default_open(false)
        .show(ui, |ui| {
            // Worked out only while the section is open: it replays the run up to the day.
            match open.why_strip(day) {
                Ok(strip) => {
                    let headline = strip_headline(strip);
                    let sentences = strip_blocker_sentences(strip);
                    reading_side_ui(ui, |ui| {
                        ui.label(bidi::text(ui, headline));
                        if sentences.is_empty() {
                            ui.label(bidi::coloured(
                                ui,
                                palette.caption,
                                tr!("why-nothing-all-possible"),
                            ));
                        }
                        sentences_ui(ui, sentences);
                        help_on = drivers_to_move_ui(ui, &strip.drivers_to_move());
                        ui.label(bidi::coloured(ui, palette.caption, held_back_note(day)));
                    });
                }
                Err(e) => {
                    ui.colored_label(palette.caption, e.to_string());
                }
            }
        });
    help_on
}

/// "What would move it": a button for each driver behind the factors that hold the rules
/// back, which opens its help. Returns the key of the driver clicked.
pub(crate) fn drivers_to_move_ui(ui: &mut egui::Ui, drivers: &[DriverRef]) -> Option<&'static str> {
    if drivers.is_empty() {
        return None;
    }
    let mut asked = None;
    ui.label(bidi::strong(ui, tr!("why-drivers-to-move")));
    ui.horizontal_wrapped(|ui| {
        for driver in drivers {
            let (name, key) = match *driver {
                DriverRef::Numeric(d) => (names::driver(d), d.info().key),
                DriverRef::Categorical(c) => (names::categorical(c), c.key()),
            };
            if ui
                .button(bidi::text(ui, &name))
                .on_hover_text(bidi::plain(&tr!(
                    "why-open-driver-help",
                    driver = name.as_str()
                )))
                .clicked()
            {
                asked = Some(key);
            }
        }
    });
    asked
}

/// Lines flush with the side the interface's language starts from: paragraphs of Arabic or
/// Hebrew read from the right edge, as in the events panel.
pub(crate) fn reading_side_ui(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let side = if gz_i18n::language().is_right_to_left() {
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    ui.with_layout(egui::Layout::top_down(side), add);
}

/// Sentences as a bulleted list, the bullet on the side the language starts from.
pub(crate) fn sentences_ui(ui: &mut egui::Ui, sentences: Vec<String>) {
    for sentence in sentences {
        if gz_i18n::language().is_right_to_left() {
            // One paragraph with its bullet first in reading order: the bidirectional
            // algorithm puts the bullet at the right of the first line.
            ui.label(bidi::text(ui, format!("• {sentence}")));
        } else {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.add(egui::Label::new(sentence).wrap());
            });
        }
    }
}
