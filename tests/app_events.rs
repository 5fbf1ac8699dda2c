//! The events panel, driven through the real app as a user would: keyboard shortcut, typing,
//! drop-down lists and buttons, then checking the scenario the app holds.
#![cfg(feature = "app")]

mod common;
use common::{choose, click, type_into};

use eframe::egui::{self, Key, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use gaza_zones::app::ZonesApp;
use gaza_zones::geo::Governorate;
use gaza_zones::model::{Action, Area, Event};

fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(ZonesApp::with_default_scenario)
}

fn events(h: &Harness<'_, ZonesApp>) -> Vec<Event> {
    h.state().scenario().events.clone()
}

/// Ctrl+E, as the menu advertises.
fn open_new_event_form(h: &mut Harness<'_, ZonesApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
}

/// The calendar date of the scenario's `day`, as the events list shows it.
fn shown_date(h: &Harness<'_, ZonesApp>, day: u32) -> String {
    gaza_zones::report::dates::calendar_date(h.state().scenario().start_date, day).expect("a date")
}

fn is_disabled(h: &Harness<'_, ZonesApp>, label: &str) -> bool {
    h.get_by_label(label).accesskit_node().is_disabled()
}

/// The name the list gives a row's button.
fn row_button(verb: &str, number: usize, event: &Event) -> String {
    format!(
        "{verb} event {number}, day {}: {}",
        event.day,
        event.label()
    )
}

#[test]
fn an_event_added_with_the_form_is_listed_and_undo_removes_it() {
    let mut h = harness();
    let before = events(&h);
    let title = "Haven declared in Khan Yunis";

    open_new_event_form(&mut h);
    // The title field has the keyboard as soon as the form opens.
    h.get_by_label("Title").type_text(title);
    h.run();
    choose(&mut h, "Action", "Declare haven");
    choose(&mut h, "Governorate", "Khan Yunis");
    click(&mut h, "Add event");

    let after = events(&h);
    assert_eq!(after.len(), before.len() + 1);
    let added: Vec<&Event> = after.iter().filter(|e| e.title == title).collect();
    assert_eq!(added.len(), 1);
    assert_eq!(
        added[0].action,
        Action::DeclareHaven(Area::Governorate(Governorate::KhanYunis))
    );
    assert_eq!(added[0].day, h.state().day(), "added on the day shown");
    assert!(h.query_by_label("Add event").is_none(), "the form closed");
    let row = format!("{} · day 0  {title}", shown_date(&h, 0));
    assert!(h.query_by_label(&row).is_some());
    assert!(h.state().document().can_undo());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(events(&h), before);
    assert!(h.query_by_label(&row).is_none());
}

#[test]
fn a_line_share_above_one_is_reported_while_typing_and_cannot_be_added() {
    let mut h = harness();
    let before = events(&h);

    open_new_event_form(&mut h);
    h.get_by_label("Title").type_text("Line pulled back");
    h.run();
    choose(&mut h, "Action", "Move withdrawal line");
    type_into(&mut h, "Held share", "1.5");

    assert!(
        h.query_by_label_contains("held_share = 1.5 is out of range")
            .is_some(),
        "the problem is shown before anything is submitted"
    );
    assert!(is_disabled(&h, "Add event"));
    click(&mut h, "Add event");
    assert_eq!(events(&h), before);
    assert!(!h.state().document().can_undo());

    // Correcting the value clears the problem and the event can be added.
    type_into(&mut h, "Held share", "0.4");
    assert!(h.query_by_label_contains("out of range").is_none());
    assert!(!is_disabled(&h, "Add event"));
    click(&mut h, "Add event");
    let after = events(&h);
    assert_eq!(after.len(), before.len() + 1);
    assert!(after.iter().any(|e| e.title == "Line pulled back"
        && matches!(e.action, Action::MoveLine { held_share, .. } if held_share == 0.4)));
}

#[test]
fn a_day_after_the_horizon_is_reported_and_cannot_be_added() {
    let mut h = harness();
    let before = events(&h);
    let late = h.state().scenario().horizon_days + 100;

    open_new_event_form(&mut h);
    type_into(&mut h, "Day", &late.to_string());

    assert!(
        h.query_by_label_contains(&format!("event on day {late} is after the horizon"))
            .is_some()
    );
    assert!(is_disabled(&h, "Add event"));
    click(&mut h, "Add event");
    assert_eq!(events(&h), before);

    click(&mut h, "Cancel");
    assert!(h.query_by_label("Add event").is_none(), "the form closed");
    assert_eq!(events(&h), before);
}

#[test]
fn duplicate_inserts_a_copy_after_the_original_and_delete_removes_one() {
    let mut h = harness();
    let before = events(&h);
    assert!(
        before.len() >= 2,
        "the default scenario has events to work on"
    );
    // The default scenario's file is in day order, so list number n is file index n - 1.
    assert!(before.windows(2).all(|w| w[0].day <= w[1].day));

    click(&mut h, &row_button("Duplicate", 2, &before[1]));
    let after = events(&h);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after[1], before[1]);
    assert_eq!(
        after[2], before[1],
        "the copy comes right after the original"
    );
    assert_eq!(after[3..], before[2..]);

    click(&mut h, &row_button("Delete", 1, &after[0]));
    let after_delete = events(&h);
    assert_eq!(after_delete.len(), before.len());
    assert_eq!(after_delete[..], after[1..]);

    // Each is one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(events(&h), after);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(events(&h), before);
}

