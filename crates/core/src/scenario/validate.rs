//! Semantic checks: every problem in a parsed scenario, not only the first.

use super::date::YEARS;
use super::errors::Problem;
use super::{
    FORMAT_VERSION, MAX_EVENTS, MAX_HORIZON_DAYS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, Scenario,
};
use crate::geo::Governorate;
use crate::model::milestones::{MAX_CONDITION_DEPTH, MAX_CONDITION_TESTS};
use crate::model::{Action, Area, Condition, Driver, DriverValues, Repeat, Threshold, Trigger};

/// Strikes stronger than this are not incidents but a return to war; model that with the
/// violations driver and the line instead.
pub const MAX_STRIKE_INTENSITY: f64 = 10.0;
/// A haven or strike circle larger than this would cover the Strip; use `Strip` instead.
pub const MAX_RADIUS_KM: f64 = 50.0;

/// All the problems found; empty when the scenario is valid.
#[must_use]
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut add = |path: String, message: String| problems.push(Problem::new(path, message));

    if s.version != FORMAT_VERSION {
        add(
            "version".into(),
            format!(
                "version {} is not a gaza-zones file format; write version: {FORMAT_VERSION}",
                s.version
            ),
        );
    }
    if s.meta.title.trim().is_empty() {
        add(
            "meta.title".into(),
            "the title is empty; give the scenario a name".into(),
        );
    } else if let Some(c) = shows_nothing(&s.meta.title) {
        add(
            "meta.title".into(),
            format!(
                "the title shows nothing: it holds only invisible characters such as U+{:04X}; give the scenario a name",
                u32::from(c)
            ),
        );
    }
    check_text(&mut add, "meta.title", &s.meta.title, MAX_TITLE_CHARS);
    check_text(&mut add, "meta.author", &s.meta.author, MAX_TEXT_CHARS);
    check_text(
        &mut add,
        "meta.description",
        &s.meta.description,
        MAX_TEXT_CHARS,
    );
    for (i, source) in s.meta.sources.iter().enumerate() {
        check_text(
            &mut add,
            &format!("meta.sources[{i}]"),
            source,
            MAX_TEXT_CHARS,
        );
    }
    // Reading a file checks its dates' text; a date made in memory may still lie in a year
    // that `YYYY` cannot write, and such a file could not be read back.
    for (path, date) in [
        ("meta.created", s.meta.created),
        ("start_date", Some(s.start_date)),
    ] {
        if let Some(date) = date.filter(|d| !YEARS.contains(&d.year())) {
            add(
                path.into(),
                format!(
                    "{date} lies outside the years {}–{}; choose a date in them",
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
    }
    if s.horizon_days == 0 || s.horizon_days > MAX_HORIZON_DAYS {
        add(
            "horizon_days".into(),
            format!(
                "horizon of {} days is outside 1..={MAX_HORIZON_DAYS} (the limit is ten years)",
                s.horizon_days
            ),
        );
    }
    check_start(&mut add, &s.start);
    if s.events.len() > MAX_EVENTS {
        // Located at the first event over the limit (see locate), which is where to cut.
        add(
            "events".into(),
            format!("{} events, over the limit of {MAX_EVENTS}", s.events.len()),
        );
    }
    for (i, event) in s.events.iter().enumerate() {
        let at = |field: &str| format!("events[{i}].{field}");
        if event.day > s.horizon_days {
            add(
                at("day"),
                format!(
                    "event on day {} is after the horizon ({} days); move it earlier or extend horizon_days",
                    event.day, s.horizon_days
                ),
            );
        }
        check_text(&mut add, &at("title"), &event.title, MAX_TITLE_CHARS);
        // An empty or blank event title is allowed (the list shows the action instead); one
        // made of invisible characters looks blank but is not, so the action would be hidden.
        if !event.title.trim().is_empty()
            && let Some(c) = shows_nothing(&event.title)
        {
            add(
                at("title"),
                format!(
                    "the title shows nothing: it holds only invisible characters such as U+{:04X}; write a title or leave it out",
                    u32::from(c)
                ),
            );
        }
        check_text(&mut add, &at("note"), &event.note, MAX_TEXT_CHARS);
        check_text(&mut add, &at("source"), &event.source, MAX_TEXT_CHARS);
        check_action(&mut add, &at("action"), &event.action);
        if let Some(trigger) = &event.when {
            check_trigger(&mut add, &at("when"), trigger);
        }
    }
    for (param, &value) in &s.parameters {
        let info = param.info();
        check_number(
            &mut add,
            &format!("parameters.{}", info.key),
            info.key,
            value,
            info.min,
            info.max,
            info.unit,
        );
    }
    problems
}

fn check_start(add: &mut impl FnMut(String, String), start: &DriverValues) {
    for driver in Driver::ALL {
        let info = driver.info();
        check_number(
            add,
            &format!("start.{}", info.key),
            info.key,
            start.get(driver),
            info.min,
            info.max,
            info.unit,
        );
    }
}

fn check_action(add: &mut impl FnMut(String, String), at: &str, action: &Action) {
    match action {
        Action::Set { driver, value } => {
            let i = driver.info();
            check_number(
                add,
                &format!("{at}.value"),
                i.key,
                *value,
                i.min,
                i.max,
                i.unit,
            );
        }
        Action::Ramp {
            driver,
            to,
            over_days,
        } => {
            let i = driver.info();
            check_number(add, &format!("{at}.to"), i.key, *to, i.min, i.max, i.unit);
            check_days(add, &format!("{at}.over_days"), *over_days);
        }
        Action::MoveLine {
            held_share,
            over_days,
        } => {
            check_number(
                add,
                &format!("{at}.held_share"),
                "held_share",
                *held_share,
                0.0,
                1.0,
                "share",
            );
            check_days(add, &format!("{at}.over_days"), *over_days);
        }
        Action::Strike { area, intensity } => {
            check_number(
                add,
                &format!("{at}.intensity"),
                "strike intensity",
                *intensity,
                0.0,
                MAX_STRIKE_INTENSITY,
                "1 = one deadly incident",
            );
            check_area(add, &format!("{at}.area"), area);
        }
        Action::DeclareHaven(area) => check_area(add, at, area),
        Action::Deploy { to, troops, .. } => {
            let i = Driver::ForceTroops.info();
            check_number(
                add,
                &format!("{at}.troops"),
                "troops",
                *troops,
                i.min,
                i.max,
                i.unit,
            );
            if to.is_empty() {
                add(
                    format!("{at}.to"),
                    "the force deploys nowhere; name at least one governorate, e.g. to: [rafah]"
                        .to_owned(),
                );
            }
            // A list longer than the governorates repeats one within its first six entries, so
            // the search stops there however long a hostile file makes the list.
            let first = &to[..to.len().min(Governorate::ALL.len() + 1)];
            if let Some(g) = first
                .iter()
                .enumerate()
                .find_map(|(n, g)| first[..n].contains(g).then_some(g))
            {
                add(
                    format!("{at}.to"),
                    format!("{} is listed twice; name each governorate once", g.key()),
                );
            }
        }
        Action::DeployForce(_)
        | Action::WithdrawForce(_)
        | Action::Mandate(_)
        | Action::Governance(_)
        | Action::Rafah(_) => {}
    }
}

fn check_trigger(add: &mut impl FnMut(String, String), at: &str, trigger: &Trigger) {
    let at_condition = format!("{at}.condition");
    let depth = trigger.condition.depth();
    let tests = trigger.condition.tests();
    if depth > MAX_CONDITION_DEPTH {
        add(
            at_condition.clone(),
            format!(
                "the condition nests All and Any {depth} levels deep, over the limit of {MAX_CONDITION_DEPTH}; write it flatter"
            ),
        );
    } else if tests > MAX_CONDITION_TESTS {
        add(
            at_condition.clone(),
            format!(
                "the condition has {tests} tests, over the limit of {MAX_CONDITION_TESTS}; split it over several events"
            ),
        );
    } else {
        check_condition(add, &at_condition, &trigger.condition);
    }
    if let Repeat::Every(days) = trigger.repeat
        && (days == 0 || days > MAX_HORIZON_DAYS)
    {
        add(
            format!("{at}.repeat"),
            format!(
                "Every({days}) is outside 1..={MAX_HORIZON_DAYS} days; write how many days must pass between firings"
            ),
        );
    }
}

/// Each test's threshold in its range; the depth was checked first, so the recursion is short.
fn check_condition(add: &mut impl FnMut(String, String), at: &str, condition: &Condition) {
    let mut threshold = |name: &str, t: Threshold, min: f64, max: f64, unit: &str| {
        check_number(add, at, name, t.value(), min, max, unit);
    };
    match condition {
        Condition::Driver(driver, t) => {
            let i = driver.info();
            threshold(i.key, *t, i.min, i.max, i.unit);
        }
        Condition::Indicator(indicator, t) => {
            threshold(indicator.key(), *t, 0.0, 1.0, "share");
        }
        Condition::Day(t) => threshold(
            "day",
            *t,
            0.0,
            f64::from(MAX_HORIZON_DAYS),
            "days after the start",
        ),
        Condition::All(list) | Condition::Any(list) => {
            if list.is_empty() {
                add(
                    at.to_owned(),
                    "an empty All or Any says nothing; give it conditions, or remove it".into(),
                );
            }
            for c in list {
                check_condition(add, at, c);
            }
        }
    }
}

fn check_area(add: &mut impl FnMut(String, String), at: &str, area: &Area) {
    if let Area::Circle {
        lon,
        lat,
        radius_km,
    } = area
    {
        // The Strip lies within lon 34.22–34.57, lat 31.22–31.60; allow a margin.
        check_number(
            add,
            &format!("{at}.lon"),
            "lon",
            *lon,
            34.1,
            34.7,
            "degrees east",
        );
        check_number(
            add,
            &format!("{at}.lat"),
            "lat",
            *lat,
            31.1,
            31.7,
            "degrees north",
        );
        if !(radius_km.is_finite() && *radius_km > 0.0 && *radius_km <= MAX_RADIUS_KM) {
            add(
                format!("{at}.radius_km"),
                format!(
                    "radius_km is {radius_km}; it must be above 0 and at most {MAX_RADIUS_KM} km"
                ),
            );
        }
    }
}

fn check_days(add: &mut impl FnMut(String, String), at: &str, days: u32) {
    if days > MAX_HORIZON_DAYS {
        add(
            at.to_owned(),
            format!("{days} days is longer than the longest horizon ({MAX_HORIZON_DAYS} days)"),
        );
    }
}

fn check_number(
    add: &mut impl FnMut(String, String),
    at: &str,
    name: &str,
    value: f64,
    min: f64,
    max: f64,
    unit: &str,
) {
    if value.is_nan() {
        add(
            at.to_owned(),
            format!("{name} is NaN; write a number from {min} to {max} ({unit})"),
        );
    } else if value.is_infinite() {
        add(
            at.to_owned(),
            format!("{name} is infinite; write a number from {min} to {max} ({unit})"),
        );
    } else if value < min || value > max {
        add(
            at.to_owned(),
            format!("{name} = {value} is out of range; it must be from {min} to {max} ({unit})"),
        );
    }
}

fn check_text(add: &mut impl FnMut(String, String), at: &str, text: &str, max_chars: usize) {
    // Line breaks and tabs belong in notes; other control characters (NUL, escape codes) only
    // break terminals, CSV headers and other programs that read the file.
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        add(
            at.to_owned(),
            format!(
                "text contains the control character U+{:04X}; remove it",
                u32::from(c)
            ),
        );
    }
    // Overrides and isolates reorder what is shown, so a title or note can read as something
    // other than what the file says. Right-to-left text needs none of them: the letters carry
    // their direction, and the marks U+200E and U+200F (allowed) settle the rare doubt.
    if let Some(c) = text.chars().find(|&c| bidi_control_name(c).is_some()) {
        add(
            at.to_owned(),
            format!(
                "text contains the bidi control U+{:04X} ({}), which can make it read as something else; remove it (right-to-left text and the marks U+200E and U+200F are fine)",
                u32::from(c),
                bidi_control_name(c).unwrap_or_default()
            ),
        );
    }
    let chars = text.chars().count();
    if chars > max_chars {
        add(
            at.to_owned(),
            format!("text of {chars} characters is over the limit of {max_chars}; shorten it"),
        );
    }
}

fn bidi_control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        _ => return None,
    })
}

/// Characters that take no visible space: blanks, zero-width ones, joiners, direction marks,
/// the fillers some scripts define, variation selectors, musical formatting controls and tag
/// characters (which can hide ASCII text inside a title that looks empty).
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || bidi_control_name(c).is_some()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E007F}'
                | '\u{E0100}'..='\u{E01EF}'
        )
}

/// The first invisible character that is not a blank, when `text` shows nothing at all.
fn shows_nothing(text: &str) -> Option<char> {
    if text.chars().all(is_invisible) {
        text.chars().find(|c| !c.is_whitespace())
    } else {
        None
    }
}
