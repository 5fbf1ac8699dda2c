//! The four zones of the Ross–Orion proposal.

use serde::{Deserialize, Serialize};
use strum::{EnumCount, IntoStaticStr, VariantArray};

/// A cell's zone. The meanings are those of Ross and Orion ("Gaza: From Red to Blue", 2025);
/// the US plan reported in Nov 2025 uses the same colours differently.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
pub enum Zone {
    Red = 0,
    Green = 1,
    Gray = 2,
    Blue = 3,
}

impl Zone {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The zone at `index` in [`Zone::ALL`]; none for an index past blue.
    #[must_use]
    pub fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }

    /// The name scenario files and CSV headers use.
    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_names_its_zone_and_one_past_blue_names_none() {
        for zone in Zone::ALL {
            assert_eq!(Zone::from_index(zone.index()), Some(zone));
        }
        assert_eq!(Zone::from_index(4), None);
        assert_eq!(Zone::from_index(usize::MAX), None);
    }
}
