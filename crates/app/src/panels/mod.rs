//! The panels around the map: menu, playback, drivers, events, summary, status, dialogs.

pub mod about;
pub mod compare;
pub mod drivers;
pub mod events;
pub mod export;
pub mod guard;
pub mod help;
pub mod history;
pub mod menu;
pub mod metadata;
pub mod playback;
pub mod save_version;
pub mod start;
pub mod status;
pub mod summary;
pub mod uncertainty;
pub mod why_nothing;
