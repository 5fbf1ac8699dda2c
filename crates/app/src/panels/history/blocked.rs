//! Why a cell did not change: each way out of its zone on the day shown, its chance, and what
//! holds back those that cannot happen or barely can (`model::blockers`, in the words of
//! `report::blockers`).

use super::{Palette, RichText, egui};
use gz_core::model::blockers::{CellBlockers, HELD_BACK_BELOW_PER_DAY};
use gz_core::report::blockers::{cell_sentences, pace};

pub(super) fn why_not_ui(ui: &mut egui::Ui, blockers: Option<&CellBlockers>, palette: &Palette) {
    let Some(b) = blockers else {
        return;
    };
    ui.add_space(6.0);
    ui.label(RichText::new(format!("Why not, on day {}", b.day)).strong())
        .on_hover_text(hover());
    sentences_ui(ui, b, palette);
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
    egui::CollapsingHeader::new(format!("Its ways out on day {}", b.day))
        .id_salt("cell_ways_out")
        .default_open(false)
        .show(ui, |ui| sentences_ui(ui, b, palette))
        .header_response
        .on_hover_text(hover());
}

fn hover() -> String {
    format!(
        "Each way out of the cell's zone that day and its probability. A way out is held back \
         when it would happen {} or more rarely; the factors that hold it back are named, with \
         the drivers, parameters and facts of the cell behind them.",
        pace(HELD_BACK_BELOW_PER_DAY)
    )
}

fn sentences_ui(ui: &mut egui::Ui, b: &CellBlockers, palette: &Palette) {
    for sentence in cell_sentences(b) {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.add(egui::Label::new(sentence).wrap());
        });
    }
    if b.zones.iter().all(|z| z.ways_out.is_empty()) {
        ui.colored_label(palette.caption, "No rule leads out of this zone.");
    }
}
