//! Conditional events (milestones): an event that waits for a condition on the drivers or on
//! the run's own state ("when disarmament reaches 0.5, move the line to 40 %") instead of a
//! date.
//!
//! Scheduling: a conditional event's `day` is the first day its condition is checked. The
//! condition reads the state at the end of a day (the drivers of that day, and the land and
//! people totals after the day's shelter move); when it holds at the end of day `d`, the event
//! fires on day `d + 1`, where its action applies after that day's dated events. A condition
//! holding at the end of the last day fires nothing. Once fired, an event with
//! [`Repeat::Once`] is done; one with [`Repeat::Every`]`(n)` is checked again from the end of
//! day `d + n`, so it fires at most once every `n` days.
//!
//! The [`Plan`](super::Plan) is shared by many runs (ensembles, threads), so a run that fires
//! an event keeps its own copy of the timeline ([`MilestoneRun`]); runs of a scenario with no
//! conditional events carry none and pay nothing.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, IntoStaticStr, VariantArray};

use super::drivers::{Driver, DriverValues};
use super::events::{Action, Event};
use super::output::DayRecord;
use super::timeline::Timeline;
use super::zone::Zone;

/// Deepest nesting of `All` and `Any` a condition may have: real milestones use one or two
/// levels; the bound keeps a hostile file from making every day's check expensive.
pub const MAX_CONDITION_DEPTH: usize = 4;
/// Most tests (driver, indicator or day) in one condition, for the same reason.
pub const MAX_CONDITION_TESTS: usize = 32;

/// A comparison with a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Threshold {
    /// The value is at least this.
    AtLeast(f64),
    /// The value is at most this.
    AtMost(f64),
}

impl Threshold {
    #[must_use]
    pub fn holds(self, value: f64) -> bool {
        match self {
            Self::AtLeast(x) => value >= x,
            Self::AtMost(x) => value <= x,
        }
    }

    #[must_use]
    pub fn value(self) -> f64 {
        match self {
            Self::AtLeast(x) | Self::AtMost(x) => x,
        }
    }

    /// "≥" or "≤", for descriptions.
    #[must_use]
    pub fn sign(self) -> &'static str {
        match self {
            Self::AtLeast(_) => "≥",
            Self::AtMost(_) => "≤",
        }
    }
}

/// What a run reports of its own state at the end of a day, as shares from 0 to 1.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Indicator {
    BluePeopleShare,
    GreenPeopleShare,
    GrayPeopleShare,
    RedPeopleShare,
    BlueAreaShare,
    GreenAreaShare,
    GrayAreaShare,
    RedAreaShare,
    /// Land behind the withdrawal line (and in the restricted zone beyond it).
    HeldAreaShare,
    /// People away from home.
    DisplacedShare,
}

impl Indicator {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    /// The name in a scenario file.
    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The indicator's value in a day's totals (expected values in expected-value mode).
    #[must_use]
    pub fn of(self, totals: &DayRecord) -> f64 {
        let people: f64 = totals.people.iter().sum();
        let area: f64 = totals.area_km2.iter().sum();
        let share = |part: f64, whole: f64| if whole > 0.0 { part / whole } else { 0.0 };
        let people_in = |z: Zone| share(totals.people[z.index()], people);
        let area_in = |z: Zone| share(totals.area_km2[z.index()], area);
        match self {
            Self::BluePeopleShare => people_in(Zone::Blue),
            Self::GreenPeopleShare => people_in(Zone::Green),
            Self::GrayPeopleShare => people_in(Zone::Gray),
            Self::RedPeopleShare => people_in(Zone::Red),
            Self::BlueAreaShare => area_in(Zone::Blue),
            Self::GreenAreaShare => area_in(Zone::Green),
            Self::GrayAreaShare => area_in(Zone::Gray),
            Self::RedAreaShare => area_in(Zone::Red),
            Self::HeldAreaShare => share(totals.held_km2, area),
            Self::DisplacedShare => share(totals.people_displaced, people),
        }
    }
}

/// What must hold at the end of a day for a conditional event to fire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// A numeric driver's value that day.
    Driver(Driver, Threshold),
    /// A share of the run's land or people at the end of that day.
    Indicator(Indicator, Threshold),
    /// The day itself (days after the start).
    Day(Threshold),
    /// Every one of these (none: always).
    All(Vec<Condition>),
    /// At least one of these.
    Any(Vec<Condition>),
}

impl Condition {
    /// Whether the condition holds at the end of `day`, given that day's drivers and totals.
    #[must_use]
    pub fn holds(&self, day: u32, drivers: &DriverValues, totals: &DayRecord) -> bool {
        match self {
            Self::Driver(driver, t) => t.holds(drivers.get(*driver)),
            Self::Indicator(indicator, t) => t.holds(indicator.of(totals)),
            Self::Day(t) => t.holds(f64::from(day)),
            Self::All(all) => all.iter().all(|c| c.holds(day, drivers, totals)),
            Self::Any(any) => any.iter().any(|c| c.holds(day, drivers, totals)),
        }
    }

