//! The events of the scenario in day order: jump to one, add, edit, duplicate, delete.

use eframe::egui;

use super::super::theme::Palette;
use crate::model::{Action, Crossing, Event};
use crate::scenario::Scenario;

/// What the user asked for in the events panel.
#[derive(Clone, Debug, PartialEq)]
pub enum EventsAction {
    /// Show this day.
    JumpTo(u32),
    /// The scenario's new list of events (one undoable edit).
    Replace(Vec<Event>),
}

/// The panel's own state: which event is being edited.
#[derive(Clone, Debug, Default)]
pub struct EventsPanel {
    /// The event in the form, and its index in the scenario (`None` for a new one).
    editing: Option<(Option<usize>, Event)>,
}

impl EventsPanel {
    /// Opens the form on a new event on `day`.
    pub fn start_new(&mut self, day: u32) {
        self.editing = Some((
            None,
            Event {
                day,
                title: String::new(),
                action: Action::Rafah(Crossing::Open),
                note: String::new(),
                source: String::new(),
            },
        ));
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
        ui.horizontal(|ui| {
            ui.heading("Events");
            if ui
                .button("+ Add")
                .on_hover_text("Add an event on the day shown (Ctrl+E)")
                .clicked()
            {
                self.start_new(day);
            }
        });
        let mut order: Vec<usize> = (0..scenario.events.len()).collect();
        order.sort_by_key(|&i| scenario.events[i].day);
        egui::ScrollArea::vertical().show(ui, |ui| {
            for i in order {
                let event = &scenario.events[i];
                let text = format!("Day {:>3}  {}", event.day, event.label());
                let response = ui.selectable_label(event.day == day, text);
                if response.clicked() {
                    action = Some(EventsAction::JumpTo(event.day));
                }
                if !event.note.is_empty() {
                    ui.colored_label(palette.caption, &event.note);
                }
            }
        });
        action
    }
}
