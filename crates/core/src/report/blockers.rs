//! Why nothing changes, in words (`model::blockers` gives the numbers): one plain sentence per
//! way out of a zone, saying whether it can happen and, if it cannot or barely can, which
//! factors hold it back and which drivers, parameters or facts of the cell make them so.
//!
//! The wording is neutral: it states what the model's inputs are, not what anyone should do.

use super::explain::{force_share_name, num};
use crate::geo::Governorate;
use crate::model::blockers::{
    CellBlockers, PlaceWayOut, Status, StripBlockers, WayOut, is_area_factor,
};
use crate::model::explain::{DriverReading, Factor, InputValue};
use crate::model::rules::table::{Formula, Input};
use crate::model::{Mode, Rule, Zone, rules};

/// "clearance (red → gray)": a rule and the change it makes out of `from`.
#[must_use]
pub fn transition(rule: Rule, from: Zone) -> String {
    let name = rule.key().replace('_', " ");
    format!(
        "{name} ({} → {})",
        from.key(),
        rules::destination(rule).key()
    )
}

/// The same with a capital, to start a sentence.
fn transition_title(rule: Rule, from: Zone) -> String {
    capitalise(&transition(rule, from))
}

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
        format!("about once in {} days", num(days.round()))
    } else {
        format!("about once in {} years", num((days / 365.25).round()))
    }
}

/// In expected-value mode a zone the cell is in with at least this chance is spoken of as its
/// zone, without "for its 99.9 % chance of being red".
const ALMOST_SURE: f64 = 0.995;

/// Where the force is or is not: a governorate's name, or "there" in a sentence that names
/// the places itself.
#[derive(Clone, Copy, Debug)]
enum Place {
    Named(Governorate),
    There,
}

impl Place {
    fn words(self) -> String {
        match self {
            Self::Named(g) => format!("in {}", g.name()),
            Self::There => "there".to_owned(),
        }
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
            format!(
                " (for its {} chance of being {})",
                percent(zw.weight),
                zw.zone.key()
            )
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
    let title = transition_title(way.rule, from);
    let p = way.probability;
    match way.status() {
        Status::Open => format!("{title}{chance} can happen: {} a day, {}.", num(p), pace(p)),
        Status::Cannot => format!("{title}{chance} cannot happen: {}.", reasons(way, place)),
        Status::HeldBack => format!(
            "{title}{chance} is held back to {} a day ({}): {}.",
            num(p),
            pace(p),
            reasons(way, place)
        ),
    }
}

/// The blocking factors of a way out, each as a clause, joined.
fn reasons(way: &WayOut, place: Place) -> String {
    let clauses: Vec<String> = way
        .blocking()
        .map(|f| factor_reason(f, &way.drivers, place))
        .collect();
    clauses.join("; ")
}

/// Why one factor is as small as it is, traced to the drivers, parameters and facts of the cell
/// behind it.
#[must_use]
pub fn factor_clause(f: &Factor, drivers: &[DriverReading], governorate: Governorate) -> String {
    factor_reason(f, drivers, Place::Named(governorate))
}

fn factor_reason(f: &Factor, drivers: &[DriverReading], place: Place) -> String {
    let v = num(f.value);
    let param = num(f.param_value.unwrap_or(f64::NAN));
    let first = f.inputs.first();
    let clause =
        |i: Option<&InputValue>| i.map_or_else(String::new, |x| input_clause(x, drivers, place));
    match f.formula {
        Formula::Rate(p) => format!("its base rate {} is {v}", p.key()),
        Formula::Pressure(_) => pressure_clause(f, drivers, place),
        Formula::Either(..) => security_clause(f, drivers, place),
        Formula::Share(_) => clause(first),
        Formula::Lerp(..) => {
            if first.is_some_and(|x| x.value() <= 0.0) {
                format!(
                    "{}, so this factor is at its floor of {param}",
                    clause(first)
                )
            } else {
                format!("{} (factor lerp({param}, …) = {v})", clause(first))
            }
        }
        Formula::Lack(_) => {
            let x = first.map_or(f64::NAN, InputValue::value);
            format!("{} (factor 1 − {} = {v})", clause(first), num(x))
        }
        Formula::Brake(..) => {
            let x = first.map_or(f64::NAN, InputValue::value);
            format!("{} (factor 1 − {param} × {} = {v})", clause(first), num(x))
        }
    }
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
                format!(
                    "{} is 0, so no force can stand in for it",
                    crate::model::Param::ForcedDisarmamentWeight.key()
                )
            } else {
                force_reason(share, cover, monitor_share, troops(drivers), place)
            }
        }
        _ => String::new(),
    };
    let only = if f.value > 0.0 { "only " } else { "" };
    format!(
        "the pressure to disarm is {only}{}, as disarmament is {} and {force}",
        num(f.value),
        num(disarmament)
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
                format!("an enforcing force covers {}", num(share))
            } else if monitor_share.is_some() && cover > 0.0 {
                "the force's mandate is monitor, and only an enforcing force secures ground"
                    .to_owned()
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
    let only = if f.value > 0.0 { "only " } else { "" };
    format!(
        "security for a haven is {only}{}, as {force} and {ground}",
        num(f.value)
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
        "there are no force troops".to_owned()
    } else if cover <= 0.0 {
        format!("the force is not deployed {}", place.words())
    } else {
        match monitor_share {
            Some(m) => format!(
                "the force's mandate is monitor, so its share is only {} (its cover {} × {})",
                num(share),
                num(cover),
                num(m)
            ),
            None => format!(
                "the force enforces with a cover of {} of full strength",
                num(cover)
            ),
        }
    }
}

