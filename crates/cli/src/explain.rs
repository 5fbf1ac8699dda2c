//! `gaza-zones explain`: why the map moves or stays as it is on a day, for the whole Strip or
//! one cell, in plain text. The reasons come from the core (`model::blockers`, worded by
//! `gz_i18n::blockers`), so the app and this command say the same, in the language of
//! `--lang` (English unless it is given).

use super::output::{Loaded, write_output_as};
use super::{ExplainArgs, ModeArg, exit};
use gz_core::geo::{CellId, Grid};
use gz_core::model::blockers::{BlockersError, cell_blockers, strip_blockers};
use gz_core::model::explain::date_of_day;
use gz_core::model::{Mode, Plan, Record, Zone};
use gz_core::report::explain::num;
use gz_core::report::single_run_job;
use gz_core::say;
use gz_i18n::blockers::{cell_sentences, commas, strip_headline, strip_sentences, transition};
use gz_i18n::{names, tr};

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
    let job = single_run_job(mode, seed);
    // The date as ISO 8601 in every language, as in the CSV files.
    let day_line = if let Some(date) = date_of_day(scenario.start_date, day) {
        tr!(
            "blockers-cli-day-date",
            day = day,
            date = date.to_string(),
            job = job
        )
    } else {
        tr!("blockers-cli-day", day = day, job = job)
    };
    let mut lines = vec![format!("{}", scenario.meta.title), day_line];
    if day == 0 {
        lines.push(tr!("blockers-cli-day-zero"));
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
    lines.push(tr!("blockers-cli-strip-heading"));
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
            Mode::Stochastic => names::zone(z.zone),
            Mode::Expected => tr!(
                "blockers-cli-zone-chance",
                name = names::zone(z.zone),
                percent = format!("{:.1}", z.weight * 100.0)
            ),
        })
        .collect();
    let yes_no = |fact: bool| if fact { "yes" } else { "no" };
    let mut lines = vec![
        String::new(),
        tr!(
            "blockers-cli-cell",
            cell = cell.0,
            governorate = names::governorate(b.governorate),
            km2 = num(info.area_km2),
            zones = commas(&zones),
            day = b.day,
            held = yes_no(b.held),
            haven = yes_no(b.haven)
        ),
        String::new(),
        tr!("blockers-cli-ways-out"),
    ];
    lines.extend(cell_sentences(&b).into_iter().map(|s| format!("- {s}")));
    lines.push(String::new());
    let run = plan.run(mode, seed, Record::Totals);
    let changes: Vec<String> = run
        .changes
        .iter()
        .filter(|c| c.cell == cell && c.day <= day)
        .map(|c| {
            let change = if c.rule == gz_core::model::Rule::LineAdvance {
                tr!(
                    "blockers-cli-line-advance",
                    from = names::zone(c.from),
                    to = names::zone(Zone::Gray)
                )
            } else {
                transition(c.rule, c.from)
            };
            format!(
                "- {}",
                tr!("blockers-cli-change", day = c.day, change = change)
            )
        })
        .collect();
    if changes.is_empty() {
        lines.push(tr!("blockers-cli-no-changes", day = day));
    } else {
        lines.push(tr!("blockers-cli-changes", day = day));
        lines.extend(changes);
    }
    Ok(lines)
}
