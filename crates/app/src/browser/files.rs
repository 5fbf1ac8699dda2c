//! Files in the browser: the page has no file system, so a scenario comes from the browser's
//! file picker (or a drop on the canvas) as a name and bytes, and whatever the desktop app
//! would write to a file leaves as a download.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use eframe::egui;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::closure::Closure;

use crate::loading::{Loaded, Purpose};
use gz_core::scenario::{LoadError, MAX_FILE_BYTES, Scenario};

/// A file the user is choosing in the browser's picker, or dropped on the page; its contents
/// arrive later.
pub struct Picking {
    pub purpose: Purpose,
    /// Dropped on the page: nobody was asked about unsaved changes yet.
    pub dropped: bool,
    arrived: Rc<RefCell<Option<Picked>>>,
}

/// How a picker ended.
pub enum Picked {
    File(Box<Result<Loaded, LoadError>>),
    Cancelled,
}

impl Picking {
    /// How the picker ended, once it has (and the browser has read the file).
    pub fn poll(&self) -> Option<Picked> {
        self.arrived.borrow_mut().take()
    }
}

/// Opens the browser's file picker for scenario files. The browser lets a page open it only
/// in answer to a click or key press, which is when the app calls this.
pub fn pick_scenario(purpose: Purpose) -> Result<Picking, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("the page has no document")?;
    let input: web_sys::HtmlInputElement = document
        .create_element("input")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "cannot make a file input")?;
    input.set_type("file");
    input.set_accept(".ron,text/plain");
    let arrived = Rc::new(RefCell::new(None));
    let slot = Rc::clone(&arrived);
    let chosen = input.clone();
    let on_change = Closure::once(move || {
        let Some(file) = chosen.files().and_then(|files| files.get(0)) else {
            *slot.borrow_mut() = Some(Picked::Cancelled);
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = read_picked(&file).await;
            *slot.borrow_mut() = Some(Picked::File(Box::new(loaded)));
        });
    });
    input.set_onchange(Some(on_change.as_ref().unchecked_ref()));
    let slot = Rc::clone(&arrived);
    let on_cancel = Closure::once(move || *slot.borrow_mut() = Some(Picked::Cancelled));
    let _ = input.add_event_listener_with_callback("cancel", on_cancel.as_ref().unchecked_ref());
    // Each runs at most once, and the input is dropped after the picker closes; the browser
    // holds the closures until then.
    on_change.forget();
    on_cancel.forget();
    input.click();
    Ok(Picking {
        purpose,
        dropped: false,
        arrived,
    })
}

/// Reads a file dropped on the page.
pub fn read_dropped(file: egui::DroppedFileHandle) -> Picking {
    let arrived = Rc::new(RefCell::new(None));
    let slot = Rc::clone(&arrived);
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.path().file_name().map_or_else(
            || "dropped.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let loaded = match file.bytes_async().await {
            Ok(bytes) => loaded_from_bytes(name, &bytes),
            Err(why) => Err(LoadError::Io {
                name,
                source: std::io::Error::other(why),
            }),
        };
        *slot.borrow_mut() = Some(Picked::File(Box::new(loaded)));
    });
    Picking {
        purpose: Purpose::Open,
        dropped: true,
        arrived,
    }
}

async fn read_picked(file: &web_sys::File) -> Result<Loaded, LoadError> {
    let name = file.name();
    let bytes = file.size() as u64;
    if bytes > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            name,
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| LoadError::Io {
            name: name.clone(),
            source: std::io::Error::other("the browser could not read the file"),
        })?;
    loaded_from_text(name, text)
}

/// A scenario read from bytes the browser handed over (a dropped file, a link).
pub fn loaded_from_bytes(name: String, bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            name,
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = String::from_utf8(bytes.to_vec()).map_err(|_| LoadError::Io {
        name: name.clone(),
        source: std::io::Error::other("the file is not UTF-8 text; give a scenario file (.ron)"),
    })?;
    loaded_from_text(name, text)
}

pub fn loaded_from_text(name: String, text: String) -> Result<Loaded, LoadError> {
    let scenario = Scenario::from_ron_str(&text, &name)?;
    Ok(Loaded {
        path: PathBuf::from(name),
        text,
        scenario,
    })
}

/// Hands `bytes` to the browser as a download named `file_name`.
pub fn download(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("the page has no document")?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "cannot make a download link")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The browser has taken its own reference to the blob for the download by now.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A file name's type for the browser, so that it offers to open it with the right program.
#[must_use]
pub fn mime_of(file_name: &str) -> &'static str {
    match file_name.rsplit('.').next() {
        Some("csv") => "text/csv",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("gif") => "image/gif",
        Some("apng") => "image/apng",
        Some("webp") => "image/webp",
        Some("geojson") => "application/geo+json",
        _ => "text/plain",
    }
}

pub fn describe(e: wasm_bindgen::JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the browser refused".to_owned())
}
