//! gaza-zones: the app with no subcommand, the headless command line with one.

use std::process::ExitCode;

use clap::Parser;
use gaza_zones::cli::{Cli, exit};
use gaza_zones::scenario::{Scenario, default_scenario};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(command) = cli.command {
        return ExitCode::from(gaza_zones::cli::execute(command));
    }
    let loaded = match &cli.file {
        Some(path) => Scenario::load(path),
        None => default_scenario(),
    };
    let scenario = match loaded {
        Ok(s) => s,
        Err(e) => {
            for line in e.lines() {
                eprintln!("{line}");
            }
            return ExitCode::from(exit::INVALID);
        }
    };
    match gaza_zones::app::run(scenario) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gaza-zones: {message}");
            ExitCode::from(exit::NO_DISPLAY)
        }
    }
}
