//! Turns start values and events into the drivers' value on every day of the horizon.

use super::drivers::{Driver, DriverValues};
use super::events::{Action, Area, Event};

/// What changes on one day besides the drivers' values: one-off happenings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Happenings {
    pub strikes: Vec<(Area, f64)>,
    pub havens: Vec<Area>,
}

/// The drivers on every day `0..=horizon_days`, and the one-off happenings of each day.
#[derive(Clone, Debug)]
pub struct Timeline {
    pub days: Vec<DriverValues>,
    pub happenings: Vec<Happenings>,
}

#[derive(Clone, Copy)]
struct Ramp {
    start_day: u32,
    from: f64,
    to: f64,
    over_days: u32,
}

impl Ramp {
    fn value_on(self, day: u32) -> f64 {
        if self.over_days == 0 {
            return self.to;
        }
        let progress = f64::from(day.saturating_sub(self.start_day)) / f64::from(self.over_days);
        self.from + (self.to - self.from) * progress.min(1.0)
    }
}

impl Timeline {
    /// Events on the same day apply in the order they are listed; a set or ramp of a driver
    /// cancels any ramp of that driver still under way. Conditional events have no day yet
    /// and are left out (a run adds them when they fire).
    #[must_use]
    pub fn build(start: &DriverValues, events: &[Event], horizon_days: u32) -> Self {
        let mut order: Vec<&Event> = events.iter().filter(|e| e.when.is_none()).collect();
        order.sort_by_key(|e| e.day);
        let mut next_event = 0;
        let mut current = start.clone();
        let mut ramps: [Option<Ramp>; Driver::ALL.len()] = [None; Driver::ALL.len()];
        let mut days = Vec::with_capacity(horizon_days as usize + 1);
        let mut happenings = Vec::with_capacity(horizon_days as usize + 1);
        for day in 0..=horizon_days {
            let mut today = Happenings::default();
            while let Some(event) = order.get(next_event).filter(|e| e.day == day) {
                apply(&event.action, day, &mut current, &mut ramps, &mut today);
                next_event += 1;
            }
            for (driver, ramp) in Driver::ALL.iter().zip(&ramps) {
                if let Some(ramp) = ramp {
                    current.set(*driver, ramp.value_on(day));
                }
            }
            days.push(current.clone());
            happenings.push(today);
        }
        Self { days, happenings }
    }
}

fn apply(
    action: &Action,
    day: u32,
    current: &mut DriverValues,
    ramps: &mut [Option<Ramp>; Driver::ALL.len()],
    today: &mut Happenings,
) {
    // The driver takes its new value at once, so that a later event on the same day (a ramp
    // after a set, say) starts from it.
    let mut ramp_to = |driver: Driver, to: f64, over_days: u32, current: &mut DriverValues| {
        let ramp = Ramp {
            start_day: day,
            from: current.get(driver),
            to,
            over_days,
        };
        current.set(driver, ramp.value_on(day));
        ramps[driver as usize] = Some(ramp);
    };
    match action {
        Action::Set { driver, value } => ramp_to(*driver, *value, 0, current),
        Action::Ramp {
            driver,
            to,
            over_days,
        } => ramp_to(*driver, *to, *over_days, current),
        Action::MoveLine {
            held_share,
            over_days,
        } => ramp_to(Driver::HeldShare, *held_share, *over_days, current),
        Action::Strike { area, intensity } => today.strikes.push((area.clone(), *intensity)),
        Action::DeclareHaven(area) => today.havens.push(area.clone()),
        Action::DeployForce(g) => {
            if !current.force_deployed.contains(g) {
                current.force_deployed.push(*g);
                current.force_deployed.sort();
            }
        }
        Action::WithdrawForce(g) => current.force_deployed.retain(|d| d != g),
        Action::Deploy {
            to,
            troops,
            mandate,
        } => {
            for g in to {
                if !current.force_deployed.contains(g) {
                    current.force_deployed.push(*g);
                }
            }
            current.force_deployed.sort();
            ramp_to(Driver::ForceTroops, *troops, 0, current);
            current.force_mandate = *mandate;
        }
        Action::Mandate(m) => current.force_mandate = *m,
        Action::Governance(g) => current.governance = *g,
        Action::Rafah(c) => current.rafah_crossing = *c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drivers::Crossing;

    fn event(day: u32, action: Action) -> Event {
        Event::at(day, action)
    }

    #[test]
    fn a_set_takes_effect_on_its_day_and_stays() {
        let events = [event(
            10,
            Action::Set {
                driver: Driver::AidTrucksPerDay,
                value: 600.0,
            },
        )];
        let t = Timeline::build(&DriverValues::default(), &events, 20);
        assert_eq!(t.days[9].aid_trucks_per_day, 113.0);
        assert_eq!(t.days[10].aid_trucks_per_day, 600.0);
        assert_eq!(t.days[20].aid_trucks_per_day, 600.0);
    }

    #[test]
    fn a_ramp_is_linear_and_reaches_its_target() {
        let events = [event(
            0,
            Action::Ramp {
                driver: Driver::DisarmamentShare,
                to: 1.0,
                over_days: 100,
            },
        )];
        let t = Timeline::build(&DriverValues::default(), &events, 200);
        assert!((t.days[50].disarmament_share - 0.5).abs() < 1e-12);
        assert_eq!(t.days[100].disarmament_share, 1.0);
        assert_eq!(t.days[200].disarmament_share, 1.0);
    }

    #[test]
    fn a_later_set_cancels_a_ramp_under_way() {
        let events = [
            event(
                0,
                Action::MoveLine {
                    held_share: 0.2,
                    over_days: 100,
                },
            ),
            event(
                50,
                Action::Set {
                    driver: Driver::HeldShare,
                    value: 0.6,
                },
            ),
        ];
        let t = Timeline::build(&DriverValues::default(), &events, 120);
        assert!(t.days[49].held_share < 0.53);
        assert_eq!(t.days[50].held_share, 0.6);
        assert_eq!(t.days[120].held_share, 0.6);
    }

    #[test]
    fn a_ramp_after_a_set_on_the_same_day_starts_from_the_set_value() {
        let events = [
            event(
                5,
                Action::Set {
                    driver: Driver::ForceTroops,
                    value: 500.0,
                },
            ),
            event(
                5,
                Action::Ramp {
                    driver: Driver::ForceTroops,
                    to: 1500.0,
                    over_days: 10,
                },
            ),
        ];
        let t = Timeline::build(&DriverValues::default(), &events, 20);
        assert_eq!(t.days[5].force_troops, 500.0);
        assert!((t.days[10].force_troops - 1000.0).abs() < 1e-9);
        assert_eq!(t.days[15].force_troops, 1500.0);
    }

    #[test]
    fn events_listed_out_of_order_still_apply_on_their_days() {
        let events = [
            event(30, Action::Rafah(Crossing::Open)),
            event(10, Action::DeployForce(crate::geo::Governorate::Rafah)),
        ];
        let t = Timeline::build(&DriverValues::default(), &events, 40);
        assert!(t.days[10].is_deployed(crate::geo::Governorate::Rafah));
        assert_eq!(t.days[29].rafah_crossing, Crossing::Closed);
        assert_eq!(t.days[30].rafah_crossing, Crossing::Open);
    }
}
