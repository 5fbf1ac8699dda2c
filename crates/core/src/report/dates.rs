//! Days of a run as calendar dates, for reading: "17 Mar 2026".

use jiff::civil::Date;

use crate::model::explain::{date_of_day, parse_date};

/// A date as the app and figures show it, e.g. "17 Mar 2026".
#[must_use]
pub fn date_text(date: Date) -> String {
    date.strftime("%-d %b %Y").to_string()
}

/// The calendar date of `day` counted from `start_date` (`YYYY-MM-DD`), e.g. "17 Mar 2026";
/// `None` when `start_date` is not a date.
#[must_use]
pub fn calendar_date(start_date: &str, day: u32) -> Option<String> {
    date_of_day(parse_date(start_date)?, day).map(date_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_from_the_start() {
        assert_eq!(
            calendar_date("2025-11-17", 0).as_deref(),
            Some("17 Nov 2025")
        );
        assert_eq!(
            calendar_date("2025-11-17", 45).as_deref(),
            Some("1 Jan 2026")
        );
        assert_eq!(calendar_date("not a date", 3), None);
    }
}
