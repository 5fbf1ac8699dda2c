//! Calendar dates in scenario files: `"YYYY-MM-DD"` text in the file, [`Date`] in memory.
//!
//! This is the one place a date is read from text. It is stricter than jiff's own serde
//! support, which also takes `20251117` or `2025-11-17T00:00`: such a file would load but save
//! differently, and a saved file must come back byte for byte.

use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serializer};

/// What every bad date's message says, after the text that was given. The loader recognises
/// it among ron's errors so that the message reaches the reader unchanged.
pub(super) const NOT_A_DATE: &str = "is not a date; write YYYY-MM-DD, e.g. \"2025-11-17\"";

/// Years that `YYYY` can write; a date outside them could be saved but not read back.
pub const YEARS: std::ops::RangeInclusive<i16> = 0..=9999;

/// `YYYY-MM-DD` with a real month and day, and nothing else.
#[must_use]
pub fn parse_iso_date(text: &str) -> Option<Date> {
    // strptime also takes a sign, spaces before a number and one-digit months and days
    // (" 2025-1-17" is ten bytes too), so the shape is checked byte by byte first.
    let shape_ok = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    Date::strptime("%Y-%m-%d", text).ok()
}

fn not_a_date<E: serde::de::Error>(text: &str) -> E {
    E::custom(format!("\"{text}\" {NOT_A_DATE}"))
}

/// A date that must be given: `start_date`.
pub mod required {
    use super::{Date, Deserialize, Deserializer, Serializer, not_a_date, parse_iso_date};

    /// # Errors
    /// When the serializer fails.
    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    /// # Errors
    /// When the value is not a string holding `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_iso_date(&text).ok_or_else(|| not_a_date(&text))
    }
}

/// A date that may be left empty (`""`): `meta.created`. Empty text is kept rather than
/// dropped, so that a file saved without one still says where to write it.
pub mod optional {
    use super::{Date, Deserialize, Deserializer, Serializer, not_a_date, parse_iso_date};

    /// # Errors
    /// When the serializer fails.
    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(date),
            None => serializer.serialize_str(""),
        }
    }

    /// # Errors
    /// When the value is not a string, or is neither empty nor `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.is_empty() {
            return Ok(None);
        }
        parse_iso_date(&text)
            .map(Some)
            .ok_or_else(|| not_a_date(&text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_digit_years_with_real_months_and_days_are_dates() {
        assert_eq!(
            parse_iso_date("2025-11-17"),
            Some(jiff::civil::date(2025, 11, 17))
        );
        for text in [
            "2025-13-01",
            "2025-02-30",
            "20251117",
            "2025-11-17T00:00",
            "+2025-11-17",
            "12025-11-17",
            "2025-1-17",
            " 2025-1-17",
            "2025- 1-17",
            "2025-11- 7",
            "+999-11-17",
            "2025/11/17",
            "",
            "not a date",
        ] {
            assert_eq!(parse_iso_date(text), None, "{text}");
        }
    }

    #[test]
    fn dates_print_as_they_are_read() {
        let date = jiff::civil::date(2025, 1, 7);
        assert_eq!(date.to_string(), "2025-01-07");
        assert_eq!(jiff::civil::date(9, 1, 7).to_string(), "0009-01-07");
    }
}
