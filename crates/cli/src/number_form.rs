//! A fast, exact test that a cell of a shard is a number as this program writes it
//! (`report::number`: Rust's shortest round-trip form, no sign, no exponent). Writing every
//! value back to text to compare costs more than everything else `merge` does; this test
//! decides nearly every cell with one parse and a little integer arithmetic, and says "don't
//! know" for the rest, which the caller then checks the slow way.
//!
//! Rust writes a finite double `v` with the fewest significant digits that read back as `v`,
//! and of those the closest to `v`. So a text of `n` significant digits that reads as `v` is
//! that form when no decimal of `n - 1` digits reads as `v`, and it is the `n`-digit decimal
//! closest to `v`.

/// Any decimal of at most this many significant digits reads back to itself through a double
/// (10^15 < 2^52): two such decimals that read as the same double are the same number, so such
/// a text is the shortest form, and the only one of its length.
const UNIQUE_DIGITS: u32 = 15;

/// Below this, doubles lose precision (subnormals), and the arguments here need care; far below
/// any value a shard holds.
const SMALLEST_SURE: f64 = 1e-300;

/// The digits of a decimal written without sign, exponent or needless zeros.
struct Decimal {
    /// All its digits as one number (the value is `digits / 10^fraction_digits`).
    digits: u64,
    fraction_digits: u32,
    significant: u32,
}

fn decimal(text: &[u8]) -> Option<Decimal> {
    // One pass: this runs for most cells of a shard.
    let mut digits = 0_u64;
    let mut significant = 0_u32;
    let mut point = None;
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'0'..=b'9' => {
                significant += u32::from(significant > 0 || b != b'0');
                digits = digits.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            }
            b'.' if point.is_none() => point = Some(i),
            _ => return None,
        }
    }
    let whole = point.map_or(text, |p| &text[..p]);
    let fraction_digits = point.map_or(0, |p| text.len() - p - 1);
    let needless_zero = (whole.len() > 1 && whole[0] == b'0')
        || (point.is_some() && text.last().is_none_or(|&b| b == b'0' || b == b'.'));
    if whole.is_empty() || needless_zero {
        return None;
    }
    if point.is_none() {
        // A whole number's trailing zeros only place the point.
        let zeros = text.iter().rev().take_while(|&&b| b == b'0').count();
        significant -= u32::try_from(zeros).ok()?;
    }
    // 19 digits fit in 64 bits; longer texts are never the shortest form of a double.
    if significant > 19 {
        return None;
    }
    Some(Decimal {
        digits,
        fraction_digits: u32::try_from(fraction_digits).ok()?,
        significant,
    })
}

/// 5^i for every power that fits in 64 bits.
const POWERS_OF_FIVE: [u64; 28] = {
    let mut powers = [1_u64; 28];
    let mut i = 1;
    while i < powers.len() {
        powers[i] = powers[i - 1] * 5;
        i += 1;
    }
    powers
};

/// The value of `text` when it is certainly written as `report::number` writes a non-negative
/// number. `None` does not mean the text is wrong, only that this test cannot tell.
#[must_use]
pub fn plain_value(text: &[u8]) -> Option<f64> {
    if text == b"0" {
        return Some(0.0);
    }
    let decimal = decimal(text)?;
    let value: f64 = std::str::from_utf8(text).ok()?.parse().ok()?;
    if !(value.is_finite() && value >= SMALLEST_SURE) {
        return None;
    }
    let sure = decimal.significant <= UNIQUE_DIGITS || shortest_and_closest(&decimal, value)?;
    debug_assert!(!sure || gz_core::report::number(value).as_bytes() == text);
    sure.then_some(value)
}

