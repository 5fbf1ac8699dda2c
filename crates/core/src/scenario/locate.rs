//! Finds where in the text each semantic problem lies, so that messages carry line and column,
//! and finds what only the text shows: a parameter given twice.
//!
//! The text, which ron has already accepted, is read once more, one level at a time and only
//! where needed: the top level, then the events list, then an event, each level read once and
//! kept. A level is a record's or map's fields, with where their names stand, and a list's
//! items, each with its extent. A problem's path (`events[3].action.value`) is followed down
//! the levels, and all offsets become lines and columns in one walk over the text, so placing
//! any number of problems takes time in proportion to the file's size, not to the size times
//! the number of problems; a valid file costs a skim of its top level.

use std::collections::HashMap;

use super::errors::Problem;

/// Where a value lies in the text.
#[derive(Clone, Copy, Debug)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Clone, Copy, Debug)]
struct Field<'a> {
    name: &'a str,
    name_at: usize,
    value: Span,
}

/// What a value holds one level down.
#[derive(Debug, Default)]
struct Level<'a> {
    /// `name: value` entries of a record, or `key: value` entries of a map, in text order.
    fields: Vec<Field<'a>>,
    /// List items, or the values inside a variant such as `DeclareHaven(..)`.
    items: Vec<Span>,
}

impl<'a> Level<'a> {
    /// The last field of this name: where two are given, the last is the one that counts.
    fn field(&self, name: &str) -> Option<Field<'a>> {
        self.fields.iter().rfind(|f| f.name == name).copied()
    }

    fn children(&self) -> Vec<Span> {
        self.fields
            .iter()
            .map(|f| f.value)
            .chain(self.items.iter().copied())
            .collect()
    }
}

#[cfg(test)]
thread_local! {
    static SHADOW_PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The text and the levels read so far, for all the problems of one load.
pub(super) struct Locator<'a> {
    text: &'a str,
    top: Option<Span>,
    /// Levels by the start of their value; `None` where the value holds nothing to read.
    levels: HashMap<usize, Option<Level<'a>>>,
}

impl<'a> Locator<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        #[cfg(test)]
        SHADOW_PARSES.set(SHADOW_PARSES.get() + 1);
        let mut reader = Reader::new(text, 0);
        Self {
            text,
            top: reader.document(),
            levels: HashMap::new(),
        }
    }

    /// A problem for every repeat of a key in `parameters`, placed at the repeat and naming
    /// where the key was first given: the file would otherwise mean whatever its last copy
    /// says, unseen by whoever reads the first.
    pub(super) fn duplicates(&mut self) -> Vec<Problem> {
        let Some(parameters) = self
            .top
            .and_then(|top| self.level(top)?.field("parameters"))
        else {
            return Vec::new();
        };
        let Some(entries) = self.level(parameters.value) else {
            return Vec::new();
        };
        let mut first_at: HashMap<&str, usize> = HashMap::new();
        // (key, first offset, repeat offset)
        let mut repeats = Vec::new();
        for entry in &entries.fields {
            match first_at.get(entry.name) {
                Some(&first) => repeats.push((entry.name, first, entry.name_at)),
                None => {
                    first_at.insert(entry.name, entry.name_at);
                }
            }
        }
        let offsets: Vec<usize> = repeats
            .iter()
            .flat_map(|&(_, first, repeat)| [first, repeat])
            .collect();
        let positions = line_cols(self.text, &offsets);
        repeats
            .iter()
            .zip(positions.chunks_exact(2))
            .map(|(&(name, _, _), pair)| {
                let (line, col) = pair[0];
                let mut problem = Problem::new(
                    format!("parameters.{name}"),
                    format!(
                        "parameter \"{name}\" is given twice (first at line {line}, column {col}); keep one"
                    ),
                );
                problem.position = Some(pair[1]);
                problem
            })
            .collect()
    }

    /// Whether the file's top level names `name` (serde defaults cannot tell an absent field
    /// from one written with the default's value).
    pub(super) fn has_top_level_field(&mut self, name: &str) -> bool {
        self.top
            .is_some_and(|top| self.level(top).and_then(|l| l.field(name)).is_some())
    }

    /// The problems with line and column filled in wherever their paths can be found.
    pub(super) fn place(&mut self, mut problems: Vec<Problem>) -> Vec<Problem> {
        let mut found = Vec::new();
        for (i, p) in problems.iter().enumerate() {
            if p.position.is_none()
                && let Some(offset) = self.offset_of(&p.path)
            {
                found.push((i, offset));
            }
        }
        let offsets: Vec<usize> = found.iter().map(|&(_, offset)| offset).collect();
        for (&(i, _), position) in found.iter().zip(line_cols(self.text, &offsets)) {
            problems[i].position = Some(position);
        }
        problems
    }

    /// What `value` holds one level down, read once.
    fn level(&mut self, value: Span) -> Option<&Level<'a>> {
        let text = self.text;
        self.levels
            .entry(value.start)
            .or_insert_with(|| Reader::new(text, value.start).level())
            .as_ref()
    }

    /// Where a path such as `events[3].action.value` points: a top-level field's value, a
    /// list item's start, or a field's name inside its part.
    fn offset_of(&mut self, path: &str) -> Option<usize> {
        // The list as a whole is only ever at fault for being too long: point at the first
        // event over the limit, where cutting should start.
        let path: std::borrow::Cow<'_, str> = if path == "events" {
            format!("events[{}]", super::MAX_EVENTS).into()
        } else {
            path.into()
        };
        let mut value = self.top?;
        let mut at = None;
        for (depth, segment) in path.split('.').enumerate() {
            let (name, index) = match segment.split_once('[') {
                Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
                None => (segment, None),
            };
            // A top-level field points at its value (`version: 0` at the 0); deeper ones at
            // their names. A field not found leaves the position at its part, which still helps.
            let field = if depth == 0 {
                self.level(value).and_then(|l| l.field(name))
            } else {
                self.field_within(value, name, 0)
            };
            let Some(field) = field else {
                break;
            };
            value = field.value;
            at = Some(if depth == 0 {
                value.start
            } else {
                field.name_at
            });
            if let Some(i) = index {
                let Some(item) = self.level(value).and_then(|l| l.items.get(i).copied()) else {
                    break;
                };
                value = item;
                at = Some(item.start);
            }
        }
        at
    }

    /// The field of this name in `value` or inside it, nearest level first
    /// (`Set(driver: .., value: ..)` and `DeclareHaven(Circle(lon: ..))` hold their fields at
    /// different depths).
    fn field_within(&mut self, value: Span, name: &str, depth: usize) -> Option<Field<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let level = self.level(value)?;
        if let Some(field) = level.field(name) {
            return Some(field);
        }
        for child in level.children() {
            if let Some(field) = self.field_within(child, name, depth + 1) {
                return Some(field);
            }
        }
        None
    }
}

