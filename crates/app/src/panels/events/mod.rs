//! The events of the scenario in day order: jump to one, add, edit, duplicate, delete.
//!
//! The panel never edits the scenario itself: it returns an [`EventsAction`] and the app applies
//! it as one undoable edit. The form runs the same validation as loading a file, every frame, so
//! a mistake shows while it is typed rather than the next time the file is opened.

use crate::bidi::HoverBidi as _;
use eframe::egui;

use super::super::commands::Command;
use super::super::theme::Palette;
use gz_core::geo::Governorate;
use gz_core::model::{Action, Area, Crossing, Driver, Event, Governance, Mandate, RunOutput};
use gz_core::scenario::{
    MAX_HORIZON_DAYS, MAX_RADIUS_KM, MAX_STRIKE_INTENSITY, Problem, Scenario, validate,
};

mod form;
mod kind;
mod place;
mod when;

use form::{DEFAULT_OVER_DAYS, FormOutcome, form_ui};
use kind::Kind;

/// What the user asked for in the events panel.
#[derive(Clone, Debug, PartialEq)]
pub enum EventsAction {
    /// Show this day.
    JumpTo(u32),
    /// The scenario's new list of events (one undoable edit).
    Replace(Vec<Event>),
}

/// The event in the form.
#[derive(Clone, Debug)]
struct Draft {
    /// The event as it was in the scenario when the form opened; `None` for a new event.
    original: Option<Event>,
    /// Where `original` is in the scenario's list, found again every frame because undo,
    /// delete and duplicate move events while the form is open. `None` for a new event, or
    /// when the original is gone, in which case the form adds the event back.
    index: Option<usize>,
    event: Event,
    /// Put the keyboard in the title field next frame, so that Ctrl+E and typing is enough.
    focus_title: bool,
    /// A click on the map places the event (its circle's centre, its governorate).
    placing: bool,
}

impl Draft {
    fn rebind(&mut self, events: &[Event]) {
        let Some(original) = &self.original else {
            return;
        };
        let still_there = self.index.is_some_and(|i| events.get(i) == Some(original));
        if !still_there {
            self.index = events.iter().position(|e| e == original);
        }
    }

    fn is_new(&self) -> bool {
        self.index.is_none()
    }
}

/// The panel's own state: the event being edited, if any.
#[derive(Clone, Debug, Default)]
pub struct EventsPanel {
    editing: Option<Draft>,
}

impl EventsPanel {
    /// Opens the form on a new event on `day`. If the form is already open it stays as it is,
    /// so that typed work is never thrown away; the title field takes the keyboard.
    pub fn start_new(&mut self, day: u32) {
        if let Some(draft) = &mut self.editing {
            draft.focus_title = true;
            return;
        }
        self.editing = Some(Draft {
            original: None,
            index: None,
            event: Event::at(day, Action::Rafah(Crossing::Open)),
            focus_title: true,
            placing: false,
        });
    }

    /// Opens the form on the scenario's event at `index` (its place in the file, not the list).
    pub fn start_edit(&mut self, scenario: &Scenario, index: usize) {
        if let Some(event) = scenario.events.get(index) {
            self.editing = Some(Draft {
                original: Some(event.clone()),
                index: Some(index),
                event: event.clone(),
                focus_title: true,
                placing: false,
            });
        }
    }

    #[must_use]
    pub fn is_editing(&self) -> bool {
        self.editing.is_some()
    }

    /// Whether the next click on the map places the event in the form.
    #[must_use]
    pub fn is_placing(&self) -> bool {
        self.editing.as_ref().is_some_and(|d| d.placing)
    }

