//! The header lines that say when each conditional event (milestone) fired: in one run, or
//! how often and when over an ensemble. They are comment lines like the rest of the header,
//! so a reader of the table that skips comments reads the same columns as before.

use super::safe_text::csv_comment;
use crate::model::Event;
use crate::model::milestones::{FiredSummary, fired_days};

/// `# milestone: events[2] Withdrawal to 40 %: fired day 214`, or `never`, one line per
/// conditional event of `events`; none when it has none.
#[must_use]
pub fn run_lines(events: &[Event], fired: &[(usize, u32)]) -> Vec<String> {
    fired_days(events, fired)
        .into_iter()
        .map(|(index, when)| {
            let when = if when == "never" {
                when
            } else {
                format!("fired {when}")
            };
            line(events, index, &when)
        })
        .collect()
}

/// `# milestone: events[2] ...: fired in 62% of 1000 runs, median day 214 (days 164–301)`.
#[must_use]
pub fn ensemble_lines(events: &[Event], summaries: &[FiredSummary]) -> Vec<String> {
    summaries
        .iter()
        .map(|s| line(events, s.index, &s.describe()))
        .collect()
}

fn line(events: &[Event], index: usize, what: &str) -> String {
    let label = events.get(index).map(Event::label).unwrap_or_default();
    format!(
        "# milestone: events[{index}] {}: {what}",
        csv_comment(&label)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Condition, Crossing, Driver, Threshold, Trigger};

    #[test]
    fn each_conditional_event_gets_a_line() {
        let waiting = Event {
            when: Some(Trigger::once(Condition::Driver(
                Driver::DisarmamentShare,
                Threshold::AtLeast(0.5),
            ))),
            title: "Rafah opens".to_owned(),
            ..Event::at(0, Action::Rafah(Crossing::Open))
        };
        let events = [Event::at(3, Action::Rafah(Crossing::Closed)), waiting];
        assert_eq!(
            run_lines(&events, &[(1, 40)]),
            ["# milestone: events[1] Rafah opens: fired day 40"]
        );
        assert_eq!(
            run_lines(&events, &[]),
            ["# milestone: events[1] Rafah opens: never"]
        );
    }
}
