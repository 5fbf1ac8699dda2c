//! The indicators table: each scenario's numbers side by side, with the differences from the current one.

use super::{Category, Indicators, Palette, RichText, Scenario, egui, thousands};
use crate::bidi::HoverBidi as _;
use gz_i18n::{names, tr};

/// One column of the table: a scenario and its run's indicators.
pub struct Column<'a> {
    pub label: &'a str,
    pub scenario: &'a Scenario,
    pub indicators: Indicators,
}

/// A value in the table, formatted with its unit.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Value {
    Text(String),
    Days(u32),
    Day(Option<u32>),
    Km2(f64),
    People(f64),
}

impl Value {
    pub(super) fn show(&self) -> String {
        match self {
            Self::Text(s) => s.clone(),
            Self::Days(d) => tr!("compare-days", days = *d),
            Self::Day(Some(d)) => tr!("value-day", n = d.to_string()),
            Self::Day(None) => tr!("compare-not-reached"),
            Self::Km2(v) => tr!("value-km2", n = format!("{v:.0}")),
            Self::People(v) => thousands(*v),
        }
    }

    /// `self` less `base`, signed, in the same unit; `None` when they show alike.
    pub(super) fn difference(&self, base: &Self) -> Option<String> {
        if self.show() == base.show() {
            return None;
        }
        let sign = |v: f64| if v < 0.0 { "−" } else { "+" };
        Some(match (self, base) {
            (Self::Days(a) | Self::Day(Some(a)), Self::Days(b) | Self::Day(Some(b))) => {
                let d = i64::from(*a) - i64::from(*b);
                tr!(
                    "value-change-days",
                    n = format!("{}{}", sign(d as f64), d.abs())
                )
            }
            // Of the numbers as shown, so that the difference adds up on screen.
            (Self::Km2(a), Self::Km2(b)) => {
                let d = a.round() - b.round();
                tr!("value-km2", n = format!("{}{:.0}", sign(d), d.abs()))
            }
            (Self::People(a), Self::People(b)) => {
                format!("{}{}", sign(a - b), thousands((a - b).abs()))
            }
            // Reached in one scenario and not in the other: no number to give.
            _ => "—".to_owned(),
        })
    }
}

/// A row of the table.
#[derive(Clone, Copy, Debug)]
pub(super) enum Row {
    StartDate,
    Horizon,
    BlueHoldsHalf,
    PeakRedKm2,
    PeakRedDay,
    PeopleReturned,
    FinalArea(Category),
    FinalPeople(Category),
}

impl Row {
    pub(super) fn all() -> Vec<Self> {
        let mut rows = vec![
            Self::StartDate,
            Self::Horizon,
            Self::BlueHoldsHalf,
            Self::PeakRedKm2,
            Self::PeakRedDay,
            Self::PeopleReturned,
        ];
        rows.extend(Category::ALL.map(Self::FinalArea));
        rows.extend(Category::ALL.map(Self::FinalPeople));
        rows
    }

    pub(super) fn name(self) -> String {
        match self {
            Self::StartDate => tr!("compare-row-start-date"),
            Self::Horizon => tr!("compare-row-horizon"),
            Self::BlueHoldsHalf => tr!("compare-row-blue-holds-half"),
            Self::PeakRedKm2 => tr!("compare-row-peak-red"),
            Self::PeakRedDay => tr!("compare-row-peak-red-day"),
            Self::PeopleReturned => tr!("compare-row-people-returned"),
            Self::FinalArea(zone) => tr!("compare-row-final-land", zone = names::category(zone)),
            Self::FinalPeople(zone) => {
                tr!("compare-row-final-people", zone = names::category(zone))
            }
        }
    }

    pub(super) fn meaning(self) -> String {
        match self {
            Self::StartDate => tr!("compare-row-start-date-tip"),
            Self::Horizon => tr!("compare-row-horizon-tip"),
            Self::BlueHoldsHalf => tr!("compare-row-blue-holds-half-tip"),
            Self::PeakRedKm2 => tr!("compare-row-peak-red-tip"),
            Self::PeakRedDay => tr!("compare-row-peak-red-day-tip"),
            Self::PeopleReturned => tr!("compare-row-people-returned-tip"),
            Self::FinalArea(_) | Self::FinalPeople(_) => tr!("compare-row-final-tip"),
        }
    }

