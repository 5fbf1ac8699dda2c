//! Why a cell did not change: each way out of its zone on the day shown, its chance, and what
//! holds back those that cannot happen or barely can (`model::blockers`, in the words of
//! `gz_i18n::blockers`), in the interface's language.

use super::{Palette, RichText, egui};
use crate::bidi::{self, HoverBidi as _};
use crate::panels::why_nothing::{drivers_to_move_ui, reading_side_ui, sentences_ui};
use gz_core::model::blockers::CellBlockers;
use gz_i18n::blockers::{cell_hover, cell_sentences};
use gz_i18n::tr;

/// Returns the key of a driver whose help was asked for.
pub(super) fn why_not_ui(
    ui: &mut egui::Ui,
    blockers: Option<&CellBlockers>,
    palette: &Palette,
) -> Option<&'static str> {
    let b = blockers?;
    ui.add_space(6.0);
    ui.label(bidi::strong(ui, tr!("blockers-why-not", day = b.day)))
        .on_hover_bidi(cell_hover());
    ways_out_ui(ui, b, palette);
    let mut asked = None;
    reading_side_ui(ui, |ui| {
        asked = drivers_to_move_ui(ui, &b.drivers_to_move());
    });
    asked
}

/// The same, folded, for a cell that has changed: why it does not change again on the day shown.
pub(super) fn why_it_stays_ui(
    ui: &mut egui::Ui,
    blockers: Option<&CellBlockers>,
    palette: &Palette,
) {
    let Some(b) = blockers else {
        return;
    };
    ui.add_space(4.0);
    egui::CollapsingHeader::new(RichText::new(bidi::plain(&tr!(
        "blockers-ways-out-on-day",
        day = b.day
    ))))
    .id_salt("cell_ways_out")
    .default_open(false)
    .show(ui, |ui| ways_out_ui(ui, b, palette))
    .header_response
    .on_hover_bidi(cell_hover());
}

fn ways_out_ui(ui: &mut egui::Ui, b: &CellBlockers, palette: &Palette) {
    reading_side_ui(ui, |ui| {
        sentences_ui(ui, cell_sentences(b));
        if b.zones.iter().all(|z| z.ways_out.is_empty()) {
            ui.label(bidi::coloured(
                ui,
                palette.caption,
                tr!("blockers-no-way-out"),
            ));
        }
    });
}
