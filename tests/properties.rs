//! Properties over generated scenarios (conditional events among them): any valid scenario
//! saves and loads back unchanged, and the model's invariants hold for any valid scenario and
//! seed, in both modes.

use std::collections::BTreeMap;

use gaza_zones::geo::{Governorate, Grid};
use gaza_zones::model::population::STRIP_PEOPLE_END_2025;
use gaza_zones::model::{
    Action, Area, Condition, Crossing, Driver, DriverValues, Event, Governance, Indicator, Mandate,
    Mode, Param, Plan, Record, Repeat, Threshold, Trigger,
};
use gaza_zones::scenario::{Meta, Scenario, validate};
use proptest::prelude::*;

fn in_range(driver: Driver) -> impl Strategy<Value = f64> {
    let info = driver.info();
    info.min..=info.max
}

fn governorate() -> impl Strategy<Value = Governorate> {
    prop::sample::select(Governorate::ALL.to_vec())
}

fn area() -> impl Strategy<Value = Area> {
    prop_oneof![
        Just(Area::Strip),
        governorate().prop_map(Area::Governorate),
        (34.2..34.6f64, 31.2..31.6f64, 0.1..20.0f64).prop_map(|(lon, lat, radius_km)| {
            Area::Circle {
                lon,
                lat,
                radius_km,
            }
        }),
    ]
}

fn threshold(range: std::ops::RangeInclusive<f64>) -> impl Strategy<Value = Threshold> {
    (range, any::<bool>()).prop_map(|(x, at_least)| {
        if at_least {
            Threshold::AtLeast(x)
        } else {
            Threshold::AtMost(x)
        }
    })
}

/// A test, or `All`/`Any` of a few: conditions as people write them.
fn condition() -> impl Strategy<Value = Condition> {
    let driver = prop::sample::select(Driver::ALL.to_vec())
        .prop_flat_map(|d| in_range(d).prop_map(move |x| (d, x)));
    let test = prop_oneof![
        (driver, any::<bool>()).prop_map(|((d, x), at_least)| Condition::Driver(
            d,
            if at_least {
                Threshold::AtLeast(x)
            } else {
                Threshold::AtMost(x)
            }
        )),
        (
            prop::sample::select(Indicator::ALL.to_vec()),
            threshold(0.0..=1.0)
        )
            .prop_map(|(i, t)| Condition::Indicator(i, t)),
        threshold(0.0..=400.0).prop_map(Condition::Day),
    ];
    test.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..3).prop_map(Condition::All),
            prop::collection::vec(inner, 1..3).prop_map(Condition::Any),
        ]
    })
}

