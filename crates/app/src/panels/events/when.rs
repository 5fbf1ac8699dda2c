//! The form's "When" rows: an event happens on its day, or waits from its day for a condition
//! on a driver, an indicator of the run, or the day (a milestone), once or again and again.
//! Conditions combined with `All` or `Any` are written in the file; the form shows them and
//! can replace them with one test.

use gz_core::model::{Condition, Driver, Indicator, Repeat, Threshold, Trigger};

use super::form::{choice_ui, number_ui, row_ui_labelled, unit_with_range};
use super::{MAX_HORIZON_DAYS, Palette, egui};

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

pub(super) fn when_ui(ui: &mut egui::Ui, when: &mut Option<Trigger>, palette: &Palette) {
    let mut conditional = when.is_some();
    choice_ui(
        ui,
        "When",
        &mut conditional,
        &[(false, "On its day"), (true, "When a condition holds")],
    )
    .on_hover_text(
        "A conditional event (a milestone) waits from its day until the condition holds at \
         the end of a day, and happens the next day",
    );
    match (conditional, when.is_some()) {
        (true, false) => *when = Some(Trigger::once(default_condition())),
        (false, true) => *when = None,
        _ => {}
    }
    let Some(trigger) = when else {
        return;
    };
    condition_ui(ui, &mut trigger.condition, palette);
    repeat_ui(ui, &mut trigger.repeat);
    ui.colored_label(
        palette.caption,
        "Checked at the end of each day from the day above; the action applies the next day. \
         In stochastic runs each run fires it on its own day.",
    );
}

fn condition_ui(ui: &mut egui::Ui, condition: &mut Condition, palette: &Palette) {
    let before = match condition {
        Condition::Driver(..) => Subject::Driver,
        Condition::Indicator(..) => Subject::Indicator,
        Condition::Day(_) => Subject::Day,
        Condition::All(_) | Condition::Any(_) => {
            ui.colored_label(
                palette.caption,
                format!("Condition from the file: {}", condition.describe()),
            );
            if ui.button("Replace with one test").clicked() {
                *condition = default_condition();
            }
            return;
        }
    };
    let mut subject = before;
    choice_ui(
        ui,
        "Condition on",
        &mut subject,
        &[
            (Subject::Driver, "A driver"),
            (Subject::Indicator, "An indicator of the run"),
            (Subject::Day, "The day"),
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
            let options: Vec<(Driver, &str)> =
                Driver::ALL.iter().map(|d| (*d, d.info().label)).collect();
            choice_ui(ui, "Watched driver", driver, &options);
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
            ui.colored_label(palette.caption, unit_with_range(&info));
        }
        Condition::Indicator(indicator, threshold) => {
            let options: Vec<(Indicator, &str)> =
                Indicator::ALL.iter().map(|i| (*i, i.label())).collect();
            choice_ui(ui, "Indicator", indicator, &options);
            threshold_ui(ui, threshold, 0.0..=1.0, 0.0025);
            ui.colored_label(
                palette.caption,
                "share, 0–1, at the end of the day (expected values in expected-value mode)",
            );
        }
        Condition::Day(threshold) => {
            threshold_ui(ui, threshold, 0.0..=f64::from(MAX_HORIZON_DAYS), 0.5);
        }
        Condition::All(_) | Condition::Any(_) => {}
    }
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
        "Comparison",
        &mut compare,
        &[(true, "at least"), (false, "at most")],
    );
    let mut value = threshold.value();
    row_ui_labelled(ui, "Threshold", |ui| {
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
        "Fires",
        &mut again,
        &[(false, "Once"), (true, "Again whenever it holds")],
    );
    match (again, *repeat) {
        (true, Repeat::Once) => *repeat = Repeat::Every(DEFAULT_REPEAT_DAYS),
        (false, Repeat::Every(_)) => *repeat = Repeat::Once,
        _ => {}
    }
    if let Repeat::Every(days) = repeat {
        row_ui_labelled(ui, "At most every", |ui| {
            number_ui(ui, days, 1..=MAX_HORIZON_DAYS, 0.5, " days")
        })
        .on_hover_text("Days that must pass before it can fire again");
    }
}