    /// Places the event in the form where the map was clicked.
    pub fn place_at(&mut self, lonlat: [f64; 2]) {
        let Some(draft) = &mut self.editing else {
            return;
        };
        let grid = gz_core::geo::Grid::strip();
        let governorate = grid
            .cell_at(lonlat)
            .and_then(|c| grid.cells.get(c.index()))
            .map(|cell| cell.governorate);
        draft.placing = place::placed_at(&mut draft.event.action, lonlat, governorate);
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        scenario: &Scenario,
        run: &RunOutput,
        day: u32,
        palette: &Palette,
    ) -> Option<EventsAction> {
        let mut action = None;
        if header_ui(ui, scenario.events.len(), self.is_editing()) {
            self.start_new(day);
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if let Some(draft) = &mut self.editing {
                    draft.rebind(&scenario.events);
                    match form_ui(ui, draft, scenario, run, palette) {
                        FormOutcome::Open => {}
                        FormOutcome::Close => self.editing = None,
                        FormOutcome::Commit(events) => {
                            self.editing = None;
                            action = Some(EventsAction::Replace(events));
                        }
                    }
                    ui.separator();
                }
                let edited = self.editing.as_ref().map(|d| d.index);
                if let Some(row) = list_ui(ui, scenario, day, edited, palette) {
                    action = self.row_action(scenario, row);
                }
            });
        action
    }

    fn row_action(&mut self, scenario: &Scenario, row: RowAction) -> Option<EventsAction> {
        match row {
            RowAction::Jump(day) => Some(EventsAction::JumpTo(day)),
            RowAction::Edit(i) => {
                self.start_edit(scenario, i);
                // Show the day the event happens, as the user will want to see its effect.
                scenario.events.get(i).map(|e| EventsAction::JumpTo(e.day))
            }
            RowAction::Duplicate(i) => Some(EventsAction::Replace(duplicated(&scenario.events, i))),
            RowAction::Delete(i) => Some(EventsAction::Replace(deleted(&scenario.events, i))),
        }
    }
}

/// The heading and the add button; true when the button was clicked.
fn header_ui(ui: &mut egui::Ui, count: usize, form_open: bool) -> bool {
    ui.horizontal(|ui| {
        ui.label(crate::bidi::heading(
            ui,
            gz_i18n::tr!("events-heading", count = count),
        ));
        let shortcut = Command::AddEvent
            .shortcut()
            .map(|s| format!(" ({})", ui.ctx().format_shortcut(&s)))
            .unwrap_or_default();
        ui.add_enabled(
            !form_open,
            egui::Button::new(crate::bidi::text(ui, gz_i18n::tr!("events-add"))),
        )
        .on_hover_bidi(format!("{}{shortcut}", Command::AddEvent.tooltip()))
        .on_disabled_hover_text(crate::bidi::plain(&gz_i18n::tr!(
            "events-edit-disabled-tip"
        )))
        .clicked()
    })
    .inner
}

// ---------------------------------------------------------------------------------------------
// The list

/// What the user did to one row of the list. Indices are places in the scenario's file.
#[derive(Clone, Copy)]
enum RowAction {
    Jump(u32),
    Edit(usize),
    Duplicate(usize),
    Delete(usize),
}

/// The events in day order (events on the same day in file order, the order they apply in).
/// `edited` is `None` when the form is closed, else the place of its event in the file
/// (`None` for a new one).
#[allow(clippy::option_option)] // `edited`: see its comment
fn list_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    day: u32,
    // None: no form open; Some(None): a new event; Some(Some(i)): event i.
    edited: Option<Option<usize>>,
    palette: &Palette,
) -> Option<RowAction> {
    if scenario.events.is_empty() {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            gz_i18n::tr!("events-none"),
        ));
        return None;
    }
    let mut order: Vec<(usize, &Event)> = scenario.events.iter().enumerate().collect();
    order.sort_by_key(|(_, e)| e.day);
    let mut chosen = None;
    for (position, (index, event)) in order.into_iter().enumerate() {
        let row = Row {
            number: position + 1,
            index,
            event,
            date: gz_i18n::names::calendar_date(scenario.start_date, event.day),
            shown: event.day == day,
            being_edited: edited == Some(Some(index)),
            form_open: edited.is_some(),
        };
        if let Some(action) = row_ui(ui, &row, palette) {
            chosen = Some(action);
        }
        ui.add_space(6.0);
    }
    chosen
}

/// One row of the list and how to show it.
struct Row<'a> {
    /// Place in the list, from 1: what a screen reader announces, and unique even when two
    /// events share a day and a title (as a fresh duplicate does).
    number: usize,
    index: usize,
    event: &'a Event,
    /// Its day's calendar date; `None` past the calendar's end.
    date: Option<String>,
    /// The app shows this event's day.
    shown: bool,
    being_edited: bool,
    form_open: bool,
}

