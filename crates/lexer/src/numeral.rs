//! Numeral conversion with Lua 5.3's rules (`luaO_str2num` as the lexer uses it).
//!
//! The lexer hands over the numeral's full text (everything `read_numeral` consumed); this
//! module decides integer vs float, or rejects the text (`malformed number`).

/// The value of a numeral.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// An integer numeral that fits (decimal) or wrapped (hexadecimal).
    Int(i64),
    /// A float numeral, or a decimal integer numeral too large for an i64.
    Float(f64),
}

/// The end of the numeral starting at `start` (a digit, or `.` then a digit): what
/// `read_numeral` consumes. After the first digit (and `0x`), each step takes an optional
/// exponent marker (`e`/`E`, or `p`/`P` in hex) with an optional sign, then a hex digit or `.`;
/// at anything else it stops, keeping a marker and sign it already took.
pub(crate) fn extent(src: &[u8], start: usize) -> usize {
    let mut pos = start + 1;
    let mut exponent = b'e';
    if src[start] == b'0' && matches!(src.get(pos), Some(b'x' | b'X')) {
        pos += 1;
        exponent = b'p';
    }
    loop {
        if src
            .get(pos)
            .is_some_and(|c| c.to_ascii_lowercase() == exponent)
        {
            pos += 1;
            if matches!(src.get(pos), Some(b'+' | b'-')) {
                pos += 1;
            }
        }
        match src.get(pos) {
            Some(c) if c.is_ascii_hexdigit() || *c == b'.' => pos += 1,
            _ => return pos,
        }
    }
}

/// Converts a numeral's text, `None` if it is malformed.
pub fn convert(text: &[u8]) -> Option<Number> {
    if let Some(i) = to_integer(text) {
        return Some(Number::Int(i));
    }
    to_float(text).map(Number::Float)
}

/// `l_str2int`: decimal digits without overflow, or `0x` plus hex digits (wrapping modulo 2^64).
fn to_integer(text: &[u8]) -> Option<i64> {
    if let Some(digits) = hex_body(text) {
        if digits.is_empty() {
            return None;
        }
        let mut acc: u64 = 0;
        for &d in digits {
            acc = acc.wrapping_mul(16).wrapping_add(hex_value(d)? as u64);
        }
        return Some(acc as i64);
    }
    if text.is_empty() {
        return None;
    }
    let mut acc: i64 = 0;
    for &d in text {
        if !d.is_ascii_digit() {
            return None;
        }
        acc = acc.checked_mul(10)?.checked_add((d - b'0') as i64)?;
    }
    Some(acc)
}

/// `l_str2d`: a decimal float in C `strtod` syntax, or a hexadecimal one (`0x1.8p3`).
fn to_float(text: &[u8]) -> Option<f64> {
    match hex_body(text) {
        Some(body) => hex_float(body),
        // The lexer only passes ASCII, and no text of its can spell `inf` or `nan`, so Rust's
        // grammar here is exactly strtod's decimal one (both correctly rounded).
        None => std::str::from_utf8(text).ok()?.parse().ok(),
    }
}

/// The text after a `0x`/`0X` prefix, if there is one.
fn hex_body(text: &[u8]) -> Option<&[u8]> {
    match text {
        [b'0', b'x' | b'X', rest @ ..] => Some(rest),
        _ => None,
    }
}

/// The value of a hex digit.
fn hex_value(d: u8) -> Option<u32> {
    (d as char).to_digit(16)
}

