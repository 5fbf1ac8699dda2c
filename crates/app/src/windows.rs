//! The windows and panels that keep state of their own between frames: each owns its open
//! flag and its choices; none holds the document.

use super::actions::AfterGuard;
use super::autosave::Snapshot;
use super::panels::events::EventsPanel;
use super::panels::export::ExportDialog;
use super::panels::save_version::SaveVersion;
use super::panels::start::tour::Tour;
use super::sensitivity::Sensitivity;

/// The Help window: open or not, and the search typed in it.
#[derive(Default)]
pub struct HelpWindow {
    pub open: bool,
    pub filter: String,
}

/// The uncertainty panel's choices.
pub struct UncertaintyChoices {
    /// How many runs the next ensemble makes.
    pub runs: u64,
    /// Colour the map by each cell's chance of ending blue instead of by zone.
    pub map_shows_blue_chance: bool,
}

impl Default for UncertaintyChoices {
    fn default() -> Self {
        Self {
            runs: 200,
            map_shows_blue_chance: false,
        }
    }
}

/// Every window's and panel's own state.
#[derive(Default)]
pub struct Windows {
    pub help: HelpWindow,
    /// The About window is open.
    pub about: bool,
    /// The start page (gallery of scenarios) is open.
    pub start_page: bool,
    /// The guided tour, while it runs.
    pub tour: Option<Tour>,
    /// The title asked for before saving a changed copy under a new name.
    pub save_version: Option<SaveVersion>,
    pub export: ExportDialog,
    pub sensitivity: Sensitivity,
    pub events: EventsPanel,
    pub uncertainty: UncertaintyChoices,
    /// The question asked before New, Open or closing over unsaved work (or before
    /// overwriting a file changed on disk), while it waits for an answer.
    pub guard: Option<AfterGuard>,
    /// Work left by a run that crashed, offered until the user restores or discards it.
    pub recovered: Option<Snapshot>,
}
