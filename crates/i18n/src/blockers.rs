//! Why nothing changes, in words and in the thread's language (`model::blockers` gives the
//! numbers): one plain sentence per way out of a zone, saying whether it can happen and, if it
//! cannot or barely can, which factors hold it back and which drivers, parameters or facts of
//! the cell make them so. The app's "Why nothing moves", a cell's "Why not" and
//! `gaza-zones explain` all say it in these words.
//!
//! Each sentence is one message of `locales/*/blockers.ftl`; the clauses inside it (why one
//! factor is small) are messages too, joined by [`clauses`]. Zones reach the messages as their
//! keys (`red`, …) where a language must agree a word with them, so that each language picks
//! its own form. The wording is neutral: it states what the model's inputs are, not what
//! anyone should do.

use gz_core::geo::Governorate;
use gz_core::model::blockers::{
    CellBlockers, PlaceWayOut, Status, StripBlockers, WayOut, is_area_factor,
};
use gz_core::model::explain::{DriverReading, Factor, InputValue};
use gz_core::model::rules::table::{Formula, Input};
use gz_core::model::{Mode, Param, Rule, Zone, rules};
use gz_core::report::explain::num;

use crate::{Language, language, names, tr};

/// "clearance (red → gray)": a rule and the change it makes out of `from`. The rule's key
/// stays English in every language, as docs/MODEL.md and the help name it.
#[must_use]
pub fn transition(rule: Rule, from: Zone) -> String {
    tr!(
        "blockers-transition",
        rule = rule_words(rule),
        from = names::zone(from),
        to = names::zone(rules::destination(rule))
    )
}

/// The words of a rule's key: "haven to reconstruction".
fn rule_words(rule: Rule) -> String {
    rule.key().replace('_', " ")
}

/// A sentence with its first letter capitalised (in the languages that have capitals).
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "about once in 240 days" or "about once in 68 years", for a daily probability above 0.
#[must_use]
pub fn pace(probability: f64) -> String {
    let days = 1.0 / probability;
    if days < 730.0 {
        let days = days.round();
        tr!("blockers-pace-days", count = days, n = num(days))
    } else {
        let years = (days / 365.25).round();
        tr!("blockers-pace-years", count = years, n = num(years))
    }
}

/// "Held back: it would happen about once in 10 years or more rarely…", under the Strip's
/// sentences in the app, with the command that lists every way out of `day`.
#[must_use]
pub fn held_back_note(day: u32) -> String {
    tr!(
        "blockers-held-back-note",
        pace = pace(gz_core::model::blockers::HELD_BACK_BELOW_PER_DAY),
        day = day
    )
}

/// What a cell's ways out are, for the hover of its "Why not".
#[must_use]
pub fn cell_hover() -> String {
    tr!(
        "blockers-cell-hover",
        pace = pace(gz_core::model::blockers::HELD_BACK_BELOW_PER_DAY)
    )
}

/// Clauses of one sentence, each complete, joined: "a; b" ("a؛ b" in Arabic).
#[must_use]
pub fn clauses(parts: &[String]) -> String {
    let separator = match language() {
        Language::Arabic => "؛ ",
        Language::English | Language::Hebrew => "; ",
    };
    parts.join(separator)
}

/// Items of a list, joined with commas: "red 120 km², gray 40 km²".
#[must_use]
pub fn commas(items: &[String]) -> String {
    let separator = match language() {
        Language::Arabic => "، ",
        Language::English | Language::Hebrew => ", ",
    };
    items.join(separator)
}

/// "North Gaza, Gaza and Rafah"; in Arabic each item after the first joined with "و", in
/// Hebrew the last one with "ו" (written "ו-" before a digit or a Latin letter).
#[must_use]
pub fn and_list(items: &[String]) -> String {
    let Some((last, rest)) = items.split_last() else {
        return String::new();
    };
    if rest.is_empty() {
        return last.clone();
    }
    match language() {
        Language::English => format!("{} and {last}", rest.join(", ")),
        Language::Arabic => items
            .iter()
            .enumerate()
            .map(|(i, item)| match i {
                0 => item.clone(),
                _ => format!(" {}", joined_to("و", item, " ")),
            })
            .collect(),
        Language::Hebrew => format!("{} {}", rest.join(", "), joined_to("ו", last, "-")),
    }
}