fn row_ui(ui: &mut egui::Ui, row: &Row, palette: &Palette) -> Option<RowAction> {
    let event = row.event;
    let mut chosen = None;
    let style = ui.style().clone();
    // The date first, the day number after it; a conditional event's day is only when it
    // starts waiting.
    let day = match (&row.date, event.when.is_some()) {
        (Some(date), true) => {
            gz_i18n::tr!(
                "events-row-from-date",
                date = date.as_str(),
                day = event.day
            )
        }
        (Some(date), false) => {
            gz_i18n::tr!("events-row-date", date = date.as_str(), day = event.day)
        }
        (None, true) => gz_i18n::tr!("events-row-from-day", day = event.day),
        (None, false) => gz_i18n::tr!("events-row-day", day = event.day),
    };
    let font = egui::TextStyle::Body.resolve(&style);
    let caption = egui::TextFormat::simple(font.clone(), palette.caption);
    let strong = egui::TextFormat::simple(font, style.visuals.strong_text_color());
    // The date comes first in reading order: on the left in English, on the right in Arabic
    // and Hebrew. There a row that wraps is broken here, before its pieces are ordered, so that
    // the date stays at the start of its first line; egui's own wrapping would put it last.
    let day = format!("{day}  ");
    let label = gz_i18n::events::label(event);
    let parts = [(day.as_str(), caption), (label.as_str(), strong)];
    let text = if gz_i18n::language().is_right_to_left() {
        let width = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
        crate::bidi::wrapped_parts_job(ui.ctx(), &parts, width)
    } else {
        let mut job = egui::text::LayoutJob::default();
        for (part, format) in &parts {
            crate::bidi::append(&mut job, part, format);
        }
        job
    };
    if ui
        .selectable_label(row.shown, text)
        .on_hover_bidi(gz_i18n::tr!("events-show-day-tip"))
        .clicked()
    {
        chosen = Some(RowAction::Jump(event.day));
    }
    if let Some(when) = &event.when {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            gz_i18n::events::trigger(when),
        ));
    }
    // Without a title the label already is the description.
    if !event.title.is_empty() {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            gz_i18n::events::action(&event.action),
        ));
    }
    if !event.note.is_empty() {
        // One line keeps the list scannable; the whole note shows on hover and in the form.
        let format =
            egui::TextFormat::simple(egui::TextStyle::Body.resolve(ui.style()), palette.caption);
        let note = crate::bidi::first_line(ui.ctx(), &event.note, &format, ui.available_width());
        ui.add(egui::Label::new(note).truncate());
    }
    ui.horizontal(|ui| {
        if row.being_edited {
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                gz_i18n::tr!("events-being-edited"),
            ));
        }
        let label = gz_i18n::events::label(event);
        let name = |id: &str| {
            let mut args = gz_i18n::FluentArgs::new();
            args.set("number", row.number);
            args.set("day", event.day);
            args.set("label", label.as_str());
            gz_i18n::message(id, Some(&args))
        };
        if ui
            .add_enabled(
                !row.form_open,
                egui::Button::new(crate::bidi::text(ui, gz_i18n::tr!("events-edit"))).small(),
            )
            .on_hover_bidi(gz_i18n::tr!("events-edit-tip"))
            .on_disabled_hover_text(crate::bidi::plain(&gz_i18n::tr!(
                "events-edit-disabled-tip"
            )))
            .accessible_name(name("events-edit-name"))
            .clicked()
        {
            chosen = Some(RowAction::Edit(row.index));
        }
        if ui
            .add(egui::Button::new(crate::bidi::text(ui, gz_i18n::tr!("events-duplicate"))).small())
            .on_hover_bidi(gz_i18n::tr!("events-duplicate-tip"))
            .accessible_name(name("events-duplicate-name"))
            .clicked()
        {
            chosen = Some(RowAction::Duplicate(row.index));
        }
        if ui
            .add(egui::Button::new(crate::bidi::text(ui, gz_i18n::tr!("events-delete"))).small())
            .on_hover_bidi(gz_i18n::tr!("events-delete-tip"))
            .accessible_name(name("events-delete-name"))
            .clicked()
        {
            chosen = Some(RowAction::Delete(row.index));
        }
    });
    chosen
}

/// The events with a copy of the one at `index` right after it.
fn duplicated(events: &[Event], index: usize) -> Vec<Event> {
    let mut out = events.to_vec();
    if let Some(copy) = events.get(index) {
        out.insert(index + 1, copy.clone());
    }
    out
}

fn deleted(events: &[Event], index: usize) -> Vec<Event> {
    let mut out = events.to_vec();
    if index < out.len() {
        out.remove(index);
    }
    out
}

