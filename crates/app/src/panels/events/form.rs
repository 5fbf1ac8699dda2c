//! The form that adds or edits one event: its fields for each kind of action, checked by
//! the same validation as loading a file, every frame.

use crate::bidi::HoverBidi as _;
use crate::widgets::date_picker::DatePicker;
use gz_core::model::RunOutput;
use gz_core::model::explain::date_of_day;
use gz_core::model::no_effect::no_effect;
use gz_core::report::dates::day_of_date;
use gz_i18n::{names, tr};
use std::ops::RangeInclusive;

use super::{
    Action, Area, Crossing, Draft, Driver, Event, Governance, Governorate, Kind, MAX_HORIZON_DAYS,
    MAX_RADIUS_KM, MAX_STRIKE_INTENSITY, Mandate, Palette, Problem, Scenario, egui, placed,
    validate,
};

/// Width of the form's label column, so that the fields line up.
pub(super) const LABEL_WIDTH: f32 = 96.0;
pub(super) const COMBO_WIDTH: f32 = 210.0;
/// Tall enough for the ten kinds of action without scrolling the list.
pub(super) const COMBO_HEIGHT: f32 = 400.0;
/// A ramp or a moving line takes a month unless the user says otherwise.
pub(super) const DEFAULT_OVER_DAYS: u32 = 30;
/// Drag limits for strikes and circles. The validation owns the real limits and reports a
/// typed value outside them; these only stop a drag running far past them.
pub(super) const INTENSITY_RANGE: RangeInclusive<f64> = 0.0..=MAX_STRIKE_INTENSITY;
pub(super) const RADIUS_KM_RANGE: RangeInclusive<f64> = 0.1..=MAX_RADIUS_KM;
pub(super) const LON_RANGE: RangeInclusive<f64> = 34.1..=34.7;
pub(super) const LAT_RANGE: RangeInclusive<f64> = 31.1..=31.7;
/// A new circle starts on Gaza City, where it is most likely to be wanted.
pub(super) const DEFAULT_CIRCLE: Area = Area::Circle {
    lon: 34.45,
    lat: 31.50,
    radius_km: 3.0,
};

pub(super) enum FormOutcome {
    Open,
    Close,
    Commit(Vec<Event>),
}

pub(super) fn form_ui(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    scenario: &Scenario,
    run: &RunOutput,
    palette: &Palette,
) -> FormOutcome {
    let heading = if draft.is_new() {
        tr!("form-new-event")
    } else {
        tr!("form-edit-event")
    };
    ui.label(crate::bidi::strong(ui, heading));
    if draft.original.is_some() && draft.is_new() {
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("form-no-longer-in-scenario"),
        ));
    }
    let submit = fields_ui(ui, draft, scenario, palette);

    // Check the scenario as it would be, exactly as loading the file would.
    let (events, at) = placed(&scenario.events, draft.index, draft.event.clone());
    let trial = Scenario {
        events,
        ..scenario.clone()
    };
    let problems = event_problems(&trial, at);
    for problem in &problems {
        ui.colored_label(palette.error, describe_problem(problem, at));
    }
    // Allowed, but it would change nothing: say why before the user presses Play to find out.
    if problems.is_empty() {
        let held = held_cells(run, draft.event.day);
        let grid = gz_core::geo::Grid::strip();
        if let Some(reason) = no_effect(
            &trial.start,
            &trial.events,
            at,
            trial.horizon_days,
            grid,
            held.as_deref(),
        ) {
            ui.label(crate::bidi::coloured(
                ui,
                palette.warning,
                gz_i18n::events::no_effect(&reason),
            ));
        }
    }

    let valid = problems.is_empty();
    let mut outcome = FormOutcome::Open;
    ui.horizontal(|ui| {
        let verb = if draft.is_new() {
            tr!("form-add-event")
        } else {
            tr!("form-apply-changes")
        };
        let verb = crate::bidi::text(ui, verb);
        let clicked = ui
            .add_enabled(valid, egui::Button::new(verb))
            .on_disabled_hover_text(crate::bidi::plain(&tr!("form-fix-problems-first")))
            .clicked();
        if clicked || (submit && valid) {
            let unchanged = !draft.is_new() && draft.original.as_ref() == Some(&draft.event);
            // An unchanged event is not an edit: no undo step, no unsaved-changes mark.
            outcome = if unchanged {
                FormOutcome::Close
            } else {
                FormOutcome::Commit(trial.events.clone())
            };
        }
        if ui
            .button(crate::bidi::text(ui, tr!("guard-cancel")))
            .clicked()
        {
            outcome = FormOutcome::Close;
        }
    });
    outcome
}

