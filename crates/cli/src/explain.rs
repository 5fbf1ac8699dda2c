//! `gaza-zones explain`: why the map moves or stays as it is on a day, for the whole Strip or
//! one cell, in plain text. The reasons come from the core (`model::blockers`, worded by
//! `report::blockers`), so the app and this command say the same.

use super::output::{Loaded, write_output_as};
use super::{ExplainArgs, ModeArg, exit};
use gz_core::geo::{CellId, Grid};
use gz_core::model::blockers::{BlockersError, cell_blockers, strip_blockers};
use gz_core::model::explain::date_of_day;
use gz_core::model::{Mode, Plan, Record, Zone};
use gz_core::report::blockers::{cell_sentences, strip_headline, strip_sentences, transition};
use gz_core::report::explain::num;
use gz_core::report::single_run_job;
use gz_core::say;

pub fn explain(args: &ExplainArgs) -> u8 {
    let loaded = match Loaded::read(&args.file) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let scenario = &loaded.scenario;
    let day = args.day.unwrap_or(scenario.horizon_days);
    if day > scenario.horizon_days {
        say!(
            "--day {day} is past the scenario's last day ({}); give a day from 0 to {}",
            scenario.horizon_days,
            scenario.horizon_days
        );
        return exit::USAGE;
    }
    let grid = Grid::strip();
    if let Some(cell) = args.cell
        && cell as usize >= grid.len()
    {
        say!(
            "--cell {cell}: there is no such cell; the Strip's cells are numbered 0 to {}",
            grid.len().saturating_sub(1)
        );
        return exit::USAGE;
    }
    let mode = ModeArg::or(args.mode, scenario.mode);
    let seed = args.seed.unwrap_or(scenario.seed);
    let plan = Plan::new(grid, &scenario.inputs());
    let date = date_of_day(scenario.start_date, day)
        .map(|d| format!(" ({d})"))
        .unwrap_or_default();
    let mut lines = vec![
        format!("{}", scenario.meta.title),
        format!("Day {day}{date}; {}", single_run_job(mode, seed)),
    ];
    if day == 0 {
        lines.push(
            "Day 0 is the starting picture and no rule runs on it: the ways out below are \
             those of day 1."
                .to_owned(),
        );
    }
    let result = match args.cell {
        Some(cell) => cell_lines(&plan, mode, seed, CellId(cell), day),
        None => strip_lines(&plan, mode, seed, day),
    };
    match result {
        Ok(more) => lines.extend(more),
        Err(e) => {
            say!("{e}");
            return exit::USAGE;
        }
    }
    write_output_as(None, "explanation", |out| {
        for line in &lines {
            writeln!(out, "{line}")?;
        }
        Ok(())
    })
}

fn strip_lines(
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
    day: u32,
) -> Result<Vec<String>, BlockersError> {
    let strip = strip_blockers(plan, mode, seed, day)?;
    let mut lines = vec![String::new(), strip_headline(&strip), String::new()];
    lines.push("Each way out of each zone, and what holds it back:".to_owned());
    lines.extend(
        strip_sentences(&strip)
            .into_iter()
            .map(|s| format!("- {s}")),
    );
    Ok(lines)
}

fn cell_lines(
    plan: &Plan<'_>,
    mode: Mode,
    seed: u64,
    cell: CellId,
    day: u32,
) -> Result<Vec<String>, BlockersError> {
    let b = cell_blockers(plan, mode, seed, cell, day)?;
    let info = &plan.grid().cells[cell.index()];
    let zones: Vec<String> = b
        .zones
        .iter()
        .map(|z| match mode {
            Mode::Stochastic => z.zone.key().to_owned(),
            Mode::Expected => format!("{} {:.1} %", z.zone.key(), z.weight * 100.0),
        })
        .collect();
    let mut facts = Vec::new();
    if b.held {
        facts.push("held behind the withdrawal line");
    }
    if b.haven {
        facts.push("a haven has been declared here");
    }
    let facts = if facts.is_empty() {
        String::new()
    } else {
        format!("; {}", facts.join("; "))
    };
    let mut lines = vec![
        String::new(),
        format!(
            "Cell {cell} in {}, {} km²: {} when the rules ran on day {}{facts}.",
            b.governorate.name(),
            num(info.area_km2),
            zones.join(", "),
            b.day
        ),
        String::new(),
        "Ways out that day, with their chances:".to_owned(),
    ];
    lines.extend(cell_sentences(&b).into_iter().map(|s| format!("- {s}")));
    lines.push(String::new());
    let run = plan.run(mode, seed, Record::Totals);
    let changes: Vec<String> = run
        .changes
        .iter()
        .filter(|c| c.cell == cell && c.day <= day)
        .map(|c| {
            format!(
                "- day {}: {}",
                c.day,
                if c.rule == gz_core::model::Rule::LineAdvance {
                    format!(
                        "{} → {}: the withdrawal line advanced over the cell",
                        c.from.key(),
                        Zone::Gray.key()
                    )
                } else {
                    transition(c.rule, c.from)
                }
            )
        })
        .collect();
    if changes.is_empty() {
        lines.push(format!("Changes up to day {day}: none."));
    } else {
        lines.push(format!("Changes up to day {day}:"));
        lines.extend(changes);
    }
    Ok(lines)
}
