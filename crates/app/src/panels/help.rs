//! The Help window (F1): the getting-started guide (docs/help/guide.*.md) first, then "In
//! depth" every driver and rule with its help from docs/MODEL.md, prose first and formulas
//! folded, with a filter over both.
//!
//! Each opening starts at the top of the guide, and so does each change of the filter, so
//! that what matches is in view. Esc closes the window, except that in the search box with
//! text in it Esc clears the search first (as search fields do); a second Esc then closes.

use eframe::egui::{self, RichText};
use gz_i18n::{names, tr};

use super::super::theme::Palette;
use super::history::blocks_ui;
use gz_core::model::{CategoricalDriver, Driver, Rule};
use gz_core::report::help::{Block, Help};
use gz_i18n::help;

/// What the window remembers between frames beyond what the app keeps (open, filter): whether
/// it was open last frame and the filter it showed, so that an opening or a new search can
/// start at the top; and who had the keyboard, since egui takes focus away on Esc before any
/// widget sees the key.
#[derive(Clone, Default)]
struct Seen {
    open: bool,
    filter: String,
    /// The search box had the keyboard.
    in_find: bool,
    /// Another text field (of another window or panel) had it.
    typing_elsewhere: bool,
}

/// One reference section: its heading and its items (label, key, help).
type Section<'a> = (String, Vec<(String, &'a str, &'a Help)>);

/// Draws the window while `open`; the filter text lives with the app.
pub fn help_window_ui(
    ctx: &egui::Context,
    open: &mut bool,
    filter: &mut String,
    palette: &Palette,
) {
    let window_id = egui::Id::unique("help_window");
    let seen_id = window_id.with("seen");
    let find_id = window_id.with("find");
    let seen: Seen = ctx.data(|d| d.get_temp(seen_id)).unwrap_or_default();
    if *open {
        escape(ctx, open, filter, &seen);
    }
    let to_top = *open && (!seen.open || seen.filter != *filter);
    let screen = ctx.content_rect();
    egui::Window::new(crate::bidi::plain(&tr!("help-title")))
        .id(window_id)
        .open(open)
        .default_pos(screen.center() - egui::vec2(330.0, 360.0))
        .default_size([660.0, 720.0])
        .max_height(screen.height() - 40.0)
        .show(ctx, |ui| {
            ui.set_max_width(640.0);
            find_ui(ui, filter, find_id);
            ui.add_space(6.0);
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt("help_scroll")
                .auto_shrink([false, false]);
            if to_top {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll.show(ui, |ui| {
                let wanted = filter.trim().to_lowercase();
                let guide_shown = guide_ui(ui, &wanted);
                let reference_shown = reference_ui(ui, &wanted, palette);
                if !guide_shown && !reference_shown {
                    ui.label(crate::bidi::text(
                        ui,
                        tr!("help-nothing-matches", filter = filter.trim()),
                    ));
                }
            });
        });
    let in_find = ctx.memory(|m| m.has_focus(find_id));
    let now = Seen {
        open: *open,
        filter: filter.clone(),
        in_find,
        typing_elsewhere: ctx.egui_wants_keyboard_input() && !in_find,
    };
    ctx.data_mut(|d| d.insert_temp(seen_id, now));
}

/// Esc closes the window; in the search box with text in it, it clears the search first.
/// The key is taken, so that nothing else (a menu, another window) acts on it as well.
fn escape(ctx: &egui::Context, open: &mut bool, filter: &mut String, seen: &Seen) {
    // A popup (a menu, a combo box) and a text field of another window take their own Esc.
    if egui::Popup::is_any_open(ctx) || seen.typing_elsewhere {
        return;
    }
    if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        if seen.in_find && !filter.is_empty() {
            filter.clear();
        } else {
            *open = false;
        }
    }
}

fn find_ui(ui: &mut egui::Ui, filter: &mut String, find_id: egui::Id) {
    ui.horizontal(|ui| {
        let label = ui.label(crate::bidi::text(ui, tr!("help-find")));
        ui.add(
            egui::TextEdit::singleline(filter)
                .id(find_id)
                .hint_text(crate::bidi::plain(&tr!("help-find-hint")))
                .desired_width(260.0),
        )
        .labelled_by(label.id);
        if !filter.is_empty()
            && ui
                .button(crate::bidi::text(ui, tr!("help-clear")))
                .clicked()
        {
            filter.clear();
        }
    });
}

/// Whether `wanted` (lower case, empty for everything) is in any of `texts`.
fn matches<'a>(wanted: &str, texts: impl IntoIterator<Item = &'a str>) -> bool {
    wanted.is_empty() || texts.into_iter().any(|t| t.to_lowercase().contains(wanted))
}

/// The guide, its chapters that match; returns whether any did.
fn guide_ui(ui: &mut egui::Ui, wanted: &str) -> bool {
    let guide = help::guide();
    let shown: Vec<_> = guide
        .iter()
        .filter(|c| !c.help.is_empty())
        .filter(|c| matches(wanted, [c.help.title.as_str(), &c.help.plain_text()]))
        .collect();
    if shown.is_empty() {
        return false;
    }
    if let Some(title) = guide.first().filter(|c| c.level == 1) {
        ui.with_layout(crate::bidi::reading_layout(), |ui| {
            ui.label(
                RichText::new(crate::bidi::plain(&title.help.title))
                    .strong()
                    .size(26.0),
            );
        });
    }
    for (i, chapter) in shown.into_iter().enumerate() {
        ui.add_space(8.0);
        ui.with_layout(crate::bidi::reading_layout(), |ui| {
            ui.label(crate::bidi::heading(ui, &chapter.help.title));
        });
        blocks_ui(ui, &chapter.help.blocks, egui::Id::unique(("guide", i)));
    }
    true
}