/// Which cells the current run has held behind the line on `day`, or `None` before the first
/// run or past its last day.
fn held_cells(run: &RunOutput, day: u32) -> Option<Vec<bool>> {
    let held_count = *run.held_count.get(day as usize)?;
    (!run.line_rank.is_empty()).then(|| run.line_rank.iter().map(|&r| r < held_count).collect())
}

/// The problems with the event at `at`, and with the list as a whole (too many events), which
/// adding one may cause. Problems elsewhere in the scenario are not this form's business.
pub(super) fn event_problems(trial: &Scenario, at: usize) -> Vec<Problem> {
    let own = format!("events[{at}]");
    validate(trial)
        .into_iter()
        .filter(|p| {
            p.path == "events"
                || p.path
                    .strip_prefix(&own)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
        .collect()
}

/// A problem in the form's words: messages about numbers name the number, but those about
/// text do not say which field, so prefix the field's label.
pub(super) fn describe_problem(problem: &Problem, at: usize) -> String {
    let field = problem
        .path
        .strip_prefix(&format!("events[{at}]."))
        .unwrap_or_default();
    let label = match field {
        "title" => "Title: ",
        "note" => "Note: ",
        "source" => "Source: ",
        _ => "",
    };
    format!("{label}{}", problem.message)
}

/// All the fields; true when Enter was pressed in the title (submit, as in a dialog).
pub(super) fn fields_ui(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    scenario: &Scenario,
    palette: &Palette,
) -> bool {
    let event = &mut draft.event;
    day_ui(ui, &mut event.day, scenario, palette);
    let title = row_ui_labelled(ui, &tr!("form-title"), |ui| {
        ui.add(
            egui::TextEdit::singleline(&mut event.title)
                .hint_text(crate::bidi::plain(&tr!("form-title-hint")))
                .desired_width(ui.available_width()),
        )
    });
    if draft.focus_title {
        title.request_focus();
        draft.focus_title = false;
    }
    let submit = title.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    super::when::when_ui(ui, &mut event.when, scenario, palette);
    kind_ui(ui, &mut event.action);
    action_fields_ui(ui, &mut event.action, palette);
    super::place::place_ui(ui, &event.action, &mut draft.placing, palette);
    row_ui_labelled(ui, &tr!("form-note"), |ui| {
        ui.add(
            egui::TextEdit::multiline(&mut event.note)
                .hint_text(crate::bidi::plain(&tr!("form-note-hint")))
                .desired_rows(2)
                .desired_width(ui.available_width()),
        )
    });
    row_ui_labelled(ui, &tr!("form-source"), |ui| {
        ui.add(
            egui::TextEdit::singleline(&mut event.source)
                .hint_text(crate::bidi::plain(&tr!("form-source-hint")))
                .desired_width(ui.available_width()),
        )
    });
    submit
}

/// The event's date, picked on a calendar, with its day number after it, which can be typed
/// (a user thinks in dates; the file and the model count days from the start).
pub(super) fn day_ui(ui: &mut egui::Ui, day: &mut u32, scenario: &Scenario, palette: &Palette) {
    date_row_ui(
        ui,
        &tr!("form-date"),
        &tr!("form-day"),
        day,
        scenario,
        palette,
    );
}

/// A form row for a day of the scenario: a date picker labelled `label`, then the day number,
/// named `number_name` for screen readers, which can be typed.
pub(super) fn date_row_ui(
    ui: &mut egui::Ui,
    label: &str,
    number_name: &str,
    day: &mut u32,
    scenario: &Scenario,
    palette: &Palette,
) {
    let start = scenario.start_date;
    row_ui_labelled(ui, label, |ui| {
        let last = date_of_day(start, scenario.horizon_days).unwrap_or(start);
        // A typed day past the calendar's end (year 9999) has no date: validation reports it.
        let picker = match date_of_day(start, *day) {
            Some(mut date) => {
                let picked = ui.add(DatePicker::new(&mut date, start..=last));
                if picked.changed()
                    && let Some(new_day) = day_of_date(start, date)
                {
                    *day = new_day;
                }
                picked
            }
            None => ui.add_enabled(false, egui::Button::new("–")),
        };
        ui.label(crate::bidi::coloured(
            ui,
            palette.caption,
            tr!("form-day-number"),
        ));
        number_ui(ui, day, 0..=scenario.horizon_days, 0.5, "")
            .accessible_name(number_name)
            .on_hover_bidi(tr!(
                "form-day-tip",
                start = names::date(start),
                horizon = scenario.horizon_days
            ));
        picker
    });
}

/// One form row: the label in a fixed-width column, then the field, named by the label for
/// screen readers (and for tests, which find fields by their name).
pub(super) fn row_ui_labelled(
    ui: &mut egui::Ui,
    label: &str,
    add_field: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> egui::Response {
    ui.horizontal(|ui| {
        let label = label_cell_ui(ui, label);
        add_field(ui).labelled_by(label.id)
    })
    .inner
}

pub(super) fn label_cell_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let size = egui::vec2(LABEL_WIDTH, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(
        size,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(LABEL_WIDTH);
            ui.label(crate::bidi::text(ui, text))
        },
    )
    .inner
}

/// A number field that keeps a drag inside `range` but takes a typed value as it is, so that
/// a mistyped value is reported below the form with the allowed range, rather than quietly
/// replaced by the nearest allowed one.
pub(super) fn number_ui<N: egui::emath::Numeric>(
    ui: &mut egui::Ui,
    value: &mut N,
    range: RangeInclusive<N>,
    speed: f64,
    suffix: &str,
) -> egui::Response {
    let response = ui.add(egui::DragValue::new(value).speed(speed).suffix(suffix));
    if response.dragged() {
        let clamped = value
            .to_f64()
            .clamp(range.start().to_f64(), range.end().to_f64());
        *value = N::from_f64(clamped);
    }
    response
}

/// A drop-down list in a form row.
pub(super) fn choice_ui<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[(T, String)],
) -> egui::Response {
    row_ui_labelled(ui, label, |ui| {
        let selected = options
            .iter()
            .find(|(v, _)| v == value)
            .map_or("", |(_, text)| text.as_str());
        let selected = crate::bidi::text(ui, selected);
        egui::ComboBox::from_id_salt(label)
            .selected_text(selected)
            .width(COMBO_WIDTH)
            .height(COMBO_HEIGHT)
            .show_ui(ui, |ui| {
                for (option, text) in options {
                    let shown = crate::bidi::text(ui, text);
                    ui.selectable_value(value, *option, shown);
                }
            })
            .response
    })
}

pub(super) fn kind_ui(ui: &mut egui::Ui, action: &mut Action) {
    let before = Kind::of(action);
    let mut kind = before;
    let options: Vec<(Kind, String)> = Kind::ALL.iter().map(|k| (*k, k.label())).collect();
    choice_ui(ui, &tr!("form-action"), &mut kind, &options).on_hover_bidi(kind.help());
    if kind != before {
        *action = kind.convert(action);
    }
}

/// The fields of the chosen kind of action.
pub(super) fn action_fields_ui(ui: &mut egui::Ui, action: &mut Action, palette: &Palette) {
    match action {
        Action::Set { driver, value } => {
            driver_ui(ui, driver, value);
            driver_value_ui(ui, &tr!("form-value"), *driver, value, palette);
        }
        Action::Ramp {
            driver,
            to,
            over_days,
        } => {
            driver_ui(ui, driver, to);
            driver_value_ui(ui, &tr!("form-to"), *driver, to, palette);
            over_days_ui(ui, over_days, &tr!("form-ramp-over-tip"));
        }
        Action::Strike { area, intensity } => {
            area_ui(ui, area);
            row_ui_labelled(ui, &tr!("form-intensity"), |ui| {
                number_ui(ui, intensity, INTENSITY_RANGE, 0.05, "")
            });
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                tr!("form-intensity-note"),
            ));
        }
        Action::DeployForce(governorate) | Action::WithdrawForce(governorate) => {
            governorate_ui(ui, governorate);
        }
        Action::Deploy {
            to,
            troops,
            mandate,
        } => {
            governorates_ui(ui, to);
            row_ui_labelled(ui, &tr!("form-troops"), |ui| {
                let info = Driver::ForceTroops.info();
                number_ui(ui, troops, info.min..=info.max, 50.0, "")
            });
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                unit_with_range(Driver::ForceTroops),
            ));
            choice_ui(
                ui,
                &tr!("form-mandate"),
                mandate,
                &Mandate::ALL.map(|m| (m, names::mandate(m))),
            );
        }
        Action::Mandate(mandate) => {
            choice_ui(
                ui,
                &tr!("form-mandate"),
                mandate,
                &Mandate::ALL.map(|m| (m, names::mandate(m))),
            );
        }
        Action::Governance(governance) => {
            choice_ui(
                ui,
                &tr!("form-administration"),
                governance,
                &Governance::ALL.map(|g| (g, names::governance(g))),
            );
        }
        Action::MoveLine {
            held_share,
            over_days,
        } => {
            row_ui_labelled(ui, &tr!("form-held-share"), |ui| {
                number_ui(ui, held_share, 0.0..=1.0, 0.005, "")
            });
            ui.label(crate::bidi::coloured(
                ui,
                palette.caption,
                unit_with_range(Driver::HeldShare),
            ));
            over_days_ui(ui, over_days, &tr!("form-line-over-tip"));
        }
        Action::DeclareHaven(area) => area_ui(ui, area),
        Action::Rafah(crossing) => {
            choice_ui(
                ui,
                &tr!("form-crossing"),
                crossing,
                &Crossing::ALL.map(|c| (c, names::crossing(c))),
            );
        }
    }
}

