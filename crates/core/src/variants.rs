//! Fixed-length tables of an enum's variants, taken from the list strum derives, so that the
//! variants are written once (in the enum) and every `ALL` follows them.

/// `variants` as an array, for a `const ALL: [Self; N]` that code indexes, maps or sizes
/// other arrays by. Evaluated at compile time, where a wrong `N` stops the build.
pub(crate) const fn array<T: Copy, const N: usize>(variants: &[T]) -> [T; N] {
    assert!(
        variants.len() == N,
        "the table's length is not the enum's number of variants"
    );
    let mut out = [variants[0]; N];
    let mut i = 1;
    while i < N {
        out[i] = variants[i];
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::geo::Governorate;
    use crate::model::{CategoricalDriver, Driver, DriverValues, Param, Rule, Zone};

    /// The name serde writes in a file for `value`.
    fn in_file<T: serde::Serialize>(value: &T) -> String {
        ron::to_string(value).unwrap_or_default()
    }

    #[test]
    fn every_key_is_the_name_scenario_files_use() {
        for z in Zone::ALL {
            assert_eq!(z.key(), in_file(&z));
        }
        for g in Governorate::ALL {
            assert_eq!(g.key(), in_file(&g));
        }
        for r in Rule::ALL {
            assert_eq!(r.key(), in_file(&r));
        }
        for &p in Param::ALL {
            assert_eq!(p.key(), in_file(&p));
            assert_eq!(p.info().key, p.key());
        }
        for d in Driver::ALL {
            assert_eq!(d.key(), in_file(&d));
            assert_eq!(d.info().key, d.key());
        }
        // Both kinds of driver are fields of the start block.
        let start = in_file(&DriverValues::default());
        let keys = Driver::ALL
            .map(Driver::key)
            .into_iter()
            .chain(CategoricalDriver::ALL.map(CategoricalDriver::key));
        for key in keys {
            assert!(start.contains(&format!("{key}:")), "{key} in {start}");
        }
    }

    #[test]
    fn keys_read_back_as_their_variants() {
        for d in Driver::ALL {
            assert_eq!(d.key().parse::<Driver>(), Ok(d));
        }
        for d in CategoricalDriver::ALL {
            assert_eq!(d.key().parse::<CategoricalDriver>(), Ok(d));
        }
        for r in Rule::ALL {
            assert_eq!(r.key().parse::<Rule>(), Ok(r));
        }
        assert!("Clearance".parse::<Rule>().is_err());
    }

    #[test]
    fn tables_keep_the_order_of_declaration() {
        assert_eq!(Zone::ALL, [Zone::Red, Zone::Green, Zone::Gray, Zone::Blue]);
        assert_eq!(Governorate::ALL[0], Governorate::NorthGaza);
        assert_eq!(Governorate::ALL[4], Governorate::Rafah);
        for (i, r) in Rule::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i);
        }
    }
}
