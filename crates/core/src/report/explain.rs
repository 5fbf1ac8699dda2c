//! The explanation of a cell's changes (`model::explain`) in words, for the app's Cell history
//! window and the map's hover card: each factor's name and workings, each driver's value and
//! unit, what a change means in each mode.

use crate::model::explain::{CellHistory, DriverReading, Factor, InputValue, RuleWhy};
use crate::model::rules::table::{Formula, Input};
use crate::model::{CategoricalDriver, Driver, Mode, Param, Rule};

/// A factor in words.
#[derive(Clone, Debug, PartialEq)]
pub struct FactorText {
    /// What it stands for, e.g. "pressure to disarm".
    pub name: &'static str,
    pub value: f64,
    /// How the value is made, in numbers, e.g. "lerp(0.15, 3 of 8 neighbours gray or blue)".
    pub how: String,
    /// The parameter that sets it, if one does (its `why` explains the number).
    pub param: Option<Param>,
}

/// A driver's value on the day in words.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadingText {
    /// The driver's key (numeric or categorical), for its help.
    pub key: &'static str,
    pub label: &'static str,
    /// The value in words and numbers, e.g. "450" or "enforce".
    pub value: String,
    /// Its unit, or what the value means here.
    pub unit: String,
}

/// What a "change" means in a run of `mode`, for the reader.
#[must_use]
pub fn mode_note(mode: Mode) -> &'static str {
    match mode {
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

/// The homes of a cell on `day`, in words (model 2 on; `None` in model 1, which did not model
/// homes): how many can be lived in, how many stood on day 0, and that people go home only to
/// those (docs/MODEL.md §5.10 and §9.6).
#[must_use]
pub fn homes_sentence(history: &CellHistory, day: usize) -> Option<String> {
    let start = *history.habitable_share.first()?;
    let now = *history.habitable_share.get(day)?;
    let rebuilt = now - start;
    let since = if rebuilt >= 0.005 {
        format!(
            ", {:.0} points rebuilt since day 0 with reconstruction money",
            rebuilt * 100.0
        )
    } else {
        String::new()
    };
    Some(format!(
        "Homes: {:.0} % can be lived in on day {day} ({:.0} % on day 0, after the damage UNOSAT \
         mapped on 11 Oct 2025{since}). Residents go home only to these.",
        now * 100.0,
        start * 100.0
    ))
}

/// The drivers a rule depends on, in a few words, for "why did this change" hover cards.
/// A test checks that it names every input of the rule's factors.
#[must_use]
pub fn rule_drivers(rule: Rule) -> &'static str {
    match rule {
        Rule::Clearance => {
            "disarmament, force strength and mandate, governance, secured neighbours, armed strength"
        }
        Rule::Haven => {
            "haven declared, Arab participation, aid, security (an enforcing force or secured ground)"
        }
        Rule::HavenToReconstruction => "reconstruction funding, governance",
        Rule::SecureForReturn => {
            "funding, aid, governance, force presence, blue neighbours, violence"
        }
        Rule::Relapse => "violence, armed neighbours, force presence",
        Rule::Reassertion => {
            "disarmament (lack of), armed neighbours, violence, force presence, armed strength"
        }
        Rule::HavenCapture => {
            "disarmament (lack of), Arab participation (lack of, models 1-2), armed neighbours, force presence, armed strength"
        }
        Rule::LineAdvance => "withdrawal line",
    }
}

/// The words [`rule_drivers`] uses for an input, if it names it (the line needs no words).
#[must_use]
pub fn input_words(input: Input) -> Option<&'static str> {
    match input {
        Input::Aid => Some("aid"),
        Input::Funding => Some("funding"),
        Input::Governance => Some("governance"),
        Input::Disarmament => Some("disarmament"),
        Input::ArabParticipation => Some("Arab participation"),
        Input::Enforcement | Input::Deterrence => Some("force"),
        Input::EnforcingPresence | Input::SecuredGround => Some("security"),
        Input::ArmedStrength => Some("armed strength"),
        Input::Violence => Some("violence"),
        Input::RedNeighbours => Some("armed neighbours"),
        Input::SecuredNeighbours => Some("secured neighbours"),
        Input::BlueNeighbours => Some("blue neighbours"),
        Input::HavenDeclared => Some("haven declared"),
        Input::OutsideLine => None,
    }
}

/// The factors of a rule's explanation in words.
#[must_use]
pub fn factor_texts(why: &RuleWhy) -> Vec<FactorText> {
    why.factors.iter().map(factor_text).collect()
}

/// The drivers of a rule's explanation in words.
#[must_use]
pub fn reading_texts(why: &RuleWhy) -> Vec<ReadingText> {
    why.drivers.iter().map(reading_text).collect()
}

/// One factor in words.
#[must_use]
pub fn factor_text(f: &Factor) -> FactorText {
    FactorText {
        name: factor_name(f.formula),
        value: f.value,
        how: workings(f),
        param: f.formula.param().or(match f.formula {
            Formula::Share(input) => input_param(input),
            _ => None,
        }),
    }
}