/// Alternatives: "a or b" ("a أو b", "a או b").
#[must_use]
pub fn or_list(items: &[String]) -> String {
    let separator = match language() {
        Language::English => " or ",
        Language::Arabic => " أو ",
        Language::Hebrew => " או ",
    };
    items.join(separator)
}

/// A one-letter conjunction written onto the next word, or with `apart` between them when the
/// word does not start with a letter of the conjunction's script.
fn joined_to(conjunction: &str, word: &str, apart: &str) -> String {
    let same_script = word.chars().next().is_some_and(|c| {
        matches!(c, '\u{0590}'..='\u{05FF}' | '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
    });
    if same_script {
        format!("{conjunction}{word}")
    } else {
        format!("{conjunction}{apart}{word}")
    }
}

/// In expected-value mode a zone the cell is in with at least this chance is spoken of as its
/// zone, without "for its 99.9 % chance of being red".
const ALMOST_SURE: f64 = 0.995;

/// Where the force is or is not: a governorate, or "there" in a sentence that names the places
/// itself.
#[derive(Clone, Copy, Debug)]
enum Place {
    Named(Governorate),
    There,
}

fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Stochastic => "stochastic",
        Mode::Expected => "expected",
    }
}

/// One sentence per way out of each zone the cell is in: whether it can happen that day and,
/// where it cannot or barely can, what holds it back.
#[must_use]
pub fn cell_sentences(b: &CellBlockers) -> Vec<String> {
    sentences_of(b, |_| true)
}

/// The sentences of [`cell_sentences`] for the ways out that cannot happen or are held back.
#[must_use]
pub fn cell_blocker_sentences(b: &CellBlockers) -> Vec<String> {
    sentences_of(b, |w| w.status() != Status::Open)
}

fn sentences_of(b: &CellBlockers, keep: impl Fn(&WayOut) -> bool) -> Vec<String> {
    let place = Place::Named(b.governorate);
    let mut out = Vec::new();
    for zw in &b.zones {
        let chance = if b.mode == Mode::Expected && zw.weight < ALMOST_SURE {
            let phrase = tr!(
                "blockers-zone-chance",
                percent = num(zw.weight * 100.0),
                zone = zw.zone.key()
            );
            format!(" {phrase}")
        } else {
            String::new()
        };
        for way in zw.ways_out.iter().filter(|w| keep(w)) {
            out.push(way_sentence(way, zw.zone, &chance, place));
        }
    }
    out
}

fn way_sentence(way: &WayOut, from: Zone, chance: &str, place: Place) -> String {
    let transition = transition(way.rule, from);
    let p = way.probability;
    let sentence = match way.status() {
        Status::Open => tr!(
            "blockers-cell-open",
            transition = transition,
            chance = chance,
            probability = num(p),
            pace = pace(p)
        ),
        Status::Cannot => tr!(
            "blockers-cell-cannot",
            transition = transition,
            chance = chance,
            reasons = reasons(way, place)
        ),
        Status::HeldBack => tr!(
            "blockers-cell-held-back",
            transition = transition,
            chance = chance,
            probability = num(p),
            pace = pace(p),
            reasons = reasons(way, place)
        ),
    };
    capitalise(&sentence)
}

/// The blocking factors of a way out, each as a clause, joined.
fn reasons(way: &WayOut, place: Place) -> String {
    let parts: Vec<String> = way
        .blocking()
        .map(|f| factor_reason(f, &way.drivers, place))
        .collect();
    clauses(&parts)
}

/// Why one factor is as small as it is, traced to the drivers, parameters and facts of the cell
/// behind it.
#[must_use]
pub fn factor_clause(f: &Factor, drivers: &[DriverReading], governorate: Governorate) -> String {
    factor_reason(f, drivers, Place::Named(governorate))
}

fn factor_reason(f: &Factor, drivers: &[DriverReading], place: Place) -> String {
    let value = num(f.value);
    let param = num(f.param_value.unwrap_or(f64::NAN));
    let first = f.inputs.first();
    let clause =
        |i: Option<&InputValue>| i.map_or_else(String::new, |x| input_clause(x, drivers, place));
    let input = || num(first.map_or(f64::NAN, InputValue::value));
    match f.formula {
        Formula::Rate(p) => tr!("blockers-base-rate", param = p.key(), value = value),
        Formula::Pressure(_) => pressure_clause(f, drivers, place),
        Formula::Either(..) => security_clause(f, drivers, place),
        Formula::Share(_) => clause(first),
        Formula::Lerp(..) => {
            if first.is_some_and(|x| x.value() <= 0.0) {
                tr!("blockers-at-floor", clause = clause(first), floor = param)
            } else {
                tr!(
                    "blockers-lerp",
                    clause = clause(first),
                    floor = param,
                    value = value
                )
            }
        }
        Formula::Lack(_) => tr!(
            "blockers-lack",
            clause = clause(first),
            input = input(),
            value = value
        ),
        Formula::Brake(..) => tr!(
            "blockers-brake",
            clause = clause(first),
            weight = param,
            input = input(),
            value = value
        ),
    }
}

