//! The three readings of the rule table agree on any situation: the engine's fast form
//! (`rules::outgoing`), the explanation's factors (`explain::factors`) and "may this cell leave
//! its zone at all today" (`DayRules::may_leave`), for random zones, drivers, parameters,
//! force cover, neighbours, held and haven flags and violence.
//!
//! The probabilities agree to 1e-12 relative, not bit for bit: the engine spreads a rule's
//! day-wide product over its neighbour factor (`a·floor + a·(1 − floor)·x`, then times the
//! violence factor) so that a cell costs two operations, while the explanation multiplies the
//! factors left to right in the table's order. The two orders round differently in the last
//! bits (a few ulps, about 1e-16 relative for each of at most a dozen operations); 1e-12 is
//! far below the three figures shown and far above that rounding. Zero is exact: a factor of
//! 0 gives 0 in both.

use std::collections::BTreeMap;

use gaza_zones::model::explain::{self, FactorInputs};
use gaza_zones::model::rules::table::{self, RULES};
use gaza_zones::model::rules::{
    self, AreaFactors, AreaInputs, CellContext, DayRules, DriverShares, Outgoing, violence_index,
};
use gaza_zones::model::{
    Crossing, DriverValues, Governance, Mandate, Mode, ModelVersion, Param, Parameters, Rule, Zone,
};
use proptest::prelude::*;

/// Everything a rule can read about one cell on one day.
#[derive(Clone, Debug)]
struct Situation {
    drivers: DriverValues,
    params: Parameters,
    cover: f64,
    strike_incidents_per_week: f64,
    neighbours: usize,
    /// The neighbours' weight in each zone (counts in a stochastic run, sums of chances in an
    /// expected-value one), adding up to `neighbours`.
    around: [f64; 4],
    held: bool,
    haven: bool,
    mode: Mode,
    /// Which version's rule table, and (model 3) the armed group's strength.
    model: ModelVersion,
    armed_strength: f64,
}

impl Situation {
    fn context(&self) -> CellContext {
        // As the engine makes it (`Today::context`).
        let inv = 1.0 / self.neighbours as f64;
        let w = self.drivers.violations_per_week + self.strike_incidents_per_week;
        CellContext {
            red_neighbours: self.around[Zone::Red.index()] * inv,
            secured_neighbours: (self.around[Zone::Gray.index()] + self.around[Zone::Blue.index()])
                * inv,
            blue_neighbours: self.around[Zone::Blue.index()] * inv,
            violence: violence_index(w, &self.params),
            held: self.held,
            haven: self.haven,
        }
    }
}

fn params() -> impl Strategy<Value = Parameters> {
    // Any value in each parameter's range, and sometimes the defaults as they are.
    let unit = prop::collection::vec(0.0..=1.0f64, Param::ALL.len());
    (unit, any::<bool>()).prop_map(|(u, defaults)| {
        if defaults {
            return Parameters::default();
        }
        let overrides: BTreeMap<Param, f64> = Param::ALL
            .iter()
            .zip(u)
            .map(|(&p, u)| {
                let info = p.info();
                (p, info.min + u * (info.max - info.min))
            })
            .collect();
        Parameters::with_overrides(&overrides)
    })
}

fn drivers() -> impl Strategy<Value = DriverValues> {
    (
        (0.0..=1.0f64, 0.0..=1200.0f64, 0.0..=20.0f64, 0.0..=1.0f64),
        (0.0..=50.0f64, 0..4usize, any::<bool>(), any::<bool>()),
        prop::sample::select(vec![0.0, 1.0]),
    )
        .prop_map(
            |((disarmament, aid, funding, arab), (violations, governance, enforce, open), edge)| {
                DriverValues {
                    // Now and then a share exactly at 0 or 1, where factors vanish.
                    disarmament_share: if violations < 5.0 { edge } else { disarmament },
                    aid_trucks_per_day: aid,
                    reconstruction_usd_bn_per_year: funding,
                    arab_participation_share: if violations > 45.0 { edge } else { arab },
                    violations_per_week: if violations < 2.0 { 0.0 } else { violations },
                    governance: Governance::ALL[governance],
                    force_mandate: if enforce {
                        Mandate::Enforce
                    } else {
                        Mandate::Monitor
                    },
                    rafah_crossing: if open {
                        Crossing::Open
                    } else {
                        Crossing::Closed
                    },
                    ..DriverValues::default()
                }
            },
        )
}

