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

// Number <-> text conversions live in `lualib::number` (checked against lua5.3); the VM uses
// them under these names.
pub use crate::lualib::number::{fmt_float, str2number as str_to_number, Number};

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
