//! Where the timeline's event titles go: in a few lanes above the curves, none over another,
//! each either whole or shortened after a whole word with "…" (the full title on hover).
//!
//! Pure layout over widths, so that it is tested without a window: the caller measures text.

/// What is put at the end of a shortened title.
pub const ELLIPSIS: &str = "…";

/// An event's title and the screen x of its marker line, in points.
#[derive(Clone, Debug)]
pub struct LabelIn<'a> {
    pub x_pt: f32,
    pub title: &'a str,
}

/// A title placed: in which lane (0 at the top), from where, how wide, and what is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into the labels given.
    pub index: usize,
    pub lane: usize,
    pub left_pt: f32,
    pub width_pt: f32,
    /// The title, or its first words and [`ELLIPSIS`].
    pub text: String,
    pub whole: bool,
}

impl Placed {
    #[must_use]
    pub fn right_pt(&self) -> f32 {
        self.left_pt + self.width_pt
    }
}

/// The room between a marker line and its title, and between two titles in a lane.
pub const GAP_PT: f32 = 6.0;

/// Lays the titles out in `lanes` lanes between their markers and `right_edge_pt`.
///
/// Greedy in day order, top lane first. A title may reach no further than the marker `lanes`
/// places after it: every title up to that one then still finds a free lane (at most
/// `lanes - 1` earlier titles can reach past any marker), so crowded days shorten titles
/// instead of dropping them. A title with not even its first word's room is left out (its
/// marker line stays, with the title on hover).
#[must_use]
pub fn lay_out(
    labels: &[LabelIn<'_>],
    measure: impl Fn(&str) -> f32,
    right_edge_pt: f32,
    lanes: usize,
) -> Vec<Placed> {
    let lanes = lanes.max(1);
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by(|&a, &b| labels[a].x_pt.total_cmp(&labels[b].x_pt));
    let mut lane_ends = vec![f32::NEG_INFINITY; lanes];
    let mut placed = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let label = &labels[i];
        let left = label.x_pt + GAP_PT / 2.0;
        let Some(lane) = lane_ends.iter().position(|&end| end + GAP_PT <= left) else {
            continue;
        };
        let mut room = right_edge_pt - left;
        if let Some(&later) = order.get(k + lanes) {
            room = room.min(labels[later].x_pt + GAP_PT / 2.0 - GAP_PT - left);
        }
        let Some((text, width, whole)) = fit(label.title, &measure, room) else {
            continue;
        };
        lane_ends[lane] = left + width;
        placed.push(Placed {
            index: i,
            lane,
            left_pt: left,
            width_pt: width,
            text,
            whole,
        });
    }
    placed
}

