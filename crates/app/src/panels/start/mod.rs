//! The start page: what the app is and what it is not, the four zones, and the bundled
//! scenarios as a gallery (a small map of how each ends and its story in a line), with the
//! guided tour a click away. Shown on first launch and from the Help menu.

use eframe::egui::{self, RichText};
use gz_core::model::Category;
use gz_i18n::{names, tr};

use super::super::theme::Palette;

mod gallery;
pub mod tour;

pub use gallery::cards;

/// What the user asked the start page for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartAction {
    /// Open the bundled scenario at this place in the list.
    OpenBundled(usize),
    Tour,
    Help,
    OpenFile,
    Close,
}

/// How wide the page is at most; on a small screen it takes what there is.
const PAGE_WIDTH: f32 = 940.0;
/// A gallery map's side, in points.
const THUMBNAIL: f32 = 104.0;

/// Draws the page while it is open; Esc or a click beside it closes it, as any dialog.
#[must_use]
pub fn start_page_ui(ctx: &egui::Context, palette: &Palette) -> Option<StartAction> {
    let screen = ctx.content_rect();
    let mut asked = None;
    let modal = egui::Modal::new(egui::Id::unique("start_page")).show(ctx, |ui| {
        let width = PAGE_WIDTH.min(screen.width() - 48.0);
        ui.set_width(width);
        ui.set_max_height(screen.height() - 64.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.with_layout(crate::bidi::reading_layout(), |ui| {
                asked = page_ui(ui, width, palette);
            });
        });
    });
    if modal.should_close() && asked.is_none() {
        asked = Some(StartAction::Close);
    }
    asked
}

fn page_ui(ui: &mut egui::Ui, width: f32, palette: &Palette) -> Option<StartAction> {
    let mut asked = None;
    ui.label(
        RichText::new(crate::bidi::plain(&tr!("start-title")))
            .strong()
            .size(26.0),
    );
    ui.label(crate::bidi::text(ui, tr!("start-intro")));
    ui.label(crate::bidi::strong(ui, tr!("start-not-a-forecast")));
    ui.add_space(8.0);
    zones_ui(ui, palette);
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let tour = ui.add(egui::Button::new(
            RichText::new(crate::bidi::plain(&tr!("start-take-tour"))).strong(),
        ));
        if tour.clicked() {
            asked = Some(StartAction::Tour);
        }
        if ui
            .button(crate::bidi::text(ui, tr!("start-getting-started")))
            .clicked()
        {
            asked = Some(StartAction::Help);
        }
        if ui
            .button(crate::bidi::text(ui, tr!("start-open-file")))
            .clicked()
        {
            asked = Some(StartAction::OpenFile);
        }
        if ui
            .button(crate::bidi::text(ui, tr!("start-close")))
            .clicked()
        {
            asked = Some(StartAction::Close);
        }
    });
    ui.add_space(10.0);
    ui.label(crate::bidi::heading(ui, tr!("start-gallery-heading")));
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        tr!("start-gallery-note"),
    ));
    ui.add_space(4.0);
    // Two or three cards a row, whatever the width allows.
    let columns = if width >= 900.0 { 3 } else { 2 };
    let card_width = width / columns as f32 - 12.0;
    for row in gallery::cards().chunks(columns) {
        ui.horizontal_top(|ui| {
            for card in row {
                ui.allocate_ui(egui::vec2(card_width, THUMBNAIL + 8.0), |ui| {
                    ui.set_width(card_width);
                    if card_ui(ui, card, palette) {
                        asked = Some(StartAction::OpenBundled(card.index));
                    }
                });
            }
        });
        ui.add_space(6.0);
    }
    asked
}

/// The four zones and the held land, each with its colour and what the proposal means by it.
fn zones_ui(ui: &mut egui::Ui, palette: &Palette) {
    ui.label(crate::bidi::heading(ui, tr!("start-zones-heading")));
    // Three a line: the gallery below is what the page is for, and it should start high enough
    // to be seen on a laptop. (A wrapped row would not wrap these swatch-and-label groups; it
    // widens the page instead.)
    for row in Category::ALL.chunks(3) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 18.0;
            for &category in row {
                zone_ui(ui, category, palette);
            }
        });
    }
}

fn zone_ui(ui: &mut egui::Ui, category: Category, palette: &Palette) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(rect, 3.0, palette.category_colour(category));
        if category == Category::Held {
            let hatch = egui::Stroke::new(1.2, palette.hatch);
            ui.painter()
                .line_segment([rect.left_bottom(), rect.right_top()], hatch);
        }
        ui.label(crate::bidi::text(
            ui,
            tr!(
                "legend-row",
                name = names::category(category),
                meaning = names::category_short(category)
            ),
        ));
    });
}

/// One scenario: its map, its title (a button) and its story. True when it was chosen.
fn card_ui(ui: &mut egui::Ui, card: &gallery::Card, palette: &Palette) -> bool {
    let mut chosen = false;
    ui.horizontal_top(|ui| {
        chosen |= gallery::thumbnail_ui(ui, card, THUMBNAIL, palette)
            .on_hover_text(crate::bidi::plain(&tr!("start-open-this")))
            .clicked();
        ui.vertical(|ui| {
            let title = egui::Button::new(RichText::new(crate::bidi::plain(&card.title)).strong())
                .frame(false)
                .wrap();
            chosen |= ui
                .add(title)
                .on_hover_text(crate::bidi::plain(&tr!("start-open-this")))
                .clicked();
            let story = gz_i18n::message(
                &format!("start-story-{}", card.stem.replace('_', "-")),
                None,
            );
            ui.label(crate::bidi::text(ui, story));
            if let Some(date) = names::calendar_date(card.start_date, card.last_day) {
                ui.label(crate::bidi::coloured(
                    ui,
                    palette.caption,
                    tr!("start-map-on", date = date),
                ));
            }
        });
    });
    chosen
}