/// Line and column of the first copy of a record's field whose repeated name starts at
/// `repeat` (ron names only the repeat), when the text can be read.
pub(super) fn first_copy(text: &str, repeat: usize) -> Option<(usize, usize)> {
    let mut locator = Locator::new(text);
    let mut value = locator.top?;
    for _ in 0..=MAX_DEPTH {
        let level = locator.level(value)?;
        if let Some(copy) = level.fields.iter().find(|f| f.name_at == repeat) {
            let first = level.fields.iter().find(|f| f.name == copy.name)?.name_at;
            return line_cols(text, &[first]).first().copied();
        }
        value = level
            .children()
            .into_iter()
            .find(|child| child.start <= repeat && repeat < child.end)?;
    }
    None
}

/// ron refuses deeper nesting than this before the text is read here; the reader stops too.
const MAX_DEPTH: usize = 2 * super::MAX_NESTING + 2;

/// Reads RON text that ron has accepted already, so it only needs to find extents, not to
/// check; anything it does not follow gives no level (and so no position), never a wrong one.
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, at: usize) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            at,
        }
    }

    /// The span of the document's value, past `#![enable(..)]` attributes.
    fn document(&mut self) -> Option<Span> {
        self.skip_trivia();
        while self.bytes[self.at..].starts_with(b"#!") {
            self.at += 2;
            self.skip()?;
            self.skip_trivia();
        }
        self.skip()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_trivia(&mut self) {
        self.at += skip_trivia(&self.text[self.at..]);
    }

    /// Past one value, however large, without looking inside it.
    fn skip(&mut self) -> Option<Span> {
        self.skip_trivia();
        let start = self.at;
        match self.peek()? {
            b'(' | b'[' | b'{' => self.skip_container()?,
            b'"' => self.at = skip_string(self.bytes, self.at),
            b'\'' => self.at = skip_char(self.bytes, self.at),
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let word = self.word();
                if matches!(word, "r" | "br")
                    && let Some(end) = skip_raw_string(self.bytes, self.at)
                {
                    self.at = end;
                } else if word == "b" && self.peek() == Some(b'"') {
                    self.at = skip_string(self.bytes, self.at);
                } else {
                    // A named record, a variant with contents, or `Some(..)`.
                    let after_word = self.at;
                    self.skip_trivia();
                    if self.peek() == Some(b'(') {
                        self.skip_container()?;
                    } else {
                        self.at = after_word;
                    }
                }
            }
            _ => {
                // A number, or anything else ron took: up to the next separator.
                let rest = &self.bytes[self.at..];
                let len = rest
                    .iter()
                    .position(|b| {
                        b.is_ascii_whitespace()
                            || matches!(b, b',' | b':' | b')' | b']' | b'}' | b'/')
                    })
                    .unwrap_or(rest.len());
                self.at += len.max(1);
            }
        }
        Some(Span {
            start,
            end: self.at,
        })
    }

    /// Past the bracket that closes the one here, stepping over strings and comments.
    fn skip_container(&mut self) -> Option<()> {
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.at += 1;
                }
                b')' | b']' | b'}' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                    if depth == 0 {
                        return Some(());
                    }
                }
                b'"' => self.at = skip_string(self.bytes, self.at),
                b'\'' => self.at = skip_char(self.bytes, self.at),
                b'/' => {
                    let before = self.at;
                    self.skip_trivia();
                    if self.at == before {
                        self.at += 1;
                    }
                }
                b if b.is_ascii_alphabetic() || b == b'_' => {
                    let word = self.word();
                    if matches!(word, "r" | "br")
                        && let Some(end) = skip_raw_string(self.bytes, self.at)
                    {
                        self.at = end;
                    }
                }
                _ => self.at += 1,
            }
        }
        None
    }

    /// The fields and items of the value here, each skipped over.
    fn level(&mut self) -> Option<Level<'a>> {
        self.skip_trivia();
        if self
            .peek()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        {
            self.word();
            self.skip_trivia();
        }
        let close = match self.peek()? {
            b'(' => b')',
            b'[' => b']',
            b'{' => b'}',
            _ => return None,
        };
        self.at += 1;
        let mut level = Level::default();
        loop {
            self.skip_trivia();
            if self.peek()? == close {
                return Some(level);
            }
            let first = self.skip()?;
            self.skip_trivia();
            if self.peek()? == b':' {
                self.at += 1;
                level.fields.push(Field {
                    name: key_name(&self.text[first.start..first.end]),
                    name_at: first.start,
                    value: self.skip()?,
                });
                self.skip_trivia();
            } else {
                level.items.push(first);
            }
            match self.peek()? {
                b',' => self.at += 1,
                c if c == close => {}
                _ => return None,
            }
        }
    }

    fn word(&mut self) -> &'a str {
        let start = self.at;
        // `r#name` is a raw identifier; `r#"..."#` a raw string, left to the caller.
        if self.bytes[self.at..].starts_with(b"r#")
            && self
                .bytes
                .get(self.at + 2)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            self.at += 2;
        }
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
        {
            self.at += 1;
        }
        &self.text[start..self.at]
    }
}

