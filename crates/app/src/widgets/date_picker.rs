//! A date chosen on a calendar: a button that shows the date ("1 Mar 2026") and opens one
//! month's grid under it.
//!
//! The grid reads from the side the interface's language starts from, with the week starting
//! on the language's first day (`gz_i18n::calendar::first_weekday`). Days outside the allowed
//! range are drawn faint and cannot be picked. The keyboard works as in a desktop calendar:
//! the arrows move a day (in the direction they point, so → is the day before in Arabic and
//! Hebrew) or a week, Page Up and Page Down a month, Enter picks, Esc closes.

use std::ops::RangeInclusive;

use eframe::egui::{
    self, Align2, EventFilter, Id, Key, Modifiers, Popup, PopupCloseBehavior, Rect, RectAlign,
    Response, Sense, Ui, Vec2, Widget, WidgetInfo, accesskit::Role, vec2,
};
use gz_i18n::{calendar, names, tr};
use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::bidi::HoverBidi as _;

/// One day's cell: wide enough for "30" with room around it, and for a weekday's initials.
const CELL: Vec2 = vec2(32.0, 26.0);
/// Six rows hold any month (a 31-day month that starts on the week's last day spans six
/// weeks); the grid keeps six so that the popup does not change size from month to month.
const WEEKS_SHOWN: usize = 6;

/// The open calendar's memory between frames: the day the keyboard is on, whose month is
/// shown.
#[derive(Clone, Copy, Debug)]
struct Open {
    cursor: Date,
    /// Put the keyboard in the grid: set when the calendar opens, kept until the grid is
    /// drawn for real (the popup's first frame only measures its contents).
    focus_pending: bool,
}

/// A date picker for `date`, which lets only dates in `range` be picked. The response is the
/// button's, `changed()` in the frame a date is picked.
pub struct DatePicker<'a> {
    date: &'a mut Date,
    range: RangeInclusive<Date>,
}

impl<'a> DatePicker<'a> {
    pub fn new(date: &'a mut Date, range: RangeInclusive<Date>) -> Self {
        Self { date, range }
    }
}

impl Widget for DatePicker<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let Self { date, range } = self;
        let right_to_left = gz_i18n::language().is_right_to_left();
        // Room for a drop-down mark after the date in reading order, as on a drop-down list;
        // drawn, as the bundled fonts have no such character. Spaces at the end of a line go
        // to its end in either direction (UAX #9, L1): the right in English, the left in
        // Arabic and Hebrew.
        let shown = names::date(*date);
        let label = format!("{shown}{MARK_ROOM}");
        let mut button = ui
            .button(crate::bidi::text(ui, label))
            .on_hover_bidi(tr!("picker-tip"));
        paint_mark(ui, &button, right_to_left);
        // The form names the button by its row's label ("Date"), which hides its text from a
        // screen reader; the date is its value.
        ui.ctx()
            .accesskit_node_builder(button.id, |node| node.set_value(shown.as_str()));
        let popup_id = Popup::default_response_id(&button);
        let state_id = popup_id.with("state");
        let ctx = ui.ctx().clone();
        let was_open = Popup::is_id_open(&ctx, popup_id);
        if button.clicked() {
            if was_open {
                Popup::close_id(&ctx, popup_id);
            } else {
                Popup::open_id(&ctx, popup_id);
                let open = Open {
                    cursor: clamped(*date, &range),
                    focus_pending: true,
                };
                ctx.data_mut(|d| d.insert_temp(state_id, open));
            }
        }
        // Under the button, from the side the language reads from.
        let align = if right_to_left {
            RectAlign::BOTTOM_END
        } else {
            RectAlign::BOTTOM_START
        };
        let picked = Popup::from_response(&button)
            .open_memory(None::<egui::SetOpenCommand>)
            .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
            .align(align)
            .accessible_name(tr!("picker-calendar"))
            .show(|ui| {
                let mut open = ctx.data(|d| d.get_temp::<Open>(state_id)).unwrap_or(Open {
                    cursor: clamped(*date, &range),
                    focus_pending: true,
                });
                let picked = calendar_ui(ui, &mut open, *date, &range, popup_id);
                ctx.data_mut(|d| d.insert_temp(state_id, open));
                picked
            })
            .and_then(|shown| shown.inner);
        if let Some(day) = picked {
            if day != *date {
                *date = day;
                button.mark_changed();
            }
            Popup::close_id(&ctx, popup_id);
        }
        // The keyboard goes back to the button when the calendar closes (a pick, Esc), so
        // that a keyboard user carries on from where they were.
        if was_open && !Popup::is_id_open(&ctx, popup_id) {
            button.request_focus();
        }
        button
    }
}