/// The driver to set or ramp; a new driver starts from its default, as the old value would
/// likely be out of its range (trucks per day are not a share).
pub(super) fn driver_ui(ui: &mut egui::Ui, driver: &mut Driver, value: &mut f64) {
    let before = *driver;
    let options: Vec<(Driver, String)> = Driver::ALL
        .iter()
        .map(|d| (*d, names::driver(*d)))
        .collect();
    let info = driver.info();
    choice_ui(ui, &tr!("form-driver"), driver, &options).on_hover_bidi(tr!(
        "form-driver-tip",
        unit = unit_with_range(*driver),
        source = info.source
    ));
    if *driver != before {
        *value = driver.info().default;
    }
}

pub(super) fn driver_value_ui(
    ui: &mut egui::Ui,
    label: &str,
    driver: Driver,
    value: &mut f64,
    palette: &Palette,
) {
    let info = driver.info();
    // About 400 points of drag across the whole range, whatever its size.
    let speed = (info.max - info.min) / 400.0;
    row_ui_labelled(ui, label, |ui| {
        number_ui(ui, value, info.min..=info.max, speed, "")
    });
    ui.label(crate::bidi::coloured(
        ui,
        palette.caption,
        unit_with_range(driver),
    ));
}

/// The driver's unit with its range, in the interface's language.
pub(super) fn unit_with_range(driver: Driver) -> String {
    let info = driver.info();
    tr!(
        "form-unit-with-range",
        unit = names::driver_unit(driver),
        min = info.min,
        max = info.max
    )
}

