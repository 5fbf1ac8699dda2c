//! What a newcomer meets first, driven through the real app with the mouse and keyboard: the
//! force deployed in one event, and the form saying when an event would change nothing.
#![cfg(feature = "app")]

mod common;
use common::{choose, click, click_at, press, type_into};

use eframe::egui::{Key, Modifiers, Pos2, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::ZonesApp;
use gaza_zones::geo::Governorate;
use gaza_zones::model::{Action, Mandate};

fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(common::on_stalled_baseline)
}

const NO_TROOPS: &str = "the force has no troops on that day";

#[test]
fn the_force_deploys_to_the_whole_strip_in_one_event_and_a_force_of_none_is_flagged() {
    let mut h = harness();
    let before = h.state().scenario().events.len();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    choose(&mut h, "Action", "Deploy the force");
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

fn on_default() -> Harness<'static, ZonesApp> {
    common::app_harness(ZonesApp::with_default_scenario)
}

#[test]
fn the_start_page_opens_a_scenario_from_its_gallery_and_is_not_shown_again() {
    let mut h = on_default();
    h.state_mut().show_start_page();
    h.run();
    h.get_by_label_contains("It is a what-if model, not a forecast");
    // Every bundled scenario is in the gallery, the current-day default first.
    for (_, title) in gaza_zones::app::bundled_titles() {
        h.get_by_role_and_label(Role::Button, title);
    }
    click(
        &mut h,
        "Full Phase II with an enforcing stabilisation force (historical baseline, Nov 2025)",
    );
    assert!(!h.state().start_page_is_open());
    assert!(
        h.state().prefs.start_page_seen,
        "it does not open by itself again"
    );
    assert!(h.state().scenario().meta.title.starts_with("Full Phase II"));
}

#[test]
fn escape_closes_the_start_page_and_the_tour_walks_through_the_window() {
    let mut h = on_default();
    h.state_mut().show_start_page();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().start_page_is_open());

    h.state_mut().show_start_page();
    h.run();
    click(&mut h, "Take the two-minute tour");
    assert_eq!(h.state().tour_step(), Some(0));
    h.get_by_label("The map");
    let day = h.state().day();
    // The arrows move the tour, not the day, while it runs.
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().tour_step(), Some(1));
    assert_eq!(h.state().day(), day);
    h.get_by_label("Playing the days");
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().tour_step(), Some(0));
    for step in 1..6 {
        click(&mut h, "Next");
        assert_eq!(h.state().tour_step(), Some(step));
    }
    h.get_by_label_contains("Help (F1) explains every driver and rule");
    click(&mut h, "Finish");
    assert_eq!(h.state().tour_step(), None);
}

#[test]
fn the_start_page_opens_by_itself_only_on_the_first_plain_launch() {
    use gaza_zones::app::Opening;
    assert!(Opening::FirstLaunch.shows_start_page(false));
    assert!(!Opening::FirstLaunch.shows_start_page(true));
    // A file, a screenshot or presenting go straight to the map; --start-page always shows it.
    assert!(!Opening::Map.shows_start_page(false));
    assert!(!Opening::Presentation.shows_start_page(false));
    assert!(Opening::StartPage.shows_start_page(true));
    // The preference is kept between sessions, and older preference files lack it.
    let old: gaza_zones::app::Prefs = ron::from_str("(dark: true)").expect("old prefs load");
    assert!(!old.start_page_seen);
}

#[test]
fn saving_a_changed_bundled_scenario_asks_for_a_title_of_its_own() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("mine.ron");
    let mut h = harness();
    let original = h.state().scenario().meta.title.clone();
    // An unchanged scenario saves with its title: nothing to ask.
    let mut changed = h.state().scenario().clone();
    changed.start.aid_trucks_per_day = 400.0;
    h.state_mut().edit(changed);
    h.state_mut().prefs.author_name = "A. Student".to_owned();
    h.state_mut().choose_in_next_save_dialog(&path);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.get_by_label("Save your version");
    assert!(
        !path.exists(),
        "nothing is saved before the question is answered"
    );
    click(&mut h, "Save…");
    let saved = gaza_zones::scenario::Scenario::load(&path).expect("saved and loads");
    assert_eq!(saved.meta.title, format!("{original} (my version)"));
    assert_eq!(saved.meta.author, "A. Student");
    assert!(
        saved
            .meta
            .description
            .starts_with(&format!("Edited from “{original}”"))
    );
    assert_eq!(saved.start.aid_trucks_per_day, 400.0);
    // Saved under its own title, a further Save As asks nothing more.
    let again = folder.path().join("again.ron");
    let mut more = h.state().scenario().clone();
    more.start.aid_trucks_per_day = 450.0;
    h.state_mut().edit(more);
    h.state_mut().choose_in_next_save_dialog(&again);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert!(h.query_by_label("Save your version").is_none());
    assert!(again.exists());
}

/// A whole cell of `governorate` and where it is on the screen.
fn cell_in(h: &Harness<'_, ZonesApp>, governorate: Governorate) -> (usize, Pos2) {
    let grid = gaza_zones::geo::Grid::strip();
    let c = grid
        .cells
        .iter()
        .position(|c| c.governorate == governorate && c.area_km2 > 0.95)
        .expect("a whole cell");
    let pos = h
        .state()
        .map_view()
        .screen_pos_of_cell(gaza_zones::geo::CellId(c as u32))
        .expect("the map was drawn");
    (c, pos)
}