    /// Levels of `All`/`Any`: 0 for a single test.
    #[must_use]
    pub fn depth(&self) -> usize {
        match self {
            Self::All(list) | Self::Any(list) => {
                1 + list.iter().map(Self::depth).max().unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// Single tests in the whole condition.
    #[must_use]
    pub fn tests(&self) -> usize {
        match self {
            Self::All(list) | Self::Any(list) => list.iter().map(Self::tests).sum(),
            _ => 1,
        }
    }
}

/// Whether a conditional event fires once or again and again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Repeat {
    #[default]
    Once,
    /// Again whenever the condition holds, at most once every so many days (at least 1).
    Every(u32),
}

impl Repeat {
    #[must_use]
    pub fn is_once(&self) -> bool {
        *self == Self::Once
    }
}

/// When a conditional event fires.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    pub condition: Condition,
    #[serde(default, skip_serializing_if = "Repeat::is_once")]
    pub repeat: Repeat,
}

impl Trigger {
    /// Fires once, the first time `condition` holds.
    #[must_use]
    pub fn once(condition: Condition) -> Self {
        Self {
            condition,
            repeat: Repeat::Once,
        }
    }
}

/// `when: (condition: ..)` in the file rather than `when: Some((condition: ..))`: the field is
/// optional by being left out, so the `Some` would only be noise to write by hand.
pub(crate) mod trigger_field {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Trigger;

    #[allow(clippy::ref_option)] // serde's `with` hands the field by reference
    pub fn serialize<S: Serializer>(value: &Option<Trigger>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(trigger) => trigger.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Trigger>, D::Error> {
        Trigger::deserialize(d).map(Some)
    }
}

/// One conditional event of a plan, with its cells resolved once.
#[derive(Clone, Debug)]
pub(crate) struct Conditional {
    /// Its place in the scenario's list of events.
    pub index: usize,
    pub first_check_day: u32,
    pub trigger: Trigger,
    pub action: Action,
    /// For a strike: the cells and intensity; for a haven: the cells (intensity unused).
    pub cells: Vec<u32>,
    pub intensity: f64,
}

/// What a plan keeps for its conditional events: present only when it has some.
#[derive(Clone, Debug)]
pub(crate) struct Milestones {
    start: DriverValues,
    /// The dated events (conditional ones are left out), in the scenario's order.
    dated: Vec<Event>,
    horizon_days: u32,
    pub conditionals: Vec<Conditional>,
}

impl Milestones {
    /// `None` when no event has a condition; `resolve` gives an area's cells.
    pub fn new(
        start: &DriverValues,
        events: &[Event],
        horizon_days: u32,
        resolve: impl Fn(&super::Area) -> Vec<u32>,
    ) -> Option<Box<Self>> {
        let conditionals: Vec<Conditional> = events
            .iter()
            .enumerate()
            .filter_map(|(index, e)| {
                let trigger = e.when.clone()?;
                let (cells, intensity) = match &e.action {
                    Action::Strike { area, intensity } => (resolve(area), *intensity),
                    Action::DeclareHaven(area) => (resolve(area), 0.0),
                    _ => (Vec::new(), 0.0),
                };
                Some(Conditional {
                    index,
                    first_check_day: e.day,
                    trigger,
                    action: e.action.clone(),
                    cells,
                    intensity,
                })
            })
            .collect();
        if conditionals.is_empty() {
            return None;
        }
        Some(Box::new(Self {
            start: start.clone(),
            dated: events
                .iter()
                .filter(|e| e.when.is_none())
                .cloned()
                .collect(),
            horizon_days,
            conditionals,
        }))
    }

    /// Lowers each cell's day of first haven declaration to the day a fired `DeclareHaven`
    /// covered it.
    pub fn mark_havens(&self, fired: &[(usize, u32)], declared_on: &mut [u32]) {
        for &(index, day) in fired {
            let Some(c) = self.conditionals.iter().find(|c| c.index == index) else {
                continue;
            };
            if matches!(c.action, Action::DeclareHaven(_)) {
                for &cell in &c.cells {
                    if let Some(first) = declared_on.get_mut(cell as usize) {
                        *first = (*first).min(day);
                    }
                }
            }
        }
    }

