//! Conditional events (milestones): checked at the end of a day, fired the next, each run on
//! its own day; a condition that never holds changes nothing.

use gaza_zones::geo::Grid;
use gaza_zones::model::milestones::FiredTally;
use gaza_zones::model::{
    Action, Area, Condition, Driver, Event, Indicator, Mode, Plan, Record, Repeat, RunOutput,
    Threshold, Trigger,
};
use gaza_zones::scenario::{Bundled, LoadError, Scenario};

fn full_phase_two() -> Scenario {
    Bundled::named("full_phase_two.ron")
        .and_then(|b| b.load().ok())
        .expect("bundled scenario loads")
}

/// `s` with one more event: `action`, waiting from `day` for `trigger`.
fn with_milestone(mut s: Scenario, day: u32, trigger: Trigger, action: Action) -> Scenario {
    s.events.push(Event {
        when: Some(trigger),
        ..Event::at(day, action)
    });
    s
}

fn run(s: &Scenario, mode: Mode, run: u64) -> RunOutput {
    Plan::new(Grid::strip(), &s.inputs()).run_numbered(mode, s.seed, run, Record::Totals)
}

fn blue_people_at_least(share: f64) -> Trigger {
    Trigger::once(Condition::Indicator(
        Indicator::BluePeopleShare,
        Threshold::AtLeast(share),
    ))
}

fn pull_back() -> Action {
    Action::MoveLine {
        held_share: 0.05,
        over_days: 0,
    }
}

#[test]
fn a_milestone_on_the_run_s_own_state_fires_on_different_days_in_different_runs() {
    let s = with_milestone(full_phase_two(), 0, blue_people_at_least(0.3), pull_back());
    let index = s.events.len() - 1;
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let mut days = Vec::new();
    for r in 0..8 {
        let out = plan.run_numbered(Mode::Stochastic, 1, r, Record::Totals);
        assert_eq!(out.fired.len(), 1, "run {r} fired once: {:?}", out.fired);
        let (i, day) = out.fired[0];
        assert_eq!(i, index);
        // It fired the day after the first day whose end showed the share.
        let share = |d: u32| Indicator::BluePeopleShare.of(&out.days[d as usize]);
        assert!(share(day - 1) >= 0.3, "run {r}: day {day}");
        assert!(
            (0..day - 1).all(|d| share(d) < 0.3),
            "run {r}: fired late on day {day}"
        );
        days.push(day);
    }
    days.sort_unstable();
    days.dedup();
    assert!(days.len() >= 4, "runs fired on their own days: {days:?}");
}

#[test]
fn in_expected_value_mode_a_milestone_fires_on_one_day_and_its_action_applies_from_it() {
    let base = full_phase_two();
    let s = with_milestone(base.clone(), 0, blue_people_at_least(0.3), pull_back());
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let a = plan.run_numbered(Mode::Expected, 1, 0, Record::Totals);
    let b = plan.run_numbered(Mode::Expected, 99, 5, Record::Totals);
    assert_eq!(a.fired, b.fired, "expected values know no seed");
    assert_eq!(a.fired.len(), 1);
    let day = a.fired[0].1 as usize;
    let before = run(&base, Mode::Expected, 0);
    // Up to the day before, the run is the scenario's own; from the day, the line has moved.
    assert_eq!(a.days[..day], before.days[..day]);
    assert!(a.held_count[day] < before.held_count[day]);
    let drivers = plan.run_timeline(&a.fired);
    assert!(drivers.days[day - 1].held_share > 0.05);
    assert_eq!(drivers.days[day].held_share, 0.05);
    assert_eq!(
        plan.run_timeline(&[]).days[day].held_share,
        before_held(&base, day)
    );
}

fn before_held(s: &Scenario, day: usize) -> f64 {
    Plan::new(Grid::strip(), &s.inputs()).timeline.days[day].held_share
}

#[test]
fn a_milestone_that_never_comes_never_fires_and_changes_nothing() {
    let base = full_phase_two();
    // Disarmament stops at 0.85 in this scenario.
    let never = Trigger::once(Condition::Driver(
        Driver::DisarmamentShare,
        Threshold::AtLeast(0.9),
    ));
    let s = with_milestone(base.clone(), 0, never, pull_back());
    for mode in [Mode::Expected, Mode::Stochastic] {
        for r in 0..3 {
            let with = run(&s, mode, r);
            let without = run(&base, mode, r);
            assert!(with.fired.is_empty());
            assert_eq!(with.days, without.days, "{mode:?} run {r}");
            assert_eq!(with.changes, without.changes, "{mode:?} run {r}");
        }
    }
}

#[test]
fn a_milestone_on_a_driver_fires_the_day_after_the_driver_reaches_it() {
    let base = full_phase_two();
    let halfway = Trigger::once(Condition::Driver(
        Driver::DisarmamentShare,
        Threshold::AtLeast(0.5),
    ));
    let s = with_milestone(base.clone(), 0, halfway, pull_back());
    let timeline = Plan::new(Grid::strip(), &s.inputs()).timeline;
    let reached = timeline
        .days
        .iter()
        .position(|d| d.disarmament_share >= 0.5)
        .expect("disarmament reaches a half");
    for mode in [Mode::Expected, Mode::Stochastic] {
        let out = run(&s, mode, 0);
        assert_eq!(
            out.fired,
            [(s.events.len() - 1, reached as u32 + 1)],
            "{mode:?}"
        );
    }
}