/// "In depth": each driver, choice and rule, and the cell history's explanation, that match;
/// returns whether any did.
fn reference_ui(ui: &mut egui::Ui, wanted: &str, palette: &Palette) -> bool {
    let sections: Vec<Section<'_>> = reference()
        .into_iter()
        .map(|(heading, items)| {
            let items = items
                .into_iter()
                .filter(|(label, key, h)| {
                    matches(wanted, [*key, label.as_str(), &h.title, &h.plain_text()])
                })
                .collect::<Vec<_>>();
            (heading, items)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect();
    if sections.is_empty() {
        return false;
    }
    ui.add_space(12.0);
    ui.separator();
    ui.with_layout(crate::bidi::reading_layout(), |ui| {
        ui.label(
            RichText::new(crate::bidi::plain(&tr!("help-in-depth")))
                .strong()
                .size(26.0),
        );
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("help-intro"),
        ));
    });
    for (heading, items) in sections {
        ui.add_space(6.0);
        ui.with_layout(crate::bidi::reading_layout(), |ui| {
            ui.label(crate::bidi::heading(ui, heading));
        });
        for (label, key, h) in items {
            ui.add_space(4.0);
            ui.with_layout(crate::bidi::reading_layout(), |ui| {
                ui.label(
                    RichText::new(crate::bidi::plain(&label))
                        .strong()
                        .size(18.0),
                );
            });
            item_ui(ui, wanted, key, &label, h);
            ui.separator();
        }
    }
    true
}

/// One item: its prose, then its formulas and code paths folded. The fold opens by itself
/// while the search finds only what is folded, so that a match is never hidden.
fn item_ui(ui: &mut egui::Ui, wanted: &str, key: &str, label: &str, h: &Help) {
    let (first, deep) = h.first_read_and_in_depth();
    let id = egui::Id::unique(("help", key));
    blocks_ui(ui, first.iter().copied(), id);
    if deep.is_empty() {
        return;
    }
    let text = |blocks: &[&Block]| {
        Help {
            title: String::new(),
            blocks: blocks.iter().map(|b| (*b).clone()).collect(),
        }
        .plain_text()
    };
    let found_only_in_depth = !wanted.is_empty()
        && !matches(wanted, [key, label, &h.title, &text(&first)])
        && matches(wanted, [text(&deep).as_str()]);
    let fold_id = id.with("in_depth");
    let mut unfolded = ui.data(|d| d.get_temp::<bool>(fold_id)).unwrap_or(false);
    let shown = unfolded || found_only_in_depth;
    ui.with_layout(crate::bidi::reading_layout(), |ui| {
        if fold_ui(ui, shown, &tr!("help-formula")).clicked() {
            unfolded = !shown;
        }
    });
    ui.data_mut(|d| d.insert_temp(fold_id, unfolded));
    if shown {
        ui.indent(fold_id, |ui| {
            blocks_ui(ui, deep.iter().copied(), id.with("deep"));
        });
    }
}

/// A fold's header: a triangle that points the way the text reads while folded and down
/// while open, then the words; from the right in Arabic and Hebrew (egui's collapsing header
/// always puts its triangle on the left).
fn fold_ui(ui: &mut egui::Ui, open: bool, text: &str) -> egui::Response {
    let rtl = gz_i18n::language().is_right_to_left();
    let layout = if rtl {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    // One row high, as `Ui::horizontal` is, but from the reading side.
    let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(row, layout, |ui| {
        let size = ui.text_style_height(&egui::TextStyle::Body);
        let (rect, icon) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::click());
        let button = ui.add(egui::Button::new(crate::bidi::text(ui, text)).frame(false));
        let response = icon | button;
        let colour = ui.style().interact(&response).fg_stroke.color;
        let (c, r) = (rect.center(), size * 0.3);
        let points = if open {
            vec![
                c + egui::vec2(-r, -r * 0.6),
                c + egui::vec2(r, -r * 0.6),
                c + egui::vec2(0.0, r * 0.8),
            ]
        } else if rtl {
            vec![
                c + egui::vec2(r * 0.6, -r),
                c + egui::vec2(r * 0.6, r),
                c + egui::vec2(-r * 0.8, 0.0),
            ]
        } else {
            vec![
                c + egui::vec2(-r * 0.6, -r),
                c + egui::vec2(-r * 0.6, r),
                c + egui::vec2(r * 0.8, 0.0),
            ]
        };
        ui.painter().add(egui::Shape::convex_polygon(
            points,
            colour,
            egui::Stroke::NONE,
        ));
        response
    })
    .inner
}

/// The reference's sections, in the order of docs/MODEL.md: drivers, choices, rules, and how
/// a cell's history is explained.
fn reference() -> Vec<Section<'static>> {
    let drivers = Driver::ALL
        .iter()
        .map(|d| {
            let info = d.info();
            (
                format!("{} ({})", names::driver(*d), info.key),
                info.key,
                help::driver(*d),
            )
        })
        .collect();
    let choices = CategoricalDriver::ALL
        .iter()
        .map(|d| {
            (
                format!("{} ({})", names::categorical(*d), d.key()),
                d.key(),
                help::categorical(*d),
            )
        })
        .collect();
    let rules = Rule::ALL
        .iter()
        .map(|r| {
            let h = help::rule(*r);
            (h.title.clone(), r.key(), h)
        })
        .collect();
    let why = help::explanation();
    vec![
        (tr!("help-drivers"), drivers),
        (tr!("help-choices"), choices),
        (tr!("help-rules"), rules),
        (
            tr!("help-cell-history"),
            vec![(why.title.clone(), "explanation", why)],
        ),
    ]
}
