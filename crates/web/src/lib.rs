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

impl WebHandle {
    fn app(&self) -> Option<std::cell::RefMut<'_, gz_app::ZonesApp>> {
        self.runner.app_mut::<gz_app::ZonesApp>()
    }
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

    /// The day shown (0 is the scenario's start). With the three below, what a script driving
    /// the page (the browser test, a kiosk) can read of the app's state; `None` while the app
    /// is busy drawing a frame.
    #[wasm_bindgen]
    #[must_use]
    pub fn day(&self) -> Option<u32> {
        Some(self.app()?.day())
    }

    /// The interface's language: `en`, `ar` or `he`.
    #[wasm_bindgen]
    #[must_use]
    pub fn language(&self) -> Option<String> {
        Some(self.app()?.language().code().to_owned())
    }

    /// The open scenario's title.
    #[wasm_bindgen]
    #[must_use]
    pub fn scenario_title(&self) -> Option<String> {
        Some(self.app()?.scenario().meta.title.clone())
    }

    /// Whether the scenario has edits not yet saved (downloaded).
    #[wasm_bindgen]
    #[must_use]
    pub fn is_dirty(&self) -> Option<bool> {
        Some(self.app()?.document().is_dirty())
    }

    /// The title of the unsaved work the app offers back (left by a closed tab or a crash), if
    /// it offers any.
    #[wasm_bindgen]
    #[must_use]
    pub fn offered_recovery(&self) -> Option<String> {
        Some(self.app()?.recovered()?.scenario.meta.title.clone())
    }

    /// The ensemble: `[runs done, runs in all]` while one runs; `[runs, runs, checksum]` once
    /// it is done for the scenario as it is (the checksum as [`WebHandle::measure`]'s, to
    /// compare with the desktop's); empty when there is none.
    #[wasm_bindgen]
    #[must_use]
    pub fn ensemble(&self) -> Vec<f64> {
        let Some(app) = self.app() else {
            return Vec::new();
        };
        if let Some((done, total)) = app.ensemble_progress() {
            return vec![done as f64, total as f64];
        }
        app.ensemble().map_or_else(Vec::new, |result| {
            let red = gz_core::model::Category::Red.index();
            let checksum: f64 = result.summary.area_km2.iter().map(|day| day[red].p50).sum();
            vec![result.runs as f64, result.runs as f64, checksum]
        })
    }

    /// The message in the status bar, if any.
    /// Whether the start page (shown on a first visit without a link) is open.
    #[wasm_bindgen]
    #[must_use]
    pub fn start_page_open(&self) -> Option<bool> {
        Some(self.app()?.start_page_is_open())
    }

    #[wasm_bindgen]
    #[must_use]
    pub fn notice(&self) -> Option<String> {
        self.app()?.notice().map(|n| match n {
            gz_app::Notice::Info(text) | gz_app::Notice::Error(text) => text.clone(),
        })
    }

    /// Times the model in this browser, for docs/PERFORMANCE.md: one run of the scenario file
    /// `text` as the app runs it, then an ensemble of `runs` stochastic runs as the Uncertainty
    /// panel runs it. Returns `[one_run_ms, ensemble_ms, ensemble_checksum]`; the checksum (the
    /// sum of the ensemble's median red land, km², over days) lets the caller check that the
    /// numbers are the desktop's.
    ///
    /// # Errors
    /// When `text` is not a valid scenario.
    #[wasm_bindgen]
    pub fn measure(&self, text: &str, runs: u32) -> Result<Vec<f64>, JsValue> {
        use gz_core::model::ensemble::outcome;
        use gz_core::model::parallel::Control;
        use gz_core::model::{Category, Plan, Record};
        let scenario = gz_core::scenario::Scenario::from_ron_str(text, "measured.ron")
            .map_err(|e| JsValue::from_str(&e.lines().join("\n")))?;
        let plan = Plan::new(gz_core::geo::Grid::strip(), &scenario.inputs());
        let started = web_time::Instant::now();
        let single = plan.run(scenario.mode, scenario.seed, Record::Totals);
        let one_run_ms = started.elapsed().as_secs_f64() * 1e3;
        std::hint::black_box(&single);
        let started = web_time::Instant::now();
        let ensemble = outcome(&plan, scenario.seed, u64::from(runs), &Control::default())
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        let ensemble_ms = started.elapsed().as_secs_f64() * 1e3;
        let checksum: f64 = ensemble
            .summary
            .area_km2
            .iter()
            .map(|day| day[Category::Red.index()].p50)
            .sum();
        Ok(vec![one_run_ms, ensemble_ms, checksum])
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
