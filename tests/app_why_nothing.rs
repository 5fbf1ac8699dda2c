//! Why nothing moves, in the app: a cell that never changes says why not in its history, and
//! the "Why nothing moves" section lists what holds each way out back on the day shown.
#![cfg(feature = "app")]

mod common;
mod support;
use support::force_but_no_disarmament;

use egui_kittest::kittest::{NodeT, Queryable};
use gaza_zones::app::document::Document;
use gaza_zones::app::{Prefs, ZonesApp};
use gaza_zones::geo::{CellId, Grid};
use gaza_zones::model::Zone;

fn harness() -> egui_kittest::Harness<'static, ZonesApp> {
    common::app_harness(|| {
        ZonesApp::new(
            Document::unsaved(force_but_no_disarmament()),
            Prefs::default(),
        )
    })
}

#[test]
fn the_strip_says_disarmament_and_the_mandate_hold_clearance_back() {
    let mut h = harness();
    h.state_mut().set_day(100);
    h.run();
    h.get_by_label("Why nothing moves").click();
    h.run();
    let clearance = h.get_by_label_contains("Clearance (red → gray) is held back");
    let node = clearance.accesskit_node();
    let text = node.label().or_else(|| node.value()).unwrap_or_default();
    assert!(
        text.contains("disarmament is 0") && text.contains("mandate is monitor"),
        "{text}"
    );
}

#[test]
fn a_cell_that_never_changes_says_why_not() {
    let mut h = harness();
    h.state_mut().set_day(100);
    h.run();
    let grid = Grid::strip();
    // A red cell outside the line that stays red all run.
    let cell = (0..grid.len())
        .filter_map(CellId::from_index)
        .find(|&c| {
            let out = h.state().output();
            !out.is_held(100, c.index())
                && out.zone_of(100, c.index()) == Some(Zone::Red)
                && !out.changes.iter().any(|ch| ch.cell == c)
        })
        .expect("red land stays red");
    h.state_mut().select_cell(Some(cell));
    h.run();
    h.get_by_label("Cell history");
    h.get_by_label_contains("No change in this run");
    h.get_by_label("Why not, on day 100");
    let clearance = h.get_by_label_contains("Clearance (red → gray) is held back");
    let node = clearance.accesskit_node();
    let text = node.label().or_else(|| node.value()).unwrap_or_default();
    assert!(
        text.contains("disarmament is 0") && text.contains("mandate is monitor"),
        "{text}"
    );
    h.get_by_label_contains("Haven (red → green) cannot happen: no haven has been declared here");
}

#[test]
fn a_cell_that_changed_keeps_its_ways_out_folded_under_its_changes() {
    let mut h = common::app_harness(ZonesApp::with_default_scenario);
    h.state_mut()
        .open_bundled(common::bundled_index("full_phase_two.ron"));
    h.run();
    let change = *h
        .state()
        .output()
        .changes
        .iter()
        .find(|c| c.rule == gaza_zones::model::Rule::Clearance)
        .expect("land clears in full Phase II");
    h.state_mut().set_day(change.day);
    h.state_mut().select_cell(Some(change.cell));
    h.run();
    assert!(
        h.query_by_label_contains("No change in this run").is_none(),
        "the cell changed"
    );
    h.get_by_label(&format!("Its ways out on day {}", change.day))
        .click_accesskit();
    h.run();
    let said: Vec<String> = h
        .query_all_by_label_contains("→")
        .map(|n| {
            let n = n.accesskit_node();
            n.label().or_else(|| n.value()).unwrap_or_default()
        })
        .collect();
    assert!(
        said.iter().any(|t| t.starts_with("Clearance (red → gray)")),
        "{said:#?}"
    );
}