/// "zero" when a factor is 0, "some" when it is above (then it is "only" that much).
fn level(value: f64) -> &'static str {
    if value > 0.0 { "some" } else { "zero" }
}

/// The pressure to disarm: agreed disarmament, or an enforcing force standing in for it.
fn pressure_clause(f: &Factor, drivers: &[DriverReading], place: Place) -> String {
    let disarmament = f.inputs.first().map_or(f64::NAN, InputValue::value);
    let weight = f.param_value.unwrap_or(f64::NAN);
    let force = match f.inputs.get(1) {
        Some(&InputValue::Force {
            share,
            cover,
            monitor_share,
            ..
        }) => {
            if weight <= 0.0 {
                tr!(
                    "blockers-no-stand-in",
                    param = Param::ForcedDisarmamentWeight.key()
                )
            } else {
                force_reason(share, cover, monitor_share, troops(drivers), place)
            }
        }
        _ => String::new(),
    };
    tr!(
        "blockers-pressure",
        level = level(f.value),
        value = num(f.value),
        disarmament = num(disarmament),
        force = force
    )
}

/// Security for a haven (model 3): an enforcing force where it is, or secured ground around.
fn security_clause(f: &Factor, drivers: &[DriverReading], place: Place) -> String {
    let force = match f.inputs.first() {
        Some(&InputValue::Force {
            share,
            cover,
            monitor_share,
            ..
        }) => {
            if share > 0.0 {
                tr!("blockers-force-covers", share = num(share))
            } else if monitor_share.is_some() && cover > 0.0 {
                tr!("blockers-monitor-secures-nothing")
            } else {
                force_reason(share, cover, monitor_share, troops(drivers), place)
            }
        }
        _ => String::new(),
    };
    let ground = f
        .inputs
        .get(1)
        .map_or_else(String::new, |x| input_clause(x, drivers, place));
    tr!(
        "blockers-security",
        level = level(f.value),
        value = num(f.value),
        force = force,
        ground = ground
    )
}

/// Why the force's share (enforcement or deterrence) is what it is.
fn force_reason(
    share: f64,
    cover: f64,
    monitor_share: Option<f64>,
    troops: Option<f64>,
    place: Place,
) -> String {
    if troops.is_some_and(|t| t <= 0.0) {
        tr!("blockers-no-troops")
    } else if cover <= 0.0 {
        match place {
            Place::Named(g) => tr!(
                "blockers-not-deployed-in",
                governorate = names::governorate(g)
            ),
            Place::There => tr!("blockers-not-deployed-there"),
        }
    } else if let Some(m) = monitor_share {
        tr!(
            "blockers-monitor-share",
            share = num(share),
            cover = num(cover),
            monitor = num(m)
        )
    } else {
        tr!("blockers-enforces", cover = num(cover))
    }
}

fn troops(drivers: &[DriverReading]) -> Option<f64> {
    drivers.iter().find_map(|d| match *d {
        DriverReading::ForceTroops { troops, .. } => Some(troops),
        _ => None,
    })
}

/// Which force share an input is, for `blockers-force-share`.
fn force_share_key(input: Input) -> &'static str {
    match input {
        Input::Enforcement => "enforcement",
        Input::EnforcingPresence => "presence",
        _ => "deterrence",
    }
}

