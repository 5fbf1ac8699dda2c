//! `gaza-zones cells`: one run's state on one day, one row (CSV) or feature (GeoJSON) per cell.

use std::io::Write;

use super::cell_table::CellRow;
use super::cell_table::{cells_on_day, columns};
use super::cells_geojson::{self, About};
use super::output::{Loaded, csv_io, write_lines, write_output_as};
use super::{CellsArgs, CellsFormat, ModeArg, exit};
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