/// A field or map key as written, without a raw identifier's `r#` or a string's quotes.
fn key_name(key: &str) -> &str {
    let key = key.strip_prefix("r#").unwrap_or(key);
    key.strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .unwrap_or(key)
}

/// Length of the blanks and comments at the start of `s`.
fn skip_trivia(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b' ' | b'\n' | b'\r' | b'\t' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => i = skip_line_comment(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_block_comment(bytes, i),
            0x80.. => match s[i..].chars().next() {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => return i,
            },
            _ if b.is_ascii_whitespace() => i += 1,
            _ => return i,
        }
    }
    i
}

fn skip_line_comment(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| from + p + 1)
}

/// RON's block comments nest.
fn skip_block_comment(bytes: &[u8], from: usize) -> usize {
    let mut depth = 0usize;
    let mut i = from;
    while i < bytes.len() {
        match bytes.get(i..i + 2) {
            Some(b"/*") => {
                depth += 1;
                i += 2;
            }
            Some(b"*/") => {
                depth = depth.saturating_sub(1);
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Past a `"…"` string starting at `from`.
fn skip_string(bytes: &[u8], from: usize) -> usize {
    let mut i = from + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Past a `'…'` character starting at `from`.
fn skip_char(bytes: &[u8], from: usize) -> usize {
    let mut i = from + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\'' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Past a raw string `r##"…"##` whose hashes start at `from` (just after the `r`), if it is one.
fn skip_raw_string(bytes: &[u8], from: usize) -> Option<usize> {
    let hashes = bytes[from..].iter().take_while(|&&b| b == b'#').count();
    if bytes.get(from + hashes) != Some(&b'"') {
        return None;
    }
    let mut closing = vec![b'"'];
    closing.extend(std::iter::repeat_n(b'#', hashes));
    let body = from + hashes + 1;
    Some(
        bytes[body..]
            .windows(closing.len())
            .position(|w| w == closing.as_slice())
            .map_or(bytes.len(), |p| body + p + closing.len()),
    )
}

/// The 1-based line and column (in characters) of each offset, in one walk over the text.
fn line_cols(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut positions = vec![(1, 1); offsets.len()];
    let bytes = text.as_bytes();
    let (mut at, mut line, mut col) = (0, 1, 1);
    for i in order {
        let target = offsets[i].min(bytes.len());
        while at < target {
            match bytes[at] {
                b'\n' => {
                    line += 1;
                    col = 1;
                }
                // A continuation byte is part of the character already counted.
                b if b & 0xC0 == 0x80 => {}
                _ => col += 1,
            }
            at += 1;
        }
        positions[i] = (line, col);
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let text = "ab\nصباح x";
        let offset = text.find('x').expect("x present");
        assert_eq!(line_cols(text, &[offset, 0, 1]), [(2, 6), (1, 1), (1, 2)]);
    }

    fn offset(text: &str, path: &str) -> Option<usize> {
        Locator::new(text).offset_of(path)
    }

    #[test]
    fn fields_are_found_by_name_not_in_strings_or_comments() {
        let text = "(events: [(title: \"day: 1\", /* day: 2 */ note: r#\"day: \"3\"#, // day:\n day: 4)], day: 5)";
        assert_eq!(offset(text, "events[0].day"), text.find("day: 4"));
        assert_eq!(offset(text, "day"), text.find('5'));
    }

    #[test]
    fn nested_fields_are_found_at_any_depth_of_their_part() {
        let text = "(events: [(day: 1, action: DeclareHaven(Circle(lon: 34.2, lat: 31.3, radius_km: 0.0))), (day: 2, action: Set(driver: x, value: 1.0))])";
        assert_eq!(
            offset(text, "events[0].action.radius_km"),
            text.find("radius_km")
        );
        assert_eq!(offset(text, "events[1].action.value"), text.find("value"));
        assert_eq!(offset(text, "events[1]"), text.find("(day: 2"));
    }

    #[test]
    fn raw_identifiers_strings_and_extensions_are_followed() {
        let text = "#![enable(implicit_some)]\nScenario(r#meta: (sources: [\"a\", r\"b\", b\"c\", 'x']), parameters: {r#p: 1.0, \"q\": 2.0, p: 3.0})";
        let mut locator = Locator::new(text);
        assert_eq!(locator.offset_of("meta.sources[2]"), text.find("b\"c"));
        assert_eq!(locator.offset_of("parameters.p"), text.find("p: 3.0"));
        let twice = locator.duplicates();
        assert_eq!(twice.len(), 1, "{twice:?}");
        assert_eq!(twice[0].position, Some((2, 86)));
        assert!(
            twice[0].message.contains("first at line 2, column 66"),
            "{twice:?}"
        );
    }

    #[test]
    fn every_bundled_scenario_has_an_outline() {
        for bundled in super::super::BUNDLED {
            let mut locator = Locator::new(bundled.text);
            let top = locator.top.expect(bundled.file_name);
            let events = locator.level(top).and_then(|l| l.field("events"));
            let events = events.expect(bundled.file_name).value;
            let count = locator.level(events).map(|l| l.items.len());
            assert!(count.is_some_and(|n| n > 0), "{}", bundled.file_name);
        }
    }

    #[test]
    fn the_text_is_parsed_once_however_many_problems() {
        let late = "(day: 99, action: Rafah(open)),\n".repeat(50);
        let text = include_str!("../../../../tests/data/minimal.ron")
            .replace("(day: 10, action: Rafah(open)),\n", &late);
        SHADOW_PARSES.set(0);
        let Err(super::super::LoadError::Invalid { problems, .. }) =
            super::super::Scenario::from_ron_str(&text, "late.ron")
        else {
            panic!("expected problems");
        };
        assert_eq!(problems.len(), 50);
        assert!(
            problems.iter().all(|p| p.position.is_some()),
            "{problems:?}"
        );
        assert_eq!(SHADOW_PARSES.get(), 1);
    }
}
