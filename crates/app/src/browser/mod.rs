//! The app in the browser: the same [`ZonesApp`] as on the desktop, started on a canvas by
//! eframe's web runner. What differs lives here and behind [`crate::platform`]: files come
//! from the browser's picker or a link and leave as downloads, the autosave and preferences
//! live in the page's local storage, and long computations advance a little every frame.

pub mod files;
pub mod link;
pub mod storage;

use eframe::egui;

use super::document::Document;
use super::{Notice, Prefs, ZonesApp, autosave, theme};

/// Starts the app on `canvas` with `runner`; the page keeps the runner to ask whether the app
/// has stopped on an internal error.
///
/// # Errors
/// When the browser has no WebGL2 (or WebGL) for eframe to draw with.
pub async fn start(
    runner: &eframe::WebRunner,
    canvas: web_sys::HtmlCanvasElement,
) -> Result<(), wasm_bindgen::JsValue> {
    runner
        .start(
            canvas,
            eframe::WebOptions::default(),
            Box::new(|cc| {
                theme::apply_text_sizes(&cc.egui_ctx);
                let prefs: Prefs = cc
                    .storage
                    .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                    .unwrap_or_default();
                theme::apply_visuals(&cc.egui_ctx, &prefs);
                Ok(Box::new(first_app(prefs, &cc.egui_ctx)))
            }),
        )
        .await
}

/// The app as the page opens: on the scenario in the link if there is one, else on the
/// default scenario; with the autosave in local storage, and any work a closed or crashed tab
/// left there offered back.
fn first_app(prefs: Prefs, ctx: &egui::Context) -> ZonesApp {
    // The link's notice is worded before the app exists, in the language it will show.
    gz_i18n::set_language(
        prefs
            .language
            .unwrap_or_else(|| gz_i18n::Language::preferred(sys_locale::get_locales())),
    );
    let (doc, notice) = match link::fragment_in_address() {
        None => (default_document(), None),
        Some(fragment) => match link::open_fragment(&fragment) {
            Ok(loaded) => {
                let name = gz_core::report::file_name(&loaded.path);
                (
                    Document::from_loaded(loaded),
                    Some(Notice::Info(gz_i18n::tr!(
                        "notice-opened-link",
                        name = name.as_str()
                    ))),
                )
            }
            Err(why) => (
                default_document(),
                Some(Notice::Error(format!(
                    "{}\n{why}",
                    gz_i18n::tr!("notice-link-not-opened")
                ))),
            ),
        },
    };
    let from_link = notice.is_some() || link::fragment_in_address().is_some();
    let mut app = ZonesApp::new(doc, prefs).with_system_language();
    // A first visit meets the start page, unless a link brought a scenario to look at.
    app.windows.start_page = !app.prefs.start_page_seen && !from_link;
    if let Some(path) = autosave::default_path() {
        app = app.with_autosave(path);
    }
    if notice.is_some() {
        app.notice = notice;
    }
    ctx.request_repaint();
    app
}

fn default_document() -> Document {
    Document::unsaved(gz_core::scenario::default_scenario().unwrap_or_default())
}
