//! The categories numbers are reported in: the four zones, with the gray land behind the
//! withdrawal line (and in the restricted zone beyond it) taken out of gray as its own
//! category, because it is held by Israeli forces, not under international management.
//!
//! Reporting only: the rules work on the four zones, and no run's numbers change. Everything
//! that shows or writes a total takes it from [`DayRecord::reported`], so that no two places
//! split gray differently.

use serde::{Deserialize, Serialize};
use strum::{EnumCount, IntoStaticStr, VariantArray};

use super::output::DayRecord;
use super::zone::Zone;

/// A reporting category: a zone, or the held gray land.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    VariantArray,
    EnumCount,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[repr(u8)]
pub enum Category {
    Red = 0,
    Green = 1,
    /// Gray land outside the line: cleared, under international management.
    Gray = 2,
    /// Gray land behind the line or in the restricted zone beyond it. A haven behind the line
    /// stays green; red and blue land is never held.
    Held = 3,
    Blue = 4,
}

impl Category {
    /// In the order tables, charts and legends show them: held next to the gray it was
    /// counted with.
    pub const ALL: [Self; Self::COUNT] = crate::variants::array(Self::VARIANTS);

    /// How many there are, for sizing arrays without importing strum's trait.
    pub const COUNT: usize = <Self as EnumCount>::COUNT;

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The name CSV headers use (`held_km2`, `final_held_pop`).
    #[must_use]
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The zone the model counts the category's land in.
    #[must_use]
    pub fn zone(self) -> Zone {
        match self {
            Self::Red => Zone::Red,
            Self::Green => Zone::Green,
            Self::Gray | Self::Held => Zone::Gray,
            Self::Blue => Zone::Blue,
        }
    }

    /// The category of a zone's land outside the line.
    #[must_use]
    pub fn of_zone(zone: Zone) -> Self {
        match zone {
            Zone::Red => Self::Red,
            Zone::Green => Self::Green,
            Zone::Gray => Self::Gray,
            Zone::Blue => Self::Blue,
        }
    }

    /// The category of a cell's land in `zone`, held or not.
    #[must_use]
    pub fn of(zone: Zone, held: bool) -> Self {
        if held && zone == Zone::Gray {
            Self::Held
        } else {
            Self::of_zone(zone)
        }
    }

    /// A few words for legends and table rows, in the words the map uses for held land.
    #[must_use]
    pub fn short_meaning(self) -> &'static str {
        match self {
            Self::Held => "held by Israeli forces behind the line",
            Self::Gray => "reconstruction outside the line",
            zone => zone.zone().short_meaning(),
        }
    }

    /// One line, neutral.
    #[must_use]
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Held => {
                "behind the withdrawal line or in the restricted zone beyond it: held by Israeli forces, no international management or civilian return while held"
            }
            zone => zone.zone().meaning(),
        }
    }
}

/// One day's land and people in each [`Category`], indexed by [`Category::index`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Reported {
    pub area_km2: [f64; Category::COUNT],
    pub people: [f64; Category::COUNT],
}

impl Reported {
    #[must_use]
    pub fn area(&self, category: Category) -> f64 {
        self.area_km2[category.index()]
    }

    #[must_use]
    pub fn people_in(&self, category: Category) -> f64 {
        self.people[category.index()]
    }
}

impl DayRecord {
    /// The day's totals by reporting category: the model's gray split into gray outside the
    /// line and held, so that the two add up to the model's gray exactly (see
    /// [`split_gray`]); the other zones as they are.
    #[must_use]
    pub fn reported(&self) -> Reported {
        let split = |zones: &[f64; 4], held: f64| {
            let (outside, held) = split_gray(zones[Zone::Gray.index()], held);
            Category::ALL.map(|c| match c {
                Category::Gray => outside,
                Category::Held => held,
                c => zones[c.zone().index()],
            })
        };
        Reported {
            area_km2: split(&self.area_km2, self.held_gray_km2),
            people: split(&self.people, self.held_gray_people),
        }
    }
}

/// The model's gray `total` as (outside the line, held), given the held gray summed apart.
///
/// Format 1 of the CSV wrote `total`; a reader who adds format 2's gray and held must get that
/// number to the last digit. A plain `total - held` does not promise it (the difference is
/// rounded), so one of the two is taken as the exact remainder of the other, which the
/// subtraction gives without rounding when the two are within a factor of two of each other
/// (Sterbenz): held as summed when it is at least half the gray, otherwise gray outside as
/// rounded, with held the exact rest (then within half a unit in the last place of `total` of
/// its sum). The two sums run over cells in different orders, so held may exceed `total` in the
/// last digit when all gray land is held: it is then all held.
#[must_use]
pub fn split_gray(total: f64, held: f64) -> (f64, f64) {
    if held >= total {
        (0.0, total)
    } else if held >= 0.5 * total {
        (total - held, held)
    } else {
        let outside = total - held;
        (outside, total - outside)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_gray_is_taken_out_of_gray_and_nothing_else_moves() {
        let day = DayRecord {
            area_km2: [10.0, 20.0, 30.0, 40.0],
            people: [1.0, 2.0, 3.0, 4.0],
            held_gray_km2: 12.0,
            held_gray_people: 0.5,
            ..DayRecord::default()
        };
        let r = day.reported();
        assert_eq!(r.area_km2, [10.0, 20.0, 18.0, 12.0, 40.0]);
        assert_eq!(r.people, [1.0, 2.0, 2.5, 0.5, 4.0]);
        let total: f64 = r.area_km2.iter().sum();
        assert_eq!(total, day.area_km2.iter().sum::<f64>());
    }

    #[test]
    fn gray_and_held_add_up_to_the_models_gray_to_the_last_digit() {
        let exact = |total: f64, held: f64| {
            let (outside, kept) = split_gray(total, held);
            assert_eq!(outside + kept, total, "{total} {held}");
            assert!(outside >= 0.0 && kept >= 0.0);
            assert!(
                (kept - held).abs() <= total * f64::EPSILON,
                "{total} {held}"
            );
        };
        // A pair where `total - held` rounds so that adding `held` back misses `total`, and
        // no gray outside the line would do: held must give way in its last digit.
        exact(101_116.367_866_172_12, 30_230.666_681_639_086);
        exact(0.1 + 0.2, 0.1);
        exact(5.0, 5.0);
        exact(0.0, 0.0);
        let mut x = 1.0e5_f64;
        for k in 0..10_000 {
            x = x * 1.000_37 + 0.013;
            exact(x, x * f64::from(k % 101) / 100.0);
        }
        // All gray held, the held sum a last digit above the total.
        assert_eq!(split_gray(3.0, 3.0 + 1e-15), (0.0, 3.0));
    }

    #[test]
    fn every_category_maps_back_to_its_zone() {
        for zone in Zone::ALL {
            assert_eq!(Category::of_zone(zone).zone(), zone);
            assert_eq!(Category::of(zone, true).zone(), zone);
        }
        assert_eq!(Category::of(Zone::Gray, true), Category::Held);
        assert_eq!(Category::of(Zone::Green, true), Category::Green);
        let keys: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(keys, ["red", "green", "gray", "held", "blue"]);
    }
}
