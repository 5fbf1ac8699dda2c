//! Every action the user can take, in one place: menus, buttons, tooltips and keyboard
//! shortcuts are all made from this list, so they never disagree.

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

/// A user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    CopyLink,
    Undo,
    Redo,
    PlayPause,
    StepBack,
    StepForward,
    WeekBack,
    WeekForward,
    ToStart,
    ToEnd,
    ShowPeople,
    ShowArea,
    ShowFlows,
    ShowSpread,
    ShowCompare,
    CompareWithFile,
    PinCurrent,
    ToggleDifferenceMap,
    ExportComparison,
    FitMap,
    AddEvent,
    ToggleTheme,
    ToggleHighContrast,
    ToggleColourBlind,
    PreviousEvent,
    NextEvent,
    Present,
    LeavePresentation,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Quit,
    Export,
    Help,
    About,
    Sensitivity,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 40] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::CopyLink,
        Self::Undo,
        Self::Redo,
        Self::PlayPause,
        Self::StepBack,
        Self::StepForward,
        Self::WeekBack,
        Self::WeekForward,
        Self::ToStart,
        Self::ToEnd,
        Self::ShowPeople,
        Self::ShowArea,
        Self::ShowFlows,
        Self::ShowSpread,
        Self::ShowCompare,
        Self::CompareWithFile,
        Self::PinCurrent,
        Self::ToggleDifferenceMap,
        Self::ExportComparison,
        Self::FitMap,
        Self::AddEvent,
        Self::ToggleTheme,
        Self::ToggleHighContrast,
        Self::ToggleColourBlind,
        Self::PreviousEvent,
        Self::NextEvent,
        Self::Present,
        Self::LeavePresentation,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::Quit,
        Self::Export,
        Self::Help,
        Self::About,
        Self::Sensitivity,
    ];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save As…",
            Self::CopyLink => "Copy link to this scenario",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::PlayPause => "Play / Pause",
            Self::StepBack => "Back one day",
            Self::StepForward => "Forward one day",
            Self::WeekBack => "Back one week",
            Self::WeekForward => "Forward one week",
            Self::ToStart => "Go to day 0",
            Self::ToEnd => "Go to the last day",
            Self::ShowPeople => "Timeline: people",
            Self::ShowArea => "Timeline: land (km²)",
            Self::ShowFlows => "Timeline: weekly flows",
            Self::ShowSpread => "Timeline: ensemble spread",
            Self::ShowCompare => "Timeline: compare scenarios",
            Self::CompareWithFile => "Compare with a file…",
            Self::PinCurrent => "Pin the current scenario",
            Self::ToggleDifferenceMap => "Map: differences / zones",
            Self::ExportComparison => "Export the comparison as CSV…",
            Self::FitMap => "Fit map to window",
            Self::AddEvent => "Add event…",
            Self::ToggleTheme => "Light / dark theme",
            Self::ToggleHighContrast => "High contrast",
            Self::ToggleColourBlind => "Colour-blind-safe colours",
            Self::PreviousEvent => "Previous event",
            Self::NextEvent => "Next event",
            Self::Present => "Presentation mode",
            Self::LeavePresentation => "Leave presentation mode",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::Quit => "Quit",
            Self::Export => "Export…",
            Self::Help => "Help: drivers and rules",
            Self::About => "About gaza-zones and its data",
            Self::Sensitivity => "Sensitivity…",
        }
    }

    #[must_use]
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::New => "Start a new scenario from the defaults (mid-November 2025)",
            Self::Open => "Open a scenario file (.ron)",
            Self::Save => "Save the scenario to its file",
            Self::SaveAs => "Save the scenario to a new file",
            Self::CopyLink => {
                "Put the scenario in the page's address and copy it: whoever opens the link \
                 sees this scenario (it stays in the link, no server sees it)"
            }
            Self::Undo => "Undo the last edit of the scenario",
            Self::Redo => "Redo the edit just undone",
            Self::PlayPause => "Play the scenario forward day by day, or pause",
            Self::StepBack => "Show the day before",
            Self::StepForward => "Show the next day",
            Self::WeekBack => "Show the day a week earlier",
            Self::WeekForward => "Show the day a week later",
            Self::ToStart => "Show day 0, the start of the scenario",
            Self::ToEnd => "Show the last day of the horizon",
            Self::ShowPeople => "Plot people in each zone over time",
            Self::ShowArea => "Plot land in each zone (km²) over time",
            Self::ShowFlows => "Plot the land changing zone each week",
            Self::ShowSpread => "Plot each zone's median and p10–p90 band over an ensemble",
            Self::ShowCompare => {
                "Plot the current scenario and the compared ones together, with their indicators \
                 side by side"
            }
            Self::CompareWithFile => "Open a scenario file to show beside the current one",
            Self::PinCurrent => {
                "Keep the scenario as it is now beside it, to compare your next edits against"
            }
            Self::ToggleDifferenceMap => {
                "Switch the map between the zones and where the current and a compared \
                 scenario differ on the day shown"
            }
            Self::ExportComparison => {
                "Save every compared scenario's daily totals as one CSV table, with each \
                 scenario's provenance"
            }
            Self::FitMap => "Zoom the map so that the whole Strip fits",
            Self::AddEvent => "Add an event on the day shown",
            Self::ToggleTheme => "Switch between the light and the dark theme",
            Self::ToggleHighContrast => {
                "Black and white with heavier lines, for washed-out projectors"
            }
            Self::ToggleColourBlind => {
                "Zone colours that stay apart under red-green colour blindness"
            }
            Self::PreviousEvent => "Jump to the day of the previous event",
            Self::NextEvent => "Jump to the day of the next event",
            Self::Present => "Full screen with the map and timeline large, for a room (Esc leaves)",
            Self::LeavePresentation => "Back to the editing view",
            Self::ZoomIn => "Make everything larger",
            Self::ZoomOut => "Make everything smaller",
            Self::ZoomReset => "Back to the normal size",
            Self::Quit => "Close the window (asks about unsaved changes)",
            Self::Export => {
                "Save the map or a chart as PNG or SVG, or the numbers as CSV, with their source"
            }
            Self::Help => "What each driver and rule means, from docs/MODEL.md",
            Self::About => "What the program is, and every data source it uses with its licence",
            Self::Sensitivity => {
                "How far each driver moves an indicator: a tornado chart and a one-driver sweep"
            }
        }
    }

    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let cmd_shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        let plain = |key| KeyboardShortcut::new(Modifiers::NONE, key);
        Some(match self {
            Self::New => cmd(Key::N),
            Self::Open => cmd(Key::O),
            Self::Save => cmd(Key::S),
            Self::SaveAs => cmd_shift(Key::S),
            Self::CopyLink => cmd_shift(Key::L),
            Self::Undo => cmd(Key::Z),
            Self::Redo => cmd_shift(Key::Z),
            Self::PlayPause => plain(Key::Space),
            Self::StepBack => KeyboardShortcut::new(Modifiers::SHIFT, Key::ArrowLeft),
            Self::StepForward => KeyboardShortcut::new(Modifiers::SHIFT, Key::ArrowRight),
            Self::WeekBack => plain(Key::ArrowLeft),
            Self::WeekForward => plain(Key::ArrowRight),
            Self::ToStart => plain(Key::Home),
            Self::ToEnd => plain(Key::End),
            Self::ShowPeople => cmd(Key::Num1),
            Self::ShowArea => cmd(Key::Num2),
            Self::ShowFlows => cmd(Key::Num3),
            Self::ShowSpread => cmd(Key::Num4),
            Self::ShowCompare => cmd(Key::Num5),
            Self::CompareWithFile => cmd_shift(Key::O),
            Self::PinCurrent => cmd_shift(Key::P),
            Self::ToggleDifferenceMap => cmd(Key::D),
            // Ctrl+Shift+E opens Export, where the comparison is one of the choices.
            Self::ExportComparison => return None,
            Self::FitMap => plain(Key::F),
            Self::AddEvent => cmd(Key::E),
            Self::ToggleTheme => cmd_shift(Key::T),
            Self::ToggleHighContrast => cmd_shift(Key::H),
            Self::ToggleColourBlind => cmd_shift(Key::C),
            Self::PreviousEvent => plain(Key::PageUp),
            Self::NextEvent => plain(Key::PageDown),
            // F5 reloads the page in a browser, which never hands it to the app.
            Self::Present if cfg!(target_arch = "wasm32") => cmd_shift(Key::F),
            Self::Present => plain(Key::F5),
            Self::LeavePresentation => plain(Key::Escape),
            Self::ZoomIn => cmd(Key::Plus),
            Self::ZoomOut => cmd(Key::Minus),
            Self::ZoomReset => cmd(Key::Num0),
            Self::Quit => cmd(Key::Q),
            Self::Export => cmd_shift(Key::E),
            Self::Help => plain(Key::F1),
            Self::About => return None,
            // T for tornado.
            Self::Sensitivity => cmd(Key::T),
        })
    }

    /// Whether the command exists where the app runs: a link needs the page's address, and a
    /// page cannot close its browser tab.
    #[must_use]
    pub fn is_available(self) -> bool {
        let in_browser = cfg!(target_arch = "wasm32");
        match self {
            Self::CopyLink => in_browser,
            Self::Quit => !in_browser,
            _ => true,
        }
    }

    /// Playback keys are plain keys; they must not fire while the user types in a field.
    #[must_use]
    pub fn needs_free_keyboard(self) -> bool {
        self.shortcut()
            .is_some_and(|s| s.modifiers.is_none() || s.modifiers == Modifiers::SHIFT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let shortcuts: Vec<_> = Command::ALL.iter().filter_map(|c| c.shortcut()).collect();
        for (i, a) in shortcuts.iter().enumerate() {
            for b in &shortcuts[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn every_command_has_a_label_and_a_tooltip() {
        for c in Command::ALL {
            assert!(!c.label().is_empty() && c.tooltip().len() > 10, "{c:?}");
        }
    }
}