    pub(super) fn value(self, c: &Column<'_>) -> Value {
        let ind = &c.indicators;
        match self {
            Self::StartDate => Value::Text(c.scenario.start_date.to_string()),
            Self::Horizon => Value::Days(c.scenario.horizon_days),
            Self::BlueHoldsHalf => Value::Day(ind.first_day_blue_holds_half),
            Self::PeakRedKm2 => Value::Km2(ind.peak_red_km2),
            Self::PeakRedDay => Value::Day(Some(ind.peak_red_day)),
            Self::PeopleReturned => Value::People(ind.people_returned),
            Self::FinalArea(zone) => Value::Km2(ind.final_area_km2[zone.index()]),
            Self::FinalPeople(zone) => Value::People(ind.final_people[zone.index()]),
        }
    }
}

/// Width of a value column and of a difference column, in points: wide enough for "2.13 M"
/// or "not reached" at presentation size, narrow enough for three scenarios beside a plot.
pub(super) const VALUE_WIDTH: f32 = 130.0;
pub(super) const DIFFERENCE_WIDTH: f32 = 95.0;
/// The indicator names' column, as laid out at the app's text size.
pub(super) const NAME_WIDTH: f32 = 210.0;

/// A cell of fixed width with its text on the right, so that numbers line up.
pub(super) fn right_aligned_ui(ui: &mut egui::Ui, width: f32, text: RichText) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ui.spacing().interact_size.y),
        egui::Layout::right_to_left(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.label(text);
        },
    );
}

/// A scenario's column heading: its line style over its title, wrapped to three lines at
/// most and right-aligned over the numbers.
pub(super) fn column_heading_ui(ui: &mut egui::Ui, slot: usize, title: &str) {
    let colour = ui.visuals().strong_text_color();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let format = egui::TextFormat::simple(font, colour);
    let mut job = crate::bidi::wrapped_job(ui.ctx(), title, &format, VALUE_WIDTH);
    job.halign = egui::Align::RIGHT;
    job.wrap.max_rows = 3;
    let galley = ui.painter().layout_job(job);
    let sample_height = 18.0;
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(VALUE_WIDTH, sample_height + galley.size().y),
        egui::Sense::hover(),
    );
    let sample = egui::Rect::from_min_size(
        rect.right_top() - egui::vec2(48.0, 0.0),
        egui::vec2(48.0, sample_height),
    );
    crate::views::compare::paint_style_sample(ui.painter(), sample, slot, colour);
    ui.painter().galley(
        rect.right_top() + egui::vec2(0.0, sample_height),
        galley,
        colour,
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, title));
    response.on_hover_bidi(title);
}

/// Rows of indicators, a column per scenario, and after each compared scenario its
/// difference from the current one.
pub fn indicators_table_ui(ui: &mut egui::Ui, columns: &[Column<'_>], palette: &Palette) {
    let Some(current) = columns.first() else {
        return;
    };
    let text_colour = ui.visuals().text_color();
    egui::Grid::new("compare_indicators")
        .striped(true)
        .num_columns(2 * columns.len())
        .spacing(egui::vec2(12.0, 2.0))
        .show(ui, |ui| {
            ui.add(egui::Label::new(crate::bidi::strong(ui, tr!("compare-indicator"))).extend());
            for (slot, column) in columns.iter().enumerate() {
                let label = if slot == 0 {
                    tr!("compare-current-column", label = column.label)
                } else {
                    column.label.to_owned()
                };
                column_heading_ui(ui, slot, &label);
                if slot > 0 {
                    right_aligned_ui(
                        ui,
                        DIFFERENCE_WIDTH,
                        RichText::new(crate::bidi::plain(&tr!("compare-vs-current"))).strong(),
                    );
                }
            }
            ui.end_row();
            for row in Row::all() {
                ui.add(egui::Label::new(crate::bidi::line(ui, row.name())).extend())
                    .on_hover_bidi(row.meaning());
                let base = row.value(current);
                for (slot, column) in columns.iter().enumerate() {
                    let value = row.value(column);
                    right_aligned_ui(
                        ui,
                        VALUE_WIDTH,
                        RichText::new(crate::bidi::plain(&value.show())),
                    );
                    if slot > 0 {
                        let (difference, colour) = value.difference(&base).map_or_else(
                            || (tr!("compare-same"), palette.caption),
                            |d| (d, text_colour),
                        );
                        let difference = crate::bidi::plain(&difference);
                        right_aligned_ui(
                            ui,
                            DIFFERENCE_WIDTH,
                            RichText::new(difference).color(colour),
                        );
                    }
                }
                ui.end_row();
            }
        });
}
