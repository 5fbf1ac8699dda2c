//! Text from a scenario file on its way out: into a spreadsheet (CSV) or onto a terminal.
//!
//! A title is whatever its author typed, and files travel between strangers. A spreadsheet
//! evaluates a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or carriage
//! return) as a formula; a terminal obeys escape sequences (a title can retitle the window,
//! rewrite earlier lines or hide text); bidirectional overrides make text display in an order
//! other than its own. Everything the program writes that carries such text passes through
//! here; numbers and the program's own words need not.

use std::borrow::Cow;
use std::fmt::Write;

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Characters that reorder how text around them is displayed (embeddings, overrides and
/// isolates). The plain marks U+200E and U+200F are not among them: Arabic and Hebrew text
/// needs them and they cannot hide anything.
#[must_use]
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// User text inside a `# key: value` comment line at the top of a CSV. A spreadsheet opening
/// the file splits that line into cells at every comma or semicolon (which one depends on the
/// locale), so every piece that would become a cell is made safe: a `'` (which spreadsheets take as "this is text" and do not show) goes before a
/// formula character that follows a separator, after any spaces or quotes. Control characters
/// become spaces. (No data cell of any table holds user text; only these header lines do.) The line stays one line, readable by `pandas.read_csv(comment="#")` and by eye.
#[must_use]
pub fn csv_comment(text: &str) -> String {
    let text = without_controls(text);
    let mut out = String::with_capacity(text.len());
    let mut after_separator = false;
    for c in text.chars() {
        if after_separator {
            if FORMULA_STARTS.contains(&c) {
                out.push('\'');
                after_separator = false;
            } else if !matches!(c, ' ' | '"') {
                after_separator = false;
            }
        }
        if matches!(c, ',' | ';') {
            after_separator = true;
        }
        out.push(c);
    }
    out
}

/// Text shown on a terminal: control characters (escape sequences, bells, carriage returns
/// that overwrite a line) and bidirectional overrides are written as visible `\u{..}` escapes,
/// so they reach the screen as characters instead of commands. Line breaks and tabs stay.
#[must_use]
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c);
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Control characters (line breaks included: a cell or a comment line is one line) and
/// bidirectional overrides become spaces.
fn without_controls(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() || is_bidi_control(c);
    if text.chars().any(unsafe_char) {
        Cow::Owned(
            text.chars()
                .map(|c| if unsafe_char(c) { ' ' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// Prints a line on standard error with [`for_terminal`] applied: every message of the
/// command line that may carry a title, a file name or a value from a file goes through it.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::report::safe_text::for_terminal(&format!($($arg)*)))
    };
}

/// As [`say!`], on standard output.
#[macro_export]
macro_rules! tell {
    ($($arg:tt)*) => {
        println!("{}", $crate::report::safe_text::for_terminal(&format!($($arg)*)))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_piece_of_a_comment_line_a_spreadsheet_would_split_off_is_safe() {
        assert_eq!(csv_comment("Baseline,=1+2"), "Baseline,'=1+2");
        assert_eq!(csv_comment("a; -1"), "a; '-1");
        assert_eq!(csv_comment("a, \"=HYPERLINK()\""), "a, \"'=HYPERLINK()\"");
        assert_eq!(csv_comment("a,b=1"), "a,b=1");
        assert_eq!(csv_comment("line\nbreak"), "line break");
        assert_eq!(csv_comment("Phase II, 2026"), "Phase II, 2026");
        for start in ["=", "+", "-", "@"] {
            let safe = csv_comment(&format!("x,{start}1"));
            assert!(safe.starts_with("x,'"), "{safe:?}");
        }
        assert_eq!(
            csv_comment("x,\r=1"),
            "x, '=1",
            "a carriage return is a control"
        );
        assert_eq!(csv_comment("x,\t=1"), "x, '=1", "so is a tab");
    }

    #[test]
    fn escape_sequences_reach_the_terminal_as_text() {
        let title = "Plan\u{1b}]0;pwned\u{7}\u{202e}txt.exe";
        let shown = for_terminal(title);
        assert!(!shown.chars().any(char::is_control), "{shown}");
        assert!(
            shown.contains("\\u{1b}]0;pwned\\u{7}\\u{202e}txt.exe"),
            "{shown}"
        );
        assert_eq!(for_terminal("two\nlines\tand ‏RTL"), "two\nlines\tand ‏RTL");
    }
}
