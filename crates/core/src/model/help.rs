//! Help text for every driver and rule, taken from docs/MODEL.md at build time, so that the app
//! and the document can never say different things.
//!
//! The document is plain Markdown. A rule's help is its section 8.x (headed `` `key`: … ``); a
//! driver's is its short section under 5.4 (a level-4 heading `` `key`: … ``). The Markdown is
//! turned into [`Block`]s of plain text: paragraphs with their line breaks joined, formulas
//! kept line by line, tables as rows of cells, lists as items; emphasis, code marks and link
//! targets are dropped, so no `#`, `**` or `|` ever reaches the screen.

use std::sync::OnceLock;

use super::drivers::{CategoricalDriver, Driver};
use super::rules::Rule;

/// The model document, as built into the program.
pub const MODEL_MD: &str = include_str!("../../../../docs/MODEL.md");

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
    pub fn summary(&self) -> String {
        let paragraphs = || {
            self.blocks.iter().filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.as_str()),
                _ => None,
            })
        };
        if let Some(why) = paragraphs().find_map(|p| p.strip_prefix("Rationale.")) {
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
}

struct Index {
    drivers: Vec<Help>,
    categorical: Vec<Help>,
    rules: Vec<Help>,
    explanation: Help,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::parse(MODEL_MD))
}

impl Index {
    /// The help of every driver and rule, and the explanation, as `markdown` writes them.
    fn parse(markdown: &str) -> Self {
        let sections = sections(markdown);
        let keyed = |level: usize, key: &str| {
            let mark = format!("`{key}`");
            sections
                .iter()
                .find(|s| s.level == level && strip_number(s.heading).starts_with(&mark))
                .map(Section::help)
                .unwrap_or_default()
        };
        Index {
            drivers: Driver::ALL.iter().map(|d| keyed(4, d.key())).collect(),
            categorical: CategoricalDriver::ALL
                .iter()
                .map(|d| keyed(4, d.key()))
                .collect(),
            rules: Rule::ALL.iter().map(|r| keyed(3, r.key())).collect(),
            explanation: sections
                .iter()
                .find(|s| s.level == 2 && strip_number(s.heading).starts_with("Why a cell"))
                .map(Section::help)
                .unwrap_or_default(),
        }
    }
}

static EMPTY: Help = Help {
    title: String::new(),
    blocks: Vec::new(),
};

/// A numeric driver's help (docs/MODEL.md section 5.4).
#[must_use]
pub fn driver(driver: Driver) -> &'static Help {
    let i = Driver::ALL.iter().position(|&d| d == driver);
    i.and_then(|i| index().drivers.get(i)).unwrap_or(&EMPTY)
}

/// A categorical driver's help (docs/MODEL.md section 5.4).
#[must_use]
pub fn categorical(driver: CategoricalDriver) -> &'static Help {
    let i = CategoricalDriver::ALL.iter().position(|&d| d == driver);
    i.and_then(|i| index().categorical.get(i)).unwrap_or(&EMPTY)
}

/// A rule's help (docs/MODEL.md section 8).
#[must_use]
pub fn rule(rule: Rule) -> &'static Help {
    index().rules.get(rule as usize).unwrap_or(&EMPTY)
}

/// How a cell's history is explained (docs/MODEL.md, "Why a cell changed").
#[must_use]
pub fn explanation() -> &'static Help {
    &index().explanation
}

/// The help of a driver (numeric or categorical) or rule named by its key.
#[must_use]
pub fn for_key(key: &str) -> Option<&'static Help> {
    if let Some(&d) = Driver::ALL.iter().find(|d| d.key() == key) {
        return Some(driver(d));
    }
    if let Some(&d) = CategoricalDriver::ALL.iter().find(|d| d.key() == key) {
        return Some(categorical(d));
    }
    Rule::ALL.iter().find(|r| r.key() == key).map(|&r| rule(r))
}

/// A heading and the lines under it, up to the next heading of any level.
struct Section<'a> {
    level: usize,
    heading: &'a str,
    lines: Vec<&'a str>,
}

impl Section<'_> {
    fn help(&self) -> Help {
        Help {
            title: inline(strip_number(self.heading)),
            blocks: blocks(&self.lines),
        }
    }
}

fn sections(markdown: &str) -> Vec<Section<'_>> {
    let mut out: Vec<Section<'_>> = Vec::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        let level = line.chars().take_while(|&c| c == '#').count();
        if !in_code && level > 0 && line[level..].starts_with(' ') {
            out.push(Section {
                level,
                heading: line[level..].trim(),
                lines: Vec::new(),
            });
        } else if let Some(section) = out.last_mut() {
            section.lines.push(line);
        }
    }
    out
}

/// "8.1 `clearance`: red → gray" → "`clearance`: red → gray".
fn strip_number(heading: &str) -> &str {
    let first = heading.split_whitespace().next().unwrap_or_default();
    let numbered = !first.is_empty()
        && first
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.');
    if numbered {
        heading[first.len()..].trim_start()
    } else {
        heading
    }
}

fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut code: Option<Vec<&str>> = None;

    fn flush(
        out: &mut Vec<Block>,
        paragraph: &mut Vec<&str>,
        items: &mut Vec<String>,
        table: &mut Vec<Vec<String>>,
    ) {
        if !paragraph.is_empty() {
            out.push(Block::Paragraph(inline(&paragraph.join(" "))));
            paragraph.clear();
        }
        if !items.is_empty() {
            out.push(Block::Items(items.iter().map(|i| inline(i)).collect()));
            items.clear();
        }
        if !table.is_empty() {
            let mut rows = std::mem::take(table).into_iter();
            let header = rows.next().unwrap_or_default();
            out.push(Block::Table {
                header,
                rows: rows.collect(),
            });
        }
    }

    for &line in lines {
        let trimmed = line.trim();
        if let Some(code_lines) = &mut code {
            if trimmed.starts_with("```") {
                out.push(Block::Code(code_lines.join("\n")));
                code = None;
            } else {
                code_lines.push(line.trim_end());
            }
            continue;
        }
        if trimmed.starts_with("```") {
            flush(&mut out, &mut paragraph, &mut items, &mut table);
            code = Some(Vec::new());
        } else if trimmed.is_empty() || trimmed == "---" {
            flush(&mut out, &mut paragraph, &mut items, &mut table);
        } else if trimmed.starts_with('|') {
            if !paragraph.is_empty() || !items.is_empty() {
                flush(&mut out, &mut paragraph, &mut items, &mut table);
            }
            let is_rule = trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
            if !is_rule {
                table.push(table_cells(trimmed));
            }
        } else if let Some(item) = list_item(trimmed) {
            if !paragraph.is_empty() || !table.is_empty() {
                flush(&mut out, &mut paragraph, &mut items, &mut table);
            }
            items.push(item);
        } else if !items.is_empty() && line.starts_with(' ') {
            // An item's continuation line.
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
        } else {
            if !items.is_empty() || !table.is_empty() {
                flush(&mut out, &mut paragraph, &mut items, &mut table);
            }
            paragraph.push(trimmed);
        }
    }
    if let Some(code_lines) = code {
        out.push(Block::Code(code_lines.join("\n")));
    }
    flush(&mut out, &mut paragraph, &mut items, &mut table);
    out
}

/// "- text" → "text"; "2. text" → "2. text" (the number stays, it carries meaning).
fn list_item(line: &str) -> Option<String> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some(rest.to_owned());
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then(|| line.to_owned())
}

fn table_cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| inline(c.trim())).collect()
}

/// Inline Markdown to plain text: emphasis marks and code marks dropped (text inside code
/// marks kept as written), links reduced to their text, runs of spaces collapsed.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' => in_code = !in_code,
            '*' | '_' if !in_code && is_emphasis(c, &out, chars.peek().copied()) => {}
            '[' if !in_code => {
                // A link: keep the text, drop "(target)".
                let rest: String = chars.clone().collect();
                if let Some(close) = rest.find("](")
                    && let Some(end) = rest[close..].find(')')
                {
                    out.push_str(&rest[..close]);
                    for _ in 0..rest[..close + end + 1].chars().count() {
                        chars.next();
                    }
                } else {
                    out.push(c);
                }
            }
            '\\' if !in_code => {
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a `*` or `_` is an emphasis mark rather than part of a word (`snake_case`): a mark
/// touches a word on one side only.
fn is_emphasis(c: char, before: &str, next: Option<char>) -> bool {
    if c == '*' {
        return true;
    }
    let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    !(word(before.chars().last()) && word(next))
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
    fn dump(index: &Index) -> String {
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
        let excerpt = include_str!("../../tests/fixtures/help/model_excerpt.md");
        let recorded = include_str!("../../tests/fixtures/help/help_blocks.txt");
        let got = dump(&Index::parse(excerpt));
        for (i, (g, r)) in got.lines().zip(recorded.lines()).enumerate() {
            assert_eq!(g, r, "line {} of help_blocks.txt", i + 1);
        }
        assert_eq!(got.lines().count(), recorded.lines().count());
    }

    #[test]
    fn simple_markdown_becomes_plain_text() {
        let md = "# Top\n\n## 1. Part\n\nSome **bold** and *italic* text with `code_here` and \
                  a [link](https://example.org),\nwrapped onto two lines.\n\n\
                  ```\np = a × b\n    × c\n```\n\n| h1 | h2 |\n|---|---:|\n| `x` | **y** |\n\n\
                  - one\n  continued\n- two\n\n1. first\n2. second\n\n---\n\n### 1.1 Next\n\nEnd.\n";
        let found = sections(md);
        assert_eq!(found.len(), 3);
        let part = found[1].help();
        assert_eq!(part.title, "Part");
        assert_eq!(
            part.blocks,
            vec![
                Block::Paragraph(
                    "Some bold and italic text with code_here and a link, wrapped onto two lines."
                        .to_owned()
                ),
                Block::Code("p = a × b\n    × c".to_owned()),
                Block::Table {
                    header: vec!["h1".to_owned(), "h2".to_owned()],
                    rows: vec![vec!["x".to_owned(), "y".to_owned()]],
                },
                Block::Items(vec!["one continued".to_owned(), "two".to_owned()]),
                Block::Items(vec!["1. first".to_owned(), "2. second".to_owned()]),
            ]
        );
        assert_eq!(found[2].help().title, "Next");
        assert_eq!(
            part.plain_text().lines().nth(5),
            Some("h1 — h2"),
            "{}",
            part.plain_text()
        );
        // A `#` inside a formula is not a heading.
        assert_eq!(sections("## A\n```\n# not a heading\n```\n").len(), 1);
    }
}
