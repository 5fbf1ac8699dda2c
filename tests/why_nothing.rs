//! "Why did nothing change?": for a cell and for the whole Strip, each way out of a zone, its
//! chance and what holds it back, from the rule table; and `gaza-zones explain`, which prints it.

use gaza_zones::geo::{CellId, Grid};
use gaza_zones::model::blockers::{HELD_BACK_BELOW_PER_DAY, Status, cell_blockers, strip_blockers};
use gaza_zones::model::explain::{Why, explain_cell};
use gaza_zones::model::{Governance, Mode, Plan, Record, Rule, Zone};
use gaza_zones::scenario::Scenario;
use gz_i18n::blockers::{cell_sentences, strip_blocker_sentences, strip_sentences};

mod support;
use support::gaza_zones;
use support::load_bundled as load;
use support::{force_but_no_disarmament, scenario_file};

fn sentence_about<'a>(sentences: &'a [String], start: &str) -> Vec<&'a String> {
    sentences.iter().filter(|s| s.starts_with(start)).collect()
}

#[test]
fn where_things_stand_on_day_100_says_clearance_cannot_happen_without_disarmament() {
    let s = load("where_things_stand.ron");
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let strip = strip_blockers(&plan, s.mode, s.seed, 100).expect("explains");
    assert_eq!(strip.day, 100);
    // Nothing clears anywhere, and the core says why: the factor of the table that is 0.
    for (_, zone, way) in strip.ways_out() {
        if way.rule == Rule::Clearance {
            assert_eq!(zone, Zone::Red);
            assert_eq!(way.status(), Status::Cannot);
            assert_eq!(way.possible_in, 0);
        }
    }
    let sentences = strip_sentences(&strip);
    let clearance = sentence_about(&sentences, "Clearance (red → gray) cannot happen");
    assert_eq!(
        clearance.len(),
        1,
        "one reason everywhere, said once: {sentences:#?}"
    );
    assert!(
        clearance[0].contains("disarmament is 0") && clearance[0].contains("no force troops"),
        "{}",
        clearance[0]
    );
}

#[test]
fn a_held_cell_is_held_back_by_the_line() {
    let s = load("where_things_stand.ron");
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let out = plan.run(s.mode, s.seed, Record::Cells);
    let held = (0..Grid::strip().len())
        .find(|&c| out.is_held(100, c))
        .expect("two-thirds of the Strip is held");
    let cell = CellId::from_index(held).expect("a cell");
    let b = cell_blockers(&plan, s.mode, s.seed, cell, 100).expect("explains");
    assert!(b.held);
    assert_eq!(b.zones.len(), 1);
    assert_eq!(b.zones[0].zone, Zone::Gray);
    for way in &b.zones[0].ways_out {
        assert_eq!(way.status(), Status::Cannot, "{:?}", way.rule);
    }
    let sentences = cell_sentences(&b);
    assert_eq!(sentences.len(), 2, "{sentences:#?}");
    for s in &sentences {
        assert!(s.contains("cannot happen"), "{s}");
        assert!(s.contains("held behind the withdrawal line"), "{s}");
    }
}

#[test]
fn a_cell_that_changes_has_no_cannot_for_the_rule_that_changed_it() {
    let mut s = Scenario {
        horizon_days: 200,
        mode: Mode::Stochastic,
        seed: 7,
        ..Scenario::default()
    };
    s.start.disarmament_share = 0.6;
    s.start.governance = Governance::FullTransition;
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let out = plan.run(s.mode, s.seed, Record::Cells);
    let changes: Vec<_> = out
        .changes
        .iter()
        .filter(|c| c.rule == Rule::Clearance)
        .take(5)
        .copied()
        .collect();
    assert!(!changes.is_empty(), "land clears");
    for change in changes {
        let b = cell_blockers(&plan, s.mode, s.seed, change.cell, change.day).expect("explains");
        let way = b
            .zones
            .iter()
            .flat_map(|z| &z.ways_out)
            .find(|w| w.rule == Rule::Clearance)
            .expect("red cells can clear");
        assert_ne!(way.status(), Status::Cannot);
        // The same probability as the explanation of the change itself.
        let history =
            explain_cell(&plan, s.mode, s.seed, &out, change.cell, s.start_date).expect("history");
        let why = history
            .changes
            .iter()
            .find(|e| e.change == change)
            .map(|e| &e.why);
        let Some(Why::Rule(why)) = why else {
            panic!("a rule's change");
        };
        assert_eq!(way.probability, why.probability);
        assert!(
            !cell_sentences(&b)
                .iter()
                .any(|t| t.starts_with("Clearance (red → gray) cannot")),
            "{:#?}",
            cell_sentences(&b)
        );
    }
}