pub(super) fn over_days_ui(ui: &mut egui::Ui, over_days: &mut u32, hint: &str) {
    days_ui(ui, &tr!("form-over"), over_days, 0..=MAX_HORIZON_DAYS).on_hover_bidi(hint);
}

/// A number of days in a form row, with its unit.
pub(super) fn days_ui(
    ui: &mut egui::Ui,
    label: &str,
    days: &mut u32,
    range: RangeInclusive<u32>,
) -> egui::Response {
    let unit = format!(" {}", tr!("drivers-days"));
    row_ui_labelled(ui, label, |ui| number_ui(ui, days, range, 0.5, &unit))
}

pub(super) fn governorate_ui(ui: &mut egui::Ui, governorate: &mut Governorate) {
    let options: Vec<(Governorate, String)> = Governorate::ALL
        .iter()
        .map(|g| (*g, names::governorate(*g)))
        .collect();
    choice_ui(ui, &tr!("form-governorate"), governorate, &options);
}

/// Where a deployment goes: the whole Strip at one tick, or governorates one by one, kept in
/// the governorates' order so that the file reads north to south.
pub(super) fn governorates_ui(ui: &mut egui::Ui, to: &mut Vec<Governorate>) {
    ui.horizontal(|ui| {
        label_cell_ui(ui, &tr!("form-deploy-to"));
        ui.vertical(|ui| {
            let mut whole = Governorate::ALL.iter().all(|g| to.contains(g));
            let shown = crate::bidi::text(ui, tr!("form-whole-strip"));
            if ui.checkbox(&mut whole, shown).changed() {
                to.clear();
                if whole {
                    to.extend(Governorate::ALL);
                }
            }
            for g in Governorate::ALL {
                let mut on = to.contains(&g);
                let shown = crate::bidi::text(ui, names::governorate(g));
                if ui.checkbox(&mut on, shown).changed() {
                    to.retain(|d| *d != g);
                    if on {
                        to.push(g);
                    }
                    to.sort();
                }
            }
        });
    });
}

