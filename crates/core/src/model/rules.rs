//! The transition rules: for a cell in a given zone, the probability today of each allowed
//! change. Both modes call these functions, so they share one set of rules.
//!
//! Every rule is a base daily probability times factors in [0, 1], listed once in
//! [`table::RULES`]. This module derives the engine's fast form from that table: the factors
//! that depend only on the day's drivers are multiplied once per governorate and day
//! ([`AreaFactors`]); the violence factors once per level of violence; the rest per cell
//! ([`DayRules`]). The arithmetic keeps one order, so results do not depend on the path.

pub mod table;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumString, IntoStaticStr, VariantArray};
use thiserror::Error;

use super::drivers::{Crossing, DriverValues, Governance, Mandate};
use super::params::{Param, Parameters};
use super::version::ModelVersion;
use super::zone::Zone;
use table::{Floor, Input, RULES, SHAPES, Shape, Stage};

/// A named zone change.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
    IntoStaticStr,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
pub enum Rule {
    /// Red → gray: armed presence removed, international security takes over.
    Clearance,
    /// Red or gray → green: a declared haven is set up.
    Haven,
    /// Green → gray: a haven becomes a reconstruction area.
    HavenToReconstruction,
    /// Gray → blue: rebuilt and secure enough to return.
    SecureForReturn,
    /// Blue → gray: violence makes an area unsafe again.
    Relapse,
    /// Gray → red: the armed group reasserts control.
    Reassertion,
    /// Green → red: a haven falls under armed control.
    HavenCapture,
    /// Any → gray: the withdrawal line advances over the cell.
    LineAdvance,
}

/// A number that names no rule.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
#[error("there is no rule number {0}")]
pub struct NoSuchRule(pub u8);

impl TryFrom<u8> for Rule {
    type Error = NoSuchRule;

    fn try_from(index: u8) -> Result<Self, NoSuchRule> {
        Self::ALL
            .get(usize::from(index))
            .copied()
            .ok_or(NoSuchRule(index))
    }
}

impl Rule {
    /// In the order of their numbers (`Rule::X as u8`), which the engine's records store.
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// `floor + (1 - floor) * x`, with `x` clamped to [0, 1].
#[must_use]
pub fn lerp(floor: f64, x: f64) -> f64 {
    floor + (1.0 - floor) * x.clamp(0.0, 1.0)
}

/// Violence index in [0, 1) from incidents per week: `v / (v + half)`.
#[must_use]
pub fn violence_index(incidents_per_week: f64, params: &Parameters) -> f64 {
    let v = incidents_per_week.max(0.0);
    v / (v + params.get(Param::ViolationsHalfEffectPerWeek))
}

/// Force presence in [0, 1]: troops per 1,000 people where it operates, against the
/// density judged sufficient.
#[must_use]
pub fn force_cover(troops: f64, people_where_deployed: f64, params: &Parameters) -> f64 {
    if troops <= 0.0 {
        return 0.0;
    }
    if people_where_deployed <= 0.0 {
        return 1.0;
    }
    let per_thousand = troops / (people_where_deployed / 1000.0);
    (per_thousand / params.get(Param::TroopsPerThousandForFullCover)).min(1.0)
}

/// The force's cover split by its mandate into enforcement (helps clearance) and deterrence
/// (holds back the armed group, helps return): docs/MODEL.md section 7.1.
#[must_use]
pub fn force_shares(mandate: Mandate, cover: f64, params: &Parameters) -> (f64, f64) {
    match mandate {
        Mandate::Enforce => (cover, cover),
        Mandate::Monitor => (
            cover * params.get(Param::MonitorEnforcementShare),
            cover * params.get(Param::MonitorDeterrenceShare),
        ),
    }
}

/// The drivers turned into the shares the rules use.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DriverShares {
    pub aid: f64,
    pub funding: f64,
    pub governance: f64,
    pub disarmament: f64,
    pub arab: f64,
}