    /// The timeline of a run whose conditional events fired as `fired` says (`(event index,
    /// day)` in firing order): the dated events with each fired action added on its day.
    pub fn timeline_with(&self, fired: &[(usize, u32)]) -> Timeline {
        let mut events = self.dated.clone();
        for &(index, day) in fired {
            if let Some(c) = self.conditionals.iter().find(|c| c.index == index)
                && changes_drivers(&c.action)
            {
                events.push(Event::at(day, c.action.clone()));
            }
        }
        Timeline::build(&self.start, &events, self.horizon_days)
    }
}

/// Whether an action changes the drivers (and so the timeline), rather than being a one-off
/// happening of its day.
fn changes_drivers(action: &Action) -> bool {
    !matches!(action, Action::Strike { .. } | Action::DeclareHaven(_))
}

/// One run's conditional events: which wait, which fired, and the run's own timeline once a
/// fired event changed the drivers.
#[derive(Debug, Default)]
pub(crate) struct MilestoneRun<'p> {
    plan: Option<&'p Milestones>,
    /// Per conditional event: the next day its condition is checked (`None`: done).
    next_check: Vec<Option<u32>>,
    /// `(event index, day it fired)` in firing order.
    pub fired: Vec<(usize, u32)>,
    /// The run's timeline, once it differs from the plan's.
    pub timeline: Option<Rc<Timeline>>,
    /// Strikes and havens that fired, by the day they apply: `(day, conditional)`.
    due: Vec<(u32, usize)>,
}

impl<'p> MilestoneRun<'p> {
    pub fn new(plan: Option<&'p Milestones>) -> Self {
        Self {
            next_check: plan.map_or_else(Vec::new, |m| {
                m.conditionals
                    .iter()
                    .map(|c| Some(c.first_check_day))
                    .collect()
            }),
            plan,
            ..Self::default()
        }
    }

    /// Checks the waiting events at the end of `day`; fired ones apply from `day + 1`.
    pub fn check(&mut self, day: u32, drivers: &DriverValues, totals: &DayRecord) {
        let Some(plan) = self.plan else {
            return;
        };
        if day >= plan.horizon_days {
            return;
        }
        let mut timeline_changed = false;
        for (k, c) in plan.conditionals.iter().enumerate() {
            let due = self.next_check[k].is_some_and(|d| d <= day);
            if !due || !c.trigger.condition.holds(day, drivers, totals) {
                continue;
            }
            let fires_on = day + 1;
            self.fired.push((c.index, fires_on));
            self.next_check[k] = match c.trigger.repeat {
                Repeat::Once => None,
                Repeat::Every(n) => Some(day.saturating_add(n.max(1))),
            };
            if changes_drivers(&c.action) {
                timeline_changed = true;
            } else {
                self.due.push((fires_on, k));
            }
        }
        if timeline_changed {
            self.timeline = Some(Rc::new(plan.timeline_with(&self.fired)));
        }
    }

    /// The strikes and havens that fired for `day`, as `(action, cells, intensity)`; removed
    /// from the waiting list.
    pub fn take_due(&mut self, day: u32) -> Vec<&'p Conditional> {
        let Some(plan) = self.plan else {
            return Vec::new();
        };
        if self.due.is_empty() {
            return Vec::new();
        }
        let mut today = Vec::new();
        self.due.retain(|&(d, k)| {
            if d == day {
                today.push(&plan.conditionals[k]);
                false
            } else {
                true
            }
        });
        today
    }
}

/// An event as it happened in one run: which event (its index in the scenario) and on which
/// day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Happened {
    pub index: usize,
    pub day: u32,
}

/// Every event of a run in the order it happens: dated events on their day, conditional ones
/// on each day they fired (`fired`, as `RunOutput::fired` records it; one that never fired is
/// left out); a day's events in file order. What the app's captions and timeline, the figures'
/// event lines, the animations and the page all show.
#[must_use]
pub fn happened_in_order(events: &[Event], fired: &[(usize, u32)]) -> Vec<Happened> {
    let mut all: Vec<Happened> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.when.is_none())
        .map(|(index, e)| Happened { index, day: e.day })
        .collect();
    all.extend(
        fired
            .iter()
            .filter(|&&(index, _)| index < events.len())
            .map(|&(index, day)| Happened { index, day }),
    );
    all.sort_by_key(|h| (h.day, h.index));
    all
}

/// Per conditional event of an ensemble: in how many runs it fired, and the days it first did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FiredTally {
    runs: usize,
    /// Per event index: the first firing day of each run where it fired.
    first_days: std::collections::BTreeMap<usize, Vec<u32>>,
}

/// What an ensemble says about one conditional event.
#[derive(Clone, Debug, PartialEq)]
pub struct FiredSummary {
    /// Its place in the scenario's list of events.
    pub index: usize,
    pub runs: usize,
    pub runs_fired: usize,
    /// Median of the first firing day over the runs where it fired.
    pub median_day: Option<f64>,
    pub earliest_day: Option<u32>,
    pub latest_day: Option<u32>,
}

impl FiredSummary {
    /// Share of the runs in which the event fired.
    #[must_use]
    pub fn share(&self) -> f64 {
        if self.runs == 0 {
            0.0
        } else {
            self.runs_fired as f64 / self.runs as f64
        }
    }