/// An input as a clause: "disarmament is 0", "no haven has been declared here".
fn input_clause(x: &InputValue, drivers: &[DriverReading], place: Place) -> String {
    match *x {
        InputValue::Aid {
            share,
            trucks_per_day,
            rafah_trucks_per_day,
            target_trucks_per_day,
        } => tr!(
            "blockers-aid",
            share = num(share),
            trucks = num(trucks_per_day + rafah_trucks_per_day),
            rafah = num(rafah_trucks_per_day),
            target = num(target_trucks_per_day)
        ),
        InputValue::Funding {
            share,
            usd_bn_per_year,
            need_usd_bn_per_year,
        } => tr!(
            "blockers-funding",
            share = num(share),
            usd = num(usd_bn_per_year),
            need = num(need_usd_bn_per_year)
        ),
        InputValue::Governance { level, share } => tr!(
            "blockers-governance",
            level = names::governance(level),
            share = num(share)
        ),
        InputValue::Disarmament { share } => tr!("blockers-disarmament", share = num(share)),
        InputValue::ArabParticipation { share } => {
            tr!("blockers-arab-participation", share = num(share))
        }
        InputValue::ArmedStrength { share } => match place {
            Place::Named(g) => tr!(
                "blockers-armed-strength-in",
                governorate = names::governorate(g),
                share = num(share)
            ),
            Place::There => tr!("blockers-armed-strength-there", share = num(share)),
        },
        InputValue::Force {
            input,
            share,
            cover,
            monitor_share,
        } => tr!(
            "blockers-force-share",
            what = force_share_key(input),
            share = num(share),
            reason = force_reason(share, cover, monitor_share, troops(drivers), place)
        ),
        InputValue::Violence {
            index,
            violations_per_week,
            strike_incidents_per_week,
            ..
        } => {
            if index <= 0.0 {
                tr!("blockers-no-violence")
            } else if strike_incidents_per_week > 0.0 {
                tr!(
                    "blockers-violence-strikes",
                    index = num(index),
                    violations = num(violations_per_week),
                    strikes = num(strike_incidents_per_week)
                )
            } else {
                tr!(
                    "blockers-violence",
                    index = num(index),
                    violations = num(violations_per_week)
                )
            }
        }
        InputValue::Neighbours {
            input,
            share,
            neighbours,
            mode,
        } => {
            let what = neighbour_key(input);
            if share <= 0.0 {
                tr!("blockers-no-neighbour", what = what)
            } else {
                match mode {
                    Mode::Stochastic => tr!(
                        "blockers-neighbours-count",
                        count = (share * neighbours as f64).round(),
                        neighbours = neighbours as u64,
                        what = what
                    ),
                    Mode::Expected => tr!(
                        "blockers-neighbours-share",
                        percent = num(share * 100.0),
                        what = what
                    ),
                }
            }
        }
        InputValue::Flag { input, on } => match (input, on) {
            (Input::HavenDeclared, true) => tr!("blockers-haven-declared"),
            (Input::HavenDeclared, false) => tr!("blockers-no-haven-declared"),
            (_, true) => tr!("blockers-outside-line"),
            (_, false) => tr!("blockers-behind-line"),
        },
    }
}

/// The neighbours an input counts, as the messages' `$what`.
fn neighbour_key(input: Input) -> &'static str {
    match input {
        Input::RedNeighbours => "red",
        Input::BlueNeighbours => "blue",
        Input::SecuredGround => "secured",
        _ => "gray-or-blue",
    }
}

/// Whether a cell fact is said of one cell or of several (the predicate agrees with it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Number {
    One,
    Many,
}

/// A cell fact that is 0 in some cells of a zone, as what those cells have: "is held behind
/// the withdrawal line" (one) or "are held …" (many).
fn cell_fact(f: &Factor, number: Number) -> String {
    let (fact, what, param) = if let Formula::Either(..) = f.formula {
        ("security", "", "")
    } else {
        match f.formula.inputs().next() {
            Some(Input::OutsideLine) => ("held", "", ""),
            Some(Input::HavenDeclared) => ("no-haven", "", ""),
            Some(
                i @ (Input::RedNeighbours
                | Input::SecuredNeighbours
                | Input::BlueNeighbours
                | Input::SecuredGround),
            ) => ("no-neighbour", neighbour_key(i), ""),
            Some(Input::Violence) => ("no-violence", "", ""),
            _ => match f.formula.param() {
                Some(p) => ("param", "", p.key()),
                None => ("factor", "", ""),
            },
        }
    };
    match number {
        Number::One => tr!("blockers-fact-one", fact = fact, what = what, param = param),
        Number::Many => tr!(
            "blockers-fact-many",
            fact = fact,
            what = what,
            param = param
        ),
    }
}

/// The Strip on the day in one line: the land in each zone present.
#[must_use]
pub fn strip_headline(s: &StripBlockers) -> String {
    let zones: Vec<String> = Zone::ALL
        .into_iter()
        .filter_map(|z| {
            let km2 = s.km2(z);
            (km2 >= 0.005).then(|| tr!("blockers-zone-area", name = names::zone(z), km2 = num(km2)))
        })
        .collect();
    let movable = s
        .ways_out()
        .filter(|(_, _, w)| w.status() == Status::Open)
        .count();
    tr!(
        "blockers-strip-headline",
        day = s.day,
        zones = commas(&zones),
        movable = if movable == 0 { "none" } else { "some" }
    )
}

