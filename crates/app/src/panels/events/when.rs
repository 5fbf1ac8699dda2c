//! The form's "When" rows: an event happens on its day, or waits from its day for a condition
//! on a driver, an indicator of the run, or the day (a milestone), once or again and again.
//! Conditions combined with `All` or `Any` are written in the file; the form shows them and
//! can replace them with one test.

use crate::bidi::HoverBidi as _;
use gz_core::model::{Condition, Driver, Indicator, Repeat, Threshold, Trigger};
use gz_i18n::tr;

use super::form::{choice_ui, date_row_ui, days_ui, number_ui, row_ui_labelled, unit_with_range};
use super::{MAX_HORIZON_DAYS, Palette, Scenario, egui};

/// What a single test reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Subject {
    Driver,
    Indicator,
    Day,
}

/// A new condition: the 20-point plan's own example, withdrawal tied to disarmament.
fn default_condition() -> Condition {
    Condition::Driver(Driver::DisarmamentShare, Threshold::AtLeast(0.5))
}

/// Days between firings of a repeating event unless the user says otherwise.
const DEFAULT_REPEAT_DAYS: u32 = 30;

pub(super) fn when_ui(
    ui: &mut egui::Ui,
    when: &mut Option<Trigger>,
    scenario: &Scenario,
    palette: &Palette,
) {
    let mut conditional = when.is_some();
    choice_ui(
        ui,
        &tr!("form-when"),
        &mut conditional,
        &[
            (false, tr!("form-on-its-day")),
            (true, tr!("form-when-a-condition-holds")),
        ],
    )
    .on_hover_bidi(tr!("form-when-tip"));
    match (conditional, when.is_some()) {
        (true, false) => *when = Some(Trigger::once(default_condition())),
        (false, true) => *when = None,
        _ => {}
    }
    let Some(trigger) = when else {
        return;
    };
    condition_ui(ui, &mut trigger.condition, scenario, palette);
    repeat_ui(ui, &mut trigger.repeat);
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        tr!("form-checked-note"),
    ));
}

fn condition_ui(
    ui: &mut egui::Ui,
    condition: &mut Condition,
    scenario: &Scenario,
    palette: &Palette,
) {
    let before = match condition {
        Condition::Driver(..) => Subject::Driver,
        Condition::Indicator(..) => Subject::Indicator,
        Condition::Day(_) => Subject::Day,
        Condition::All(_) | Condition::Any(_) => {
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!(
                    "form-condition-from-file",
                    condition = gz_i18n::events::condition(condition)
                ),
            ));
            if ui
                .button(crate::bidi::text(ui, tr!("form-replace-with-one-test")))
                .clicked()
            {
                *condition = default_condition();
            }
            return;
        }
    };
    let mut subject = before;
    choice_ui(
        ui,
        &tr!("form-condition-on"),
        &mut subject,
        &[
            (Subject::Driver, tr!("form-a-driver")),
            (Subject::Indicator, tr!("form-an-indicator")),
            (Subject::Day, tr!("form-the-day")),
        ],
    );
    if subject != before {
        *condition = match subject {
            Subject::Driver => default_condition(),
            Subject::Indicator => {
                Condition::Indicator(Indicator::BluePeopleShare, Threshold::AtLeast(0.3))
            }
            Subject::Day => Condition::Day(Threshold::AtLeast(0.0)),
        };
    }
    match condition {
        Condition::Driver(driver, threshold) => {
            let was = *driver;
            let options: Vec<(Driver, String)> = Driver::ALL
                .iter()
                .map(|d| (*d, gz_i18n::names::driver(*d)))
                .collect();
            choice_ui(ui, &tr!("form-watched-driver"), driver, &options);
            let info = driver.info();
            if *driver != was {
                *threshold = Threshold::AtLeast(info.default);
            }
            threshold_ui(
                ui,
                threshold,
                info.min..=info.max,
                (info.max - info.min) / 400.0,
            );
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                unit_with_range(*driver),
            ));
        }
        Condition::Indicator(indicator, threshold) => {
            let options: Vec<(Indicator, String)> = Indicator::ALL
                .iter()
                .map(|i| (*i, gz_i18n::names::milestone_indicator(*i)))
                .collect();
            choice_ui(ui, &tr!("form-indicator"), indicator, &options);
            threshold_ui(ui, threshold, 0.0..=1.0, 0.0025);
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("form-indicator-note"),
            ));
        }
        Condition::Day(threshold) => day_threshold_ui(ui, threshold, scenario, palette),
        Condition::All(_) | Condition::Any(_) => {}
    }
}

/// "The day is at least (or at most)" a date, picked on a calendar as the event's own date is.
/// A day written with a fraction in the file keeps it until the date is changed here.
fn day_threshold_ui(
    ui: &mut egui::Ui,
    threshold: &mut Threshold,
    scenario: &Scenario,
    palette: &Palette,
) {
    let mut at_least = matches!(threshold, Threshold::AtLeast(_));
    choice_ui(
        ui,
        &tr!("form-comparison"),
        &mut at_least,
        &[(true, tr!("form-at-least")), (false, tr!("form-at-most"))],
    );
    let mut value = threshold.value();
    let before = value.clamp(0.0, f64::from(MAX_HORIZON_DAYS)).round() as u32;
    let mut day = before;
    date_row_ui(
        ui,
        &tr!("form-threshold"),
        &tr!("form-threshold-day"),
        &mut day,
        scenario,
        palette,
    );
    if day != before {
        value = f64::from(day);
    }
    *threshold = if at_least {
        Threshold::AtLeast(value)
    } else {
        Threshold::AtMost(value)
    };
}

fn threshold_ui(
    ui: &mut egui::Ui,
    threshold: &mut Threshold,
    range: std::ops::RangeInclusive<f64>,
    speed: f64,
) {
    let at_least = matches!(threshold, Threshold::AtLeast(_));
    let mut compare = at_least;
    choice_ui(
        ui,
        &tr!("form-comparison"),
        &mut compare,
        &[(true, tr!("form-at-least")), (false, tr!("form-at-most"))],
    );
    let mut value = threshold.value();
    row_ui_labelled(ui, &tr!("form-threshold"), |ui| {
        number_ui(ui, &mut value, range, speed, "")
    });
    *threshold = if compare {
        Threshold::AtLeast(value)
    } else {
        Threshold::AtMost(value)
    };
}

fn repeat_ui(ui: &mut egui::Ui, repeat: &mut Repeat) {
    let mut again = matches!(repeat, Repeat::Every(_));
    choice_ui(
        ui,
        &tr!("form-fires"),
        &mut again,
        &[(false, tr!("form-once")), (true, tr!("form-again"))],
    );
    match (again, *repeat) {
        (true, Repeat::Once) => *repeat = Repeat::Every(DEFAULT_REPEAT_DAYS),
        (false, Repeat::Every(_)) => *repeat = Repeat::Once,
        _ => {}
    }
    if let Repeat::Every(days) = repeat {
        days_ui(ui, &tr!("form-at-most-every"), days, 1..=MAX_HORIZON_DAYS)
            .on_hover_bidi(tr!("form-repeat-tip"));
    }
}
