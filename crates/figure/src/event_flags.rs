//! The scenario's events on a chart over time: a line per event day in the plot, and above
//! the plot a short title per day, set in a few lanes so that no two overprint. Several events
//! of one day share one title ("Aid convoy +2 more"); a title with too little room is
//! shortened with "…" (as the PNG sets it, [`super::fit_text`]) or, with no room at all, left
//! out (its line stays).
//!
//! The layout is pure over widths and runs in "reading" coordinates, from the edge where a
//! line of text starts: the left edge in English, the right edge in Arabic and Hebrew, where a
//! title is set to the left of its line. The caller turns them into pixels.

use gz_core::model::RunOutput;
use gz_core::scenario::Scenario;
use gz_i18n::tr;

use super::FigureError;

/// An event on a chart: its day and its title as the app's timeline shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventMark {
    pub day: u32,
    pub title: String,
}

impl EventMark {
    /// The marks the app's timeline shows: each dated event on its day; each milestone on the
    /// day it fired in `run` (a milestone has no day of its own, and one that never fired, or
    /// a chart of many runs, has none to show). In day order, a day's events in file order.
    #[must_use]
    pub fn of_run(scenario: &Scenario, run: Option<&RunOutput>) -> Vec<Self> {
        let fired = run.map_or(&[][..], |r| r.fired.as_slice());
        gz_core::model::milestones::happened_in_order(&scenario.events, fired)
            .into_iter()
            .filter_map(|h| {
                scenario.events.get(h.index).map(|e| Self {
                    day: h.day,
                    title: gz_i18n::events::label(e),
                })
            })
            .collect()
    }
}

/// One flag to place: a day's events, or the day marked on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    /// Where its line is, in pixels from the edge where text starts.
    pub along_px: f64,
    /// The first event's title (or "day N" for the marked day).
    pub title: String,
    /// How many more events share the day.
    pub more: usize,
    /// The day the chart marks, not an event.
    pub marked: bool,
}

/// A flag placed: its lane (0 at the top), where its box starts and how wide it is (in
/// reading pixels: the box holds the tick at the line and the text after it), and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into the flags given.
    pub index: usize,
    pub lane: usize,
    pub start_px: f64,
    pub width_px: f64,
    pub text: String,
}

impl Placed {
    #[must_use]
    pub fn end_px(&self) -> f64 {
        self.start_px + self.width_px
    }
}

/// What a shortened title ends with (as [`super::fit_text`] shortens).
pub const ELLIPSIS: &str = "…";
/// The fewest characters a shortened title keeps before its "…".
pub const MIN_CHARS_KEPT: usize = 4;

/// Between a line and its title.
pub const TEXT_GAP_PX: f64 = 4.0;
/// Between two titles in one lane.
pub const LANE_GAP_PX: f64 = 10.0;

/// Groups marks of one day into flags at their pixel positions, in reading order; `marked` is
/// the day marked on the chart, if any (first at its position, so a day's events follow it).
pub fn flags(marks: &[EventMark], marked: Option<u32>, along_px: impl Fn(u32) -> f64) -> Vec<Flag> {
    let mut flags: Vec<Flag> = Vec::new();
    let mut previous_day = None;
    for mark in marks {
        if previous_day == Some(mark.day)
            && let Some(last) = flags.last_mut()
        {
            last.more += 1;
            continue;
        }
        previous_day = Some(mark.day);
        flags.push(Flag {
            along_px: along_px(mark.day),
            title: mark.title.trim().to_owned(),
            more: 0,
            marked: false,
        });
    }
    if let Some(day) = marked {
        flags.push(Flag {
            along_px: along_px(day),
            title: tr!("figure-marked-day", day = day.to_string()),
            more: 0,
            marked: true,
        });
    }
    // Stable, marked first among equals; `total_cmp` orders every position.
    flags.sort_by(|a, b| {
        a.along_px
            .total_cmp(&b.along_px)
            .then_with(|| b.marked.cmp(&a.marked))
    });
    flags
}

/// "+2 more", after a title that stands for several events.
fn more_text(more: usize) -> String {
    if more == 0 {
        String::new()
    } else {
        format!(" {}", tr!("figure-events-more", count = more))
    }
}