#[test]
fn a_monitoring_force_without_disarmament_is_named_with_its_mandate() {
    let s = force_but_no_disarmament();
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let strip = strip_blockers(&plan, s.mode, s.seed, 100).expect("explains");
    for (_, _, way) in strip
        .ways_out()
        .filter(|(_, _, w)| w.rule == Rule::Clearance)
    {
        assert_eq!(way.status(), Status::HeldBack);
        assert!(way.best.probability < HELD_BACK_BELOW_PER_DAY);
    }
    let sentences = strip_blocker_sentences(&strip);
    let clearance = sentence_about(&sentences, "Clearance (red → gray) is held back");
    assert_eq!(clearance.len(), 1, "{sentences:#?}");
    assert!(
        clearance[0].contains("disarmament is 0") && clearance[0].contains("mandate is monitor"),
        "{}",
        clearance[0]
    );
}

#[test]
fn a_whole_day_is_traced_as_each_cell_is_on_its_own() {
    let s = load("full_phase_two.ron");
    let plan = Plan::new(Grid::strip(), &s.inputs());
    for mode in [Mode::Expected, Mode::Stochastic] {
        let day = 120;
        let all = plan.trace_day(mode, s.seed, day);
        assert_eq!(all.len(), Grid::strip().len());
        for cell in [0, 57, 200, 399] {
            let (_, days) = plan.trace_cell(mode, s.seed, cell);
            assert_eq!(all[cell], days[day as usize], "{mode:?} cell {cell}");
        }
    }
    assert!(
        plan.trace_day(Mode::Expected, 1, plan.horizon_days + 1)
            .is_empty()
    );
}

#[test]
fn day_zero_is_explained_by_day_one_and_errors_are_named() {
    let s = load("where_things_stand.ron");
    let plan = Plan::new(Grid::strip(), &s.inputs());
    assert_eq!(
        strip_blockers(&plan, s.mode, s.seed, 0).map(|b| b.day),
        Ok(1)
    );
    assert!(strip_blockers(&plan, s.mode, s.seed, s.horizon_days + 1).is_err());
    assert!(cell_blockers(&plan, s.mode, s.seed, CellId(1_000_000), 5).is_err());
}

