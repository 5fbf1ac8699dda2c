//! What a newcomer meets first, driven through the real app with the mouse and keyboard: the
//! force deployed in one event, and the form saying when an event would change nothing.
#![cfg(feature = "app")]

mod common;

use eframe::egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::ZonesApp;
use gaza_zones::geo::Governorate;
use gaza_zones::model::{Action, Mandate};

fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(common::on_stalled_baseline)
}

fn click(h: &mut Harness<'_, ZonesApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

fn choose(h: &mut Harness<'_, ZonesApp>, list: &str, option: &str) {
    click(h, list);
    h.get_by_role_and_label(Role::Button, option).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, option).click();
    h.run();
}

fn type_into(h: &mut Harness<'_, ZonesApp>, label: &str, text: &str) {
    click(h, label);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

const NO_TROOPS: &str = "the force has no troops on that day";

#[test]
fn the_force_deploys_to_the_whole_strip_in_one_event_and_a_force_of_none_is_flagged() {
    let mut h = harness();
    let before = h.state().scenario().events.len();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    choose(
        &mut h,
        "Action",
        "Deploy the force (troops, mandate, where)",
    );
    // It starts on the whole Strip, with troops, under an enforcing mandate: it can act.
    assert!(h.query_by_label_contains(NO_TROOPS).is_none());
    type_into(&mut h, "Troops", "0");
    // Press Tab so the field gives its value up, as a user moving on would.
    h.key_press(Key::Tab);
    h.run();
    h.get_by_label_contains(NO_TROOPS);
    type_into(&mut h, "Troops", "8000");
    h.key_press(Key::Tab);
    h.run();
    assert!(h.query_by_label_contains(NO_TROOPS).is_none());
    click(&mut h, "Add event");
    let events = &h.state().scenario().events;
    assert_eq!(events.len(), before + 1);
    let added = events
        .iter()
        .find(|e| matches!(e.action, Action::Deploy { .. }));
    assert_eq!(
        added.map(|e| &e.action),
        Some(&Action::Deploy {
            to: Governorate::ALL.to_vec(),
            troops: 8000.0,
            mandate: Mandate::Enforce,
        })
    );
}

#[test]
fn the_old_one_governorate_deployment_without_troops_is_flagged() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    choose(&mut h, "Action", "Force enters one governorate");
    h.get_by_label_contains(NO_TROOPS);
}