/// What a factor stands for.
fn factor_name(formula: Formula) -> &'static str {
    match formula {
        Formula::Rate(_) => "base rate",
        Formula::Pressure(_) => "pressure to disarm",
        Formula::Share(input) | Formula::Lerp(_, input) => input_name(input),
        Formula::Lack(Input::Disarmament) => "still armed",
        Formula::Lack(Input::ArabParticipation) => "no Arab oversight",
        Formula::Lack(_) => "what is lacking",
        Formula::Brake(_, Input::Deterrence) => "left unchecked by the force",
        Formula::Brake(_, Input::Violence) => "calm",
        Formula::Brake(_, Input::ArmedStrength) => "left by armed strength",
        Formula::Brake(..) => "what is left",
        Formula::Either(..) => "security",
    }
}

fn input_name(input: Input) -> &'static str {
    match input {
        Input::Aid => "aid",
        Input::Funding => "funding",
        Input::Governance => "governance",
        Input::Disarmament => "disarmament",
        Input::ArabParticipation => "Arab participation",
        Input::Enforcement => "force enforcing",
        Input::Deterrence => "force deterring",
        Input::EnforcingPresence => "enforcing force",
        Input::ArmedStrength => "armed strength",
        Input::SecuredGround => "secured ground around",
        Input::Violence => "violence",
        Input::RedNeighbours => "armed ground next door",
        Input::SecuredNeighbours => "secured ground next door",
        Input::BlueNeighbours => "blue ground next door",
        Input::OutsideLine => "outside the line",
        Input::HavenDeclared => "haven declared here",
    }
}

/// The parameter behind an input that enters a rule as it is.
fn input_param(input: Input) -> Option<Param> {
    match input {
        Input::Aid => Some(Param::AidTargetTrucksPerDay),
        Input::Funding => Some(Param::FundingNeedUsdBnPerYear),
        Input::Violence => Some(Param::ViolationsHalfEffectPerWeek),
        _ => None,
    }
}

/// How a factor's value is made, in numbers.
fn workings(f: &Factor) -> String {
    let param = num(f.param_value.unwrap_or(f64::NAN));
    let first = f.inputs.first().map(input_workings);
    let (inline, note) = first.unwrap_or_default();
    let with_note = |text: String| match &note {
        Some(n) => format!("{text}; {n}"),
        None => text,
    };
    match f.formula {
        Formula::Rate(p) => p.key().to_owned(),
        Formula::Share(_) => with_note(inline),
        Formula::Lerp(..) => with_note(format!("lerp({param}, {inline})")),
        Formula::Lack(_) => with_note(format!("1 − {inline}")),
        Formula::Brake(_, Input::Violence) => format!("1 − {param} × violence; {inline}"),
        Formula::Brake(..) => with_note(format!("1 − {param} × {inline}")),
        Formula::Either(..) => {
            let (ground, _) = f.inputs.get(1).map(input_workings).unwrap_or_default();
            with_note(format!("lerp({inline}, {ground})"))
        }
        Formula::Pressure(_) => {
            let share = |i: usize| f.inputs.get(i).map_or(f64::NAN, InputValue::value);
            let enforcement = f.inputs.get(1).map(input_workings).unwrap_or_default();
            let disarmament = share(0);
            format!(
                "disarmament {} + still armed {} × {param} × enforcement {}; {}",
                num(disarmament),
                num(1.0 - disarmament),
                num(share(1)),
                enforcement.1.unwrap_or_default()
            )
        }
    }
}

