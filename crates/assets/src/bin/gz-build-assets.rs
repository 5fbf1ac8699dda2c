//! `gz-build-assets`: rebuilds `assets/derived/cells.csv` and
//! `assets/derived/unosat/cells_homes.csv` from the reference data and prints a summary.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Builds the derived per-cell assets from the reference data.
#[derive(Parser)]
#[command(version)]
struct Args {
    #[arg(
        long,
        value_name = "DIR",
        help = "The reference folder (with gaza_governorates.geojson and reference/). \
                Default: $GAZA_ZONES_REFERENCE, else ../shared/data beside the workspace"
    )]
    reference: Option<PathBuf>,
    #[arg(
        long,
        value_name = "DIR",
        help = "The assets folder to write into. Default: the workspace's assets/"
    )]
    assets: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let reference = args
        .reference
        .unwrap_or_else(gz_assets::default_reference_dir);
    let assets = args
        .assets
        .unwrap_or_else(|| gz_assets::workspace_root().join("assets"));
    let result = gz_assets::build(&reference)
        .and_then(|built| gz_assets::output::write(&built, &assets).map(|()| built));
    match result {
        Ok(built) => {
            print!("{}", built.summary);
            println!(
                "wrote {} and {}",
                assets.join(gz_assets::CELLS_FILE).display(),
                assets.join(gz_assets::HOMES_FILE).display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gz-build-assets: {e}");
            ExitCode::FAILURE
        }
    }
}
