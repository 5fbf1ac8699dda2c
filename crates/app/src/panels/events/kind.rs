//! The kinds of action, for the form's drop-down list.

use super::{Action, Area, Crossing, DEFAULT_OVER_DAYS, Driver, Governance, Governorate, Mandate};
use gz_i18n::tr;

/// A new deployment's troops: the force's goal named at the Board of Peace's first meeting on
/// 19 Feb 2026 (docs/MODEL.md, `force_troops`). Its mandate starts as "enforce", the "all
/// necessary measures" of UNSCR 2803: a monitoring force gives a tenth of the help with
/// clearance (`monitor_enforcement_share`), which a newcomer mistakes for no effect at all.
const DEFAULT_DEPLOY_TROOPS: f64 = 20_000.0;

/// The kinds of action, for the drop-down list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Set,
    Ramp,
    Strike,
    Deploy,
    DeployForce,
    WithdrawForce,
    Mandate,
    Governance,
    MoveLine,
    DeclareHaven,
    Rafah,
}

impl Kind {
    pub(super) const ALL: [Self; 11] = [
        Self::Set,
        Self::Ramp,
        Self::Strike,
        Self::Deploy,
        Self::DeployForce,
        Self::WithdrawForce,
        Self::Mandate,
        Self::Governance,
        Self::MoveLine,
        Self::DeclareHaven,
        Self::Rafah,
    ];

    pub(super) fn of(action: &Action) -> Self {
        match action {
            Action::Set { .. } => Self::Set,
            Action::Ramp { .. } => Self::Ramp,
            Action::Strike { .. } => Self::Strike,
            Action::Deploy { .. } => Self::Deploy,
            Action::DeployForce(_) => Self::DeployForce,
            Action::WithdrawForce(_) => Self::WithdrawForce,
            Action::Mandate(_) => Self::Mandate,
            Action::Governance(_) => Self::Governance,
            Action::MoveLine { .. } => Self::MoveLine,
            Action::DeclareHaven(_) => Self::DeclareHaven,
            Action::Rafah(_) => Self::Rafah,
        }
    }

    pub(super) fn label(self) -> String {
        match self {
            Self::Set => tr!("kind-set"),
            Self::Ramp => tr!("kind-ramp"),
            Self::Strike => tr!("kind-strike"),
            Self::Deploy => tr!("kind-deploy"),
            Self::DeployForce => tr!("kind-deploy-force"),
            Self::WithdrawForce => tr!("kind-withdraw-force"),
            Self::Mandate => tr!("kind-mandate"),
            Self::Governance => tr!("kind-governance"),
            Self::MoveLine => tr!("kind-move-line"),
            Self::DeclareHaven => tr!("kind-declare-haven"),
            Self::Rafah => tr!("kind-rafah"),
        }
    }

    pub(super) fn help(self) -> String {
        match self {
            Self::Set => tr!("kind-set-help"),
            Self::Ramp => tr!("kind-ramp-help"),
            Self::Strike => tr!("kind-strike-help"),
            Self::Deploy => tr!("kind-deploy-help"),
            Self::DeployForce => tr!("kind-deploy-force-help"),
            Self::WithdrawForce => tr!("kind-withdraw-force-help"),
            Self::Mandate => tr!("kind-mandate-help"),
            Self::Governance => tr!("kind-governance-help"),
            Self::MoveLine => tr!("kind-move-line-help"),
            Self::DeclareHaven => tr!("kind-declare-haven-help"),
            Self::Rafah => tr!("kind-rafah-help"),
        }
    }

    /// An action of this kind that keeps what it shares with `from` (the driver and value
    /// between Set and Ramp, the area between Strike and Haven, the governorate between
    /// deploy, withdraw and areas, the days between Ramp and line), so that switching kind
    /// does not lose what was typed.
    pub(super) fn convert(self, from: &Action) -> Action {
        if Self::of(from) == self {
            return from.clone();
        }
        let driver = match from {
            Action::Set { driver, .. } | Action::Ramp { driver, .. } => *driver,
            _ => Driver::ALL[0],
        };
        let number = match from {
            Action::Set { value, .. } => *value,
            Action::Ramp { to, .. } => *to,
            _ => driver.info().default,
        };
        let over_days = match from {
            Action::Ramp { over_days, .. } | Action::MoveLine { over_days, .. } => *over_days,
            _ => DEFAULT_OVER_DAYS,
        };
        let governorate = match from {
            Action::Deploy { to, .. } if !to.is_empty() => to[0],
            Action::DeployForce(g)
            | Action::WithdrawForce(g)
            | Action::Strike {
                area: Area::Governorate(g),
                ..
            }
            | Action::DeclareHaven(Area::Governorate(g)) => *g,
            _ => Governorate::Gaza,
        };
        let area = match from {
            Action::Strike { area, .. } | Action::DeclareHaven(area) => area.clone(),
            _ => Area::Governorate(governorate),
        };
        match self {
            Self::Set => Action::Set {
                driver,
                value: number,
            },
            Self::Ramp => Action::Ramp {
                driver,
                to: number,
                over_days,
            },
            // Intensity 1 is the model's unit: a single deadly incident.
            Self::Strike => Action::Strike {
                area,
                intensity: 1.0,
            },
            Self::Deploy => Action::Deploy {
                to: match from {
                    Action::DeployForce(g) | Action::WithdrawForce(g) => vec![*g],
                    _ => Governorate::ALL.to_vec(),
                },
                troops: DEFAULT_DEPLOY_TROOPS,
                mandate: Mandate::Enforce,
            },
            Self::DeployForce => Action::DeployForce(governorate),
            Self::WithdrawForce => Action::WithdrawForce(governorate),
            // Scenarios start at the defaults, so an event changing something is most likely
            // to change it away from them.
            Self::Mandate => Action::Mandate(Mandate::Enforce),
            Self::Governance => Action::Governance(Governance::TechnocraticCommittee),
            Self::MoveLine => Action::MoveLine {
                held_share: Driver::HeldShare.info().default,
                over_days,
            },
            Self::DeclareHaven => Action::DeclareHaven(area),
            Self::Rafah => Action::Rafah(Crossing::Open),
        }
    }
}