/// The title if it fits in `room_pt`, else its longest run of whole first words with
/// [`ELLIPSIS`] that does; `None` when not even one word does.
fn fit(title: &str, measure: &impl Fn(&str) -> f32, room_pt: f32) -> Option<(String, f32, bool)> {
    let title = title.trim();
    if title.is_empty() || room_pt <= 0.0 {
        return None;
    }
    let width = measure(title);
    if width <= room_pt {
        return Some((title.to_owned(), width, true));
    }
    // Ends of words: the byte after each word, in order.
    let ends: Vec<usize> = title
        .char_indices()
        .zip(title.chars().skip(1))
        .filter(|&((_, c), next)| !c.is_whitespace() && next.is_whitespace())
        .map(|((at, c), _)| at + c.len_utf8())
        .collect();
    ends.iter().rev().find_map(|&end| {
        // A word's trailing comma or dash reads badly before the ellipsis.
        let words = title[..end].trim_end_matches([',', ';', ':', '-', '–', '—', '·']);
        if words.is_empty() {
            return None;
        }
        let text = format!("{words}{ELLIPSIS}");
        let width = measure(&text);
        (width <= room_pt).then_some((text, width, false))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seven points a character: the tests do not depend on a font.
    fn measure(text: &str) -> f32 {
        7.0 * text.chars().count() as f32
    }

    /// The titles of a crowded stretch: the ones that overlapped and were cut on a laptop.
    const TITLES: [&str; 8] = [
        "Exchange of fire near the line in Khan Younis",
        "Aid convoy",
        "International force deploys in Rafah",
        "Strike on a crossing",
        "Technocratic committee takes over services",
        "Withdrawal to the second line",
        "Ceasefire holds",
        "Haven declared in Gaza City",
    ];

    fn assert_sound(labels: &[LabelIn<'_>], placed: &[Placed], right_edge: f32) {
        for (n, a) in placed.iter().enumerate() {
            let title = labels[a.index].title.trim();
            assert!(
                a.right_pt() <= right_edge + 1e-3,
                "{:?} runs past the edge",
                a.text
            );
            assert!(
                a.left_pt >= labels[a.index].x_pt,
                "{:?} starts before its marker",
                a.text
            );
            if a.whole {
                assert_eq!(a.text, title);
            } else {
                let shown = a
                    .text
                    .strip_suffix(ELLIPSIS)
                    .expect("ends with the ellipsis");
                assert!(!shown.is_empty());
                assert!(
                    title.starts_with(shown),
                    "{shown:?} is the start of {title:?}"
                );
                let next = title[shown.len()..].chars().next();
                assert!(
                    next.is_some_and(|c| c.is_whitespace() || ",;:-–—·".contains(c)),
                    "{:?} ends at a word boundary of {title:?}",
                    a.text
                );
            }
            assert!((a.width_pt - measure(&a.text)).abs() < 1e-3);
            for b in &placed[n + 1..] {
                let apart = a.right_pt() + GAP_PT <= b.left_pt + 1e-3
                    || b.right_pt() + GAP_PT <= a.left_pt + 1e-3;
                assert!(
                    a.lane != b.lane || apart,
                    "{:?} and {:?} overlap in lane {}",
                    a.text,
                    b.text,
                    a.lane
                );
            }
        }
    }

    #[test]
    fn titles_far_apart_are_whole_in_the_top_lane() {
        let labels: Vec<_> = TITLES
            .iter()
            .enumerate()
            .map(|(i, t)| LabelIn {
                x_pt: i as f32 * 400.0,
                title: t,
            })
            .collect();
        let placed = lay_out(&labels, measure, 4000.0, 3);
        assert_eq!(placed.len(), TITLES.len());
        assert!(placed.iter().all(|p| p.whole && p.lane == 0));
        assert_sound(&labels, &placed, 4000.0);
    }

    #[test]
    fn crowded_titles_take_lanes_and_are_shortened_at_words_never_overlapping() {
        // A laptop's timeline: eight events within 240 points.
        let labels: Vec<_> = TITLES
            .iter()
            .enumerate()
            .map(|(i, t)| LabelIn {
                x_pt: 100.0 + i as f32 * 30.0,
                title: t,
            })
            .collect();
        let placed = lay_out(&labels, measure, 900.0, 3);
        assert_sound(&labels, &placed, 900.0);
        assert!(placed.iter().any(|p| p.lane > 0), "lanes are used");
        assert!(placed.iter().any(|p| !p.whole), "some are shortened");
        // Three lanes and a marker every 30 points leave each title 84 points: one word or two.
        assert!(placed.len() >= 6, "most keep a label: {placed:?}");
        let exchange = placed.iter().find(|p| p.index == 0).expect("first placed");
        assert_eq!(exchange.text, "Exchange of…");
    }

    #[test]
    fn the_last_title_is_shortened_at_the_right_edge_not_cut_mid_word() {
        let labels = [LabelIn {
            x_pt: 700.0,
            title: "Exchange of fire near the line in Khan Younis",
        }];
        let placed = lay_out(&labels, measure, 900.0, 2);
        assert_eq!(placed.len(), 1);
        assert_eq!(placed[0].text, "Exchange of fire near the…");
        assert_sound(&labels, &placed, 900.0);
    }

    #[test]
    fn a_title_without_room_for_a_word_is_left_out() {
        let labels = [
            LabelIn {
                x_pt: 0.0,
                title: "Internationalisation",
            },
            LabelIn {
                x_pt: 10.0,
                title: "Haven",
            },
        ];
        let placed = lay_out(&labels, measure, 900.0, 1);
        assert_eq!(placed.len(), 1, "{placed:?}");
        assert_eq!(placed[0].text, "Haven");
    }

    #[test]
    fn many_layouts_of_real_looking_titles_stay_sound() {
        // A small deterministic generator (no dependency): days, widths and lane counts vary.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..500 {
            let n = (next() % 20) as usize;
            let right_edge = 200.0 + (next() % 1500) as f32;
            let lanes = 1 + (next() % 3) as usize;
            let labels: Vec<_> = (0..n)
                .map(|_| LabelIn {
                    x_pt: (next() % 1600) as f32 * right_edge / 1600.0,
                    title: TITLES[(next() % TITLES.len() as u64) as usize],
                })
                .collect();
            let placed = lay_out(&labels, measure, right_edge, lanes);
            assert_sound(&labels, &placed, right_edge);
        }
    }

    #[test]
    fn right_to_left_titles_are_shortened_at_their_words_too() {
        let title = "تبادل إطلاق نار قرب الخط";
        let labels = [LabelIn { x_pt: 0.0, title }];
        let placed = lay_out(&labels, measure, 100.0, 1);
        assert_eq!(placed[0].text, "تبادل إطلاق…");
        assert_sound(&labels, &placed, 100.0);
    }
}
