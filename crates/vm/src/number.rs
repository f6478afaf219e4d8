//! Lua 5.3 numeric semantics: integer/float arithmetic, conversions and comparisons.

/// Lua's `//` on integers (floor division). The caller handles division by zero.
#[inline]
pub fn int_floor_div(a: i64, b: i64) -> i64 {
    if b == -1 {
        return a.wrapping_neg();
    }
    let q = a / b;
    if (a % b != 0) && ((a ^ b) < 0) {
        q - 1
    } else {
        q
    }
}

/// Lua's `%` on integers (result has the sign of the divisor). The caller handles zero.
#[inline]
pub fn int_mod(a: i64, b: i64) -> i64 {
    if b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && (r ^ b) < 0 {
        r + b
    } else {
        r
    }
}

/// Lua's `%` on floats (`luai_nummod`).
#[inline]
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && (m > 0.0) != (b > 0.0) {
        m + b
    } else {
        m
    }
}

/// Lua's `//` on floats.
#[inline]
pub fn float_floor_div(a: f64, b: f64) -> f64 {
    (a / b).floor()
}

/// Lua's `^`.
#[inline]
pub fn float_pow(a: f64, b: f64) -> f64 {
    if b == 2.0 {
        a * a
    } else {
        a.powf(b)
    }
}

/// Shift left with Lua's semantics (negative shifts go right; >= 64 gives 0).
#[inline]
pub fn shift_left(x: i64, y: i64) -> i64 {
    if y <= -64 || y >= 64 {
        0
    } else if y >= 0 {
        ((x as u64) << y) as i64
    } else {
        ((x as u64) >> (-y)) as i64
    }
}

/// Float to integer if the float has an exact integer value in range.
#[inline]
pub fn float_to_int(f: f64) -> Option<i64> {
    // -2^63 <= f < 2^63 and integral.
    if (-9223372036854775808.0..9223372036854775808.0).contains(&f) {
        let i = f as i64;
        if i as f64 == f {
            return Some(i);
        }
    }
    None
}

/// Exact integer/float equality.
#[inline]
pub fn int_eq_float(i: i64, f: f64) -> bool {
    float_to_int(f) == Some(i)
}

/// Exact `i < f`.
pub fn int_lt_float(i: i64, f: f64) -> bool {
    if f.is_nan() {
        return false;
    }
    if f >= 9223372036854775808.0 {
        return true;
    }
    if f < -9223372036854775808.0 {
        return false;
    }
    // f in range: compare against ceil(f) as integer: i < f  <=>  i < ceil(f)
    let c = f.ceil();
    i < c as i64
}

/// Exact `i <= f`.
pub fn int_le_float(i: i64, f: f64) -> bool {
    if f.is_nan() {
        return false;
    }
    if f >= 9223372036854775808.0 {
        return true;
    }
    if f < -9223372036854775808.0 {
        return false;
    }
    // i <= f  <=>  i <= floor(f)
    i <= f.floor() as i64
}

/// Exact `f < i`.
pub fn float_lt_int(f: f64, i: i64) -> bool {
    if f.is_nan() {
        return false;
    }
    if f >= 9223372036854775808.0 {
        return false;
    }
    if f < -9223372036854775808.0 {
        return true;
    }
    // f < i  <=>  floor(f) < i
    (f.floor() as i64) < i
}

/// Exact `f <= i`.
pub fn float_le_int(f: f64, i: i64) -> bool {
    if f.is_nan() {
        return false;
    }
    if f >= 9223372036854775808.0 {
        return false;
    }
    if f < -9223372036854775808.0 {
        return true;
    }
    // f <= i  <=>  ceil(f) <= i
    (f.ceil() as i64) <= i
}

/// Formats a float like Lua 5.3's `tostring` (`%.14g`, plus `.0` when it looks like an integer).
pub fn fmt_float(f: f64) -> String {
    let mut s = fmt_g(f, 14);
    if s.bytes().all(|b| b == b'-' || b.is_ascii_digit()) {
        s.push_str(".0");
    }
    s
}

/// C's `%.<prec>g` for a double (as glibc prints it, including `inf`, `-inf`, `nan`, `-nan`).
pub fn fmt_g(f: f64, prec: usize) -> String {
    if f.is_nan() {
        return if f.is_sign_negative() {
            "-nan".into()
        } else {
            "nan".into()
        };
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let p = if prec == 0 { 1 } else { prec };
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // Exponent after rounding to p significant digits.
    let e_repr = format!("{:.*e}", p - 1, f);
    let (mant, exp) = e_repr.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    if exp < -4 || exp >= p as i32 {
        let mant = strip_trailing_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", mant, sign, exp.abs())
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        strip_trailing_zeros(&format!("{:.*}", decimals, f)).to_string()
    }
}

fn strip_trailing_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// A parsed numeral.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// Integer subtype.
    Int(i64),
    /// Float subtype.
    Float(f64),
}

