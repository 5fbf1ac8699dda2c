//! What panels and windows ask of the app. They read the state and return actions; the app
//! applies them in one place at the end of the frame (`ZonesApp::apply_actions`), so no
//! widget changes the app behind another's back.

use std::path::PathBuf;

use gz_core::geo::CellId;

use super::commands::Command;
use super::open_document::Edit;
use super::panels::compare::CompareAction;
use super::sensitivity::SensitivityAction;

/// Something the user asked for, to be applied at the end of the frame.
#[must_use]
#[derive(Clone, Debug)]
pub enum Action {
    /// A menu item, button or shortcut.
    Command(Command),
    /// Show this day.
    SetDay(u32),
    /// Stop playing and show this day (a change chosen in the cell history).
    ShowDay(u32),
    /// A new version of the scenario (boxed: a scenario is large, the other actions small).
    Edit(Box<Edit>),
    /// Open or start something that replaces the document, asking about unsaved work first.
    Replace(AfterGuard),
    DismissNotice,
    ClearTrace,
    SelectCell(Option<CellId>),
    SetPlaySpeed(f32),
    StartEnsemble(u64),
    CancelEnsemble,
    Unsaved(UnsavedAnswer),
    Overwrite(OverwriteAnswer),
    Recovery(RecoveryAnswer),
    Compare(CompareAction),
    Sensitivity(SensitivityAction),
    Export(ExportRequest),
    /// Stop the animation being exported (nothing is written).
    CancelAnimation,
    /// The interface's language, chosen in the menu (and remembered).
    SetLanguage(gz_i18n::Language),
    /// Open the Help on a driver (its key), from "what would move it".
    HelpOn(&'static str),
    /// The answer to the title asked before saving a changed copy.
    SaveVersion(super::panels::save_version::SaveVersionAnswer),
}

/// What to do once the user has answered the unsaved-changes question.
#[derive(Clone, Debug, PartialEq)]
pub enum AfterGuard {
    New,
    Open,
    OpenPath(PathBuf),
    OpenBundled(usize),
    /// In the browser: the file dropped on the page, already read (the desktop opens a
    /// dropped file by its path).
    OpenDropped,
    Close,
    /// Not an unsaved-changes question: the file changed on disk; overwrite it? `then` is
    /// what the user was saving for (New, Open, Close), carried on once the file is saved.
    Overwrite {
        then: Option<Box<AfterGuard>>,
    },
}

/// The answer to "save the changes before …?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    Save,
    Discard,
    Cancel,
}

/// The answer to "the file changed on disk: overwrite it?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverwriteAnswer {
    Overwrite,
    /// Save to another file instead, then carry on with what the save was for.
    SaveAs,
    Cancel,
}

/// The answer to "recover the work the last session left unsaved?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    Restore,
    Discard,
}

/// Where the Export window's choice is to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportRequest {
    /// Ask with a native save dialog.
    WithDialog,
    /// A path typed in the window.
    ToPath(PathBuf),
    /// The answer to "PATH exists. Replace it?": write over it.
    Replace(PathBuf),
}