impl DriverShares {
    #[must_use]
    pub fn from_drivers(d: &DriverValues, params: &Parameters) -> Self {
        let governance = match d.governance {
            Governance::None => params.get(Param::GovernanceNoneFactor),
            Governance::TechnocraticCommittee => params.get(Param::GovernanceCommitteeFactor),
            Governance::BoardOfPeace => params.get(Param::GovernanceBoardFactor),
            Governance::FullTransition => 1.0,
        };
        Self {
            aid: ((d.aid_trucks_per_day + rafah_trucks_per_day(d, params))
                / params.get(Param::AidTargetTrucksPerDay))
            .clamp(0.0, 1.0),
            funding: (d.reconstruction_usd_bn_per_year
                / params.get(Param::FundingNeedUsdBnPerYear))
            .clamp(0.0, 1.0),
            governance,
            disarmament: d.disarmament_share.clamp(0.0, 1.0),
            arab: d.arab_participation_share.clamp(0.0, 1.0),
        }
    }
}

/// The trucks the Rafah crossing adds to aid: its parameter when open, else none.
#[must_use]
pub fn rafah_trucks_per_day(d: &DriverValues, params: &Parameters) -> f64 {
    match d.rafah_crossing {
        Crossing::Open => params.get(Param::RafahTrucksPerDay),
        Crossing::Closed => 0.0,
    }
}

/// The inputs that are the same in a whole governorate on one day.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AreaInputs {
    pub shares: DriverShares,
    pub enforcement: f64,
    pub deterrence: f64,
    /// The cover of a force with an enforcing mandate (0 under a monitoring one).
    pub enforcing_presence: f64,
    /// Model 3: the armed group's strength in the governorate (unused before).
    pub armed_strength: f64,
}

impl AreaInputs {
    /// `cover` is the force's presence in this governorate (0 where it is not deployed);
    /// `armed_strength` the armed group's there (model 3; 0 before, where no rule reads it).
    #[must_use]
    pub fn new(
        shares: &DriverShares,
        mandate: Mandate,
        cover: f64,
        armed_strength: f64,
        params: &Parameters,
    ) -> Self {
        let (enforcement, deterrence) = force_shares(mandate, cover, params);
        Self {
            shares: *shares,
            enforcement,
            deterrence,
            enforcing_presence: match mandate {
                Mandate::Enforce => cover,
                Mandate::Monitor => 0.0,
            },
            armed_strength,
        }
    }

    /// An area input's value; `None` for the inputs of a cell.
    #[inline(always)]
    #[must_use]
    pub fn get(&self, input: Input) -> Option<f64> {
        let s = &self.shares;
        match input {
            Input::Aid => Some(s.aid),
            Input::Funding => Some(s.funding),
            Input::Governance => Some(s.governance),
            Input::Disarmament => Some(s.disarmament),
            Input::ArabParticipation => Some(s.arab),
            Input::Enforcement => Some(self.enforcement),
            Input::Deterrence => Some(self.deterrence),
            Input::EnforcingPresence => Some(self.enforcing_presence),
            Input::ArmedStrength => Some(self.armed_strength),
            Input::Violence
            | Input::RedNeighbours
            | Input::SecuredNeighbours
            | Input::BlueNeighbours
            | Input::SecuredGround
            | Input::OutsideLine
            | Input::HavenDeclared => None,
        }
    }
}

/// Each rule's factors that depend on the day's drivers and the governorate, not on the
/// cell, multiplied in the table's order, in one model version. Indexed by [`Rule`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AreaFactors {
    products: [f64; 8],
    /// The inputs they were made from: a floor may read one (`Formula::Either`).
    inputs: AreaInputs,
    model: ModelVersion,
}

impl AreaFactors {
    #[must_use]
    pub fn new(inputs: &AreaInputs, model: ModelVersion, params: &Parameters) -> Self {
        let x = inputs;
        let products = RULES.map(|spec| {
            let mut product = 1.0;
            for f in spec.factors_in(model) {
                if f.stage() == Stage::Area {
                    // Area factors read only area inputs (the table is checked when compiled).
                    product *= f.value(params, |i| x.get(i).unwrap_or(f64::NAN));
                }
            }
            product
        });
        Self {
            products,
            inputs: *inputs,
            model,
        }
    }

    /// The product of `rule`'s area factors.
    #[must_use]
    pub fn get(&self, rule: Rule) -> f64 {
        self.products[rule as usize]
    }

    /// The inputs the factors were made from.
    #[must_use]
    pub fn inputs(&self) -> &AreaInputs {
        &self.inputs
    }

    #[must_use]
    pub fn model(&self) -> ModelVersion {
        self.model
    }
}