    /// "fired in 62 % of runs, median day 214 (164–301)" or "never fired".
    #[must_use]
    pub fn describe(&self) -> String {
        match (self.median_day, self.earliest_day, self.latest_day) {
            (Some(median), Some(first), Some(last)) => format!(
                "fired in {:.0}% of {} runs, median day {median} (days {first}–{last})",
                self.share() * 100.0,
                self.runs
            ),
            _ => format!("fired in none of {} runs", self.runs),
        }
    }
}

impl FiredTally {
    pub fn add(&mut self, fired: &[(usize, u32)]) {
        self.runs += 1;
        let mut seen = Vec::new();
        for &(index, day) in fired {
            if !seen.contains(&index) {
                seen.push(index);
                self.first_days.entry(index).or_default().push(day);
            }
        }
    }

    /// One summary per conditional event of `events`, in their order.
    #[must_use]
    pub fn finish(&self, events: &[Event]) -> Vec<FiredSummary> {
        events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.when.is_some())
            .map(|(index, _)| {
                let mut days = self.first_days.get(&index).cloned().unwrap_or_default();
                days.sort_unstable();
                let median_day = match days.len() {
                    0 => None,
                    n if n % 2 == 1 => Some(f64::from(days[n / 2])),
                    n => Some(f64::midpoint(
                        f64::from(days[n / 2 - 1]),
                        f64::from(days[n / 2]),
                    )),
                };
                FiredSummary {
                    index,
                    runs: self.runs,
                    runs_fired: days.len(),
                    median_day,
                    earliest_day: days.first().copied(),
                    latest_day: days.last().copied(),
                }
            })
            .collect()
    }
}

/// When each conditional event of `events` fired in one run: "day 214, day 244" or "never".
#[must_use]
pub fn fired_days(events: &[Event], fired: &[(usize, u32)]) -> Vec<(usize, String)> {
    events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.when.is_some())
        .map(|(index, _)| {
            let days: Vec<String> = fired
                .iter()
                .filter(|(i, _)| *i == index)
                .map(|(_, d)| format!("day {d}"))
                .collect();
            let text = if days.is_empty() {
                "never".to_owned()
            } else {
                days.join(", ")
            };
            (index, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn totals(blue_people: f64, red_area: f64) -> DayRecord {
        DayRecord {
            people: [100.0 - blue_people, 0.0, 0.0, blue_people],
            area_km2: [red_area, 0.0, 100.0 - red_area, 0.0],
            ..DayRecord::default()
        }
    }

    #[test]
    fn conditions_read_drivers_indicators_and_the_day() {
        let drivers = DriverValues {
            disarmament_share: 0.5,
            ..DriverValues::default()
        };
        let t = totals(30.0, 40.0);
        let disarmed = Condition::Driver(Driver::DisarmamentShare, Threshold::AtLeast(0.5));
        let blue = Condition::Indicator(Indicator::BluePeopleShare, Threshold::AtLeast(0.31));
        let red = Condition::Indicator(Indicator::RedAreaShare, Threshold::AtMost(0.4));
        assert!(disarmed.holds(0, &drivers, &t));
        assert!(!blue.holds(0, &drivers, &t));
        assert!(red.holds(0, &drivers, &t));
        let late = Condition::Day(Threshold::AtLeast(300.0));
        let either = Condition::Any(vec![blue.clone(), late]);
        assert!(!either.holds(299, &drivers, &t));
        assert!(either.holds(300, &drivers, &t));
        let both = Condition::All(vec![disarmed, blue]);
        assert!(!both.holds(1000, &drivers, &t));
        assert_eq!(both.depth(), 1);
        assert_eq!(Condition::Any(vec![both, either]).tests(), 4);
    }

    #[test]
    fn a_tally_gives_the_share_and_median_of_first_firings() {
        let events = vec![
            Event::at(0, Action::Rafah(super::super::Crossing::Open)),
            Event {
                when: Some(Trigger::once(Condition::All(Vec::new()))),
                ..Event::at(0, Action::Rafah(super::super::Crossing::Open))
            },
        ];
        let mut tally = FiredTally::default();
        tally.add(&[(1, 10), (1, 40)]);
        tally.add(&[]);
        tally.add(&[(1, 30)]);
        tally.add(&[(1, 20)]);
        let summary = tally.finish(&events);
        assert_eq!(summary.len(), 1);
        assert_eq!(summary[0].runs_fired, 3);
        assert_eq!(summary[0].median_day, Some(20.0));
        assert!((summary[0].share() - 0.75).abs() < 1e-12);
        assert_eq!(
            fired_days(&events, &[(1, 5), (1, 9)]),
            [(1, "day 5, day 9".to_owned())]
        );
    }
}
