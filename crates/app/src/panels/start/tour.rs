//! The guided tour: six short steps, each lighting up one part of the window (the rest dimmed)
//! with a note beside it. → or Enter goes on, ← back, Esc ends it; the Help menu starts it again.

use eframe::egui::{self, Align2, Color32, Key, LayerId, Order, Rect, RichText, Stroke};
use gz_i18n::tr;

use super::super::super::theme::Palette;

/// The parts of the window a step can light up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Map,
    Timeline,
    Drivers,
    Events,
    Menu,
}

/// Where each part was drawn in the last frame; a part not drawn (presenting, say) is `None`
/// and its step is shown in the middle of the window.
#[derive(Clone, Copy, Debug, Default)]
pub struct PartRects {
    pub map: Option<Rect>,
    pub timeline: Option<Rect>,
    pub drivers: Option<Rect>,
    pub events: Option<Rect>,
    pub menu: Option<Rect>,
}

impl PartRects {
    fn of(&self, part: Part) -> Option<Rect> {
        match part {
            Part::Map => self.map,
            Part::Timeline => self.timeline,
            Part::Drivers => self.drivers,
            Part::Events => self.events,
            Part::Menu => self.menu,
        }
    }
}

/// The steps: the part lit and the messages of its title and text (`<key>-title`, `<key>`).
pub const STEPS: [(Part, &str); 6] = [
    (Part::Map, "tour-map"),
    (Part::Timeline, "tour-timeline"),
    (Part::Drivers, "tour-drivers"),
    (Part::Events, "tour-events"),
    (Part::Map, "tour-cell"),
    (Part::Menu, "tour-help"),
];

/// The tour while it runs: which step is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tour {
    pub step: usize,
}

impl Tour {
    /// The part of the window the step lights up.
    #[must_use]
    pub fn part(self) -> Part {
        STEPS.get(self.step).map_or(Part::Map, |&(part, _)| part)
    }
}

/// What the tour's keys and buttons did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Next,
    Back,
    End,
}

/// Takes the tour's keys before anything else reads them (the arrows also move the day), and
/// moves the tour. Ends it when it steps past the last step or Esc is pressed.
pub fn keys(ctx: &egui::Context, tour: &mut Option<Tour>) {
    if tour.is_none() {
        return;
    }
    let pressed = ctx.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, Key::Escape) {
            Some(Move::End)
        } else if i.consume_key(egui::Modifiers::NONE, Key::Enter)
            || i.consume_key(egui::Modifiers::NONE, forward_key())
        {
            Some(Move::Next)
        } else if i.consume_key(egui::Modifiers::NONE, back_key()) {
            Some(Move::Back)
        } else {
            None
        }
    });
    if let Some(m) = pressed {
        step(tour, m);
    }
}

/// "Forward" is the reading direction: → in English, ← in Arabic and Hebrew.
fn forward_key() -> Key {
    if gz_i18n::language().is_right_to_left() {
        Key::ArrowLeft
    } else {
        Key::ArrowRight
    }
}

fn back_key() -> Key {
    if forward_key() == Key::ArrowRight {
        Key::ArrowLeft
    } else {
        Key::ArrowRight
    }
}

fn step(tour: &mut Option<Tour>, m: Move) {
    let Some(t) = tour else {
        return;
    };
    match m {
        Move::Next if t.step + 1 < STEPS.len() => t.step += 1,
        Move::Back => t.step = t.step.saturating_sub(1),
        Move::Next | Move::End => *tour = None,
    }
}

/// How wide the note beside the lit part is.
const NOTE_WIDTH: f32 = 400.0;
/// A guess at the note's height for placing it; it is clamped to the window anyway.
const NOTE_HEIGHT: f32 = 230.0;

