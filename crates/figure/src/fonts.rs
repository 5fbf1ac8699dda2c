//! The font of exported figures, embedded so that a PNG looks the same on every machine and
//! needs no system fonts (CI machines and clusters often have none).

#[cfg(not(target_arch = "wasm32"))]
use std::sync::Once;

#[cfg(not(target_arch = "wasm32"))]
use plotters::style::{FontStyle, register_font};

/// The family name figures ask for.
pub const FAMILY: &str = "sans-serif";

#[cfg(not(target_arch = "wasm32"))]
static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
#[cfg(not(target_arch = "wasm32"))]
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Registers the embedded faces with plotters, once per process.
#[cfg(not(target_arch = "wasm32"))]
pub fn register() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are the bundled, tested font files; a failure would only mean a damaged
        // build, and then text is left out rather than the export failing.
        let _ = register_font(FAMILY, FontStyle::Normal, REGULAR);
        let _ = register_font(FAMILY, FontStyle::Bold, BOLD);
    });
}

/// In the browser plotters asks the page to lay text out in its own fonts; there is nothing
/// to register.
#[cfg(target_arch = "wasm32")]
pub fn register() {}
