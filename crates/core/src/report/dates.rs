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

/// The day, counted from `start` (day 0), on which `date` falls: the inverse of
/// [`date_of_day`]. `None` for a date before the start.
#[must_use]
pub fn day_of_date(start: Date, date: Date) -> Option<u32> {
    // A date difference's largest unit is days by default, so this is the whole count.
    let span = start.until(date).ok()?;
    u32::try_from(span.get_days()).ok()
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

    #[test]
    fn a_date_gives_back_its_day() {
        let start = jiff::civil::date(2025, 11, 17);
        // The user test: 1 March 2026 in a scenario that starts on 17 November 2025
        // (13 days left of November, 31 + 31 + 28 in December to February, then day 1).
        assert_eq!(day_of_date(start, jiff::civil::date(2026, 3, 1)), Some(104));
        assert_eq!(day_of_date(start, start), Some(0));
        assert_eq!(
            day_of_date(start, jiff::civil::date(2027, 12, 31)),
            Some(774)
        );
        assert_eq!(day_of_date(start, jiff::civil::date(2025, 11, 16)), None);
    }

    #[test]
    fn leap_days_count() {
        // 2028 is a leap year: 29 February is a day of its own.
        let start = jiff::civil::date(2028, 2, 1);
        assert_eq!(day_of_date(start, jiff::civil::date(2028, 2, 29)), Some(28));
        assert_eq!(day_of_date(start, jiff::civil::date(2028, 3, 1)), Some(29));
        // 2100 is not (divisible by 100 but not by 400), 2000 was.
        let start = jiff::civil::date(2100, 2, 28);
        assert_eq!(day_of_date(start, jiff::civil::date(2100, 3, 1)), Some(1));
        let start = jiff::civil::date(2000, 2, 28);
        assert_eq!(day_of_date(start, jiff::civil::date(2000, 3, 1)), Some(2));
    }

    #[test]
    fn day_and_date_are_inverse_over_ten_years() {
        let start = jiff::civil::date(2025, 11, 17);
        for day in 0..3_653 {
            let date = date_of_day(start, day).expect("a date");
            assert_eq!(day_of_date(start, date), Some(day));
        }
    }
}
