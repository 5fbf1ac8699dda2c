//! The data the program is built from and their licences, read from assets/ATTRIBUTION.md at
//! build time for the app's About window: the notice that ships with the data and the window
//! cannot say different things.

use std::sync::OnceLock;

use super::Help;
use super::markdown::sections;

/// The attribution notice, as built into the program.
pub const ATTRIBUTION_MD: &str = include_str!("../../../../../assets/ATTRIBUTION.md");

/// One entry per section of assets/ATTRIBUTION.md that has text, in the file's order: the
/// heading (a bundled file or a source) as the title, its text as the blocks.
#[must_use]
pub fn sources() -> &'static [Help] {
    static SOURCES: OnceLock<Vec<Help>> = OnceLock::new();
    SOURCES.get_or_init(|| parse(ATTRIBUTION_MD))
}

fn parse(markdown: &str) -> Vec<Help> {
    sections(markdown)
        .into_iter()
        .map(|s| s.help)
        .filter(|h| !h.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_of_the_notice_is_a_source_with_text() {
        let found = sources();
        assert!(!found.is_empty());
        let all: String = found
            .iter()
            .map(|h| format!("{}\n{}\n", h.title, h.plain_text()))
            .collect();
        for name in ["geoBoundaries", "CC BY 4.0", "DejaVu"] {
            assert!(all.contains(name), "{name} is named");
        }
        for h in found {
            assert!(!h.title.is_empty(), "every source has a heading");
        }
    }

    #[test]
    fn text_before_the_first_heading_and_empty_headings_are_left_out() {
        let md = "intro\n\n# Top\n\n## a.csv\n\nFrom A, CC BY.\n\n## b.csv\n";
        let found = parse(md);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "a.csv");
    }
}
