//! "Why nothing moves": for the day shown, each way out of each zone present that cannot
//! happen or barely can anywhere, and what holds it back, governorate by governorate
//! (`model::blockers`, in the words of `report::blockers`, as `gaza-zones explain` prints them).

use eframe::egui::{self, RichText};

use super::super::open_document::OpenDocument;
use super::super::theme::Palette;
use gz_core::model::blockers::HELD_BACK_BELOW_PER_DAY;
use gz_core::report::blockers::{pace, strip_blocker_sentences, strip_headline};

pub fn why_nothing_ui(ui: &mut egui::Ui, open: &mut OpenDocument, day: u32, palette: &Palette) {
    egui::CollapsingHeader::new(
        RichText::new(crate::bidi::plain(&gz_i18n::tr!("why-nothing-heading"))).heading(),
    )
    .id_salt("why_nothing_moves")
    .default_open(false)
    .show(ui, |ui| {
        // Worked out only while the section is open: it replays the run up to the day.
        match open.why_strip(day) {
            Ok(strip) => {
                ui.label(strip_headline(strip));
                let sentences = strip_blocker_sentences(strip);
                if sentences.is_empty() {
                    ui.colored_label(
                        palette.caption,
                        "Every way out of every zone present can happen somewhere today.",
                    );
                }
                for sentence in sentences {
                    ui.horizontal_wrapped(|ui| {
                        ui.label("•");
                        ui.add(egui::Label::new(sentence).wrap());
                    });
                }
                ui.colored_label(
                    palette.caption,
                    format!(
                        "Held back: it would happen {} or more rarely. The same with \
                             every way out: gaza-zones explain FILE --day {day}.",
                        pace(HELD_BACK_BELOW_PER_DAY)
                    ),
                );
            }
            Err(e) => {
                ui.colored_label(palette.caption, e.to_string());
            }
        }
    });
}
