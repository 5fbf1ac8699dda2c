//! The app's data folder (autosave and preferences): private to the user, because unsaved work
//! and the list of recent files say what someone is working on. The folder is 0700 and its
//! files 0600 on Unix (the autosave is written with `scenario::write_private`); elsewhere the
//! platform's per-user folder is left as it is.

use std::io::Write;
use std::path::Path;

/// The file eframe keeps the preferences in, inside the data folder.
pub const PREFERENCES_FILE: &str = "app.ron";

/// Makes `folder` private (creating it if needed) and the preferences file in it private too.
/// A missing preferences file is created empty and private, so that eframe, which rewrites it
/// in place, never creates it world-readable.
///
/// # Errors
/// When the folder cannot be created or its permissions cannot be set.
pub fn secure(folder: &Path) -> std::io::Result<()> {
    make_private_folder(folder)?;
    let preferences = folder.join(PREFERENCES_FILE);
    match std::fs::symlink_metadata(&preferences) {
        Ok(meta) if meta.is_file() => set_private(&preferences, 0o600),
        // A link or anything else there was not made by us: leave it alone.
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // An empty map is what eframe reads as "no preferences yet".
            match private_options().open(&preferences) {
                Ok(mut file) => file.write_all(b"{}"),
                // Another copy of the app made it meanwhile: that one is private too.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// Creates `folder` as 0700 if it is missing, and makes it 0700 if it exists.
///
/// # Errors
/// When the folder cannot be created or its permissions cannot be set.
pub fn make_private_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)?;
    set_private(folder, 0o700)
}

fn private_options() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

#[cfg(unix)]
fn set_private(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_private(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}