/// The three shapes an area can take, for the radio buttons.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AreaShape {
    Strip,
    Governorate,
    Circle,
}

pub(super) fn area_ui(ui: &mut egui::Ui, area: &mut Area) {
    let before = match area {
        Area::Strip => AreaShape::Strip,
        Area::Governorate(_) => AreaShape::Governorate,
        Area::Circle { .. } => AreaShape::Circle,
    };
    let mut shape = before;
    // Stacked beside the label: side by side they do not fit the panel's width.
    ui.horizontal(|ui| {
        label_cell_ui(ui, &tr!("form-area"));
        ui.vertical(|ui| {
            for (option, key) in [
                (AreaShape::Strip, tr!("form-whole-strip")),
                (AreaShape::Governorate, tr!("form-one-governorate")),
                (AreaShape::Circle, tr!("form-a-circle")),
            ] {
                let shown = crate::bidi::text(ui, key);
                ui.radio_value(&mut shape, option, shown);
            }
        });
    });
    if shape != before {
        *area = match shape {
            AreaShape::Strip => Area::Strip,
            AreaShape::Governorate => Area::Governorate(Governorate::Gaza),
            AreaShape::Circle => DEFAULT_CIRCLE,
        };
    }
    match area {
        Area::Strip => {}
        Area::Governorate(governorate) => governorate_ui(ui, governorate),
        Area::Circle {
            lon,
            lat,
            radius_km,
        } => {
            row_ui_labelled(ui, &tr!("form-longitude"), |ui| {
                number_ui(ui, lon, LON_RANGE, 0.001, "° E")
            });
            row_ui_labelled(ui, &tr!("form-latitude"), |ui| {
                number_ui(ui, lat, LAT_RANGE, 0.001, "° N")
            });
            row_ui_labelled(ui, &tr!("form-radius"), |ui| {
                number_ui(ui, radius_km, RADIUS_KM_RANGE, 0.05, " km")
            });
        }
    }
}