fn troops(drivers: &[DriverReading]) -> Option<f64> {
    drivers.iter().find_map(|d| match *d {
        DriverReading::ForceTroops { troops, .. } => Some(troops),
        _ => None,
    })
}

/// An input as a clause: "disarmament is 0", "no haven has been declared here".
fn input_clause(x: &InputValue, drivers: &[DriverReading], place: Place) -> String {
    match *x {
        InputValue::Aid {
            share,
            trucks_per_day,
            rafah_trucks_per_day,
            target_trucks_per_day,
        } => format!(
            "aid is {} of the target ({} trucks a day, {} of them via Rafah, against {})",
            num(share),
            num(trucks_per_day + rafah_trucks_per_day),
            num(rafah_trucks_per_day),
            num(target_trucks_per_day)
        ),
        InputValue::Funding {
            share,
            usd_bn_per_year,
            need_usd_bn_per_year,
        } => format!(
            "reconstruction money is {} of the need (US${} bn a year against {})",
            num(share),
            num(usd_bn_per_year),
            num(need_usd_bn_per_year)
        ),
        InputValue::Governance { level, share } => {
            format!("governance is {} (factor {})", level.describe(), num(share))
        }
        InputValue::Disarmament { share } => format!("disarmament is {}", num(share)),
        InputValue::ArabParticipation { share } => {
            format!("Arab participation is {}", num(share))
        }
        InputValue::ArmedStrength { share } => {
            let here = match place {
                Place::Named(g) => format!("in {}", g.name()),
                Place::There => "there".to_owned(),
            };
            format!("the armed group's strength {here} is {}", num(share))
        }
        InputValue::Force {
            input,
            share,
            cover,
            monitor_share,
        } => {
            let what = force_share_name(input);
            format!(
                "the force's {what} is {}, as {}",
                num(share),
                force_reason(share, cover, monitor_share, troops(drivers), place)
            )
        }
        InputValue::Violence {
            index,
            violations_per_week,
            strike_incidents_per_week,
            ..
        } => {
            if index <= 0.0 {
                "there is no violence (0 incidents a week)".to_owned()
            } else {
                let strikes = if strike_incidents_per_week > 0.0 {
                    format!(
                        " and {} from recent strikes here",
                        num(strike_incidents_per_week)
                    )
                } else {
                    String::new()
                };
                format!(
                    "violence is {} ({} incidents a week{strikes})",
                    num(index),
                    num(violations_per_week)
                )
            }
        }
        InputValue::Neighbours {
            input,
            share,
            neighbours,
            mode,
        } => {
            let what = neighbour_words(input);
            if share <= 0.0 {
                format!("no neighbouring cell is {what}")
            } else {
                match mode {
                    Mode::Stochastic => format!(
                        "{} of {neighbours} neighbouring cells are {what}",
                        num((share * neighbours as f64).round())
                    ),
                    Mode::Expected => {
                        format!("the neighbouring cells are {} {what}", percent(share))
                    }
                }
            }
        }
        InputValue::Flag { input, on } => match (input, on) {
            (Input::HavenDeclared, true) => "a haven has been declared here".to_owned(),
            (Input::HavenDeclared, false) => "no haven has been declared here".to_owned(),
            (_, true) => "the cell lies outside the withdrawal line".to_owned(),
            (_, false) => "the cell is held behind the withdrawal line".to_owned(),
        },
    }
}

