//! Events, their conditions and how often an ensemble saw them fire, in the interface's
//! language: what the events list, the timeline and the uncertainty panel show. The scenario
//! file and the CSV keep the model's English descriptions (`Event::label`, `Action::describe`).

use gz_core::geo::Governorate;
use gz_core::model::milestones::FiredSummary;
use gz_core::model::no_effect::NoEffect;
use gz_core::model::{Action, Area, Condition, Crossing, Event, Repeat, Trigger};

use crate::{names, tr};

/// The event's title, or without one what it does.
#[must_use]
pub fn label(event: &Event) -> String {
    if event.title.is_empty() {
        action(&event.action)
    } else {
        event.title.clone()
    }
}

/// What an action does, in a few words.
#[must_use]
pub fn action(action: &Action) -> String {
    match action {
        Action::Set { driver, value } => tr!(
            "event-set",
            driver = names::driver(*driver),
            value = value.to_string()
        ),
        Action::Ramp {
            driver,
            to,
            over_days,
        } => tr!(
            "event-ramp",
            driver = names::driver(*driver),
            value = to.to_string(),
            days = *over_days
        ),
        Action::Strike { area: a, intensity } => tr!(
            "event-strike",
            intensity = intensity.to_string(),
            area = area(a)
        ),
        Action::DeployForce(g) => tr!("event-deploy", governorate = names::governorate(*g)),
        Action::WithdrawForce(g) => tr!("event-withdraw", governorate = names::governorate(*g)),
        Action::Deploy {
            to,
            troops,
            mandate,
        } => tr!(
            "event-deploy-force",
            troops = format!("{troops:.0}"),
            places = governorates(to),
            mandate = names::mandate(*mandate)
        ),
        Action::Mandate(m) => tr!("event-mandate", mandate = names::mandate(*m)),
        Action::Governance(g) => tr!("event-governance", governance = names::governance(*g)),
        Action::MoveLine {
            held_share,
            over_days,
        } => tr!(
            "event-move-line",
            percent = format!("{:.0}", held_share * 100.0),
            days = *over_days
        ),
        Action::DeclareHaven(a) => tr!("event-haven", area = area(a)),
        Action::Rafah(Crossing::Open) => tr!("event-rafah-opens"),
        Action::Rafah(Crossing::Closed) => tr!("event-rafah-closes"),
    }
}

/// Why an event would change nothing, as the event form says it.
#[must_use]
pub fn no_effect(reason: &NoEffect) -> String {
    match reason {
        NoEffect::NoTroops => tr!("no-effect-no-troops"),
        NoEffect::AlreadyDeployed => tr!("no-effect-already-deployed"),
        NoEffect::NotDeployed(g) => {
            tr!(
                "no-effect-not-deployed",
                governorate = names::governorate(*g)
            )
        }
        NoEffect::SameValue => tr!("no-effect-same-value"),
        NoEffect::AlreadySo => tr!("no-effect-already-so"),
        NoEffect::AllHeld => tr!("no-effect-all-held"),
        NoEffect::NoIntensity => tr!("no-effect-no-intensity"),
    }
}

/// Governorates in a list, or the whole Strip when the list names all five.
#[must_use]
pub fn governorates(list: &[Governorate]) -> String {
    if Governorate::ALL.iter().all(|g| list.contains(g)) {
        return tr!("area-strip");
    }
    let names: Vec<String> = list.iter().map(|g| names::governorate(*g)).collect();
    crate::blockers::commas(&names)
}

/// Where an action applies.
#[must_use]
pub fn area(area: &Area) -> String {
    match area {
        Area::Strip => tr!("area-strip"),
        Area::Governorate(g) => names::governorate(*g),
        Area::Circle {
            lon,
            lat,
            radius_km,
        } => tr!(
            "area-circle",
            km = radius_km.to_string(),
            lat = format!("{lat:.3}"),
            lon = format!("{lon:.3}")
        ),
    }
}

/// When a conditional event fires.
#[must_use]
pub fn trigger(trigger: &Trigger) -> String {
    let condition = condition(&trigger.condition);
    match trigger.repeat {
        Repeat::Once => tr!("event-when", condition = condition),
        Repeat::Every(days) => tr!("event-when-every", condition = condition, days = days),
    }
}

