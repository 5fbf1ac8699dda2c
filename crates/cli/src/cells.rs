//! `gaza-zones cells`: one run's state on one day, one row (CSV) or feature (GeoJSON) per cell;
//! or with `--every-day` every day of the run as one long CSV table.

use std::io::Write;
use std::ops::ControlFlow;

use super::cell_table::CellRow;
use super::cell_table::{cells_on_day, columns, for_each_day};
use super::cells_geojson::{self, About};
use super::output::{Loaded, csv_io, write_lines, write_output_as};
use super::{CellsArgs, CellsFormat, ModeArg, exit, interrupt};
use gz_core::geo::Grid;
use gz_core::model::explain::date_of_day;
use gz_core::model::{Mode, Plan};
use gz_core::report::single_run_job;

pub fn cells(args: &CellsArgs) -> u8 {
    let loaded = match Loaded::for_output(&args.file, args.out.as_deref(), args.force) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let scenario = &loaded.scenario;
    if args.every_day {
        return every_day(args, &loaded);
    }
    let day = args.day.unwrap_or(scenario.horizon_days);
    if day > scenario.horizon_days {
        gz_core::say!(
            "--day {day} is past the scenario's last day ({}); give a day from 0 to {}",
            scenario.horizon_days,
            scenario.horizon_days
        );
        return exit::USAGE;
    }
    let mode = ModeArg::or(args.mode, scenario.mode);
    let seed = args.seed.unwrap_or(scenario.seed);
    let grid = Grid::strip();
    let plan = Plan::new(grid, &scenario.inputs());
    let rows = cells_on_day(&plan, mode, seed, day);
    let date = date_of_day(scenario.start_date, day).map(|d| d.to_string());
    let job = format!(
        "{}; day: {day}{}",
        single_run_job(mode, seed),
        date.as_deref()
            .map(|d| format!(" ({d})"))
            .unwrap_or_default()
    );
    let header = loaded.header(&job);
    match args.format {
        CellsFormat::Csv => write_output_as(args.out.as_deref(), "CSV", |out| {
            write_lines(out, &header)?;
            write_csv(out, mode, &rows)
        }),
        CellsFormat::Geojson => {
            let about = About {
                coordinates: cells_geojson::COORDINATES,
                provenance: header
                    .iter()
                    .map(|l| l.strip_prefix("# ").unwrap_or(l).to_owned())
                    .collect(),
                model: scenario.model.number(),
                mode,
                seed,
                day,
                date,
            };
            write_output_as(args.out.as_deref(), "GeoJSON", |out| {
                cells_geojson::write(out, &about, grid, &rows)
            })
        }
    }
}

fn write_csv(out: &mut dyn Write, mode: Mode, rows: &[CellRow]) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(columns(mode)).map_err(csv_io)?;
    for row in rows {
        csv.write_record(row.record()).map_err(csv_io)?;
    }
    csv.flush()
}

/// `--every-day`: the one-day table's rows for every day the step picks, each led by its day
/// and date.
fn every_day(args: &CellsArgs, loaded: &Loaded) -> u8 {
    if args.format == CellsFormat::Geojson {
        gz_core::say!(
            "--every-day writes a CSV table; a GeoJSON map holds one day (write it with \
             --format geojson without --every-day and join the table to it on `cell`)"
        );
        return exit::USAGE;
    }
    let scenario = &loaded.scenario;
    let mode = ModeArg::or(args.mode, scenario.mode);
    let seed = args.seed.unwrap_or(scenario.seed);
    let step = args.step.unwrap_or(1);
    let last = scenario.horizon_days;
    let days = if step == 1 {
        format!("days: 0 to {last}")
    } else {
        format!("days: 0 to {last} every {step} and the last")
    };
    let header = loaded.header(&format!("{}; {days}", single_run_job(mode, seed)));
    let plan = Plan::new(Grid::strip(), &scenario.inputs());
    write_output_as(args.out.as_deref(), "CSV", |out| {
        write_lines(out, &header)?;
        let mut csv = csv::Writer::from_writer(out);
        // The date beside the day lets a GIS animate the table on a time axis.
        let mut names = vec!["day", "date"];
        names.extend(columns(mode));
        csv.write_record(names).map_err(csv_io)?;
        let mut result = Ok(());
        for_each_day(
            &plan,
            mode,
            seed,
            |day| day % step == 0 || day == last,
            |day, rows| {
                if interrupt::requested() {
                    result = Err(interrupt::error());
                    return ControlFlow::Break(());
                }
                let date = date_of_day(scenario.start_date, day)
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                let day = day.to_string();
                for row in rows {
                    let record = [day.clone(), date.clone()].into_iter().chain(row.record());
                    if let Err(e) = csv.write_record(record) {
                        result = Err(csv_io(e));
                        return ControlFlow::Break(());
                    }
                }
                ControlFlow::Continue(())
            },
        );
        result?;
        csv.flush()
    })
}