#[test]
fn a_strike_and_a_deployment_are_placed_by_clicking_the_map() {
    let mut h = harness();
    let before = h.state().scenario().events.clone();
    let added = |h: &Harness<'_, ZonesApp>| {
        h.state()
            .scenario()
            .events
            .iter()
            .filter(|e| !before.contains(e))
            .map(|e| e.action.clone())
            .collect::<Vec<_>>()
    };
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    choose(&mut h, "Action", "Strike");
    click(&mut h, "A circle");
    click(&mut h, "Place on the map");
    let (cell, pos) = cell_in(&h, Governorate::KhanYunis);
    click_at(&mut h, pos);
    // The click placed the strike and did not open the cell's history.
    assert_eq!(h.state().selected_cell(), None);
    click(&mut h, "Add event");
    let grid = gaza_zones::geo::Grid::strip();
    let centre = grid.cells[cell].centre_lonlat;
    let Some(Action::Strike {
        area: gaza_zones::model::Area::Circle { lon, lat, .. },
        ..
    }) = added(&h).pop()
    else {
        panic!("a strike in a circle: {:?}", added(&h));
    };
    // Within the clicked cell (about 1 km: 0.01° either way).
    assert!(
        (lon - centre[0]).abs() < 0.01 && (lat - centre[1]).abs() < 0.01,
        "{lon} {lat} vs {centre:?}"
    );

    // A deployment: untick "Whole Strip", then click Rafah and Gaza on the map.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    choose(&mut h, "Action", "Deploy the force");
    click(&mut h, "Whole Strip");
    click(&mut h, "Place on the map");
    for g in [Governorate::Rafah, Governorate::Gaza] {
        let (_, pos) = cell_in(&h, g);
        click_at(&mut h, pos);
    }
    click(&mut h, "Done placing");
    click(&mut h, "Add event");
    let deployed = added(&h).into_iter().find_map(|a| match a {
        Action::Deploy { to, .. } => Some(to),
        _ => None,
    });
    assert_eq!(deployed, Some(vec![Governorate::Gaza, Governorate::Rafah]));
}

/// The newcomer's question, built as they would: from the start page, with the mouse and the
/// keyboard, the date picked on the calendar (no day number typed). "What if the stabilisation
/// force deploys in March 2026 but disarmament stalls?"
#[test]
fn a_student_builds_the_march_deployment_what_if_and_sees_why_it_does_so_little() {
    let mut h = on_default();
    h.state_mut().show_start_page();
    h.run();
    click(&mut h, "Stalled Phase II (historical baseline, Nov 2025)");
    assert!(
        h.state()
            .scenario()
            .meta
            .title
            .starts_with("Stalled Phase II")
    );
    let gray_km2 = |h: &Harness<'_, ZonesApp>| {
        h.state().output().days.last().expect("a run").area_km2
            [gaza_zones::model::Zone::Gray.index()]
    };
    let before = gray_km2(&h);

    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Title").type_text("Force deploys in March");
    h.run();
    click(&mut h, "Date");
    // 17 Nov 2025 → four months on → two weeks and two days back: 1 Mar 2026.
    press(&mut h, Key::PageDown, 4);
    press(&mut h, Key::ArrowUp, 2);
    press(&mut h, Key::ArrowLeft, 2);
    press(&mut h, Key::Enter, 1);
    choose(&mut h, "Action", "Deploy the force");
    assert!(h.query_by_label_contains(NO_TROOPS).is_none(), "it can act");
    click(&mut h, "Add event");
    let added = h
        .state()
        .scenario()
        .events
        .iter()
        .find(|e| e.title == "Force deploys in March")
        .cloned()
        .expect("added");
    assert_eq!(added.day, 104, "1 March 2026");
    assert!(matches!(added.action, Action::Deploy { ref to, .. } if to.len() == 5));

    // The map changes: land is cleared that the stalled baseline never clears, but little.
    let after = gray_km2(&h);
    assert!(after > before + 1.0, "gray land {before} → {after} km²");

    // Why so little: on the last day, "Why nothing moves" names the limiting factor and offers
    // the driver that would move it.
    h.key_press(Key::End);
    h.run();
    click(&mut h, "Why nothing moves");
    h.get_by_label_contains("What would move it");
    assert!(
        h.query_all_by_label_contains("disarmament")
            .next()
            .is_some(),
        "a sentence names disarmament as what holds clearance back"
    );
    let button = h.get_by_role_and_label(Role::Button, "Disarmament progress");
    button.scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, "Disarmament progress")
        .click();
    h.run();
    assert!(h.state().help_is_open(), "its help opens");
}

/// On a 1280×720 laptop the drivers and the events share one panel: Ctrl+E shows the form,
/// and the tour shows the tab its step is about.
#[test]
fn on_a_laptop_ctrl_e_and_the_tour_show_the_events_tab() {
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(1280.0, 720.0))
        .build_eframe(|cc| {
            gaza_zones::app::theme::apply_text_sizes(&cc.egui_ctx);
            common::on_stalled_baseline()
        });
    h.run();
    assert!(h.query_by_label("Title").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Title");
    h.key_press(Key::Escape);
    h.run();

    h.state_mut().show_start_page();
    h.run();
    click(&mut h, "Take the two-minute tour");
    press(&mut h, Key::Enter, 2);
    h.get_by_label("The drivers");
    h.get_by_label_contains("Drivers at the start");
    press(&mut h, Key::Enter, 1);
    h.get_by_label("Events");
    h.get_by_role_and_label(Role::Button, "+ Add");
}
