//! The tables of a sensitivity analysis: a tornado and a one-driver sweep of one indicator,
//! as the app exports them and `gaza-zones tornado` writes them.

use std::io::Write;

use super::{csv_io, number, write_lines};
use crate::model::Driver;
use crate::model::Event;
use crate::model::sensitivity::{
    Indicator, PLAUSIBLE_HIGH_OF_DEFAULT, PLAUSIBLE_LOW_OF_DEFAULT, Sampling, Sweep, Tornado,
    events_setting,
};

/// The job line of a tornado's header.
#[must_use]
pub fn tornado_job(tornado: &Tornado, indicator: Indicator) -> String {
    format!(
        "tornado: {} ({}); each driver's starting value at its range's minimum and maximum{}, the others at the scenario's values; {}; {}",
        indicator.key(),
        indicator.unit(),
        if tornado.has_parameters() {
            format!(
                " and each judgement parameter of the rules at {} and {} times its default, kept within its range (rows of kind parameter)",
                number(PLAUSIBLE_LOW_OF_DEFAULT),
                number(PLAUSIBLE_HIGH_OF_DEFAULT),
            )
        } else {
            String::new()
        },
        sampling_words(&tornado.sampling),
        if tornado.sampling.runs > 1 {
            "values are medians over the runs"
        } else {
            "values are the run's"
        }
    )
}

/// The job line of a sweep's summary header (the quantiles per value; `gaza-zones sweep`
/// writes every run, with its own job line).
#[must_use]
pub fn sweep_summary_job(sweep: &Sweep, indicator: Indicator) -> String {
    let range = &sweep.range;
    format!(
        "sensitivity sweep: {} ({}); {} from {} to {} in {} steps; {}; p10/p50/p90 over the runs at each value",
        indicator.key(),
        indicator.unit(),
        range.driver.key(),
        range.from,
        range.to,
        range.steps,
        sampling_words(&sweep.sampling),
    )
}

fn sampling_words(sampling: &Sampling) -> String {
    format!(
        "mode: {:?}; seed: {}; runs: {}",
        sampling.mode, sampling.seed, sampling.runs
    )
}

/// Comment lines a reader needs to read the numbers right: drivers that events set again
/// later, and what stands for "never".
#[must_use]
pub fn notes(
    events: &[Event],
    drivers: &[Driver],
    indicator: Indicator,
    horizon_days: u32,
) -> Vec<String> {
    let mut lines = driver_notes(events, drivers);
    if indicator == Indicator::FirstDayBlueHoldsHalf {
        lines.push(format!(
            "# note: {} = {} means blue never held half the people within the {horizon_days}-day horizon",
            indicator.key(),
            horizon_days.saturating_add(1)
        ));
    }
    lines
}

/// The tornado of `indicator` after `header`: one row per lever, widest swing first. A row's
/// `driver` column holds the driver's or the parameter's key and `kind` says which it is
/// (the column keeps its old name so that files of models 1 and 2 read as before).
pub fn write_tornado(
    out: &mut dyn Write,
    header: &[String],
    tornado: &Tornado,
    indicator: Indicator,
) -> std::io::Result<()> {
    write_lines(out, header)?;
    let key = indicator.key();
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record([
        "rank".to_owned(),
        "driver".to_owned(),
        "scenario_value".to_owned(),
        "min_value".to_owned(),
        "max_value".to_owned(),
        format!("{key}_at_min"),
        format!("{key}_at_scenario"),
        format!("{key}_at_max"),
        "swing".to_owned(),
        "kind".to_owned(),
    ])
    .map_err(csv_io)?;
    for (rank, bar) in tornado.bars(indicator).iter().enumerate() {
        csv.write_record([
            (rank + 1).to_string(),
            bar.lever.key().to_owned(),
            number(bar.scenario_value),
            number(bar.min_value),
            number(bar.max_value),
            number(bar.at_min),
            number(bar.baseline),
            number(bar.at_max),
            number(bar.swing),
            bar.lever.kind().to_owned(),
        ])
        .map_err(csv_io)?;
    }
    csv.flush()
}

/// The sweep of `indicator` after `header`: one row per value.
pub fn write_sweep(
    out: &mut dyn Write,
    header: &[String],
    sweep: &Sweep,
    indicator: Indicator,
) -> std::io::Result<()> {
    write_lines(out, header)?;
    let key = indicator.key();
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record([
        "step".to_owned(),
        sweep.range.driver.key().to_owned(),
        format!("{key}_p10"),
        format!("{key}_p50"),
        format!("{key}_p90"),
    ])
    .map_err(csv_io)?;
    for (step, (value, band)) in sweep.series(indicator).into_iter().enumerate() {
        csv.write_record([
            step.to_string(),
            number(value),
            number(band.p10),
            number(band.p50),
            number(band.p90),
        ])
        .map_err(csv_io)?;
    }
    csv.flush()
}

