//! The Help window for a first reader: F1 opens it on the getting-started guide, at the top
//! every time; Esc closes it; each rule reads prose first with its formulas folded; the search
//! covers the guide; and the guide is there in Arabic too.
#![cfg(feature = "app")]

mod common;
use common::{app_in, shown};

use eframe::egui;
use egui_kittest::kittest::Queryable;
use gaza_zones::model::Rule;
use gaza_zones::report::help;
use gz_i18n::Language;

fn guide_title(language: Language) -> String {
    shown(&gz_i18n::help::guide_in(language)[0].help.title)
}

#[test]
fn f1_opens_the_guide_at_the_top_esc_closes_it_and_it_reopens_at_the_top() {
    let mut h = app_in(Language::English);
    h.run();
    h.key_press(egui::Key::F1);
    h.run();
    assert!(h.state().help_is_open());
    let title = guide_title(Language::English);
    assert_eq!(title, "Getting started");
    let top = h.get_by_label(&title).rect();
    // Read down to the last item of the reference.
    h.get_by_label(&help::explanation().title).scroll_to_me();
    h.run();
    let scrolled = h.get_by_label(&title).rect();
    assert!(
        scrolled.top() < top.top() - 500.0,
        "the window scrolled: {top:?} → {scrolled:?}"
    );

    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().help_is_open(), "Esc closes the Help");
    assert!(h.query_by_label(&title).is_none());

    h.key_press(egui::Key::F1);
    h.run();
    let again = h.get_by_label(&title).rect();
    assert!(
        (again.top() - top.top()).abs() < 1.0,
        "reopened at the top: {top:?}, then {again:?}"
    );
}

#[test]
fn the_search_covers_the_guide_and_esc_clears_it_before_closing() {
    let mut h = app_in(Language::English);
    h.run();
    h.key_press(egui::Key::F1);
    h.run();
    let find = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Find");
    find.focus();
    find.type_text("forecast");
    h.run();
    // The guide's chapter on what the model is not says it; the rules do not.
    h.get_by_label("What it is not");
    assert!(h.query_by_label("How to read the map").is_none());
    assert!(
        h.query_by_label_contains(&help::rule(Rule::Relapse).summary())
            .is_none()
    );

    // In the filled search box, Esc clears the search and keeps the window.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.state().help_is_open(),
        "the first Esc only clears the search"
    );
    h.get_by_label("How to read the map");
    // Then it closes.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().help_is_open());
}

#[test]
fn a_rule_reads_prose_first_and_its_formulas_wait_in_a_fold() {
    let mut h = app_in(Language::English);
    h.run();
    h.key_press(egui::Key::F1);
    h.run();
    h.get_by_label("In depth");
    h.get_by_label_contains(&help::rule(Rule::Clearance).summary());
    assert!(
        h.query_by_label_contains("p = 0.03 × pressure").is_none(),
        "no formula on the first read"
    );
    // The first fold of the window is clearance's: drivers have no formulas to fold.
    common::open_first_fold(&mut h);
    assert_eq!(
        h.query_all_by_label_contains("p = 0.03 × pressure").count(),
        2,
        "both versions' clearance formulas, once unfolded"
    );
    // A search for what only a formula says opens its fold by itself.
    let find = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Find");
    find.focus();
    find.type_text("unchecked × violence");
    h.run();
    h.get_by_label_contains("p = 0.02 × unchecked × violence");
}

#[test]
fn in_arabic_the_help_opens_on_the_arabic_guide() {
    let mut h = app_in(Language::Arabic);
    h.run();
    h.key_press(egui::Key::F1);
    h.run();
    let title = guide_title(Language::Arabic);
    assert_ne!(title, guide_title(Language::English));
    h.get_by_label(&title);
    let first_chapter = &gz_i18n::help::guide_in(Language::Arabic)[1].help.title;
    h.get_by_label(&shown(first_chapter));
    assert!(h.query_by_label("Getting started").is_none());
}
