//! The scenario's metadata: title, author, description and sources, shown and editable, so
//! that a shared file says what it is and what it stands on.

use crate::bidi::HoverBidi as _;
use eframe::egui;
use gz_i18n::tr;

use super::super::theme::Palette;
use gz_core::scenario::Scenario;

/// An edit of the metadata; one undo step per field the user starts typing in.
pub struct MetadataEdit {
    pub scenario: Scenario,
    pub gesture_started: bool,
}

pub fn metadata_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    palette: &Palette,
) -> Option<MetadataEdit> {
    let mut s = scenario.clone();
    let mut changed = false;
    let mut started = false;
    // One undo step per field typed in: a new step starts when typing moves to another field.
    let last_field_key = egui::Id::unique("metadata_last_field");
    let last_field: Option<egui::Id> = ui.data(|d| d.get_temp(last_field_key));
    let mut typed_in: Option<egui::Id> = None;
    egui::CollapsingHeader::new(
        egui::RichText::new(crate::bidi::plain(&tr!("scenario-heading"))).heading(),
    )
    .id_salt("scenario_metadata")
    .default_open(false)
    .show(ui, |ui| {
        let mut field = |ui: &mut egui::Ui, label: &str, text: &mut String, multiline: bool| {
            let l = ui.label(crate::bidi::text(ui, label));
            let edit = if multiline {
                egui::TextEdit::multiline(text).desired_rows(3)
            } else {
                egui::TextEdit::singleline(text)
            };
            // The width left, not infinity: in a right-aligned (Arabic, Hebrew) layout an infinite
            // box would reach out of the panel.
            let width = ui.available_width();
            let r = ui.add(edit.desired_width(width)).labelled_by(l.id);
            if crate::bidi::needs_reordering(text) {
                // egui's text box shows right-to-left words in the order they were typed
                // (README, "Arabic and Hebrew"); below it, the text as everything else
                // shows it.
                ui.label(crate::bidi::text(ui, text))
                    .on_hover_bidi(tr!("scenario-as-shown-tip"));
            }
            if r.changed() {
                changed = true;
                started |= last_field != Some(r.id);
                typed_in = Some(r.id);
            }
        };
        field(ui, &tr!("scenario-title"), &mut s.meta.title, false);
        field(ui, &tr!("scenario-author"), &mut s.meta.author, false);
        field(
            ui,
            &tr!("scenario-description"),
            &mut s.meta.description,
            true,
        );
        let mut sources = s.meta.sources.join("\n");
        field(ui, &tr!("scenario-sources"), &mut sources, true);
        s.meta.sources = sources
            .lines()
            .map(str::to_owned)
            .filter(|l| !l.trim().is_empty())
            .collect();
        let created = s
            .meta
            .created
            .map_or_else(|| "—".to_owned(), |d| d.to_string());
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!(
                "scenario-created",
                created = created,
                start = s.start_date.to_string()
            ),
        ));
    });
    if let Some(id) = typed_in {
        ui.data_mut(|d| d.insert_temp(last_field_key, id));
    }
    (changed && s != *scenario).then_some(MetadataEdit {
        scenario: s,
        gesture_started: started,
    })
}
