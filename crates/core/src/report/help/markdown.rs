//! Reads Markdown into sections of plain-text [`Block`]s, with pulldown-cmark.
//!
//! Only what help text needs is kept: paragraphs with their line breaks joined, code blocks line
//! by line, tables as rows of cells, lists as items (nested lists flattened, numbered items
//! keeping their number). Emphasis, code marks, link targets and raw HTML are dropped, so no
//! `#`, `**`, `|` or `](` reaches the screen.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Block, Help};

/// A heading and the blocks under it, up to the next heading of any level.
pub(super) struct Section<'a> {
    pub level: usize,
    /// The heading as written, without its `#` marks: "8.1 `clearance`: red → gray". Sections
    /// are found by the key in code marks, which the plain title no longer shows.
    pub heading: &'a str,
    pub help: Help,
}

/// The sections of `markdown`; text before the first heading belongs to none.
pub(super) fn sections(markdown: &str) -> Vec<Section<'_>> {
    let mut reader = Reader::default();
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).into_offset_iter();
    for (event, range) in events {
        reader.read(event, markdown.get(range).unwrap_or_default());
    }
    reader.sections
}

/// "8.1 clearance: red → gray" → "clearance: red → gray".
pub(super) fn strip_number(heading: &str) -> &str {
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

/// The state of a walk through the parser's events.
#[derive(Default)]
struct Reader<'a> {
    sections: Vec<Section<'a>>,
    /// Inline text of the heading, paragraph, item or table cell being read.
    text: String,
    /// The raw lines of the code block being read, if one is.
    code: Option<String>,
    /// For each open list, the number of its next item (`None`: a bulleted list).
    lists: Vec<Option<u64>>,
    /// The open item's number as shown ("2. "), empty for a bullet.
    item_prefix: String,
    items: Vec<String>,
    row: Vec<String>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl<'a> Reader<'a> {
    fn read(&mut self, event: Event<'_>, source: &'a str) {
        match event {
            Event::Start(tag) => self.start(&tag, source),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => match &mut self.code {
                Some(code) => code.push_str(&text),
                None => self.text.push_str(&text),
            },
            // The words inside code marks stay; only the marks go.
            Event::Code(text) => self.text.push_str(&text),
            Event::SoftBreak | Event::HardBreak => self.text.push(' '),
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>, source: &'a str) {
        match tag {
            Tag::Heading { level, .. } => {
                self.text.clear();
                self.sections.push(Section {
                    level: *level as usize,
                    heading: source.trim().trim_start_matches('#').trim(),
                    help: Help::default(),
                });
            }
            Tag::CodeBlock(_) => self.code = Some(String::new()),
            Tag::List(first) => {
                // A nested list ends the text of the item it sits in: items are kept flat.
                self.end_item();
                self.lists.push(*first);
            }
            Tag::Item => {
                self.text.clear();
                self.item_prefix = match self.lists.last_mut() {
                    Some(Some(number)) => {
                        let prefix = format!("{number}. ");
                        *number += 1;
                        prefix
                    }
                    _ => String::new(),
                };
            }
            Tag::TableCell => self.text.clear(),
            Tag::Paragraph => {
                if self.lists.is_empty() {
                    self.text.clear();
                } else if !self.text.is_empty() {
                    // The next paragraph of a loose list's item.
                    self.text.push(' ');
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                let title = plain(strip_number(&plain(&self.text)));
                if let Some(section) = self.sections.last_mut() {
                    section.help.title = title;
                }
                self.text.clear();
            }
            TagEnd::Paragraph if self.lists.is_empty() => {
                let paragraph = plain(&self.text);
                self.text.clear();
                self.push(Block::Paragraph(paragraph));
            }
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                let lines: Vec<&str> = code.lines().map(str::trim_end).collect();
                self.push(Block::Code(lines.join("\n")));
            }
            TagEnd::Item => self.end_item(),
            TagEnd::List(_) => {
                self.lists.pop();
                if self.lists.is_empty() {
                    let items = std::mem::take(&mut self.items);
                    self.push(Block::Items(items));
                }
            }
            TagEnd::TableCell => {
                self.row.push(plain(&self.text));
                self.text.clear();
            }
            TagEnd::TableHead => self.header = std::mem::take(&mut self.row),
            TagEnd::TableRow => {
                let row = std::mem::take(&mut self.row);
                self.rows.push(row);
            }
            TagEnd::Table => {
                let header = std::mem::take(&mut self.header);
                let rows = std::mem::take(&mut self.rows);
                self.push(Block::Table { header, rows });
            }
            _ => {}
        }
    }

    /// Keeps the open item's text, if it has any, as an item.
    fn end_item(&mut self) {
        let text = plain(&self.text);
        self.text.clear();
        if !text.is_empty() {
            let prefix = std::mem::take(&mut self.item_prefix);
            self.items.push(prefix + &text);
        }
    }

    fn push(&mut self, block: Block) {
        if let Some(section) = self.sections.last_mut() {
            section.help.blocks.push(block);
        }
    }
}

/// Runs of white space, line breaks included, as one space.
fn plain(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_markdown_becomes_plain_text() {
        let md = "# Top\n\n## 1. Part\n\nSome **bold** and *italic* text with `code_here` and \
                  a [link](https://example.org),\nwrapped onto two lines.\n\n\
                  ```\np = a × b\n    × c\n```\n\n| h1 | h2 |\n|---|---:|\n| `x` | **y** |\n\n\
                  - one\n  continued\n- two\n\n1. first\n2. second\n\n---\n\n### 1.1 Next\n\nEnd.\n";
        let found = sections(md);
        assert_eq!(found.len(), 3);
        let part = &found[1].help;
        assert_eq!(part.title, "Part");
        assert_eq!(found[1].heading, "1. Part");
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
        assert_eq!(found[2].help.title, "Next");
        assert_eq!(
            part.plain_text().lines().nth(5),
            Some("h1 — h2"),
            "{}",
            part.plain_text()
        );
        // A `#` inside a formula is not a heading.
        assert_eq!(sections("## A\n```\n# not a heading\n```\n").len(), 1);
    }

    #[test]
    fn nested_and_loose_lists_become_flat_items_and_html_goes() {
        let md = "## A\n\n3. three\n\n   more of three\n4. four\n   - inner\n\n\
                  <!-- a note to editors -->\n\n<b>bold</b> words\n";
        let found = sections(md);
        assert_eq!(
            found[0].help.blocks,
            vec![
                Block::Items(vec![
                    "3. three more of three".to_owned(),
                    "4. four".to_owned(),
                    "inner".to_owned(),
                ]),
                // Raw HTML goes, its words stay.
                Block::Paragraph("bold words".to_owned()),
            ]
        );
    }
}
