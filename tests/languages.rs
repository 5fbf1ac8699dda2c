//! The app in Arabic, Hebrew and English: chosen in the menu, remembered, laid out from the
//! side the language reads from, and user text in either direction shown in reading order.

mod common;
mod support;
use common::{app_in, shown};

use std::path::Path;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gaza_zones::app::document::Document;
use gaza_zones::app::{Prefs, ZonesApp};
use gz_i18n::{Language, message_in};

fn open_rtl_scenario(h: &mut Harness<'_, ZonesApp>, name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/rtl")
        .join(name);
    h.state_mut().open_file(&path);
    common::step_until_loaded(h);
}

#[test]
fn every_menu_opens_in_every_language_with_every_letter_drawn() {
    // egui_kittest fails on any character no bundled font can draw, so opening every menu in
    // each language checks the fonts cover what the messages use.
    for language in Language::ALL {
        let mut h = app_in(language);
        h.run();
        for menu in [
            "menu-file",
            "menu-edit",
            "menu-view",
            "menu-playback",
            "menu-analysis",
            "menu-help",
        ] {
            let title = shown(&message_in(language, menu, None));
            h.get_by_label(&title).click();
            h.run();
            let first_item = match menu {
                "menu-file" => "command-new",
                "menu-edit" => "command-undo",
                "menu-view" => "command-show-people",
                "menu-playback" => "command-play-pause",
                "menu-analysis" => "command-sensitivity",
                _ => "command-help",
            };
            h.get_by_label_contains(&shown(&message_in(language, first_item, None)));
            h.key_press(egui::Key::Escape);
            h.run();
        }
    }
}

#[test]
fn a_language_chosen_in_the_menu_takes_over_and_is_remembered() {
    let mut h = app_in(Language::English);
    h.run();
    h.get_by_label("File");
    h.get_by_label("English").click();
    h.run();
    h.get_by_label("עברית").click();
    h.run();
    assert_eq!(h.state().prefs.language, Some(Language::Hebrew));
    assert_eq!(h.state().language(), Language::Hebrew);
    h.get_by_label(&shown(&message_in(Language::Hebrew, "menu-file", None)));
    assert!(
        h.query_by_label("File").is_none(),
        "the English menu is gone"
    );
}

#[test]
fn right_to_left_languages_put_the_drivers_on_the_right_and_the_menus_from_the_right() {
    let positions = |language: Language| {
        let mut h = app_in(language);
        h.run();
        let summary = shown(&message_in(language, "summary-on-the-day", None));
        let add = shown(&message_in(language, "events-add", None));
        let events_x = h.get_by_label(&add).rect().center().x;
        let drivers_x = h.get_by_label(&summary).rect().center().x;
        let file_x = h
            .get_by_label(&shown(&message_in(language, "menu-file", None)))
            .rect()
            .center()
            .x;
        let help_x = h
            .get_by_label(&shown(&message_in(language, "menu-help", None)))
            .rect()
            .center()
            .x;
        (drivers_x < events_x, file_x < help_x)
    };
    assert_eq!(positions(Language::English), (true, true));
    assert_eq!(positions(Language::Arabic), (false, false));
    assert_eq!(positions(Language::Hebrew), (false, false));
}

#[test]
fn arabic_hebrew_and_mixed_titles_show_in_reading_order_in_the_menu_bar_and_events() {
    for (file, title) in [
        ("arabic_title.ron", "غزة من الأحمر إلى الأزرق 2026"),
        ("hebrew_title.ron", "עזה: מאדום לכחול, תרחיש 2026"),
        (
            "mixed_title.ron",
            "Phase II — المرحلة الثانية — השלב השני (20,000 troops)",
        ),
    ] {
        let mut h = app_in(Language::English);
        h.run();
        open_rtl_scenario(&mut h, file);
        assert_eq!(
            h.state().scenario().meta.title,
            title,
            "the file keeps the text as typed"
        );
        let on_screen = shown(title);
        assert_ne!(
            on_screen, title,
            "{file}: the title is reordered for display"
        );
        h.get_by_label(&on_screen);
        // An event titled in Hebrew with a year, in the events list.
        h.get_by_label_contains(&shown("המעבר ברפיח נפתח ב-2026"));
    }
}