fn neighbour_words(input: Input) -> &'static str {
    match input {
        Input::RedNeighbours => "red",
        Input::BlueNeighbours => "blue",
        Input::SecuredGround => "secured (gray or blue)",
        _ => "gray or blue",
    }
}

/// A cell fact that is 0 in some cells of a zone, as what those cells have: in the singular
/// ("is held behind the withdrawal line") and the plural ("are held …").
fn cell_fact(f: &Factor) -> (String, String) {
    let both = |one: &str, many: &str| (one.to_owned(), many.to_owned());
    if let Formula::Either(..) = f.formula {
        return both(
            "has no security for a haven (no enforcing force, no secured ground around)",
            "have no security for a haven (no enforcing force, no secured ground around)",
        );
    }
    match f.formula.inputs().next() {
        Some(Input::OutsideLine) => both(
            "is held behind the withdrawal line",
            "are held behind the withdrawal line",
        ),
        Some(Input::HavenDeclared) => both("has no haven declared", "have no haven declared"),
        Some(
            i @ (Input::RedNeighbours
            | Input::SecuredNeighbours
            | Input::BlueNeighbours
            | Input::SecuredGround),
        ) => {
            let what = neighbour_words(i);
            (
                format!("has no {what} neighbour"),
                format!("have no {what} neighbour"),
            )
        }
        Some(Input::Violence) => both("has no violence", "have no violence"),
        _ => {
            let name = f.formula.param().map_or("a factor", |p| p.key());
            (format!("has {name} at 0"), format!("have {name} at 0"))
        }
    }
}

fn percent(x: f64) -> String {
    format!("{} %", num(x * 100.0))
}

