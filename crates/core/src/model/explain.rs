//! Why a cell is the colour it is: its history, and for each change the rule, its
//! probability that day and the factors and driver values behind it.
//!
//! The explanation replays the run with a probe on the cell ([`Plan::trace_cell`]), so it sees
//! exactly what the rules saw: the neighbours as they stood, the cell's own violence, the
//! force's cover in its governorate. The probability it reports is the one
//! [`rules::outgoing`] gives for that context, the function the engine itself calls; the
//! factors break that number down the way docs/MODEL.md section 8 writes it, and a test checks
//! that they multiply back to it.

use thiserror::Error;

use super::drivers::{CategoricalDriver, Crossing, Driver, DriverValues, Mandate};
use super::output::{CellChange, RunOutput};
use super::params::{Param, Parameters};
use super::rules::{self, CellContext, DriverShares, Rule, lerp};
use super::sim::{CellDay, Mode, Plan};
use super::zone::Zone;
use crate::geo::Governorate;

/// A cell's whole story in one run.
#[derive(Clone, Debug, PartialEq)]
pub struct CellHistory {
    pub cell: usize,
    pub governorate: Governorate,
    pub area_km2: f64,
    pub mode: Mode,
    /// Every change, in day order, each with its reason.
    pub changes: Vec<ExplainedChange>,
    /// The cell's chance of each zone at the end of every day `0..=horizon` (0 or 1 in a
    /// stochastic run), indexed by [`Zone::index`]: for a strip chart.
    pub zones: Vec<[f64; 4]>,
    /// Whether the cell lay behind the withdrawal line on each day.
    pub held: Vec<bool>,
}

impl CellHistory {
    /// What a "change" means in this run's mode, for the reader.
    #[must_use]
    pub fn mode_note(&self) -> &'static str {
        match self.mode {
            Mode::Stochastic => {
                "Stochastic run: a change is the day a rule fired in this cell, drawn with the \
                 probability shown."
            }
            Mode::Expected => {
                "Expected-value run: a change is the day the cell's most likely zone changed, \
                 put down to the rule that moved the most probability into the new zone."
            }
        }
    }

    /// The cell's most likely zone on a day (its zone in a stochastic run).
    #[must_use]
    pub fn zone_on(&self, day: usize) -> Option<Zone> {
        self.zones.get(day).map(likeliest)
    }
}

/// One change and why it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainedChange {
    pub change: CellChange,
    /// The calendar date of the change's day, e.g. "17 Mar 2026".
    pub date: String,
    pub why: Why,
}

/// The reason for a change.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// The withdrawal line advanced over the cell: not a probability.
    LineAdvance(LineWhy),
    /// A rule with a daily probability.
    Rule(RuleWhy),
}

/// The line's move on the day it took the cell.
#[derive(Clone, Debug, PartialEq)]
pub struct LineWhy {
    /// The driver `held_share` the day before and on the day.
    pub held_share_before: f64,
    pub held_share: f64,
    /// Cells held the day before and on the day.
    pub held_cells_before: u32,
    pub held_cells: u32,
    /// The cell's place in the order the line takes cells (1 = the first taken).
    pub place_in_line_order: u32,
}

/// A rule's probability for the cell on the day of a change, and what made it.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleWhy {
    pub rule: Rule,
    /// The zone the rule takes the cell out of.
    pub source: Zone,
    /// The rule's daily probability for this cell that day, as [`rules::outgoing`] gives it.
    pub probability: f64,
    /// The factors of the rule (section 8 of docs/MODEL.md); their product is the probability
    /// unless the two ways out of the zone added up to more than 1 (then see `scaled_by`).
    pub factors: Vec<Factor>,
    /// Set when the two ways out of the zone added up to more than 1 and both were scaled
    /// down by this factor.
    pub scaled_by: Option<f64>,
    /// The other way out of the zone that day, with its probability, if it had any chance.
    pub alternative: Option<(Rule, f64)>,
    /// The drivers that enter the rule, with their values that day.
    pub drivers: Vec<Reading>,
    /// Expected-value mode: the cell's chances before and after the day, and the probability
    /// this rule moved (`chance of the source zone × probability`).
    pub chances: Option<Chances>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chances {
    pub before: [f64; 4],
    pub after: [f64; 4],
    pub moved: f64,
}

