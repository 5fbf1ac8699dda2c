//! Small widgets of our own, reused across panels.

pub mod date_picker;
