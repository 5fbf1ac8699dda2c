//! Share by link: the scenario in the page's address, after `#` (see
//! `gz_core::scenario::link`), so that a link opens the app on that scenario.

use gz_core::scenario::link;

use crate::loading::Loaded;

/// The page's fragment, if it carries a scenario.
#[must_use]
pub fn fragment_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.starts_with(&format!("#{}", link::FRAGMENT_KEY))
        .then_some(hash)
}

/// The scenario a fragment carries, as if read from a file of that name.
pub fn open_fragment(fragment: &str) -> Result<Loaded, String> {
    let (text, name) = link::file_of(fragment).map_err(|e| e.to_string())?;
    let name = name.unwrap_or_else(|| "shared-link.ron".to_owned());
    super::files::loaded_from_text(name, text).map_err(|e| e.lines().join("\n"))
}

/// The page's address with `fragment`; the address bar shows it too, so that the link can be
/// bookmarked or copied from there.
pub fn address_with(fragment: &str) -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let base = format!(
        "{}{}{}",
        location.origin().ok()?,
        location.pathname().ok()?,
        location.search().ok()?
    );
    let address = format!("{base}#{fragment}");
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
    Some(address)
}
