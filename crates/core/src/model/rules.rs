//! The transition rules: for a cell in a given zone, the probability today of each allowed
//! change. Both modes call these functions, so they share one set of rules.
//!
//! Every rule is a base daily probability times factors in [0, 1]. A factor written
//! `lerp(floor, x)` is `floor + (1 - floor) * x`: the rule runs at `floor` of its speed when
//! the driver `x` is at its worst (0) and at full speed when it is at its best (1).

use serde::{Deserialize, Serialize};

use super::drivers::{Crossing, DriverValues, Governance, Mandate};
use super::params::{Param, Parameters};
use super::zone::Zone;

/// A named zone change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

impl Rule {
    pub const ALL: [Self; 8] = [
        Self::Clearance,
        Self::Haven,
        Self::HavenToReconstruction,
        Self::SecureForReturn,
        Self::Relapse,
        Self::Reassertion,
        Self::HavenCapture,
        Self::LineAdvance,
    ];

    #[must_use]
    pub fn from_index(index: u8) -> Self {
        Self::ALL
            .get(usize::from(index))
            .copied()
            .unwrap_or(Self::LineAdvance)
    }

    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Clearance => "clearance",
            Self::Haven => "haven",
            Self::HavenToReconstruction => "haven_to_reconstruction",
            Self::SecureForReturn => "secure_for_return",
            Self::Relapse => "relapse",
            Self::Reassertion => "reassertion",
            Self::HavenCapture => "haven_capture",
            Self::LineAdvance => "line_advance",
        }
    }

    /// The drivers the rule depends on, for "why did this change" explanations.
    #[must_use]
    pub fn drivers(self) -> &'static str {
        match self {
            Self::Clearance => {
                "disarmament, force strength and mandate, governance, secured neighbours"
            }
            Self::Haven => "haven declared, Arab participation, aid",
            Self::HavenToReconstruction => "reconstruction funding, governance",
            Self::SecureForReturn => {
                "funding, aid, governance, force presence, blue neighbours, violence"
            }
            Self::Relapse => "violence, armed neighbours, force presence",
            Self::Reassertion => {
                "disarmament (lack of), armed neighbours, violence, force presence"
            }
            Self::HavenCapture => {
                "disarmament (lack of), Arab participation (lack of), armed neighbours"
            }
            Self::LineAdvance => "withdrawal line",
        }
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

/// Factors of the rules that depend on the day's drivers and the governorate, not on the cell.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AreaFactors {
    pub clearance: f64,
    pub haven: f64,
    pub haven_to_reconstruction: f64,
    pub secure: f64,
    pub relapse: f64,
    pub reassertion: f64,
    pub capture: f64,
}

