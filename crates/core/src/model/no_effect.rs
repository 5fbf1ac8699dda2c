//! Whether a dated event can change anything, judged before it is added: a force of no troops,
//! a driver set to the value it already has, a haven or strike only on held land. The event
//! form shows the reason so that a newcomer does not add an event, press Play and see nothing
//! without knowing why. It is a check of the event against the scenario's drivers on its day,
//! not a run: an event it passes may still change little.

use super::drivers::DriverValues;
use super::events::{Action, Area, Event};
use super::sim::resolve_area;
use super::timeline::Timeline;
use crate::geo::{Governorate, Grid};

/// Why an event would change nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum NoEffect {
    /// The force deploys with no troops, and none are on the ground that day.
    NoTroops,
    /// The force already operates in every governorate named, with these troops and mandate.
    AlreadyDeployed,
    /// The force does not operate in this governorate on the event's day.
    NotDeployed(Governorate),
    /// A driver is set (or ramped) to the value it already has that day.
    SameValue,
    /// The mandate, administration or crossing already is what the event makes it.
    AlreadySo,
    /// Every cell of the area is held behind the line that day: nobody lives there and no rule
    /// turns held land.
    AllHeld,
    /// A strike of intensity 0.
    NoIntensity,
}

/// The reason the event `events[at]` would change nothing, or `None` when it can change
/// something. `held` tells, when known, which cells are held on the event's day (from the
/// current run); without it the area checks are skipped. Conditional events are not judged:
/// their day is not known before the run.
#[must_use]
pub fn no_effect(
    start: &DriverValues,
    events: &[Event],
    at: usize,
    horizon_days: u32,
    grid: &Grid,
    held: Option<&[bool]>,
) -> Option<NoEffect> {
    let event = events.get(at)?;
    if event.when.is_some() || event.day > horizon_days {
        return None;
    }
    // The drivers on the event's day with every other event applied: what this one changes.
    let others: Vec<Event> = events
        .iter()
        .enumerate()
        .filter(|(n, _)| *n != at)
        .map(|(_, e)| e.clone())
        .collect();
    let timeline = Timeline::build(start, &others, event.day);
    let today = timeline.days.last()?;
    let all_held = |area: &Area| {
        held.is_some_and(|held| {
            let cells = resolve_area(grid, area);
            !cells.is_empty() && cells.iter().all(|&c| held.get(c as usize) == Some(&true))
        })
    };
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(1.0);
    match &event.action {
        Action::Set { driver, value } => {
            same(today.get(*driver), *value).then_some(NoEffect::SameValue)
        }
        Action::Ramp { driver, to, .. } => {
            same(today.get(*driver), *to).then_some(NoEffect::SameValue)
        }
        Action::MoveLine { held_share, .. } => {
            same(today.held_share, *held_share).then_some(NoEffect::SameValue)
        }
        Action::Deploy {
            to,
            troops,
            mandate,
        } => {
            if *troops <= 0.0 {
                Some(NoEffect::NoTroops)
            } else if to.iter().all(|g| today.is_deployed(*g))
                && same(today.force_troops, *troops)
                && today.force_mandate == *mandate
            {
                Some(NoEffect::AlreadyDeployed)
            } else {
                None
            }
        }
        Action::DeployForce(g) => {
            if today.force_troops <= 0.0 {
                Some(NoEffect::NoTroops)
            } else {
                today.is_deployed(*g).then_some(NoEffect::AlreadyDeployed)
            }
        }
        Action::WithdrawForce(g) => (!today.is_deployed(*g)).then_some(NoEffect::NotDeployed(*g)),
        Action::Mandate(m) => (today.force_mandate == *m).then_some(NoEffect::AlreadySo),
        Action::Governance(g) => (today.governance == *g).then_some(NoEffect::AlreadySo),
        Action::Rafah(c) => (today.rafah_crossing == *c).then_some(NoEffect::AlreadySo),
        Action::Strike { area, intensity } => {
            if *intensity <= 0.0 {
                Some(NoEffect::NoIntensity)
            } else {
                all_held(area).then_some(NoEffect::AllHeld)
            }
        }
        Action::DeclareHaven(area) => all_held(area).then_some(NoEffect::AllHeld),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Driver, Mandate};

    fn check(events: &[Event], held: Option<&[bool]>) -> Option<NoEffect> {
        let grid = Grid::strip();
        no_effect(
            &DriverValues::default(),
            events,
            events.len() - 1,
            100,
            grid,
            held,
        )
    }

    #[test]
    fn a_force_without_troops_is_flagged_and_with_troops_is_not() {
        let deploy = |troops: f64| {
            Event::at(
                10,
                Action::Deploy {
                    to: vec![Governorate::Rafah],
                    troops,
                    mandate: Mandate::Enforce,
                },
            )
        };
        assert_eq!(check(&[deploy(0.0)], None), Some(NoEffect::NoTroops));
        assert_eq!(check(&[deploy(2000.0)], None), None);
        // The old one-governorate event with no troops on the ground that day.
        let old = Event::at(10, Action::DeployForce(Governorate::Rafah));
        assert_eq!(
            check(std::slice::from_ref(&old), None),
            Some(NoEffect::NoTroops)
        );
        let troops = Event::at(
            5,
            Action::Set {
                driver: Driver::ForceTroops,
                value: 3000.0,
            },
        );
        assert_eq!(check(&[troops, old], None), None);
    }

    #[test]
    fn setting_a_driver_to_its_value_that_day_is_flagged() {
        let aid = Driver::AidTrucksPerDay.info().default;
        let set = |value| {
            Event::at(
                20,
                Action::Set {
                    driver: Driver::AidTrucksPerDay,
                    value,
                },
            )
        };
        assert_eq!(check(&[set(aid)], None), Some(NoEffect::SameValue));
        assert_eq!(check(&[set(aid + 100.0)], None), None);
        // An earlier event changed it: setting the old value again is a change.
        let before = set(600.0);
        let mut back = set(aid);
        back.day = 30;
        assert_eq!(check(&[before, back], None), None);
    }

    #[test]
    fn a_haven_or_strike_only_on_held_land_is_flagged() {
        let grid = Grid::strip();
        let rafah = Area::Governorate(Governorate::Rafah);
        let held: Vec<bool> = grid
            .cells
            .iter()
            .map(|c| c.governorate == Governorate::Rafah)
            .collect();
        let haven = Event::at(10, Action::DeclareHaven(rafah.clone()));
        assert_eq!(
            check(std::slice::from_ref(&haven), Some(&held)),
            Some(NoEffect::AllHeld)
        );
        assert_eq!(check(std::slice::from_ref(&haven), None), None);
        let strike = Event::at(
            10,
            Action::Strike {
                area: Area::Strip,
                intensity: 1.0,
            },
        );
        assert_eq!(check(&[strike], Some(&held)), None);
    }

    #[test]
    fn withdrawing_where_the_force_is_not_is_flagged() {
        let leave = Event::at(10, Action::WithdrawForce(Governorate::Gaza));
        assert_eq!(
            check(&[leave], None),
            Some(NoEffect::NotDeployed(Governorate::Gaza))
        );
    }
}
