//! The explanation of a cell's changes (`gz_core::model::explain`) in words, in the thread's
//! language: for the app's Cell history window and the map's hover card. Each factor's name and
//! workings, each driver's value and unit, what a change means in each mode.
//!
//! Numbers are handed to the messages as numbers written the explanations' way ([`figure`]),
//! so that Arabic and Hebrew can make a noun agree with them. Zones inside sentences are handed
//! over as their keys (`red`, `gray`, …): English shows the key, Arabic and Hebrew pick the form
//! that agrees with the noun around it.

use gz_core::model::explain::{
    CellHistory, DriverReading, ExplainError, Factor, InputValue, RuleWhy,
};
use gz_core::model::rules::table::{Formula, Input};
use gz_core::model::{CategoricalDriver, Driver, Mode, Param, Rule};

use crate::{figure, names, tr};

/// A factor in words.
#[derive(Clone, Debug, PartialEq)]
pub struct FactorText {
    /// What it stands for, e.g. "pressure to disarm".
    pub name: String,
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
    pub label: String,
    /// The value in words and numbers, e.g. "450" or "enforce".
    pub value: String,
    /// Its unit, or what the value means here.
    pub unit: String,
}

/// What a "change" means in a run of `mode`, for the reader.
#[must_use]
pub fn mode_note(mode: Mode) -> String {
    match mode {
        Mode::Stochastic => tr!("explain-mode-stochastic"),
        Mode::Expected => tr!("explain-mode-expected"),
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
    let percent = |share: f64| format!("{:.0}", share * 100.0);
    // The day UNOSAT's damage assessment was made, which the homes of day 0 follow.
    let mapped = jiff::civil::date(2025, 10, 11);
    let sentence = if rebuilt >= 0.005 {
        // The points as shown, but a number, so that the noun can agree with it.
        let points = percent(rebuilt).parse::<i64>().unwrap_or_default();
        tr!(
            "explain-homes-rebuilt",
            now = percent(now),
            day = day,
            start = percent(start),
            date = names::date(mapped),
            rebuilt = points
        )
    } else {
        tr!(
            "explain-homes",
            now = percent(now),
            day = day,
            start = percent(start),
            date = names::date(mapped)
        )
    };
    Some(sentence)
}

/// The drivers a rule depends on, in a few words, for "why did this change" hover cards.
/// A test checks that it names every input of the rule's factors, in every language.
#[must_use]
pub fn rule_drivers(rule: Rule) -> String {
    match rule {
        Rule::Clearance => tr!("explain-drivers-clearance"),
        Rule::Haven => tr!("explain-drivers-haven"),
        Rule::HavenToReconstruction => tr!("explain-drivers-haven-to-reconstruction"),
        Rule::SecureForReturn => tr!("explain-drivers-secure-for-return"),
        Rule::Relapse => tr!("explain-drivers-relapse"),
        Rule::Reassertion => tr!("explain-drivers-reassertion"),
        Rule::HavenCapture => tr!("explain-drivers-haven-capture"),
        Rule::LineAdvance => tr!("explain-drivers-line-advance"),
    }
}

/// The words [`rule_drivers`] uses for an input, if it names it (the line needs no words).
#[must_use]
pub fn input_words(input: Input) -> Option<String> {
    Some(match input {
        Input::Aid => tr!("explain-word-aid"),
        Input::Funding => tr!("explain-word-funding"),
        Input::Governance => tr!("explain-word-governance"),
        Input::Disarmament => tr!("explain-word-disarmament"),
        Input::ArabParticipation => tr!("explain-word-arab-participation"),
        Input::Enforcement | Input::Deterrence => tr!("explain-word-force"),
        Input::EnforcingPresence | Input::SecuredGround => tr!("explain-word-security"),
        Input::ArmedStrength => tr!("explain-word-armed-strength"),
        Input::Violence => tr!("explain-word-violence"),
        Input::RedNeighbours => tr!("explain-word-armed-neighbours"),
        Input::SecuredNeighbours => tr!("explain-word-secured-neighbours"),
        Input::BlueNeighbours => tr!("explain-word-blue-neighbours"),
        Input::HavenDeclared => tr!("explain-word-haven-declared"),
        Input::OutsideLine => return None,
    })
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
fn factor_name(formula: Formula) -> String {
    match formula {
        Formula::Rate(_) => tr!("explain-factor-base-rate"),
        Formula::Pressure(_) => tr!("explain-factor-pressure"),
        Formula::Share(input) | Formula::Lerp(_, input) => input_name(input),
        Formula::Lack(Input::Disarmament) => tr!("explain-factor-still-armed"),
        Formula::Lack(Input::ArabParticipation) => tr!("explain-factor-no-arab-oversight"),
        Formula::Lack(_) => tr!("explain-factor-lacking"),
        Formula::Brake(_, Input::Deterrence) => tr!("explain-factor-unchecked"),
        Formula::Brake(_, Input::Violence) => tr!("explain-factor-calm"),
        Formula::Brake(_, Input::ArmedStrength) => tr!("explain-factor-armed-strength-left"),
        Formula::Brake(..) => tr!("explain-factor-left"),
        Formula::Either(..) => tr!("explain-factor-security"),
    }
}

fn input_name(input: Input) -> String {
    match input {
        Input::Aid => tr!("explain-input-aid"),
        Input::Funding => tr!("explain-input-funding"),
        Input::Governance => tr!("explain-input-governance"),
        Input::Disarmament => tr!("explain-input-disarmament"),
        Input::ArabParticipation => tr!("explain-input-arab-participation"),
        Input::Enforcement => tr!("explain-input-enforcement"),
        Input::Deterrence => tr!("explain-input-deterrence"),
        Input::EnforcingPresence => tr!("explain-input-enforcing-presence"),
        Input::ArmedStrength => tr!("explain-input-armed-strength"),
        Input::SecuredGround => tr!("explain-input-secured-ground"),
        Input::Violence => tr!("explain-input-violence"),
        Input::RedNeighbours => tr!("explain-input-red-neighbours"),
        Input::SecuredNeighbours => tr!("explain-input-secured-neighbours"),
        Input::BlueNeighbours => tr!("explain-input-blue-neighbours"),
        Input::OutsideLine => tr!("explain-input-outside-line"),
        Input::HavenDeclared => tr!("explain-input-haven-declared"),
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

/// `how`, then `note` after a semicolon (the language's own), when there is a note.
fn with_note(how: String, note: Option<&String>) -> String {
    match note {
        Some(note) => tr!("explain-how-note", how = how, note = note.as_str()),
        None => how,
    }
}

/// How a factor's value is made, in numbers. The formulas (`lerp`, `1 −`, `×`) are written as
/// docs/MODEL.md writes them in every language; only the words inside are translated.
fn workings(f: &Factor) -> String {
    let weight = f.param_value.unwrap_or(f64::NAN);
    let param = gz_core::report::explain::num(weight);
    let first = f.inputs.first().map(input_workings);
    let (inline, note) = first.unwrap_or_default();
    match f.formula {
        Formula::Rate(p) => p.key().to_owned(),
        Formula::Share(_) => with_note(inline, note.as_ref()),
        Formula::Lerp(..) => with_note(format!("lerp({param}, {inline})"), note.as_ref()),
        Formula::Lack(_) => with_note(format!("1 − {inline}"), note.as_ref()),
        Formula::Brake(_, Input::Violence) => {
            tr!(
                "explain-how-calm",
                weight = figure(weight),
                violence = inline
            )
        }
        Formula::Brake(..) => with_note(format!("1 − {param} × {inline}"), note.as_ref()),
        Formula::Either(..) => {
            let (ground, _) = f.inputs.get(1).map(input_workings).unwrap_or_default();
            with_note(format!("lerp({inline}, {ground})"), note.as_ref())
        }
        Formula::Pressure(_) => {
            let share = |i: usize| f.inputs.get(i).map_or(f64::NAN, InputValue::value);
            let enforcement = f.inputs.get(1).map(input_workings).unwrap_or_default();
            let disarmament = share(0);
            tr!(
                "explain-how-pressure",
                disarmament = figure(disarmament),
                armed = figure(1.0 - disarmament),
                weight = figure(weight),
                enforcement = figure(share(1)),
                note = enforcement.1.unwrap_or_default()
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
            tr!(
                "explain-how-aid",
                share = figure(share),
                trucks = figure(trucks_per_day),
                rafah = figure(rafah_trucks_per_day),
                target = figure(target_trucks_per_day)
            ),
            None,
        ),
        InputValue::Funding {
            share,
            usd_bn_per_year,
            need_usd_bn_per_year,
        } => (
            tr!(
                "explain-how-funding",
                share = figure(share),
                usd = figure(usd_bn_per_year),
                need = figure(need_usd_bn_per_year)
            ),
            None,
        ),
        InputValue::Governance { level, share } => (
            format!(
                "{}: {}",
                names::governance(level),
                gz_core::report::explain::num(share)
            ),
            None,
        ),
        InputValue::Disarmament { share } => {
            (tr!("explain-how-disarmament", share = figure(share)), None)
        }
        InputValue::ArabParticipation { share } => (
            tr!("explain-how-arab-participation", share = figure(share)),
            None,
        ),
        InputValue::ArmedStrength { share } => (
            tr!("explain-how-armed-strength", share = figure(share)),
            Some(tr!("explain-how-armed-strength-note")),
        ),
        InputValue::Force {
            input,
            share,
            cover,
            monitor_share,
        } => {
            let force = force_share_name(input);
            // "enforcement = cover 0.47 × 0.1 (monitoring mandate)": how the force's cover
            // becomes the share the rule uses.
            let note = match monitor_share {
                None => tr!(
                    "explain-how-force-enforcing",
                    force = force.as_str(),
                    cover = figure(cover)
                ),
                Some(m) => tr!(
                    "explain-how-force-monitoring",
                    force = force.as_str(),
                    cover = figure(cover),
                    monitoring = figure(m)
                ),
            };
            (
                tr!(
                    "explain-how-force",
                    force = force.as_str(),
                    share = figure(share)
                ),
                Some(note),
            )
        }
        InputValue::Violence {
            index,
            violations_per_week,
            strike_incidents_per_week,
            half_effect_per_week,
        } => {
            let text = if strike_incidents_per_week > 0.0 {
                tr!(
                    "explain-how-violence-strikes",
                    index = figure(index),
                    half = figure(half_effect_per_week),
                    incidents = figure(violations_per_week),
                    strikes = figure(strike_incidents_per_week)
                )
            } else {
                tr!(
                    "explain-how-violence",
                    index = figure(index),
                    half = figure(half_effect_per_week),
                    incidents = figure(violations_per_week)
                )
            };
            (text, None)
        }
        InputValue::Neighbours {
            input,
            share,
            neighbours,
            mode,
        } => (neighbours_workings(input, share, neighbours, mode), None),
        InputValue::Flag { input, on } => {
            let text = match (input, on) {
                (Input::HavenDeclared, true) => tr!("explain-how-haven"),
                (Input::HavenDeclared, false) => tr!("explain-how-no-haven"),
                (_, true) => tr!("explain-how-outside-line"),
                (_, false) => tr!("explain-how-held"),
            };
            (text, None)
        }
    }
}

/// A share of the neighbours: a count out of them in a stochastic run, a share in an
/// expected-value one.
fn neighbours_workings(input: Input, share: f64, neighbours: usize, mode: Mode) -> String {
    match mode {
        Mode::Stochastic => {
            let count = (share * neighbours as f64).round();
            match input {
                Input::RedNeighbours => tr!(
                    "explain-how-neighbours-red",
                    count = count,
                    neighbours = neighbours
                ),
                Input::BlueNeighbours => tr!(
                    "explain-how-neighbours-blue",
                    count = count,
                    neighbours = neighbours
                ),
                Input::SecuredGround => tr!(
                    "explain-how-neighbours-secured-ground",
                    count = count,
                    neighbours = neighbours
                ),
                _ => tr!(
                    "explain-how-neighbours-secured",
                    count = count,
                    neighbours = neighbours
                ),
            }
        }
        Mode::Expected => {
            let share = figure(share);
            match input {
                Input::RedNeighbours => tr!("explain-how-share-red", share = share),
                Input::BlueNeighbours => tr!("explain-how-share-blue", share = share),
                Input::SecuredGround => tr!("explain-how-share-secured-ground", share = share),
                _ => tr!("explain-how-share-secured", share = share),
            }
        }
    }
}

/// What a share of the force's cover is called: enforcement, an enforcing force's presence,
/// or deterrence.
#[must_use]
pub fn force_share_name(input: Input) -> String {
    match input {
        Input::Enforcement => tr!("explain-force-enforcement"),
        Input::EnforcingPresence => tr!("explain-force-enforcing-presence"),
        _ => tr!("explain-force-deterrence"),
    }
}

/// A numeric driver's unit as the explanation gives it: with its range or its target, which
/// the drivers panel shows on its slider instead.
fn unit(driver: Driver) -> String {
    match driver {
        Driver::DisarmamentShare => tr!("explain-unit-disarmament-share"),
        Driver::AidTrucksPerDay => tr!("explain-unit-aid-trucks-per-day"),
        Driver::ForceTroops => tr!("explain-unit-force-troops"),
        Driver::ReconstructionUsdBnPerYear => tr!("explain-unit-reconstruction-usd-bn-per-year"),
        Driver::ViolationsPerWeek => tr!("explain-unit-violations-per-week"),
        Driver::HeldShare => tr!("explain-unit-held-share"),
        Driver::ArabParticipationShare => tr!("explain-unit-arab-participation-share"),
        Driver::RestrictedBandShare => tr!("explain-unit-restricted-band-share"),
    }
}

/// One driver's value on the day in words.
#[must_use]
pub fn reading_text(reading: &DriverReading) -> ReadingText {
    let numeric = |driver: Driver, value: f64| ReadingText {
        key: driver.info().key,
        label: names::driver(driver),
        value: gz_core::report::explain::num(value),
        unit: unit(driver),
    };
    let categorical = |c: CategoricalDriver, value: String, unit: String| ReadingText {
        key: c.key(),
        label: names::categorical(c),
        value,
        unit,
    };
    let joined = |first: String, second: String| {
        tr!(
            "explain-how-note",
            how = first.as_str(),
            note = second.as_str()
        )
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
                tr!("explain-troops-none")
            } else if cover <= 0.0 {
                tr!("explain-troops-not-deployed")
            } else {
                tr!(
                    "explain-troops-cover",
                    cover = figure(cover),
                    people = figure(people_where_deployed),
                    per_thousand = figure(troops_per_thousand_for_full_cover)
                )
            };
            let mut text = numeric(Driver::ForceTroops, troops);
            text.unit = joined(text.unit, cover);
            text
        }
        DriverReading::Violations {
            per_week,
            strike_incidents_per_week,
        } => {
            let mut text = numeric(Driver::ViolationsPerWeek, per_week);
            if strike_incidents_per_week > 0.0 {
                let strikes = tr!(
                    "explain-violations-strikes",
                    strikes = figure(strike_incidents_per_week)
                );
                text.unit = joined(text.unit, strikes);
            }
            text
        }
        DriverReading::ForceMandate(mandate) => categorical(
            CategoricalDriver::ForceMandate,
            names::mandate(mandate),
            tr!("explain-unit-force-mandate"),
        ),
        DriverReading::Governance { level, share } => categorical(
            CategoricalDriver::Governance,
            names::governance(level),
            tr!("explain-unit-governance", share = figure(share)),
        ),
        DriverReading::RafahCrossing(crossing) => categorical(
            CategoricalDriver::RafahCrossing,
            names::crossing(crossing),
            tr!("explain-unit-rafah-crossing"),
        ),
    }
}

/// Why a cell's history could not be made, for the window that would have shown it.
#[must_use]
pub fn error(cell: gz_core::geo::CellId, error: &ExplainError) -> String {
    let why = match error {
        ExplainError::NoSuchCell(c) => tr!("explain-error-no-such-cell", cell = c.to_string()),
        ExplainError::Stale => tr!("explain-error-stale"),
    };
    tr!("explain-error", cell = cell.to_string(), error = why)
}

/// A list of short items (zones with their chances, say) joined the language's way.
#[must_use]
pub fn list(items: &[String]) -> String {
    items.join(&tr!("explain-list-separator"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, set_language};
    use gz_core::geo::{CellId, Governorate};
    use gz_core::model::rules::table::RULES;

    #[test]
    fn each_rules_hover_names_every_input_of_its_factors_in_every_language() {
        for language in Language::ALL {
            set_language(language);
            for spec in &RULES {
                let words = rule_drivers(spec.rule);
                for formula in spec.factors.iter().map(|f| f.formula) {
                    for input in formula.inputs() {
                        if let Some(w) = input_words(input) {
                            assert!(
                                words.contains(&w),
                                "{language}: {:?} reads {input:?} ({w}), but its hover says only \"{words}\"",
                                spec.rule
                            );
                        }
                    }
                }
            }
        }
        set_language(Language::English);
    }

    /// A clearance factor as a stochastic run explains it: 3 of a cell's 8 neighbours secured.
    fn secured_neighbours() -> Factor {
        Factor {
            formula: Formula::Lerp(Param::ClearanceIsolatedFloor, Input::SecuredNeighbours),
            value: 0.15 + 0.85 * 0.375,
            param_value: Some(0.15),
            inputs: vec![InputValue::Neighbours {
                input: Input::SecuredNeighbours,
                share: 0.375,
                neighbours: 8,
                mode: Mode::Stochastic,
            }],
        }
    }

    #[test]
    fn a_factor_reads_in_the_thread_s_language_with_its_formula_kept() {
        set_language(Language::English);
        let english = factor_text(&secured_neighbours());
        assert_eq!(english.name, "secured ground next door");
        assert_eq!(english.how, "lerp(0.15, 3 of 8 neighbours gray or blue)");
        set_language(Language::Arabic);
        let arabic = factor_text(&secured_neighbours());
        assert_eq!(arabic.name, "أرض مجاورة مؤمَّنة");
        assert_eq!(
            arabic.how,
            "lerp(0.15, الخلايا المجاورة الرمادية أو الزرقاء: 3 من أصل 8)"
        );
        set_language(Language::Hebrew);
        let hebrew = factor_text(&secured_neighbours());
        assert_eq!(
            hebrew.how,
            "lerp(0.15, תאים שכנים אפורים או כחולים: 3 מתוך 8)"
        );
        set_language(Language::English);
    }

    #[test]
    fn numbers_keep_their_english_look_and_nouns_agree_with_them() {
        let pace = |language: Language, days: f64| {
            set_language(language);
            tr!(
                "explain-probability-pace",
                zone = "gray",
                probability = figure(1.0 / days),
                days = figure(days)
            )
        };
        assert_eq!(
            pace(Language::English, 20_000.0),
            "Probability that day, out of gray: 0.00005 (at this rate, about once in 20,000 days)"
        );
        // Arabic: 3 to 10 days take the plural, 11 to 99 the singular (accusative), 2 the dual.
        let five = pace(Language::Arabic, 5.0);
        assert!(
            five.contains("مرة كل 5 أيام") && five.contains("المنطقة الرمادية"),
            "{five}"
        );
        assert!(pace(Language::Arabic, 15.0).contains("كل 15 يومًا"));
        assert!(pace(Language::Arabic, 2.0).contains("كل يومين"));
        // And by the last two digits from 100 up, as CLDR has it.
        assert!(pace(Language::Arabic, 121.0).contains("كل 121 يومًا"));
        assert!(pace(Language::Arabic, 105.0).contains("كل 105 أيام"));
        assert!(pace(Language::Arabic, 300.0).contains("كل 300 يوم"));
        // The noun agrees with the number as shown, not with the fraction behind it.
        assert!(pace(Language::Arabic, 14.6).contains("كل 14.6 يوم"));
        assert!(pace(Language::Arabic, 1_234_511.4).contains("كل 1,234,511 يومًا"));
        assert!(pace(Language::Arabic, 1_500.0).contains("كل 1,500 يوم"));
        assert!(pace(Language::Hebrew, 2.0).contains("פעם ביומיים"));
        assert!(pace(Language::Hebrew, 40.0).contains("פעם ב-40 ימים"));
        set_language(Language::English);
    }

    #[test]
    fn the_homes_sentence_names_the_rebuilt_points_in_each_language() {
        let history = CellHistory {
            cell: CellId(7),
            governorate: Governorate::KhanYunis,
            area_km2: 1.0,
            mode: Mode::Stochastic,
            changes: Vec::new(),
            zones: Vec::new(),
            held: Vec::new(),
            habitable_share: vec![0.2, 0.25, 0.3],
            fired: Vec::new(),
        };
        set_language(Language::English);
        assert_eq!(
            homes_sentence(&history, 2).as_deref(),
            Some(
                "Homes: 30 % can be lived in on day 2 (20 % on day 0, after the damage UNOSAT \
                 mapped on 11 Oct 2025, 10 points rebuilt since day 0 with reconstruction \
                 money). Residents go home only to these."
            )
        );
        set_language(Language::Arabic);
        let arabic = homes_sentence(&history, 2).unwrap_or_default();
        assert!(
            arabic.contains("10 نقاط مئوية") && arabic.contains("أكتوبر"),
            "{arabic}"
        );
        set_language(Language::Hebrew);
        let hebrew = homes_sentence(&history, 2).unwrap_or_default();
        assert!(hebrew.contains("שוקמו 10 נקודות אחוז"), "{hebrew}");
        set_language(Language::English);
        assert_eq!(
            homes_sentence(
                &CellHistory {
                    habitable_share: Vec::new(),
                    ..history
                },
                2
            ),
            None
        );
    }
}