/// One factor of a rule's probability.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    /// What it stands for, e.g. "pressure to disarm".
    pub name: &'static str,
    pub value: f64,
    /// How the value is made, in numbers, e.g. "lerp(0.15, 3 of 8 neighbours gray or blue)".
    pub how: String,
    /// The parameter that sets it, if one does (its `why` explains the number).
    pub param: Option<Param>,
}

impl Factor {
    /// The same factor, its workings followed by `more`.
    fn with(mut self, more: String) -> Self {
        self.how = format!("{}; {more}", self.how);
        self
    }
}

/// A driver's value on the day, as it enters a rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The driver's key (numeric or categorical), for its help.
    pub key: &'static str,
    pub label: &'static str,
    /// The value in words and numbers, e.g. "450" or "enforce".
    pub value: String,
    /// Its unit, or what the value means here.
    pub unit: String,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ExplainError {
    #[error("there is no cell {0}")]
    NoSuchCell(usize),
    #[error("the run does not match the scenario: it was made from other inputs")]
    Stale,
}

/// The history of `cell` in `run`, the run [`Plan::run`] gives for `mode` and `seed`, with a
/// reason for every change. `start_date` (`YYYY-MM-DD`) dates the days.
///
/// # Errors
/// When the cell does not exist, or the run's changes of the cell are not those of the plan
/// (the run is out of date).
pub fn explain_cell(
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
    run: &RunOutput,
    cell: usize,
    start_date: &str,
) -> Result<CellHistory, ExplainError> {
    let grid = plan.grid();
    let Some(info) = grid.cells.get(cell) else {
        return Err(ExplainError::NoSuchCell(cell));
    };
    let (replay, days) = plan.trace_cell(mode, seed, cell);
    let of_cell = |changes: &[CellChange]| -> Vec<CellChange> {
        changes
            .iter()
            .filter(|c| c.cell as usize == cell)
            .copied()
            .collect()
    };
    let changes = of_cell(&replay.changes);
    if run.days.len() != replay.days.len() || of_cell(&run.changes) != changes {
        return Err(ExplainError::Stale);
    }
    let explained = changes
        .iter()
        .map(|&change| {
            let why = match (change.rule, days.get(change.day as usize)) {
                (Rule::LineAdvance, _) => Why::LineAdvance(line_why(plan, &replay, &change)),
                (_, Some(day)) => Why::Rule(rule_why(plan, mode, &change, day)),
                // A rule's change on a day the replay did not record: not this run.
                (_, None) => return Err(ExplainError::Stale),
            };
            Ok(ExplainedChange {
                change,
                date: calendar_date(start_date, change.day).unwrap_or_default(),
                why,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CellHistory {
        cell,
        governorate: info.governorate,
        area_km2: info.area_km2,
        mode,
        changes: explained,
        zones: days.iter().map(|d| d.after).collect(),
        held: (0..replay.days.len())
            .map(|d| replay.is_held(d, cell))
            .collect(),
    })
}

/// The calendar date of `day` counted from `start_date` (`YYYY-MM-DD`), e.g. "17 Mar 2026".
#[must_use]
pub fn calendar_date(start_date: &str, day: u32) -> Option<String> {
    let start = jiff::civil::Date::strptime("%Y-%m-%d", start_date).ok()?;
    let date = start
        .checked_add(jiff::Span::new().days(i64::from(day)))
        .ok()?;
    Some(date.strftime("%-d %b %Y").to_string())
}

/// The most likely zone; ties go to the first in the order red, green, gray, blue, as in the
/// engine.
fn likeliest(p: &[f64; 4]) -> Zone {
    let mut best = 0;
    for z in 1..4 {
        if p[z] > p[best] {
            best = z;
        }
    }
    Zone::ALL[best]
}

fn line_why(plan: &Plan<'_>, run: &RunOutput, change: &CellChange) -> LineWhy {
    let d = change.day as usize;
    let share = |d: usize| plan.timeline.days.get(d).map_or(0.0, |v| v.held_share);
    let held = |d: usize| run.held_count.get(d).copied().unwrap_or(0);
    LineWhy {
        held_share_before: share(d.saturating_sub(1)),
        held_share: share(d),
        held_cells_before: held(d.saturating_sub(1)),
        held_cells: held(d),
        place_in_line_order: run.line_rank.get(change.cell as usize).map_or(0, |r| r + 1),
    }
}

fn rule_why(plan: &Plan<'_>, mode: Mode, change: &CellChange, day: &CellDay) -> RuleWhy {
    let params = plan.params();
    let ctx = &day.context;
    let out_of = |zone: Zone| rules::outgoing(zone, ctx, &day.factors, params);
    // The zone the rule drew from: in a stochastic run the cell's zone; in expected-value mode
    // the zone whose chance this rule moved most of (a haven draws on red and held gray).
    let source = Zone::ALL
        .into_iter()
        .filter_map(|z| {
            let p = out_of(z)
                .iter()
                .find(|(r, p)| *r == change.rule && *p > 0.0)
                .map(|(_, p)| *p)?;
            Some((z, day.before[z.index()] * p))
        })
        .fold(None, |best: Option<(Zone, f64)>, x| match best {
            Some(b) if b.1 >= x.1 => Some(b),
            _ => Some(x),
        })
        .map_or(change.from, |(z, _)| z);
    let out = out_of(source);
    let probability = out
        .iter()
        .find(|(r, _)| *r == change.rule)
        .map_or(0.0, |(_, p)| *p);
    let alternative = out
        .iter()
        .find(|(r, p)| *r != change.rule && *p > 0.0)
        .copied();
    let drivers_today = plan
        .timeline
        .days
        .get(change.day as usize)
        .cloned()
        .unwrap_or_default();
    let inputs = FactorInputs {
        drivers: &drivers_today,
        shares: DriverShares::from_drivers(&drivers_today, params),
        cover: day.force_cover,
        ctx,
        strike_incidents_per_week: day.strike_incidents_per_week,
        neighbours: plan.grid().neighbours_of(change.cell as usize).len(),
        mode,
        params,
    };
    let factors = factors(change.rule, &inputs);
    let raw = |fs: &[Factor]| fs.iter().map(|f| f.value).product::<f64>();
    let total = raw(&factors) + alternative.map_or(0.0, |(r, _)| raw(&self::factors(r, &inputs)));
    RuleWhy {
        rule: change.rule,
        source,
        probability,
        scaled_by: (total > 1.0).then(|| 1.0 / total),
        alternative,
        drivers: readings(change.rule, &inputs, day),
        factors,
        chances: (mode == Mode::Expected).then(|| Chances {
            before: day.before,
            after: day.after,
            moved: day.before[source.index()] * probability,
        }),
    }
}

/// What a rule's factors are made of on one day in one cell.
pub struct FactorInputs<'a> {
    pub drivers: &'a DriverValues,
    pub shares: DriverShares,
    /// The force's cover in the cell's governorate.
    pub cover: f64,
    pub ctx: &'a CellContext,
    pub strike_incidents_per_week: f64,
    /// How many neighbours the cell has (to say "3 of 8").
    pub neighbours: usize,
    pub mode: Mode,
    pub params: &'a Parameters,
}

/// The factors of `rule` for one cell on one day, as docs/MODEL.md section 8 writes them:
/// base rate × factors. They mirror [`rules::AreaFactors::new`] and [`rules::DayRules`]; the test
/// `factors_multiply_to_the_rules_probability` checks that they agree for every rule.
#[must_use]
pub fn factors(rule: Rule, x: &FactorInputs<'_>) -> Vec<Factor> {
    let p = |k: Param| x.params.get(k);
    let s = &x.shares;
    let ctx = x.ctx;
    let (enforce, deter) = match x.drivers.force_mandate {
        Mandate::Enforce => (x.cover, x.cover),
        Mandate::Monitor => (
            x.cover * p(Param::MonitorEnforcementShare),
            x.cover * p(Param::MonitorDeterrenceShare),
        ),
    };
    // "enforcement = cover 0.47 × 0.1 (monitoring mandate)": how the force's cover becomes
    // the share the rule uses.
    let mandate_note = |what: &str, share: Param| match x.drivers.force_mandate {
        Mandate::Enforce => format!("{what} = cover {} (enforcing mandate)", num(x.cover)),
        Mandate::Monitor => format!(
            "{what} = cover {} × {} (monitoring mandate)",
            num(x.cover),
            num(p(share))
        ),
    };
    let armed = 1.0 - s.disarmament;
    let f = |name, value: f64, how: String, param| Factor {
        name,
        value,
        how,
        param,
    };
    let base = |param: Param| f("base rate", p(param), param.key().to_owned(), Some(param));
    let open = || {
        f(
            "outside the line",
            if ctx.held { 0.0 } else { 1.0 },
            if ctx.held {
                "held behind the withdrawal line: 0".to_owned()
            } else {
                "the cell lies outside the withdrawal line".to_owned()
            },
            None,
        )
    };
    let lerp_f = |name, floor: Param, value: f64, what: String| {
        f(
            name,
            lerp(p(floor), value),
            format!("lerp({}, {what})", num(p(floor))),
            Some(floor),
        )
    };
    let governance = || {
        f(
            "governance",
            s.governance,
            format!("{}: {}", x.drivers.governance.describe(), num(s.governance)),
            None,
        )
    };
    let unchecked = || {
        f(
            "left unchecked by the force",
            1.0 - p(Param::ForceDeterrence) * deter,
            format!(
                "1 − {} × deterrence {}; {}",
                num(p(Param::ForceDeterrence)),
                num(deter),
                mandate_note("deterrence", Param::MonitorDeterrenceShare)
            ),
            Some(Param::ForceDeterrence),
        )
    };
    let armed_f = || {
        f(
            "still armed",
            armed,
            format!("1 − disarmament {}", num(s.disarmament)),
            None,
        )
    };
    let violence_how = || {
        let strikes = if x.strike_incidents_per_week > 0.0 {
            format!(
                " + {} from recent strikes here",
                num(x.strike_incidents_per_week)
            )
        } else {
            String::new()
        };
        format!(
            "index {} = w / (w + {}), w = {} incidents a week{strikes}",
            num(ctx.violence),
            num(p(Param::ViolationsHalfEffectPerWeek)),
            num(x.drivers.violations_per_week)
        )
    };
    let neighbours = |share: f64, what: &str| match x.mode {
        Mode::Stochastic => format!(
            "{} of {} neighbours {what}",
            (share * x.neighbours as f64).round(),
            x.neighbours
        ),
        Mode::Expected => format!("neighbours {what}: {}", num(share)),
    };
    let aid_how = || {
        let rafah = match x.drivers.rafah_crossing {
            Crossing::Open => p(Param::RafahTrucksPerDay),
            Crossing::Closed => 0.0,
        };
        format!(
            "aid {} = ({} trucks + {} via Rafah) / {}",
            num(s.aid),
            num(x.drivers.aid_trucks_per_day),
            num(rafah),
            num(p(Param::AidTargetTrucksPerDay))
        )
    };
    let funding_how = || {
        format!(
            "funding {} = US${} bn a year / {}",
            num(s.funding),
            num(x.drivers.reconstruction_usd_bn_per_year),
            num(p(Param::FundingNeedUsdBnPerYear))
        )
    };
    match rule {
        Rule::Clearance => vec![
            base(Param::ClearanceBasePerDay),
            f(
                "pressure to disarm",
                s.disarmament + armed * p(Param::ForcedDisarmamentWeight) * enforce,
                format!(
                    "disarmament {} + still armed {} × {} × enforcement {}; {}",
                    num(s.disarmament),
                    num(armed),
                    num(p(Param::ForcedDisarmamentWeight)),
                    num(enforce),
                    mandate_note("enforcement", Param::MonitorEnforcementShare)
                ),
                Some(Param::ForcedDisarmamentWeight),
            ),
            lerp_f(
                "force enforcing",
                Param::ClearanceWithoutForceFloor,
                enforce,
                format!("enforcement {}", num(enforce)),
            )
            .with(mandate_note("enforcement", Param::MonitorEnforcementShare)),
            governance(),
            lerp_f(
                "secured ground next door",
                Param::ClearanceIsolatedFloor,
                ctx.secured_neighbours,
                neighbours(ctx.secured_neighbours, "gray or blue"),
            ),
        ],
        Rule::Haven => vec![
            f(
                "haven declared here",
                if ctx.haven { 1.0 } else { 0.0 },
                if ctx.haven {
                    "a haven was declared in this cell"
                } else {
                    "no haven was declared here: 0"
                }
                .to_owned(),
                None,
            ),
            base(Param::HavenBasePerDay),
            lerp_f(
                "Arab participation",
                Param::HavenWithoutArabFloor,
                s.arab,
                format!("Arab participation {}", num(s.arab)),
            ),
            lerp_f("aid", Param::HavenWithoutAidFloor, s.aid, aid_how()),
        ],
        Rule::HavenToReconstruction => vec![
            open(),
            base(Param::HavenToReconstructionPerDay),
            f(
                "funding",
                s.funding,
                funding_how(),
                Some(Param::FundingNeedUsdBnPerYear),
            ),
            governance(),
        ],
        Rule::SecureForReturn => vec![
            open(),
            base(Param::SecureBasePerDay),
            lerp_f(
                "funding",
                Param::SecureWithoutFundingFloor,
                s.funding,
                funding_how(),
            ),
            lerp_f("aid", Param::SecureWithoutAidFloor, s.aid, aid_how()),
            governance(),
            lerp_f(
                "force deterring",
                Param::SecureWithoutForceFloor,
                deter,
                format!("deterrence {}", num(deter)),
            )
            .with(mandate_note("deterrence", Param::MonitorDeterrenceShare)),
            lerp_f(
                "blue ground next door",
                Param::SecureIsolatedFloor,
                ctx.blue_neighbours,
                neighbours(ctx.blue_neighbours, "blue"),
            ),
            f(
                "calm",
                1.0 - p(Param::SecureViolenceBrake) * ctx.violence,
                format!(
                    "1 − {} × violence; {}",
                    num(p(Param::SecureViolenceBrake)),
                    violence_how()
                ),
                Some(Param::SecureViolenceBrake),
            ),
        ],
        Rule::Relapse => vec![
            base(Param::RelapseBasePerDay),
            unchecked(),
            f(
                "violence",
                ctx.violence,
                violence_how(),
                Some(Param::ViolationsHalfEffectPerWeek),
            ),
            lerp_f(
                "armed ground next door",
                Param::RelapseIsolatedFloor,
                ctx.red_neighbours,
                neighbours(ctx.red_neighbours, "red"),
            ),
        ],
        Rule::Reassertion => vec![
            open(),
            base(Param::ReassertionBasePerDay),
            armed_f(),
            unchecked(),
            f(
                "armed ground next door",
                ctx.red_neighbours,
                neighbours(ctx.red_neighbours, "red"),
                None,
            ),
            lerp_f(
                "violence",
                Param::ReassertionCalmFloor,
                ctx.violence,
                violence_how(),
            ),
        ],
        Rule::HavenCapture => vec![
            open(),
            base(Param::HavenCapturePerDay),
            armed_f(),
            f(
                "no Arab oversight",
                1.0 - s.arab,
                format!("1 − Arab participation {}", num(s.arab)),
                None,
            ),
            unchecked(),
            f(
                "armed ground next door",
                ctx.red_neighbours,
                neighbours(ctx.red_neighbours, "red"),
                None,
            ),
        ],
        Rule::LineAdvance => Vec::new(),
    }
}

/// The drivers that enter `rule`, with their values that day.
fn readings(rule: Rule, x: &FactorInputs<'_>, day: &CellDay) -> Vec<Reading> {
    let d = x.drivers;
    let numeric = |driver: Driver| {
        let info = driver.info();
        Reading {
            key: info.key,
            label: info.label,
            value: num(d.get(driver)),
            unit: info.unit.to_owned(),
        }
    };
    let categorical = |c: CategoricalDriver, value: String, unit: String| Reading {
        key: c.key(),
        label: c.label(),
        value,
        unit,
    };
    let force = || {
        let cover = if d.force_troops <= 0.0 {
            "no troops: cover 0".to_owned()
        } else if x.cover <= 0.0 {
            "cover 0 here: not deployed in this governorate".to_owned()
        } else {
            format!(
                "cover {} here: spread over {} people where deployed; full cover at {} per 1,000",
                num(x.cover),
                num(day.people_where_deployed),
                num(x.params.get(Param::TroopsPerThousandForFullCover))
            )
        };
        let mut troops = numeric(Driver::ForceTroops);
        troops.unit = format!("{}; {cover}", troops.unit);
        vec![
            troops,
            categorical(
                CategoricalDriver::ForceMandate,
                d.force_mandate.label().to_owned(),
                "what the force may do".to_owned(),
            ),
        ]
    };
    let governance = || {
        categorical(
            CategoricalDriver::Governance,
            d.governance.describe().to_owned(),
            format!("factor {}", num(x.shares.governance)),
        )
    };
    let rafah = || {
        categorical(
            CategoricalDriver::RafahCrossing,
            d.rafah_crossing.label().to_owned(),
            "adds trucks to aid when open".to_owned(),
        )
    };
    let violations = || {
        let mut r = numeric(Driver::ViolationsPerWeek);
        if x.strike_incidents_per_week > 0.0 {
            r.unit = format!(
                "{}; plus {} a week from recent strikes in this cell",
                r.unit,
                num(x.strike_incidents_per_week)
            );
        }
        r
    };
    let mut out = Vec::new();
    match rule {
        Rule::Clearance => {
            out.push(numeric(Driver::DisarmamentShare));
            out.extend(force());
            out.push(governance());
        }
        Rule::Haven => {
            out.push(numeric(Driver::ArabParticipationShare));
            out.push(numeric(Driver::AidTrucksPerDay));
            out.push(rafah());
        }
        Rule::HavenToReconstruction => {
            out.push(numeric(Driver::ReconstructionUsdBnPerYear));
            out.push(governance());
        }
        Rule::SecureForReturn => {
            out.push(numeric(Driver::ReconstructionUsdBnPerYear));
            out.push(numeric(Driver::AidTrucksPerDay));
            out.push(rafah());
            out.push(governance());
            out.extend(force());
            out.push(violations());
        }
        Rule::Relapse => {
            out.push(violations());
            out.extend(force());
        }
        Rule::Reassertion => {
            out.push(numeric(Driver::DisarmamentShare));
            out.extend(force());
            out.push(violations());
        }
        Rule::HavenCapture => {
            out.push(numeric(Driver::DisarmamentShare));
            out.push(numeric(Driver::ArabParticipationShare));
            out.extend(force());
        }
        Rule::LineAdvance => out.push(numeric(Driver::HeldShare)),
    }
    out
}

/// A number for reading: three significant figures, no exponent, thousands separated.
#[must_use]
pub fn num(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return if x.is_finite() {
            "0".to_owned()
        } else {
            x.to_string()
        };
    }
    let magnitude = libm::floor(libm::log10(x.abs())) as i32;
    if magnitude >= 3 {
        let rounded = libm::round(x) as i64;
        let digits = rounded.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        return if rounded < 0 {
            format!("−{grouped}")
        } else {
            grouped
        };
    }
    let decimals = (2 - magnitude).clamp(0, 12) as usize;
    let text = format!("{x:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    text.replace('-', "−")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(0.03), "0.03");
        assert_eq!(num(113.0 / 600.0), "0.188");
        assert_eq!(num(0.000_006_13), "0.00000613");
        assert_eq!(num(20_000.0), "20,000");
        assert_eq!(num(1_234_567.4), "1,234,567");
        assert_eq!(num(6.6667), "6.67");
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.5), "−0.5");
    }

    #[test]
    fn dates_count_from_the_start() {
        assert_eq!(
            calendar_date("2025-11-17", 0).as_deref(),
            Some("17 Nov 2025")
        );
        assert_eq!(
            calendar_date("2025-11-17", 45).as_deref(),
            Some("1 Jan 2026")
        );
        assert_eq!(calendar_date("not a date", 3), None);
    }
}
