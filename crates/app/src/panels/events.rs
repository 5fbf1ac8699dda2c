//! The events of the scenario in day order: jump to one, add, edit, duplicate, delete.
//!
//! The panel never edits the scenario itself: it returns an [`EventsAction`] and the app applies
//! it as one undoable edit. The form runs the same validation as loading a file, every frame, so
//! a mistake shows while it is typed rather than the next time the file is opened.

use std::ops::RangeInclusive;

use eframe::egui::{self, RichText};

use super::super::commands::Command;
use super::super::theme::Palette;
use super::playback::date_of;
use gz_core::geo::Governorate;
use gz_core::model::drivers::DriverInfo;
use gz_core::model::{Action, Area, Crossing, Driver, Event, Governance, Mandate};
use gz_core::scenario::{
    MAX_HORIZON_DAYS, MAX_RADIUS_KM, MAX_STRIKE_INTENSITY, Problem, Scenario, validate,
};

/// Width of the form's label column, so that the fields line up.
const LABEL_WIDTH: f32 = 96.0;
const COMBO_WIDTH: f32 = 210.0;
/// Tall enough for the ten kinds of action without scrolling the list.
const COMBO_HEIGHT: f32 = 400.0;
/// A ramp or a moving line takes a month unless the user says otherwise.
const DEFAULT_OVER_DAYS: u32 = 30;
/// Drag limits for strikes and circles. The validation owns the real limits and reports a
/// typed value outside them; these only stop a drag running far past them.
const INTENSITY_RANGE: RangeInclusive<f64> = 0.0..=MAX_STRIKE_INTENSITY;
const RADIUS_KM_RANGE: RangeInclusive<f64> = 0.1..=MAX_RADIUS_KM;
const LON_RANGE: RangeInclusive<f64> = 34.1..=34.7;
const LAT_RANGE: RangeInclusive<f64> = 31.1..=31.7;
/// A new circle starts on Gaza City, where it is most likely to be wanted.
const DEFAULT_CIRCLE: Area = Area::Circle {
    lon: 34.45,
    lat: 31.50,
    radius_km: 3.0,
};

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
            });
        }
    }

    #[must_use]
    pub fn is_editing(&self) -> bool {
        self.editing.is_some()
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        scenario: &Scenario,
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
                    match form_ui(ui, draft, scenario, palette) {
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
        ui.heading(format!("Events ({count})"));
        let shortcut = Command::AddEvent
            .shortcut()
            .map(|s| format!(" ({})", ui.ctx().format_shortcut(&s)))
            .unwrap_or_default();
        ui.add_enabled(!form_open, egui::Button::new("+ Add"))
            .on_hover_text(format!("{}{shortcut}", Command::AddEvent.tooltip()))
            .on_disabled_hover_text("Finish or cancel the event in the form first")
            .clicked()
    })
    .inner
}

// ---------------------------------------------------------------------------------------------
// The list

/// What the user did to one row of the list. Indices are places in the scenario's file.
enum RowAction {
    Jump(u32),
    Edit(usize),
    Duplicate(usize),
    Delete(usize),
}

