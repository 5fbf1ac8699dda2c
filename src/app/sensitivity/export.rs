//! Export of the tornado and the sweep on screen as CSV with the provenance header, written
//! atomically so that a failed export never leaves half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::super::Notice;
use super::super::document::Document;
use crate::model::Driver;
use crate::model::sensitivity::{Indicator, Sweep, Tornado};
use crate::report::Provenance;
use crate::report::sensitivity::{notes, sweep_job, tornado_job, write_sweep, write_tornado};
use crate::scenario::{Backup, SaveError, Scenario, write_atomically_with};

/// Asks where to save; `None` when the user cancels (or no dialog is available).
pub fn dialog(suggested_name: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter("CSV table", &["csv"])
        .set_title("Export as CSV")
        .set_file_name(suggested_name)
        .save_file()
}

/// "tornado_final_blue_pop.csv": what and which indicator.
#[must_use]
pub fn file_name(what: &str, indicator: Indicator) -> String {
    format!("{what}_{}.csv", indicator.key())
}

/// Which scenario, file and text the numbers belong to.
#[must_use]
pub fn provenance(doc: &Document) -> Provenance {
    doc.provenance()
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
    let mut bytes = Vec::new();
    write_tornado(&mut bytes, &header, tornado, indicator).map_err(|e| io(path, e))?;
    write_bytes(path, &bytes)
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
    let mut header = provenance.header(&sweep_job(sweep, indicator));
    header.extend(notes(
        &scenario.events,
        &[sweep.range.driver],
        indicator,
        scenario.horizon_days,
    ));
    let mut bytes = Vec::new();
    write_sweep(&mut bytes, &header, sweep, indicator).map_err(|e| io(path, e))?;
    write_bytes(path, &bytes)
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    // A table is made again in a click: no backup of the file it replaces.
    write_atomically_with(path, bytes, Backup::Skip, |file, bytes| {
        file.write_all(bytes)
    })
}

fn io(path: &Path, source: std::io::Error) -> SaveError {
    SaveError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// What the status bar says after an export.
#[must_use]
pub fn notice(path: &Path, result: Result<(), SaveError>) -> Notice {
    match result {
        Ok(()) => Notice::Info(format!("Exported {}", path.display())),
        Err(e) => Notice::Error(format!("Could not export the table: {e}")),
    }
}
