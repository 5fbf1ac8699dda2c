//! The help of every driver and rule in the interface's language: docs/MODEL.md in English,
//! and its translations docs/help/ar.md and docs/help/he.md, which repeat the same sections in
//! the same order with the same formulas, tables and numbers (the tests compare them block by
//! block), so that a translation can say no more and no less than the model document.
//! The getting-started guide (docs/help/guide.en.md, .ar.md, .he.md) is held the same way:
//! the same chapters, blocks and numbers in each language.

use std::sync::OnceLock;

use gz_core::model::{CategoricalDriver, Driver, Rule};
use gz_core::report::help::{Chapter, Help, HelpBook, chapters};

use crate::Language;

const ARABIC: &str = include_str!("../../../docs/help/ar.md");
const HEBREW: &str = include_str!("../../../docs/help/he.md");
const GUIDE_ENGLISH: &str = include_str!("../../../docs/help/guide.en.md");
const GUIDE_ARABIC: &str = include_str!("../../../docs/help/guide.ar.md");
const GUIDE_HEBREW: &str = include_str!("../../../docs/help/guide.he.md");

/// The getting-started guide in this thread's language: its chapters in order, the first its
/// title (level 1).
#[must_use]
pub fn guide() -> &'static [Chapter] {
    guide_in(crate::language())
}

/// The getting-started guide in `language`.
#[must_use]
pub fn guide_in(language: Language) -> &'static [Chapter] {
    static GUIDES: OnceLock<[Vec<Chapter>; 3]> = OnceLock::new();
    let [english, arabic, hebrew] = GUIDES.get_or_init(|| {
        [
            chapters(GUIDE_ENGLISH),
            chapters(GUIDE_ARABIC),
            chapters(GUIDE_HEBREW),
        ]
    });
    match language {
        Language::English => english,
        Language::Arabic => arabic,
        Language::Hebrew => hebrew,
    }
}

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

    #[test]
    fn each_translation_folds_the_same_blocks_in_depth() {
        let split = |help: &Help| {
            let (first, deep) = help.first_read_and_in_depth();
            let kinds = |part: Vec<&Block>| {
                part.iter()
                    .map(|b| std::mem::discriminant(*b))
                    .collect::<Vec<_>>()
            };
            (kinds(first), kinds(deep))
        };
        let english = all(HelpBook::english());
        for language in [Language::Arabic, Language::Hebrew] {
            for ((key, en), (_, tr)) in english.iter().zip(&all(book_in(language))) {
                let (en_first, en_deep) = split(en);
                let (tr_first, tr_deep) = split(tr);
                let at = format!("docs/help/{}.md, {key}", language.code());
                assert_eq!(en_first, tr_first, "{at}: read first");
                assert_eq!(en_deep, tr_deep, "{at}: in depth");
                // The same paragraphs, not only as many: the folded ones carry the same numbers.
                let numbers_of = |h: &Help| {
                    h.first_read_and_in_depth()
                        .1
                        .iter()
                        .map(|b| {
                            block_texts(b)
                                .iter()
                                .map(|t| numbers(t))
                                .collect::<Vec<_>>()
                        })
                        .collect::<Vec<_>>()
                };
                assert_eq!(numbers_of(en), numbers_of(tr), "{at}: numbers in depth");
            }
        }
    }

    #[test]
    fn the_guide_says_the_same_in_each_language() {
        let english = guide_in(Language::English);
        assert!(english.len() >= 6, "a title and its chapters");
        assert_eq!(english[0].level, 1, "the guide opens with its title");
        assert!(english[1..].iter().all(|c| c.level == 2));
        assert!(english.iter().skip(1).all(|c| !c.help.is_empty()));
        for language in [Language::Arabic, Language::Hebrew] {
            let translated = guide_in(language);
            let at = format!("docs/help/guide.{}.md", language.code());
            assert_eq!(english.len(), translated.len(), "{at}: number of headings");
            for (i, (en, tr)) in english.iter().zip(translated).enumerate() {
                let at = format!("{at}, heading {}", i + 1);
                assert_eq!(en.level, tr.level, "{at}: level");
                assert!(!tr.help.title.is_empty(), "{at}: no title");
                assert_eq!(numbers(&en.help.title), numbers(&tr.help.title), "{at}");
                assert_eq!(en.help.blocks.len(), tr.help.blocks.len(), "{at}: blocks");
                for (j, (a, b)) in en.help.blocks.iter().zip(&tr.help.blocks).enumerate() {
                    let at = format!("{at}, block {}", j + 1);
                    assert_eq!(
                        std::mem::discriminant(a),
                        std::mem::discriminant(b),
                        "{at}: {a:?} became {b:?}"
                    );
                    let (a, b) = (block_texts(a), block_texts(b));
                    assert_eq!(a.len(), b.len(), "{at}: items");
                    for (a, b) in a.iter().zip(&b) {
                        assert_eq!(numbers(a), numbers(b), "{at}: numbers in {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_line_of_the_arabic_and_hebrew_guides_reads_from_the_right() {
        // A paragraph takes its direction from its first letter (Unicode's bidirectional
        // algorithm), so one that opened with a Latin name would be laid out left to right.
        let right_to_left = |c: char| ('\u{0590}'..='\u{06FF}').contains(&c);
        for language in [Language::Arabic, Language::Hebrew] {
            for chapter in guide_in(language) {
                let mut texts = vec![chapter.help.title.clone()];
                texts.extend(chapter.help.blocks.iter().flat_map(block_texts));
                for text in texts {
                    let first = text.chars().find(|c| c.is_alphabetic());
                    assert!(
                        first.is_some_and(right_to_left),
                        "docs/help/guide.{}.md: {text:?}",
                        language.code()
                    );
                }
            }
        }
    }

    #[test]
    fn the_guide_follows_the_thread_s_language() {
        crate::set_language(Language::Arabic);
        let arabic = guide()[0].help.title.clone();
        crate::set_language(Language::English);
        assert_eq!(guide()[0].help.title, "Getting started");
        assert_eq!(arabic, "البدء");
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