/// The rules' shapes in a model version.
fn shapes(model: ModelVersion) -> &'static [Shape; 8] {
    &SHAPES[model as usize]
}

/// What the rules need to know about one cell today.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CellContext {
    /// Share of neighbours that are red, secured (gray or blue), and blue.
    pub red_neighbours: f64,
    pub secured_neighbours: f64,
    pub blue_neighbours: f64,
    /// Violence index in the cell, [0, 1).
    pub violence: f64,
    pub held: bool,
    pub haven: bool,
}

impl CellContext {
    /// A cell input's value; `None` for the inputs of a governorate.
    #[inline(always)]
    #[must_use]
    pub fn get(&self, input: Input) -> Option<f64> {
        let flag = |on: bool| if on { 1.0 } else { 0.0 };
        match input {
            Input::Violence => Some(self.violence),
            Input::RedNeighbours => Some(self.red_neighbours),
            Input::SecuredNeighbours => Some(self.secured_neighbours),
            Input::BlueNeighbours => Some(self.blue_neighbours),
            Input::SecuredGround => Some(if self.held {
                1.0
            } else {
                self.secured_neighbours
            }),
            Input::OutsideLine => Some(flag(!self.held)),
            Input::HavenDeclared => Some(flag(self.haven)),
            Input::Aid
            | Input::Funding
            | Input::Governance
            | Input::Disarmament
            | Input::ArabParticipation
            | Input::Enforcement
            | Input::Deterrence
            | Input::EnforcingPresence
            | Input::ArmedStrength => None,
        }
    }
}

/// At most two rules leave any zone.
pub type Outgoing = [(Rule, f64); 2];

/// A linear function `base + slope * x` of a neighbour share.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Linear {
    base: f64,
    slope: f64,
}

impl Linear {
    /// `factor × lerp(floor, x)`, spread out as `factor × floor + factor × (1 − floor) × x`.
    fn scaled(factor: f64, floor: f64) -> Self {
        Self {
            base: factor * floor,
            slope: factor * (1.0 - floor),
        }
    }

    fn times(self, factor: f64) -> Self {
        Self {
            base: self.base * factor,
            slope: self.slope * factor,
        }
    }

    fn may_be_positive(self) -> bool {
        self.base > 0.0 || self.slope > 0.0
    }

    #[inline]
    fn at(self, x: f64) -> f64 {
        self.base + self.slope * x
    }
}

/// The rules of one governorate on one day at one level of violence, reduced to what varies
/// from cell to cell: the neighbour shares and the held and haven flags. The engine builds
/// one per governorate per day so that each cell costs a few multiplications.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DayRules {
    /// Per rule: its area and violence factors times its neighbour factor, as a linear
    /// function of the neighbour share (slope 0 for a rule without one).
    lines: [Linear; 8],
    model: ModelVersion,
}

/// The same before the violence factors, so that a cell with its own level of violence (a
/// recent strike) gets its table with a few multiplications.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CalmRules {
    lines: [Linear; 8],
    model: ModelVersion,
}

impl CalmRules {
    #[must_use]
    pub fn new(f: &AreaFactors, params: &Parameters) -> Self {
        let shapes = shapes(f.model);
        Self {
            lines: std::array::from_fn(|r| {
                let area = f.products[r];
                match shapes[r].neighbours {
                    Some((_, Floor::Param(floor))) => Linear::scaled(area, params.get(floor)),
                    Some((_, Floor::Input(floor))) => {
                        Linear::scaled(area, f.inputs.get(floor).unwrap_or(f64::NAN))
                    }
                    Some((_, Floor::Zero)) => Linear::scaled(area, 0.0),
                    None => Linear {
                        base: area,
                        slope: 0.0,
                    },
                }
            }),
            model: f.model,
        }
    }

    /// The table at a level of violence.
    #[inline]
    #[must_use]
    pub fn at_violence(&self, violence: f64, params: &Parameters) -> DayRules {
        let mut lines = self.lines;
        for (line, shape) in lines.iter_mut().zip(shapes(self.model)) {
            if let [Some(first), second] = shape.violence {
                let mut product = first.value(params, |_| violence);
                if let Some(f) = second {
                    product *= f.value(params, |_| violence);
                }
                *line = line.times(product);
            }
        }
        DayRules {
            lines,
            model: self.model,
        }
    }
}

