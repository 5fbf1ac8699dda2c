//! Dates in the event form: the day of an event is picked on a calendar, with the keyboard or
//! the mouse, never typed as a day number; and the calendar speaks the interface's language.
#![cfg(feature = "app")]

mod common;
use common::{click, press, shown};

use eframe::egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use gaza_zones::app::{Prefs, ZonesApp};
use gaza_zones::model::Event;
use gz_i18n::{Language, message_in};

/// The app on "Stalled Phase II", which starts on 17 November 2025 (day 0) and runs 774 days.
fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(common::on_stalled_baseline)
}

fn harness_in(language: Language) -> Harness<'static, ZonesApp> {
    common::app_harness(move || {
        let mut app = common::on_stalled_baseline();
        app.prefs = Prefs {
            language: Some(language),
            ..Prefs::default()
        };
        app
    })
}

/// Ctrl+E, a title, and the calendar opened from the form's date.
fn open_form_and_calendar(h: &mut Harness<'_, ZonesApp>, title: &str) {
    assert_eq!(
        h.state().scenario().start_date,
        jiff::civil::date(2025, 11, 17)
    );
    assert_eq!(h.state().day(), 0, "the app opens on day 0");
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Title").type_text(title);
    h.run();
    assert_eq!(
        h.get_by_label("Date").value().as_deref(),
        Some("17 Nov 2025"),
        "a new event starts on the day shown"
    );
    click(h, "Date");
    assert!(
        h.query_by_label("November 2025").is_some(),
        "the calendar opens on the event's month"
    );
}

fn added(h: &Harness<'_, ZonesApp>, title: &str) -> Event {
    let events: Vec<Event> = h
        .state()
        .scenario()
        .events
        .iter()
        .filter(|e| e.title == title)
        .cloned()
        .collect();
    assert_eq!(events.len(), 1, "one event titled {title}");
    events[0].clone()
}

#[test]
fn the_keyboard_picks_1_march_2026_which_is_day_104() {
    let mut h = harness();
    let title = "Crossing opened on 1 March";
    open_form_and_calendar(&mut h, title);

    // 17 Nov 2025 → (four months) 17 Mar 2026 → (two weeks back) 3 Mar → (two days back) 1 Mar.
    press(&mut h, Key::PageDown, 4);
    assert!(h.query_by_label("March 2026").is_some());
    press(&mut h, Key::ArrowUp, 2);
    press(&mut h, Key::ArrowLeft, 2);
    assert_eq!(
        h.state().day(),
        0,
        "the arrows moved the calendar, not the timeline"
    );
    press(&mut h, Key::Enter, 1);

    assert!(h.query_by_label("March 2026").is_none(), "Enter closed it");
    assert_eq!(
        h.get_by_label("Date").value().as_deref(),
        Some("1 Mar 2026")
    );
    assert_eq!(
        h.get_by_label("Day").value().as_deref(),
        Some("104"),
        "the day number follows the date"
    );
    click(&mut h, "Add event");
    assert_eq!(added(&h, title).day, 104);
    // The list shows the date first, the day number after it.
    assert!(
        h.query_by_label(&format!("1 Mar 2026 · day 104  {title}"))
            .is_some()
    );
}

#[test]
fn the_mouse_picks_a_date_and_days_outside_the_scenario_cannot_be_picked() {
    let mut h = harness();
    let title = "Picked with the mouse";
    open_form_and_calendar(&mut h, title);

    // The scenario starts on 17 November: the days before it are there but cannot be picked.
    let before_start = h.get_by_role_and_label(Role::Button, "16 Nov 2025");
    assert!(before_start.accesskit_node().is_disabled());
    assert!(
        h.get_by_label("Previous month")
            .accesskit_node()
            .is_disabled(),
        "no month before the start to go to"
    );

    for _ in 0..4 {
        click(&mut h, "Next month");
    }
    assert!(h.query_by_label("March 2026").is_some());
    h.get_by_role_and_label(Role::Button, "1 Mar 2026").click();
    h.run();
    assert!(
        h.query_by_label("March 2026").is_none(),
        "a click picks and closes"
    );
    assert_eq!(h.get_by_label("Day").value().as_deref(), Some("104"));
    click(&mut h, "Add event");
    assert_eq!(added(&h, title).day, 104);
}

#[test]
fn escape_closes_the_calendar_without_changing_the_date() {
    let mut h = harness();
    open_form_and_calendar(&mut h, "Unchanged");
    press(&mut h, Key::PageDown, 2);
    press(&mut h, Key::Escape, 1);
    assert!(h.query_by_label("January 2026").is_none(), "Esc closed it");
    assert_eq!(
        h.get_by_label("Date").value().as_deref(),
        Some("17 Nov 2025")
    );
    assert!(
        h.query_by_label("Add event").is_some(),
        "Esc closed the calendar, not the form"
    );
}

#[test]
fn the_calendar_speaks_arabic_and_reads_from_the_right() {
    let language = Language::Arabic;
    let mut h = harness_in(language);
    h.run();
    let message = |id: &str| shown(&message_in(language, id, None));
    h.get_by_label(&message("events-add")).click();
    h.run();
    h.get_by_label(&message("form-date")).click();
    h.run();

    // The month's name in Arabic (November is نوفمبر) over the grid.
    assert_eq!(message_in(language, "month-long-11", None), "نوفمبر");
    h.get_by_label(&shown("نوفمبر 2025"));
    // Read from the right, the week from Saturday: Saturday 15 and Sunday 16 November are in
    // one row, Sunday to the left of Saturday; Friday 14 ends the row above.
    // A day's name for a screen reader is the date in reading order, as the message has it.
    let day = |n: u32| {
        h.get_by_role_and_label(Role::Button, &format!("{n} نوفمبر 2025"))
            .rect()
            .center()
    };
    let (friday, saturday, sunday) = (day(14), day(15), day(16));
    assert!((saturday.y - sunday.y).abs() < 1.0, "one week");
    assert!(sunday.x < saturday.x, "Sunday is left of Saturday");
    assert!(friday.y < saturday.y, "Saturday starts a new week");
}
