//! Joins the pieces of one cell into its outline for a map file. A cell is built from pieces
//! (a square cut by a governorate border, slivers folded into a neighbour) that share edges;
//! written as they are, the parts of a `MultiPolygon` would touch along lines, which GIS tools
//! call invalid and refuse in analyses. Edges that two pieces share, once in each direction,
//! are inner edges: dropping them and chaining the rest gives the outline.
//!
//! Points are compared exactly on a lattice of 1e-7 degrees, the precision the file keeps. When
//! the pieces do not meet vertex for vertex (one piece has a point on another's edge) or the
//! outline would have a hole or a pinch, the pieces are kept as they are: still a correct
//! map, only not joined.

use std::collections::BTreeMap;

/// A point on the lattice: longitude and latitude in steps of 1e-7 degrees.
pub type Lattice = [i64; 2];

/// Twice the signed area in lattice units; positive when counter-clockwise on a map (east
/// right, north up). Exact in integers: the Strip spans under 1e7 steps each way.
#[must_use]
pub fn twice_signed_area(ring: &[Lattice]) -> i128 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            i128::from(a[0]) * i128::from(b[1]) - i128::from(b[0]) * i128::from(a[1])
        })
        .sum()
}

/// The outline of `pieces` (open, counter-clockwise rings without repeated points): its
/// parts, each one counter-clockwise open ring; or the pieces themselves when they cannot be
/// joined cleanly.
#[must_use]
pub fn dissolve(pieces: Vec<Vec<Lattice>>) -> Vec<Vec<Lattice>> {
    if pieces.len() < 2 {
        return pieces;
    }
    match join(&pieces) {
        Some(outline) => outline,
        None => pieces,
    }
}

fn join(pieces: &[Vec<Lattice>]) -> Option<Vec<Vec<Lattice>>> {
    // How often each directed edge occurs, less how often its reverse does.
    let mut edges: BTreeMap<(Lattice, Lattice), i32> = BTreeMap::new();
    for ring in pieces {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            match edges.get_mut(&(b, a)) {
                Some(n) if *n > 0 => *n -= 1,
                _ => *edges.entry((a, b)).or_insert(0) += 1,
            }
        }
    }
    let mut next: BTreeMap<Lattice, Lattice> = BTreeMap::new();
    for (&(a, b), &n) in &edges {
        match n {
            0 => {}
            // Two outer edges leaving one point: the outline pinches there.
            1 if !next.contains_key(&a) => {
                next.insert(a, b);
            }
            _ => return None,
        }
    }
    let mut outline = Vec::new();
    while let Some((&start, _)) = next.iter().next() {
        let mut ring = vec![start];
        let mut at = next.remove(&start)?;
        while at != start {
            ring.push(at);
            at = next.remove(&at)?;
        }
        outline.push(ring);
    }
    let area = |rings: &[Vec<Lattice>]| rings.iter().map(|r| twice_signed_area(r)).sum::<i128>();
    // A hole, or land lost or gained on the way, means the pieces did not fit together.
    let fits = outline.iter().all(|r| twice_signed_area(r) > 0) && area(&outline) == area(pieces);
    fits.then_some(outline)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: i64, y: i64) -> Vec<Lattice> {
        vec![[x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10]]
    }

    #[test]
    fn two_squares_side_by_side_become_one_outline() {
        let joined = dissolve(vec![square(0, 0), square(10, 0)]);
        assert_eq!(joined.len(), 1);
        assert_eq!(twice_signed_area(&joined[0]), 400);
        assert_eq!(joined[0].len(), 6, "{joined:?}");
    }

    #[test]
    fn apart_pieces_stay_apart_and_mismatched_ones_stay_as_they_are() {
        let apart = dissolve(vec![square(0, 0), square(30, 0)]);
        assert_eq!(apart.len(), 2);
        // The right square's edge has a point the left one lacks: no shared edge to drop.
        let mut right = square(10, 0);
        right.push([10, 5]);
        let kept = dissolve(vec![square(0, 0), right.clone()]);
        assert_eq!(kept, vec![square(0, 0), right]);
        // Four squares round a missing one would leave a hole: kept as pieces.
        let ring = vec![
            square(0, 0),
            square(10, 0),
            square(20, 0),
            square(0, 10),
            square(20, 10),
            square(0, 20),
            square(10, 20),
            square(20, 20),
        ];
        assert_eq!(dissolve(ring.clone()), ring);
    }

    #[test]
    fn squares_meeting_at_a_corner_are_kept_as_pieces() {
        let pieces = vec![square(0, 0), square(10, 10)];
        assert_eq!(dissolve(pieces.clone()), pieces);
    }
}