/// The drivers turned into the shares the rules use.
#[derive(Clone, Copy, Debug, PartialEq)]
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
        let rafah = match d.rafah_crossing {
            Crossing::Open => params.get(Param::RafahTrucksPerDay),
            Crossing::Closed => 0.0,
        };
        let governance = match d.governance {
            Governance::None => params.get(Param::GovernanceNoneFactor),
            Governance::TechnocraticCommittee => params.get(Param::GovernanceCommitteeFactor),
            Governance::BoardOfPeace => params.get(Param::GovernanceBoardFactor),
            Governance::FullTransition => 1.0,
        };
        Self {
            aid: ((d.aid_trucks_per_day + rafah) / params.get(Param::AidTargetTrucksPerDay))
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

impl AreaFactors {
    /// `cover` is the force's presence in this governorate (0 where it is not deployed).
    #[must_use]
    pub fn new(shares: &DriverShares, mandate: Mandate, cover: f64, params: &Parameters) -> Self {
        let p = |k| params.get(k);
        let (enforce, deter) = match mandate {
            Mandate::Enforce => (cover, cover),
            Mandate::Monitor => (
                cover * p(Param::MonitorEnforcementShare),
                cover * p(Param::MonitorDeterrenceShare),
            ),
        };
        let armed = 1.0 - shares.disarmament;
        let pressure = shares.disarmament + armed * p(Param::ForcedDisarmamentWeight) * enforce;
        let unchecked = 1.0 - p(Param::ForceDeterrence) * deter;
        Self {
            clearance: p(Param::ClearanceBasePerDay)
                * pressure
                * lerp(p(Param::ClearanceWithoutForceFloor), enforce)
                * shares.governance,
            haven: p(Param::HavenBasePerDay)
                * lerp(p(Param::HavenWithoutArabFloor), shares.arab)
                * lerp(p(Param::HavenWithoutAidFloor), shares.aid),
            haven_to_reconstruction: p(Param::HavenToReconstructionPerDay)
                * shares.funding
                * shares.governance,
            secure: p(Param::SecureBasePerDay)
                * lerp(p(Param::SecureWithoutFundingFloor), shares.funding)
                * lerp(p(Param::SecureWithoutAidFloor), shares.aid)
                * shares.governance
                * lerp(p(Param::SecureWithoutForceFloor), deter),
            relapse: p(Param::RelapseBasePerDay) * unchecked,
            reassertion: p(Param::ReassertionBasePerDay) * armed * unchecked,
            capture: p(Param::HavenCapturePerDay) * armed * (1.0 - shares.arab) * unchecked,
        }
    }
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

/// At most two rules leave any zone.
pub type Outgoing = [(Rule, f64); 2];

/// A linear function `base + slope * x` of a neighbour share.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Linear {
    base: f64,
    slope: f64,
}

impl Linear {
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
    clearance: Linear,
    haven: f64,
    haven_to_reconstruction: f64,
    capture: f64,
    secure: Linear,
    reassertion: f64,
    relapse: Linear,
    /// The same rules before violence is applied, so that a cell with its own level of
    /// violence (a recent strike) gets its table with a few multiplications.
    calm: CalmRules,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct CalmRules {
    secure: Linear,
    secure_brake: f64,
    reassertion: f64,
    reassertion_calm_floor: f64,
    relapse_at_full_violence: Linear,
}

impl DayRules {
    #[must_use]
    pub fn new(f: &AreaFactors, violence: f64, params: &Parameters) -> Self {
        let p = |k| params.get(k);
        let calm = CalmRules {
            secure: Linear::scaled(f.secure, p(Param::SecureIsolatedFloor)),
            secure_brake: p(Param::SecureViolenceBrake),
            reassertion: f.reassertion,
            reassertion_calm_floor: p(Param::ReassertionCalmFloor),
            relapse_at_full_violence: Linear::scaled(f.relapse, p(Param::RelapseIsolatedFloor)),
        };
        Self {
            clearance: Linear::scaled(f.clearance, p(Param::ClearanceIsolatedFloor)),
            haven: f.haven,
            haven_to_reconstruction: f.haven_to_reconstruction,
            capture: f.capture,
            calm,
            ..Self::default()
        }
        .at_violence(violence)
    }

    /// The same table at another level of violence.
    #[inline]
    #[must_use]
    pub fn at_violence(mut self, violence: f64) -> Self {
        let c = &self.calm;
        self.secure = c.secure.times(1.0 - c.secure_brake * violence);
        self.reassertion = c.reassertion * lerp(c.reassertion_calm_floor, violence);
        self.relapse = c.relapse_at_full_violence.times(violence);
        self
    }

    /// Whether a cell in `zone` can change at all today, whatever its neighbours: lets the
    /// engine skip settled cells without looking around them.
    #[inline]
    #[must_use]
    pub fn may_leave(&self, zone: Zone, held: bool, haven: bool) -> bool {
        let haven = haven && self.haven > 0.0;
        match zone {
            Zone::Red => self.clearance.may_be_positive() || haven,
            Zone::Green => !held && (self.haven_to_reconstruction > 0.0 || self.capture > 0.0),
            Zone::Gray => {
                (held && haven)
                    || (!held && (self.secure.may_be_positive() || self.reassertion > 0.0))
            }
            Zone::Blue => self.relapse.may_be_positive(),
        }
    }

    /// The allowed changes out of `zone` today and their probabilities; unused slots have
    /// probability 0. The sum never exceeds 1.
    #[inline]
    #[must_use]
    pub fn outgoing(&self, zone: Zone, cell: &CellContext) -> Outgoing {
        let open = if cell.held { 0.0 } else { 1.0 };
        let haven = if cell.haven { self.haven } else { 0.0 };
        let mut out = match zone {
            Zone::Red => [
                (Rule::Clearance, self.clearance.at(cell.secured_neighbours)),
                (Rule::Haven, haven),
            ],
            // Behind the line a haven stays a haven: there is no rebuilding for return there.
            Zone::Green => [
                (
                    Rule::HavenToReconstruction,
                    open * self.haven_to_reconstruction,
                ),
                (
                    Rule::HavenCapture,
                    open * self.capture * cell.red_neighbours,
                ),
            ],
            // Outside the line a gray cell is already internationally run and shelters people
            // anyway, so only held gray land becomes a haven; this also keeps a haven that
            // has moved on to reconstruction from turning green again.
            Zone::Gray => [
                (
                    Rule::SecureForReturn,
                    open * self.secure.at(cell.blue_neighbours),
                ),
                if cell.haven && cell.held {
                    (Rule::Haven, haven)
                } else {
                    (
                        Rule::Reassertion,
                        open * self.reassertion * cell.red_neighbours,
                    )
                },
            ],
            Zone::Blue => [
                (Rule::Relapse, self.relapse.at(cell.red_neighbours)),
                (Rule::Relapse, 0.0),
            ],
        };
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

/// The zone a rule leads to.
#[must_use]
pub fn destination(rule: Rule) -> Zone {
    match rule {
        Rule::Clearance | Rule::HavenToReconstruction | Rule::Relapse | Rule::LineAdvance => {
            Zone::Gray
        }
        Rule::Haven => Zone::Green,
        Rule::SecureForReturn => Zone::Blue,
        Rule::Reassertion | Rule::HavenCapture => Zone::Red,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> Parameters {
        Parameters::default()
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
        let f = AreaFactors::new(
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
        let f = AreaFactors::new(
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
        let enforce = AreaFactors::new(&s, Mandate::Enforce, 1.0, &params());
        let monitor = AreaFactors::new(&s, Mandate::Monitor, 1.0, &params());
        assert!(enforce.clearance > 2.0 * monitor.clearance);
        assert!(enforce.relapse < monitor.relapse);
    }

    #[test]
    fn held_cells_never_turn_blue_nor_red() {
        let f = AreaFactors::new(
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
        let f = AreaFactors::new(
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
        let f = AreaFactors::new(
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
        let armed = AreaFactors::new(
            &shares(0.0, 0.5, 0.5, 0.5, 0.0),
            Mandate::Monitor,
            0.0,
            &params(),
        );
        let disarmed = AreaFactors::new(
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
        let broke = AreaFactors::new(
            &shares(1.0, 1.0, 0.0, 1.0, 1.0),
            Mandate::Enforce,
            1.0,
            &params(),
        );
        let funded = AreaFactors::new(
            &shares(1.0, 1.0, 1.0, 1.0, 1.0),
            Mandate::Enforce,
            1.0,
            &params(),
        );
        assert!(funded.secure >= 19.0 * broke.secure);
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
        let f = AreaFactors::new(&shares(1.0, 1.0, 1.0, 1.0, 1.0), Mandate::Enforce, 1.0, &p);
        let cell = CellContext {
            haven: true,
            secured_neighbours: 1.0,
            ..CellContext::default()
        };
        let out = outgoing(Zone::Red, &cell, &f, &p);
        assert!((out[0].1 + out[1].1 - 1.0).abs() < 1e-12);
    }
}