/// Places `flags` (in reading order) in `lanes` lanes within `0..=width_px`.
///
/// The marked day, if any, goes first, in the top lane: it was asked for. The events follow,
/// greedy, each in the first lane with room for it, from the top. An event may reach no
/// further than the line of the flag `lanes` places after it, so every event finds a free lane
/// (at most `lanes - 1` earlier flags can still reach past any line) except beside the marked
/// day. Titles are shortened to their room by `fit` (`fit(text, room)` returns the text that
/// fits, perhaps empty); the "+N more" is kept whole. A flag without room even for that is
/// left out (its line stays).
///
/// # Errors
/// When measuring fails.
pub fn lay_out(
    flags: &[Flag],
    width_px: f64,
    lanes: usize,
    measure: &dyn Fn(&str) -> Result<f64, FigureError>,
    fit: &dyn Fn(&str, f64) -> Result<String, FigureError>,
) -> Result<Vec<Placed>, FigureError> {
    let lanes = lanes.max(1);
    let mut lane_ends = vec![f64::NEG_INFINITY; lanes];
    let mut placed = Vec::new();
    // The text of a flag in `room`, and its width; `None` when nothing fits.
    let text_in = |flag: &Flag, room: f64| -> Result<Option<(String, f64)>, FigureError> {
        let more = more_text(flag.more);
        let more_w = if more.is_empty() {
            0.0
        } else {
            measure(&more)?
        };
        let title = fit(&flag.title, room - more_w)?;
        // A title cut to a letter or two says nothing; the flag is left out instead.
        let kept = title.strip_suffix(ELLIPSIS).map(|t| t.chars().count());
        if title.is_empty() || kept.is_some_and(|n| n < MIN_CHARS_KEPT) {
            return Ok(None);
        }
        let text = format!("{title}{more}").trim().to_owned();
        let width = measure(&text)?;
        Ok((width <= room).then_some((text, width)))
    };
    // The marked day's box in the top lane, where the events keep clear of it.
    let mut marked_box = None;
    if let Some((k, flag)) = flags.iter().enumerate().find(|(_, f)| f.marked) {
        let room = width_px - flag.along_px - TEXT_GAP_PX;
        if let Some((text, text_w)) = text_in(flag, room)? {
            let width = TEXT_GAP_PX + text_w;
            marked_box = Some((flag.along_px, flag.along_px + width));
            placed.push(Placed {
                index: k,
                lane: 0,
                start_px: flag.along_px,
                width_px: width,
                text,
            });
        }
    }
    for (k, flag) in flags.iter().enumerate() {
        if flag.marked {
            continue;
        }
        let start = flag.along_px;
        let mut room = width_px - start - TEXT_GAP_PX;
        if let Some(later) = flags.get(k + lanes) {
            room = room.min(later.along_px - LANE_GAP_PX - start - TEXT_GAP_PX);
        }
        for (lane, lane_end) in lane_ends.iter_mut().enumerate() {
            if *lane_end + LANE_GAP_PX > start {
                continue;
            }
            let mut lane_room = room;
            if lane == 0
                && let Some((marked_start, marked_end)) = marked_box
            {
                if start + LANE_GAP_PX > marked_start && start < marked_end + LANE_GAP_PX {
                    continue;
                }
                if start < marked_start {
                    lane_room = lane_room.min(marked_start - LANE_GAP_PX - start - TEXT_GAP_PX);
                }
            }
            let Some((text, text_w)) = text_in(flag, lane_room)? else {
                continue;
            };
            let width = TEXT_GAP_PX + text_w;
            *lane_end = start + width;
            placed.push(Placed {
                index: k,
                lane,
                start_px: start,
                width_px: width,
                text,
            });
            break;
        }
    }
    Ok(placed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Eight pixels a character: the layout does not depend on a font. (A `Result`, as the
    /// layout's measure is.)
    #[allow(clippy::unnecessary_wraps)]
    fn measure(text: &str) -> Result<f64, FigureError> {
        Ok(8.0 * text.chars().count() as f64)
    }

    /// Keeps whole characters and "…", as `fit_text` does, by the same widths.
    fn fit(text: &str, room: f64) -> Result<String, FigureError> {
        if measure(text)? <= room {
            return Ok(text.to_owned());
        }
        let chars: Vec<char> = text.chars().collect();
        Ok((0..chars.len())
            .rev()
            .map(|n| chars[..n].iter().collect::<String>().trim_end().to_owned() + "…")
            .find(|t| measure(t).is_ok_and(|w| w <= room))
            .filter(|t| t != "…")
            .unwrap_or_default())
    }

    fn marks(days: &[u32]) -> Vec<EventMark> {
        days.iter()
            .enumerate()
            .map(|(i, &day)| EventMark {
                day,
                title: format!("Event number {i} on day {day}"),
            })
            .collect()
    }

    /// No two placed boxes in one lane overlap, none runs past the edge, and each starts at
    /// its line.
    fn assert_apart(flags: &[Flag], placed: &[Placed], width: f64) {
        for (n, a) in placed.iter().enumerate() {
            assert!(a.end_px() <= width + 1e-9, "{a:?} runs past {width}");
            assert_eq!(a.start_px, flags[a.index].along_px);
            for b in &placed[n + 1..] {
                let apart = a.end_px() + LANE_GAP_PX <= b.start_px + 1e-9
                    || b.end_px() + LANE_GAP_PX <= a.start_px + 1e-9;
                assert!(a.lane != b.lane || apart, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn events_of_one_day_share_a_flag_that_counts_the_others() {
        let mut m = marks(&[10, 10, 10, 40]);
        m[0].title = "Aid convoy".to_owned();
        let f = flags(&m, None, |d| f64::from(d) * 10.0);
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].title.as_str(), f[0].more), ("Aid convoy", 2));
        let placed = lay_out(&f, 2000.0, 3, &measure, &fit).expect("laid out");
        assert_eq!(placed[0].text, "Aid convoy +2 more");
        assert_apart(&f, &placed, 2000.0);
    }

    #[test]
    fn crowded_flags_take_lanes_are_shortened_and_never_overlap() {
        let m = marks(&[0, 3, 6, 9, 12, 15, 18, 21, 200]);
        let f = flags(&m, Some(5), |d| f64::from(d) * 4.0);
        let placed = lay_out(&f, 900.0, 3, &measure, &fit).expect("laid out");
        assert_apart(&f, &placed, 900.0);
        assert!(placed.iter().any(|p| p.lane == 2), "{placed:?}");
        assert!(placed.iter().any(|p| p.text.ends_with('…')), "{placed:?}");
        let marked = placed
            .iter()
            .find(|p| f[p.index].marked)
            .expect("the marked day is placed");
        assert_eq!(marked.text, "day 5");
    }

    #[test]
    fn a_title_at_the_far_edge_is_shortened_to_the_edge() {
        let f = flags(&marks(&[95]), None, |d| f64::from(d) * 10.0);
        let placed = lay_out(&f, 1000.0, 2, &measure, &fit).expect("laid out");
        assert_eq!(placed.len(), 1);
        assert!(placed[0].text.ends_with('…'));
        assert_apart(&f, &placed, 1000.0);
    }

    /// Full Phase II's events on a full-HD people chart, measured as the PNG sets them: every
    /// box apart, most days titled, the last ones whole.
    #[test]
    fn full_phase_two_s_events_are_titled_in_lanes_that_never_overprint() {
        use gz_core::geo::Grid;
        use gz_core::model::{Plan, Record};
        use plotters::style::IntoFont;
        crate::fonts::register();
        let scenario = gz_core::scenario::Bundled::named("full_phase_two.ron")
            .expect("bundled")
            .load()
            .expect("loads");
        let run = Plan::new(Grid::strip(), &scenario.inputs()).run(
            scenario.mode,
            scenario.seed,
            Record::Totals,
        );
        let marks = EventMark::of_run(&scenario, Some(&run));
        // The plot of a 1920-wide figure is about 1780 pixels wide.
        let width = 1780.0;
        let per_day = width / f64::from(scenario.horizon_days);
        let f = flags(&marks, None, |d| f64::from(d) * per_day);
        let font = (crate::fonts::FAMILY, 14.0).into_font();
        let measure = |t: &str| crate::drawn_width(t, &font);
        let fit = |t: &str, room: f64| {
            if room <= 0.0 {
                Ok(String::new())
            } else {
                crate::fit_text(t, &font, room.floor() as i32)
            }
        };
        let placed = lay_out(&f, width, 3, &measure, &fit).expect("laid out");
        assert_apart(&f, &placed, width);
        assert!(
            placed.len() * 4 >= f.len() * 3,
            "{} of {} days titled: {placed:?}",
            placed.len(),
            f.len()
        );
        for p in &placed {
            let title = f[p.index].title.as_str();
            let shown = p.text.split(" +").next().unwrap_or_default();
            let shown = shown.strip_suffix(ELLIPSIS).unwrap_or(shown);
            assert!(
                title.starts_with(shown),
                "{:?} is the start of {title:?}",
                p.text
            );
            // The box is the text as measured, after the gap at its line.
            let width = measure(&p.text).expect("measured");
            assert!((p.width_px - TEXT_GAP_PX - width).abs() < 1e-6);
        }
        assert!(
            placed
                .iter()
                .any(|p| p.text == "Full transition with vetted Palestinian police")
        );
    }

    #[test]
    fn many_random_layouts_stay_apart() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let days: Vec<u32> = {
                let mut d: Vec<u32> = (0..next() % 25).map(|_| (next() % 800) as u32).collect();
                d.sort_unstable();
                d
            };
            let width = 300.0 + (next() % 1600) as f64;
            let lanes = 1 + (next() % 3) as usize;
            let marked = (next() % 2 == 0).then(|| (next() % 800) as u32);
            let f = flags(&marks(&days), marked, |d| f64::from(d) * width / 800.0);
            let placed = lay_out(&f, width, lanes, &measure, &fit).expect("laid out");
            assert_apart(&f, &placed, width);
        }
    }
}