/// The events with `event` in place of the one at `index`, or added when `index` is `None`;
/// and where it went. An added event, or one whose day changed, goes after the last event on
/// or before its day: a file in day order stays in day order, and the event applies after the
/// others on its day, as the last one entered would be expected to.
fn placed(events: &[Event], index: Option<usize>, event: Event) -> (Vec<Event>, usize) {
    let mut out = events.to_vec();
    if let Some(i) = index
        && let Some(slot) = out.get_mut(i)
    {
        if slot.day == event.day {
            *slot = event;
            return (out, i);
        }
        out.remove(i);
    }
    let at = out
        .iter()
        .rposition(|e| e.day <= event.day)
        .map_or(0, |p| p + 1);
    out.insert(at, event);
    (out, at)
}

// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::form::{describe_problem, event_problems};
    use super::*;

    fn event(day: u32, title: &str) -> Event {
        Event {
            title: title.to_owned(),
            ..Event::at(day, Action::Rafah(Crossing::Open))
        }
    }

    fn titles(events: &[Event]) -> Vec<&str> {
        events.iter().map(|e| e.title.as_str()).collect()
    }

    #[test]
    fn a_new_event_goes_after_the_others_on_its_day() {
        let events = [
            event(5, "a"),
            event(10, "b"),
            event(10, "c"),
            event(20, "d"),
        ];
        let (out, at) = placed(&events, None, event(10, "new"));
        assert_eq!(titles(&out), ["a", "b", "c", "new", "d"]);
        assert_eq!(at, 3);
        let (out, at) = placed(&events, None, event(0, "first"));
        assert_eq!((titles(&out)[0], at), ("first", 0));
    }

    #[test]
    fn an_edit_keeps_its_place_unless_its_day_changes() {
        let events = [event(5, "a"), event(10, "b"), event(20, "c")];
        let (out, at) = placed(&events, Some(1), event(10, "B"));
        assert_eq!((titles(&out), at), (vec!["a", "B", "c"], 1));
        let (out, at) = placed(&events, Some(0), event(15, "A"));
        assert_eq!((titles(&out), at), (vec!["b", "A", "c"], 1));
    }

    #[test]
    fn duplicate_and_delete_touch_only_their_event() {
        let events = [event(5, "a"), event(10, "b")];
        assert_eq!(titles(&duplicated(&events, 0)), ["a", "a", "b"]);
        assert_eq!(titles(&deleted(&events, 0)), ["b"]);
        // A stale index changes nothing rather than panicking.
        assert_eq!(duplicated(&events, 7).len(), 2);
        assert_eq!(deleted(&events, 7).len(), 2);
    }

    #[test]
    fn only_the_forms_own_problems_are_reported() {
        let mut scenario = Scenario {
            events: (0..12).map(|d| event(d, "ok")).collect(),
            ..Scenario::default()
        };
        // Event 10 is broken; the form edits event 1, whose path is a prefix of "events[10]".
        scenario.events[10].day = scenario.horizon_days + 1;
        assert!(event_problems(&scenario, 1).is_empty());
        let problems = event_problems(&scenario, 10);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "events[10].day");
    }

    #[test]
    fn a_text_problem_names_its_field() {
        let problem = Problem::new("events[2].title", "text of 201 characters is too long");
        assert!(describe_problem(&problem, 2).starts_with("Title: "));
    }

    #[test]
    fn every_kind_converts_to_itself_and_keeps_shared_fields() {
        let ramp = Action::Ramp {
            driver: Driver::AidTrucksPerDay,
            to: 600.0,
            over_days: 45,
        };
        for kind in Kind::ALL {
            assert_eq!(Kind::of(&kind.convert(&ramp)), kind);
        }
        assert_eq!(
            Kind::Set.convert(&ramp),
            Action::Set {
                driver: Driver::AidTrucksPerDay,
                value: 600.0
            }
        );
        let strike = Action::Strike {
            area: Area::Governorate(Governorate::Rafah),
            intensity: 2.0,
        };
        assert_eq!(
            Kind::DeclareHaven.convert(&strike),
            Action::DeclareHaven(Area::Governorate(Governorate::Rafah))
        );
        assert_eq!(
            Kind::DeployForce.convert(&strike),
            Action::DeployForce(Governorate::Rafah)
        );
    }

    #[test]
    fn every_kind_starts_valid() {
        for kind in Kind::ALL {
            let mut scenario = Scenario::default();
            let mut e = event(1, "x");
            e.action = kind.convert(&e.action);
            scenario.events.push(e);
            assert!(event_problems(&scenario, 0).is_empty(), "{kind:?}");
        }
    }
}
