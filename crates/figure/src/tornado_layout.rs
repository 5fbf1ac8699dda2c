//! Where a tornado bar's two end labels go, shared by the app's chart and the exported figure
//! so that both read the same way.

use gz_core::model::sensitivity::TornadoBar;
use gz_i18n::format::lever_value;

/// A lever's value written beyond the end of its segment.
#[derive(Clone, Debug, PartialEq)]
pub struct EndLabel {
    /// Where the segment ends (the indicator's value).
    pub at: f64,
    /// +1: written to the right of the end; −1: to the left.
    pub side: f32,
    pub text: String,
    /// Which half of the row, when both ends lie on one side of the baseline.
    pub half: Half,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Half {
    Upper,
    Lower,
    Whole,
}

/// Whether `v` differs from the bar's baseline by more than rounding noise.
#[must_use]
pub fn moves(bar: &TornadoBar, v: f64) -> bool {
    (v - bar.baseline).abs() > 1e-9 * bar.baseline.abs().max(1.0)
}

/// The labels of a row's two ends, the lever's low end first; none when neither end moves
/// the indicator (the row then says "no change").
#[must_use]
pub fn end_labels(bar: &TornadoBar) -> Vec<EndLabel> {
    let (min_moves, max_moves) = (moves(bar, bar.at_min), moves(bar, bar.at_max));
    if !min_moves && !max_moves {
        return Vec::new();
    }
    let min_side = (bar.at_min - bar.baseline).signum() as f32;
    let max_side = (bar.at_max - bar.baseline).signum() as f32;
    // Both ends on one side of the scenario's value: split the row so neither hides the other.
    let same_side = min_moves && max_moves && min_side == max_side;
    // An end that does not move is written on the far side of the one that does.
    let other_side = if min_moves { min_side } else { max_side };
    let side = |moved: bool, s: f32| if moved { s } else { -other_side };
    vec![
        EndLabel {
            at: bar.at_min,
            side: side(min_moves, min_side),
            text: lever_value(bar.lever, bar.min_value),
            half: if same_side { Half::Upper } else { Half::Whole },
        },
        EndLabel {
            at: bar.at_max,
            side: side(max_moves, max_side),
            text: lever_value(bar.lever, bar.max_value),
            half: if same_side { Half::Lower } else { Half::Whole },
        },
    ]
}