/// "# note:" lines for the drivers that events set again after the start: moving their
/// starting value moves the scenario only until then.
#[must_use]
pub fn driver_notes(events: &[Event], drivers: &[Driver]) -> Vec<String> {
    let mut lines = Vec::new();
    for &driver in drivers {
        let days: Vec<String> = events_setting(events, driver)
            .iter()
            .map(|e| e.day.to_string())
            .collect();
        if !days.is_empty() {
            lines.push(format!(
                "# note: only {}'s starting value moves; events set it again on day {}",
                driver.key(),
                days.join(", ")
            ));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sensitivity::{Control, SweepRange, sweep, tornado, tornado_levers};
    use crate::model::{Action, Category, Mode};
    use crate::report::Provenance;

    fn scenario() -> crate::scenario::Scenario {
        let mut s = crate::scenario::Scenario {
            horizon_days: 40,
            ..crate::scenario::Scenario::default()
        };
        s.events.push(Event::at(
            10,
            Action::Set {
                driver: Driver::AidTrucksPerDay,
                value: 600.0,
            },
        ));
        s
    }

    fn lines(bytes: &[u8]) -> Vec<String> {
        String::from_utf8_lossy(bytes)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_tornado_table_has_the_provenance_then_a_row_per_driver_widest_first() {
        let s = scenario();
        let t = tornado(
            &s.inputs(),
            Sampling::single(Mode::Expected, s.seed),
            &Control::default(),
        )
        .expect("not cancelled");
        let indicator = Indicator::FinalAreaKm2(Category::Held);
        let mut header =
            Provenance::of_scenario(&s, None, false).header(&tornado_job(&t, indicator));
        header.extend(notes(&s.events, &Driver::ALL, indicator, s.horizon_days));
        let mut out = Vec::new();
        write_tornado(&mut out, &header, &t, indicator).expect("written");
        let lines = lines(&out);
        assert!(lines[0].contains("not a forecast"));
        assert!(lines[5].starts_with("# tornado: final_held_km2 (km²)"));
        assert_eq!(lines[6], crate::report::CSV_FORMAT_LINE);
        assert!(lines[7].contains("aid_trucks_per_day") && lines[7].contains("day 10"));
        assert_eq!(
            lines[8],
            "rank,driver,scenario_value,min_value,max_value,final_held_km2_at_min,final_held_km2_at_scenario,final_held_km2_at_max,swing,kind"
        );
        // A model-3 scenario: a row per driver and per judgement parameter.
        assert_eq!(lines.len(), 9 + tornado_levers(s.model).len());
        assert!(lines[5].contains("at 0.5 and 2 times its default"));
        let regrowth = lines
            .iter()
            .find(|l| l.contains(",armed_regrowth_per_day,"));
        let regrowth: Vec<&str> = regrowth.expect("a parameter row").split(',').collect();
        assert_eq!(&regrowth[3..5], ["0.004", "0.016"]);
        assert_eq!(regrowth[9], "parameter");
        // The withdrawal line makes land held directly: it moves held land most.
        let first: Vec<&str> = lines[9].split(',').collect();
        assert_eq!(&first[..5], ["1", "held_share", "0.53", "0", "1"]);
        assert_eq!(first[9], "driver");
        let bars = t.bars(indicator);
        assert_eq!(first[5].parse::<f64>().ok(), Some(bars[0].at_min));
        assert_eq!(first[8].parse::<f64>().ok(), Some(bars[0].swing));
        assert!(bars[0].swing > 100.0);
    }

    #[test]
    fn a_sweep_table_has_a_row_per_value_with_its_band() {
        let s = scenario();
        let range = SweepRange {
            driver: Driver::HeldShare,
            from: 0.2,
            to: 0.6,
            steps: 3,
        };
        let sw = sweep(
            &s.inputs(),
            range,
            Sampling::stochastic(s.seed, 4),
            &Control::default(),
        )
        .expect("in range");
        let indicator = Indicator::FirstDayBlueHoldsHalf;
        let mut header =
            Provenance::of_scenario(&s, None, false).header(&sweep_summary_job(&sw, indicator));
        header.extend(notes(&s.events, &[range.driver], indicator, s.horizon_days));
        let mut out = Vec::new();
        write_sweep(&mut out, &header, &sw, indicator).expect("written");
        let lines = lines(&out);
        assert!(lines[5].contains("held_share from 0.2 to 0.6 in 3 steps"));
        assert!(lines[5].contains("mode: Stochastic; seed: 1; runs: 4"));
        assert_eq!(
            lines[7],
            "# note: first_day_blue_holds_half = 41 means blue never held half the people within the 40-day horizon"
        );
        assert_eq!(
            lines[8],
            "step,held_share,first_day_blue_holds_half_p10,first_day_blue_holds_half_p50,first_day_blue_holds_half_p90"
        );
        // Nothing in the defaults makes land blue within 40 days.
        assert_eq!(lines[9], "0,0.2,41,41,41");
        assert_eq!(lines.len(), 12);
        assert!(lines[11].starts_with("2,0.6,"));
    }
}
