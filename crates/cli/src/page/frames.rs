//! The run's state on every week as compact data: what the page's script applies to the map,
//! the legend and the event captions when the slider moves. One frame a week (day 0, 7, 14, …
//! and the last day); each frame is a string with a character or two per cell, naming an entry
//! of a shared palette (colour and pattern), so that a two-year run stays a few hundred KB.

use std::collections::HashMap;

use serde::Serialize;

use gz_core::model::{Category, RunOutput, Zone};
use gz_core::scenario::Scenario;
use gz_core::style::{PatternMark, ZonePalette, pattern_of};
use gz_i18n::format::people;
use gz_i18n::{events, names, tr};

/// Days from one frame to the next.
pub const WEEK_DAYS: u32 = 7;

/// The digits of the frame strings, base 64 in the URL-safe alphabet: nothing in it needs
/// escaping in JSON or HTML.
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// An expected-value run's chances are rounded to twentieths before their colours are mixed:
/// finer steps change a blend by less than an eye tells apart and only grow the palette.
const CHANCE_STEPS: f32 = 20.0;

/// What the script needs, serialised as JSON into the page.
#[derive(Debug, Serialize)]
pub struct Frames {
    /// The day of each frame.
    pub days: Vec<u32>,
    /// Each frame's calendar date as the page shows it, large.
    pub dates: Vec<String>,
    /// "Day N" for each frame.
    pub day_labels: Vec<String>,
    /// Palette: a cell's fill, `#rrggbb`.
    pub fills: Vec<String>,
    /// Palette: the pattern drawn over the fill: 0 none, 1 a cross (red), 2 a ring (green).
    pub marks: Vec<u8>,
    /// Characters per cell in a frame string: 1, 2 for a palette over 64 entries, and so on.
    pub digits: usize,
    /// Per frame, each cell's palette entry, in cell order.
    pub cells: Vec<String>,
    /// Per frame, how many cells are held: cell `c` is held when `rank[c]` is below it.
    pub held_count: Vec<u32>,
    /// Each cell's place in the order the withdrawal line takes cells.
    pub rank: Vec<u32>,
    /// Per frame, per reporting category (in `Category::ALL` order): land and people.
    pub totals: Vec<Vec<String>>,
    /// Per frame: the heading over its events ("Events from day 1 to day 7").
    pub events_heading: Vec<String>,
    /// Per frame: the events that took effect in its days, as `[day label, title]`.
    pub events: Vec<Vec<[String; 2]>>,
}

/// Day 0, every seventh day, and the last day.
#[must_use]
pub fn frame_days(horizon_days: u32) -> Vec<u32> {
    let mut days: Vec<u32> = (0..=horizon_days).step_by(WEEK_DAYS as usize).collect();
    if days.last() != Some(&horizon_days) {
        days.push(horizon_days);
    }
    days
}

/// How many digits name every entry of a palette of `len`.
fn digits_for(len: usize) -> usize {
    let mut digits = 1;
    while DIGITS.len().pow(digits as u32) < len {
        digits += 1;
    }
    digits
}

/// A palette entry: a fill and a mark.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Look {
    rgb: [u8; 3],
    mark: u8,
}

fn mark_code(zone: Option<Zone>) -> u8 {
    match zone.and_then(pattern_of) {
        None => 0,
        Some(PatternMark::Cross) => 1,
        Some(PatternMark::Ring) => 2,
    }
}

/// A cell's look on a day: its zone's colour, or in an expected-value run its chances' blend
/// (as the exported map figure mixes them); the mark of its (most likely) zone.
fn look(run: &RunOutput, zones: ZonePalette, day: usize, cell: usize) -> Look {
    let mark = mark_code(run.zone_of(day, cell));
    let chances = run.probabilities(day, cell).unwrap_or([1.0, 0.0, 0.0, 0.0]);
    let rounded = chances.map(|p| (p * CHANCE_STEPS).round() / CHANCE_STEPS);
    let sum: f32 = rounded.iter().sum();
    let chances = if sum > 0.0 {
        rounded.map(|p| p / sum)
    } else {
        chances
    };
    Look {
        rgb: zones.blend_rgb(chances),
        mark,
    }
}

