//! The seam between the desktop and the browser for what leaves the app as a file. The desktop
//! asks for a place in a save dialog and writes there; the browser has no file system, so the
//! same bytes leave as a download. Everything else (the model, the views, the exports' bytes)
//! is the same code on both.

/// Hands `bytes` to the browser as a download called `file_name`.
///
/// # Errors
/// The browser's reason when it refuses; on the desktop, always (it saves through dialogs).
#[cfg(target_arch = "wasm32")]
pub fn download(file_name: &str, bytes: &[u8]) -> Result<(), String> {
    super::browser::files::download(file_name, bytes, super::browser::files::mime_of(file_name))
}

/// Hands `bytes` to the browser as a download called `file_name`.
///
/// # Errors
/// The browser's reason when it refuses; on the desktop, always (it saves through dialogs).
#[cfg(not(target_arch = "wasm32"))]
pub fn download(file_name: &str, _bytes: &[u8]) -> Result<(), String> {
    Err(format!(
        "{file_name}: downloads are for the browser; the desktop app saves through a dialog"
    ))
}