fn when() -> impl Strategy<Value = Option<Trigger>> {
    let repeat = prop_oneof![Just(Repeat::Once), (1..=90u32).prop_map(Repeat::Every)];
    prop_oneof![
        2 => Just(None),
        1 => (condition(), repeat).prop_map(|(condition, repeat)| Some(Trigger { condition, repeat })),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    let driver = prop::sample::select(Driver::ALL.to_vec());
    prop_oneof![
        driver
            .clone()
            .prop_flat_map(|d| in_range(d).prop_map(move |value| Action::Set { driver: d, value })),
        (driver, 0..400u32).prop_flat_map(|(d, over_days)| in_range(d).prop_map(move |to| {
            Action::Ramp {
                driver: d,
                to,
                over_days,
            }
        })),
        (area(), 0.0..=10.0f64).prop_map(|(area, intensity)| Action::Strike { area, intensity }),
        governorate().prop_map(Action::DeployForce),
        governorate().prop_map(Action::WithdrawForce),
        prop::sample::select(vec![Mandate::Monitor, Mandate::Enforce]).prop_map(Action::Mandate),
        prop::sample::select(Governance::ALL.to_vec()).prop_map(Action::Governance),
        (0.0..=1.0f64, 0..400u32).prop_map(|(held_share, over_days)| Action::MoveLine {
            held_share,
            over_days
        }),
        area().prop_map(Action::DeclareHaven),
        prop::sample::select(vec![Crossing::Open, Crossing::Closed]).prop_map(Action::Rafah),
    ]
}

/// Text of any script, with quotes, backslashes and line breaks: what notes really contain.
fn text() -> impl Strategy<Value = String> {
    "[\\PC\"\\\\\n\t]{0,30}"
}

fn start() -> impl Strategy<Value = DriverValues> {
    (
        prop::array::uniform7(0.0..=1.0f64),
        prop::sample::select(vec![Mandate::Monitor, Mandate::Enforce]),
        prop::sample::subsequence(Governorate::ALL.to_vec(), 0..=5),
        prop::sample::select(Governance::ALL.to_vec()),
        prop::sample::select(vec![Crossing::Open, Crossing::Closed]),
    )
        .prop_map(
            |(u, force_mandate, force_deployed, governance, rafah_crossing)| {
                let mut d = DriverValues {
                    force_mandate,
                    force_deployed,
                    governance,
                    rafah_crossing,
                    ..DriverValues::default()
                };
                for (driver, share) in Driver::ALL.into_iter().zip(u) {
                    let info = driver.info();
                    d.set(driver, info.min + share * (info.max - info.min));
                }
                d
            },
        )
}

fn scenario(max_horizon: u32) -> impl Strategy<Value = Scenario> {
    (
        1..=max_horizon,
        any::<u64>(),
        any::<bool>(),
        start(),
        "[\\PC]{1,40}",
        text(),
        text(),
    )
        .prop_flat_map(
            |(horizon_days, seed, stochastic, start, title, description, author)| {
                let event = (0..=horizon_days, when(), action(), text(), text(), text()).prop_map(
                    |(day, when, action, title, note, source)| Event {
                        day,
                        when,
                        title,
                        action,
                        note,
                        source,
                    },
                );
                let params = prop::collection::btree_map(
                    prop::sample::select(Param::ALL.to_vec()),
                    0.0..=1.0f64,
                    0..4,
                );
                (prop::collection::vec(event, 0..10), params).prop_map(move |(events, params)| {
                    let parameters: BTreeMap<Param, f64> = params
                        .into_iter()
                        .map(|(p, share)| {
                            let info = p.info();
                            (p, info.min + share * (info.max - info.min))
                        })
                        .collect();
                    Scenario {
                        meta: Meta {
                            title: title.clone(),
                            description: description.clone(),
                            author: author.clone(),
                            ..Meta::default()
                        },
                        horizon_days,
                        seed,
                        mode: if stochastic {
                            Mode::Stochastic
                        } else {
                            Mode::Expected
                        },
                        start: start.clone(),
                        events,
                        parameters,
                        ..Scenario::default()
                    }
                })
            },
        )
        .prop_filter("valid scenarios only", |s| validate(s).is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_valid_scenario_round_trips_through_save_and_load(s in scenario(3650)) {
        let text = s.to_ron_string().expect("serialises");
        let back = Scenario::from_ron_str(&text, "generated.ron").expect("loads");
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(back.to_ron_string().expect("serialises"), text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn invariants_hold_for_any_valid_scenario_and_seed(s in scenario(120), seed in any::<u64>()) {
        let total_km2 = Grid::strip().total_area_km2();
        let plan = Plan::new(Grid::strip(), &s.inputs());
        for mode in [Mode::Expected, Mode::Stochastic] {
            let out = plan.run(mode, seed, Record::Totals);
            prop_assert_eq!(out.days.len(), s.horizon_days as usize + 1);
            for r in &out.days {
                let area: f64 = r.area_km2.iter().sum();
                let people: f64 = r.people.iter().sum();
                prop_assert!((area - total_km2).abs() < 1e-6, "area {}", area);
                prop_assert!((people - STRIP_PEOPLE_END_2025).abs() < 1e-3, "people {}", people);
                for v in r.area_km2.iter().chain(&r.people).chain(r.flows_km2.iter().flatten()) {
                    prop_assert!(v.is_finite() && *v >= -1e-9, "value {}", v);
                }
                prop_assert!(r.people_displaced >= -1e-6 && r.people_displaced <= people + 1e-6);
            }
        }
    }
}
