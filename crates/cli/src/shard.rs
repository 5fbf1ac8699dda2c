//! `--shard K/N`: one contiguous slice of a large job, for a cluster's job array.

use std::ops::Range;
use std::str::FromStr;

/// Slice `index` (1-based) of `count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl Shard {
    /// The items of `total` this shard computes. The slices of all shards are contiguous, do
    /// not overlap and cover everything, whatever the numbers.
    #[must_use]
    pub fn range(self, total: u64) -> Range<u64> {
        let at = |k: u64| {
            u64::try_from(u128::from(total) * u128::from(k) / u128::from(self.count))
                .unwrap_or(total)
        };
        at(self.index - 1)..at(self.index)
    }

    /// The header line that names this shard and the `items` ("runs", "items") it computed
    /// out of `total`; `merge` reads it back.
    #[must_use]
    pub fn header_line(self, total: u64, items: &str) -> String {
        let slice = self.range(total);
        format!(
            "# shard: {self} ({items} {} to {})",
            slice.start,
            slice.end.saturating_sub(1)
        )
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("\"{text}\" is not a shard; write K/N with 1 <= K <= N, e.g. 3/16");
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let index: u64 = k.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        if index == 0 || count == 0 || index > count {
            return Err(bad());
        }
        Ok(Self { index, count })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_cover_every_item_exactly_once() {
        for total in [0, 1, 7, 100, 1001] {
            for count in 1..=9 {
                let mut next = 0;
                for index in 1..=count {
                    let r = Shard { index, count }.range(total);
                    assert_eq!(r.start, next);
                    next = r.end;
                }
                assert_eq!(next, total);
            }
        }
    }

    #[test]
    fn bad_shards_are_refused() {
        assert!("0/3".parse::<Shard>().is_err());
        assert!("4/3".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
        assert_eq!("2/3".parse::<Shard>(), Ok(Shard { index: 2, count: 3 }));
    }
}