#[test]
fn the_event_form_opens_in_every_language_with_its_kinds_of_action() {
    for language in Language::ALL {
        let mut h = app_in(language);
        h.run();
        h.get_by_label(&shown(&message_in(language, "events-add", None)))
            .click();
        h.run();
        h.get_by_label(&shown(&message_in(language, "form-new-event", None)));
        // The kinds of action drop down, each in the language.
        h.get_by_label(&shown(&message_in(language, "form-action", None)))
            .click();
        h.run();
        let haven = shown(&message_in(language, "kind-declare-haven", None));
        h.get_by_role_and_label(egui::accesskit::Role::Button, &haven);
    }
}

/// What the status bar says after opening a file, or failing to, is in the interface's
/// language, with the file's name as it is.
#[test]
fn notices_speak_the_interface_s_language() {
    for language in [Language::Arabic, Language::Hebrew] {
        let mut h = app_in(language);
        h.run();
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("missing.ron");
        h.state_mut().open_file(&missing);
        common::step_until_loaded(&mut h);
        h.run();
        let not_opened = message_in(language, "notice-not-opened", None);
        let english = message_in(Language::English, "notice-not-opened", None);
        assert_ne!(not_opened, english);
        h.get_by_label_contains(&shown(&not_opened));
        assert!(h.query_by_label_contains(&english).is_none());
        open_rtl_scenario(&mut h, "arabic_title.ron");
        h.run();
        let mut args = gz_i18n::FluentArgs::new();
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/rtl/arabic_title.ron");
        args.set("path", path.display().to_string());
        let opened = message_in(language, "notice-opened", Some(&args));
        h.get_by_label(&shown(&opened));
    }
}

/// Opens the history of a cell that clears in full Phase II (an expected-value run) on the
/// day of its change, so that the change's explanation is open: why, factors and drivers.
fn history_of_a_clearance(language: Language) -> Harness<'static, ZonesApp> {
    let mut h = app_in(language);
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
    h.state_mut().select_cell(Some(change.cell));
    h.state_mut().set_day(change.day);
    h.run();
    h
}

/// The explanation of a change reads in `language`: its headings and a factor's name are the
/// language's, and none of the English ones is left. Drawing it checks every letter has a glyph.
fn the_explanation_is_in(language: Language) {
    let h = history_of_a_clearance(language);
    let shown_message = |id: &str| shown(&message_in(language, id, None));
    h.get_by_label(&shown_message("history-title"));
    h.get_by_label(&shown_message("explain-factors"));
    h.get_by_label(&shown_message("explain-drivers"));
    // A factor of clearance, its name first (rightmost) and its workings after it.
    h.get_by_label_contains(&shown_message("explain-factor-pressure"));
    // The expected-value run's chances name the zones in the language.
    let red = shown(&message_in(language, "zone-red", None));
    assert!(
        h.query_all_by_label_contains(&red).count() >= 2,
        "{language}: the change's zones and chances name red as {red}"
    );
    for english in [
        "Factors (multiplied together)",
        "Drivers that day",
        "Probability that day",
        "pressure to disarm",
        "Chances before",
        "Expected-value run",
        "Disarmament progress",
    ] {
        assert!(
            h.query_by_label_contains(english).is_none(),
            "{language}: \"{english}\" is still English"
        );
    }
}

#[test]
fn a_cell_s_history_explains_its_change_in_arabic() {
    the_explanation_is_in(Language::Arabic);
}

#[test]
fn a_cell_s_history_explains_its_change_in_hebrew() {
    the_explanation_is_in(Language::Hebrew);
}

