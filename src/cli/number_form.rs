//! A fast, exact test that a cell of a shard is a number as this program writes it
//! (`report::number`: Rust's shortest round-trip form, no sign, no exponent), for the common
//! cells. Writing every value back to text to compare costs more than everything else `merge`
//! does; this test decides most cells with one parse, and says "don't know" for the rest, which
//! the caller then checks the slow way.

/// Rust writes a finite double with the fewest significant digits that read back as the same
/// double. Any decimal of at most this many significant digits reads back to itself through a
/// double (10^15 < 2^52), so two such decimals that read as the same double are the same
/// number: such a text, if written without needless zeros, is the form Rust writes.
const UNIQUE_DIGITS: usize = 15;

/// Below this, doubles lose precision (subnormals), and the argument above no longer holds;
/// far below any value a shard holds.
const SMALLEST_SURE: f64 = 1e-300;

/// The value of `text` when it is certainly written as `report::number` writes a non-negative
/// number: `0`, or digits with at most one point, no needless leading or trailing zeros, at
/// most [`UNIQUE_DIGITS`] significant digits. `None` does not mean the text is wrong, only
/// that this test cannot tell.
#[must_use]
pub fn plain_value(text: &[u8]) -> Option<f64> {
    if text == b"0" {
        return Some(0.0);
    }
    let (whole, fraction) = match text.iter().position(|&b| b == b'.') {
        Some(point) => (&text[..point], Some(&text[point + 1..])),
        None => (text, None),
    };
    let digits = |part: &[u8]| !part.is_empty() && part.iter().all(u8::is_ascii_digit);
    if !digits(whole) || (whole.len() > 1 && whole[0] == b'0') {
        return None;
    }
    let significant = match fraction {
        None => whole.len() - whole.iter().rev().take_while(|&&b| b == b'0').count(),
        Some(fraction) => {
            if !digits(fraction) || fraction.last() == Some(&b'0') {
                return None;
            }
            if whole == b"0" {
                fraction.len() - fraction.iter().take_while(|&&b| b == b'0').count()
            } else {
                whole.len() + fraction.len()
            }
        }
    };
    if significant > UNIQUE_DIGITS {
        return None;
    }
    let value: f64 = std::str::from_utf8(text).ok()?.parse().ok()?;
    if !(value.is_finite() && value >= SMALLEST_SURE) {
        return None;
    }
    debug_assert_eq!(crate::report::number(value).as_bytes(), text);
    Some(value)
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
    use crate::report::number;

    #[test]
    fn written_numbers_of_up_to_fifteen_digits_are_recognised() {
        for v in [
            0.0, 1.0, 3.0, 0.5, 0.25, 1500000.0, 1e21, 2130000.0, 0.1, 0.000123, 171.5, 1e-7,
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
            // Sixteen significant digits and more: maybe not the shortest form.
            "0.30000000000000004",
            "171.38668618274102",
            "1234567890123456",
            // Too small to be sure of.
            "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000\
             00000000000000000000000000000000000000000000000000000000000000000000000000000000\
             00000000000000000000000000000000000000000000000000000000000000000000000000000000\
             000000000000000000000000000000000000000000000000000000000000000000000000000001",
        ] {
            assert_eq!(plain_value(text.as_bytes()), None, "{text}");
        }
    }

    #[test]
    fn a_recognised_text_is_always_what_the_program_writes() {
        // Short decimals of every shape, and the written form of many doubles: whenever the
        // fast test says yes, writing the value gives back the very text.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut recognised = 0;
        for _ in 0..200_000 {
            let digits = 1 + (next() % 17) as u32;
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
            let v = f64::from_bits(next() >> 2).abs();
            if v.is_finite() && v < 1e30 {
                let written = number(v);
                if let Some(read) = plain_value(written.as_bytes()) {
                    assert_eq!(read.to_bits(), v.to_bits(), "{written}");
                }
            }
        }
        assert!(recognised > 10_000, "the test reaches the fast path");
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