/// The Strip on the day in one line: the land in each zone present.
#[must_use]
pub fn strip_headline(s: &StripBlockers) -> String {
    let zones: Vec<String> = Zone::ALL
        .into_iter()
        .filter_map(|z| {
            let km2 = s.km2(z);
            (km2 >= 0.005).then(|| format!("{} {} km²", z.key(), num(km2)))
        })
        .collect();
    let movable = s
        .ways_out()
        .filter(|(_, _, w)| w.status() == Status::Open)
        .count();
    let verdict = if movable == 0 {
        "no rule can move any land that day"
    } else {
        "some land can change zone"
    };
    format!("Day {}: {}; {verdict}.", s.day, zones.join(", "))
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
            let title = transition_title(rule, zone);
            for x in groups {
                let where_ = if x.places.len() == entries.len() {
                    format!("wherever there is {} land", zone.key())
                } else {
                    format!("in {}", names(&x.places))
                };
                // A range only where the numbers read differently.
                let best = if num(x.lowest) == num(x.highest) {
                    num(x.highest)
                } else {
                    format!("{} to {}", num(x.lowest), num(x.highest))
                };
                out.push(match x.status {
                    Status::Cannot => format!("{title} cannot happen {where_}: {}.", x.reasons),
                    Status::HeldBack => format!(
                        "{title} is held back {where_} (at best {best} a day, {} or rarer): {}.",
                        pace(x.highest),
                        x.reasons
                    ),
                    Status::Open => format!(
                        "{title} can happen {where_}: in {} of {} {}, at best {best} a day \
                         ({}){}.",
                        x.possible_in,
                        x.cells,
                        cells_in(zone, s.mode),
                        pace(x.highest),
                        x.reasons
                    ),
                });
            }
        }
    }
    out
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
/// from one to the next, so that governorates held back alike are said together; empty when
/// it is open.
fn place_reasons(w: &PlaceWayOut, zone: Zone, mode: Mode) -> String {
    match w.status() {
        Status::Open => elsewhere(w),
        Status::HeldBack => reasons(&w.best, Place::There),
        Status::Cannot => {
            // A fact of every cell is reason enough; the others would only add noise.
            let everywhere = |(f, n): &&(Factor, u32)| is_area_factor(f.formula) || *n == w.cells;
            let all_cells = w.zero_in.iter().any(|e| everywhere(&e));
            let clauses: Vec<String> = w
                .zero_in
                .iter()
                .filter(|e| !all_cells || everywhere(e))
                .map(|(f, n)| {
                    if is_area_factor(f.formula) {
                        factor_reason(f, &w.best.drivers, Place::There)
                    } else if *n == w.cells {
                        format!("every {} {}", cell_in(zone, mode), cell_fact(f).0)
                    } else {
                        format!(
                            "{n} of {} {} {}",
                            w.cells,
                            cells_in(zone, mode),
                            cell_fact(f).1
                        )
                    }
                })
                .collect();
            clauses.join("; ")
        }
    }
}

/// Where a way out is open in some cells of a governorate only: what the others have, without
/// counts (so that governorates alike are said together), e.g. "; the other red cells have no
/// haven declared or have no security for a haven".
fn elsewhere(w: &PlaceWayOut) -> String {
    if w.zero_in.is_empty() {
        return String::new();
    }
    let facts: Vec<String> = w.zero_in.iter().map(|(f, _)| cell_fact(f).1).collect();
    format!("; the others {}", facts.join(" or "))
}

/// The cells a count is of: "red cells", or in an expected-value run, where a cell has a
/// chance of several zones, "cells that may be red" (a chance of at least 0.1 %).
fn cells_in(zone: Zone, mode: Mode) -> String {
    match mode {
        Mode::Stochastic => format!("{} cells", zone.key()),
        Mode::Expected => format!("cells that may be {}", zone.key()),
    }
}

/// One of those cells: "red cell", or "cell that may be red".
fn cell_in(zone: Zone, mode: Mode) -> String {
    match mode {
        Mode::Stochastic => format!("{} cell", zone.key()),
        Mode::Expected => format!("cell that may be {}", zone.key()),
    }
}

/// "North Gaza, Gaza City and Rafah".
fn names(places: &[Governorate]) -> String {
    let names: Vec<&str> = places.iter().map(|g| g.name()).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_owned(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paces_read_in_days_or_years() {
        assert_eq!(pace(0.01), "about once in 100 days");
        assert_eq!(pace(1.0 / 3650.0), "about once in 10 years");
    }

    #[test]
    fn transitions_name_both_zones() {
        assert_eq!(
            transition(Rule::Clearance, Zone::Red),
            "clearance (red → gray)"
        );
        assert_eq!(transition(Rule::Haven, Zone::Gray), "haven (gray → green)");
    }

    #[test]
    fn places_are_listed_as_in_a_sentence() {
        assert_eq!(names(&[Governorate::ALL[0]]), Governorate::ALL[0].name());
        let two = names(&Governorate::ALL[..2]);
        assert!(two.contains(" and "), "{two}");
    }
}