/// The letters and digits of a text, word by word, whatever their order on screen: a sentence
/// shown right to left, and broken into lines, has the same words as the sentence written.
fn words(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words of every label and value on screen, one set per widget.
fn words_on_screen(h: &Harness<'_, ZonesApp>) -> Vec<std::collections::BTreeSet<String>> {
    use egui_kittest::kittest::NodeT;
    h.query_all_by_label_contains("")
        .map(|n| {
            let n = n.accesskit_node();
            words(&n.label().or_else(|| n.value()).unwrap_or_default())
        })
        .collect()
}

#[test]
fn why_nothing_moves_speaks_arabic_and_hebrew() {
    use gaza_zones::geo::{CellId, Grid};
    use gaza_zones::model::blockers::{cell_blockers, strip_blockers};
    use gaza_zones::model::{Plan, Zone};
    use gz_i18n::blockers::{cell_sentences, strip_blocker_sentences};

    // The new user's scenario: a monitoring force everywhere, disarmament at 0.
    let scenario = support::force_but_no_disarmament;
    let day = 100;
    let s = scenario();
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let strip = strip_blockers(&plan, s.mode, s.seed, day).expect("explains");
    for language in [Language::Arabic, Language::Hebrew] {
        let mut h = common::app_harness(move || {
            let prefs = Prefs {
                language: Some(language),
                ..Prefs::default()
            };
            ZonesApp::new(Document::unsaved(scenario()), prefs)
        });
        h.state_mut().set_day(day);
        h.run();
        h.get_by_label(&shown(&message_in(language, "why-nothing-heading", None)))
            .click();
        h.run();
        let shown_words = words_on_screen(&h);
        let on_screen = |sentence: &str| {
            let wanted = words(sentence);
            shown_words.iter().any(|w| wanted.is_subset(w))
        };
        gz_i18n::set_language(language);
        let sentences = strip_blocker_sentences(&strip);
        assert!(!sentences.is_empty(), "clearance is held back");
        for sentence in &sentences {
            assert!(on_screen(sentence), "{language}: not shown: {sentence}");
        }
        // The known words of the held-back clearance, in the language.
        let clearance = &sentences[0];
        let held_back = match language {
            Language::Arabic => "يبقى الانتقال clearance (أحمر ← رمادي) محدودًا",
            _ => "המעבר clearance (אדום ← אפור) מוגבל",
        };
        assert!(clearance.starts_with(held_back), "{clearance}");
        for english in ["is held back", "cannot happen", "Held back:"] {
            assert!(
                h.query_by_label_contains(english).is_none(),
                "{language}: English \"{english}\" shown"
            );
        }

        // A red cell that never changes says why not, in the language too.
        let grid = Grid::strip();
        let cell = (0..grid.len())
            .filter_map(CellId::from_index)
            .find(|&c| {
                let out = h.state().output();
                !out.is_held(day as usize, c.index())
                    && out.zone_of(day as usize, c.index()) == Some(Zone::Red)
                    && !out.changes.iter().any(|ch| ch.cell == c)
            })
            .expect("red land stays red");
        h.state_mut().select_cell(Some(cell));
        h.run();
        let mut args = gz_i18n::FluentArgs::new();
        args.set("day", day);
        h.get_by_label(&shown(&message_in(
            language,
            "blockers-why-not",
            Some(&args),
        )));
        let b = cell_blockers(&plan, s.mode, s.seed, cell, day).expect("explains");
        gz_i18n::set_language(language);
        let shown_words = words_on_screen(&h);
        for sentence in cell_sentences(&b) {
            let wanted = words(&sentence);
            assert!(
                shown_words.iter().any(|w| wanted.is_subset(w)),
                "{language}: not shown: {sentence}"
            );
        }
        assert!(h.query_by_label_contains("Why not").is_none());
        gz_i18n::set_language(Language::English);
    }
}
