//! Presentation mode is for one talk: its full screen must not become the next normal start.
//!
//! On the desktop eframe writes the window's place, size and full-screen state to the app's
//! store (the `window` entry) just before it asks the app to save. While presenting, the app
//! puts back the entry as it was last saved outside presentation mode, so that a presenter who
//! quits (or whose laptop is switched off) in full screen gets an ordinary window next time.
//! egui's memory, which holds the presentation zoom, is not saved at all while presenting
//! (`ZonesApp::persist_egui_memory`).

/// eframe's key for the window's geometry in the app's store.
const WINDOW_ENTRY: &str = "window";

/// The window entry as last saved outside presentation mode.
#[derive(Clone, Debug, Default)]
pub struct KeptWindow {
    entry: Option<String>,
}

impl KeptWindow {
    /// What the store held when the app started: the last session's window, as it was saved.
    #[must_use]
    pub fn from_storage(storage: Option<&dyn eframe::Storage>) -> Self {
        Self {
            entry: storage.and_then(|s| s.get_string(WINDOW_ENTRY)),
        }
    }

    /// After eframe wrote its entries: remembers the window while not presenting, and puts
    /// back the one remembered while presenting. With none remembered (the app was started
    /// in presentation mode on a new machine) the entry is removed: the next start opens at
    /// the default size.
    pub fn keep_or_restore(&mut self, storage: &mut dyn eframe::Storage, presenting: bool) {
        if presenting {
            match &self.entry {
                Some(entry) => storage.set_string(WINDOW_ENTRY, entry.clone()),
                None => storage.remove_string(WINDOW_ENTRY),
            }
        } else {
            self.entry = storage.get_string(WINDOW_ENTRY);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::Storage as _;
    use std::collections::HashMap;

    #[derive(Default)]
    struct Store(HashMap<String, String>);

    impl eframe::Storage for Store {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn a_window_saved_while_presenting_is_the_one_from_before() {
        let mut store = Store::default();
        store.set_string(WINDOW_ENTRY, "normal".to_owned());
        let mut kept = KeptWindow::from_storage(Some(&store));
        // eframe saves the full-screen window, then the app saves.
        store.set_string(WINDOW_ENTRY, "full screen".to_owned());
        kept.keep_or_restore(&mut store, true);
        assert_eq!(store.get_string(WINDOW_ENTRY).as_deref(), Some("normal"));
        // Back in a normal window that was moved: that one is kept from now on.
        store.set_string(WINDOW_ENTRY, "moved".to_owned());
        kept.keep_or_restore(&mut store, false);
        store.set_string(WINDOW_ENTRY, "full screen".to_owned());
        kept.keep_or_restore(&mut store, true);
        assert_eq!(store.get_string(WINDOW_ENTRY).as_deref(), Some("moved"));
    }

    #[test]
    fn started_presenting_with_nothing_saved_leaves_no_window_to_restore() {
        let mut store = Store::default();
        let mut kept = KeptWindow::from_storage(Some(&store));
        store.set_string(WINDOW_ENTRY, "full screen".to_owned());
        kept.keep_or_restore(&mut store, true);
        assert_eq!(store.get_string(WINDOW_ENTRY), None);
    }
}