impl DayRules {
    #[must_use]
    pub fn new(f: &AreaFactors, violence: f64, params: &Parameters) -> Self {
        CalmRules::new(f, params).at_violence(violence, params)
    }

    /// The rules out of `zone`, `f` applied to each, in the order of [`Outgoing`]; `none`
    /// fills the slot of a zone with one way out. Outside the line a gray cell is already
    /// internationally run and shelters people anyway, so only held gray land becomes a
    /// haven; this also keeps a haven that has moved on to reconstruction from turning green
    /// again (docs/MODEL.md section 8).
    #[inline(always)]
    fn ways_out<T>(
        zone: Zone,
        held: bool,
        haven: bool,
        mut f: impl FnMut(Rule) -> T,
        none: T,
    ) -> [T; 2] {
        match zone {
            Zone::Red => [f(Rule::Clearance), f(Rule::Haven)],
            Zone::Green => [f(Rule::HavenToReconstruction), f(Rule::HavenCapture)],
            Zone::Gray => [
                f(Rule::SecureForReturn),
                if haven && held {
                    f(Rule::Haven)
                } else {
                    f(Rule::Reassertion)
                },
            ],
            Zone::Blue => [f(Rule::Relapse), none],
        }
    }

    /// Whether `rule` can fire today in a cell with these flags, whatever its neighbours: no
    /// factor of the rule is 0 for every neighbour share.
    #[inline(always)]
    fn may_fire(&self, rule: Rule, held: bool, haven: bool) -> bool {
        let shape = shapes(self.model)[rule as usize];
        self.lines[rule as usize].may_be_positive()
            && !(shape.outside_line && held)
            && (!shape.haven_declared || haven)
    }

    /// Whether a cell in `zone` can change at all today, whatever its neighbours: lets the
    /// engine skip settled cells without looking around them.
    #[inline]
    #[must_use]
    pub fn may_leave(&self, zone: Zone, held: bool, haven: bool) -> bool {
        let [a, b] = Self::ways_out(zone, held, haven, |r| self.may_fire(r, held, haven), false);
        a || b
    }

    /// `rule`'s probability in `cell` today, before the two ways out are scaled to add up to
    /// at most 1.
    #[inline(always)]
    fn probability(&self, rule: Rule, cell: &CellContext) -> f64 {
        let shape = shapes(self.model)[rule as usize];
        let line = self.lines[rule as usize];
        let mut p = match shape.neighbours {
            Some((share, _)) => line.at(cell.get(share).unwrap_or(f64::NAN)),
            None => line.base,
        };
        if shape.outside_line {
            p *= cell.get(Input::OutsideLine).unwrap_or(f64::NAN);
        }
        if shape.haven_declared {
            p *= cell.get(Input::HavenDeclared).unwrap_or(f64::NAN);
        }
        p
    }

    /// The allowed changes out of `zone` today and their probabilities; unused slots have
    /// probability 0. The sum never exceeds 1.
    #[inline]
    #[must_use]
    pub fn outgoing(&self, zone: Zone, cell: &CellContext) -> Outgoing {
        let mut out = Self::ways_out(
            zone,
            cell.held,
            cell.haven,
            |r| (r, self.probability(r, cell)),
            (Rule::Relapse, 0.0),
        );
        let total = out[0].1 + out[1].1;
        if total > 1.0 {
            out[0].1 /= total;
            out[1].1 /= total;
        }
        out
    }
}

/// The allowed changes out of `zone` today and their probabilities, for one cell.
#[must_use]
pub fn outgoing(zone: Zone, cell: &CellContext, f: &AreaFactors, params: &Parameters) -> Outgoing {
    DayRules::new(f, cell.violence, params).outgoing(zone, cell)
}

/// The rules that lead out of `zone` for a cell behind the line (`held`) or not and in a
/// declared haven or not, in the order of [`Outgoing`] (the engine's own choice).
#[must_use]
pub fn ways_out(zone: Zone, held: bool, haven: bool) -> Vec<Rule> {
    DayRules::ways_out(zone, held, haven, Some, None)
        .into_iter()
        .flatten()
        .collect()
}