#[must_use]
pub fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The events that took effect on each day: dated events on their day, milestones on each day
/// they fired in this run; titles as the app's events list and timeline name them.
pub fn events_by_day(scenario: &Scenario, run: &RunOutput) -> Vec<(u32, String)> {
    gz_core::model::milestones::happened_in_order(&scenario.events, &run.fired)
        .into_iter()
        .filter(|h| h.day <= scenario.horizon_days)
        .filter_map(|h| {
            scenario
                .events
                .get(h.index)
                .map(|e| (h.day, events::label(e)))
        })
        .collect()
}

/// The frames of `run` (recorded with cells) of `scenario`.
#[must_use]
pub fn frames(scenario: &Scenario, run: &RunOutput, zones: ZonePalette) -> Frames {
    let days = frame_days(scenario.horizon_days);
    let mut palette: Vec<Look> = Vec::new();
    let mut index: HashMap<Look, usize> = HashMap::new();
    let per_frame: Vec<Vec<usize>> = days
        .iter()
        .map(|&day| {
            (0..run.cell_count)
                .map(|c| {
                    let look = look(run, zones, day as usize, c);
                    *index.entry(look).or_insert_with(|| {
                        palette.push(look);
                        palette.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    let digits = digits_for(palette.len());
    let encode = |entries: &[usize]| -> String {
        let mut text = String::with_capacity(entries.len() * digits);
        for &e in entries {
            // The most significant digit first.
            for place in (0..digits).rev() {
                let digit = (e / DIGITS.len().pow(place as u32)) % DIGITS.len();
                text.push(char::from(DIGITS[digit]));
            }
        }
        text
    };
    let events = events_by_day(scenario, run);
    let mut previous: Option<u32> = None;
    let mut events_heading = Vec::with_capacity(days.len());
    let mut frame_events = Vec::with_capacity(days.len());
    for &day in &days {
        let from = previous.map_or(0, |p| p + 1);
        events_heading.push(if from == day {
            tr!("page-events-day", day = day.to_string())
        } else {
            tr!(
                "page-events-days",
                from = from.to_string(),
                to = day.to_string()
            )
        });
        frame_events.push(
            events
                .iter()
                .filter(|(d, _)| (from..=day).contains(d))
                .map(|(d, title)| [tr!("events-row-day", day = d.to_string()), title.clone()])
                .collect(),
        );
        previous = Some(day);
    }
    Frames {
        dates: days
            .iter()
            .map(|&d| {
                names::calendar_date(scenario.start_date, d)
                    .unwrap_or_else(|| tr!("events-row-day", day = d.to_string()))
            })
            .collect(),
        day_labels: days
            .iter()
            .map(|&d| tr!("events-row-day", day = d.to_string()))
            .collect(),
        fills: palette.iter().map(|l| hex(l.rgb)).collect(),
        marks: palette.iter().map(|l| l.mark).collect(),
        digits,
        cells: per_frame.iter().map(|f| encode(f)).collect(),
        held_count: days
            .iter()
            .map(|&d| run.held_count.get(d as usize).copied().unwrap_or(0))
            .collect(),
        rank: run.line_rank.clone(),
        totals: days
            .iter()
            .map(|&d| {
                let reported = run
                    .days
                    .get(d as usize)
                    .copied()
                    .unwrap_or_default()
                    .reported();
                Category::ALL
                    .iter()
                    .map(|&c| {
                        tr!(
                            "figure-legend-totals",
                            km2 = format!("{:.1}", reported.area(c)),
                            people = people(reported.people_in(c))
                        )
                    })
                    .collect()
            })
            .collect(),
        events_heading,
        events: frame_events,
        days,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_weekly_and_end_on_the_last_day() {
        assert_eq!(frame_days(0), [0]);
        assert_eq!(frame_days(14), [0, 7, 14]);
        assert_eq!(frame_days(16), [0, 7, 14, 16]);
        assert_eq!(frame_days(774).len(), 112);
    }

    #[test]
    fn a_palette_gets_as_many_digits_as_it_needs() {
        assert_eq!(digits_for(1), 1);
        assert_eq!(digits_for(64), 1);
        assert_eq!(digits_for(65), 2);
        assert_eq!(digits_for(4096), 2);
        assert_eq!(digits_for(4097), 3);
    }

    #[test]
    fn the_digits_need_no_escaping() {
        for &d in DIGITS {
            assert!(d.is_ascii_alphanumeric() || d == b'-' || d == b'_');
        }
    }
}
