//! Export of the tornado and the sweep on screen as CSV with the provenance header. The bytes
//! are made here; the app's one export path writes them (atomically) or downloads them.

#[cfg(not(target_arch = "wasm32"))]
use std::path::PathBuf;

use gz_core::model::Driver;
use gz_core::model::sensitivity::{Indicator, Sweep, Tornado};
use gz_core::report::Provenance;
use gz_core::report::sensitivity::{
    notes, sweep_summary_job, tornado_job, write_sweep, write_tornado,
};
use gz_core::scenario::Scenario;

/// Asks where to save; `None` when the user cancels (or no dialog is available).
#[cfg(not(target_arch = "wasm32"))]
pub fn dialog(suggested_name: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter("CSV table", &["csv"])
        .set_title(gz_i18n::tr!("dialog-export-csv"))
        .set_file_name(suggested_name)
        .save_file()
}

/// "`tornado_final_blue_pop.csv"`: what and which indicator.
#[must_use]
pub fn file_name(what: &str, indicator: Indicator) -> String {
    format!("{what}_{}.csv", indicator.key())
}

/// The CSV of the tornado of `indicator`.
///
/// # Errors
/// Only if the table cannot be written to memory.
pub fn tornado_bytes(
    provenance: &Provenance,
    scenario: &Scenario,
    tornado: &Tornado,
    indicator: Indicator,
) -> std::io::Result<Vec<u8>> {
    let mut header = provenance.header(&tornado_job(tornado, indicator));
    header.extend(notes(
        &scenario.events,
        &Driver::ALL,
        indicator,
        scenario.horizon_days,
    ));
    let mut bytes = Vec::new();
    write_tornado(&mut bytes, &header, tornado, indicator)?;
    Ok(bytes)
}

/// The CSV of the sweep of `indicator`.
///
/// # Errors
/// Only if the table cannot be written to memory.
pub fn sweep_bytes(
    provenance: &Provenance,
    scenario: &Scenario,
    sweep: &Sweep,
    indicator: Indicator,
) -> std::io::Result<Vec<u8>> {
    let mut header = provenance.header(&sweep_summary_job(sweep, indicator));
    header.extend(notes(
        &scenario.events,
        &[sweep.range.driver],
        indicator,
        scenario.horizon_days,
    ));
    let mut bytes = Vec::new();
    write_sweep(&mut bytes, &header, sweep, indicator)?;
    Ok(bytes)
}