/// One sentence per way out of each zone present, the governorates where the same thing
/// holds it back said together, north to south.
#[must_use]
pub fn strip_sentences(s: &StripBlockers) -> Vec<String> {
    strip_lines(s, false)
}

/// The sentences of [`strip_sentences`] for the ways out that cannot happen or are held back.
#[must_use]
pub fn strip_blocker_sentences(s: &StripBlockers) -> Vec<String> {
    strip_lines(s, true)
}

fn strip_lines(s: &StripBlockers, blockers_only: bool) -> Vec<String> {
    let mut out = Vec::new();
    for zone in Zone::ALL {
        for rule in Rule::ALL {
            let entries: Vec<(Governorate, &PlaceWayOut)> = s
                .ways_out()
                .filter(|(_, z, w)| *z == zone && w.rule == rule)
                .map(|(g, _, w)| (g, w))
                .collect();
            if entries.is_empty() {
                continue;
            }
            // Governorates where the same holds the rule back are named together.
            let mut groups: Vec<Group> = Vec::new();
            for &(g, w) in &entries {
                if blockers_only && w.status() == Status::Open {
                    continue;
                }
                let reasons = place_reasons(w, zone, s.mode);
                let p = w.best.probability;
                match groups
                    .iter_mut()
                    .find(|x| x.status == w.status() && x.reasons == reasons)
                {
                    Some(x) => {
                        x.places.push(g);
                        x.cells += w.cells;
                        x.possible_in += w.possible_in;
                        x.lowest = x.lowest.min(p);
                        x.highest = x.highest.max(p);
                    }
                    None => groups.push(Group {
                        status: w.status(),
                        reasons,
                        places: vec![g],
                        cells: w.cells,
                        possible_in: w.possible_in,
                        lowest: p,
                        highest: p,
                    }),
                }
            }
            let transition = transition(rule, zone);
            for x in groups {
                out.push(capitalise(&group_sentence(
                    &x,
                    &transition,
                    zone,
                    s.mode,
                    entries.len(),
                )));
            }
        }
    }
    out
}

/// One group's sentence: where, how likely at best, and why.
fn group_sentence(x: &Group, transition: &str, zone: Zone, mode: Mode, places: usize) -> String {
    let where_ = if x.places.len() == places {
        tr!("blockers-wherever", zone = zone.key())
    } else {
        let names: Vec<String> = x.places.iter().map(|&g| names::governorate(g)).collect();
        tr!(
            "blockers-in-places",
            count = x.places.len() as u64,
            places = and_list(&names)
        )
    };
    // A range only where the numbers read differently.
    let best = if num(x.lowest) == num(x.highest) {
        num(x.highest)
    } else {
        tr!("blockers-range", low = num(x.lowest), high = num(x.highest))
    };
    match x.status {
        Status::Cannot => tr!(
            "blockers-strip-cannot",
            transition = transition,
            place = where_,
            reasons = x.reasons.clone()
        ),
        Status::HeldBack => tr!(
            "blockers-strip-held-back",
            transition = transition,
            place = where_,
            best = best,
            pace = pace(x.highest),
            reasons = x.reasons.clone()
        ),
        Status::Open => tr!(
            "blockers-strip-open",
            transition = transition,
            place = where_,
            possible = x.possible_in,
            cells = x.cells,
            mode = mode_key(mode),
            zone = zone.key(),
            best = best,
            pace = pace(x.highest),
            others = x.reasons.clone()
        ),
    }
}

/// Governorates where a way out stands the same, said in one sentence.
struct Group {
    status: Status,
    reasons: String,
    places: Vec<Governorate>,
    cells: u32,
    possible_in: u32,
    lowest: f64,
    highest: f64,
}