fn situation() -> impl Strategy<Value = Situation> {
    (
        drivers(),
        params(),
        (
            prop::sample::select(vec![0.0, 1.0]),
            0.0..=1.0f64,
            any::<bool>(),
        ),
        (0.0..=60.0f64, any::<bool>()),
        1..=8usize,
        prop::array::uniform4(0.0..=1.0f64),
        (any::<bool>(), any::<bool>(), any::<bool>()),
        (
            prop::sample::select(ModelVersion::ALL.to_vec()),
            0.0..=1.0f64,
        ),
    )
        .prop_map(
            |(
                drivers,
                params,
                (edge, cover, at_edge),
                (strike, struck),
                n,
                weights,
                flags,
                (model, armed_strength),
            )| {
                let (held, haven, stochastic) = flags;
                let mode = if stochastic {
                    Mode::Stochastic
                } else {
                    Mode::Expected
                };
                let total: f64 = weights.iter().sum();
                let around = weights.map(|w| {
                    let share = if total > 0.0 { w / total } else { 0.25 };
                    match mode {
                        // Whole neighbours, as counted in a stochastic run.
                        Mode::Stochastic => (share * n as f64).floor(),
                        Mode::Expected => share * n as f64,
                    }
                });
                Situation {
                    drivers,
                    params,
                    cover: if at_edge { edge } else { cover },
                    strike_incidents_per_week: if struck { strike } else { 0.0 },
                    neighbours: n,
                    around,
                    held,
                    haven,
                    mode,
                    model,
                    armed_strength: if at_edge { edge } else { armed_strength },
                }
            },
        )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

/// The ways out of `zone` the engine gives (Blue's second slot is an empty repeat).
fn ways(zone: Zone, out: &Outgoing) -> &[(Rule, f64)] {
    if zone == Zone::Blue { &out[..1] } else { out }
}

fn check(s: &Situation) -> Result<(), TestCaseError> {
    let ctx = s.context();
    let shares = DriverShares::from_drivers(&s.drivers, &s.params);
    let area = AreaInputs::new(
        &shares,
        s.drivers.force_mandate,
        s.cover,
        s.armed_strength,
        &s.params,
    );
    let factors = AreaFactors::new(&area, s.model, &s.params);
    let inputs = FactorInputs {
        drivers: &s.drivers,
        shares,
        cover: s.cover,
        armed_strength: s.armed_strength,
        model: s.model,
        ctx: &ctx,
        strike_incidents_per_week: s.strike_incidents_per_week,
        neighbours: s.neighbours,
        mode: s.mode,
        params: &s.params,
    };
    let product = |rule: Rule| {
        explain::factors(rule, &inputs)
            .iter()
            .map(|f| f.value)
            .product::<f64>()
    };
    let day = DayRules::new(&factors, ctx.violence, &s.params);
    // The most favourable neighbours: every factor grows with its neighbour share.
    let best = CellContext {
        red_neighbours: 1.0,
        secured_neighbours: 1.0,
        blue_neighbours: 1.0,
        ..ctx
    };
    for zone in Zone::ALL {
        let out = rules::outgoing(zone, &ctx, &factors, &s.params);
        let raw: Vec<f64> = ways(zone, &out).iter().map(|&(r, _)| product(r)).collect();
        let total: f64 = raw.iter().sum();
        for (&(rule, p), &q) in ways(zone, &out).iter().zip(&raw) {
            prop_assert!((0.0..=1.0).contains(&p), "{rule:?} out of {zone:?}: {p}");
            prop_assert_ne!(table::spec(rule).to, zone, "{:?} leaves {:?}", rule, zone);
            // The engine scales both ways out down when they add up to more than 1.
            let expected = if total > 1.0 { q / total } else { q };
            prop_assert_eq!(p == 0.0, expected == 0.0, "{:?} out of {:?}", rule, zone);
            prop_assert!(
                close(p, expected),
                "{rule:?} out of {zone:?}: engine {p}, factors {expected}"
            );
        }
        let may_leave = day.may_leave(zone, s.held, s.haven);
        if !may_leave {
            for &(rule, p) in &out {
                prop_assert_eq!(
                    p,
                    0.0,
                    "{:?} out of {:?} though it may not leave",
                    rule,
                    zone
                );
            }
        }
        // And "may leave" is not just a guess on the safe side: some neighbours let it go.
        let can_leave = rules::outgoing(zone, &best, &factors, &s.params)
            .iter()
            .any(|&(_, p)| p > 0.0);
        prop_assert_eq!(may_leave, can_leave, "{:?}", zone);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn the_engine_the_explanation_and_may_leave_agree(s in situation()) {
        check(&s)?;
    }
}

#[test]
fn every_rule_but_the_line_has_a_base_rate_and_a_section_of_the_model() {
    for spec in &RULES {
        let rates = spec
            .factors
            .iter()
            .filter(|f| matches!(f.formula, table::Formula::Rate(_)))
            .count();
        let expected = usize::from(spec.rule != Rule::LineAdvance);
        assert_eq!(rates, expected, "{:?}", spec.rule);
        assert!(spec.section.starts_with("8."), "{:?}", spec.rule);
    }
}
