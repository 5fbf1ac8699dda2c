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
    StartPage,
    Tour,
    About,
    Sensitivity,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 42] = [
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
        Self::StartPage,
        Self::Tour,
        Self::About,
        Self::Sensitivity,
    ];

    /// The command's message in locales/*.ftl; its tooltip is the message `<key>-tip`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Self::New => "command-new",
            Self::Open => "command-open",
            Self::Save => "command-save",
            Self::SaveAs => "command-save-as",
            Self::CopyLink => "command-copy-link",
            Self::Undo => "command-undo",
            Self::Redo => "command-redo",
            Self::PlayPause => "command-play-pause",
            Self::StepBack => "command-step-back",
            Self::StepForward => "command-step-forward",
            Self::WeekBack => "command-week-back",
            Self::WeekForward => "command-week-forward",
            Self::ToStart => "command-to-start",
            Self::ToEnd => "command-to-end",
            Self::ShowPeople => "command-show-people",
            Self::ShowArea => "command-show-area",
            Self::ShowFlows => "command-show-flows",
            Self::ShowSpread => "command-show-spread",
            Self::ShowCompare => "command-show-compare",
            Self::CompareWithFile => "command-compare-with-file",
            Self::PinCurrent => "command-pin-current",
            Self::ToggleDifferenceMap => "command-toggle-difference-map",
            Self::ExportComparison => "command-export-comparison",
            Self::FitMap => "command-fit-map",
            Self::AddEvent => "command-add-event",
            Self::ToggleTheme => "command-toggle-theme",
            Self::ToggleHighContrast => "command-toggle-high-contrast",
            Self::ToggleColourBlind => "command-toggle-colour-blind",
            Self::PreviousEvent => "command-previous-event",
            Self::NextEvent => "command-next-event",
            Self::Present => "command-present",
            Self::LeavePresentation => "command-leave-presentation",
            Self::ZoomIn => "command-zoom-in",
            Self::ZoomOut => "command-zoom-out",
            Self::ZoomReset => "command-zoom-reset",
            Self::Quit => "command-quit",
            Self::Export => "command-export",
            Self::Help => "command-help",
            Self::StartPage => "command-start-page",
            Self::Tour => "command-tour",
            Self::About => "command-about",
            Self::Sensitivity => "command-sensitivity",
        }
    }

    /// The menu item's text, in the interface's language.
    #[must_use]
    pub fn label(self) -> String {
        gz_i18n::message(self.key(), None)
    }

    /// What the command does, in the interface's language.
    #[must_use]
    pub fn tooltip(self) -> String {
        gz_i18n::message(&format!("{}-tip", self.key()), None)
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
            Self::About | Self::StartPage | Self::Tour => return None,
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
