//! What a calendar shows in the interface's language: the first day of the week, the weekdays'
//! initials and a month's title ("March 2026").

use jiff::civil::{Date, Weekday};

use crate::{Language, language, message, tr};

/// The day a week starts on in `language`'s calendars, as its readers' printed and phone
/// calendars have it (CLDR's week data for the countries where it is read):
/// - English: Monday, as ISO 8601 and British usage have it, which fits the day-month-year dates
///   the app writes ("1 Mar 2026");
/// - Arabic: Saturday, as in Egypt, Jordan, Syria, Iraq and the Gulf, where the week ends with
///   Friday, its day of rest;
/// - Hebrew: Sunday, as in Israel, where the days are named by their place from Sunday
///   ("first day", "second day", ...).
#[must_use]
pub const fn first_weekday(language: Language) -> Weekday {
    match language {
        Language::English => Weekday::Monday,
        Language::Arabic => Weekday::Saturday,
        Language::Hebrew => Weekday::Sunday,
    }
}

/// The seven weekdays in the order the interface's language lists them.
#[must_use]
pub fn week() -> [Weekday; 7] {
    let first = first_weekday(language());
    std::array::from_fn(|i| first.wrapping_add(i as i64))
}

/// A weekday's initial or short name for a calendar's column heading ("Mo", "ن", "ב׳").
#[must_use]
pub fn weekday_initial(weekday: Weekday) -> String {
    // Numbered from Monday (1) to Sunday (7), as ISO 8601 numbers them.
    let number = weekday.to_monday_one_offset();
    message(&format!("weekday-{number}"), None)
}

/// A month's title over its calendar grid: "March 2026".
#[must_use]
pub fn month_title(date: Date) -> String {
    let month = message(&format!("month-long-{}", date.month()), None);
    // As text: a year is not a quantity to group into thousands.
    tr!(
        "calendar-month-year",
        month = month,
        year = date.year().to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::set_language;

    #[test]
    fn weeks_start_where_the_language_s_calendars_start_them() {
        set_language(Language::English);
        assert_eq!(week()[0], Weekday::Monday);
        assert_eq!(week()[6], Weekday::Sunday);
        set_language(Language::Arabic);
        assert_eq!(week()[0], Weekday::Saturday);
        assert_eq!(week()[6], Weekday::Friday);
        set_language(Language::Hebrew);
        assert_eq!(week()[0], Weekday::Sunday);
        assert_eq!(week()[6], Weekday::Saturday);
        set_language(Language::English);
    }

    #[test]
    fn months_and_weekdays_are_named_in_the_language() {
        let march = jiff::civil::date(2026, 3, 1);
        set_language(Language::English);
        assert_eq!(month_title(march), "March 2026");
        assert_eq!(weekday_initial(march.weekday()), "Su");
        set_language(Language::Arabic);
        assert_eq!(month_title(march), "مارس 2026");
        assert_eq!(weekday_initial(march.weekday()), "ح");
        set_language(Language::Hebrew);
        assert_eq!(month_title(march), "מרץ 2026");
        assert_eq!(weekday_initial(march.weekday()), "א׳");
        set_language(Language::English);
    }
}