#[test]
fn not_before_its_day_and_a_repeating_milestone_keeps_its_spacing() {
    let base = full_phase_two();
    let strike = Action::Strike {
        area: Area::Strip,
        intensity: 1.0,
    };
    let monthly = Trigger {
        condition: Condition::Day(Threshold::AtLeast(0.0)),
        repeat: Repeat::Every(30),
    };
    let s = with_milestone(base.clone(), 100, monthly, strike);
    let out = run(&s, Mode::Expected, 0);
    let days: Vec<u32> = out.fired.iter().map(|&(_, d)| d).collect();
    let expected: Vec<u32> = (101..=s.horizon_days).step_by(30).collect();
    assert_eq!(days, expected);
    // Each strike displaces people on its day, and the dated run has no such strikes.
    let without = run(&base, Mode::Expected, 0);
    assert_eq!(out.days[..101], without.days[..101]);
    assert!(out.days[101].people_displaced > without.days[101].people_displaced);
}

#[test]
fn an_ensemble_tallies_how_often_and_when_each_milestone_fired() {
    let s = with_milestone(full_phase_two(), 0, blue_people_at_least(0.5), pull_back());
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let mut tally = FiredTally::default();
    for r in 0..6 {
        tally.add(
            &plan
                .run_numbered(Mode::Stochastic, 1, r, Record::Totals)
                .fired,
        );
    }
    let summary = tally.finish(&s.events);
    assert_eq!(summary.len(), 1);
    assert_eq!(summary[0].index, s.events.len() - 1);
    assert_eq!(summary[0].runs, 6);
    assert!(summary[0].runs_fired > 0);
    let median = summary[0].median_day.expect("fired somewhere");
    assert!(median > 300.0 && median < 774.0, "{median}");
    assert!(summary[0].describe().contains("median day"));
}

fn data(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

#[test]
fn the_example_file_loads_saves_back_the_same_and_fires() {
    let path = data("milestones.ron");
    let s = Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let conditional: Vec<&Event> = s.events.iter().filter(|e| e.when.is_some()).collect();
    assert_eq!(conditional.len(), 3);
    let text = s.to_ron_string().expect("saves");
    assert!(
        text.contains("when: (") && !text.contains("Some("),
        "{text}"
    );
    let again = Scenario::from_ron_str(&text, "saved.ron").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, s);
    let out = run(&s, Mode::Expected, 0);
    assert!(!out.fired.is_empty());
}

#[test]
fn bad_conditions_are_named_where_they_stand() {
    let text = std::fs::read_to_string(data("milestones.ron")).expect("reads");
    let bad = text
        .replace("AtLeast(0.5)", "AtLeast(1.5)")
        .replace("Every(30)", "Every(0)");
    let Err(LoadError::Invalid { problems, .. }) = Scenario::from_ron_str(&bad, "bad.ron") else {
        panic!("refused");
    };
    assert_eq!(problems.len(), 2, "{problems:?}");
    let line_of = |needle: &str| {
        bad.lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .expect("in the text")
    };
    assert!(problems[0].message.contains("disarmament_share = 1.5"));
    assert!(problems[0].path.ends_with("when.condition"));
    let (line, _) = problems[0].position.expect("placed");
    assert_eq!(line, line_of("condition: Driver(disarmament_share"));
    assert!(problems[1].message.contains("Every(0)"));
    assert_eq!(problems[1].position.map(|p| p.0), Some(line_of("Every(0)")));

    // Nesting past the bound is refused, not evaluated every day.
    let mut deep = "Day(AtLeast(1))".to_owned();
    for _ in 0..5 {
        deep = format!("All([{deep}])");
    }
    let nested = text.replacen("Driver(disarmament_share, AtLeast(0.5))", &deep, 1);
    let result = Scenario::from_ron_str(&nested, "deep.ron");
    let Err(LoadError::Invalid { problems, .. }) = result else {
        panic!("refused: {result:?}");
    };
    assert!(problems[0].message.contains("levels deep"), "{problems:?}");
}

#[test]
fn the_bundled_milestone_scenario_is_canonical_and_its_perimeter_waits_for_each_run() {
    let bundled = Bundled::named("milestones.ron").expect("bundled");
    let s = bundled.load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.to_ron_string().expect("saves"), bundled.text);
    let perimeter = s
        .events
        .iter()
        .position(|e| e.when.is_some() && e.title.contains("perimeter"))
        .expect("the perimeter milestone");
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let days: std::collections::BTreeSet<u32> = (0..6)
        .filter_map(|r| {
            let out = plan.run_numbered(Mode::Stochastic, s.seed, r, Record::Totals);
            out.fired.iter().find(|(i, _)| *i == perimeter).map(|f| f.1)
        })
        .collect();
    assert!(days.len() > 1, "{days:?}");
}

#[test]
fn a_haven_that_fires_is_recorded_on_its_day() {
    let s = Scenario::load(&data("milestones.ron")).unwrap_or_else(|e| panic!("{e}"));
    let haven = s
        .events
        .iter()
        .position(|e| e.when.is_some() && matches!(e.action, Action::DeclareHaven(_)))
        .expect("a conditional haven");
    let out = run(&s, Mode::Expected, 0);
    let day = out
        .fired
        .iter()
        .find(|(i, _)| *i == haven)
        .map(|f| f.1)
        .expect("fires");
    let grid = Grid::strip();
    let in_deir_al_balah =
        |c: usize| grid.cells[c].governorate == gaza_zones::geo::Governorate::DeirAlBalah;
    assert!(
        (0..grid.len())
            .filter(|&c| in_deir_al_balah(c))
            .all(|c| out.haven_declared_on[c] == day)
    );
}