/// Draws the step: the window dimmed but for its part, and the note beside it.
pub fn tour_ui(ctx: &egui::Context, tour: &mut Option<Tour>, rects: &PartRects, palette: &Palette) {
    let Some(t) = *tour else {
        return;
    };
    let Some(&(part, key)) = STEPS.get(t.step) else {
        *tour = None;
        return;
    };
    let screen = ctx.content_rect();
    let lit = rects.of(part).map(|r| r.intersect(screen));

    // The dim goes on a layer above the panels and windows and below the note, with a hole
    // where the lit part is.
    let dim = ctx.layer_painter(LayerId::new(Order::Middle, egui::Id::unique("tour_dim")));
    let shade = super::super::super::theme::TOUR_SHADE;
    match lit {
        Some(r) => {
            for band in [
                Rect::from_min_max(screen.min, egui::pos2(screen.max.x, r.min.y)),
                Rect::from_min_max(egui::pos2(screen.min.x, r.max.y), screen.max),
                Rect::from_min_max(
                    egui::pos2(screen.min.x, r.min.y),
                    egui::pos2(r.min.x, r.max.y),
                ),
                Rect::from_min_max(
                    egui::pos2(r.max.x, r.min.y),
                    egui::pos2(screen.max.x, r.max.y),
                ),
            ] {
                dim.rect_filled(band, 0.0, shade);
            }
            dim.rect_stroke(
                r.shrink(2.0),
                6.0,
                Stroke::new(4.0, palette.cursor),
                egui::StrokeKind::Inside,
            );
        }
        None => {
            dim.rect_filled(screen, 0.0, shade);
        }
    }

    let at = note_position(screen, lit);
    let area = egui::Modal::default_area(egui::Id::unique("tour_note"))
        .anchor(Align2::LEFT_TOP, at.to_vec2());
    let mut moved = None;
    egui::Modal::new(egui::Id::unique("tour_note"))
        .area(area)
        .backdrop_color(Color32::TRANSPARENT)
        .show(ctx, |ui| {
            ui.set_width(NOTE_WIDTH);
            ui.with_layout(crate::bidi::reading_layout(), |ui| {
                ui.label(crate::bidi::coloured(
                    ui,
                    palette.caption,
                    tr!("tour-step", n = t.step + 1, total = STEPS.len()),
                ));
                ui.label(
                    RichText::new(crate::bidi::plain(&gz_i18n::message(
                        &format!("{key}-title"),
                        None,
                    )))
                    .strong()
                    .size(20.0),
                );
                ui.label(crate::bidi::text(ui, gz_i18n::message(key, None)));
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let last = t.step + 1 == STEPS.len();
                    let next = if last {
                        tr!("tour-finish")
                    } else {
                        tr!("tour-next")
                    };
                    if ui
                        .add(egui::Button::new(
                            RichText::new(crate::bidi::plain(&next)).strong(),
                        ))
                        .clicked()
                    {
                        moved = Some(Move::Next);
                    }
                    if t.step > 0 && ui.button(crate::bidi::text(ui, tr!("tour-back"))).clicked() {
                        moved = Some(Move::Back);
                    }
                    if !last && ui.button(crate::bidi::text(ui, tr!("tour-end"))).clicked() {
                        moved = Some(Move::End);
                    }
                });
                ui.label(crate::bidi::coloured(ui, palette.caption, tr!("tour-keys")));
            });
        });
    if let Some(m) = moved {
        step(tour, m);
    }
}

/// Beside the lit part on the side with the most room, else over its middle; always inside
/// the window.
fn note_position(screen: Rect, lit: Option<Rect>) -> egui::Pos2 {
    let size = egui::vec2(NOTE_WIDTH + 24.0, NOTE_HEIGHT);
    let Some(r) = lit else {
        return screen.center() - size / 2.0;
    };
    let gap = 16.0;
    let room_right = screen.max.x - r.max.x;
    let room_left = r.min.x - screen.min.x;
    let room_below = screen.max.y - r.max.y;
    let room_above = r.min.y - screen.min.y;
    let centred_y = r.center().y - size.y / 2.0;
    let centred_x = r.center().x - size.x / 2.0;
    let at = if room_right >= size.x + gap {
        egui::pos2(r.max.x + gap, centred_y)
    } else if room_left >= size.x + gap {
        egui::pos2(r.min.x - gap - size.x, centred_y)
    } else if room_below >= size.y + gap {
        egui::pos2(centred_x, r.max.y + gap)
    } else if room_above >= size.y + gap {
        egui::pos2(centred_x, r.min.y - gap - size.y)
    } else {
        r.center() - size / 2.0
    };
    egui::pos2(
        at.x.clamp(
            screen.min.x + 8.0,
            (screen.max.x - size.x - 8.0).max(screen.min.x),
        ),
        at.y.clamp(
            screen.min.y + 8.0,
            (screen.max.y - size.y - 8.0).max(screen.min.y),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tour_steps_forward_and_back_and_ends_after_the_last_step() {
        let mut tour = Some(Tour::default());
        step(&mut tour, Move::Back);
        assert_eq!(tour, Some(Tour { step: 0 }));
        for _ in 1..STEPS.len() {
            step(&mut tour, Move::Next);
        }
        assert_eq!(
            tour,
            Some(Tour {
                step: STEPS.len() - 1
            })
        );
        step(&mut tour, Move::Next);
        assert_eq!(tour, None);
    }

    #[test]
    fn the_note_stays_on_screen_and_off_the_part_it_explains() {
        let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
        let note = |lit: Rect| {
            Rect::from_min_size(
                note_position(screen, Some(lit)),
                egui::vec2(NOTE_WIDTH + 24.0, NOTE_HEIGHT),
            )
        };
        // The events panel on the right: the note goes to its left.
        let events = Rect::from_min_max(egui::pos2(920.0, 30.0), egui::pos2(1280.0, 400.0));
        assert!(screen.contains_rect(note(events)));
        assert!(!note(events).intersects(events));
        // The timeline along the bottom: the note goes above it.
        let timeline = Rect::from_min_max(egui::pos2(0.0, 400.0), egui::pos2(1280.0, 700.0));
        assert!(screen.contains_rect(note(timeline)));
        assert!(!note(timeline).intersects(timeline));
    }
}
