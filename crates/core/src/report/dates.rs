//! Days of a run as calendar dates, for reading: "17 Mar 2026".

use jiff::civil::Date;

use crate::model::explain::date_of_day;

/// A date as the app and figures show it, e.g. "17 Mar 2026".
#[must_use]
pub fn date_text(date: Date) -> String {
    date.strftime("%-d %b %Y").to_string()
}

/// The calendar date of `day` counted from `start` (day 0), e.g. "17 Mar 2026"; `None` past
/// the calendar's end.
#[must_use]
pub fn calendar_date(start: Date, day: u32) -> Option<String> {
    date_of_day(start, day).map(date_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_from_the_start() {
        let start = jiff::civil::date(2025, 11, 17);
        assert_eq!(calendar_date(start, 0).as_deref(), Some("17 Nov 2025"));
        assert_eq!(calendar_date(start, 45).as_deref(), Some("1 Jan 2026"));
        assert_eq!(calendar_date(Date::MAX, 3), None);
    }

    #[test]
    fn day_774_is_the_end_of_the_un_mandate() {
        let start = jiff::civil::date(2025, 11, 17);
        assert_eq!(calendar_date(start, 774).as_deref(), Some("31 Dec 2027"));
    }
}