/// What holds a way out back in a governorate, without the place or the numbers that differ
/// from one to the next, so that governorates held back alike are said together; for one that
/// is open, what the cells where it cannot happen have (or nothing).
fn place_reasons(w: &PlaceWayOut, zone: Zone, mode: Mode) -> String {
    match w.status() {
        Status::Open => elsewhere(w),
        Status::HeldBack => reasons(&w.best, Place::There),
        Status::Cannot => {
            // A fact of every cell is reason enough; the others would only add noise.
            let everywhere = |(f, n): &&(Factor, u32)| is_area_factor(f.formula) || *n == w.cells;
            let all_cells = w.zero_in.iter().any(|e| everywhere(&e));
            let parts: Vec<String> = w
                .zero_in
                .iter()
                .filter(|e| !all_cells || everywhere(e))
                .map(|(f, n)| {
                    if is_area_factor(f.formula) {
                        factor_reason(f, &w.best.drivers, Place::There)
                    } else if *n == w.cells {
                        tr!(
                            "blockers-every-cell",
                            mode = mode_key(mode),
                            zone = zone.key(),
                            fact = cell_fact(f, Number::One)
                        )
                    } else {
                        tr!(
                            "blockers-some-cells",
                            count = *n,
                            cells = w.cells,
                            mode = mode_key(mode),
                            zone = zone.key(),
                            fact = cell_fact(f, Number::Many)
                        )
                    }
                })
                .collect();
            clauses(&parts)
        }
    }
}

/// Where a way out is open in some cells of a governorate only: what the others have, without
/// counts (so that governorates alike are said together), e.g. "; the others have no haven
/// declared or have no security for a haven".
fn elsewhere(w: &PlaceWayOut) -> String {
    if w.zero_in.is_empty() {
        return String::new();
    }
    let facts: Vec<String> = w
        .zero_in
        .iter()
        .map(|(f, _)| cell_fact(f, Number::Many))
        .collect();
    tr!("blockers-the-others", facts = or_list(&facts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::set_language;

    #[test]
    fn paces_read_in_days_or_years() {
        set_language(Language::English);
        assert_eq!(pace(0.01), "about once in 100 days");
        assert_eq!(pace(1.0 / 3650.0), "about once in 10 years");
    }

    #[test]
    fn paces_agree_with_their_number_in_arabic_and_hebrew() {
        set_language(Language::Arabic);
        assert_eq!(pace(0.5), "نحو مرة كل يومين");
        assert_eq!(pace(0.2), "نحو مرة كل 5 أيام");
        assert_eq!(pace(1.0 / 40.0), "نحو مرة كل 40 يومًا");
        assert_eq!(pace(0.01), "نحو مرة كل 100 يوم");
        // CLDR's categories by the last two digits: 105 takes the plural, 142 the singular
        // accusative, as 5 and 42 do.
        assert_eq!(pace(1.0 / 105.0), "نحو مرة كل 105 أيام");
        assert_eq!(pace(1.0 / 142.0), "نحو مرة كل 142 يومًا");
        assert_eq!(pace(1.0 / (365.25 * 5.0)), "نحو مرة كل 5 سنوات");
        set_language(Language::Hebrew);
        assert_eq!(pace(0.5), "בערך פעם ביומיים");
        assert_eq!(pace(1.0 / 3650.0), "בערך פעם ב-10 שנים");
        set_language(Language::English);
    }

    #[test]
    fn transitions_name_both_zones() {
        set_language(Language::English);
        assert_eq!(
            transition(Rule::Clearance, Zone::Red),
            "clearance (red → gray)"
        );
        assert_eq!(transition(Rule::Haven, Zone::Gray), "haven (gray → green)");
        set_language(Language::Hebrew);
        assert_eq!(
            transition(Rule::Clearance, Zone::Red),
            "clearance (אדום ← אפור)"
        );
        set_language(Language::English);
    }

    #[test]
    fn places_are_listed_as_in_a_sentence() {
        let places: Vec<String> = ["North Gaza", "Gaza", "Rafah"].map(str::to_owned).into();
        set_language(Language::English);
        assert_eq!(and_list(&places[..1]), "North Gaza");
        assert_eq!(and_list(&places), "North Gaza, Gaza and Rafah");
        let hebrew: Vec<String> = ["צפון עזה", "עזה", "רפיח"].map(str::to_owned).into();
        set_language(Language::Hebrew);
        assert_eq!(and_list(&hebrew), "צפון עזה, עזה ורפיח");
        assert_eq!(and_list(&places[1..]), "Gaza ו-Rafah");
        let arabic: Vec<String> = ["شمال غزة", "غزة", "رفح"].map(str::to_owned).into();
        set_language(Language::Arabic);
        assert_eq!(and_list(&arabic), "شمال غزة وغزة ورفح");
        set_language(Language::English);
    }
}
