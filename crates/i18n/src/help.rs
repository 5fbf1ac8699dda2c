//! The help of every driver and rule in the interface's language: docs/MODEL.md in English,
//! and its translations docs/help/ar.md and docs/help/he.md, which repeat the same sections in
//! the same order with the same formulas, tables and numbers (the tests compare them block by
//! block), so that a translation can say no more and no less than the model document.

use std::sync::OnceLock;

use gz_core::model::{CategoricalDriver, Driver, Rule};
use gz_core::report::help::{Help, HelpBook};

use crate::Language;

const ARABIC: &str = include_str!("../../../docs/help/ar.md");
const HEBREW: &str = include_str!("../../../docs/help/he.md");

/// The help in this thread's language.
#[must_use]
pub fn book() -> &'static HelpBook {
    book_in(crate::language())
}

/// The help in `language`.
#[must_use]
pub fn book_in(language: Language) -> &'static HelpBook {
    static TRANSLATED: OnceLock<[HelpBook; 2]> = OnceLock::new();
    let [arabic, hebrew] =
        TRANSLATED.get_or_init(|| [HelpBook::parse(ARABIC), HelpBook::parse(HEBREW)]);
    match language {
        Language::English => HelpBook::english(),
        Language::Arabic => arabic,
        Language::Hebrew => hebrew,
    }
}

/// A numeric driver's help, in this thread's language.
#[must_use]
pub fn driver(driver: Driver) -> &'static Help {
    book().driver(driver)
}

/// A categorical driver's help, in this thread's language.
#[must_use]
pub fn categorical(driver: CategoricalDriver) -> &'static Help {
    book().categorical(driver)
}

/// A rule's help, in this thread's language.
#[must_use]
pub fn rule(rule: Rule) -> &'static Help {
    book().rule(rule)
}

/// How a cell's history is explained, in this thread's language.
#[must_use]
pub fn explanation() -> &'static Help {
    book().explanation()
}

/// The help of a driver or rule by its key, in this thread's language.
#[must_use]
pub fn for_key(key: &str) -> Option<&'static Help> {
    book().for_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use gz_core::report::help::Block;

    fn all(book: &HelpBook) -> Vec<(String, &Help)> {
        let drivers = Driver::ALL
            .iter()
            .map(|d| (d.key().to_owned(), book.driver(*d)));
        let categorical = CategoricalDriver::ALL
            .iter()
            .map(|d| (d.key().to_owned(), book.categorical(*d)));
        let rules = Rule::ALL
            .iter()
            .map(|r| (r.key().to_owned(), book.rule(*r)));
        drivers
            .chain(categorical)
            .chain(rules)
            .chain([("explanation".to_owned(), book.explanation())])
            .collect()
    }

    /// The numbers a text quotes, in order of size, so that a translation's word order does
    /// not matter but a changed, dropped or added number does.
    fn numbers(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut current = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let continues = c.is_ascii_digit()
                || (c == '.'
                    && !current.is_empty()
                    && chars.peek().is_some_and(char::is_ascii_digit));
            if continues {
                current.push(c);
            } else if !current.is_empty() {
                found.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            found.push(current);
        }
        found.sort();
        found
    }

    fn block_texts(block: &Block) -> Vec<String> {
        match block {
            Block::Paragraph(p) | Block::Code(p) => vec![p.clone()],
            Block::Items(items) => items.clone(),
            Block::Table { header, rows } => header
                .iter()
                .chain(rows.iter().flatten())
                .cloned()
                .collect(),
        }
    }

    #[test]
    fn each_translation_has_every_section_with_the_same_blocks_formulas_and_numbers() {
        let english = all(HelpBook::english());
        for language in [Language::Arabic, Language::Hebrew] {
            let translated = all(book_in(language));
            for ((key, en), (_, tr)) in english.iter().zip(&translated) {
                let at = format!("docs/help/{}.md, {key}", language.code());
                assert!(!tr.is_empty(), "{at}: missing");
                if key != "explanation" {
                    assert!(
                        tr.title.starts_with(&format!("{key}:")),
                        "{at}: {}",
                        tr.title
                    );
                }
                assert_eq!(en.blocks.len(), tr.blocks.len(), "{at}: number of blocks");
                for (i, (a, b)) in en.blocks.iter().zip(&tr.blocks).enumerate() {
                    let at = format!("{at}, block {}", i + 1);
                    match (a, b) {
                        (Block::Code(a), Block::Code(b)) => assert_eq!(a, b, "{at}: formula"),
                        (Block::Paragraph(_), Block::Paragraph(_))
                        | (Block::Items(_), Block::Items(_))
                        | (Block::Table { .. }, Block::Table { .. }) => {}
                        _ => panic!("{at}: {a:?} became {b:?}"),
                    }
                    let (a, b) = (block_texts(a), block_texts(b));
                    assert_eq!(a.len(), b.len(), "{at}: items or cells");
                    for (a, b) in a.iter().zip(&b) {
                        assert_eq!(numbers(a), numbers(b), "{at}: numbers in {b:?}");
                    }
                }
                // A rule's rationale is found in every language: the tooltips show it.
                let en_has_rationale = en.summary() != first_paragraph(en);
                let tr_has_rationale = tr.summary() != first_paragraph(tr);
                assert_eq!(en_has_rationale, tr_has_rationale, "{at}: rationale");
            }
        }
    }

    fn first_paragraph(help: &Help) -> String {
        help.blocks
            .iter()
            .find_map(|b| match b {
                Block::Paragraph(p) => Some(p.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }

    #[test]
    fn the_book_follows_the_thread_s_language() {
        crate::set_language(Language::Hebrew);
        let hebrew = book().rule(Rule::Relapse).title.clone();
        crate::set_language(Language::English);
        assert_eq!(book().rule(Rule::Relapse).title, "relapse: blue → gray");
        assert!(
            hebrew.starts_with("relapse:") && hebrew.contains("כחול"),
            "{hebrew}"
        );
    }
}