/// The events in day order (events on the same day in file order, the order they apply in).
/// `edited` is `None` when the form is closed, else the place of its event in the file
/// (`None` for a new one).
fn list_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    day: u32,
    edited: Option<Option<usize>>,
    palette: &Palette,
) -> Option<RowAction> {
    if scenario.events.is_empty() {
        ui.colored_label(
            palette.caption,
            "No events yet: the drivers keep their starting values throughout. Add one with + Add.",
        );
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
    /// The app shows this event's day.
    shown: bool,
    being_edited: bool,
    form_open: bool,
}

fn row_ui(ui: &mut egui::Ui, row: &Row, palette: &Palette) -> Option<RowAction> {
    let event = row.event;
    let mut chosen = None;
    let mut text = egui::text::LayoutJob::default();
    let style = ui.style().clone();
    RichText::new(format!("Day {}  ", event.day))
        .color(palette.caption)
        .append_to(
            &mut text,
            &style,
            egui::FontSelection::Default,
            egui::Align::Center,
        );
    RichText::new(event.label()).strong().append_to(
        &mut text,
        &style,
        egui::FontSelection::Default,
        egui::Align::Center,
    );
    if ui
        .selectable_label(row.shown, text)
        .on_hover_text("Show this day")
        .clicked()
    {
        chosen = Some(RowAction::Jump(event.day));
    }
    // Without a title the label already is the description.
    if !event.title.is_empty() {
        ui.colored_label(palette.caption, event.action.describe());
    }
    if !event.note.is_empty() {
        // One line keeps the list scannable; the whole note shows on hover and in the form.
        ui.add(egui::Label::new(RichText::new(&event.note).color(palette.caption)).truncate());
    }
    ui.horizontal(|ui| {
        if row.being_edited {
            ui.colored_label(palette.caption, "being edited above");
        }
        let name = |verb: &str| {
            format!(
                "{verb} event {}, day {}: {}",
                row.number,
                event.day,
                event.label()
            )
        };
        if ui
            .add_enabled(!row.form_open, egui::Button::new("Edit").small())
            .on_hover_text("Change this event in a form")
            .on_disabled_hover_text("Finish or cancel the event in the form first")
            .accessible_name(name("Edit"))
            .clicked()
        {
            chosen = Some(RowAction::Edit(row.index));
        }
        if ui
            .add(egui::Button::new("Duplicate").small())
            .on_hover_text("Add a copy right after this event")
            .accessible_name(name("Duplicate"))
            .clicked()
        {
            chosen = Some(RowAction::Duplicate(row.index));
        }
        if ui
            .add(egui::Button::new("Delete").small())
            .on_hover_text("Delete this event (Undo brings it back)")
            .accessible_name(name("Delete"))
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
// The form

enum FormOutcome {
    Open,
    Close,
    Commit(Vec<Event>),
}

fn form_ui(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    scenario: &Scenario,
    palette: &Palette,
) -> FormOutcome {
    let heading = if draft.is_new() {
        "New event"
    } else {
        "Edit event"
    };
    ui.label(RichText::new(heading).strong());
    if draft.original.is_some() && draft.is_new() {
        ui.colored_label(
            palette.caption,
            "This event is no longer in the scenario (undone or deleted); adding puts it back.",
        );
    }
    let submit = fields_ui(ui, draft, scenario, palette);

    // Check the scenario as it would be, exactly as loading the file would.
    let (events, at) = placed(&scenario.events, draft.index, draft.event.clone());
    let trial = Scenario {
        events,
        ..scenario.clone()
    };
    let problems = event_problems(&trial, at);
    for problem in &problems {
        ui.colored_label(palette.error, describe_problem(problem, at));
    }

    let valid = problems.is_empty();
    let mut outcome = FormOutcome::Open;
    ui.horizontal(|ui| {
        let verb = if draft.is_new() {
            "Add event"
        } else {
            "Apply changes"
        };
        let clicked = ui
            .add_enabled(valid, egui::Button::new(verb))
            .on_disabled_hover_text("Fix the problems listed above first")
            .clicked();
        if clicked || (submit && valid) {
            let unchanged = !draft.is_new() && draft.original.as_ref() == Some(&draft.event);
            // An unchanged event is not an edit: no undo step, no unsaved-changes mark.
            outcome = if unchanged {
                FormOutcome::Close
            } else {
                FormOutcome::Commit(trial.events.clone())
            };
        }
        if ui.button("Cancel").clicked() {
            outcome = FormOutcome::Close;
        }
    });
    outcome
}

/// The problems with the event at `at`, and with the list as a whole (too many events), which
/// adding one may cause. Problems elsewhere in the scenario are not this form's business.
fn event_problems(trial: &Scenario, at: usize) -> Vec<Problem> {
    let own = format!("events[{at}]");
    validate(trial)
        .into_iter()
        .filter(|p| {
            p.path == "events"
                || p.path
                    .strip_prefix(&own)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
        .collect()
}

/// A problem in the form's words: messages about numbers name the number, but those about
/// text do not say which field, so prefix the field's label.
fn describe_problem(problem: &Problem, at: usize) -> String {
    let field = problem
        .path
        .strip_prefix(&format!("events[{at}]."))
        .unwrap_or_default();
    let label = match field {
        "title" => "Title: ",
        "note" => "Note: ",
        "source" => "Source: ",
        _ => "",
    };
    format!("{label}{}", problem.message)
}

/// All the fields; true when Enter was pressed in the title (submit, as in a dialog).
fn fields_ui(ui: &mut egui::Ui, draft: &mut Draft, scenario: &Scenario, palette: &Palette) -> bool {
    let event = &mut draft.event;
    day_ui(ui, &mut event.day, scenario, palette);
    let title = row_ui_labelled(ui, "Title", |ui| {
        ui.add(
            egui::TextEdit::singleline(&mut event.title)
                .hint_text("e.g. Rafah reopens")
                .desired_width(f32::INFINITY),
        )
    });
    if draft.focus_title {
        title.request_focus();
        draft.focus_title = false;
    }
    let submit = title.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    kind_ui(ui, &mut event.action);
    action_fields_ui(ui, &mut event.action, palette);
    row_ui_labelled(ui, "Note", |ui| {
        ui.add(
            egui::TextEdit::multiline(&mut event.note)
                .hint_text("Why, and what it assumes")
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
    });
    row_ui_labelled(ui, "Source", |ui| {
        ui.add(
            egui::TextEdit::singleline(&mut event.source)
                .hint_text("Link or reference")
                .desired_width(f32::INFINITY),
        )
    });
    submit
}

fn day_ui(ui: &mut egui::Ui, day: &mut u32, scenario: &Scenario, palette: &Palette) {
    row_ui_labelled(ui, "Day", |ui| {
        let response = number_ui(ui, day, 0..=scenario.horizon_days, 0.5, "");
        if let Some(date) = date_of(&scenario.start_date, *day) {
            ui.colored_label(palette.caption, date);
        }
        response
    })
    .on_hover_text(format!(
        "Days after the start ({}); the horizon is day {}",
        scenario.start_date, scenario.horizon_days
    ));
}

/// One form row: the label in a fixed-width column, then the field, named by the label for
/// screen readers (and for tests, which find fields by their name).
fn row_ui_labelled(
    ui: &mut egui::Ui,
    label: &str,
    add_field: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> egui::Response {
    ui.horizontal(|ui| {
        let label = label_cell_ui(ui, label);
        add_field(ui).labelled_by(label.id)
    })
    .inner
}

fn label_cell_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let size = egui::vec2(LABEL_WIDTH, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(
        size,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(LABEL_WIDTH);
            ui.label(text)
        },
    )
    .inner
}

/// A number field that keeps a drag inside `range` but takes a typed value as it is, so that
/// a mistyped value is reported below the form with the allowed range, rather than quietly
/// replaced by the nearest allowed one.
fn number_ui<N: egui::emath::Numeric>(
    ui: &mut egui::Ui,
    value: &mut N,
    range: RangeInclusive<N>,
    speed: f64,
    suffix: &str,
) -> egui::Response {
    let response = ui.add(egui::DragValue::new(value).speed(speed).suffix(suffix));
    if response.dragged() {
        let clamped = value
            .to_f64()
            .clamp(range.start().to_f64(), range.end().to_f64());
        *value = N::from_f64(clamped);
    }
    response
}

/// A drop-down list in a form row.
fn choice_ui<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[(T, &str)],
) -> egui::Response {
    row_ui_labelled(ui, label, |ui| {
        let selected = options
            .iter()
            .find(|(v, _)| v == value)
            .map_or("", |(_, text)| *text);
        egui::ComboBox::from_id_salt(label)
            .selected_text(selected)
            .width(COMBO_WIDTH)
            .height(COMBO_HEIGHT)
            .show_ui(ui, |ui| {
                for (option, text) in options {
                    ui.selectable_value(value, *option, *text);
                }
            })
            .response
    })
}

fn kind_ui(ui: &mut egui::Ui, action: &mut Action) {
    let before = Kind::of(action);
    let mut kind = before;
    let options: Vec<(Kind, &str)> = Kind::ALL.iter().map(|k| (*k, k.label())).collect();
    choice_ui(ui, "Action", &mut kind, &options).on_hover_text(kind.help());
    if kind != before {
        *action = kind.convert(action);
    }
}

/// The fields of the chosen kind of action.
fn action_fields_ui(ui: &mut egui::Ui, action: &mut Action, palette: &Palette) {
    match action {
        Action::Set { driver, value } => {
            driver_ui(ui, driver, value);
            driver_value_ui(ui, "Value", *driver, value, palette);
        }
        Action::Ramp {
            driver,
            to,
            over_days,
        } => {
            driver_ui(ui, driver, to);
            driver_value_ui(ui, "To", *driver, to, palette);
            over_days_ui(
                ui,
                over_days,
                "Reaches the value this many days after the event",
            );
        }
        Action::Strike { area, intensity } => {
            area_ui(ui, area);
            row_ui_labelled(ui, "Intensity", |ui| {
                number_ui(ui, intensity, INTENSITY_RANGE, 0.05, "")
            });
            ui.colored_label(
                palette.caption,
                "1 = a single deadly incident; 3 = a flare-up like October 2025's, which killed \
                 at least 100 people",
            );
        }
        Action::DeployForce(governorate) | Action::WithdrawForce(governorate) => {
            governorate_ui(ui, governorate);
        }
        Action::Mandate(mandate) => {
            choice_ui(
                ui,
                "Mandate",
                mandate,
                &[
                    (Mandate::Monitor, "monitor (peacekeeping)"),
                    (Mandate::Enforce, "enforce (peace enforcement)"),
                ],
            );
        }
        Action::Governance(governance) => {
            choice_ui(
                ui,
                "Administration",
                governance,
                &[
                    (Governance::None, "none"),
                    (Governance::TechnocraticCommittee, "technocratic committee"),
                    (Governance::BoardOfPeace, "Board of Peace + committee"),
                    (Governance::FullTransition, "full transition"),
                ],
            );
        }
        Action::MoveLine {
            held_share,
            over_days,
        } => {
            row_ui_labelled(ui, "Held share", |ui| {
                number_ui(ui, held_share, 0.0..=1.0, 0.005, "")
            });
            ui.colored_label(palette.caption, Driver::HeldShare.info().unit);
            over_days_ui(ui, over_days, "0 days moves the line at once");
        }
        Action::DeclareHaven(area) => area_ui(ui, area),
        Action::Rafah(crossing) => {
            choice_ui(
                ui,
                "Crossing",
                crossing,
                &[(Crossing::Closed, "closed"), (Crossing::Open, "open")],
            );
        }
    }
}

/// The driver to set or ramp; a new driver starts from its default, as the old value would
/// likely be out of its range (trucks per day are not a share).
fn driver_ui(ui: &mut egui::Ui, driver: &mut Driver, value: &mut f64) {
    let before = *driver;
    let options: Vec<(Driver, &str)> = Driver::ALL.iter().map(|d| (*d, d.info().label)).collect();
    let info = driver.info();
    choice_ui(ui, "Driver", driver, &options).on_hover_text(format!(
        "{}\nSource of the default: {}",
        info.unit, info.source
    ));
    if *driver != before {
        *value = driver.info().default;
    }
}

fn driver_value_ui(
    ui: &mut egui::Ui,
    label: &str,
    driver: Driver,
    value: &mut f64,
    palette: &Palette,
) {
    let info = driver.info();
    // About 400 points of drag across the whole range, whatever its size.
    let speed = (info.max - info.min) / 400.0;
    row_ui_labelled(ui, label, |ui| {
        number_ui(ui, value, info.min..=info.max, speed, "")
    });
    ui.colored_label(palette.caption, unit_with_range(&info));
}

/// The driver's unit with its range, unless the unit already states it.
fn unit_with_range(info: &DriverInfo) -> String {
    if info.unit.contains('–') {
        info.unit.to_owned()
    } else {
        format!("{}, {}–{}", info.unit, info.min, info.max)
    }
}

fn over_days_ui(ui: &mut egui::Ui, over_days: &mut u32, hint: &str) {
    row_ui_labelled(ui, "Over", |ui| {
        number_ui(ui, over_days, 0..=MAX_HORIZON_DAYS, 0.5, " days")
    })
    .on_hover_text(hint);
}

fn governorate_ui(ui: &mut egui::Ui, governorate: &mut Governorate) {
    let options: Vec<(Governorate, &str)> =
        Governorate::ALL.iter().map(|g| (*g, g.name())).collect();
    choice_ui(ui, "Governorate", governorate, &options);
}

/// The three shapes an area can take, for the radio buttons.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AreaShape {
    Strip,
    Governorate,
    Circle,
}

fn area_ui(ui: &mut egui::Ui, area: &mut Area) {
    let before = match area {
        Area::Strip => AreaShape::Strip,
        Area::Governorate(_) => AreaShape::Governorate,
        Area::Circle { .. } => AreaShape::Circle,
    };
    let mut shape = before;
    // Stacked beside the label: side by side they do not fit the panel's width.
    ui.horizontal(|ui| {
        label_cell_ui(ui, "Area");
        ui.vertical(|ui| {
            ui.radio_value(&mut shape, AreaShape::Strip, "Whole Strip");
            ui.radio_value(&mut shape, AreaShape::Governorate, "One governorate");
            ui.radio_value(&mut shape, AreaShape::Circle, "A circle");
        });
    });
    if shape != before {
        *area = match shape {
            AreaShape::Strip => Area::Strip,
            AreaShape::Governorate => Area::Governorate(Governorate::Gaza),
            AreaShape::Circle => DEFAULT_CIRCLE,
        };
    }
    match area {
        Area::Strip => {}
        Area::Governorate(governorate) => governorate_ui(ui, governorate),
        Area::Circle {
            lon,
            lat,
            radius_km,
        } => {
            row_ui_labelled(ui, "Longitude", |ui| {
                number_ui(ui, lon, LON_RANGE, 0.001, "° E")
            });
            row_ui_labelled(ui, "Latitude", |ui| {
                number_ui(ui, lat, LAT_RANGE, 0.001, "° N")
            });
            row_ui_labelled(ui, "Radius", |ui| {
                number_ui(ui, radius_km, RADIUS_KM_RANGE, 0.05, " km")
            });
        }
    }
}

/// The kinds of action, for the drop-down list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Set,
    Ramp,
    Strike,
    DeployForce,
    WithdrawForce,
    Mandate,
    Governance,
    MoveLine,
    DeclareHaven,
    Rafah,
}

impl Kind {
    const ALL: [Self; 10] = [
        Self::Set,
        Self::Ramp,
        Self::Strike,
        Self::DeployForce,
        Self::WithdrawForce,
        Self::Mandate,
        Self::Governance,
        Self::MoveLine,
        Self::DeclareHaven,
        Self::Rafah,
    ];

    fn of(action: &Action) -> Self {
        match action {
            Action::Set { .. } => Self::Set,
            Action::Ramp { .. } => Self::Ramp,
            Action::Strike { .. } => Self::Strike,
            Action::DeployForce(_) => Self::DeployForce,
            Action::WithdrawForce(_) => Self::WithdrawForce,
            Action::Mandate(_) => Self::Mandate,
            Action::Governance(_) => Self::Governance,
            Action::MoveLine { .. } => Self::MoveLine,
            Action::DeclareHaven(_) => Self::DeclareHaven,
            Action::Rafah(_) => Self::Rafah,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Set => "Set driver",
            Self::Ramp => "Ramp driver",
            Self::Strike => "Strike",
            Self::DeployForce => "Deploy force",
            Self::WithdrawForce => "Withdraw force",
            Self::Mandate => "Force mandate",
            Self::Governance => "Governance",
            Self::MoveLine => "Move withdrawal line",
            Self::DeclareHaven => "Declare haven",
            Self::Rafah => "Rafah crossing",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Self::Set => "Set a driver to a value from this day on",
            Self::Ramp => "Move a driver in a straight line to a value over some days",
            Self::Strike => {
                "A strike or violation: violence rises in the area and fades, and some people flee"
            }
            Self::DeployForce => "The stabilisation force starts operating in a governorate",
            Self::WithdrawForce => "The stabilisation force stops operating in a governorate",
            Self::Mandate => "The stabilisation force's mandate changes",
            Self::Governance => "A different administration takes over",
            Self::MoveLine => "The withdrawal line moves until this share of the Strip is held",
            Self::DeclareHaven => "An area becomes a humanitarian haven under Arab oversight",
            Self::Rafah => "The Rafah crossing with Egypt opens or closes",
        }
    }

    /// An action of this kind that keeps what it shares with `from` (the driver and value
    /// between Set and Ramp, the area between Strike and Haven, the governorate between
    /// deploy, withdraw and areas, the days between Ramp and line), so that switching kind
    /// does not lose what was typed.
    fn convert(self, from: &Action) -> Action {
        if Self::of(from) == self {
            return from.clone();
        }
        let driver = match from {
            Action::Set { driver, .. } | Action::Ramp { driver, .. } => *driver,
            _ => Driver::ALL[0],
        };
        let number = match from {
            Action::Set { value, .. } => *value,
            Action::Ramp { to, .. } => *to,
            _ => driver.info().default,
        };
        let over_days = match from {
            Action::Ramp { over_days, .. } | Action::MoveLine { over_days, .. } => *over_days,
            _ => DEFAULT_OVER_DAYS,
        };
        let governorate = match from {
            Action::DeployForce(g)
            | Action::WithdrawForce(g)
            | Action::Strike {
                area: Area::Governorate(g),
                ..
            }
            | Action::DeclareHaven(Area::Governorate(g)) => *g,
            _ => Governorate::Gaza,
        };
        let area = match from {
            Action::Strike { area, .. } | Action::DeclareHaven(area) => area.clone(),
            _ => Area::Governorate(governorate),
        };
        match self {
            Self::Set => Action::Set {
                driver,
                value: number,
            },
            Self::Ramp => Action::Ramp {
                driver,
                to: number,
                over_days,
            },
            // Intensity 1 is the model's unit: a single deadly incident.
            Self::Strike => Action::Strike {
                area,
                intensity: 1.0,
            },
            Self::DeployForce => Action::DeployForce(governorate),
            Self::WithdrawForce => Action::WithdrawForce(governorate),
            // Scenarios start at the defaults, so an event changing something is most likely
            // to change it away from them.
            Self::Mandate => Action::Mandate(Mandate::Enforce),
            Self::Governance => Action::Governance(Governance::TechnocraticCommittee),
            Self::MoveLine => Action::MoveLine {
                held_share: Driver::HeldShare.info().default,
                over_days,
            },
            Self::DeclareHaven => Action::DeclareHaven(area),
            Self::Rafah => Action::Rafah(Crossing::Open),
        }
    }
}

#[cfg(test)]
mod tests {
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
