//! The two views of a run: the map of the Strip and the timeline.

pub mod compare;
pub mod difference;
pub mod event_labels;
pub mod map;
pub mod timeline;

/// A label cut to `max_chars` characters, ending in "…" when cut, for legends and rows of
/// choices; the whole text goes in a tooltip or a key nearby.
#[must_use]
pub fn truncated(label: &str, max_chars: usize) -> String {
    if label.chars().count() <= max_chars {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}