#[test]
fn clicking_an_event_shows_its_day() {
    let mut h = harness();
    let event = events(&h)
        .last()
        .cloned()
        .expect("the default scenario has events");
    assert_ne!(h.state().day(), event.day);

    let date = shown_date(&h, event.day);
    click(
        &mut h,
        &format!("{date} · day {}  {}", event.day, event.label()),
    );
    assert_eq!(h.state().day(), event.day);
}

#[test]
fn an_edited_event_changes_in_place_as_one_undo_step() {
    let mut h = harness();
    let before = events(&h);

    click(&mut h, &row_button("Edit", 1, &before[0]));
    assert_eq!(
        h.state().day(),
        before[0].day,
        "editing shows the event's day"
    );
    assert!(h.query_by_label("Apply changes").is_some());
    type_into(&mut h, "Title", "Renamed incident");
    click(&mut h, "Apply changes");

    let after = events(&h);
    assert_eq!(after.len(), before.len());
    assert_eq!(after[0].title, "Renamed incident");
    assert_eq!(after[0].action, before[0].action);
    assert_eq!(after[1..], before[1..]);

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(events(&h), before);
}

/// Every control in the events panel can be reached by name (by a screen reader, and by these
/// tests), for every kind of action and every shape of area. The harness checks the whole
/// window after each step too; this names the panel and the form in a failure.
#[test]
fn every_control_in_the_events_panel_has_a_name() {
    let mut h = harness();
    open_new_event_form(&mut h);
    let kinds = [
        "Set driver",
        "Ramp driver",
        "Strike",
        "Deploy the force",
        "Force enters one governorate",
        "Withdraw force",
        "Force mandate",
        "Governance",
        "Move withdrawal line",
        "Declare haven",
        "Rafah crossing",
    ];
    for kind in kinds {
        choose(&mut h, "Action", kind);
        assert_events_panel_named(&h, kind);
    }
    choose(&mut h, "Action", "Strike");
    for shape in ["Whole Strip", "A circle", "One governorate"] {
        click(&mut h, shape);
        assert_events_panel_named(&h, shape);
    }
}

fn assert_events_panel_named(h: &Harness<'_, ZonesApp>, context: &str) {
    let heading = h.get_by_label_contains("Events (");
    let panel_left = heading
        .accesskit_node()
        .bounding_box()
        .expect("the heading is laid out")
        .x0
        - 1.0;
    let inputs: Vec<_> = h
        .root()
        .children_recursive()
        .map(|node| node.accesskit_node())
        .filter(|node| egui::accessibility::is_input(node.role()) && !node.is_hidden())
        .filter(|node| node.bounding_box().is_some_and(|b| b.x0 >= panel_left))
        .collect();
    assert!(
        inputs.len() > 10,
        "with {context}: the form and the list are there"
    );
    let unnamed: Vec<String> = inputs
        .iter()
        .filter(|node| node.label().is_none_or(|l| l.trim().is_empty()))
        .map(|node| format!("{:?} at {:?}", node.role(), node.bounding_box()))
        .collect();
    assert!(unnamed.is_empty(), "with {context}: {unnamed:?}");
    // And the form's own fields are found by their labels.
    assert_eq!(
        h.get_by_label("Title").accesskit_node().role(),
        Role::TextInput
    );
}

#[test]
fn an_event_made_conditional_in_the_form_waits_for_its_milestone() {
    use gaza_zones::model::{Condition, Indicator, Repeat, Threshold, Trigger};
    let mut h = harness();
    let before = events(&h);
    let title = "Line back to 40 % once a third live in blue land";

    open_new_event_form(&mut h);
    h.get_by_label("Title").type_text(title);
    h.run();
    choose(&mut h, "When", "When a condition holds");
    choose(&mut h, "Condition on", "An indicator of the run");
    choose(&mut h, "Indicator", "share of people in blue land");
    // A share above 1 is reported while typing, as any other value out of range.
    type_into(&mut h, "Threshold", "1.5");
    assert!(
        h.query_by_label_contains("blue_people_share = 1.5 is out of range")
            .is_some()
    );
    assert!(is_disabled(&h, "Add event"));
    type_into(&mut h, "Threshold", "0.33");
    choose(&mut h, "Fires", "Again whenever it holds");
    type_into(&mut h, "At most every", "45");
    choose(&mut h, "Action", "Move withdrawal line");
    type_into(&mut h, "Held share", "0.4");
    click(&mut h, "Add event");

    let after = events(&h);
    assert_eq!(after.len(), before.len() + 1);
    let added = after
        .iter()
        .find(|e| e.title == title)
        .expect("the event was added");
    assert_eq!(
        added.when,
        Some(Trigger {
            condition: Condition::Indicator(Indicator::BluePeopleShare, Threshold::AtLeast(0.33)),
            repeat: Repeat::Every(45),
        })
    );
    assert!(matches!(added.action, Action::MoveLine { held_share, .. } if held_share == 0.4));
    // The list says it waits, and for what.
    assert!(
        h.query_by_label_contains("when blue_people_share ≥ 0.33 (at most every 45 days)")
            .is_some()
    );

    // Back to a dated event: the condition goes. The list is in day order.
    let mut order: Vec<&Event> = after.iter().collect();
    order.sort_by_key(|e| e.day);
    let number = order.iter().position(|e| e.title == title).expect("listed") + 1;
    click(&mut h, &row_button("Edit", number, added));
    choose(&mut h, "When", "On its day");
    click(&mut h, "Apply changes");
    let edited = events(&h);
    assert!(edited.iter().any(|e| e.title == title && e.when.is_none()));
}
