//! Events: what a user applies on a given day.

use serde::{Deserialize, Serialize};

use super::drivers::{Crossing, Driver, Governance, Mandate};
use super::milestones::{Trigger, trigger_field};
use crate::geo::Governorate;

/// Where an event applies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Area {
    /// The whole Strip.
    Strip,
    Governorate(Governorate),
    /// Cells whose centre lies within `radius_km` of a point.
    Circle {
        lon: f64,
        lat: f64,
        radius_km: f64,
    },
}

/// What an event does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Set a numeric driver from this day on.
    Set { driver: Driver, value: f64 },
    /// Move a numeric driver in a straight line to `to`, reaching it `over_days` later.
    Ramp {
        driver: Driver,
        to: f64,
        over_days: u32,
    },
    /// A strike or violation: violence rises in the area and fades, and some people flee.
    /// Intensity 1 is a single deadly incident; 3 is a flare-up like the one in Oct 2025 that
    /// killed at least 100 people (seed 004).
    Strike { area: Area, intensity: f64 },
    /// The stabilisation force starts operating in a governorate.
    DeployForce(Governorate),
    /// The stabilisation force stops operating in a governorate.
    WithdrawForce(Governorate),
    /// The stabilisation force deploys in one move: it starts operating in every governorate
    /// of `to` (joining any where it already operates), with `troops` on the ground in all and
    /// under `mandate`. The same as `DeployForce` for each governorate, `Set(force_troops)` and
    /// `Mandate` on one day, which a newcomer would otherwise have to know to write as seven
    /// events.
    Deploy {
        to: Vec<Governorate>,
        troops: f64,
        mandate: Mandate,
    },
    /// The force's mandate changes.
    Mandate(Mandate),
    /// A different administration takes over.
    Governance(Governance),
    /// The withdrawal line moves until `held_share` of the Strip is held; 0 days is at once.
    MoveLine { held_share: f64, over_days: u32 },
    /// An area is declared a humanitarian haven under Arab oversight.
    DeclareHaven(Area),
    /// The Rafah crossing opens or closes.
    Rafah(Crossing),
}

/// One event with its provenance: dated, or conditional (a milestone) when it has `when`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Days after the scenario's start; day 0 is the start itself. For a conditional event,
    /// the first day its condition is checked.
    pub day: u32,
    /// A condition that makes the event wait for it rather than happen on `day`
    /// (see `milestones.rs` for when it is checked and when it fires).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "trigger_field"
    )]
    pub when: Option<Trigger>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub action: Action,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Event {
    /// An event with no title, note or source yet.
    #[must_use]
    pub fn at(day: u32, action: Action) -> Self {
        Self {
            day,
            when: None,
            title: String::new(),
            action,
            note: String::new(),
            source: String::new(),
        }
    }

    /// A short description for lists and CSV, whether or not the event has a title.
    #[must_use]
    pub fn label(&self) -> String {
        if !self.title.is_empty() {
            return self.title.clone();
        }
        self.action.describe()
    }
}

impl Action {
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::Set { driver, value } => format!("{} = {value}", driver.key()),
            Self::Ramp {
                driver,
                to,
                over_days,
            } => {
                format!("{} to {to} over {over_days} days", driver.key())
            }
            Self::Strike { area, intensity } => {
                format!("strike ({intensity}) in {}", area.describe())
            }
            Self::DeployForce(g) => format!("force deploys to {}", g.name()),
            Self::WithdrawForce(g) => format!("force leaves {}", g.name()),
            Self::Deploy {
                to,
                troops,
                mandate,
            } => {
                let places = if Governorate::ALL.iter().all(|g| to.contains(g)) {
                    "the whole Strip".to_owned()
                } else {
                    to.iter().map(|g| g.name()).collect::<Vec<_>>().join(", ")
                };
                format!(
                    "force of {troops} troops deploys to {places} ({} mandate)",
                    mandate.label()
                )
            }
            Self::Mandate(m) => format!("force mandate: {}", m.label()),
            Self::Governance(g) => format!("governance: {}", g.describe()),
            Self::MoveLine {
                held_share,
                over_days,
            } => {
                format!(
                    "line moves to {:.0}% held over {over_days} days",
                    held_share * 100.0
                )
            }
            Self::DeclareHaven(area) => format!("haven declared in {}", area.describe()),
            Self::Rafah(c) => match c {
                Crossing::Open => "Rafah crossing opens".to_owned(),
                Crossing::Closed => "Rafah crossing closes".to_owned(),
            },
        }
    }
}

impl Area {
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::Strip => "the whole Strip".to_owned(),
            Self::Governorate(g) => g.name().to_owned(),
            Self::Circle {
                lon,
                lat,
                radius_km,
            } => {
                format!("{radius_km} km around {lat:.3}°N {lon:.3}°E")
            }
        }
    }
}