/// Whether `d`, which reads as `v`, is the shortest and closest decimal that does, worked out
/// exactly in integers; `None` when they would not fit in 128 bits (outside a shard's values).
fn shortest_and_closest(d: &Decimal, v: f64) -> Option<bool> {
    // v = m / 2^q, a normal double.
    let bits = v.to_bits();
    let biased = u32::try_from(bits >> 52).ok()?;
    let q = 1075_u32.checked_sub(biased)?;
    let f = d.fraction_digits;
    if biased == 0 || f == 0 {
        return None;
    }
    let m = (bits & ((1 << 52) - 1)) | (1 << 52);
    // Everything times 2^(q + 2) * 5^f, so that all are whole numbers, each the product of two
    // 64-bit numbers: the text, digits / 10^f, becomes digits * 2^shift.
    let shift = (q + 2).checked_sub(f).filter(|s| (1..64).contains(s))?;
    let five_f = *POWERS_OF_FIVE.get(f as usize)?;
    let wide = |a: u64, b: u64| u128::from(a) * u128::from(b);
    let at = |decimal_digits: u64| wide(decimal_digits, 1 << shift);
    let text = at(d.digits);
    let value = wide(4 * m, five_f);
    // Closest: strictly within half a unit of the last digit (a tie is left to the slow check).
    if text.abs_diff(value) >= 1 << (shift - 1) {
        return Some(false);
    }
    // What reads as v: the numbers between the midpoints to its neighbours, the midpoints too
    // when m is even (ties go to the even mantissa). Below a power of two the lower neighbour
    // is half as far.
    let above = wide(4 * m + 2, five_f);
    let below = if m == 1 << 52 && biased > 1 {
        wide(4 * m - 1, five_f)
    } else {
        wide(4 * m - 2, five_f)
    };
    let even = m.is_multiple_of(2);
    let reads_as_v = |c: u128| (below < c && c < above) || (even && (c == below || c == above));
    // Shortest: neither neighbour one digit shorter reads as v (any shorter decimal that did
    // would put one of them between it and the text).
    let shorter_below = d.digits / 10 * 10;
    Some(!reads_as_v(at(shorter_below)) && !reads_as_v(at(shorter_below + 10)))
}
/// The value of `text` when it is a whole number as this program writes it (digits only, no
/// sign, no leading zero); `None` when it is not, or too large for 64 bits.
#[must_use]
pub fn whole_value(text: &[u8]) -> Option<u64> {
    if text.is_empty() || (text.len() > 1 && text[0] == b'0') {
        return None;
    }
    text.iter().try_fold(0_u64, |n, &b| {
        if b.is_ascii_digit() {
            n.checked_mul(10)?.checked_add(u64::from(b - b'0'))
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gz_core::report::number;

    #[test]
    fn written_numbers_of_up_to_fifteen_digits_are_recognised() {
        for v in [
            0.0,
            1.0,
            3.0,
            0.5,
            0.25,
            1_500_000.0,
            1e21,
            2_130_000.0,
            0.1,
            0.000_123,
            171.5,
            1e-7,
        ] {
            assert_eq!(plain_value(number(v).as_bytes()), Some(v), "{v}");
        }
    }

    #[test]
    fn other_forms_are_left_to_the_slow_check() {
        for text in [
            "",
            "00",
            "03",
            "+3",
            "-1",
            "-0",
            "3.0",
            "3.",
            ".5",
            "1e2",
            "1E2",
            " 3",
            "3 ",
            "0.50",
            "NaN",
            "inf",
            "0x10",
            "1_000",
            "0.0",
            "1.2.3",
            // Read as 0.1 and 0.30000000000000004, but not the shortest, or not the closest.
            "0.10000000000000001",
            "0.30000000000000005",
            "171.386686182741021",
            // Too small to be sure of.
            "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000\
             00000000000000000000000000000000000000000000000000000000000000000000000000000000\
             00000000000000000000000000000000000000000000000000000000000000000000000000000000\
             000000000000000000000000000000000000000000000000000000000000000000000000000001",
        ] {
            assert_eq!(plain_value(text.as_bytes()), None, "{text}");
        }
    }

    /// A small xorshift generator: the same numbers every run.
    fn numbers() -> impl FnMut() -> u64 {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        }
    }

    #[test]
    fn a_recognised_text_is_always_what_the_program_writes() {
        // Decimals of every shape and length: whenever the fast test says yes, writing the
        // value gives back the very text.
        let mut next = numbers();
        let mut recognised = 0;
        for _ in 0..200_000 {
            let digits = 1 + (next() % 19) as u32;
            let mantissa = next() % 10_u64.pow(digits);
            let point = (next() % 25) as usize;
            let padded = format!("{mantissa:0>width$}", width = point + 1);
            let text = if point == 0 {
                padded + &"0".repeat((next() % 8) as usize)
            } else {
                let (whole, fraction) = padded.split_at(padded.len() - point);
                format!("{whole}.{fraction}")
            };
            if let Some(v) = plain_value(text.as_bytes()) {
                recognised += 1;
                assert_eq!(number(v), text);
            }
        }
        assert!(recognised > 10_000, "the test reaches the fast path");
    }

    #[test]
    fn written_doubles_are_recognised_and_their_near_misses_are_not() {
        // Doubles of a shard's sizes (and any bits at all), as written, and texts one digit
        // off or one digit longer, many of which read as the same double.
        let mut next = numbers();
        let (mut written_seen, mut written_recognised, mut near_misses) = (0, 0, 0);
        for i in 0..300_000_u64 {
            let v = if i % 4 == 0 {
                f64::from_bits(next() >> 1)
            } else {
                let unit = (next() >> 11) as f64 / (1_u64 << 53) as f64;
                unit * 10_f64.powi((next() % 18) as i32 - 6)
            };
            if !v.is_finite() || v == 0.0 {
                continue;
            }
            let written = number(v);
            // Far smaller numbers may need the slow way.
            let of_a_shard = i % 4 != 0 && v >= 1e-6;
            written_seen += u64::from(of_a_shard);
            if let Some(read) = plain_value(written.as_bytes()) {
                written_recognised += u64::from(of_a_shard);
                assert_eq!(read.to_bits(), v.to_bits(), "{written}");
            }
            let last = written.len() - 1;
            let digit = written.as_bytes()[last];
            let mut variants = vec![format!("{written}{}", 1 + next() % 9)];
            if written.contains('.') {
                for other in [digit.wrapping_sub(1), digit + 1] {
                    if (b'1'..=b'9').contains(&other) {
                        let mut t = written.clone().into_bytes();
                        t[last] = other;
                        variants.push(String::from_utf8(t).expect("digits"));
                    }
                }
            } else {
                variants.push(format!("{written}.{}", 1 + next() % 9));
            }
            for text in variants {
                let reads_as_v = text.parse::<f64>().ok() == Some(v);
                near_misses += u64::from(reads_as_v);
                if let Some(read) = plain_value(text.as_bytes()) {
                    assert_eq!(number(read), text, "{written}");
                }
            }
        }
        assert!(
            near_misses > 10_000,
            "the test meets texts that read as v: {near_misses}"
        );
        // Numbers of a shard's sizes all but never need the slow way (a value exactly halfway
        // between two texts of its length does).
        assert!(
            written_recognised * 10_000 >= written_seen * 9_999,
            "{written_recognised} of {written_seen}"
        );
    }

    #[test]
    fn whole_numbers_are_digits_without_a_leading_zero() {
        assert_eq!(whole_value(b"0"), Some(0));
        assert_eq!(whole_value(b"3650"), Some(3650));
        assert_eq!(whole_value(b"18446744073709551615"), Some(u64::MAX));
        for text in ["", "03", "+3", "-3", "3.0", "18446744073709551616", " 3"] {
            assert_eq!(whole_value(text.as_bytes()), None, "{text}");
        }
    }
}
