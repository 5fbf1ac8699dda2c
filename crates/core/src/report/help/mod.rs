//! Help text for every driver and rule, taken from docs/MODEL.md at build time, so that the app
//! and the document can never say different things.
//!
//! A rule's help is its section 8.x (headed `` `key`: … ``); a driver's is its short section
//! under 6.3 (a level-4 heading `` `key`: … ``). [`markdown`] turns the Markdown into [`Block`]s
//! of plain text. [`attribution`] does the same for the data sources' notice.

pub mod attribution;
mod markdown;

use std::sync::OnceLock;

use crate::model::drivers::{CategoricalDriver, Driver};
use crate::model::rules::Rule;
use markdown::{sections, strip_number};

/// The model document, as built into the program.
pub const MODEL_MD: &str = include_str!("../../../../../docs/MODEL.md");

/// A piece of help text, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Running text, one line.
    Paragraph(String),
    /// A formula or other preformatted text; its lines are kept.
    Code(String),
    /// A list; numbered items keep their number.
    Items(Vec<String>),
    /// A table: the header, then the rows.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// The help for one driver or rule.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Help {
    /// The section's heading without its number, e.g. "clearance: red → gray".
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Help {
    /// A paragraph or two for a tooltip: a rule's rationale (or, without one, its first
    /// paragraph); a driver's whole text.
    #[must_use]
    pub fn summary<'a>(&'a self) -> String {
        let paragraphs = || {
            self.blocks.iter().filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.as_str()),
                _ => None,
            })
        };
        let rationale = |p: &'a str| RATIONALE.iter().find_map(|word| p.strip_prefix(word));
        if let Some(why) = paragraphs().find_map(rationale) {
            return why.trim().to_owned();
        }
        paragraphs().next().unwrap_or_default().to_owned()
    }

    /// The first formula, if the section has one.
    #[must_use]
    pub fn formula(&self) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            Block::Code(c) => Some(c.as_str()),
            _ => None,
        })
    }

    /// Everything as plain text: blocks separated by blank lines, table cells by " — ".
    #[must_use]
    pub fn plain_text(&self) -> String {
        let blocks: Vec<String> = self
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) | Block::Code(p) => p.clone(),
                Block::Items(items) => items
                    .iter()
                    .map(|i| format!("• {i}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                Block::Table { header, rows } => std::iter::once(header)
                    .chain(rows)
                    .map(|r| r.join(" — "))
                    .collect::<Vec<_>>()
                    .join("\n"),
            })
            .collect();
        blocks.join("\n\n")
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The blocks in the order a first reader wants them: the prose, then apart the blocks
    /// "in depth" (formulas, factor tables, worked sums, code paths), each part in the order
    /// of the text. The split is by the shape of the blocks, not their words, so that a
    /// translation laid out block for block splits the same way.
    #[must_use]
    pub fn first_read_and_in_depth(&self) -> (Vec<&Block>, Vec<&Block>) {
        let (first, deep): (Vec<_>, Vec<_>) = self
            .blocks
            .iter()
            .enumerate()
            .partition(|&(i, _)| !in_depth(&self.blocks, i));
        (without_index(first), without_index(deep))
    }
}

fn without_index(part: Vec<(usize, &Block)>) -> Vec<&Block> {
    part.into_iter().map(|(_, b)| b).collect()
}

/// Whether block `i` belongs to the "in depth" part: a formula or a table (the factor tables
/// quote formulas), a paragraph that works a formula out (two or more `×`, a `lerp(`), names
/// a source file, introduces a formula (ends with ':' right before one), or reads a formula
/// so introduced (the words just after it).
fn in_depth(blocks: &[Block], i: usize) -> bool {
    let introduces_formula = |j: usize| {
        matches!(blocks.get(j), Some(Block::Paragraph(p)) if p.trim_end().ends_with(':'))
            && matches!(blocks.get(j + 1), Some(Block::Code(_)))
    };
    match &blocks[i] {
        Block::Code(_) | Block::Table { .. } => true,
        Block::Items(_) => false,
        Block::Paragraph(p) => {
            p.contains("lerp(")
                || p.contains("crates/")
                || p.matches('×').count() >= 2
                || introduces_formula(i)
                || (i >= 2 && introduces_formula(i - 2))
        }
    }
}

