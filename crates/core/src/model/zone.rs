//! The four zones of the Ross–Orion proposal.

use serde::{Deserialize, Serialize};

/// A cell's zone. The meanings are those of Ross and Orion ("Gaza: From Red to Blue", 2025);
/// the US plan reported in Nov 2025 uses the same colours differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Zone {
    Red = 0,
    Green = 1,
    Gray = 2,
    Blue = 3,
}

impl Zone {
    pub const ALL: [Self; 4] = [Self::Red, Self::Green, Self::Gray, Self::Blue];

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    #[must_use]
    pub fn from_index(index: usize) -> Self {
        match index {
            0 => Self::Red,
            1 => Self::Green,
            2 => Self::Gray,
            _ => Self::Blue,
        }
    }

    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::Gray => "gray",
            Self::Blue => "blue",
        }
    }

    /// One line, neutral, as in the proposal.
    #[must_use]
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Red => "armed Hamas presence remains",
            Self::Green => "humanitarian haven, aid and services under Arab oversight",
            Self::Gray => "cleared; internationally managed security and reconstruction",
            Self::Blue => "judged secure enough for civilians to return",
        }
    }

    /// The zone's meaning in a few words, for legends.
    #[must_use]
    pub fn short_meaning(self) -> &'static str {
        match self {
            Self::Red => "armed Hamas present",
            Self::Green => "haven under Arab oversight",
            Self::Gray => "international reconstruction",
            Self::Blue => "secure for civilians to return",
        }
    }
}
