//! Numbers for reading, as explanations write them. The explanations themselves are worded in
//! the interface's language by `gz_i18n::explain` and `gz_i18n::blockers`.

/// A number for reading: three significant figures, no exponent, thousands separated.
#[must_use]
pub fn num(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return if x.is_finite() {
            "0".to_owned()
        } else {
            x.to_string()
        };
    }
    let magnitude = libm::floor(libm::log10(x.abs())) as i32;
    if magnitude >= 3 {
        let rounded = libm::round(x) as i64;
        let digits = rounded.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        return if rounded < 0 {
            format!("−{grouped}")
        } else {
            grouped
        };
    }
    let decimals = (2 - magnitude).clamp(0, 12) as usize;
    let text = format!("{x:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    text.replace('-', "−")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(0.03), "0.03");
        assert_eq!(num(113.0 / 600.0), "0.188");
        assert_eq!(num(0.000_006_13), "0.00000613");
        assert_eq!(num(20_000.0), "20,000");
        assert_eq!(num(1_234_567.4), "1,234,567");
        assert_eq!(num(6.6667), "6.67");
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.5), "−0.5");
    }
}