/// An input in words: how it reads inside a formula, and a note on how it was made to follow
/// the formula, if it needs one.
fn input_workings(input: &InputValue) -> (String, Option<String>) {
    match *input {
        InputValue::Aid {
            share,
            trucks_per_day,
            rafah_trucks_per_day,
            target_trucks_per_day,
        } => (
            format!(
                "aid {} = ({} trucks + {} via Rafah) / {}",
                num(share),
                num(trucks_per_day),
                num(rafah_trucks_per_day),
                num(target_trucks_per_day)
            ),
            None,
        ),
        InputValue::Funding {
            share,
            usd_bn_per_year,
            need_usd_bn_per_year,
        } => (
            format!(
                "funding {} = US${} bn a year / {}",
                num(share),
                num(usd_bn_per_year),
                num(need_usd_bn_per_year)
            ),
            None,
        ),
        InputValue::Governance { level, share } => {
            (format!("{}: {}", level.describe(), num(share)), None)
        }
        InputValue::Disarmament { share } => (format!("disarmament {}", num(share)), None),
        InputValue::ArabParticipation { share } => {
            (format!("Arab participation {}", num(share)), None)
        }
        InputValue::ArmedStrength { share } => (
            format!("armed strength {}", num(share)),
            Some("the armed group's strength in this governorate (model 3)".to_owned()),
        ),
        InputValue::Force {
            input,
            share,
            cover,
            monitor_share,
        } => {
            let what = force_share_name(input);
            // "enforcement = cover 0.47 × 0.1 (monitoring mandate)": how the force's cover
            // becomes the share the rule uses.
            let note = match monitor_share {
                None => format!("{what} = cover {} (enforcing mandate)", num(cover)),
                Some(m) => format!(
                    "{what} = cover {} × {} (monitoring mandate)",
                    num(cover),
                    num(m)
                ),
            };
            (format!("{what} {}", num(share)), Some(note))
        }
        InputValue::Violence {
            index,
            violations_per_week,
            strike_incidents_per_week,
            half_effect_per_week,
        } => {
            let strikes = if strike_incidents_per_week > 0.0 {
                format!(
                    " + {} from recent strikes here",
                    num(strike_incidents_per_week)
                )
            } else {
                String::new()
            };
            (
                format!(
                    "index {} = w / (w + {}), w = {} incidents a week{strikes}",
                    num(index),
                    num(half_effect_per_week),
                    num(violations_per_week)
                ),
                None,
            )
        }
        InputValue::Neighbours {
            input,
            share,
            neighbours,
            mode,
        } => {
            let what = match input {
                Input::RedNeighbours => "red",
                Input::BlueNeighbours => "blue",
                Input::SecuredGround => "gray or blue (all, behind the line)",
                _ => "gray or blue",
            };
            let text = match mode {
                Mode::Stochastic => format!(
                    "{} of {neighbours} neighbours {what}",
                    (share * neighbours as f64).round()
                ),
                Mode::Expected => format!("neighbours {what}: {}", num(share)),
            };
            (text, None)
        }
        InputValue::Flag { input, on } => {
            let text = match (input, on) {
                (Input::HavenDeclared, true) => "a haven was declared in this cell",
                (Input::HavenDeclared, false) => "no haven was declared here: 0",
                (_, true) => "the cell lies outside the withdrawal line",
                (_, false) => "held behind the withdrawal line: 0",
            };
            (text.to_owned(), None)
        }
    }
}

/// What a share of the force's cover is called: enforcement, an enforcing force's presence,
/// or deterrence.
#[must_use]
pub fn force_share_name(input: Input) -> &'static str {
    match input {
        Input::Enforcement => "enforcement",
        Input::EnforcingPresence => "enforcing force",
        _ => "deterrence",
    }
}

/// One driver's value on the day in words.
#[must_use]
pub fn reading_text(reading: &DriverReading) -> ReadingText {
    let numeric = |driver: Driver, value: f64| {
        let info = driver.info();
        ReadingText {
            key: info.key,
            label: info.label,
            value: num(value),
            unit: info.unit.to_owned(),
        }
    };
    let categorical = |c: CategoricalDriver, value: &str, unit: String| ReadingText {
        key: c.key(),
        label: c.label(),
        value: value.to_owned(),
        unit,
    };
    match *reading {
        DriverReading::Numeric { driver, value } => numeric(driver, value),
        DriverReading::ForceTroops {
            troops,
            cover,
            people_where_deployed,
            troops_per_thousand_for_full_cover,
        } => {
            let cover = if troops <= 0.0 {
                "no troops: cover 0".to_owned()
            } else if cover <= 0.0 {
                "cover 0 here: not deployed in this governorate".to_owned()
            } else {
                format!(
                    "cover {} here: spread over {} people where deployed; full cover at {} per 1,000",
                    num(cover),
                    num(people_where_deployed),
                    num(troops_per_thousand_for_full_cover)
                )
            };
            let mut text = numeric(Driver::ForceTroops, troops);
            text.unit = format!("{}; {cover}", text.unit);
            text
        }
        DriverReading::Violations {
            per_week,
            strike_incidents_per_week,
        } => {
            let mut text = numeric(Driver::ViolationsPerWeek, per_week);
            if strike_incidents_per_week > 0.0 {
                text.unit = format!(
                    "{}; plus {} a week from recent strikes in this cell",
                    text.unit,
                    num(strike_incidents_per_week)
                );
            }
            text
        }
        DriverReading::ForceMandate(mandate) => categorical(
            CategoricalDriver::ForceMandate,
            mandate.label(),
            "what the force may do".to_owned(),
        ),
        DriverReading::Governance { level, share } => categorical(
            CategoricalDriver::Governance,
            level.describe(),
            format!("factor {}", num(share)),
        ),
        DriverReading::RafahCrossing(crossing) => categorical(
            CategoricalDriver::RafahCrossing,
            crossing.label(),
            "adds trucks to aid when open".to_owned(),
        ),
    }
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
    use crate::model::rules::table::RULES;

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
    fn each_rules_hover_names_every_input_of_its_factors() {
        for spec in &RULES {
            let words = rule_drivers(spec.rule);
            for formula in spec.factors.iter().map(|f| f.formula) {
                for input in formula.inputs() {
                    if let Some(w) = input_words(input) {
                        assert!(
                            words.contains(w),
                            "{:?} reads {input:?}, but its hover says only \"{words}\"",
                            spec.rule
                        );
                    }
                }
            }
        }
    }
}
