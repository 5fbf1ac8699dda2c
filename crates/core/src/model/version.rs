//! Model versions: which picture of the Strip and which rules a run uses.
//!
//! A scenario file records the model version it was made with, and a run of that file uses
//! that version's data and rules forever, so that a shared file keeps its numbers. A new data
//! set, rule or random stream is a new version; the old ones stay in the program.

use serde::{Deserialize, Serialize};
use strum::{EnumCount, VariantArray};

/// A model version. In a scenario file it is the number after `model:`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
)]
#[serde(try_from = "u32", into = "u32")]
pub enum ModelVersion {
    /// Gaza-zones 0.1 (Nov 2025): residents spread evenly over each governorate, the line a
    /// depth band from the eastern border, homes not modelled.
    V1,
    /// Dec 2026: the published line of 19 Oct 2025 on day 0, residents where homes were
    /// (PCBS 2017 census, UNOSAT housing), damaged homes (UNOSAT, 11 Oct 2025) and their
    /// rebuilding, and a restricted zone beyond the line (the "orange line" of March 2026).
    V2,
    /// Dec 2026 (second release): model 2's Strip with the dynamics the sources turn on: an
    /// armed strength that grows while red land is left alone (so delay costs), havens that
    /// need security before they form, incidents at random places near the line, and returns
    /// from the day land turns blue.
    #[default]
    V3,
}

impl ModelVersion {
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);
    /// What new scenarios are made with.
    pub const LATEST: Self = Self::V3;

    /// The number written in files and shown to users.
    #[must_use]
    pub fn number(self) -> u32 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
        }
    }

    /// One line on what the version stands on, for the About box and provenance headers.
    #[must_use]
    pub fn summary(self) -> &'static str {
        match self {
            Self::V1 => {
                "Nov 2025: residents even within governorates, line as a depth band, homes not modelled"
            }
            Self::V2 => {
                "Dec 2026: published line of 19 Oct 2025, residents where homes were, damaged homes and their rebuilding"
            }
            Self::V3 => {
                "Dec 2026, dynamics: model 2 plus armed strength that grows with delay, havens that need security, incidents near the line"
            }
        }
    }

    /// "2 (Dec 2026: ...)": the number with its summary, as headers and tooltips show it.
    #[must_use]
    pub fn describe(self) -> String {
        format!("{} ({})", self.number(), self.summary())
    }
}

impl ModelVersion {
    /// Whether the version has the dynamics of issue 12 (armed strength, secured havens,
    /// random incidents, same-day returns): from model 3 on.
    #[must_use]
    pub fn has_dynamics(self) -> bool {
        self >= Self::V3
    }

    /// Whether the version pictures the real Strip (published line, homes): from model 2 on.
    #[must_use]
    pub fn has_homes(self) -> bool {
        self >= Self::V2
    }
}

impl std::fmt::Display for ModelVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "model {}", self.number())
    }
}

/// A model number this program does not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "model {0} is not one this gaza-zones knows (it runs models 1 to {latest}); a newer gaza-zones may run it",
    latest = ModelVersion::LATEST.number()
)]
pub struct UnknownModel(pub u32);

impl TryFrom<u32> for ModelVersion {
    type Error = UnknownModel;

    fn try_from(number: u32) -> Result<Self, Self::Error> {
        Self::ALL
            .into_iter()
            .find(|v| v.number() == number)
            .ok_or(UnknownModel(number))
    }
}

impl From<ModelVersion> for u32 {
    fn from(version: ModelVersion) -> Self {
        version.number()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_unknown_ones_are_named() {
        for v in ModelVersion::ALL {
            assert_eq!(ModelVersion::try_from(v.number()), Ok(v));
        }
        assert_eq!(ModelVersion::try_from(0), Err(UnknownModel(0)));
        let message = UnknownModel(9).to_string();
        assert!(message.contains("model 9") && message.contains("newer"));
        assert_eq!(ModelVersion::LATEST, *ModelVersion::ALL.last().unwrap());
    }
}