/// Parses `hexdigits [. hexdigits] [p [+-] digits]` (at least one hex digit), correctly rounded
/// to nearest-even like glibc's `strtod`.
fn hex_float(body: &[u8]) -> Option<f64> {
    // The value is mantissa * 2^exp, plus a nonzero tail below the mantissa's last bit if sticky.
    let mut mantissa: u64 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    let mut any_digit = false;
    let mut seen_dot = false;
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(v) = hex_value(c) {
            any_digit = true;
            if mantissa >> 56 == 0 {
                mantissa = mantissa << 4 | v as u64;
                if seen_dot {
                    exp -= 4;
                }
            } else {
                sticky |= v != 0;
                if !seen_dot {
                    exp += 4;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < body.len() {
        exp += binary_exponent(&body[i..])?;
    }
    Some(round_to_f64(mantissa, exp, sticky))
}

/// Parses `p [+-] digits`, saturating far outside the f64 range.
fn binary_exponent(text: &[u8]) -> Option<i64> {
    let (first, rest) = text.split_first()?;
    if !matches!(first, b'p' | b'P') {
        return None;
    }
    let (negative, digits) = match rest {
        [b'-', d @ ..] => (true, d),
        [b'+', d @ ..] => (false, d),
        d => (false, d),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = digits
        .iter()
        .fold(0i64, |acc, &d| (acc * 10 + (d - b'0') as i64).min(1 << 40));
    Some(if negative { -value } else { value })
}

/// Rounds `mantissa * 2^exp` (plus a nonzero tail if `sticky`) to the nearest f64, ties to even,
/// handling subnormals and overflow.
fn round_to_f64(mantissa: u64, exp: i64, sticky: bool) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let bits = 64 - mantissa.leading_zeros() as i64;
    let top = exp + bits - 1; // exponent of the leading bit
    if top > 1023 {
        return f64::INFINITY;
    }
    if top < -1076 {
        return 0.0; // below half the smallest subnormal
    }
    // Bits the result can hold: 53 for normal numbers, fewer below 2^-1022.
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = bits - precision;
    if drop <= 0 {
        return scale(mantissa as f64, exp);
    }
    // drop <= bits + 1 <= 61 here, since top >= -1076 keeps precision >= -1.
    let kept = mantissa >> drop;
    let rest = mantissa & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    let round_up = rest > half || (rest == half && (sticky || kept & 1 == 1));
    scale((kept + round_up as u64) as f64, exp + drop)
}

/// `value * 2^exp`, exact whenever the result is representable (value has at most 54 bits).
fn scale(mut value: f64, mut exp: i64) -> f64 {
    // Step in powers of two that are themselves normal f64s; when going down, the first step
    // keeps the value normal, so only the last step can round (and then the result is exact).
    // Callers keep |exp| below about 1200, so each loop runs at most once.
    while exp > 1000 {
        value *= f64::from_bits(((1023 + 1000) as u64) << 52);
        exp -= 1000;
    }
    while exp < -1000 {
        value *= f64::from_bits(((1023 - 1000) as u64) << 52);
        exp += 1000;
    }
    value * f64::from_bits(((1023 + exp) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<Number> {
        convert(s.as_bytes())
    }

    #[test]
    fn integers() {
        assert_eq!(num("0"), Some(Number::Int(0)));
        assert_eq!(num("42"), Some(Number::Int(42)));
        assert_eq!(num("9223372036854775807"), Some(Number::Int(i64::MAX)));
        assert_eq!(num("0x10"), Some(Number::Int(16)));
        assert_eq!(num("0XfF"), Some(Number::Int(255)));
        assert_eq!(num("0x7fffffffffffffff"), Some(Number::Int(i64::MAX)));
        assert_eq!(num("0xffffffffffffffff"), Some(Number::Int(-1)));
        assert_eq!(num("0xffffffffffffffffff"), Some(Number::Int(-1)));
        assert_eq!(num("0x10000000000000000"), Some(Number::Int(0)));
    }

    #[test]
    fn decimal_overflow_becomes_float() {
        assert_eq!(
            num("9223372036854775808"),
            Some(Number::Float(9223372036854775808.0))
        );
        assert_eq!(num("100000000000000000000"), Some(Number::Float(1e20)));
    }

    #[test]
    fn decimal_floats() {
        assert_eq!(num("3.0"), Some(Number::Float(3.0)));
        assert_eq!(num(".5"), Some(Number::Float(0.5)));
        assert_eq!(num("5."), Some(Number::Float(5.0)));
        assert_eq!(num("3e+2"), Some(Number::Float(300.0)));
        assert_eq!(num("3E-2"), Some(Number::Float(0.03)));
        assert_eq!(num("1e400"), Some(Number::Float(f64::INFINITY)));
        assert_eq!(num("0.1"), Some(Number::Float(0.1)));
    }

    #[test]
    fn hex_floats() {
        assert_eq!(num("0x1p4"), Some(Number::Float(16.0)));
        assert_eq!(num("0x.8"), Some(Number::Float(0.5)));
        assert_eq!(num("0x1.8"), Some(Number::Float(1.5)));
        assert_eq!(num("0xA.8p1"), Some(Number::Float(21.0)));
        assert_eq!(num("0x1P-2"), Some(Number::Float(0.25)));
        assert_eq!(num("0x1p+2"), Some(Number::Float(4.0)));
        assert_eq!(num("0x1p-1074"), Some(Number::Float(f64::from_bits(1))));
        assert_eq!(num("0x1p-1075"), Some(Number::Float(0.0)));
        assert_eq!(num("0x1.8p-1074"), Some(Number::Float(f64::from_bits(2))));
        assert_eq!(num("0x1p1024"), Some(Number::Float(f64::INFINITY)));
        assert_eq!(
            num("0x1p99999999999999999999"),
            Some(Number::Float(f64::INFINITY))
        );
        assert_eq!(num("0x1p-99999999999999999999"), Some(Number::Float(0.0)));
        // 2^53 + 1 rounds to even (down); 2^53 + 3 rounds up; a nonzero tail breaks the tie.
        assert_eq!(
            num("0x20000000000001p0"),
            Some(Number::Float(9007199254740992.0))
        );
        assert_eq!(
            num("0x20000000000003p0"),
            Some(Number::Float(9007199254740996.0))
        );
        assert_eq!(
            num("0x20000000000001000000001p-36"),
            Some(Number::Float(9007199254740994.0))
        );
        assert_eq!(num("0x1.fffffffffffff8p0"), Some(Number::Float(2.0)));
        assert_eq!(
            num("0x0.000000000000000000001p0"),
            Some(Number::Float(2f64.powi(-84)))
        );
    }

    #[test]
    fn malformed() {
        for s in [
            "1e", "3e+", "0x", "0x1p", "0x.p1", "3..2", "3.4.5", "3f", "1e5e", "0x1p1.5",
        ] {
            assert_eq!(num(s), None, "{s}");
        }
    }
}