/// The zone a rule leads to.
#[must_use]
pub fn destination(rule: Rule) -> Zone {
    table::spec(rule).to
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> Parameters {
        Parameters::default()
    }

    /// Model 2's rules (the ones these tests were written for) with no armed strength.
    fn area_factors(s: &DriverShares, mandate: Mandate, cover: f64, p: &Parameters) -> AreaFactors {
        AreaFactors::new(
            &AreaInputs::new(s, mandate, cover, 0.0, p),
            ModelVersion::V2,
            p,
        )
    }

    fn shares(
        disarmament: f64,
        aid: f64,
        funding: f64,
        governance: f64,
        arab: f64,
    ) -> DriverShares {
        DriverShares {
            aid,
            funding,
            governance,
            disarmament,
            arab,
        }
    }

    fn prob(out: Outgoing, rule: Rule) -> f64 {
        out.iter().filter(|(r, _)| *r == rule).map(|(_, p)| p).sum()
    }

    #[test]
    fn no_disarmament_and_no_force_means_no_clearance() {
        let f = area_factors(
            &shares(0.0, 1.0, 1.0, 1.0, 1.0),
            Mandate::Monitor,
            0.0,
            &params(),
        );
        let cell = CellContext {
            secured_neighbours: 1.0,
            ..CellContext::default()
        };
        assert_eq!(
            prob(outgoing(Zone::Red, &cell, &f, &params()), Rule::Clearance),
            0.0
        );
    }

    #[test]
    fn clearance_spreads_outward_from_secured_ground() {
        let f = area_factors(
            &shares(1.0, 1.0, 1.0, 1.0, 1.0),
            Mandate::Enforce,
            1.0,
            &params(),
        );
        let deep = CellContext::default();
        let front = CellContext {
            secured_neighbours: 1.0,
            ..CellContext::default()
        };
        let p_deep = prob(outgoing(Zone::Red, &deep, &f, &params()), Rule::Clearance);
        let p_front = prob(outgoing(Zone::Red, &front, &f, &params()), Rule::Clearance);
        assert!((p_front - 0.03).abs() < 1e-12, "best case is the base rate");
        assert!((p_deep - 0.03 * 0.15).abs() < 1e-12);
    }

    #[test]
    fn an_enforcing_force_clears_faster_than_a_monitoring_one() {
        let s = shares(0.5, 0.5, 0.5, 0.5, 0.5);
        let enforce = area_factors(&s, Mandate::Enforce, 1.0, &params());
        let monitor = area_factors(&s, Mandate::Monitor, 1.0, &params());
        assert!(enforce.get(Rule::Clearance) > 2.0 * monitor.get(Rule::Clearance));
        assert!(enforce.get(Rule::Relapse) < monitor.get(Rule::Relapse));
    }

    #[test]
    fn held_cells_never_turn_blue_nor_red() {
        let f = area_factors(
            &shares(0.0, 1.0, 1.0, 1.0, 0.0),
            Mandate::Enforce,
            1.0,
            &params(),
        );
        let cell = CellContext {
            held: true,
            red_neighbours: 1.0,
            blue_neighbours: 1.0,
            violence: 0.9,
            ..CellContext::default()
        };
        let out = outgoing(Zone::Gray, &cell, &f, &params());
        assert_eq!(prob(out, Rule::SecureForReturn), 0.0);
        assert_eq!(prob(out, Rule::Reassertion), 0.0);
    }

    #[test]
    fn havens_form_only_where_declared() {
        let f = area_factors(
            &shares(0.0, 1.0, 0.0, 0.2, 1.0),
            Mandate::Monitor,
            0.0,
            &params(),
        );
        let plain = CellContext::default();
        let declared = CellContext {
            haven: true,
            ..CellContext::default()
        };
        assert_eq!(
            prob(outgoing(Zone::Red, &plain, &f, &params()), Rule::Haven),
            0.0
        );
        assert!(
            (prob(outgoing(Zone::Red, &declared, &f, &params()), Rule::Haven) - 0.1).abs() < 1e-12
        );
        // Open gray land is already internationally run; only held gray land becomes a haven.
        assert_eq!(
            prob(outgoing(Zone::Gray, &declared, &f, &params()), Rule::Haven),
            0.0
        );
        let declared_held = CellContext {
            haven: true,
            held: true,
            ..CellContext::default()
        };
        assert!(
            prob(
                outgoing(Zone::Gray, &declared_held, &f, &params()),
                Rule::Haven
            ) > 0.0
        );
    }

    #[test]
    fn relapse_needs_violence_and_grows_with_armed_neighbours() {
        let f = area_factors(
            &shares(0.0, 0.5, 0.5, 0.5, 0.0),
            Mandate::Monitor,
            0.0,
            &params(),
        );
        let calm = CellContext {
            red_neighbours: 1.0,
            ..CellContext::default()
        };
        assert_eq!(
            prob(outgoing(Zone::Blue, &calm, &f, &params()), Rule::Relapse),
            0.0
        );
        let violent_alone = CellContext {
            violence: 0.5,
            ..CellContext::default()
        };
        let violent_front = CellContext {
            violence: 0.5,
            red_neighbours: 1.0,
            ..CellContext::default()
        };
        let alone = prob(
            outgoing(Zone::Blue, &violent_alone, &f, &params()),
            Rule::Relapse,
        );
        let front = prob(
            outgoing(Zone::Blue, &violent_front, &f, &params()),
            Rule::Relapse,
        );
        assert!(
            alone > 0.0 && front > 3.9 * alone,
            "four times as likely next to armed ground"
        );
    }

    #[test]
    fn reassertion_needs_armed_neighbours_and_stops_with_full_disarmament() {
        let armed = area_factors(
            &shares(0.0, 0.5, 0.5, 0.5, 0.0),
            Mandate::Monitor,
            0.0,
            &params(),
        );
        let disarmed = area_factors(
            &shares(1.0, 0.5, 0.5, 0.5, 0.0),
            Mandate::Monitor,
            0.0,
            &params(),
        );
        let front = CellContext {
            red_neighbours: 0.5,
            ..CellContext::default()
        };
        assert!(
            prob(
                outgoing(Zone::Gray, &front, &armed, &params()),
                Rule::Reassertion
            ) > 0.0
        );
        assert_eq!(
            prob(
                outgoing(Zone::Gray, &front, &disarmed, &params()),
                Rule::Reassertion
            ),
            0.0
        );
        let inland = CellContext::default();
        assert_eq!(
            prob(
                outgoing(Zone::Gray, &inland, &armed, &params()),
                Rule::Reassertion
            ),
            0.0
        );
    }

    #[test]
    fn securing_for_return_needs_money() {
        let broke = area_factors(
            &shares(1.0, 1.0, 0.0, 1.0, 1.0),
            Mandate::Enforce,
            1.0,
            &params(),
        );
        let funded = area_factors(
            &shares(1.0, 1.0, 1.0, 1.0, 1.0),
            Mandate::Enforce,
            1.0,
            &params(),
        );
        assert!(funded.get(Rule::SecureForReturn) >= 19.0 * broke.get(Rule::SecureForReturn));
    }

    #[test]
    fn a_rule_number_names_a_rule_or_nothing() {
        for rule in Rule::ALL {
            assert_eq!(Rule::try_from(rule as u8), Ok(rule));
        }
        assert_eq!(Rule::try_from(8), Err(NoSuchRule(8)));
        assert_eq!(Rule::try_from(u8::MAX), Err(NoSuchRule(u8::MAX)));
    }

    #[test]
    fn force_cover_saturates_at_the_reference_density() {
        let p = params();
        assert_eq!(force_cover(0.0, 1_000_000.0, &p), 0.0);
        assert!((force_cover(10_000.0, 1_000_000.0, &p) - 0.5).abs() < 1e-12);
        assert_eq!(force_cover(50_000.0, 1_000_000.0, &p), 1.0);
    }

    #[test]
    fn probabilities_never_sum_above_one() {
        let p = Parameters::with_overrides(&std::collections::BTreeMap::from([
            (Param::HavenBasePerDay, 1.0),
            (Param::ClearanceBasePerDay, 1.0),
        ]));
        let f = area_factors(&shares(1.0, 1.0, 1.0, 1.0, 1.0), Mandate::Enforce, 1.0, &p);
        let cell = CellContext {
            haven: true,
            secured_neighbours: 1.0,
            ..CellContext::default()
        };
        let out = outgoing(Zone::Red, &cell, &f, &p);
        assert!((out[0].1 + out[1].1 - 1.0).abs() < 1e-12);
    }
}
