//! The events of the run shown in the order they happen, and stepping through them one at a
//! time (Page Down, Page Up): several events of one day are several steps, so that a presenter can
//! talk through each of them.

use gz_core::model::RunOutput;
use gz_core::model::milestones::happened_in_order;
use gz_core::scenario::Scenario;

pub use gz_core::model::milestones::Happened;

/// Every event of the run shown in the order it happens (see [`happened_in_order`]).
#[must_use]
pub fn in_order(scenario: &Scenario, run: &RunOutput) -> Vec<Happened> {
    happened_in_order(&scenario.events, &run.fired)
}

/// The events a map of `day` captions: every event of the latest event day no more than
/// `within_days - 1` days before it, in order.
#[must_use]
pub fn captioned(all: &[Happened], day: u32, within_days: u32) -> &[Happened] {
    let Some(last) = all.iter().rev().find(|h| h.day <= day) else {
        return &[];
    };
    if day - last.day >= within_days {
        return &[];
    }
    let start = all.partition_point(|h| h.day < last.day);
    let end = all.partition_point(|h| h.day <= last.day);
    &all[start..end]
}

/// Where the presenter is among the events: the one chosen by stepping if it happens on the
/// day shown, else the first event of the day shown; `None` on a day without events.
fn position(all: &[Happened], day: u32, focus: Option<Happened>) -> Option<usize> {
    focus
        .filter(|f| f.day == day)
        .and_then(|f| all.iter().position(|h| *h == f))
        .or_else(|| all.iter().position(|h| h.day == day))
}

/// The event one step on from the day shown (`forward`) or one step back: the next event of
/// the same day first, then the next day's first event.
#[must_use]
pub fn step(
    all: &[Happened],
    day: u32,
    focus: Option<Happened>,
    forward: bool,
) -> Option<Happened> {
    match (position(all, day, focus), forward) {
        (Some(p), true) => all.get(p + 1).copied(),
        (Some(p), false) => p.checked_sub(1).and_then(|p| all.get(p)).copied(),
        (None, true) => all.iter().find(|h| h.day > day).copied(),
        (None, false) => all.iter().rev().find(|h| h.day < day).copied(),
    }
}

/// Which of the captioned events is the one to show in full: the one stepped to, else the
/// first.
#[must_use]
pub fn emphasised(captioned: &[Happened], focus: Option<Happened>) -> Option<Happened> {
    focus
        .filter(|f| captioned.contains(f))
        .or_else(|| captioned.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(index: usize, day: u32) -> Happened {
        Happened { index, day }
    }

    /// Day 45 has three events, as crowded days of Full Phase II do.
    fn events() -> Vec<Happened> {
        vec![at(0, 10), at(1, 45), at(2, 45), at(3, 45), at(4, 60)]
    }

    #[test]
    fn page_down_steps_through_every_event_of_a_crowded_day_before_moving_on() {
        let all = events();
        let (mut day, mut focus) = (0, None);
        let mut seen = Vec::new();
        while let Some(next) = step(&all, day, focus, true) {
            (day, focus) = (next.day, Some(next));
            seen.push(next);
        }
        assert_eq!(seen, all, "each event is one step, in order");
        let mut back = Vec::new();
        while let Some(previous) = step(&all, day, focus, false) {
            (day, focus) = (previous.day, Some(previous));
            back.push(previous);
        }
        back.reverse();
        assert_eq!(back, all[..4], "and back again to the first");
    }

    #[test]
    fn arriving_on_a_crowded_day_by_playing_starts_at_its_first_event() {
        let all = events();
        assert_eq!(step(&all, 45, None, true), Some(at(2, 45)));
        assert_eq!(step(&all, 45, None, false), Some(at(0, 10)));
        // A focus left on another day does not count.
        assert_eq!(step(&all, 45, Some(at(0, 10)), true), Some(at(2, 45)));
        assert_eq!(step(&all, 50, None, true), Some(at(4, 60)));
        assert_eq!(step(&all, 50, None, false), Some(at(3, 45)));
    }

    #[test]
    fn a_map_captions_every_event_of_the_latest_day_for_a_while() {
        let all = events();
        assert_eq!(captioned(&all, 5, 10), &[]);
        assert_eq!(captioned(&all, 45, 10), &all[1..4]);
        assert_eq!(captioned(&all, 54, 10), &all[1..4]);
        assert_eq!(captioned(&all, 55, 10), &[]);
        assert_eq!(emphasised(&all[1..4], None), Some(at(1, 45)));
        assert_eq!(emphasised(&all[1..4], Some(at(3, 45))), Some(at(3, 45)));
        assert_eq!(emphasised(&all[1..4], Some(at(4, 60))), Some(at(1, 45)));
    }
}
