//! Placing an event on the map: a click sets a circle's centre or picks the governorate, so
//! that a strike, a haven or a deployment goes where the user points rather than where they
//! can type coordinates.

use gz_i18n::tr;

use super::form::DEFAULT_CIRCLE;
use super::{Action, Area, Governorate, Palette, egui};

/// Whether an action has a place the map can set.
pub(super) fn can_place(action: &Action) -> bool {
    matches!(
        action,
        Action::Strike { .. }
            | Action::DeclareHaven(_)
            | Action::Deploy { .. }
            | Action::DeployForce(_)
            | Action::WithdrawForce(_)
    )
}

/// Sets the action's place to the click at `lonlat`, in `governorate` (none off the land).
/// Returns whether placing goes on: a deployment takes one governorate per click until the
/// user is done; anything else is placed by one click.
pub(super) fn placed_at(
    action: &mut Action,
    lonlat: [f64; 2],
    governorate: Option<Governorate>,
) -> bool {
    match action {
        Action::Strike { area, .. } | Action::DeclareHaven(area) => {
            match area {
                Area::Circle { lon, lat, .. } => [*lon, *lat] = lonlat,
                Area::Governorate(g) => {
                    if let Some(clicked) = governorate {
                        *g = clicked;
                    }
                }
                // A point on the whole Strip means "here": a circle of the default size.
                Area::Strip => {
                    if let Area::Circle { radius_km, .. } = DEFAULT_CIRCLE {
                        *area = Area::Circle {
                            lon: lonlat[0],
                            lat: lonlat[1],
                            radius_km,
                        };
                    }
                }
            }
            false
        }
        Action::Deploy { to, .. } => {
            if let Some(clicked) = governorate {
                if to.contains(&clicked) {
                    to.retain(|g| *g != clicked);
                } else {
                    to.push(clicked);
                    to.sort();
                }
            }
            true
        }
        Action::DeployForce(g) | Action::WithdrawForce(g) => {
            if let Some(clicked) = governorate {
                *g = clicked;
            }
            false
        }
        _ => false,
    }
}

/// The button that starts (or ends) placing, and what to do meanwhile.
pub(super) fn place_ui(ui: &mut egui::Ui, action: &Action, placing: &mut bool, palette: &Palette) {
    if !can_place(action) {
        *placing = false;
        return;
    }
    let label = if *placing {
        tr!("form-place-done")
    } else {
        tr!("form-place-on-map")
    };
    if ui
        .add(egui::Button::new(crate::bidi::text(ui, label)).selected(*placing))
        .clicked()
    {
        *placing = !*placing;
    }
    if *placing {
        let hint = if matches!(action, Action::Deploy { .. }) {
            tr!("form-place-deploy-hint")
        } else {
            tr!("form-place-hint")
        };
        ui.label(crate::bidi::coloured(ui, palette.warning, hint));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KHAN_YUNIS: [f64; 2] = [34.30, 31.35];

    #[test]
    fn a_click_moves_a_circle_and_a_strike_on_the_whole_strip_becomes_one_there() {
        let mut strike = Action::Strike {
            area: Area::Strip,
            intensity: 1.0,
        };
        assert!(!placed_at(
            &mut strike,
            KHAN_YUNIS,
            Some(Governorate::KhanYunis)
        ));
        let Action::Strike {
            area: Area::Circle { lon, lat, .. },
            ..
        } = strike
        else {
            panic!("a circle: {strike:?}");
        };
        assert_eq!([lon, lat], KHAN_YUNIS);
    }

    #[test]
    fn clicks_add_and_remove_governorates_of_a_deployment() {
        let mut deploy = Action::Deploy {
            to: vec![Governorate::Gaza],
            troops: 1000.0,
            mandate: gz_core::model::Mandate::Enforce,
        };
        assert!(placed_at(
            &mut deploy,
            KHAN_YUNIS,
            Some(Governorate::KhanYunis)
        ));
        assert!(placed_at(
            &mut deploy,
            [34.46, 31.50],
            Some(Governorate::Gaza)
        ));
        // A click in the sea changes nothing.
        assert!(placed_at(&mut deploy, [34.2, 31.6], None));
        assert!(matches!(&deploy, Action::Deploy { to, .. } if to == &[Governorate::KhanYunis]));
    }
}