/// A condition in words; the driver and indicator keys stay as the file writes them, so that
/// a reader can find them there.
#[must_use]
pub fn condition(condition: &Condition) -> String {
    let join = |list: &[Condition], id: &str| {
        let parts: Vec<String> = list
            .iter()
            .map(|c| match c {
                Condition::All(l) | Condition::Any(l) if l.len() > 1 => {
                    format!("({})", self::condition(c))
                }
                _ => self::condition(c),
            })
            .collect();
        parts.join(&format!(" {} ", crate::message(id, None)))
    };
    match condition {
        Condition::Driver(d, t) => format!("{} {} {}", d.key(), t.sign(), t.value()),
        Condition::Indicator(i, t) => format!("{} {} {}", i.key(), t.sign(), t.value()),
        Condition::Day(t) => tr!(
            "condition-day",
            sign = t.sign(),
            value = t.value().to_string()
        ),
        Condition::All(l) if l.is_empty() => tr!("condition-always"),
        Condition::Any(l) if l.is_empty() => tr!("condition-never"),
        Condition::All(l) => join(l, "condition-and"),
        Condition::Any(l) => join(l, "condition-or"),
    }
}

/// How often a conditional event fired over an ensemble's runs.
#[must_use]
pub fn fired(summary: &FiredSummary) -> String {
    let runs = summary.runs.to_string();
    if let (Some(median), Some(first), Some(last)) =
        (summary.median_day, summary.earliest_day, summary.latest_day)
    {
        tr!(
            "event-fired",
            percent = format!("{:.0}", summary.share() * 100.0),
            runs = runs,
            median = median.to_string(),
            first = first,
            last = last
        )
    } else {
        tr!("event-never-fired", runs = runs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, set_language};
    use gz_core::geo::Governorate;
    use gz_core::model::{Driver, Threshold};

    #[test]
    fn english_reads_as_the_model_describes_it_but_with_driver_names() {
        set_language(Language::English);
        let deploy = Action::DeployForce(Governorate::Rafah);
        assert_eq!(action(&deploy), "force deploys to Rafah");
        let strike = Action::Strike {
            area: Area::Strip,
            intensity: 3.0,
        };
        assert_eq!(action(&strike), "strike (3) in the whole Strip");
        let when = Trigger {
            condition: Condition::All(vec![
                Condition::Driver(Driver::DisarmamentShare, Threshold::AtLeast(0.5)),
                Condition::Day(Threshold::AtMost(400.0)),
            ]),
            repeat: Repeat::Every(30),
        };
        assert_eq!(
            trigger(&when),
            "when disarmament_share ≥ 0.5 and day ≤ 400 (at most every 30 days)"
        );
    }

    #[test]
    fn arabic_and_hebrew_name_places_and_keep_numbers_and_keys() {
        for language in [Language::Arabic, Language::Hebrew] {
            set_language(language);
            let deploy = action(&Action::DeployForce(Governorate::KhanYunis));
            assert!(deploy.contains(&names::governorate(Governorate::KhanYunis)));
            assert!(!deploy.contains("force"), "{deploy}");
            let when = trigger(&Trigger {
                condition: Condition::Any(vec![
                    Condition::Driver(Driver::AidTrucksPerDay, Threshold::AtLeast(600.0)),
                    Condition::Day(Threshold::AtLeast(100.0)),
                ]),
                repeat: Repeat::Once,
            });
            assert!(when.contains("aid_trucks_per_day ≥ 600"), "{when}");
            assert!(!when.contains(" or ") && !when.contains("when"), "{when}");
        }
        // Arabic counts agree with the number by its last two digits.
        set_language(Language::Arabic);
        let ramp = |days| {
            action(&Action::Ramp {
                driver: Driver::AidTrucksPerDay,
                to: 600.0,
                over_days: days,
            })
        };
        assert!(ramp(121).ends_with("121 يومًا"), "{}", ramp(121));
        assert!(ramp(105).ends_with("105 أيام"), "{}", ramp(105));
        assert!(ramp(2).ends_with("يومين"), "{}", ramp(2));
        set_language(Language::English);
    }
}
