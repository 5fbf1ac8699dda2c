//! Export of the tornado and the sweep on screen as CSV with the provenance header, written
//! atomically so that a failed export never leaves half a file.

use std::path::{Path, PathBuf};

use gz_core::model::Driver;
use gz_core::model::sensitivity::{Indicator, Sweep, Tornado};
use gz_core::report::Provenance;
use gz_core::report::sensitivity::{
    notes, sweep_summary_job, tornado_job, write_sweep, write_tornado,
};
use gz_core::scenario::{SaveError, Scenario, write_export};

/// Asks where to save; `None` when the user cancels (or no dialog is available).
pub fn dialog(suggested_name: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter("CSV table", &["csv"])
        .set_title("Export as CSV")
        .set_file_name(suggested_name)
        .save_file()
}

/// "`tornado_final_blue_pop.csv"`: what and which indicator.
#[must_use]
pub fn file_name(what: &str, indicator: Indicator) -> String {
    format!("{what}_{}.csv", indicator.key())
}

/// Writes the tornado of `indicator` to `path`.
///
/// # Errors
/// When the folder cannot be written; an existing file is then untouched.
pub fn save_tornado(
    path: &Path,
    provenance: &Provenance,
    scenario: &Scenario,
    tornado: &Tornado,
    indicator: Indicator,
) -> Result<(), SaveError> {
    let mut header = provenance.header(&tornado_job(tornado, indicator));
    header.extend(notes(
        &scenario.events,
        &Driver::ALL,
        indicator,
        scenario.horizon_days,
    ));
    write_export(path, |bytes| {
        write_tornado(bytes, &header, tornado, indicator)
    })
}

/// Writes the sweep of `indicator` to `path`.
///
/// # Errors
/// When the folder cannot be written; an existing file is then untouched.
pub fn save_sweep(
    path: &Path,
    provenance: &Provenance,
    scenario: &Scenario,
    sweep: &Sweep,
    indicator: Indicator,
) -> Result<(), SaveError> {
    let mut header = provenance.header(&sweep_summary_job(sweep, indicator));
    header.extend(notes(
        &scenario.events,
        &[sweep.range.driver],
        indicator,
        scenario.horizon_days,
    ));
    write_export(path, |bytes| write_sweep(bytes, &header, sweep, indicator))
}
