use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message's id and the variables its value uses (in any branch of a selector).
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for (name, text) in language.message_files() {
        let file = format!("locales/{}/{name}.ftl", language.code());
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    found.insert(id.clone(), variables).is_none(),
                    "{file} defines {id}, which is already defined"
                );
            }
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages(Language::English);
    assert!(
        english.len() > 100,
        "English has only {} messages",
        english.len()
    );
    for language in [Language::Arabic, Language::Hebrew] {
        let other = messages(language);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "locales/{}/ lacks {missing:?} and has {extra:?} that English lacks",
            language.code()
        );
        for (id, variables) in &english {
            assert_eq!(
                &other[id],
                variables,
                "locales/{}/: {id} takes other arguments than in English",
                language.code()
            );
        }
    }
}

/// Every `tr!("…")` and `message("…", …)` in the program's source names a message English has.
#[test]
fn every_message_the_program_asks_for_exists() {
    let english = messages(Language::English);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut asked = BTreeSet::new();
    let mut folders = vec![root.join("crates"), root.join("src")];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("target") {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for opener in ["tr!(\"", "message(\"", "message_in(language, \""] {
                    for (at, _) in text.match_indices(opener) {
                        // `include_str!("…")` ends in `tr!("` too.
                        let whole_name = text[..at]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric() && c != '_');
                        // This file asks for a missing message on purpose.
                        if !whole_name || path.ends_with("i18n/src/tests.rs") {
                            continue;
                        }
                        let rest = &text[at + opener.len()..];
                        if let Some(end) = rest.find('"') {
                            asked.insert((rest[..end].to_owned(), path.clone()));
                        }
                    }
                }
            }
        }
    }
    assert!(
        asked.len() > 50,
        "found only {} messages asked for",
        asked.len()
    );
    let unknown: Vec<_> = asked
        .iter()
        .filter(|(key, _)| !english.contains_key(key))
        .collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in locales/en/: {unknown:?}"
    );
}

#[test]
fn a_message_is_in_the_thread_s_language_with_its_arguments() {
    set_language(Language::Hebrew);
    let hebrew = tr!("map-day", day = 12, date = "2025-10-22");
    set_language(Language::English);
    let english = tr!("map-day", day = 12, date = "2025-10-22");
    assert!(
        english.contains("12") && english.contains("Day"),
        "{english}"
    );
    assert!(hebrew.contains("12") && !hebrew.contains("Day"), "{hebrew}");
    assert_eq!(message("no-such-message", None), "no-such-message");
}

#[test]
fn locales_name_our_languages() {
    assert_eq!(Language::from_locale("ar_EG.UTF-8"), Some(Language::Arabic));
    assert_eq!(Language::from_locale("he-IL"), Some(Language::Hebrew));
    assert_eq!(Language::from_locale("iw"), Some(Language::Hebrew));
    assert_eq!(Language::from_locale("fr-FR"), None);
    assert_eq!(
        Language::preferred(["fr-FR", "he-IL", "en"]),
        Language::Hebrew
    );
    assert_eq!(Language::preferred(["de"]), Language::English);
}

/// The program orders right-to-left text itself: a direction mark in a message would be drawn
/// as a box by fonts that lack it, or reorder the line a second time.
#[test]
fn no_message_carries_a_direction_mark() {
    for language in Language::ALL {
        for (name, text) in language.message_files() {
            for (line, content) in text.lines().enumerate() {
                assert!(
                    !content.contains([
                        '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}', '\u{202C}',
                        '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
                    ]),
                    "locales/{}/{name}.ftl line {}: a direction mark",
                    language.code(),
                    line + 1
                );
            }
        }
    }
}