/// One headed part of a longer text, such as the getting-started guide (docs/help/guide.*.md):
/// its heading's level (1 for `#`) and title, and the blocks under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chapter {
    pub level: usize,
    pub help: Help,
}

/// The headed parts of `markdown`, in order; text before the first heading belongs to none.
#[must_use]
pub fn chapters(markdown: &str) -> Vec<Chapter> {
    sections(markdown)
        .into_iter()
        .map(|s| Chapter {
            level: s.level,
            help: s.help,
        })
        .collect()
}

/// The word that opens a rule's rationale, in docs/MODEL.md and in its translations
/// (docs/help/): a tooltip shows that paragraph.
const RATIONALE: [&str; 3] = ["Rationale.", "المسوّغ.", "נימוק."];

/// The help of every driver and rule and the explanation of a cell's history, in one
/// language: docs/MODEL.md in English, or a translation of its help sections laid out the same
/// way (docs/help/ar.md, he.md).
pub struct HelpBook {
    drivers: Vec<Help>,
    categorical: Vec<Help>,
    rules: Vec<Help>,
    explanation: Help,
}

impl HelpBook {
    /// The English help, from docs/MODEL.md as built into the program.
    #[must_use]
    pub fn english() -> &'static Self {
        static ENGLISH: OnceLock<HelpBook> = OnceLock::new();
        ENGLISH.get_or_init(|| Self::parse(MODEL_MD))
    }

    /// The help of every driver and rule, and the explanation, as `markdown` writes them: a
    /// driver under a level-4 heading and a rule under a level-3 heading that open with its
    /// key in code marks; the explanation under the level-2 heading "Why a cell changed" or
    /// one that opens with `` `explanation` ``.
    #[must_use]
    pub fn parse(markdown: &str) -> Self {
        let sections = sections(markdown);
        let keyed = |level: usize, key: &str| {
            let mark = format!("`{key}`");
            sections
                .iter()
                .find(|s| s.level == level && strip_number(s.heading).starts_with(&mark))
                .map(|s| s.help.clone())
                .unwrap_or_default()
        };
        Self {
            drivers: Driver::ALL.iter().map(|d| keyed(4, d.key())).collect(),
            categorical: CategoricalDriver::ALL
                .iter()
                .map(|d| keyed(4, d.key()))
                .collect(),
            rules: Rule::ALL.iter().map(|r| keyed(3, r.key())).collect(),
            explanation: sections
                .iter()
                .find(|s| {
                    let heading = strip_number(s.heading);
                    s.level == 2
                        && (heading.starts_with("Why a cell")
                            || heading.starts_with("`explanation`"))
                })
                .map(|s| s.help.clone())
                .unwrap_or_default(),
        }
    }

    /// A numeric driver's help.
    #[must_use]
    pub fn driver(&self, driver: Driver) -> &Help {
        let i = Driver::ALL.iter().position(|&d| d == driver);
        i.and_then(|i| self.drivers.get(i)).unwrap_or(&EMPTY)
    }

    /// A categorical driver's help.
    #[must_use]
    pub fn categorical(&self, driver: CategoricalDriver) -> &Help {
        let i = CategoricalDriver::ALL.iter().position(|&d| d == driver);
        i.and_then(|i| self.categorical.get(i)).unwrap_or(&EMPTY)
    }

    /// A rule's help.
    #[must_use]
    pub fn rule(&self, rule: Rule) -> &Help {
        self.rules.get(rule as usize).unwrap_or(&EMPTY)
    }

    /// How a cell's history is explained.
    #[must_use]
    pub fn explanation(&self) -> &Help {
        &self.explanation
    }

    /// The help of a driver (numeric or categorical) or rule named by its key.
    #[must_use]
    pub fn for_key(&self, key: &str) -> Option<&Help> {
        if let Ok(d) = key.parse::<Driver>() {
            return Some(self.driver(d));
        }
        if let Ok(d) = key.parse::<CategoricalDriver>() {
            return Some(self.categorical(d));
        }
        key.parse::<Rule>().ok().map(|r| self.rule(r))
    }
}

