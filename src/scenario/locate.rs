//! Finds where in the text a semantic problem lies, so that messages carry line and column.
//!
//! The file is parsed a second time into a shadow of the scenario whose parts are raw text
//! slices; a slice's offset in the file gives its position, and a field inside it is found
//! by its name.

use ron::value::RawValue;
use serde::Deserialize;

use super::errors::Problem;

#[derive(Deserialize)]
struct Shadow<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    meta: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    start: Option<&'a RawValue>,
    #[serde(borrow, default)]
    events: Vec<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    parameters: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    version: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    start_date: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    horizon_days: Option<&'a RawValue>,
}

/// RON spells an `Option` as `Some(..)`; a plain field that is there counts as present.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&'de RawValue>::deserialize(d).map(Some)
}

/// Fills in the problem's line and column when its path can be found in `text`.
pub(super) fn place(text: &str, mut problem: Problem) -> Problem {
    problem.position = find(text, &problem.path).map(|offset| line_col(text, offset));
    problem
}

fn find(text: &str, path: &str) -> Option<usize> {
    let shadow: Shadow<'_> = ron::Options::default()
        .with_recursion_limit(super::MAX_NESTING)
        .from_str(text)
        .ok()?;
    let offset_of = |raw: &RawValue| {
        let slice = raw.get_ron();
        let start = slice.len() - slice.trim_start().len();
        (slice.as_ptr() as usize)
            .checked_sub(text.as_ptr() as usize)
            .map(|o| o + start)
    };
    let mut parts = path.splitn(2, '.');
    let head = parts.next()?;
    let tail = parts.next();
    let (raw, rest) = if let Some(index) = head.strip_prefix("events[") {
        let i: usize = index.trim_end_matches(']').parse().ok()?;
        (*shadow.events.get(i)?, tail)
    } else {
        let raw = match head {
            "meta" => shadow.meta?,
            "start" => shadow.start?,
            "parameters" => shadow.parameters?,
            "start_date" => shadow.start_date?,
            "version" => shadow.version?,
            "horizon_days" => shadow.horizon_days?,
            _ => return None,
        };
        (raw, tail)
    };
    let base = offset_of(raw)?;
    let Some(rest) = rest else {
        return Some(base);
    };
    // Walk down the remaining field names (`action.value`), each searched after the last.
    let mut at = base;
    let body = &text[base..base + raw.get_ron().trim_start().len().min(text.len() - base)];
    for field in rest.split('.') {
        let name = field.split('[').next().unwrap_or(field);
        if let Some(found) = find_field(&text[at..base + body.len()], name) {
            at += found;
        }
    }
    Some(at)
}

/// Offset of `name` used as a field (`name:`) or key, as a whole word.
fn find_field(haystack: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = haystack[from..].find(name) {
        let start = from + pos;
        let end = start + name.len();
        let before_ok = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let after = haystack[end..].trim_start();
        if before_ok && (after.starts_with(':') || after.starts_with('(')) {
            return Some(start);
        }
        from = end;
    }
    None
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let text = "ab\nصباح x";
        let offset = text.find('x').expect("x present");
        assert_eq!(line_col(text, offset), (2, 6));
    }

    #[test]
    fn fields_are_found_as_whole_words() {
        let text = "(over_days: 3, day: 5)";
        assert_eq!(find_field(text, "day"), text.find("day:"));
    }
}
