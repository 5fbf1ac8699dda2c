//! The two views of a run: the map of the Strip and the timeline.

pub mod compare;
pub mod difference;
pub mod map;
pub mod timeline;