static EMPTY: Help = Help {
    title: String::new(),
    blocks: Vec::new(),
};

/// A numeric driver's help (docs/MODEL.md section 6.3).
#[must_use]
pub fn driver(driver: Driver) -> &'static Help {
    HelpBook::english().driver(driver)
}

/// A categorical driver's help (docs/MODEL.md section 6.3).
#[must_use]
pub fn categorical(driver: CategoricalDriver) -> &'static Help {
    HelpBook::english().categorical(driver)
}

/// A rule's help (docs/MODEL.md section 8).
#[must_use]
pub fn rule(rule: Rule) -> &'static Help {
    HelpBook::english().rule(rule)
}

/// How a cell's history is explained (docs/MODEL.md, "Why a cell changed").
#[must_use]
pub fn explanation() -> &'static Help {
    HelpBook::english().explanation()
}

/// The help of a driver (numeric or categorical) or rule named by its key.
#[must_use]
pub fn for_key(key: &str) -> Option<&'static Help> {
    HelpBook::english().for_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_help() -> Vec<(String, &'static Help)> {
        let drivers = Driver::ALL.iter().map(|d| (d.key().to_owned(), driver(*d)));
        let cats = CategoricalDriver::ALL
            .iter()
            .map(|d| (d.key().to_owned(), categorical(*d)));
        let rules = Rule::ALL.iter().map(|r| (r.key().to_owned(), rule(*r)));
        drivers
            .chain(cats)
            .chain(rules)
            .chain([("explanation".to_owned(), explanation())])
            .collect()
    }

    fn texts(help: &Help) -> Vec<String> {
        let mut out = vec![help.title.clone(), help.summary()];
        for b in &help.blocks {
            match b {
                Block::Paragraph(p) | Block::Code(p) => out.push(p.clone()),
                Block::Items(items) => out.extend(items.iter().cloned()),
                Block::Table { header, rows } => {
                    out.extend(header.iter().cloned());
                    out.extend(rows.iter().flatten().cloned());
                }
            }
        }
        out
    }

    #[test]
    fn every_driver_categorical_driver_and_rule_has_help() {
        for (key, help) in all_help() {
            assert!(!help.is_empty(), "no help for {key}");
            assert!(
                help.summary().len() > 60,
                "short help for {key}: {:?}",
                help.summary()
            );
            if key != "explanation" {
                assert!(
                    help.title.starts_with(&format!("{key}:")),
                    "{key}: title {:?}",
                    help.title
                );
            }
        }
        assert!(for_key("governance").is_some_and(|h| h.summary().contains("0.8")));
        assert!(for_key("no_such_thing").is_none());
    }

    #[test]
    fn no_markdown_leaks_into_the_text() {
        for (key, help) in all_help() {
            for text in texts(help) {
                for junk in ["**", "`", "###", "](", "|", "```"] {
                    assert!(!text.contains(junk), "{key}: {junk:?} in {text:?}");
                }
                assert!(!text.trim_start().starts_with('#'), "{key}: {text:?}");
                assert!(!text.contains('\n') || help.formula().is_some(), "{key}");
            }
        }
    }

    #[test]
    fn a_first_read_has_the_prose_and_no_formula() {
        for (key, help) in all_help() {
            let (first, deep) = help.first_read_and_in_depth();
            assert_eq!(first.len() + deep.len(), help.blocks.len(), "{key}");
            assert!(!first.is_empty(), "{key}: nothing left to read first");
            for block in &first {
                assert!(
                    !matches!(block, Block::Code(_) | Block::Table { .. }),
                    "{key}"
                );
                let text = format!("{block:?}");
                for formula in ["crates/", "p = "] {
                    assert!(!text.contains(formula), "{key}: {formula} in {text}");
                }
                // A list may quote one factor as an example of what the Cell history shows.
                if let Block::Paragraph(p) = block {
                    assert!(!p.contains("lerp("), "{key}: {p}");
                }
            }
        }
        // The rationale leads; both clearance formulas (models 1-2 and model 3) wait in depth.
        let (first, deep) = rule(Rule::Clearance).first_read_and_in_depth();
        assert!(
            matches!(first[0], Block::Paragraph(p) if p.starts_with("Rationale.")),
            "{first:?}"
        );
        let formulas = deep.iter().filter(|b| matches!(b, Block::Code(_))).count();
        assert_eq!(formulas, 2);
        // A driver's one paragraph is read first, whole.
        let (first, deep) = driver(Driver::AidTrucksPerDay).first_read_and_in_depth();
        assert_eq!((first.len(), deep.len()), (1, 0));
    }

    #[test]
    fn chapters_keep_their_level_title_and_blocks() {
        let found = chapters(
            "<!-- note -->\n\n# Guide\n\n## One\n\nText.\n\n- a\n- b\n\n## Two\n\nMore.\n",
        );
        let shape: Vec<(usize, &str, usize)> = found
            .iter()
            .map(|c| (c.level, c.help.title.as_str(), c.help.blocks.len()))
            .collect();
        assert_eq!(shape, vec![(1, "Guide", 0), (2, "One", 2), (2, "Two", 1)]);
    }

    #[test]
    fn rules_bring_their_formula_factors_and_rationale() {
        let clearance = rule(Rule::Clearance);
        assert_eq!(clearance.title, "clearance: red → gray");
        let formula = clearance.formula().expect("a formula");
        assert!(formula.starts_with("p = 0.03 × pressure"), "{formula}");
        assert!(
            clearance
                .summary()
                .starts_with("Ross and Orion's red-to-blue")
        );
        let table = clearance.blocks.iter().find_map(|b| match b {
            Block::Table { header, rows } => Some((header, rows)),
            _ => None,
        });
        let (header, rows) = table.expect("the factor table");
        assert_eq!(header, &["factor", "driver", "parameter"]);
        assert!(rows.iter().any(|r| r[2] == "clearance_base_per_day"));
        // No rationale paragraph: the first paragraph stands in.
        assert!(
            rule(Rule::LineAdvance)
                .summary()
                .starts_with("Not a probability")
        );
        // snake_case survives the emphasis stripping.
        assert!(
            driver(Driver::DisarmamentShare)
                .summary()
                .contains("1 − disarmament_share")
        );
    }

    /// Every help the reader finds, one after the other, in a form a fixture can hold.
    fn dump(index: &HelpBook) -> String {
        let keys = Driver::ALL
            .iter()
            .map(|d| d.key())
            .chain(CategoricalDriver::ALL.iter().map(|d| d.key()))
            .chain(Rule::ALL.iter().map(|r| r.key()))
            .chain(["explanation"]);
        let helps = index
            .drivers
            .iter()
            .chain(&index.categorical)
            .chain(&index.rules)
            .chain([&index.explanation]);
        keys.zip(helps)
            .map(|(key, help)| format!("== {key}\n{help:#?}\n"))
            .collect()
    }

    /// The fixture holds what the first, hand-written reader made of an excerpt of MODEL.md;
    /// whatever reads the Markdown must give the same blocks, word for word.
    #[test]
    fn the_reader_gives_the_recorded_blocks() {
        let excerpt = include_str!("../../../tests/fixtures/help/model_excerpt.md");
        let recorded = include_str!("../../../tests/fixtures/help/help_blocks.txt");
        // The recording predates later drivers (restricted_band_share): compare the blocks it
        // has, which must still come out word for word.
        let got: String = dump(&HelpBook::parse(excerpt))
            .split("\n== ")
            .filter(|block| {
                let key = block
                    .trim_start_matches("== ")
                    .lines()
                    .next()
                    .unwrap_or_default();
                recorded.contains(&format!("== {key}\n"))
            })
            .collect::<Vec<_>>()
            .join("\n== ");
        for (i, (g, r)) in got.lines().zip(recorded.lines()).enumerate() {
            assert_eq!(g, r, "line {} of help_blocks.txt", i + 1);
        }
        assert_eq!(got.lines().count(), recorded.lines().count());
    }
}