#[test]
fn explain_prints_the_strip_and_a_cell_and_refuses_what_does_not_exist() {
    let file = scenario_file("where_things_stand.ron");
    let o = gaza_zones(&["explain", &file, "--day", "100"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Day 100 (2026-12-10)"), "{text}");
    assert!(
        text.contains("Clearance (red → gray) cannot happen") && text.contains("disarmament is 0"),
        "{text}"
    );

    let o = gaza_zones(&["explain", &file, "--day", "100", "--cell", "3"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Cell 3 in Rafah"), "{text}");
    assert!(text.contains("held behind the withdrawal line"), "{text}");
    assert!(text.contains("Changes up to day 100: none."), "{text}");

    let o = gaza_zones(&["explain", &file, "--cell", "999999"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no such cell"));
    let o = gaza_zones(&["explain", &file, "--day", "10000"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("past the scenario's last day"));
}

#[test]
fn a_haven_declared_on_unsecured_red_ground_says_it_lacks_security() {
    use gaza_zones::model::{Action, Area, Event, ModelVersion};
    let mut s = force_but_no_disarmament();
    s.model = ModelVersion::V3;
    s.mode = Mode::Stochastic;
    s.events.push(Event::at(
        20,
        Action::DeclareHaven(Area::Circle {
            lon: 34.35,
            lat: 31.42,
            radius_km: 6.0,
        }),
    ));
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let day = 100;
    let records = plan.trace_day(s.mode, s.seed, day);
    // A declared red cell with no enforcing force and no secured ground around it.
    let cell = records
        .iter()
        .position(|r| {
            r.context.haven
                && !r.context.held
                && r.before[Zone::Red.index()] == 1.0
                && r.context.secured_neighbours == 0.0
        })
        .and_then(CellId::from_index)
        .expect("a haven deep in red land");
    let b = cell_blockers(&plan, s.mode, s.seed, cell, day).expect("explains");
    let haven = b.zones[0]
        .ways_out
        .iter()
        .find(|w| w.rule == Rule::Haven)
        .expect("a way out of red");
    assert_eq!(haven.status(), Status::Cannot);
    let sentence = cell_sentences(&b)
        .into_iter()
        .find(|t| t.starts_with("Haven (red → green)"))
        .expect("said");
    assert!(
        sentence.contains("security for a haven is 0")
            && sentence.contains("mandate is monitor")
            && sentence.contains("no neighbouring cell is secured"),
        "{sentence}"
    );
}

#[test]
fn explain_with_lang_ar_or_he_writes_the_sentences_in_that_language() {
    use gz_i18n::{FluentArgs, Language, message_in};
    let file = scenario_file("where_things_stand.ron");
    let o = gaza_zones(&["--lang", "ar", "explain", &file, "--day", "100"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    // The same reason as in English (disarmament at 0, no troops), in one Arabic sentence
    // that names the rule by its key and the zones in Arabic.
    let clearance: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("- لا يمكن أن يحدث الانتقال clearance (أحمر ← رمادي)"))
        .collect();
    assert_eq!(clearance.len(), 1, "{text}");
    assert!(
        clearance[0].contains("نزع السلاح عند 0")
            && clearance[0].contains("لا يوجد جنود لقوة الاستقرار"),
        "{}",
        clearance[0]
    );
    assert!(text.contains("اليوم 100 (2026-12-10)"), "{text}");
    assert!(
        !text.contains("cannot happen") && !text.contains("Day 100") && !text.contains(" red "),
        "English left in: {text}"
    );

    let o = gaza_zones(&[
        "--lang", "he", "explain", &file, "--day", "100", "--cell", "3",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    let mut day = FluentArgs::new();
    day.set("day", 100);
    let none = message_in(Language::Hebrew, "blockers-cli-no-changes", Some(&day));
    assert!(text.contains("תא 3 בנפת רפיח"), "{text}");
    assert!(text.contains(&none), "{text}");
    assert!(text.contains("מאחורי קו הנסיגה"), "{text}");
    assert!(!text.contains("Changes up to day"), "{text}");
}

#[test]
fn the_drivers_that_would_move_a_stalled_strip_are_named() {
    use gaza_zones::model::rules::table::DriverRef;
    use gaza_zones::model::{CategoricalDriver, Driver};
    let s = load("where_things_stand.ron");
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let strip = strip_blockers(&plan, s.mode, s.seed, 100).expect("explains");
    let drivers = strip.drivers_to_move();
    // Clearance is held back by disarmament (0) and the force (none): both are named.
    assert!(
        drivers.contains(&DriverRef::Numeric(Driver::DisarmamentShare)),
        "{drivers:?}"
    );
    assert!(
        drivers.contains(&DriverRef::Numeric(Driver::ForceTroops)),
        "{drivers:?}"
    );
    assert!(drivers.contains(&DriverRef::Categorical(CategoricalDriver::ForceMandate)));
    // Named once each.
    let mut unique = drivers.clone();
    unique.dedup();
    assert_eq!(unique.len(), drivers.len());

    // The student's case: a monitoring force and no disarmament, for one red cell.
    let s = force_but_no_disarmament();
    let plan = Plan::new(Grid::strip(), &s.inputs());
    let run = plan.run(s.mode, s.seed, Record::Cells);
    let red = (0..Grid::strip().len())
        .find(|&c| {
            run.zone_of(100, c) == Some(Zone::Red)
                || run.probabilities(100, c).is_some_and(|p| p[0] > 0.99)
        })
        .expect("a red cell");
    let cell = cell_blockers(&plan, s.mode, s.seed, CellId(red as u32), 100).expect("explains");
    assert!(
        cell.drivers_to_move()
            .contains(&DriverRef::Numeric(Driver::DisarmamentShare))
    );
}
