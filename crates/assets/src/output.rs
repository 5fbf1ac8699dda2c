//! Writes both files or neither: each goes to a temporary file in its own folder first, and
//! only when both are complete are they renamed into place.

use std::io::Write;
use std::path::Path;

use tempfile::NamedTempFile;

use crate::error::AssetError;
use crate::{Built, CELLS_FILE, HOMES_FILE};

/// Writes `built` under `assets_dir` (`derived/cells.csv`, `derived/unosat/cells_homes.csv`).
pub fn write(built: &Built, assets_dir: &Path) -> Result<(), AssetError> {
    let staged = [
        stage(&assets_dir.join(CELLS_FILE), &built.cells_csv)?,
        stage(&assets_dir.join(HOMES_FILE), &built.homes_csv)?,
    ];
    for (file, path) in staged {
        file.persist(&path).map_err(|e| AssetError::Write {
            path: path.clone(),
            source: e.error,
        })?;
    }
    Ok(())
}

fn stage(path: &Path, text: &str) -> Result<(NamedTempFile, std::path::PathBuf), AssetError> {
    let failed = |source| AssetError::Write {
        path: path.to_owned(),
        source,
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(failed)?;
    let mut file = NamedTempFile::new_in(folder).map_err(failed)?;
    file.write_all(text.as_bytes()).map_err(failed)?;
    file.as_file().sync_all().map_err(failed)?;
    Ok((file, path.to_owned()))
}