/// Converts a string to a number following `lua_stringtonumber` (whitespace allowed around it,
/// hex integers wrap, decimal integers that overflow become floats, hex floats).
pub fn str_to_number(s: &[u8]) -> Option<Number> {
    let text = std::str::from_utf8(s).ok()?;
    let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    if t.is_empty() {
        return None;
    }
    let (neg, body) = match t.as_bytes()[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if body.len() >= 2 && (body.starts_with("0x") || body.starts_with("0X")) {
        return parse_hex(&body[2..], neg);
    }
    if body.is_empty()
        || body
            .bytes()
            .any(|b| !(b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')))
    {
        return None;
    }
    if body.bytes().all(|b| b.is_ascii_digit()) {
        let mut v: i64 = 0;
        let mut overflow = false;
        for b in body.bytes() {
            match v
                .checked_mul(10)
                .and_then(|x| x.checked_add((b - b'0') as i64))
            {
                Some(x) => v = x,
                None => {
                    overflow = true;
                    break;
                }
            }
        }
        if !overflow {
            return Some(Number::Int(if neg { v.wrapping_neg() } else { v }));
        }
    }
    let f: f64 = body.parse().ok()?;
    Some(Number::Float(if neg { -f } else { f }))
}

fn parse_hex(s: &str, neg: bool) -> Option<Number> {
    let mut mantissa: u64 = 0;
    let mut fmant: f64 = 0.0;
    let mut exp: i64 = 0;
    let mut any_digit = false;
    let mut seen_dot = false;
    let mut is_float = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'.' {
            if seen_dot {
                return None;
            }
            seen_dot = true;
            is_float = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            any_digit = true;
            mantissa = mantissa.wrapping_mul(16).wrapping_add(d as u64);
            fmant = fmant * 16.0 + d as f64;
            if seen_dot {
                exp -= 4;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < bytes.len() && (bytes[i] == b'p' || bytes[i] == b'P') {
        is_float = true;
        i += 1;
        let mut eneg = false;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            eneg = bytes[i] == b'-';
            i += 1;
        }
        let start = i;
        let mut e: i64 = 0;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            e = e
                .saturating_mul(10)
                .saturating_add((bytes[i] - b'0') as i64);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += if eneg { -e } else { e };
    }
    if i != bytes.len() {
        return None;
    }
    if is_float {
        let v = fmant * 2f64.powi(exp.clamp(-10000, 10000) as i32);
        Some(Number::Float(if neg { -v } else { v }))
    } else {
        let v = mantissa as i64;
        Some(Number::Int(if neg { v.wrapping_neg() } else { v }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_formatting_matches_lua() {
        assert_eq!(fmt_float(1.0), "1.0");
        assert_eq!(fmt_float(0.1), "0.1");
        assert_eq!(fmt_float(1e15), "1e+15");
        assert_eq!(fmt_float(1e14), "1e+14");
        assert_eq!(fmt_float(123456789012345.0), "1.2345678901234e+14");
        assert_eq!(fmt_float(-0.0), "-0.0");
        assert_eq!(fmt_float(f64::INFINITY), "inf");
        assert_eq!(fmt_float(std::f64::consts::PI), "3.1415926535898");
        assert_eq!(fmt_float(1e-5), "1e-05");
        assert_eq!(fmt_float(2.5), "2.5");
    }

    #[test]
    fn integer_division_and_modulo() {
        assert_eq!(int_floor_div(7, -2), -4);
        assert_eq!(int_mod(-7, 3), 2);
        assert_eq!(int_mod(7, -3), -2);
        assert_eq!(int_floor_div(i64::MIN, -1), i64::MIN);
        assert_eq!(float_mod(-5.5, 2.0), 0.5);
    }

    #[test]
    fn string_conversion() {
        assert_eq!(str_to_number(b" 10 "), Some(Number::Int(10)));
        assert_eq!(str_to_number(b"0x10"), Some(Number::Int(16)));
        assert_eq!(str_to_number(b"1e2"), Some(Number::Float(100.0)));
        assert_eq!(
            str_to_number(b"9223372036854775808"),
            Some(Number::Float(9223372036854775808.0))
        );
        assert_eq!(str_to_number(b"0x.8"), Some(Number::Float(0.5)));
        assert_eq!(str_to_number(b"abc"), None);
        assert_eq!(str_to_number(b""), None);
    }

    #[test]
    fn mixed_comparisons_are_exact() {
        assert!(int_lt_float(1, 1.5));
        assert!(!int_lt_float(2, 1.5));
        assert!(int_le_float(i64::MAX, 9223372036854775808.0));
        assert!(float_lt_int(-0.5, 0));
        assert!(!int_eq_float(i64::MAX, 9223372036854775808.0));
    }
}
