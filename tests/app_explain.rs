//! Explaining a cell in the app: click it on the map, read its history and why each change
//! happened; the Help window (F1) shows each driver's and rule's help from docs/MODEL.md, and
//! the About window every data source with its licence.
#![cfg(feature = "app")]

mod common;
use common::click_at;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::ZonesApp;
use gaza_zones::geo::Grid;
use gaza_zones::model::Rule;
use gaza_zones::report::dates::calendar_date;
use gaza_zones::report::help;

fn harness() -> Harness<'static, ZonesApp> {
    common::app_harness(ZonesApp::with_default_scenario)
}

#[test]
fn clicking_a_cell_opens_its_history_with_the_rule_behind_each_change() {
    let mut h = harness();
    // Full Phase II: land clears, turns blue, the line moves back.
    h.state_mut()
        .open_bundled(common::bundled_index("full_phase_two.ron"));
    h.run();
    let grid = Grid::strip();
    // A whole square of land that clears, so that its centre lies well inside it.
    let change = *h
        .state()
        .output()
        .changes
        .iter()
        .find(|c| c.rule == Rule::Clearance && grid.cells[c.cell.index()].area_km2 > 0.95)
        .expect("land clears in full Phase II");
    let cell = change.cell;
    let pos = h
        .state()
        .map_view()
        .screen_pos_of_cell(cell)
        .expect("the map was drawn");
    assert_eq!(h.state().map_view().cell_at_screen(pos), Some(cell));

    click_at(&mut h, pos);
    assert_eq!(h.state().selected_cell(), Some(cell));
    h.get_by_label("Cell history");
    let history = h.state().cell_history().expect("explained").clone();
    assert!(history.changes.iter().any(|e| e.change == change));
    assert!(
        h.query_all_by_label("clearance").next().is_some(),
        "the rule's name is shown"
    );

    // Choosing the change shows its day, and its factors and drivers open.
    let date = calendar_date(h.state().scenario().start_date, change.day).expect("a date");
    h.get_by_label(&format!("Day {} · {date}", change.day))
        .click();
    h.run();
    assert_eq!(h.state().day(), change.day);
    h.get_by_label_contains("pressure to disarm: disarmament");
    h.get_by_label_contains("Disarmament progress: share of Hamas's arms");
    h.get_by_label_contains("Probability that day, out of red:");

    // The hover card still works over the map.
    h.hover_at(pos);
    h.run();
    assert_eq!(h.state().map_view().hovered, Some(cell));

    // The window's close button deselects.
    h.get_by_label("Close window").click();
    h.run();
    assert_eq!(h.state().selected_cell(), None);
    assert!(h.query_by_label("Cell history").is_none());

    // Clicking a cell again, then the sea (top left of the map), deselects too.
    click_at(&mut h, pos);
    assert_eq!(h.state().selected_cell(), Some(cell));
    let map = h.state().map_view().rect().expect("drawn");
    let empty = map.left_top() + egui::vec2(40.0, 200.0);
    assert_eq!(h.state().map_view().cell_at_screen(empty), None);
    click_at(&mut h, empty);
    assert_eq!(h.state().selected_cell(), None);
}

#[test]
fn the_history_follows_edits_of_the_scenario() {
    let mut h = harness();
    h.state_mut()
        .open_bundled(common::bundled_index("full_phase_two.ron"));
    h.run();
    let cell = h.state().output().changes[0].cell;
    h.state_mut().select_cell(Some(cell));
    h.run();
    let before = h.state().cell_history().expect("explained").clone();
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Disarmament progress")
        .set_value_accesskit(1.0);
    h.run();
    let after = h.state().cell_history().expect("explained again");
    let mine =
        |out: &gaza_zones::model::RunOutput| out.changes.iter().filter(|c| c.cell == cell).count();
    assert_eq!(after.changes.len(), mine(h.state().output()));
    assert_ne!(&before, after, "the explanation is of the new run");
}

#[test]
fn f1_opens_the_help_with_every_rule_and_driver() {
    let mut h = harness();
    h.key_press(egui::Key::F1);
    h.run();
    assert!(h.state().help_is_open());
    let find = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Find");
    find.focus();
    find.type_text("clearance");
    h.run();
    // The rule's rationale and formula, as docs/MODEL.md 8.1 gives them: the formulas are
    // folded, and the first fold among the matches is clearance's (drivers have none).
    h.get_by_label_contains(&help::rule(Rule::Clearance).summary());
    common::open_first_fold(&mut h);
    // Models 1-2 and model 3 each have their formula (model 3 adds armed strength).
    assert!(
        h.query_all_by_label_contains("p = 0.03 × pressure").count() >= 2,
        "both versions' clearance formulas are shown"
    );
    assert!(
        h.query_by_label_contains(&help::rule(Rule::Relapse).summary())
            .is_none(),
        "the filter leaves out what does not mention clearance"
    );
    // Every driver's help is in the window when nothing is filtered.
    h.get_by_label("Clear").click();
    h.run();
    for d in gaza_zones::model::Driver::ALL {
        h.get_by_label(&help::driver(d).summary());
    }
    h.get_by_label("Close window").click();
    h.run();
    assert!(!h.state().help_is_open());
}

#[test]
fn the_help_menu_opens_the_help() {
    let mut h = harness();
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("Help: drivers and rules").click();
    h.run();
    assert!(h.state().help_is_open());
}

#[test]
fn the_about_window_names_every_data_source_with_its_licence() {
    let mut h = harness();
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("About gaza-zones and its data")
        .click();
    h.run();
    assert!(h.state().about_is_open());
    // One heading per section of assets/ATTRIBUTION.md, the notice that ships with the data.
    let sources = help::attribution::sources();
    assert!(sources.len() >= 2);
    for source in sources {
        h.get_by_label(&source.title);
    }
    for named in ["geoBoundaries", "CC BY 4.0"] {
        assert!(
            h.query_all_by_label_contains(named).next().is_some(),
            "{named} is named"
        );
    }
    h.get_by_label("Close window").click();
    h.run();
    assert!(!h.state().about_is_open());
}

#[test]
fn every_driver_in_the_panel_carries_its_help_and_its_source() {
    use egui_kittest::kittest::NodeT;
    use gaza_zones::model::Driver;
    let h = harness();
    // A tooltip's text is also the widget's accessible description: what hovering shows.
    for d in Driver::ALL {
        let info = d.info();
        let slider = h.get_by_role_and_label(egui::accesskit::Role::Slider, info.label);
        let description = slider
            .accesskit_node()
            .description()
            .unwrap_or_default()
            .clone();
        let help = help::driver(d).summary();
        assert!(
            description.starts_with(&help),
            "{}: {description}",
            info.key
        );
        assert!(
            description.ends_with(&format!("{}\nSource: {}", info.unit, info.source)),
            "{}: {description}",
            info.key
        );
    }
}