/// Spaces that leave room in the button for the mark.
const MARK_ROOM: &str = "     ";

/// A small triangle pointing down, at the button's end in reading order.
fn paint_mark(ui: &Ui, button: &Response, right_to_left: bool) {
    let padding = ui.spacing().button_padding.x;
    let half_width = 4.0;
    let centre_x = if right_to_left {
        button.rect.left() + padding + half_width
    } else {
        button.rect.right() - padding - half_width
    };
    let centre = egui::pos2(centre_x, button.rect.center().y);
    let colour = ui.style().interact(button).fg_stroke.color;
    let points = vec![
        centre + vec2(-half_width, -2.0),
        centre + vec2(half_width, -2.0),
        centre + vec2(0.0, 3.0),
    ];
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
}

fn clamped(date: Date, range: &RangeInclusive<Date>) -> Date {
    date.clamp(*range.start(), *range.end())
}

/// The month of `open.cursor`: its title between the buttons to the months before and after,
/// the weekdays' initials, the days. Returns the day picked, by a click or by Enter.
fn calendar_ui(
    ui: &mut Ui,
    open: &mut Open,
    chosen: Date,
    range: &RangeInclusive<Date>,
    popup_id: Id,
) -> Option<Date> {
    let right_to_left = gz_i18n::language().is_right_to_left();
    let month = open.cursor.first_of_month();
    let mut picked = None;
    let mut moved_to = None;

    // The title row. The button to the earlier month is on the side the language starts
    // from, so in Arabic and Hebrew it is on the right, pointing right.
    let width = CELL.x * 7.0;
    let (row, _) =
        ui.allocate_exact_size(vec2(width, ui.spacing().interact_size.y), Sense::hover());
    let previous_month = month.checked_sub(1.month()).ok();
    let next_month = month.checked_add(1.month()).ok();
    let can_go_back = previous_month.is_some_and(|m| m.last_of_month() >= *range.start());
    let can_go_on = next_month.is_some_and(|m| m <= *range.end());
    let side = |at_left: bool| {
        let size = vec2(CELL.x, row.height());
        if at_left {
            Rect::from_min_size(row.min, size)
        } else {
            Rect::from_min_size(row.right_top() - vec2(size.x, 0.0), size)
        }
    };
    let mut month_button = |rect: Rect, enabled: bool, glyph: &str, name: String| {
        ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            ui.add_enabled(enabled, egui::Button::new(glyph).small())
                .on_hover_bidi(&name)
                .accessible_name(name)
        })
        .inner
        .clicked()
    };
    let (back_glyph, on_glyph) = if right_to_left {
        ("›", "‹")
    } else {
        ("‹", "›")
    };
    if month_button(
        side(!right_to_left),
        can_go_back,
        back_glyph,
        tr!("picker-previous-month"),
    ) {
        moved_to = Some(open.cursor.saturating_sub(1.month()));
    }
    if month_button(
        side(right_to_left),
        can_go_on,
        on_glyph,
        tr!("picker-next-month"),
    ) {
        moved_to = Some(open.cursor.saturating_add(1.month()));
    }
    // A label rather than painted text, so that a screen reader (and a test) can read it.
    let title = crate::bidi::strong(ui, calendar::month_title(month));
    let between = Rect::from_min_max(row.min + vec2(CELL.x, 0.0), row.max - vec2(CELL.x, 0.0));
    ui.put(between, egui::Label::new(title).selectable(false));

    // The grid: a row of weekday initials, then the weeks. Column 0 is the week's first day,
    // drawn at the left in English and at the right in Arabic and Hebrew.
    let (grid, _) = ui.allocate_exact_size(
        vec2(width, CELL.y * (WEEKS_SHOWN + 1) as f32),
        Sense::hover(),
    );
    let cell_rect = |column: usize, row: usize| {
        let x = if right_to_left { 6 - column } else { column };
        Rect::from_min_size(
            grid.min + vec2(x as f32 * CELL.x, row as f32 * CELL.y),
            CELL,
        )
    };
    let week = calendar::week();
    let faint = ui.visuals().weak_text_color();
    let small = egui::TextStyle::Small.resolve(ui.style());
    for (column, weekday) in week.iter().enumerate() {
        let initial = crate::bidi::galley(
            ui.painter(),
            &calendar::weekday_initial(*weekday),
            small.clone(),
            faint,
            None,
        );
        let at = cell_rect(column, 0).center() - initial.size() / 2.0;
        ui.painter().galley(at, initial, faint);
    }

    // One widget for the keyboard, over the whole grid: it holds the focus while the calendar
    // is open (so that the app's own arrow and page keys, which step the timeline, wait), and
    // tells a screen reader the day the keyboard is on.
    let keys = ui.interact(
        grid,
        popup_id.with("keys"),
        Sense::focusable_noninteractive(),
    );
    keys.widget_info(|| WidgetInfo::labeled(Role::Grid, true, names::date(open.cursor)));
    if open.focus_pending {
        keys.request_focus();
        open.focus_pending = ui.is_sizing_pass();
    }
    if keys.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                keys.id,
                EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    tab: false,
                    escape: false,
                },
            );
        });
        let step = if right_to_left { -1 } else { 1 };
        ui.input_mut(|i| {
            let mut pressed = |key| i.consume_key(Modifiers::NONE, key);
            if pressed(Key::ArrowRight) {
                moved_to = Some(open.cursor.saturating_add(step.days()));
            }
            if pressed(Key::ArrowLeft) {
                moved_to = Some(open.cursor.saturating_sub(step.days()));
            }
            if pressed(Key::ArrowDown) {
                moved_to = Some(open.cursor.saturating_add(1.week()));
            }
            if pressed(Key::ArrowUp) {
                moved_to = Some(open.cursor.saturating_sub(1.week()));
            }
            if pressed(Key::PageDown) {
                moved_to = Some(open.cursor.saturating_add(1.month()));
            }
            if pressed(Key::PageUp) {
                moved_to = Some(open.cursor.saturating_sub(1.month()));
            }
            if pressed(Key::Enter) {
                picked = Some(open.cursor);
            }
        });
    }

    let visuals = ui.visuals().clone();
    let lead = week[0].until(month.weekday()) as usize;
    for offset in 0..month.days_in_month() {
        let Ok(day) = month.checked_add(i64::from(offset).days()) else {
            break;
        };
        let place = lead + offset as usize;
        let rect = cell_rect(place % 7, place / 7 + 1).shrink(1.0);
        let allowed = range.contains(&day);
        let selected = day == chosen;
        let sense = if allowed {
            Sense::CLICK
        } else {
            Sense::hover()
        };
        let response = ui.interact(rect, popup_id.with(day), sense);
        response.widget_info(|| {
            WidgetInfo::selected(Role::Button, allowed, selected, names::date(day))
        });
        let response = if allowed {
            response
        } else {
            response.on_hover_bidi(tr!(
                "picker-outside",
                first = names::date(*range.start()),
                last = names::date(*range.end())
            ))
        };
        if response.clicked() {
            picked = Some(day);
        }
        let painter = ui.painter();
        let radius = visuals.widgets.inactive.corner_radius;
        let text_colour = if selected {
            painter.rect_filled(rect, radius, visuals.selection.bg_fill);
            visuals.selection.stroke.color
        } else if !allowed {
            faint.gamma_multiply(0.6)
        } else {
            if response.hovered() {
                painter.rect_filled(rect, radius, visuals.widgets.hovered.weak_bg_fill);
            }
            visuals.text_color()
        };
        if day == open.cursor {
            // Where Enter would pick: a ring, in the colour the focus ring of any widget has.
            let stroke = egui::Stroke::new(1.5, visuals.selection.stroke.color);
            painter.rect_stroke(rect, radius, stroke, egui::StrokeKind::Inside);
        }
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            day.day().to_string(),
            egui::TextStyle::Body.resolve(ui.style()),
            text_colour,
        );
    }

    if let Some(to) = moved_to {
        open.cursor = clamped(to, range);
    }
    picked.filter(|day| range.contains(day))
}
