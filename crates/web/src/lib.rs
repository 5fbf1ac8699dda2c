//! The browser build's entry point: web/index.html loads the wasm module this crate becomes
//! and calls [`WebHandle::start`] with its canvas. The app itself is `gz_app`, the same code as
//! the desktop's; this crate only hands eframe's web runner to the page.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;

/// The running app, as the page sees it.
#[wasm_bindgen]
pub struct WebHandle {
    runner: eframe::WebRunner,
}

#[wasm_bindgen]
impl WebHandle {
    #[wasm_bindgen(constructor)]
    #[must_use]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        // Warnings and errors reach the browser's console; a panic is also reported there.
        let _ = eframe::WebLogger::init(log::LevelFilter::Warn);
        Self {
            runner: eframe::WebRunner::new(),
        }
    }

    /// Starts the app on `canvas`.
    ///
    /// # Errors
    /// When the browser cannot draw with WebGL.
    pub async fn start(&self, canvas: web_sys::HtmlCanvasElement) -> Result<(), JsValue> {
        gz_app::browser::start(&self.runner, canvas).await
    }

    /// Whether the app stopped on an internal error (the page then says so).
    #[wasm_bindgen]
    #[must_use]
    pub fn has_panicked(&self) -> bool {
        self.runner.has_panicked()
    }

    /// The internal error's message, for the page's notice and a bug report.
    #[wasm_bindgen]
    #[must_use]
    pub fn panic_message(&self) -> Option<String> {
        self.runner.panic_summary().map(|s| s.message())
    }
}
